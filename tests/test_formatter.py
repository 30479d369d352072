"""`regels opmaak`: one canonical layout, idempotent, comments kept, meaning unchanged."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from compiler.taal.formatter import check_same_rules, format_text

from conftest import FIXTURES, ROOT

# tests/fixtures/fout/ holds files with mistakes on purpose (test_meldingen.py).
ALL_FILES = sorted([*(p for p in FIXTURES.rglob("*.regels") if "fout" not in p.parts),
                    *(ROOT / "regels").rglob("*.regels")])


def comments(text: str) -> list[str]:
    return [m.group(0).rstrip() for m in re.finditer(r"#[^\n]*", text) if '"' not in text[:m.start()].split("\n")[-1]]


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_formatting_keeps_meaning_and_comments_and_is_idempotent(path):
    original = path.read_text(encoding="utf-8")
    formatted = format_text(original)
    assert format_text(formatted) == formatted
    check_same_rules(original, formatted, path.name)  # raises when the syntax trees differ
    assert comments(formatted) == comments(original)


MESSY = '''# Een rommelig bestand
regelset "Rommel"
    toelichting "Eerst de toelichting."   
    geldig vanaf 1 januari 2022
    document "Beleid"



keuzelijst z: A, B
invoer
    aantal:   geheel getal van 0 t/m 10
        "Hoeveel."

beslistabel z (uniek)
    toelichting "Waarom."
    # de bron hoort bovenaan
    bron §1
    | aantal || z | toelichting |
    |---||---|---|
    | 0 t/m 5 || A | "Weinig: | telt niet als scheiding." |
    # een opmerking in de tabel
    | vanaf   6 || B | |   # achteraan
'''

EXPECTED = '''# Een rommelig bestand
regelset "Rommel"
  document "Beleid"
  geldig vanaf 1 januari 2022
  toelichting "Eerst de toelichting."

keuzelijst z: A, B
invoer
  aantal: geheel getal van 0 t/m 10
    "Hoeveel."

beslistabel z (uniek)
  # de bron hoort bovenaan
  bron §1
  toelichting "Waarom."
  | aantal  || z | toelichting                          |
  |---------||---|--------------------------------------|
  | 0 t/m 5 || A | "Weinig: | telt niet als scheiding." |
  # een opmerking in de tabel
  | vanaf 6 || B |                                      |  # achteraan
'''


def test_canonical_layout():
    assert format_text(MESSY) == EXPECTED
    check_same_rules(MESSY, EXPECTED, "rommel.regels")


def test_tabs_crlf_and_blank_lines():
    text = 'regelset "T"\r\n\tgeldig vanaf 1 januari 2022\r\n\r\n\r\n\r\nkeuzelijst z: A\r\n\r\n'
    assert format_text(text) == 'regelset "T"\n  geldig vanaf 1 januari 2022\n\nkeuzelijst z: A\n'


def test_a_string_over_more_lines_is_joined_when_it_fits():
    text = 'regelset "T"\n  toelichting "Een lange\n      tekst  over twee regels."\n  geldig vanaf 1 januari 2022\n'
    out = format_text(text)
    assert '  toelichting "Een lange tekst  over twee regels."\n' in out
    assert out.index("geldig") < out.index("toelichting")
    check_same_rules(text, out, "t.regels")


def test_every_column_is_padded():
    long = '"' + "x" * 50 + '"'
    text = f'| a || b | reden |\n|---||---|---|\n| 1 || A | {long} |\n| 22 || B | "kort" |\n'
    out = format_text("beslistabel b\n" + "".join("  " + line + "\n" for line in text.splitlines()))
    assert "  | a  || b | reden" + " " * 48 + "|\n" in out
    assert '  | 22 || B | "kort"' + " " * 47 + "|\n" in out


def test_separators_stay_where_they_are_written():
    text = "beslistabel b\n  | a | b || c |\n  |---|---||---|\n  | 1 | 2 || 3 |\n"
    assert format_text(text) == text


def test_kruistabel_with_an_empty_corner():
    text = ("kruistabel k\n  rijen r\n  kolommen c\n  |  | x | yy |\n  |---|---|---|\n  | aaa | 1 | 2 |\n")
    out = format_text(text)
    assert out.endswith("  |     | x | yy |\n  |-----|---|----|\n  | aaa | 1 | 2  |\n")


def run(*args: str):
    return subprocess.run([sys.executable, "-m", "compiler", *args], cwd=ROOT, capture_output=True, text=True)


@pytest.fixture
def project(tmp_path) -> Path:
    target = tmp_path / "p"
    shutil.copytree(FIXTURES / "mini", target)
    return target


def test_opmaak_and_controleer(project):
    path = project / "regels" / "mini.regels"
    before = path.read_text(encoding="utf-8")
    check = run("--project", str(project), "opmaak", "--controleer")
    assert check.returncode == 1
    assert "niet opgemaakt: regels/mini.regels" in check.stderr
    assert path.read_text(encoding="utf-8") == before  # --controleer writes nothing
    done = run("--project", str(project), "opmaak")
    assert done.returncode == 0 and "opgemaakt: regels/mini.regels" in done.stdout
    assert path.read_text(encoding="utf-8") == format_text(before)
    again = run("--project", str(project), "opmaak", "--controleer")
    assert again.returncode == 0, again.stderr
    assert "1 bestand(en) staan al in de vaste opmaak" in again.stdout
    assert run("--project", str(project), "bouw").returncode == 0


def test_opmaak_leaves_a_file_with_a_syntax_error_alone(project):
    path = project / "regels" / "mini.regels"
    broken = path.read_text(encoding="utf-8").replace("| tot 18   || klein |", "| tot 18   || klein")
    path.write_text(broken, encoding="utf-8")
    out = run("--project", str(project), "opmaak")
    assert out.returncode == 1
    assert "deze tabelrij is niet afgesloten" in out.stderr
    assert path.read_text(encoding="utf-8") == broken
