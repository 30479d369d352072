"""Waarom niet?: the smallest changes to a case's inputs that give another outcome, found by deciding.

Input: a Model, the inputs of a case and the outcome wished for. Output: alternatives, fewest
changes first (each with its decision), computed with the reference interpreter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from compiler.midden.dependencies import ancestors
from compiler.midden.model import Model
from compiler.semantiek.interpreter import Interpreter, evaluate_expr
from compiler.semantiek.runtime import GeenBeslissing, OngeldigeInvoer, tekst
from compiler.toepassingen.casussen import candidate_values


@dataclass(frozen=True)
class Alternatief:
    changes: tuple[tuple[str, Any, Any], ...]   # (input, old, new)
    waarden: dict[str, Any]

    def zin(self, target_name: str, target: str) -> str:
        parts = [f"{name} {tekst(new)} in plaats van {tekst(old)}" for name, old, new in self.changes]
        return f"Met {' en '.join(parts)} was {target_name} {target} geweest."


def _neighbours(model: Model, name: str, value: Any, candidates: list[Any]) -> list[Any]:
    t = model.types[name]
    out: list[Any] = []
    if t.kind == "verzameling" and value is not None:
        for v in model.enums[t.enum].names:
            out.append(frozenset(value - {v}) if v in value else frozenset(value | {v}))
    elif t.kind == "getal" and isinstance(value, int):
        out += [value - 1, value + 1]
    out += [c for c in candidates if c != value]
    unique = []
    for v in out:
        if v != value and v not in unique:
            unique.append(v)
    return unique


def waarom_niet(model: Model, inputs: dict[str, Any], target: str, max_changes: int = 3,
                output: str | None = None) -> tuple[str, list[Alternatief]]:
    """The smallest changes to the inputs that give `target` for an outcome, computed from the
    rules. Returns (the outcome's name, alternatives), fewest changes first."""
    outputs = [output] if output else [n for n in model.output_names
                                       if model.types[n].kind in ("keuze", "tekst", "janee")]
    interpreter = Interpreter(model)
    candidates = candidate_values(model)

    def outcome(case: dict[str, Any]) -> dict[str, Any] | None:
        for controle in model.regelset.controles:
            if evaluate_expr(controle.expr, case) is False:
                return None
        try:
            return interpreter.evaluate(case).waarden
        except (GeenBeslissing, OngeldigeInvoer):
            return None

    def hits(waarden: dict[str, Any]) -> str | None:
        for name in outputs:
            v = waarden.get(name)
            if v is not None and tekst(v) == target:
                return name
        return None

    relevant = ancestors(model, outputs)
    # The peildatum is not a fact of the case to change: the rules of another date are `regels verschil`.
    names = [d.name for d in model.regelset.invoer if d.name in relevant and d.name != "peildatum"]
    options = {n: _neighbours(model, n, inputs.get(n), candidates.get(n, [])) for n in names}
    found: list[Alternatief] = []
    target_name = output or ""
    frontier: list[tuple[tuple[str, Any], ...]] = [()]
    for depth in range(1, max_changes + 1):
        next_frontier = []
        for base in frontier:
            used = {n for n, _ in base}
            start = names.index(base[-1][0]) + 1 if base else 0
            for n in names[start:]:
                if n in used:
                    continue
                for v in options[n]:
                    change = base + ((n, v),)
                    case = dict(inputs)
                    case.update(dict(change))
                    waarden = outcome(case)
                    if waarden is None:
                        continue
                    hit = hits(waarden)
                    if hit:
                        target_name = hit
                        found.append(Alternatief(tuple((k, inputs.get(k), new) for k, new in change), waarden))
                    elif depth < max_changes:
                        next_frontier.append(change)
        if found:
            break
        frontier = next_frontier
    return target_name, found[:10]


def producible(model: Model, target: str) -> bool:
    """Can any table of the rules give this value at all?"""
    for table in model.tables():
        for row in table.as_beslistabel().rows:
            for cell in row.conclusions:
                if cell.kind == "tests" and cell.tests and cell.tests[0].value is not None \
                        and tekst(cell.tests[0].value.value) == target:
                    return True
                if cell.kind == "expr":
                    return True
    return False
