"""The site in a real browser: Debian's Chromium, driven by Playwright.

The project's site is built with mkdocs and served on 127.0.0.1. The test opens the home page
and a step page (a dimension), follows a glossary link, checks the glossary page loaded at the term,
and saves screenshots in the test's output folder (tests/uitvoer/browser/, which git ignores).

A second test loads every page at a phone's width (390 px) and at 1366 px: no request may leave the
local server, no page may scroll sideways at 390 px, text on pages for citizens and the regelboek is
at least 16 px, no page is heavier than 300 KB of HTML, and axe-core (pinned, from npm via `npm pack`,
cached in tests/uitvoer/cache/) finds nothing critical or serious on any page at either width.
Screenshots at both widths (home, a task page, a table of the regelboek, a worked example) and a
report (verslag.json, with the time the sweep took) go to tests/uitvoer/schermen/.

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

from conftest import ROOT

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
def served(regels_site):
    """The project's site (conftest: built once per session), served on a free port of 127.0.0.1 for
    as long as the tests run."""
    site = regels_site

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


# The sweep: every page at both widths, in one browser, two tabs at a time (the machine has two cores).
# The search index (search/search_index.json, > 1 MB) is not served during the sweep: Material's search
# worker would index it on every page load, and it competes with axe for the CPU; the search dialog
# itself is on every page and axe checks it. The first test above uses the search page with its index.
SCREENSHOTS = {"/": "start", "/inwoners/kan-ik-het-krijgen/": "taak", "/thuisondersteuning/arrangement/": "tabel"}
TABLE_SCREENSHOT = "/thuisondersteuning/arrangement/"
EXAMPLE = "/thuisondersteuning/voorbeelden/vrouw-van-65-net-gescheiden-geen-dagstructuur-meer/"    # scrolled to its first table (the schema)
MAX_PAGE = 300_000     # bytes of HTML per page
MIN_FONT = 16          # px: text on pages for citizens and the regelboek
TABS = 2

# Text smaller than 16 px in the article (a visible text node's element), up to 5 examples.
SMALL_TEXT = """(min) => { const out = []; const root = document.querySelector('article') || document.body;
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); let n;
  while ((n = walk.nextNode())) { if (!n.textContent.trim()) continue; const e = n.parentElement;
    if (!e.getClientRects().length) continue; const st = getComputedStyle(e);
    if (st.visibility === 'hidden') continue; const size = parseFloat(st.fontSize);
    if (size < min - 0.01) out.push(`${e.tagName.toLowerCase()} ${size}px: ${n.textContent.trim().slice(0, 40)}`);
    if (out.length >= 5) break; }
  return out; }"""


def is_citizen_page(path: str) -> bool:
    """Pages for citizens and the participatieraad: everything but the policy writers' pages."""
    return not path.startswith("/beleidsmakers")


def test_every_page_local_accessible_and_phone_sized(browser_setup, served):
    import asyncio
    import time

    url, root = served, served.root
    pages = site_pages(url, root)
    axe = axe_source()
    SHOTS.mkdir(parents=True, exist_ok=True)
    heavy = [f"{p}: {size // 1000} KB" for p in pages
             if (size := (root / p.lstrip("/") / "index.html").stat().st_size) > MAX_PAGE]
    examples = [p for p in pages if p.startswith("/thuisondersteuning/voorbeelden/") and p.count("/") == 4]
    example = EXAMPLE if EXAMPLE in examples else examples[0]
    shots = {**SCREENSHOTS, example: "voorbeeld"}
    outside: list[str] = []
    found: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    overflow: list[str] = []
    small: list[str] = []
    host = urlsplit(url).netloc
    started = time.monotonic()

    async def sweep() -> None:
        from playwright.async_api import async_playwright

        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=browser_setup, args=CHROMIUM_ARGS, headless=True)
            try:
                context = await browser.new_context(locale="nl-NL")

                async def route(r):
                    if r.request.url.endswith("/search/search_index.json"):
                        await r.abort()
                    elif urlsplit(r.request.url).netloc == host or r.request.url.startswith(("data:", "blob:")):
                        await r.continue_()
                    else:
                        outside.append(r.request.url)
                        await r.abort()
                await context.route("**/*", route)
                await context.add_init_script(axe)
                jobs: asyncio.Queue = asyncio.Queue()
                for width in WIDTHS:
                    for path in pages:
                        jobs.put_nowait((width, path))

                async def tab() -> None:
                    page = await context.new_page()
                    while not jobs.empty():
                        width, path = jobs.get_nowait()
                        if page.viewport_size["width"] != width:
                            await page.set_viewport_size({"width": width, "height": 900})
                        await page.goto(url + path, wait_until="load")
                        if width == 390:
                            wide = await page.evaluate("document.documentElement.scrollWidth")
                            if wide > width:
                                overflow.append(f"{path}: {wide} px")
                            if is_citizen_page(path):
                                small.extend(f"{path}: {t}" for t in await page.evaluate(SMALL_TEXT, MIN_FONT))
                        result = await page.evaluate(
                            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                            ".map(v => [v.id, v.impact, v.nodes.slice(0, 2).map(n => n.target.join(' '))])")
                        for rule, impact, where in result:
                            counts[impact] = counts.get(impact, 0) + 1
                            if impact in ("critical", "serious"):
                                found.setdefault(f"{rule} ({impact})", []).append(f"{path} @ {width}: {where}")
                        if path in shots:
                            if path == TABLE_SCREENSHOT:
                                await page.locator("article .tabelvak").first.scroll_into_view_if_needed()
                            await page.screenshot(path=str(SHOTS / f"{shots[path]}-{width}.png"),
                                                  full_page=path != TABLE_SCREENSHOT)
                    await page.close()
                await asyncio.gather(*(tab() for _ in range(TABS)))
            finally:
                await browser.close()

    asyncio.run(sweep())
    report = {"pagina's": len(pages), "breedtes": WIDTHS, "seconden": round(time.monotonic() - started),
              "naar buiten": outside, "axe per impact": counts, "axe ernstig": found,
              "horizontaal scrollen": overflow, "tekst kleiner dan 16 px": small, "te zwaar": heavy,
              "grootste pagina's (KB)": sorted(((round((root / p.lstrip("/") / "index.html").stat().st_size / 1000), p)
                                                for p in pages), reverse=True)[:5]}
    (SHOTS / "verslag.json").write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    assert pages and not outside, outside
    assert not heavy, heavy
    assert not overflow, overflow
    assert not small, small
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)
    for name in {*shots.values()}:
        for width in WIDTHS:
            assert (SHOTS / f"{name}-{width}.png").stat().st_size > 10_000, (name, width)
