"""Syntax errors: each one in Dutch, at the right line and column, with a useful hint."""

from __future__ import annotations

import pytest

from compiler.errors import RegelsFout
from compiler.taal.parser import parse_text

HEAD = 'regelset "T"\n  geldig vanaf 1 januari 2022\n\n'


def error_of(text: str):
    with pytest.raises(RegelsFout) as e:
        parse_text(HEAD + text, "t.regels")
    assert len(e.value.diagnostics) >= 1
    d = e.value.diagnostics[0]
    rendered = d.render({"t.regels": HEAD + text})
    assert "Traceback" not in rendered
    return d, rendered


def test_unknown_keyword_suggests_the_right_one():
    d, rendered = error_of("beslistabl zwaarte (uniek)\n")
    assert (d.span.line, d.span.column) == (4, 1)
    assert "onbekend sleutelwoord “beslistabl”" in d.message
    assert "bedoelde u “beslistabel”?" in d.hint
    assert "    4 | beslistabl zwaarte (uniek)" in rendered
    assert "^" in rendered.splitlines()[2]


def test_row_without_closing_bar():
    d, _ = error_of("keuzelijst z: A, B\ninvoer\n  n: geheel getal\nbeslistabel z (uniek)\n"
                    "  | n || z |\n  |---||---|\n  | 1 || A\n")
    assert d.span.line == 10
    assert "niet afgesloten" in d.message
    assert "begint en eindigt met |" in d.hint


def test_row_with_too_few_cells():
    d, _ = error_of("keuzelijst z: A, B\ninvoer\n  n: geheel getal\n  m: geheel getal\nbeslistabel z (uniek)\n"
                    "  | n | m || z |\n  |---|---||---|\n  | 1 || A |\n")
    assert d.span.line == 11
    assert "rij 1 heeft 2 cellen, de kopregel 3" in d.message
    assert "gebruik - voor" in d.hint


def test_header_without_double_bar():
    d, _ = error_of("beslistabel z (uniek)\n  | n | z |\n  |---|---|\n  | 1 | A |\n")
    assert "voorwaarden en welke uitkomsten" in d.message
    assert "||" in d.hint


def test_missing_colon_in_declaration():
    d, _ = error_of("invoer\n  leeftijd geheel getal\n")
    assert d.span.line == 5
    assert d.message == "na de naam “leeftijd” hoort een dubbele punt"
    assert d.hint == "schrijf leeftijd: geheel getal"


def test_bad_indentation_is_reported_with_its_line():
    d, _ = error_of("invoer\n    a: ja/nee\n  b: ja/nee\n")
    assert d.span.line == 6
    assert "springt" in d.message


def test_impossible_date():
    d, _ = error_of("invoer\n  d: datum vanaf 31 februari 2022\n")
    assert "geen bestaande datum" in d.message
    assert d.span.line == 5


def test_unterminated_file():
    d, _ = error_of("beslistabel z (uniek)\n")
    assert "houdt onverwacht op" in d.message or "onverwacht" in d.message


def test_positions_are_kept_on_nodes():
    m = parse_text(HEAD + "keuzelijst z: A, B\ninvoer\n  n: geheel getal van 1 t/m 4\n"
                   "beslistabel z (uniek)\n  | n || z |\n  |---||---|\n  | 1 t/m 2 || A |\n  | 3 t/m 4 || B |\n",
                   "t.regels")
    table = m.tables[0]
    assert (table.span.line, table.span.column) == (7, 13)
    assert table.rows[1].span.line == 11
    test = table.rows[0].conditions[0].tests[0]
    assert (test.span.line, test.span.column) == (10, 5)


def test_a_quoted_keuzelijst_value_with_its_description_is_no_layout_mistake():
    # A keuzelijst value in quotes may have its description on an indented line. With a real
    # error further down, that description was once blamed as the cause ("springt 4 spaties in").
    d, _ = error_of('keuzelijst soort\n  gewoon\n  "met, komma"\n    "Een waarde met een komma."\n\n'
                    "invoer\n  s: kueze uit soort\n")
    assert d.span.line == 10 and "springt" not in d.message, d.message
    # A text that is no keuzelijst value still cannot open a block.
    d, _ = error_of('keuzelijst soort: a, b\ninvoer\n  s: keuze uit soort\n    "Uitleg."\n      "te diep"\n')
    assert "springt" in d.message and d.span.line == 8
