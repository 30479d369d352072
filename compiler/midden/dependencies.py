"""Who reads what: the names a step (a calculation or a table) reads, and the inputs an outcome depends on.

Input: AST steps, or a Model. Output: sets of names. The evaluation order (midden/check.py), the
uitleg, the lint and the docs all ask these questions here.
"""

from __future__ import annotations

from typing import Any

from compiler import ast


def reads(step: Any) -> set[str]:
    """The names a calculation (afgeleid) or a table reads: its input columns and calculated outcomes."""
    if isinstance(step, ast.Derived):
        return ast.expr_refs(step.expr)
    bt = step
    names = {c.name for c in bt.inputs}
    for row in bt.rows:
        for cell in row.conclusions:
            names |= ast.expr_refs(cell.expr)
    return names


def ancestors(model: Any, names: list[str]) -> set[str]:
    """The inputs the given outcomes depend on, through derived values and tables."""
    inputs = {d.name for d in model.regelset.invoer}
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        producer = model.producers.get(name)
        if producer is not None and not isinstance(producer, ast.Decl):
            todo += list(reads(producer))
    return seen & inputs
