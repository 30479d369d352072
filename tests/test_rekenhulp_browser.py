"""The rekenhulp in a real browser (Debian's Chromium via Playwright): filled in by keyboard for a few
voorbeelden, its outcome and its explanation equal the generated Python's; errors are shown and
announced; no request leaves the local server.

The site is built as `regels bouw` writes it (so with the rekenhulp) and served on 127.0.0.1.
"""

from __future__ import annotations

import functools
import http.server
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from compiler import build
from compiler.backends.js import rekenhulp
from compiler.project import Project
from compiler.semantiek.runtime import OngeldigeInvoer, GeenBeslissing, tekst
from compiler.semantiek.voorbeelden import case_json_of

from conftest import ROOT
from test_browser import CHROMIUM_ARGS, OUTPUT, browser_setup  # noqa: F401 - the fixture

AANTAL_VOORBEELDEN = 3


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = Project(ROOT)
    models = project.models()
    target = tmp_path_factory.mktemp("rekenhulp-site")
    for rel, content in build.expected_files(models, project).items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", "site"],
                          cwd=target, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert done.returncode == 0, done.stderr
    assert (target / "site" / "rekenhulp" / "index.html").exists()
    return models[0], target / "site"


@pytest.fixture(scope="module")
def served(site):
    model, folder = site

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    Quiet.extensions_map = {**Quiet.extensions_map, ".js": "text/javascript"}
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield model, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _python(model, casus):
    module = importlib.import_module(f"generated.{model.regelset.slug}")
    invoer = module.lees_invoer(casus)
    resultaat = module.beslis(invoer)
    return resultaat.waarden(), module.uitleg(invoer, resultaat)


def _fill_step(page, model, stap, casus) -> None:
    """Answer every question of one step with the keyboard: Space on a choice, typing in a text field."""
    velden = {d.name: (i, d) for i, d in enumerate(model.regelset.invoer, 1)}
    for naam in stap["velden"]:
        i, d = velden[naam]
        blok = f"#veld-{i}"
        waarde = casus.get(naam)
        kind = d.type.kind
        if kind in ("janee", "keuze"):
            value = "" if waarde is None else ("ja" if waarde is True else "nee" if waarde is False else waarde)
            page.locator(f"{blok} input[value={json.dumps(value, ensure_ascii=False)}]").focus()
            page.keyboard.press("Space")
        elif kind == "verzameling":
            for lid in ([None] if waarde is None else waarde):
                page.locator(f"{blok} input[value={json.dumps(lid or '', ensure_ascii=False)}]").focus()
                page.keyboard.press("Space")
        else:
            if waarde is None:
                continue
            if kind == "duur":
                waarde = str(waarde.get("maanden", 0) + 12 * waarde.get("jaren", 0))
            page.locator(f"{blok}-invoer").focus()
            page.keyboard.type(str(waarde))


def test_rekenhulp_by_keyboard_equals_python(browser_setup, served):  # noqa: F811
    from playwright.sync_api import sync_playwright

    model, base = served
    stappen = rekenhulp.stappen(model)
    voorbeelden = []
    for v in model.regelset.voorbeelden:
        casus = case_json_of(v, model)
        try:
            voorbeelden.append((v.name, casus, *_python(model, casus)))
        except (OngeldigeInvoer, GeenBeslissing):
            continue
        if len(voorbeelden) == AANTAL_VOORBEELDEN:
            break
    assert len(voorbeelden) == AANTAL_VOORBEELDEN

    OUTPUT.mkdir(parents=True, exist_ok=True)
    requests: list[str] = []
    profile = tempfile.mkdtemp(prefix="chromium-profiel-")
    try:
        with sync_playwright() as p:
            context = p.chromium.launch_persistent_context(
                profile, executable_path=browser_setup, args=CHROMIUM_ARGS, headless=True,
                viewport={"width": 390, "height": 844}, locale="nl-NL")
            try:
                page = context.new_page()
                page.on("request", lambda r: requests.append(r.url))
                page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base)
                           else route.abort())
                errors: list[str] = []
                page.on("pageerror", lambda e: errors.append(str(e)))
                page.goto(f"{base}/rekenhulp/", wait_until="load")
                page.wait_for_selector("#rekenhulp-stap-titel")
                body = page.locator("article").inner_text()
                assert "Het Sociaal Wijkteam (SWT) beslist" in body and "indicatie" in body
                assert page.locator("[aria-live]").count() >= 1

                # An empty step: the errors appear, are announced (role=alert) and the first field gets focus.
                page.locator("button[type=submit]").focus()
                page.keyboard.press("Enter")
                samenvatting = page.locator(".rekenhulp-fouten")
                assert samenvatting.is_visible() and samenvatting.get_attribute("role") == "alert"
                assert page.locator("[aria-invalid=true]").count() >= 1
                assert page.evaluate("document.activeElement.getAttribute('aria-invalid')") == "true"
                assert "Geef een antwoord" in page.locator(".rekenhulp-fout:visible").first.inner_text()

                for n, (naam, casus, waarden, zinnen) in enumerate(voorbeelden):
                    if n:
                        page.goto(f"{base}/rekenhulp/", wait_until="load")
                        page.wait_for_selector("#rekenhulp-stap-titel")
                    for stap in stappen:
                        assert stap["titel"] in page.locator("#rekenhulp-stap-titel").inner_text()
                        _fill_step(page, model, stap, casus)
                        page.locator("button[type=submit]").focus()
                        page.keyboard.press("Enter")
                        assert not page.locator(".rekenhulp-fouten").is_visible(), \
                            f"{naam}: {page.locator('.rekenhulp-fouten').inner_text()}"
                    page.wait_for_selector(".rekenhulp-uitkomst:not([hidden])")
                    assert page.locator(".rekenhulp-uitleg li").all_inner_texts() == zinnen, naam
                    assert page.locator("[data-uitkomst=besluit]").inner_text() == tekst(waarden["besluit"]), naam
                    assert page.locator("[data-uitkomst=arrangement]").inner_text() == tekst(waarden["arrangement"])
                    assert "SWT beslist" in page.locator("[aria-live]").first.inner_text()
                    if n == 0:
                        page.screenshot(path=str(OUTPUT / "rekenhulp-390.png"), full_page=True)
                assert not errors, errors
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert requests and all(url.startswith(base) for url in requests), \
        [u for u in requests if not u.startswith(base)]
