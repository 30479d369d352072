"""The built site: `mkdocs build --strict` passes, and the HTML is accessible and safe.

Three sites are built in a temporary folder: the hostile fixture of test_docs_backend (names
with <script>, {{ }} and |), the mini fixture, and the project's own rules. In the HTML:
every page is Dutch and has one h1, every table has a caption and a header row, every link
inside the site leads to a page and an anchor that exist and says where it goes, and nothing
from a hostile name shows up unescaped.
"""

from __future__ import annotations

import importlib.util
import json
import os
import posixpath
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag

import pytest

from compiler import build
from compiler.backends.docs import site as docs
from compiler.backends.js import module as js_backend
from compiler.project import Project

from conftest import FIXTURES, ROOT
from test_docs_backend import _project

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("material") is None,
    reason="mkdocs-material is niet geïnstalleerd")

# What a hostile name may never look like in a page: markup, a template tag, a raw pipe in a name.
HOSTILE = [re.compile(r"<script>alert"), re.compile(r"\{\{\s*[a-z]\s*\}\}"), re.compile(r"a \| b"),
           re.compile(r"<(b|em|i)>(vet|een|html)<")]
VAGUE_LINK_TEXTS = {"hier", "klik hier", "link", "lees meer", "meer", "deze pagina"}


def build_site(source: Project, target: Path) -> Path:
    """Generate the docs of `source` into `target` and build them with mkdocs --strict; return site/."""
    models = source.models()
    files = {**docs.generate(models, source), **build.dmn_files(models),  # the DMN download (issue 15)
             **js_backend.generate(models, source)}                           # the rekenhulp's module (issue 14)
    for rel, content in files.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", "site"],
                          cwd=target, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert done.returncode == 0, done.stderr
    return target / "site"


@pytest.fixture(scope="module")
def sites(tmp_path_factory, regels_site) -> dict[str, Path]:
    hostile = _project(tmp_path_factory.mktemp("vijandig"))
    return {
        "vijandig": build_site(hostile, hostile.root),
        "mini": build_site(Project(FIXTURES / "mini"), tmp_path_factory.mktemp("mini")),
        "regels": regels_site,   # conftest: built once for the site, browser and Zensical tests
    }


class Page(HTMLParser):
    """What the checks need from one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.h1 = 0
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []      # (href, text) inside the article
        self.tables: list[dict] = []
        self._article = 0
        self._link: list | None = None
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "h1":
            self.h1 += 1
        if tag == "article":
            self._article += 1
        if not self._article:
            return
        if tag == "a" and "href" in a:
            self._link = [a["href"], ""]
        if tag == "table":
            self.tables.append({"caption": "", "thead_th": 0, "th": 0})
        if self.tables and tag == "th":
            self.tables[-1]["th"] += 1
            if "thead" in self._in:
                self.tables[-1]["thead_th"] += 1
        self._in.append(tag)

    def handle_endtag(self, tag):
        if tag == "article":
            self._article -= 1
        if not self._article:
            return
        if tag == "a" and self._link is not None:
            self.links.append((self._link[0], " ".join(self._link[1].split())))
            self._link = None
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data):
        if self._link is not None:
            self._link[1] += data
        if self._in and self._in[-1] == "caption" and self.tables:
            self.tables[-1]["caption"] += data


def pages(site: Path) -> dict[Path, tuple[str, Page]]:
    found = {}
    for path in sorted(site.rglob("*.html")):
        if path.name == "404.html":
            continue
        text = path.read_text(encoding="utf-8")
        page = Page()
        page.feed(text)
        found[path] = (text, page)
    return found


@pytest.mark.parametrize("name", ["vijandig", "mini", "regels"])
def test_every_page_is_dutch_with_one_h1(sites, name):
    for path, (_, page) in pages(sites[name]).items():
        assert page.lang == "nl", path
        assert page.h1 == 1, (path, page.h1)


@pytest.mark.parametrize("name", ["vijandig", "mini", "regels"])
def test_every_table_has_a_caption_and_a_header_row(sites, name):
    count = 0
    for path, (_, page) in pages(sites[name]).items():
        for table in page.tables:
            count += 1
            assert table["caption"].strip(), (path, table)
            assert table["thead_th"] > 0, (path, table)
    assert count > 0


@pytest.mark.parametrize("name", ["vijandig", "mini", "regels"])
def test_every_link_inside_the_site_leads_somewhere_and_says_where(sites, name):
    site = sites[name]
    parsed = pages(site)
    ids = {path: page.ids for path, (_, page) in parsed.items()}
    for path, (_, page) in parsed.items():
        for href, text in page.links:
            assert text and text.lower() not in VAGUE_LINK_TEXTS, (path, href, text)
            if re.match(r"[a-z]+:", href):
                continue
            target, fragment = urldefrag(href)
            if target:
                resolved = Path(posixpath.normpath(posixpath.join(str(path.parent), unquote(target))))
                if resolved.is_dir() or target.endswith("/"):
                    resolved = resolved / "index.html"
            else:
                resolved = path
            assert resolved.exists(), (path, href)
            if fragment and resolved.suffix == ".html":
                assert unquote(fragment) in ids.get(resolved, set()), (path, href)


def test_no_hostile_name_gets_through_unescaped(sites):
    parsed = pages(sites["vijandig"])
    for path, (text, _) in parsed.items():
        for pattern in HOSTILE:
            assert not pattern.search(text), (path, pattern.pattern)
    score = (sites["vijandig"] / "x" / "score" / "index.html").read_text(encoding="utf-8")
    assert '<td data-label="soort">a &#124; b</td>' in score
    assert '<td data-label="soort">&lt;script&gt;alert(1)&lt;/script&gt;</td>' in score
    case = (sites["vijandig"] / "x" / "voorbeelden" / "verkeerd-v-verwacht" / "index.html").read_text(encoding="utf-8")
    assert '<h1 id="verkeerd-v-verwacht">Verkeerd &#123;&#123; v &#125;&#125; verwacht &#125;</h1>' in case


@pytest.mark.parametrize("name", ["vijandig", "mini", "regels"])
def test_every_page_names_the_municipality_and_the_dates(sites, name):
    municipality = "Gemeente Testdorp." if name == "mini" else "Gemeente Zwolle."   # from regels/project.yml
    for path, (text, _) in pages(sites[name]).items():
        footer = text[text.index('<div class="md-copyright__highlight">'):]
        assert municipality in footer, path
        assert "Deze regels gelden" in footer and "Laatst bijgewerkt:" in footer, path


@pytest.mark.parametrize("name", ["vijandig", "regels"])
def test_search_is_in_dutch(sites, name):
    index = json.loads((sites[name] / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["nl"]
    assert any("Begrippen" in doc["title"] for doc in index["docs"])


def test_the_rules_site_explains_b2_activerend(sites):
    """From the site alone: what B2-activerend means, and a voorbeeld that gets it, with its uitleg."""
    site = sites["regels"]
    steps = list((site / "thuisondersteuning").glob("*/index.html"))
    schema = next(p for p in steps if 'id="waarde-b2-activerend"' in p.read_text(encoding="utf-8"))
    text = schema.read_text(encoding="utf-8")
    row = re.search(r'<tr id="waarde-b2-activerend">.*?</tr>', text).group(0)
    assert "zwaarte <strong>B</strong>" in row and "intensiteit <strong>plus</strong>" in row
    assert "type ondersteuning <strong>activerend</strong>" in row
    cases = [p.read_text(encoding="utf-8") for p in (site / "thuisondersteuning" / "voorbeelden").glob("*/index.html")]
    assert any("<strong>B2-activerend</strong>" in case and "Zo komen de regels tot deze uitkomst:" in case
               for case in cases)
    glossary = (site / "begrippen" / "index.html").read_text(encoding="utf-8")
    for term in ("swt", "wmo", "maatwerkvoorziening", "voorliggende-voorziening", "zin", "pgb", "ehs",
                 "resultaatgebied", "arrangement", "intensiteit", "zwaarte"):
        assert f'id="{term}"' in glossary, term
    linked = sum("begrippen/#" in p.read_text(encoding="utf-8") for p in steps)
    assert linked >= len(steps) // 2


def test_the_route_page_draws_the_steps_without_a_script(sites):
    route = (sites["regels"] / "thuisondersteuning" / "route" / "index.html").read_text(encoding="utf-8")
    assert '<ol class="stappenplaat">' in route and route.count('<span class="nummer">') == 11
    assert "mermaid" not in route


def test_regels_code_blocks_are_highlighted_by_our_lexer(sites):
    html = (sites["regels"] / "beleidsmakers" / "taal" / "index.html").read_text(encoding="utf-8")
    assert '<div class="highlight"><pre><span></span><code><span class="kd">keuzelijst</span>' in html
    assert '<span class="kd">beslistabel</span>' in html  # Keyword.Declaration
    assert '<span class="nl">§' in html  # a paragraph
