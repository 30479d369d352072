"""Project data lives in the project: a second, fictitious municipality (tests/fixtures/fabeldam) builds,
tests, decides, draws a population and gets its own site, with nothing of it in compiler/ — and the
compiler package holds no word about Zwolle. Also: a hostile folder name is escaped on every page."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT

FABELDAM = FIXTURES / "fabeldam"
HOSTILE_FOLDER = "<img src=x onerror=alert(1)>"

needs_mkdocs = pytest.mark.skipif(
    importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("material") is None,
    reason="mkdocs-material is niet geïnstalleerd")


def regels(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "compiler", "--project", str(root), *args], cwd=root,
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})


def mkdocs(root: Path) -> Path:
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", "site"], cwd=root,
                          capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert done.returncode == 0, done.stderr
    return root / "site"


def test_the_compiler_package_names_no_municipality():
    for path in (ROOT / "compiler").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            text = path.read_text(encoding="utf-8").lower()
            assert "zwolle" not in text and "fabeldam" not in text, path


@needs_mkdocs
def test_a_fictitious_municipality_builds_tests_decides_and_gets_its_own_site(tmp_path):
    root = tmp_path / "fabeldam"
    shutil.copytree(FABELDAM, root)
    built = regels(root, "bouw")
    assert built.returncode == 0, built.stderr
    assert regels(root, "bouw", "--controleer").returncode == 0
    tested = regels(root, "test")
    assert tested.returncode == 0 and "4 van 4 voorbeelden geslaagd" in tested.stdout, tested.stdout + tested.stderr

    decided = regels(root, "beslis", "casus.json", "--json")
    assert decided.returncode == 0, decided.stderr
    assert json.loads(decided.stdout)["uitkomst"] == {"recht op hulp": True, "uren per week": 2,
                                                         "thuisbezorgd": True}

    drawn = regels(root, "populatie", "--uit", "p.csv")
    assert drawn.returncode == 0, drawn.stderr
    lines = (root / "p.csv").read_text(encoding="utf-8").splitlines()
    assert "300 casussen" in lines[1] and "maat van Fabeldam" in lines[1]   # size and source from populatie.yml
    assert sum(not x.startswith("#") for x in lines) == 301                  # a header and 300 cases

    mkdocs_yml = (root / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'site_name: "Boodschappenhulp — gemeente Fabeldam"' in mkdocs_yml
    assert "Hoe komt de buurtcoach tot een besluit?" in mkdocs_yml            # the route title of project.yml
    site = mkdocs(root)
    glossary = (site / "begrippen" / "index.html").read_text(encoding="utf-8")
    assert "buurtcoach" in glossary and "Sociaal Wijkteam" not in glossary
    for page in site.rglob("*.html"):
        assert "zwolle" not in page.read_text(encoding="utf-8").lower(), page
    assert (site / "boodschappenhulp" / "recht-op-hulp" / "index.html").exists()


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.handlers: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.handlers += [(tag, k) for k, _ in attrs if k.startswith("on")]


@needs_mkdocs
def test_a_hostile_folder_name_is_text_on_every_page(tmp_path):
    root = tmp_path / "p"
    (root / "regels" / HOSTILE_FOLDER).mkdir(parents=True)
    shutil.copy(FIXTURES / "mini" / "regels" / "mini.regels", root / "regels" / HOSTILE_FOLDER / "mini.regels")
    shutil.copytree(FIXTURES / "mini" / "regels" / "bron", root / "regels" / "bron")
    assert regels(root, "bouw").returncode == 0
    site = mkdocs(root)
    pages = list(site.rglob("*.html"))
    shown = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        parser = _Elements()
        parser.feed(text)
        assert parser.handlers == [], page                     # no element with an event handler
        assert "<img src=x" not in text, page                   # not even inside a comment
        shown += "&lt;img src=x onerror=alert(1)&gt;" in text
    assert shown >= 5                                           # the name is there, as text
