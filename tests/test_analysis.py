"""The table analysis is exact: gaps, overlaps and unreachable rows agree with brute force.

Random small tables over small domains are analysed, and every concrete input of the domain
is evaluated directly with the interpreter's cell semantics to get the true answer.
"""

from __future__ import annotations

import datetime
import itertools
import random
from decimal import Decimal

import pytest

from compiler import ast
from compiler.analyse.tables import ColumnDomain, TableAnalysis, _bits
from compiler.midden.lower import voorwaarde
from compiler.semantiek.runtime import voldoet


def cell_matches(cell, value):
    return voldoet(voorwaarde(cell), value)

D0 = datetime.date(2024, 2, 26)


def lit(kind, value):
    return ast.Lit(kind, value, str(value))


# name, type, concrete values of the domain (None: onbekend)
COLUMNS = [
    ("n", ast.Type("getal", lo=lit("getal", 0), hi=lit("getal", 9)), list(range(0, 10))),
    ("k", ast.Type("keuze", "k"), ["a", "b", "c"]),
    ("j", ast.Type("janee"), [True, False]),
    ("d", ast.Type("datum", lo=lit("datum", D0), hi=lit("datum", D0 + datetime.timedelta(days=5))),
     [D0 + datetime.timedelta(days=i) for i in range(6)]),
    ("m", ast.Type("getal"), list(range(-4, 11)) + [None]),  # unbounded and optional
    # An amount is any decimal: halves stand for the open intervals between whole euros.
    ("b", ast.Type("bedrag", lo=lit("bedrag", Decimal(0))), [Decimal(x) / 2 for x in range(0, 14)]),
]


def random_cell(rng: random.Random, c: int) -> ast.Cell:
    name, t, values = COLUMNS[c]
    known = [v for v in values if v is not None]
    roll = rng.random()
    if roll < 0.35:
        return ast.Cell("any", text="-")
    kind = t.kind if t.kind != "keuze" else "woord"
    if t.kind in ("keuze", "janee"):
        chosen = rng.sample(known, rng.randint(1, len(known) - 1 if len(known) > 1 else 1))
        return ast.Cell("tests", tuple(ast.Test("=", lit(kind, v)) for v in chosen), negated=rng.random() < 0.2)
    tests = []
    for _ in range(rng.choice([1, 1, 2])):
        op = rng.choice(["=", "<", "<=", ">", ">=", "tussen", "onbekend"])
        # Test values leave room around them, so every atom has a concrete value in `values`.
        inner = [v for v in known if (not isinstance(v, (int, Decimal)) or -2 <= v <= 6)
                 and not (isinstance(v, Decimal) and v % 1)]
        a, b = sorted(rng.sample(inner, 2))
        if op == "tussen":
            tests.append(ast.Test(op, lit(kind, a), lit(kind, b)))
        elif op == "onbekend":
            tests.append(ast.Test("onbekend"))
        else:
            tests.append(ast.Test(op, lit(kind, rng.choice(inner))))
    return ast.Cell("tests", tuple(tests), negated=rng.random() < 0.2)


def random_table(seed: int):
    rng = random.Random(seed)
    cols = rng.sample(range(len(COLUMNS)), rng.randint(1, 3))
    rows = []
    for number in range(1, rng.randint(2, 9)):
        conds = tuple(random_cell(rng, c) for c in cols)
        out = rng.choice("XYZ")
        rows.append(ast.Row(number, conds, (ast.Cell("tests", (ast.Test("=", lit("woord", out)),), text=out),)))
    table = ast.Beslistabel("t", "uniek", tuple(ast.Column(COLUMNS[c][0]) for c in cols), (ast.Column("t"),),
                            tuple(rows))
    domains = [ColumnDomain(COLUMNS[c][0], COLUMNS[c][1], ("a", "b", "c"), None in COLUMNS[c][2]) for c in cols]
    return table, domains, [COLUMNS[c][2] for c in cols]


def atom_of(analysis: TableAnalysis, c: int, value) -> int:
    """The atom of column c that holds the value (its signature over all rows' cells)."""
    for bit, atom in enumerate(analysis.atoms[c]):
        if atom.text == "onbekend":
            if value is None:
                return bit
            continue
        if value is None:
            continue
        if atom.lo is None and atom.hi is None and atom.kind:
            return bit
        if atom.kind:
            key = value.toordinal() if isinstance(value, datetime.date) else value
            lo_ok = atom.lo is None or (key >= atom.lo[0] if atom.lo[1] else key > atom.lo[0])
            hi_ok = atom.hi is None or (key <= atom.hi[0] if atom.hi[1] else key < atom.hi[0])
            if lo_ok and hi_ok:
                return bit
        elif atom.value == value:
            return bit
    raise AssertionError(f"geen atoom voor {value!r}")


@pytest.mark.parametrize("seed", range(200))
def test_analysis_agrees_with_brute_force(seed):
    table, domains, values = random_table(seed)
    analysis = TableAnalysis(table, domains)
    rows = analysis.rows
    # Masks: the fast per-cell computation agrees with the interpreter on every atom.
    for r, row in enumerate(rows):
        for c, cell in enumerate(row.conditions):
            slow = sum(1 << b for b, atom in enumerate(analysis.atoms[c]) if cell_matches(cell, atom.value))
            assert analysis.masks[r][c] == slow, (seed, r, c)
    matches = {}
    for combo in itertools.product(*values):
        matches[combo] = [r for r, row in enumerate(rows)
                          if all(cell_matches(cell, v) for cell, v in zip(row.conditions, combo))]
    # Gaps: every uncovered input lies in a reported gap, and no gap holds a covered input.
    gaps = analysis.gaps(limit=10_000)
    boxes = [g.masks for g in gaps]
    for combo, hit in matches.items():
        bits = [atom_of(analysis, c, v) for c, v in enumerate(combo)]
        inside = any(all(box[c] >> b & 1 for c, b in enumerate(bits)) for box in boxes)
        assert inside == (not hit), (seed, combo, hit)
    for g in gaps:
        assert not any(all(cell_matches(cell, v) for cell, v in zip(row.conditions, g.witness)) for row in rows)
    # Overlaps: exactly the pairs of rows that share an input, with a witness both match.
    expected = {(a, b) for hit in matches.values() for a, b in itertools.combinations(hit, 2)}
    found = {}
    for ov in analysis.overlaps():
        pair = (rows.index(ov.first), rows.index(ov.second))
        found[pair] = ov
        for row in (ov.first, ov.second):
            assert all(cell_matches(cell, v) for cell, v in zip(row.conditions, ov.witness))
    assert set(found) == expected, seed
    # Shadowed: a row is unreachable in an `eerste` table when earlier rows take all its inputs.
    first_hit = {}
    for combo, hit in matches.items():
        for r in hit[:1]:
            first_hit[r] = True
    shadowed = {rows.index(row) for row, _ in analysis.shadowed()}
    assert shadowed == {r for r in range(len(rows)) if r not in first_hit}, seed
    empty = {rows.index(row) for row in analysis.empty_rows()}
    assert empty == {r for r in range(len(rows)) if not any(r in h for h in matches.values())}, seed


def test_one_missing_row_is_one_gap():
    # Nine boxes of a 3×3 grid minus the middle one: the gap is that box, not its pieces.
    grid = []
    for a, b in itertools.product([(0, 2), (3, 5), (6, 9)], repeat=2):
        if (a, b) == ((3, 5), (3, 5)):
            continue
        grid.append(ast.Row(len(grid) + 1, (
            ast.Cell("tests", (ast.Test("tussen", lit("getal", a[0]), lit("getal", a[1])),)),
            ast.Cell("tests", (ast.Test("tussen", lit("getal", b[0]), lit("getal", b[1])),)),
        ), ()))
    t = ast.Type("getal", lo=lit("getal", 0), hi=lit("getal", 9))
    table = ast.Beslistabel("t", "uniek", (ast.Column("x"), ast.Column("y")), (), tuple(grid))
    analysis = TableAnalysis(table, [ColumnDomain("x", t), ColumnDomain("y", t)])
    gaps = analysis.gaps()
    assert [g.describe(table.inputs) for g in gaps] == ["x 3 t/m 5, y 3 t/m 5"]
    assert list(_bits(gaps[0].masks[0]))  # the box is kept for callers that grow or merge
