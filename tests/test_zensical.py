"""The site also builds with Zensical, the successor of Material for MkDocs (which announces its end
of life on 5 May 2027), with the same article text on every page as the MkDocs build.

MkDocs stays the default (`regels bouw` writes mkdocs.yml; Zensical reads that same file). This test
proves the project can switch engines without rework: it builds the generated docs/ and mkdocs.yml
with Zensical (pinned in the `test` extra) and compares the text of <article> on every page with the
MkDocs build of conftest's `regels_site`: the same pages, the same words.

Without Zensical the test is skipped with the reason, except in CI (CI=true), where it fails.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest


class ArticleText(HTMLParser):
    """The text of a page's <article>, without scripts and without the ¶ links of the headings."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        if tag == "article":
            self.depth += 1
        elif self.depth and (tag in ("script", "style") or (tag == "a" and "headerlink" in cls)):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag == "article" and self.depth:
            self.depth -= 1
        elif self.depth and self.skip and tag in ("script", "style", "a"):
            self.skip -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)


def article_text(path: Path) -> str:
    parser = ArticleText()
    parser.feed(path.read_text(encoding="utf-8"))
    return " ".join("".join(parser.parts).split())


def pages(site: Path) -> set[Path]:
    return {p.relative_to(site) for p in site.rglob("index.html")}


def test_the_site_builds_with_zensical_with_the_same_article_text(regels_site, tmp_path):
    if importlib.util.find_spec("zensical") is None:
        reason = "Zensical is niet geïnstalleerd (pip install -e '.[test]')"
        if os.environ.get("CI") == "true":
            pytest.fail(f"in CI moet de Zensical-test draaien: {reason}")
        pytest.skip(reason)
    source = regels_site.parent
    shutil.copytree(source / "docs", tmp_path / "docs")
    shutil.copy(source / "mkdocs.yml", tmp_path / "mkdocs.yml")
    done = subprocess.run([sys.executable, "-m", "zensical", "build", "--strict", "-f", "mkdocs.yml"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    built = tmp_path / "site"
    assert pages(built) == pages(regels_site)
    differ = [str(p) for p in sorted(pages(regels_site)) if article_text(regels_site / p) != article_text(built / p)]
    assert not differ, differ
    home = article_text(built / "index.html")
    assert "Voor inwoners" in home and "Regelboek" in home and "Voor beleidsmakers" in home
