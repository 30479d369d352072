"""Three audiences, three parts of the site (issue 14): Voor inwoners, Regelboek, Voor beleidsmakers.

Developer text (mutation results, file names and line numbers of .regels files) appears only on the
pages for policy writers; every worked voorbeeld has a page of its own; the task pages for citizens
exist and name their legal source.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from test_zensical import article_text

DEVELOPER_TEXT = [re.compile(p) for p in (r"\bmutant", r"mutatietest", r"\w\.regels\b", r"vanaf regel \d+",
                                          r"regels/[\w/-]+\.\w+", r"Traceback")]
TASKS = ("Wat is Integrale Thuisondersteuning?", "Kan ik het krijgen?", "Hoe gaat het gesprek met het SWT?",
         "Welk arrangement, hoeveel uur, hoe lang?", "Wat als ik het er niet mee eens ben?", "Hulp en contact")


def _pages(site: Path) -> dict[str, Path]:
    return {"/" + p.parent.relative_to(site).as_posix().strip("."): p for p in site.rglob("index.html")}


def test_developer_text_only_for_policy_writers(regels_site):
    found = []
    for path, file in _pages(regels_site).items():
        if path.startswith("/beleidsmakers"):
            continue
        text = article_text(file)
        found += [f"{path}: {m.group(0)}" for pattern in DEVELOPER_TEXT for m in [pattern.search(text)] if m]
    assert not found, found
    # ... and there they are: where each table is, and the maintainers' notes on the mutation test.
    tables = article_text(regels_site / "beleidsmakers" / "tabellen" / "index.html")
    assert "regels/thuisondersteuning/toegang.regels, regel" in tables
    assert "mutatietest" in tables


def test_three_parts_in_the_navigation(regels_site):
    home = (regels_site / "index.html").read_text(encoding="utf-8")
    nav = home[home.index('<nav class="md-nav md-nav--primary"'):]
    parts = [nav.index(f">{name}<") if f">{name}<" in nav else -1
             for name in ("Voor inwoners", "Regelboek", "Voor beleidsmakers")]
    assert -1 not in parts and parts == sorted(parts), parts
    for task in TASKS:
        assert task in article_text(regels_site / "index.html"), task


@pytest.mark.parametrize("title", TASKS[:5])
def test_task_pages_name_their_source(regels_site, title):
    page = next(p for p in _pages(regels_site).values() if "<h1" in (t := p.read_text(encoding="utf-8"))
                and re.search(rf"<h1[^>]*>{re.escape(title)}", t))
    assert "Bron:" in article_text(page)


def test_every_voorbeeld_on_its_own_page(regels_site):
    index = article_text(regels_site / "thuisondersteuning" / "voorbeelden" / "index.html")
    own = [p for p in (regels_site / "thuisondersteuning" / "voorbeelden").glob("*/index.html")]
    assert len(own) >= 50
    for p in own:
        text = article_text(p)
        assert "Zo komen de regels tot deze uitkomst" in text or "Geen uitkomst" in text, p
        assert text.split(" Dit is voorbeeld ")[0].replace("¶", "").strip() in index, p
