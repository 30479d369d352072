"""The site in a real browser: Debian's Chromium, driven by Playwright.

The project's site is built with mkdocs and served on 127.0.0.1. The test opens the home page
and a step page (a dimension), follows a glossary link, checks the glossary page loaded at the term,
and saves screenshots in the test's output folder (tests/uitvoer/browser/, which git ignores).

Without Chromium or Playwright the test is skipped with the reason, except in CI (CI=true),
where it fails: .ci/run installs Chromium (apt-get) and Playwright (pip, the `test` extra).
Playwright never downloads a browser of its own: it launches /usr/bin/chromium.
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import os
import shutil
import tempfile
import threading
from pathlib import Path

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
        yield f"http://127.0.0.1:{server.server_address[1]}"
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
