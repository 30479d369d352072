"""Plain language (B1) on the pages for citizens, as a test: short sentences, and no jargon without
an entry in the Begrippen.

The pages for citizens are the home page, the task pages of "Voor inwoners" (inwoners/) and the
Begrippen. Their Markdown is generated in memory (the docs backend) and turned into HTML with the
Markdown extensions the site uses; the text is read per block (paragraph, list item, heading, cell).
Text quoted from the beleidsregel (<q>, <blockquote>) and code are not counted: a quote stays as it is.

Goals (issue 14): on average at most 12 words per sentence, at most 5 % of sentences over 20 words;
every word of JARGON that a citizen page uses has an entry in regels/begrippen.yml.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
import pytest

from compiler.backends.docs import site as docs
from compiler.project import Project
from compiler.projectdata import ProjectFiles

from conftest import ROOT

MAX_AVERAGE = 12
MAX_LONG_SHARE = 0.05
LONG = 20
# Words of the beleidsregel and of care that a citizen does not know without an explanation.
JARGON = ("ondersteuningsplan", "zorgaanbieder", "Tarievenblad", "op uurbasis", "leun en steun",
          "gebruikelijke zorg", "trajectbedrag", "maatwerkvoorziening", "voorliggende voorziening",
          "resultaatgebied", "arrangement", "aangepast arrangement", "beschikking", "intensiteit", "zwaarte",
          "type ondersteuning", "cliëntondersteuner", "maandbudget", "zorg in natura", "pgb", "evaluatie",
          "mantelzorger", "netwerk", "bezwaar", "participatieraad", "SWT", "Wmo")
EXTENSIONS = ["tables", "attr_list", "admonition", "md_in_html", "pymdownx.details", "toc"]
BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "caption", "summary"}
SKIP = {"blockquote", "q", "code", "pre", "script", "style"}


class Blocks(HTMLParser):
    """The text of an HTML page, one string per block; quotes and code left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skipping = 0

    def flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skipping += 1
        elif tag in BLOCKS or tag in ("ul", "ol", "br", "div"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS or tag in ("ul", "ol", "div"):
            self.flush()

    def handle_data(self, data):
        if not self.skipping:
            self.current.append(data)


def sentences(html: str) -> list[str]:
    parser = Blocks()
    parser.feed(html)
    parser.flush()
    out = []
    for block in parser.blocks:
        out += [s for s in re.split(r"(?<=[.!?])\s+", block) if words(s)]
    return out


def words(sentence: str) -> list[str]:
    return [w for w in sentence.split() if re.search(r"\w", w)]


def measure(texts: list[str]) -> dict:
    counts = [len(words(s)) for s in texts]
    long = [s for s in texts if len(words(s)) > LONG]
    return {"zinnen": len(counts), "gemiddeld": sum(counts) / len(counts) if counts else 0.0,
            "lang": long, "aandeel lang": len(long) / len(counts) if counts else 0.0}


def unexplained(text: str, glossary: list[dict]) -> list[str]:
    """The words of JARGON in the text that no entry of the Begrippen explains."""
    forms = {str(f).lower() for t in glossary for f in t.get("vormen", ())}
    return [w for w in JARGON if w.lower() not in forms
            and re.search(rf"(?<!\w){re.escape(w)}", text, re.IGNORECASE)]


def is_citizen_page(path: str) -> bool:
    return path in ("docs/index.md", "docs/begrippen.md") or path.startswith("docs/inwoners/")


@pytest.fixture(scope="module")
def citizen_pages() -> dict[str, str]:
    project = Project(ROOT)
    files = docs.generate(project.models(), project)
    pages = {path: markdown.markdown(text, extensions=EXTENSIONS) for path, text in files.items()
             if path.endswith(".md") and is_citizen_page(path)}
    assert len(pages) >= 8, sorted(pages)   # home, the task pages, hulp en contact, begrippen
    return pages


def test_sentences_on_citizen_pages_are_short(citizen_pages):
    all_sentences = [s for html in citizen_pages.values() for s in sentences(html)]
    m = measure(all_sentences)
    per_page = {path: round(measure(sentences(html))["gemiddeld"], 1) for path, html in citizen_pages.items()}
    assert m["gemiddeld"] <= MAX_AVERAGE, (m["gemiddeld"], per_page)
    assert m["aandeel lang"] <= MAX_LONG_SHARE, (m["aandeel lang"], m["lang"])
    for path, html in citizen_pages.items():   # no single page hides behind the others
        assert measure(sentences(html))["gemiddeld"] <= MAX_AVERAGE + 3, (path, per_page[path])


def test_no_jargon_without_a_begrip(citizen_pages):
    glossary = ProjectFiles(ROOT).glossary()
    for path, html in citizen_pages.items():
        text = " ".join(sentences(html))
        assert not unexplained(text, glossary), (path, unexplained(text, glossary))


def test_the_checks_can_fail():
    html = markdown.markdown(
        "Het SWT maakt na het gesprek met de cliënt en de mensen om hem heen een ondersteuningsplan waarin "
        "het besluit over de maatwerkvoorziening met alle redenen en afwegingen wordt gemotiveerd.\n\n"
        "> “Een citaat uit de beleidsregel telt niet mee, hoe lang het ook is, want het blijft zoals het is.”")
    found = sentences(html)
    assert len(found) == 1 and measure(found)["gemiddeld"] > LONG
    assert unexplained(found[0], [{"vormen": ["SWT"]}]) == ["ondersteuningsplan", "maatwerkvoorziening"]
    assert unexplained(found[0], [{"vormen": ["SWT", "ondersteuningsplan", "maatwerkvoorziening"]}]) == []
