"""The docs backend: pages exist, tables render, bron is quoted, voorbeelden are worked, text is escaped.

A small fixture project with hostile names (<script>, {{ }}, |) is built in tmp_path; when
MkDocs is installed the site is built with --strict as well.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from compiler.backends.docs import site as docs  # noqa: E402
from compiler.backends.docs.brontekst import source_blocks  # noqa: E402
from compiler.project import Project  # noqa: E402

REGELS = '''\
regelset "Test <script>alert(5)</script> | {{ r }}"
  document "Testbeleid <b>vet</b>"
  geldig vanaf 1 januari 2024 tot 31 december 2025
  toelichting "Kop met <script>alert(1)</script> en {{ x }} en a | b."

keuzelijst soort: "<script>alert(1)</script>", "a | b", "{{ x }}", gewoon
keuzelijst niveau: laag, hoog
keuzelijst kant: links, rechts
keuzelijst uitslag: U1, U2, U3, U4

invoer
  soort: keuze uit soort
    "Uitleg met **sterren**, _streep_ en <i>html</i>."
  aantal: geheel getal van 0 t/m 10
    "Hoeveel het er zijn."
  niveau: keuze uit niveau
  kant: keuze uit kant

afgeleid
  dubbel aantal = (aantal + 1) * 2
    "Twee keer <het> aantal."

beslistabel score (eerste)
  bron §1
  toelichting "Tabel <script>alert(2)</script> | pijp {{ y }}"
  | soort                       | aantal  || score | bron | toelichting        |
  |-----------------------------|---------||-------|------|--------------------|
  | "<script>alert(1)</script>" | -       || 1     | §1   | "rij <em>een</em>" |
  | "a | b"                     | vanaf 5 || 2     | §2   | "# geen kop"       |
  | anders                      |         || 3     |      |                    |

kruistabel uitslag
  bron §2
  toelichting "Het schema."
  rijen niveau
  kolommen soort, kant
  |      | "<script>alert(1)</script>" | "<script>alert(1)</script>" | "a | b" | "a | b" | "{{ x }}" | "{{ x }}" | gewoon | gewoon |
  |      | links | rechts | links | rechts | links | rechts | links | rechts |
  |------|-------|--------|-------|--------|-------|--------|-------|--------|
  | laag | U1    | U2     | U3    | U4     | U1    | U2     | U3    | U4     |
  | hoog | U4    | U3     | U2    | U1     | U4    | U3     | U2    | U1     |

voorbeeld "Geval met <script>alert(3)</script>"
  herkomst "Verzonnen | test"
  toelichting "Let op {{ z }}"
  bron §1
  gegeven
    soort: "a | b"
    aantal: 7
    niveau: hoog
    kant: links
  verwacht
    score: 2
    uitslag: U2

voorbeeld "Verkeerd {{ v }} verwacht }"
  bron §3
  gegeven
    soort: gewoon
    aantal: 1
    niveau: laag
    kant: rechts
  verwacht
    score: 1
    uitslag: U4

controles
  "Aantal <b>te</b> groot | fout": aantal <= 10

dekking
  §2: informatief "Alleen <uitleg> | hier."
'''

BRON = '''\
# Testbeleid

## §1 Eerste paragraaf {#1}

Tekst van paragraaf één met <script>alert(4)</script> en een | pijp.

- punt **een**
- punt twee

## §2 Tweede paragraaf {#2}

Tekst van paragraaf twee {{ q }}.

| kop | kop2 |
|---|---|
| a | b |

## §3 Derde paragraaf {#3}

Door geen tabel geciteerd.
'''

HEADER = ("<!-- Gegenereerd door regels bouw uit regels/x.regels, regels/bron/beleidsregel.md "
          "— niet met de hand bewerken. -->")


def _project(root: Path) -> Project:
    (root / "regels" / "bron").mkdir(parents=True)
    (root / "regels" / "x.regels").write_text(REGELS, encoding="utf-8")
    (root / "regels" / "bron" / "beleidsregel.md").write_text(BRON, encoding="utf-8")
    # The project data of the real project: its municipality and its glossary (regels/*.yml).
    (root / "regels" / "project.yml").write_text("gemeente: gemeente Zwolle\n", encoding="utf-8")
    shutil.copy(ROOT / "regels" / "begrippen.yml", root / "regels" / "begrippen.yml")
    return Project(root)


@pytest.fixture
def project(tmp_path) -> Project:
    return _project(tmp_path)


@pytest.fixture
def raw_files(project) -> dict[str, str]:
    return docs.generate(project.models(), project)


@pytest.fixture
def files(raw_files) -> dict[str, str]:
    """The pages without the labels a table's cells carry for the cards on a phone (tested apart)."""
    return {k: re.sub(r' (?:class="leeg"|data-label="[^"]*")', "", v) for k, v in raw_files.items()}


def _row_of(html_line: str, first_cell: str) -> str:
    """The <tr> of an HTML table whose first cell holds `first_cell`."""
    m = re.search(r"<tr[^>]*><th scope=\"row\">" + re.escape(first_cell) + r"</th>.*?</tr>", html_line)
    assert m, first_cell
    return m.group(0)


# -- Pages and their headers

def test_pages_exist(files):
    assert set(files) == {
        "mkdocs.yml", "docs/index.md", "docs/begrippen.md", "docs/dekking.md", "docs/beleidsmakers/index.md",
        "docs/beleidsmakers/taal.md", "docs/beleidsmakers/meldingen.md", "docs/wijzigingen.md",
        "docs/stylesheets/regels.css", "docs/javascripts/regels.js", "docs/x/index.md", "docs/x/route.md",
        "docs/x/score.md", "docs/x/uitslag.md", "docs/x/voorbeelden/index.md", "docs/beleidsmakers/tabellen.md",
        "docs/x/voorbeelden/geval-met-script-alert-3-script.md", "docs/x/voorbeelden/verkeerd-v-verwacht.md",
        "docs/rekenhulp/index.md", "docs/rekenhulp/rekenhulp.js", "docs/rekenhulp/rekenhulp.css",
    }


def test_every_file_says_it_is_generated(files):
    for path, content in files.items():
        first = content.splitlines()[0]
        if path.endswith("taal.md"):
            assert first.startswith("<!-- Gegenereerd door regels bouw uit compiler/templates/docs/taal.md")
        elif path.endswith(".md"):
            assert first == HEADER, path
        elif path.endswith((".css", ".js")):
            assert first.startswith("/* Gegenereerd door regels bouw") and first.endswith("*/")
        else:
            assert first.startswith("# Gegenereerd door regels bouw uit regels/x.regels")
            assert first.endswith("— niet met de hand bewerken.")
        assert content.endswith("\n") and not content.endswith("\n\n"), path


def test_every_page_has_one_h1(files):
    for path, content in files.items():
        if path.endswith(".md"):
            body = re.sub(r"```.*?```", "", content, flags=re.S)
            assert len(re.findall(r"^# ", body, re.M)) == 1, path


def test_mkdocs_yml(files):
    yml = files["mkdocs.yml"]
    assert ('site_name: "Test &lt;script&gt;alert(5)&lt;/script&gt; &#124; &#123;&#123; r &#125;&#125; '
            '— gemeente Zwolle"') in yml
    for line in ("docs_dir: docs", "use_directory_urls: true", "  name: material", "  language: nl",
                 "  font: false", "  - search:", "      lang: nl", "  - tables", "  - attr_list", "  - admonition",
                 "  - toc", "  - md_in_html", "  - pymdownx.details", "  - pymdownx.superfences",
                 "  - stylesheets/regels.css", "nav:", "  - Start: index.md", '  - "Voor inwoners":',
                 "      - Begrippen: begrippen.md", "  - Regelboek:", '          - "x/index.md"',
                 '          - "Hoe komen de regels tot een uitkomst?": "x/route.md"',
                 '          - "Stap 1: Score": "x/score.md"', '          - "Stap 2: Uitslag": "x/uitslag.md"',
                 '          - "Voorbeelden": "x/voorbeelden/index.md"', '      - "Wat staat waar": dekking.md',
                 '  - "Voor beleidsmakers":', '      - "De taal van de regels": beleidsmakers/taal.md',
                 '      - "Waar elke tabel staat": beleidsmakers/tabellen.md'):
        assert line in yml.splitlines(), line


def test_footer_names_the_municipality_the_validity_and_the_update_date(files):
    copyright_line = next(x for x in files["mkdocs.yml"].splitlines() if x.startswith("copyright:"))
    assert "Gemeente Zwolle." in copyright_line
    assert "Deze regels gelden van 1 januari 2024 tot 31 december 2025." in copyright_line
    assert "Laatst bijgewerkt: 1 januari 2024." in copyright_line


def test_updated_is_the_newest_geldig_vanaf_and_not_the_clock(tmp_path):
    for name, date in (("a", "1 maart 2023"), ("b", "2 februari 2024")):
        (tmp_path / "regels").mkdir(exist_ok=True)
        (tmp_path / "regels" / f"{name}.regels").write_text(
            f'regelset "{name}"\n  geldig vanaf {date}\n', encoding="utf-8")
    assert docs.updated(Project(tmp_path).models()) == "2 februari 2024"


# -- The overview of a regelset

def test_overview_page(files):
    page = files["docs/x/index.md"]
    assert "Deze regels gelden van 1 januari 2024 tot 31 december 2025." in page
    assert ('<tr><th scope="row">aantal</th><td>geheel getal van 0 t/m 10</td><td>Hoeveel het er zijn.</td></tr>'
            in page)
    assert '<th scope="row">dubbel aantal</th><td>(aantal + 1) * 2</td><td>Twee keer &lt;het&gt; aantal.</td>' in page
    assert '<a href="score/#tabel-score" title="Naar de tabel score">score</a>' in page
    assert "[Stap 1: Score](score.md)" in page and "[Stap 2: Uitslag](uitslag.md)" in page
    assert "(voorbeelden/geval-met-script-alert-3-script.md)" in page


# -- Tables: HTML with a caption and header cells

def test_every_table_has_a_caption_and_header_cells(files):
    for path, content in files.items():
        for table in re.findall(r"<table>.*?</table>", content):
            assert re.match(r"<table><caption>[^<]+</caption>", table), (path, table[:80])
            assert "<thead><tr>" in table or "<thead>" in table, (path, table[:80])
            assert '<th scope="col"' in table or '<th scope="colgroup"' in table, (path, table[:80])


def test_beslistabel_as_html(files):
    page = files["docs/x/score.md"]
    assert ('<table><caption>Beslistabel score. Welke rij telt: de eerste rij die past.</caption><thead><tr>'
            '<th scope="col">Rij</th><th scope="col">soort</th><th scope="col">aantal</th><th scope="col">→ score</th>'
            '<th scope="col">Bron</th><th scope="col">Toelichting</th></tr></thead>') in page
    assert ('<tr><th scope="row">1</th><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>-</td><td>1</td>'
            '<td><a href="#bron-1" title="Tekst van §1">§1</a></td><td>rij &lt;em&gt;een&lt;/em&gt;</td></tr>') in page
    assert ('<tr><th scope="row">2</th><td>a &#124; b</td><td>vanaf 5</td><td>2</td>'
            '<td><a href="#bron-2" title="Tekst van §2">§2</a></td><td># geen kop</td></tr>') in page
    assert "Welke rij telt: de eerste rij die past." in page
    # Where the table is in its file is for the policy writers only.
    body = page.split("\n", 1)[1]   # after the generated-file comment
    assert "regels/x.regels" not in body and "regel 23" not in body
    assert "<td>regels/x.regels, regel 23</td>" in files["docs/beleidsmakers/tabellen.md"]


def test_a_row_becomes_a_card_on_a_phone(raw_files):
    """Each cell carries the name of its column (CSS writes it before the value on a phone), and a cell
    that does not matter ("-") is marked, so the card leaves it out."""
    page = raw_files["docs/x/score.md"]
    assert ('<tr><th scope="row" data-label="Rij">1</th><td data-label="soort">&lt;script&gt;alert(1)&lt;/script&gt;'
            '</td><td class="leeg" data-label="aantal">-</td><td data-label="→ score">1</td>') in page
    schema = raw_files["docs/x/uitslag.md"]
    assert ('<tr><th scope="row" data-label="niveau">hoog</th>'
            '<td data-label="soort &lt;script&gt;alert(1)&lt;/script&gt;, kant links">') in schema
    css = raw_files["docs/stylesheets/regels.css"]
    assert "td[data-label]::before" in css and "td.leeg" in css and "max-width: 44.9375em" in css


def test_hit_policies_in_dutch():
    assert docs.HIT_WORDS == {
        "uniek": "precies één rij past", "eerste": "de eerste rij die past",
        "elke": "alle passende rijen geven hetzelfde", "verzamel": "alle passende rijen samen",
    }


def test_kruistabel_as_the_schema_with_every_value_a_link_to_its_meaning(files):
    page = files["docs/x/uitslag.md"]
    assert ('<tr><th scope="row">soort →</th><th scope="colgroup" colspan="2">&lt;script&gt;alert(1)&lt;/script&gt;'
            '</th><th scope="colgroup" colspan="2">a &#124; b</th><th scope="colgroup" colspan="2">'
            '&#123;&#123; x &#125;&#125;</th><th scope="colgroup" colspan="2">gewoon</th></tr>') in page
    assert ('<tr><th scope="row">kant →</th>' + '<th scope="col">links</th><th scope="col">rechts</th>' * 4
            + "</tr>") in page
    link = '<a href="#waarde-u{0}" title="Wat betekent U{0}?">U{0}</a>'
    assert ('<tr><th scope="row">hoog</th>' + "".join(f"<td>{link.format(n)}</td>" for n in (4, 3, 2, 1, 4, 3, 2, 1))
            + "</tr>") in page
    assert "In de rijen staat" in page and "Klik op een waarde in het schema." in page
    # The raw HTML block stands on its own: a blank line before and after.
    caption = "Kruistabel uitslag: niveau in de rijen, soort en kant in de kolommen."
    assert (f'\n\n<div class="tabelvak" role="region" tabindex="0" aria-label="{caption}">'
            f"<table><caption>{caption}</caption>") in page


def test_meaning_of_a_value_says_where_it_sits_and_what_follows(files):
    page = files["docs/x/uitslag.md"]
    meanings = page[page.index("<table><caption>Wat elke waarde"):]
    row = re.search(r'<tr id="waarde-u2">.*?</tr>', meanings).group(0)
    # U2 sits in two places of the schema; both are named.
    assert "niveau <strong>laag</strong><br>soort <strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong><br>kant " \
           "<strong>rechts</strong>" in row
    assert "<br><strong>of</strong><br>" in row
    assert "Geen andere tabel noemt deze waarde apart." in row


def test_consequences_name_rows_of_other_tables_that_test_the_value(tmp_path):
    regels = '''\
regelset "R"
  geldig vanaf 1 januari 2024

keuzelijst maat: S, L
keuzelijst pakket: P1, P2

invoer
  maat: keuze uit maat
  alleen: ja/nee

kruistabel pakket
  rijen maat
  kolommen alleen
  |   | ja | nee |
  |---|----|-----|
  | S | P1 | P2  |
  | L | P2 | P2  |

beslistabel uren (eerste)
  | pakket | alleen || uren | toelichting |
  |--------|--------||------|-------------|
  | P1     | ja     || 105  | "Gemiddeld 105 uur per jaar." |
  | anders |        || 0    | |
'''
    (tmp_path / "regels").mkdir()
    (tmp_path / "regels" / "r.regels").write_text(regels, encoding="utf-8")
    project = Project(tmp_path)
    files = docs.generate(project.models(), project)
    page = files["docs/r/pakket.md"]
    row = re.search(r'<tr id="waarde-p1">.*?</tr>', page).group(0)
    assert ('<a href="../uren/#tabel-uren">tabel uren, rij 1</a>: als ook alleen ja: uren: 105 '
            "(Gemiddeld 105 uur per jaar.)") in row


# -- Bron: the source text beside or below each table

def test_bron_is_quoted_as_html_with_its_heading(files):
    page = files["docs/x/score.md"]
    assert ('<blockquote id="bron-1" class="bron"><p><strong>§1 Eerste paragraaf</strong></p>'
            "<p>Tekst van paragraaf één met &lt;script&gt;alert(4)&lt;/script&gt; en een &#124; pijp.</p>"
            "<ul><li>punt <strong>een</strong></li><li>punt twee</li></ul></blockquote>") in page
    assert ('<blockquote id="bron-2" class="bron"><p><strong>§2 Tweede paragraaf</strong></p>'
            "<p>Tekst van paragraaf twee &#123;&#123; q &#125;&#125;.</p>"
            '<div class="tabelvak" role="region" tabindex="0" aria-label="Tabel uit §2"><table><caption>Tabel uit §2</caption>'
            '<thead><tr><th scope="col">kop</th><th scope="col">kop2</th></tr></thead>'
            "<tbody><tr><td>a</td><td>b</td></tr></tbody></table></div></blockquote>") in page
    assert "Bron: [§1](#bron-1)." in page
    # Quoted once per page; the kruistabel's page quotes §2 for itself.
    assert page.count('id="bron-2"') == 1
    assert 'id="bron-2"' in files["docs/x/uitslag.md"]


def test_without_source_text(tmp_path):
    (tmp_path / "regels").mkdir()
    (tmp_path / "regels" / "x.regels").write_text(REGELS.replace("  bron §1\n", ""), encoding="utf-8")
    project = Project(tmp_path)
    files = docs.generate(project.models(), project)
    assert "§2: deze paragraaf staat niet in de brontekst." in files["docs/x/uitslag.md"]
    assert "docs/dekking.md" not in files
    assert files["docs/x/index.md"].splitlines()[0] == (
        "<!-- Gegenereerd door regels bouw uit regels/x.regels — niet met de hand bewerken. -->")


def test_source_html_keeps_the_shape_and_escapes():
    text = ("Eerste <b>regel</b> met een [link](x.md).\nzelfde alinea.\n\n- punt **vet** hier\n"
            "- tweede:\n\n  Ingesprongen uitleg.\n\n  - dieper\n\n1. genummerd\n\n| | |\n|---|---|\n| x \\| y | {{ z }} |")
    assert docs.render_html(source_blocks(text, "Tabel uit §9")) == (
        "<p>Eerste &lt;b&gt;regel&lt;/b&gt; met een link. zelfde alinea.</p>"
        "<ul><li>punt <strong>vet</strong> hier</li><li><p>tweede:</p><p>Ingesprongen uitleg.</p>"
        "<ul><li>dieper</li></ul></li></ul><ol><li>genummerd</li></ol>"
        '<div class="tabelvak" role="region" tabindex="0" aria-label="Tabel uit §9">'
        '<table><caption>Tabel uit §9</caption><thead><tr><th scope="col"><span class="verborgen">kolom 1</span></th>'
        '<th scope="col"><span class="verborgen">kolom 2</span></th></tr></thead>'
        "<tbody><tr><td>x &#124; y</td><td>&#123;&#123; z &#125;&#125;</td></tr></tbody></table></div>")


# -- Steps

def test_each_table_is_its_own_step_without_site_data(files):
    route = files["docs/x/route.md"]
    assert "## Stap 1: Score" in route and "## Stap 2: Uitslag" in route
    assert "[Stap 1: Score, met de tekst uit de beleidsregel en voorbeelden](score.md)" in route


def test_steps_group_by_file_then_by_paragraph_and_respect_what_they_need(tmp_path):
    regels = '''\
regelset "R"
  geldig vanaf 1 januari 2024

invoer
  a: geheel getal

beslistabel eerste tabel (uniek)
  bron §2.1 a
  | a || b |
  |---||---|
  | - || 1 |

beslistabel tweede tabel (uniek)
  bron §3.4 a
  | b || c |
  |---||---|
  | - || 2 |

beslistabel derde tabel (uniek)
  bron §9
  | c || d |
  |---||---|
  | - || 3 |
'''
    (tmp_path / "regels").mkdir()
    (tmp_path / "regels" / "r.regels").write_text(regels, encoding="utf-8")
    model = Project(tmp_path).models()[0]
    definition = docs.RegelsetDef("Route?", (
        docs.StepDef("Later", bron=("3",)),            # listed first, but needs the step below
        docs.StepDef("Eerder", bron=("2.1-a",)),
    ))
    steps = docs.group_steps(model, "r", definition)
    assert [(s.number, s.title, [t.name for t in s.tables]) for s in steps] == [
        (1, "Eerder", ["eerste tabel"]), (2, "Later", ["tweede tabel"]), (3, "Derde tabel", ["derde tabel"])]
    assert [s.page for s in steps] == ["r/eerder.md", "r/later.md", "r/derde-tabel.md"]
    assert steps[1].needs == [1] and steps[2].needs == [2]
    by_file = docs.group_steps(model, "r", docs.RegelsetDef("?", (docs.StepDef("Alles", bestanden=("r",)),)))
    assert [(s.title, len(s.tables)) for s in by_file] == [("Alles", 3)]


def test_the_real_site_data_names_the_steps_of_the_beleidsregel():
    data = docs.site_data(Project(ROOT))
    assert data.gemeente == "gemeente Zwolle"
    route = data.regelsets["thuisondersteuning"]
    assert route.route == "Hoe komt het SWT tot een arrangement?"
    titles = [s.titel for s in route.stappen]
    for title in ("Toegang", "Zwaarte", "Type ondersteuning", "Intensiteit", "Arrangement", "Duur",
                  "Huishouden", "Extra huishoudelijke schoonmaak"):
        assert title in titles


def test_links_between_pages():
    assert docs.md_url("x/a.md", "x/b.md", "k") == "b.md#k"
    assert docs.md_url("x/a.md", "begrippen.md", "swt") == "../begrippen.md#swt"
    assert docs.md_url("x/a.md", "x/a.md", "k") == "#k"
    assert docs.html_url("x/a.md", "x/b.md", "k") == "../b/#k"
    assert docs.html_url("x/index.md", "x/b.md") == "b/"
    assert docs.html_url("index.md", "x/index.md") == "x/"
    assert docs.html_url("x/a.md", "index.md") == "../../"
    assert docs.html_url("x/a.md", "x/a.md", "k") == "#k"


# -- Diagrams

def test_the_pictures_are_plain_html_in_order_and_escaped(files):
    """No Mermaid (it came from a CDN): the route is a list of the steps in order, a step a picture of
    what goes in and out, both plain HTML with every name escaped."""
    route = files["docs/x/route.md"]
    picture = route.split('<ol class="stappenplaat">')[1].split("</ol>")[0]
    assert picture.index('<span class="nummer">1</span> <span class="titel">Score</span>') < \
        picture.index('<span class="nummer">2</span> <span class="titel">Uitslag</span>')
    assert '<a href="../score/">' in picture and "Nieuwe gegevens: soort en aantal." in picture
    assert "Gebruikt de uitkomst van stap 1" not in picture   # uitslag does not read score
    step = files["docs/x/score.md"].split('<div class="stapplaat">')[1].split("\n</div>")[0]
    assert "<li>soort</li>" in step and '<p class="vakkop">Stap 1: Score</p>' in step and "<li>score</li>" in step
    for content in files.values():
        assert "mermaid" not in content
        for block in re.findall(r'<(?:ol class="stappenplaat"|div class="stapplaat")>(.*?)</(?:ol|div)>\n', content, re.S):
            assert "{{" not in block and "<script" not in block


# -- Voorbeelden and their uitleg

def test_voorbeelden_worked_out_with_their_uitleg(files):
    index = files["docs/x/voorbeelden/index.md"]
    assert "1. [Geval met &lt;script&gt;alert(3)&lt;/script&gt;](geval-met-script-alert-3-script.md)" in index
    first = files["docs/x/voorbeelden/geval-met-script-alert-3-script.md"]
    assert first.splitlines()[1] == "# Geval met &lt;script&gt;alert(3)&lt;/script&gt;"
    assert "Herkomst: Verzonnen &#124; test" in first
    assert ('**Gegeven:**\n\n- <span class="naam">soort</span>: a &#124; b\n- <span class="naam">aantal</span>: 7\n'
            in first)
    assert '**Dan:**\n\n- <span class="naam">score</span>: **2**\n- <span class="naam">uitslag</span>: **U2**\n' in first
    assert "1. **Score**: Omdat soort a &#124; b is en aantal 7 is, is score 2." in first
    assert "    - Tabel [score](../score.md#tabel-score): rij 2 (soort: a &#124; b; aantal: vanaf 5)." in first
    assert "    - Bron: [§2](../score.md#bron-2)" in first
    assert ("uitslag](../uitslag.md#tabel-uitslag): het vak bij niveau hoog, soort a &#124; b en kant links."
            in first)
    assert "Anders dan in het voorbeeld" not in first


def test_voorbeeld_that_disagrees_is_flagged(files):
    second = files["docs/x/voorbeelden/verkeerd-v-verwacht.md"]
    assert "# Verkeerd &#123;&#123; v &#125;&#125; verwacht &#125;\n" in second
    assert '- <span class="naam">score</span>: **3** (in het voorbeeld staat: 1)' in second
    assert '!!! warning "Anders dan in het voorbeeld"' in second
    assert "Bron: §3\n" in second  # no table quotes §3, so there is nothing to link to
    assert "rij 3 (anders)" in second


def test_step_page_links_its_voorbeelden(files):
    """A step page links the voorbeelden about it; each one is worked out on its own page."""
    page = files["docs/x/score.md"]
    assert "- [Geval met &lt;script&gt;alert(3)&lt;/script&gt;](voorbeelden/geval-met-script-alert-3-script.md)" in page
    assert "Omdat soort a &#124; b is" not in page


def test_worked_text_is_what_the_site_shows(project):
    model = project.models()[0]
    site = docs.Site(project, [model])
    writer = docs.RegelsetWriter(model, "x", site)
    site.note_quotes(writer)
    w = writer.worked(1, docs.run_all(model)[0], "x/voorbeelden.md")
    assert w.text().splitlines()[:3] == ["Voorbeeld 1: Geval met <script>alert(3)</script>",
                                          "  gegeven soort: a | b", "  gegeven aantal: 7"]
    assert "  1. [Score] tabel score, rij 2 (soort: a | b; aantal: vanaf 5): Omdat soort a | b is en aantal 7 is, " \
           "is score 2." in w.text()


def _uitleg_text(root: Path) -> str:
    project = Project(root)
    models = project.models()
    site = docs.Site(project, models)
    out = []
    for model in models:
        writer = docs.RegelsetWriter(model, site.folders[model.regelset.slug], site)
        site.note_quotes(writer)
        for i, outcome in enumerate(docs.run_all(model), 1):
            out.append(writer.worked(i, outcome, writer.voorbeelden_page).text())
    return "\n\n".join(out) + "\n"


def test_golden_uitleg_of_the_mini_fixture(golden):
    golden("uitleg/mini.txt", _uitleg_text(ROOT / "tests" / "fixtures" / "mini"))


def test_golden_uitleg_of_the_rules(golden):
    golden("uitleg/regels.txt", _uitleg_text(ROOT))


def test_every_voorbeeld_and_its_uitleg_is_on_the_site():
    project = Project(ROOT)
    models = project.models()
    files = docs.generate(models, project)
    site = docs.Site(project, models)
    for model in models:
        writer = docs.RegelsetWriter(model, site.folders[model.regelset.slug], site)
        index = files[f"docs/{writer.voorbeelden_page}"]
        assert len(set(writer.voorbeeld_pages)) == len(model.regelset.voorbeelden)
        for i, outcome in enumerate(docs.run_all(model), 1):
            w = writer.worked(i, outcome, writer.voorbeelden_page)
            assert f"[{docs.md(w.name)}](" in index
            page = files[f"docs/{w.page}"]
            page = re.sub(r'\[([^\]]*)\]\([./]*begrippen\.md#[^)]*\)', r"\1", page)   # without glossary links
            assert page.splitlines()[1] == f"# {docs.md(w.name)}"
            for s in w.uitleg:
                assert docs.md(s.zin) in page


# -- Glossary

def test_glossary_page_and_first_use_links(files):
    glossary = files["docs/begrippen.md"]
    for term in docs.terms(Project(ROOT)):
        assert f"## {docs.md(term.naam)} {{: #{term.slug} }}" in glossary
    route = files["docs/x/route.md"]
    assert route.count("../begrippen.md#kruistabel") <= 1


GLOSSARY = (docs.Term("SWT", "swt", ("SWT", "Sociaal Wijkteam"), True, "", (), ()),
            docs.Term("ZIN", "zin", ("ZIN", "Zin"), True, "", (), ()),
            docs.Term("arrangement", "arrangement", ("arrangement", "arrangementen"), False, "", (), ()))


def test_link_terms_links_the_first_use_in_prose_only():
    page = "\n".join([
        "<!-- kop -->", "# Het arrangement van het SWT", "",
        "Een zin over het Arrangement en het SWT.", "Nog een arrangement, en een zin.",
        "| arrangement |", "<table><tr><td>SWT</td></tr></table>", "> arrangement in een citaat",
        '- <span class="naam">arrangement nu</span> en [SWT](x.md)', "```", "SWT", "```",
    ])
    out = docs.link_terms(page, "x/a.md", GLOSSARY).split("\n")
    assert out[1] == "# Het arrangement van het SWT"
    assert out[3] == ('Een zin over het [Arrangement](../begrippen.md#arrangement "Begrip: arrangement") en het '
                      '[SWT](../begrippen.md#swt "Begrip: SWT").')
    assert out[4] == "Nog een arrangement, en een zin."   # "zin" is not ZIN: exact terms keep their capitals
    assert out[5:] == page.split("\n")[5:]


def test_link_terms_never_touches_escapes_entities_or_links():
    line = "a &#124; b \\[arrangement\\] <i>x</i> [arrangement](y.md) SWT"
    out = docs.link_terms("<!-- -->\n" + line, "a.md", GLOSSARY).split("\n")[1]
    assert out == ('a &#124; b \\[[arrangement](begrippen.md#arrangement "Begrip: arrangement")\\] <i>x</i> '
                   '[arrangement](y.md) [SWT](begrippen.md#swt "Begrip: SWT")')


def test_glossary_definitions_cite_paragraphs_that_exist():
    paragraphs = Project(ROOT).paragraphs()
    for term in docs.terms(Project(ROOT)):
        assert term.uitleg and term.vormen, term.naam
        for anchor in term.bron:
            assert anchor in paragraphs, (term.naam, anchor)


# -- Resultaatgebieden, coverage, policy writers

def test_resultaatgebieden_pages_from_the_source():
    project = Project(ROOT)
    files = docs.generate(project.models(), project)
    index = files["docs/resultaatgebieden/index.md"]
    assert "# Resultaatgebieden" in index
    for title in ("Administratie en financiën", "Huishouden", "Gezin (tijdelijke situaties)"):
        assert f"## [{docs.md(title)}](" in index
    page = files["docs/resultaatgebieden/administratie-en-financien.md"]
    assert "# Resultaatgebied: Administratie en financiën" in page
    for part in ("## Omschrijving", "## Voorbeelden van doelen", "## Voorliggende voorzieningen"):
        assert part in page
    assert "<li>Op Orde</li>" in page


def test_coverage_page(files):
    page = files["docs/dekking.md"]
    assert "# Wat staat waar in de regels?" in page
    assert ('<tr><th scope="row"><a href="../x/score/#bron-1" title="Tekst van §1">§1 Eerste paragraaf</a></th>'
            '<td>gecodeerd</td><td><a href="../x/score/#tabel-score" title="Naar de tabel score">tabel score</a>'
            '<br><a href="../x/voorbeelden/geval-met-script-alert-3-script/">voorbeeld Geval met &lt;script&gt;alert(3)&lt;/script&gt;'
            "</a></td><td>—</td></tr>") in page
    assert ('<tr><th scope="row">§3 Derde paragraaf</th><td>gecodeerd</td><td><a href="../x/voorbeelden/verkeerd-v-verwacht/">'
            "voorbeeld Verkeerd &#123;&#123; v &#125;&#125; verwacht &#125;</a></td><td>—</td></tr>") in page
    assert "- niet gedekt: 0" in page


def test_policy_writer_pages(files):
    page = files["docs/beleidsmakers/index.md"]
    assert "- `regels/x.regels`: [score](../x/score.md#tabel-score), [uitslag](../x/uitslag.md#tabel-uitslag)" in page
    assert "[De taal van de regels](taal.md)" in page


def _regels_blocks(text: str) -> list[str]:
    return re.findall(r"```regels\n(.*?)```", text, re.S)


def test_every_example_in_the_language_reference_parses():
    from compiler.taal.parser import parse_text

    for path in (docs.TEMPLATES / "taal.md", docs.TEMPLATES / "beleidsmakers.md.jinja"):
        blocks = _regels_blocks(path.read_text(encoding="utf-8"))
        assert blocks, path
        for i, block in enumerate(blocks, 1):
            parse_text(block, f"{path.name}:{i}")   # raises RegelsFout with the position when it does not


def test_every_keyword_of_the_grammar_is_in_the_language_reference():
    grammar = (ROOT / "compiler" / "taal" / "grammar.lark").read_text(encoding="utf-8")
    grammar = "\n".join(line.split("//")[0] for line in grammar.splitlines())
    keywords = {k for k in re.findall(r'"([^"\\]+)"', grammar) if re.search(r"[a-z]", k)}
    keywords |= set(re.findall(r"/,\[ \\t\]\*([a-zA-Z ]+)/", grammar))
    assert {"regelset", "beslistabel", "t/m", "ja/nee", "uniek", "oordeel SWT", "optioneel"} <= keywords
    reference = (docs.TEMPLATES / "taal.md").read_text(encoding="utf-8")
    missing = sorted(k for k in keywords if f"`{k}`" not in reference and not re.search(
        rf"`[^`]*(?<![\w/]){re.escape(k)}(?![\w/])[^`]*`", reference))
    assert not missing, f"niet in de taalnaslag (compiler/templates/docs/taal.md): {missing}"


# -- Escaping

# The rekenhulp's own two script elements: its data (JSON: no `<` inside, see escape.js_json) and its code.
_REKENHULP_SCRIPTS = re.compile(r'<script type="application/json" id="rekenhulp-gegevens">[^<]*</script>\n'
                                r'<script type="module" src="rekenhulp\.js"></script>')


def test_nothing_hostile_gets_through(files):
    for path, content in files.items():
        if path == "docs/rekenhulp/index.md":
            content, n = _REKENHULP_SCRIPTS.subn("", content)
            assert n == 1
        elif path == "docs/rekenhulp/rekenhulp.js":
            continue   # a fixed file (templates/docs/rekenhulp.js): no text from the rules is in it
        assert "<script" not in content, path
        body = content.split("\n", 1)[1]
        assert "{{" not in body and "}}" not in body, path
        assert "a | b" not in body, path
        if path.endswith(".md"):
            assert "<b>" not in body and "<em>" not in body and "<i>" not in body, path
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in files["docs/x/index.md"]
    assert ("Kop met &lt;script&gt;alert(1)&lt;/script&gt; en &#123;&#123; x &#125;&#125; en a &#124; b."
            in files["docs/x/index.md"])


@pytest.mark.parametrize("text, expected", [
    ("a | b", "a &#124; b"),
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("{{ x }}", "&#123;&#123; x &#125;&#125;"),
    ("*vet* _schuin_ `code` [link](x)", "\\*vet\\* \\_schuin\\_ \\`code\\` \\[link\\](x)"),
    ('Tom & "Jerry"', "Tom &amp; &quot;Jerry&quot;"),
    ("# kop", "\\# kop"),
    ("- punt", "\\- punt"),
    ("+ punt", "\\+ punt"),
    ("1. punt", "1\\. punt"),
    ("=== lijn", "&#61;== lijn"),
    ("!!! note", "\\!!! note"),
    ("regel\n\nnog  een", "regel nog een"),
    ("a \\ b", "a \\\\ b"),
    (3, "3"),
])
def test_md_filter(text, expected):
    assert docs.md(text) == expected


def test_html_text():
    assert docs.html_text('<a href="x">{{ y }} | z</a>') == (
        "&lt;a href=&quot;x&quot;&gt;&#123;&#123; y &#125;&#125; &#124; z&lt;/a&gt;")


# -- Determinism

def test_two_runs_are_identical(tmp_path):
    a = _project(tmp_path / "a")
    b = _project(tmp_path / "b")
    first = docs.generate(a.models(), a)
    assert docs.generate(a.models(), a) == first
    assert docs.generate(b.models(), b) == first


def test_the_real_project_renders():
    project = Project(ROOT)
    models = project.models()
    files = docs.generate(models, project)
    assert "docs/index.md" in files and "mkdocs.yml" in files
    for model in models:
        assert f"docs/{model.regelset.slug}/index.md" in files
        assert f"docs/{model.regelset.slug}/route.md" in files


def test_maintainers_page_lists_the_checkers_warnings():
    from compiler.backends.docs import site as docs_backend
    from compiler.project import Project
    from conftest import FIXTURES

    project = Project(FIXTURES / "mini")
    page = docs_backend.generate(project.models(), project)["docs/beleidsmakers/meldingen.md"]
    assert "<caption>Waarschuwingen bij Mini</caption>" in page
    assert "geen enkel voorbeeld raakt rij 2" in page
    assert "regels/mini.regels:" in page
    assert "&#124;" in page and "| ja |" not in page  # row quotes escaped, never a broken table
