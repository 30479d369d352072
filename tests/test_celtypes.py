"""A cell that does not fit its column's type never builds, whatever its spelling (property test)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

import pytest

from compiler.midden.passes import check
from compiler.errors import RegelsFout
from compiler.project import load_regelset

# Column types, and which literal kinds fit them.
COLUMNS = {
    "geheel getal": {"geheel"},
    "bedrag": {"geheel", "komma", "bedrag"},
    "datum": {"datum"},
    "duur": {"duur"},
    "ja/nee": {"janee"},
    "keuze uit z": {"woord"},
}

LITERALS = {
    "geheel": st.integers(0, 999).map(str),
    "komma": st.tuples(st.integers(0, 99), st.integers(0, 99)).map(lambda p: f"{p[0]},{p[1]}"),
    "bedrag": st.integers(0, 9999).map(lambda n: f"€ {n // 100},{n % 100:02d}"),
    "datum": st.sampled_from(["1 januari 2022", "2022-03-01", "31 december 2030"]),
    "duur": st.sampled_from(["6 maanden", "1 jaar", "2 jaren"]),
    "janee": st.sampled_from(["ja", "nee"]),
    "woord": st.sampled_from(["A", "B", '"A"']),
    "tekst": st.sampled_from(['"vrije tekst"', '"12"']),
}


def table(column: str, cell: str) -> str:
    return (f'regelset "T"\n  geldig vanaf 1 januari 2022\n\nkeuzelijst z: A, B\n\ninvoer\n  x: {column}\n\n'
            f"beslistabel t (eerste)\n  | x || uitkomst |\n  |---||---|\n  | {cell} || \"ja\" |\n"
            f"  | anders || \"nee\" |\n")


def errors_of(text: str, tmp_path) -> list:
    path = tmp_path / "t.regels"
    path.write_text(text, encoding="utf-8")
    try:
        check(load_regelset("t", [(path, "t.regels")]))
    except RegelsFout as e:
        return [d for d in e.diagnostics if d.is_error]
    return []


wrong = st.sampled_from(sorted(COLUMNS)).flatmap(
    lambda column: st.tuples(st.just(column),
                             st.sampled_from(sorted(set(LITERALS) - COLUMNS[column])).flatmap(lambda k: LITERALS[k])))


@settings(max_examples=80, deadline=None)
@given(wrong)
def test_a_wrong_typed_cell_is_an_error_on_its_own_line(tmp_path_factory, case):
    column, cell = case
    found = errors_of(table(column, cell), tmp_path_factory.mktemp("c"))
    assert found, f"“{cell}” in een kolom {column} bouwt zonder fout"
    assert found[0].span.line == 12, found[0].render()


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(COLUMNS)).flatmap(
    lambda column: st.tuples(st.just(column), st.sampled_from(sorted(COLUMNS[column])).flatmap(lambda k: LITERALS[k]))))
def test_a_fitting_cell_builds(tmp_path_factory, case):
    column, cell = case
    found = errors_of(table(column, cell), tmp_path_factory.mktemp("c"))
    assert not found, found[0].render()


@pytest.mark.parametrize("cell,hint", [
    ("3,4", "bedoelde u “3 t/m 4”?"),
    ("2,0", "schrijf een geheel getal zonder komma, zoals 3"),
])
def test_the_dutch_comma_in_a_whole_number_column_names_the_range(tmp_path, cell, hint):
    [d] = errors_of(table("geheel getal", cell), tmp_path)
    assert d.message == f"“{cell}” is geen geheel getal, maar “x” is een geheel getal"
    assert d.hint.startswith(hint)


def test_a_comma_in_a_whole_number_bound_is_an_error(tmp_path):
    [d] = errors_of(table("geheel getal van 0 t/m 6,5", "1"), tmp_path)
    assert d.message == "de grens “6,5” is geen geheel getal"
