"""The rekenhulp in a real browser (Debian's Chromium via Playwright): filled in by keyboard only for a few
voorbeelden, its outcome, its explanation (in route order) and what the SWT still judges equal the generated
Python's; errors are shown and announced; axe-core finds nothing critical or serious on the filled page at
390 and 1366 px, which do not scroll sideways; no request leaves the local server. Screenshots of the
filled rekenhulp at both widths go to tests/uitvoer/schermen/.

The site is built as the other browser tests build it (test_site.build_site, with the JS module).
"""

from __future__ import annotations

import importlib
import json
import shutil
import tempfile

import pytest

from compiler.backends.docs import rekenhulp
from compiler.backends.docs.site import site_data
from compiler.project import Project
from compiler.semantiek.runtime import OngeldigeInvoer, GeenBeslissing, resultaat_json, tekst
from compiler.semantiek.voorbeelden import case_json_of

from conftest import ROOT
from test_browser import CHROMIUM_ARGS, SHOTS, axe_source, browser_setup, served  # noqa: F401 - fixtures

AANTAL_VOORBEELDEN = 3


def _python(model, casus):
    """The generated Python's answer: the JSON result (absent = does not apply), values, uitleg."""
    module = importlib.import_module(f"generated.{model.regelset.slug}")
    invoer = module.lees_invoer(casus)
    resultaat = module.beslis(invoer)
    gegeven = resultaat_json(module.REGELSET, resultaat.waarden(), module.UITVOER, list(resultaat.beslissingen))
    return gegeven["uitkomst"], resultaat.waarden(), module.uitleg(invoer, resultaat)


def _choose(model):
    """Voorbeelden of different kinds: a grant with the B2 advice beside the SWT's intensiteit, one with
    open points for the SWT, and a refusal."""
    wanted = [lambda u, c: u.get("besluit") == "toekenning" and "advies intensiteit" in u,
              lambda u, c: bool(u.get("open punt")) and "intensiteit volgens SWT" not in c,
              lambda u, c: u.get("besluit") == "afwijzing"]
    found = [None] * len(wanted)
    for v in model.regelset.voorbeelden:
        casus = case_json_of(v, model)
        try:
            antwoord = (v.name, casus, *_python(model, casus))
        except (OngeldigeInvoer, GeenBeslissing):
            continue
        for k, test in enumerate(wanted):
            if found[k] is None and test(antwoord[2], casus):
                found[k] = antwoord
                break
    assert all(found), [k for k, f in enumerate(found) if f is None]
    return found


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


_NOT_SIDEWAYS = "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
_TOO_WIDE = """() => { const w = document.documentElement.clientWidth;
  return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w)
    .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)); }"""


_SETTLED = "() => document.getAnimations().every(a => a.playState !== 'running')"


def _axe(page, axe: str) -> list[str]:
    # After a resize the theme fades and slides parts of the header (CSS transitions); a colour read
    # halfway is a blend that axe rightly calls too faint. Judge the page the reader sees: at rest.
    page.wait_for_function(_SETTLED, timeout=5000)
    page.add_script_tag(content=axe)
    found = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                          ".map(v => [v.id, v.impact, v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': '"
                          " + (n.any[0] || {}).message)])")
    return [f"{rule} ({impact}): {where}" for rule, impact, where in found if impact in ("critical", "serious")]


def test_rekenhulp_by_keyboard_equals_python(browser_setup, served):  # noqa: F811
    from playwright.sync_api import sync_playwright

    base = str(served)
    project = Project(ROOT)
    model = project.models()[0]
    hulp = rekenhulp.view([model], site_data(project).regelsets, project.settings())
    assert hulp is not None
    stappen, kern_namen = hulp.gegevens["stappen"], hulp.gegevens["uitkomsten"]
    voorbeelden = _choose(model)
    axe = axe_source()
    SHOTS.mkdir(parents=True, exist_ok=True)
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

                # Keyboard only: Tab from the step's title goes through the questions to the button.
                page.locator("#rekenhulp-stap-titel").focus()
                for _ in range(200):
                    page.keyboard.press("Tab")
                    if page.evaluate("document.activeElement.type") == "submit":
                        break
                    assert page.evaluate("!!document.activeElement.closest('#rekenhulp form')")
                else:
                    pytest.fail("met Tab is de knop ‘Volgende stap’ niet te bereiken")
                # An empty step: the errors appear, are announced (role=alert, aria-live) and the first
                # field gets focus, marked aria-invalid and described by its error.
                page.keyboard.press("Enter")
                samenvatting = page.locator(".rekenhulp-fouten")
                assert samenvatting.is_visible() and samenvatting.get_attribute("role") == "alert"
                assert "fout" in page.locator("[aria-live]").first.inner_text()
                assert page.locator("[aria-invalid=true]").count() >= 1
                assert page.evaluate("document.activeElement.getAttribute('aria-invalid')") == "true"
                fout_id = page.locator(".rekenhulp-fout:visible").first.get_attribute("id")
                assert fout_id in (page.evaluate("document.activeElement.closest('[aria-describedby]')"
                                                 "?.getAttribute('aria-describedby')") or "")
                assert "Geef een antwoord" in page.locator(".rekenhulp-fout:visible").first.inner_text()
                assert not _axe(page, axe), "fouten getoond"

                for n, (naam, casus, gegeven, waarden, zinnen) in enumerate(voorbeelden):
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
                    # The explanation in route order, the same sentences as the generated Python.
                    assert page.locator(".rekenhulp-uitleg li").all_inner_texts() == zinnen, naam
                    # On top: what applies, as Python says it (an outcome that does not apply is absent).
                    kern = [k for k in kern_namen if gegeven.get(k) is not None]
                    assert page.locator("[data-uitkomst]").evaluate_all(
                        "els => els.map(e => e.dataset.uitkomst)") == kern, naam
                    for k in kern:
                        assert page.locator(f"[data-uitkomst={json.dumps(k)}]").inner_text() == tekst(waarden[k])
                    # What the SWT still judges: the open points, and the intensiteit with the B2 advice.
                    open_punten = page.locator(".rekenhulp-open li").all_inner_texts()
                    for punt in gegeven.get("open punt") or []:
                        assert punt in open_punten, (naam, punt)
                    if "advies intensiteit" in gegeven and gegeven["advies intensiteit"] is not None:
                        zin = next(p for p in open_punten if p.startswith("Intensiteit volgens SWT"))
                        assert tekst(waarden["advies intensiteit"]) in zin and "het SWT beslist" in zin
                    assert "SWT beslist" in page.locator("[aria-live]").first.inner_text()
                    assert page.evaluate("document.activeElement.id") == "rekenhulp-uitkomst-titel"
                    if n == 0:
                        for width in (390, 1366):
                            page.set_viewport_size({"width": width, "height": 900})
                            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                            # The theme's search box animates its width after a resize (CSS transition, .25 s):
                            # measure the layout once it has settled, not halfway.
                            page.wait_for_function(_NOT_SIDEWAYS, timeout=2000) if width == 1366 else None
                            assert page.evaluate(_NOT_SIDEWAYS), (width, page.evaluate(_TOO_WIDE))
                            assert not _axe(page, axe), f"uitkomst bij {width} px"
                            page.evaluate("window.scrollTo(0, 0)")
                            page.screenshot(path=str(SHOTS / f"rekenhulp-{width}.png"), full_page=True)
                        page.set_viewport_size({"width": 390, "height": 844})
                        # Back to the questions, by keyboard: the form returns at step 1, the title has focus.
                        page.locator("#rekenhulp-opnieuw").focus()
                        page.keyboard.press("Enter")
                        assert page.evaluate("document.activeElement.id") == "rekenhulp-stap-titel"
                        assert page.locator("#rekenhulp-stap-titel").inner_text().startswith("Stap 1 ")
                assert not errors, errors
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert requests and all(url.startswith(base) for url in requests), \
        [u for u in requests if not u.startswith(base)]
    for width in (390, 1366):
        assert (SHOTS / f"rekenhulp-{width}.png").stat().st_size > 20_000
