"""Checker: names, types, and the exact gap/overlap analysis, each with its witness."""

from __future__ import annotations

import pytest

from compiler.midden.passes import check
from compiler.errors import RegelsFout
from compiler.project import load_regelset

HEAD = 'regelset "T"\n  geldig vanaf 1 januari 2022\n\nkeuzelijst z: A, B, C\nkeuzelijst t: ja-type, nee-type\n'


def model_of(tmp_path, body: str):
    path = tmp_path / "t.regels"
    path.write_text(HEAD + body, encoding="utf-8")
    return check(load_regelset("t", [(path, "t.regels")]))


def errors_of(tmp_path, body: str) -> list:
    with pytest.raises(RegelsFout) as e:
        model_of(tmp_path, body)
    return [d for d in e.value.diagnostics if d.is_error]


TABLE = """invoer
  n: geheel getal van 0 t/m 10
  soort: keuze uit t
beslistabel z (uniek)
  | n | soort || z |
  |---|---||---|
{rows}"""


def test_overlap_names_both_rows_and_a_witness(tmp_path):
    errs = errors_of(tmp_path, TABLE.format(rows="  | 0 t/m 5 | - || A |\n  | 4 t/m 10 | ja-type || B |\n"
                                                 "  | 6 t/m 10 | nee-type || C |\n"))
    overlap = [e for e in errs if e.code == "overlap"]
    assert len(overlap) == 1
    assert "rij 1 en rij 2 passen allebei bij n 4, soort ja-type (met een andere uitkomst)" in overlap[0].message
    assert overlap[0].span.line == 13
    assert overlap[0].related[0][0] == "rij 1"


def test_gap_is_reported_as_a_readable_region(tmp_path):
    errs = errors_of(tmp_path, TABLE.format(rows="  | 0 t/m 3 | - || A |\n  | 6 t/m 10 | - || B |\n"))
    gaps = [e for e in errs if e.code == "gat"]
    assert len(gaps) == 1
    assert "geen rij past bij n 4 t/m 5, soort elke waarde" in gaps[0].message
    assert "voeg een rij toe voor n 4 t/m 5" in gaps[0].hint


def test_gap_on_second_column_only(tmp_path):
    errs = errors_of(tmp_path, TABLE.format(rows="  | - | ja-type || A |\n"))
    assert any("geen rij past bij n elke waarde, soort nee-type" in e.message for e in errs if e.code == "gat")


def test_anders_row_closes_every_gap(tmp_path):
    model = model_of(tmp_path, TABLE.format(rows="  | 0 t/m 3 | - || A |\n  | anders | - || B |\n"))
    assert not [d for d in model.diagnostics if d.is_error]


def test_same_outcome_overlap_is_only_a_warning(tmp_path):
    model = model_of(tmp_path, TABLE.format(rows="  | 0 t/m 6 | - || A |\n  | 5 t/m 10 | - || A |\n"))
    warnings = [d for d in model.diagnostics if d.code == "overlap"]
    assert warnings and "dezelfde uitkomst" in warnings[0].message and not warnings[0].is_error


def test_amount_ranges_stay_exact(tmp_path):
    body = ("invoer\n  b: bedrag\nbeslistabel z (uniek)\n  | b || z |\n  |---||---|\n"
            "  | tot € 10 || A |\n  | meer dan € 10 || B |\n")
    errs = errors_of(tmp_path, body)
    assert any("b € 10,00" in e.message for e in errs if e.code == "gat")


def test_unknown_column_and_value_get_suggestions(tmp_path):
    body = ("invoer\n  aantal: geheel getal van 0 t/m 3\nbeslistabel z (uniek)\n  | aantl || z |\n  |---||---|\n"
            "  | - || D |\n")
    errs = errors_of(tmp_path, body)
    messages = {e.message: e.hint for e in errs}
    assert messages["onbekende kolom “aantl”"] == "bedoelde u “aantal”?"
    assert "“D” staat niet in keuzelijst “z”" in messages


def test_type_errors(tmp_path):
    body = ("invoer\n  d: duur\n  k: keuze uit z\n  n: geheel getal\n"
            "afgeleid\n  x = d > 3\n  y = n + d\n"
            "beslistabel z (uniek)\n  | k || z |\n  |---||---|\n  | A t/m B || A |\n  | anders || B |\n")
    errs = errors_of(tmp_path, body)
    text = "\n".join(e.message for e in errs)
    assert "duur en geheel getal zijn niet te vergelijken" in text
    assert "‘+’ kan niet met geheel getal en duur" in text
    assert "een bereik past niet bij keuze uit z" in text


def test_empty_range_and_bad_bounds(tmp_path):
    body = ("invoer\n  n: geheel getal van 10 t/m 1\n"
            "beslistabel z (uniek)\n  | n || z |\n  |---||---|\n  | 5 t/m 2 || A |\n  | anders || B |\n")
    errs = errors_of(tmp_path, body)
    text = "\n".join(e.message for e in errs)
    assert "de ondergrens 10 ligt na de bovengrens 1" in text
    assert "het bereik 5 t/m 2 is leeg" in text


def test_cycle_is_an_error(tmp_path):
    errs = errors_of(tmp_path, "afgeleid\n  a = b + 1\n  b = a + 1\n")
    assert any("kringverwijzing" in e.message for e in errs)


def test_eerste_table_gap_needs_a_row_too(tmp_path):
    errs = errors_of(tmp_path, TABLE.replace("(uniek)", "(eerste)").format(rows="  | 0 t/m 3 | - || A |\n"))
    assert any(e.code == "gat" and "n 4 t/m 10" in e.message for e in errs)
