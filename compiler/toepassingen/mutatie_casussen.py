"""The mutation test for policy writers: only survivors a real case can reach, each with a
suggested voorbeeld whose values lie inside the declared domains.

A table's input columns are often derived values (aantal resultaatgebieden, basisarrangement);
a combination of them that the table analysis finds may be one no real case can give (0
resultaatgebieden with basisarrangement A1). So a survivor is shown only when a real case
tells the mutant from the table: the cases tried are the voorbeelden and each voorbeeld with
one input changed to another value of its declared domain, that passes the controles. That
case is the suggestion: ‘zoals voorbeeld “…”, maar via netwerk: huishouden’.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from compiler import ast
from compiler.semantiek.interpreter import Interpreter, evaluate_expr
from compiler.semantiek.runtime import Duur, GeenBeslissing, tekst
from compiler.semantiek.voorbeelden import inputs_of, run


@dataclass(frozen=True)
class Casus:
    voorbeeld: str               # the voorbeeld it starts from
    change: tuple[str, Any] | None  # (input, new value), or None for the voorbeeld itself
    inputs: dict[str, Any]
    waarden: dict[str, Any]      # every value after evaluation

    def suggestion(self) -> str:
        base = f"zoals voorbeeld “{_short(self.voorbeeld, 50)}”"
        if self.change is None:  # the voorbeeld's own case differs: it just does not expect that outcome
            return f"zet bij voorbeeld “{_short(self.voorbeeld, 50)}” ook deze uitkomst onder verwacht"
        name, value = self.change
        return f"{base}, maar {name}: {waarde_tekst(value)}"


def waarde_tekst(value: Any) -> str:
    """A value as a writer writes it after `naam:` in a voorbeeld."""
    if value is None:
        return "onbekend"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, frozenset):
        return ", ".join(sorted(map(str, value))) if value else "geen"
    return tekst(value)


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def domain_values(decl: ast.Decl, t: ast.Type, model, seen: set, edges: set) -> list[Any]:
    """Values of an input's declared domain worth trying: every keuzelijst value, ja and nee,
    the bounds, the values voorbeelden use and the edges of the tables' ranges — never
    anything outside the declared bounds."""
    values: list[Any] = []
    if t.kind == "keuze" and t.enum in model.enums:
        values = list(model.enums[t.enum].names)
    elif t.kind == "janee":
        values = [True, False]
    elif t.kind == "verzameling" and t.enum in model.enums:
        names = model.enums[t.enum].names
        values = [frozenset()] + [frozenset({n}) for n in names]
        for s in sorted((s for s in seen if isinstance(s, frozenset)), key=len, reverse=True)[:2]:
            values += [s | {n} for n in names if n not in s] + [s - {n} for n in s]
    elif t.kind in ("getal", "bedrag", "datum", "duur"):
        points = {v for v in seen | edges if v is not None}
        points |= {b.value for b in (t.lo, t.hi) if b is not None}
        values = sorted(v for v in points if (t.lo is None or v >= t.lo.value) and (t.hi is None or v <= t.hi.value))
    if decl.optional:
        values.append(None)
    return values


def cases(model, per_change: int = 4, limit: int = 5000) -> list[Casus]:
    """The voorbeelden, and each with one input changed within its domain; only valid cases."""
    interpreter = Interpreter(model)
    bases = []
    for v in model.regelset.voorbeelden:
        outcome = run(v, model)
        if outcome.resultaat is not None:
            bases.append((v.name, inputs_of(v, model)))
    seen: dict[str, set] = {}
    for _, inputs in bases:
        for name, value in inputs.items():
            seen.setdefault(name, set()).add(value)
    from compiler.toepassingen.mutatie import boundary_suggestions

    edges: dict[str, set] = {}
    for _, column, values in boundary_suggestions(model):
        edges.setdefault(column, set()).update(values)
    domains = {d.name: domain_values(d, model.types[d.name], model, seen.get(d.name, set()), edges.get(d.name, set()))
               for d in model.regelset.invoer}
    # Each voorbeeld as it is, then each change of one input on a few voorbeelden (spread over
    # all of them): a bounded search, a few thousand cases at most.
    changes = [(k, x) for k in domains for x in domains[k]]
    candidates = [(name, None, inputs) for name, inputs in bases]
    for p, (k, x) in enumerate(changes):
        picked = 0
        for j in range(len(bases)):
            name, inputs = bases[(p * 7 + j * 13) % len(bases)]
            if inputs.get(k) != x:
                candidates.append((name, (k, x), {**inputs, k: x}))
                picked += 1
                if picked == per_change:
                    break
    found: list[Casus] = []
    tried: set = set()
    for name, change, case in candidates[:limit]:
        key = tuple(sorted((k, repr(v)) for k, v in case.items()))
        if key in tried:
            continue
        tried.add(key)
        if any(evaluate_expr(c.expr, case) is False for c in model.regelset.controles):
            continue
        try:
            waarden = interpreter.evaluate(case).waarden
        except (GeenBeslissing, TypeError, ValueError, ArithmeticError):
            continue
        found.append(Casus(name, change, case, waarden))
    return found


def reaching_case(model, table: ast.Table, new_table: ast.Table, known: list[Casus]) -> Casus | None:
    """The first real case on which the mutated table decides otherwise, and the whole
    decision changes with it."""
    from compiler.toepassingen.mutatie import _decision, mutated_model

    clone = None
    for casus in known:
        if _decision(table, casus.waarden, model) == _decision(new_table, casus.waarden, model):
            continue
        clone = clone or Interpreter(mutated_model(model, table, new_table))
        try:
            other = clone.evaluate(casus.inputs).waarden
        except (GeenBeslissing, TypeError, ValueError, ArithmeticError):
            return casus  # the mutant gives no decision where the table gives one
        if any(tekst(other.get(k)) != tekst(v) for k, v in casus.waarden.items()):
            return casus
    return None


def survivor_line(fate, casus: Casus) -> str:
    """One short line: where, what the mutant changes, and the voorbeeld that would notice."""
    m = fate.mutant
    return (f"{m.span.file}:{m.span.line}: rij {m.row.number}, kolom “{m.column}”: "
            f"‘{_short(m.before, 24)}’ → ‘{_short(m.after, 24)}’ merkt geen voorbeeld; "
            f"{_advice(casus)}")


def feasible_boundaries(suggestions, known: list[Casus]) -> list[tuple[ast.Table, str, list[tuple[Any, Casus]]]]:
    """Boundary values no voorbeeld uses, kept only when a real case reaches them (with that case)."""
    out = []
    for table, column, values in suggestions:
        reached = []
        for value in values:
            casus = next((c for c in known if c.waarden.get(column) == value), None)
            if casus is not None:
                reached.append((value, casus))
        if reached:
            out.append((table, column, reached))
    return out


def _advice(casus: Casus) -> str:
    text = casus.suggestion()
    return text if casus.change is None else f"voeg toe: {text}"
