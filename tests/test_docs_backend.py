"""The docs backend: pages exist, tables render, bron is quoted, voorbeelden are worked, text is escaped.

A small fixture project with hostile names (<script>, {{ }}, |) is built in tmp_path; when
MkDocs is installed the site is built with --strict as well.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from compiler.backends import docs  # noqa: E402
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
    return Project(root)


@pytest.fixture
def project(tmp_path) -> Project:
    return _project(tmp_path)


@pytest.fixture
def files(project) -> dict[str, str]:
    return docs.generate(project.models(), project)


def _unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


# -- Pages and their headers

def test_pages_exist(files):
    assert set(files) == {
        "mkdocs.yml", "docs/index.md", "docs/x/index.md", "docs/x/score.md", "docs/x/uitslag.md",
        "docs/x/voorbeelden.md",
    }


def test_every_file_says_it_is_generated(files):
    for path, content in files.items():
        first = content.splitlines()[0]
        if path.endswith(".md"):
            assert first == HEADER, path
        else:
            assert first.startswith("# Gegenereerd door regels bouw uit regels/x.regels")
            assert first.endswith("— niet met de hand bewerken.")
        assert content.endswith("\n") and not content.endswith("\n\n"), path


def test_mkdocs_yml(files):
    yml = files["mkdocs.yml"]
    assert ('site_name: "Test &lt;script&gt;alert(5)&lt;/script&gt; | &#123;&#123; r &#125;&#125; '
            '— gemeente Zwolle"') in yml
    for line in ("docs_dir: docs", "  name: material", "  language: nl", "  - search:", "      lang: nl",
                 "  - tables", "  - attr_list", "  - admonition", "  - toc", "nav:", "  - Start: index.md",
                 '      - "Tabel: score": "x/score.md"', '      - "Kruistabel: uitslag": "x/uitslag.md"',
                 '      - "Voorbeelden": "x/voorbeelden.md"'):
        assert line in yml.splitlines(), line


def test_overview_page(files):
    page = files["docs/x/index.md"]
    assert "Deze regels gelden van 1 januari 2024 tot 31 december 2025." in page
    assert "| aantal | geheel getal van 0 t/m 10 | Hoeveel het er zijn. |" in page
    assert "| dubbel aantal | (aantal + 1) \\* 2 | Twee keer &lt;het&gt; aantal. |" in page
    assert "[score](score.md)" in page and "[uitslag](uitslag.md)" in page
    assert "Welke rij telt: de eerste rij die past." in page
    assert "(voorbeelden.md#voorbeeld-1)" in page


# -- Tables

def test_beslistabel_as_markdown_table(files):
    page = files["docs/x/score.md"]
    lines = page.splitlines()
    header = "| Rij | soort | aantal | → score | Bron | Toelichting |"
    assert header in lines
    i = lines.index(header)
    assert lines[i + 1] == "|---|---|---|---|---|---|"
    assert lines[i + 2] == ("| 1 | &lt;script&gt;alert(1)&lt;/script&gt; | \\- | 1 | [§1](#bron-1) "
                            "| rij &lt;em&gt;een&lt;/em&gt; |")
    assert lines[i + 3] == "| 2 | a \\| b | vanaf 5 | 2 | [§2](#bron-2) | \\# geen kop |"
    assert lines[i + 4] == "| 3 | anders |  | 3 |  |  |"
    for line in lines[i:i + 5]:
        assert _unescaped_pipes(line) == 7, line
    assert "Welke rij telt: de eerste rij die past." in page


def test_hit_policies_in_dutch():
    assert docs.HIT_WORDS == {
        "uniek": "precies één rij past", "eerste": "de eerste rij die past",
        "elke": "alle passende rijen geven hetzelfde", "verzamel": "alle passende rijen samen",
    }


def test_kruistabel_as_the_schema(files):
    page = files["docs/x/uitslag.md"]
    assert ('<tr><th>soort →</th><th colspan="2">&lt;script&gt;alert(1)&lt;/script&gt;</th>'
            '<th colspan="2">a | b</th><th colspan="2">&#123;&#123; x &#125;&#125;</th><th colspan="2">gewoon</th></tr>') in page
    assert ("<tr><th>kant →</th>" + "<th>links</th><th>rechts</th>" * 4 + "</tr>") in page
    assert "<tr><th>laag</th>" + "".join(f"<td>U{n}</td>" for n in (1, 2, 3, 4, 1, 2, 3, 4)) + "</tr>" in page
    assert "<tr><th>hoog</th>" + "".join(f"<td>U{n}</td>" for n in (4, 3, 2, 1, 4, 3, 2, 1)) + "</tr>" in page
    assert "In de rijen staat niveau. In de kolommen staan soort en kant." in page
    # The raw HTML block stands on its own: a blank line before and after.
    assert "\n\n<table>\n" in page and "\n</table>\n\n" in page


# -- Bron

def test_bron_is_quoted_with_its_label(files):
    page = files["docs/x/score.md"]
    assert "### [§1 Eerste paragraaf](#bron-1) {: #bron-1 }" in page
    assert "> Tekst van paragraaf één met &lt;script&gt;alert(4)&lt;/script&gt; en een \\| pijp." in page
    assert "> - punt **een**" in page
    assert "### [§2 Tweede paragraaf](#bron-2) {: #bron-2 }" in page
    assert "> | kop | kop2 |\n> |---|---|\n> | a | b |" in page
    kruis = files["docs/x/uitslag.md"]
    assert "> Tekst van paragraaf twee \\{\\{ q \\}\\}." in kruis
    assert "Bron: [§2](#bron-2)." in kruis


def test_without_source_text(tmp_path):
    (tmp_path / "regels").mkdir()
    (tmp_path / "regels" / "x.regels").write_text(REGELS.replace("  bron §1\n", ""), encoding="utf-8")
    project = Project(tmp_path)
    files = docs.generate(project.models(), project)
    assert "Deze paragraaf staat niet in de brontekst." in files["docs/x/uitslag.md"]
    assert files["docs/x/index.md"].splitlines()[0] == (
        "<!-- Gegenereerd door regels bouw uit regels/x.regels — niet met de hand bewerken. -->")


# -- Voorbeelden

def test_voorbeelden_worked_out(files):
    page = files["docs/x/voorbeelden.md"]
    first = page.split("{: #voorbeeld-1 }")[1].split("{: #voorbeeld-2 }")[0]
    assert "Herkomst: Verzonnen \\| test" in first
    assert "**Gegeven:**\n\n- soort: a \\| b\n- aantal: 7\n- niveau: hoog\n- kant: links\n" in first
    assert "**Dan:**\n\n- score: 2\n- uitslag: U2\n" in first
    assert ("- Tabel [score](score.md): hier past rij 2 (soort: a \\| b; aantal: vanaf 5). "
            "Uitkomst: score is 2. Bron: [§2](score.md#bron-2).") in first
    assert ("- Kruistabel [uitslag](uitslag.md): hier past het vak bij niveau hoog, soort a \\| b en kant "
            "links. Uitkomst: uitslag is U2.") in first
    assert "Anders dan in het voorbeeld" not in first


def test_voorbeeld_that_disagrees_is_flagged(files):
    second = files["docs/x/voorbeelden.md"].split("{: #voorbeeld-2 }")[1]
    assert "## Verkeerd \\{\\{ v \\}\\} verwacht \\} {: #voorbeeld-2 }" in files["docs/x/voorbeelden.md"]
    assert "- score: 3 (in het voorbeeld staat: 1)" in second
    assert '!!! warning "Anders dan in het voorbeeld"' in second
    assert "Bron: §3\n" in second  # no table quotes §3, so there is nothing to link to
    assert "hier past rij 3 (anders: geen andere rij past)" in second


def test_table_page_lists_its_voorbeelden(files):
    page = files["docs/x/score.md"]
    assert ("- [Geval met &lt;script&gt;alert(3)&lt;/script&gt;](voorbeelden.md#voorbeeld-1): "
            "rij 2 (soort: a \\| b; aantal: vanaf 5)") in page


# -- Escaping

def test_nothing_hostile_gets_through(files):
    for path, content in files.items():
        assert "<script" not in content, path
        if path.endswith(".md"):
            body = content.split("\n", 1)[1]
            assert "{{" not in body and "}}" not in body, path
            assert "<b>" not in body and "<em>" not in body and "<i>" not in body, path
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in files["docs/x/index.md"]
    assert "Kop met &lt;script&gt;alert(1)&lt;/script&gt; en \\{\\{ x \\}\\} en a \\| b." in files["docs/x/index.md"]


def test_every_markdown_table_keeps_its_columns(files):
    for path, content in files.items():
        if not path.endswith(".md"):
            continue
        lines = content.splitlines()
        for i, line in enumerate(lines):
            if re.fullmatch(r"(> )?\|(---\|)+", line):
                width = _unescaped_pipes(line)
                j = i - 1
                while j < len(lines) and lines[j].lstrip("> ").startswith("|"):
                    assert _unescaped_pipes(lines[j]) == width, (path, lines[j])
                    j += 1


@pytest.mark.parametrize("text, expected", [
    ("a | b", "a \\| b"),
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("{{ x }}", "\\{\\{ x \\}\\}"),
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


def test_quote_keeps_shape_and_escapes():
    text = "Eerste <b>regel</b>.\n\n- punt **vet** hier\n1. genummerd\n\n| a | b |\n|---|---|\n| x \\| y | {{ z }} |"
    assert docs.quote(text) == (
        "> Eerste &lt;b&gt;regel&lt;/b&gt;.\n>\n> - punt **vet** hier\n> 1. genummerd\n>\n"
        "> | a | b |\n> |---|---|\n> | x \\\\\\| y | \\{\\{ z \\}\\} |")


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
        for v in model.regelset.voorbeelden:
            assert docs.md(v.name) in files[f"docs/{model.regelset.slug}/voorbeelden.md"]


# -- The site builds

@pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("material") is None,
                    reason="mkdocs-material is niet geïnstalleerd")
def test_mkdocs_build_strict(project, files):
    root = project.root
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", "site"],
                          cwd=root, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert done.returncode == 0, done.stderr
    site = root / "site"
    assert 'lang="nl"' in (site / "index.html").read_text(encoding="utf-8")
    for html_file in site.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        assert "<script>alert" not in html, html_file
    score = (site / "x" / "score" / "index.html").read_text(encoding="utf-8")
    assert "<td>a | b</td>" in score
    assert "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>" in score
    assert '<h3 id="bron-1"><a href="#bron-1">§1 Eerste paragraaf</a></h3>' in score
    assert "<blockquote>" in score
    kruis = (site / "x" / "uitslag" / "index.html").read_text(encoding="utf-8")
    assert '<th colspan="2">a | b</th>' in kruis
    cases = (site / "x" / "voorbeelden" / "index.html").read_text(encoding="utf-8")
    assert '<h2 id="voorbeeld-2">Verkeerd {{ v }} verwacht }</h2>' in cases
