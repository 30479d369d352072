"""The site in a real browser: Debian's Chromium, driven by Playwright.

The project's site is built with mkdocs and served on 127.0.0.1. The test opens the home page
and a step page (a dimension), follows a glossary link, checks the glossary page loaded at the term,
and saves screenshots in the test's output folder (tests/uitvoer/browser/, which git ignores).

A second test loads every page at a phone's width (390 px): no request may leave the local server
and citizen pages may not scroll sideways; axe-core (pinned, from npm via `npm pack`, cached in
tests/uitvoer/cache/) checks one page of each kind at 390 and 1366 px: 0 critical, 0 serious.
Screenshots at both widths and a report (verslag.json) go to tests/uitvoer/schermen/.

Without Chromium or Playwright the test is skipped with the reason, except in CI (CI=true),
where it fails: .ci/run installs Chromium (apt-get) and Playwright (pip, the `test` extra).
Playwright never downloads a browser of its own: it launches /usr/bin/chromium.
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from compiler.project import Project

from conftest import ROOT
from test_site import build_site

OUTPUT = ROOT / "tests" / "uitvoer" / "browser"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _missing() -> str | None:
    if importlib.util.find_spec("playwright") is None:
        return "Playwright is niet geïnstalleerd (pip install -e '.[test]')"
    if _chromium() is None:
        return "Chromium is niet geïnstalleerd (apt-get install chromium)"
    if importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("material") is None:
        return "mkdocs-material is niet geïnstalleerd"
    return None


@pytest.fixture(scope="module")
def browser_setup():
    reason = _missing()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"in CI moet de browsertest draaien: {reason}")
        pytest.skip(reason)
    return _chromium()


class Served(str):
    """The URL of the served site; `.root` is its folder."""
    root: Path


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The project's site, served on a free port of 127.0.0.1 for as long as the tests run."""
    site = build_site(Project(ROOT), tmp_path_factory.mktemp("site"))

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = Served(f"http://127.0.0.1:{server.server_address[1]}")
        url.root = site
        yield url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_home_step_page_and_a_glossary_link(browser_setup, served):
    from playwright.sync_api import sync_playwright

    OUTPUT.mkdir(parents=True, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="chromium-profiel-")
    try:
        with sync_playwright() as p:
            # A fresh profile every run: Playwright passes it to Chromium as --user-data-dir.
            context = p.chromium.launch_persistent_context(
                profile, executable_path=browser_setup, args=CHROMIUM_ARGS, headless=True,
                viewport={"width": 1280, "height": 900}, locale="nl-NL")
            try:
                page = context.new_page()
                page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(served)
                           else route.abort())   # nothing leaves the machine (fonts, Mermaid from a CDN)

                page.goto(f"{served}/", wait_until="load")
                assert page.locator("html").get_attribute("lang") == "nl"
                assert page.locator("h1").count() == 1
                assert "Regels van de gemeente Zwolle" in page.locator("h1").inner_text()
                assert "Laatst bijgewerkt" in page.locator(".md-copyright").inner_text()
                page.screenshot(path=str(OUTPUT / "start.png"))

                steps = [a.get_attribute("href") for a in page.locator("article a", has_text="Stap ").all()]
                assert steps, "de startpagina noemt de stappen"
                glossary_link = None
                for href in steps:   # the first step page whose text links a term to the glossary
                    page.goto(f"{served}/{href}", wait_until="load")
                    assert page.locator("h1").inner_text().startswith("Stap ")
                    table = page.locator("article table").first
                    assert table.locator("caption").count() == 1
                    assert table.locator("thead th").count() > 0
                    candidates = page.locator('article a[href*="begrippen/#"] >> visible=true')
                    if candidates.count():
                        glossary_link = candidates.first
                        break
                assert glossary_link is not None, "geen stap linkt naar de begrippen"
                page.screenshot(path=str(OUTPUT / "stap.png"))

                term = glossary_link.get_attribute("href").split("#", 1)[1]
                glossary_link.click()
                page.wait_for_url(f"**/begrippen/#{term}")
                assert page.locator("h1").inner_text() == "Begrippen"
                assert page.locator(f"[id='{term}']").is_visible()
                page.screenshot(path=str(OUTPUT / "begrippen.png"))
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    for name in ("start.png", "stap.png", "begrippen.png"):
        assert (OUTPUT / name).stat().st_size > 10_000, name


AXE_VERSION = "4.10.2"
CACHE = ROOT / "tests" / "uitvoer" / "cache"
SHOTS = ROOT / "tests" / "uitvoer" / "schermen"
WIDTHS = (390, 1366)


def axe_source() -> str:
    """axe.min.js of the pinned axe-core, from npm, cached."""
    target = CACHE / f"axe-core-{AXE_VERSION}.min.js"
    if not target.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("npm is nodig om axe-core op te halen (apt-get install npm)")
        with tempfile.TemporaryDirectory() as tmp:
            done = subprocess.run([npm, "pack", f"axe-core@{AXE_VERSION}", "--pack-destination", tmp, "--silent"],
                                  capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, done.stderr
            tgz = next(Path(tmp).glob("axe-core-*.tgz"))
            with tarfile.open(tgz) as tar:
                member = tar.extractfile("package/axe.min.js")
                assert member is not None
                target.write_bytes(member.read())
    return target.read_text(encoding="utf-8")


def site_pages(served_url: str, root: Path) -> list[str]:
    """Every page of the built site, as a path from its root ("/", "/begrippen/")."""
    out = []
    for p in root.rglob("index.html"):
        rel = p.parent.relative_to(root).as_posix()
        out.append("/" if rel == "." else f"/{rel}/")
    return sorted(out)


# axe-core takes seconds per page (tens on the largest): it runs on one page of each kind, at both
# widths; every page is loaded at phone width for the requests and the sideways scrolling.
AXE_PAGES = ("/", "/begrippen/", "/resultaatgebieden/huishouden/")
SCREENSHOTS = {"/": "start", "/thuisondersteuning/route/": "route", "/thuisondersteuning/arrangement/": "tabel",
               "/begrippen/": "begrippen"}


def is_citizen_page(path: str) -> bool:
    """Pages for citizens (not the regelboek of the participatieraad, not the policy writers' pages)."""
    return not path.startswith(("/beleidsmakers", "/thuisondersteuning", "/dekking", "/resultaatgebieden"))


def test_every_page_local_accessible_and_phone_sized(browser_setup, served):
    from playwright.sync_api import sync_playwright

    url, root = served, served.root
    pages = site_pages(url, root)
    axe = axe_source()
    SHOTS.mkdir(parents=True, exist_ok=True)
    outside: list[str] = []
    found: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    overflow: list[str] = []
    profile = tempfile.mkdtemp(prefix="chromium-profiel-")
    try:
        with sync_playwright() as p:
            context = p.chromium.launch_persistent_context(profile, executable_path=browser_setup, args=CHROMIUM_ARGS,
                                                           headless=True, locale="nl-NL")
            try:
                page = context.new_page()
                host = urlsplit(url).netloc

                def route(r):
                    if urlsplit(r.request.url).netloc == host or r.request.url.startswith(("data:", "blob:")):
                        r.continue_()
                    else:
                        outside.append(r.request.url)
                        r.abort()
                page.route("**/*", route)
                for width in WIDTHS:
                    page.set_viewport_size({"width": width, "height": 900})
                    for path in pages if width == 390 else AXE_PAGES:
                        page.goto(url + path, wait_until="load")
                        if path in AXE_PAGES:
                            page.add_script_tag(content=axe)
                            result = page.evaluate(
                                "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                                ".map(v => [v.id, v.impact])")
                            for rule, impact in result:
                                counts[impact] = counts.get(impact, 0) + 1
                                if impact in ("critical", "serious"):
                                    found.setdefault(f"{rule} ({impact})", []).append(f"{path} @ {width}")
                        if width == 390 and is_citizen_page(path):
                            wide = page.evaluate("document.documentElement.scrollWidth")
                            if wide > width:
                                overflow.append(f"{path}: {wide} px")
                        if path in SCREENSHOTS:
                            page.screenshot(path=str(SHOTS / f"{SCREENSHOTS[path]}-{width}.png"))
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    report = {"pagina's": len(pages), "breedtes": WIDTHS, "naar buiten": outside, "axe per impact": counts,
              "axe ernstig": found, "horizontaal scrollen": overflow,
              "grootste pagina's (KB)": sorted(((round((root / p.lstrip("/") / "index.html").stat().st_size / 1000), p)
                                                for p in pages), reverse=True)[:5]}
    (SHOTS / "verslag.json").write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    assert pages and not outside, outside
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)
    assert not overflow, overflow
