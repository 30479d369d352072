"""Desugar the parsed tables into one form: every table an ast.Beslistabel.

Input: an ast.Regelset as parsed (after midden/tijd.py has turned validity into conditions). Output:
the same Regelset in which each kruistabel is an ordinary unique-hit table with one row per cell of
its matrix. The table keeps the matrix as written in `kruis`: the docs and DMN show it as a matrix,
the type pass checks its header, and `kruis` means "an onbekend dimension gives onbekend outcomes".
The annotation columns (bron, toelichting, citaat) are already row fields when the parser is done.
Nothing after this pass calls a kruistabel anything but a Beslistabel with `kruis`.
"""

from __future__ import annotations

from dataclasses import replace

from compiler import ast


def kruistabel(kt: ast.Kruistabel) -> ast.Beslistabel:
    """The same decision as a unique-hit table: one row per cell of the matrix, rows left to right."""
    rows = []
    for r, row_value in enumerate(kt.row_values):
        for c, cell in enumerate(kt.cells[r]):
            tests = [row_value] + [kt.header[d][c] for d in range(len(kt.kolommen))]
            conditions = tuple(
                ast.Cell("tests", (ast.Test("=", lit, span=lit.span),), text=lit.text, span=lit.span)
                for lit in tests
            )
            rows.append(ast.Row(len(rows) + 1, conditions, (cell,), bron=(), span=cell.span))
    return ast.Beslistabel(
        kt.name, "uniek", (kt.rijen, *kt.kolommen), (ast.Column(kt.name, kt.span),),
        tuple(rows), kt.bron, kt.toelichting, kt.uitleg, kt.span, kt.citaat,
        kt.geldig_vanaf, kt.geldig_tot, kruis=kt, plekken=kt.plekken,
    )


def table(t: ast.Table) -> ast.Beslistabel:
    return kruistabel(t) if isinstance(t, ast.Kruistabel) else t


def desugar(rs: ast.Regelset) -> ast.Regelset:
    """Every table of the regelset (and of each of its modules) as a Beslistabel."""
    return replace(rs, tables=tuple(table(t) for t in rs.tables),
                   modules=tuple(replace(m, tables=tuple(table(t) for t in m.tables)) for m in rs.modules))
