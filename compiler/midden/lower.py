"""Lower a checked Model into the decision IR (compiler/ir.py), once.

Input: Model (names, types and table analyses resolved). Output: ir.Beslissingen — per table the
rows as conditions over typed inputs with plain values; a kruistabel becomes a table here, so
nothing downstream special-cases it.
"""

from __future__ import annotations

from functools import lru_cache

from compiler import ast, ir
from compiler.midden.model import Model


@lru_cache(maxsize=4096)
def voorwaarde(cell: ast.Cell) -> ir.Voorwaarde | None:
    """A condition cell as an IR condition; `-` (and an empty or anders cell) is None: always true."""
    if cell.kind in ("any", "leeg", "anders") or cell.kind != "tests":
        return None
    tests = tuple(ir.Test(t.op, t.value.value if t.value is not None else None,
                          t.upper.value if t.upper is not None else None) for t in cell.tests)
    return ir.Voorwaarde(tests, cell.negated, cell.text)


def uitkomst(cell: ast.Cell) -> ir.Uitkomst:
    if cell.kind == "expr":
        return ir.Uitkomst(expr=cell.expr)
    if cell.kind != "tests" or cell.tests[0].op == "onbekend":
        return ir.Uitkomst()
    return ir.Uitkomst(cell.tests[0].value.value)


def _kolom(model: Model, name: str) -> ir.Kolom:
    return ir.Kolom(name, model.types[name], name in model.optional)


def tabel(model: Model, table: ast.Table, analyse: bool = True) -> ir.Tabel:
    """One table. Its rows are exclusive when the analysis found no overlap (uniek and elke only);
    analyse=False (a mutant, say) leaves that unproven."""
    bt = table
    label = model.bron_label
    table_bron = tuple(label(b) for b in bt.bron)
    analysis = model.analyses.get(bt.name)
    exclusief = analyse and bt.hit in ("uniek", "elke") and analysis is not None \
        and next(iter(analysis.overlaps()), None) is None
    rows = tuple(
        ir.Rij(row.number, row.anders,
               () if row.anders else tuple(voorwaarde(c) for c in row.conditions),
               tuple(uitkomst(c) for c in row.conclusions),
               tuple(label(b) for b in row.bron) or table_bron, row.span.line,
               " | ".join(c.text or "-" for c in row.conditions))
        for row in bt.rows
    )
    inputs = {c.name for c in bt.inputs}
    reads = sorted({n for row in bt.rows for c in row.conclusions for n in ast.expr_refs(c.expr)
                    if n in model.types} - inputs)
    return ir.Tabel(bt.name, bt.hit, tuple(_kolom(model, c.name) for c in bt.inputs),
                    tuple(_kolom(model, c.name) for c in bt.outputs), rows, table_bron, bt.span.line,
                    bt.span.file, exclusief, table.kruis is not None, tuple(reads))


def lower(model: Model) -> ir.Beslissingen:
    stappen: list[ir.Stap] = []
    for step in model.order:
        if isinstance(step, ast.Derived):
            stappen.append(ir.Berekening(step.name, model.types[step.name], step.expr))
        else:
            stappen.append(tabel(model, step))
    return ir.Beslissingen(model.regelset.header.name, tuple(_kolom(model, n) for n in model.input_names),
                           tuple(stappen), tuple(model.output_names))
