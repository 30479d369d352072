"""Voorbeelden as tests: turn a voorbeeld's `gegeven` into inputs, evaluate, compare `verwacht`.

Used by `regels test`, the pytest plugin (tests/conftest.py) and the docs' worked cases.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from typing import Any

from compiler import ast
from compiler.midden import tijd
from compiler.midden.model import Model
from compiler.semantiek.interpreter import Interpreter, Resultaat
from compiler.semantiek.runtime import GeenBeslissing, tekst


def assignment_value(a: ast.Assignment, t: ast.Type) -> Any:
    if a.kind == "onbekend":
        return None
    if t.kind == "verzameling":
        return frozenset(lit.value for lit in a.values)
    if t.kind == "lijst":
        return tuple(lit.value for lit in a.values)
    if a.kind == "geen":
        return frozenset()
    return a.values[0].value


def inputs_of(v: ast.Voorbeeld, model: Model, peildatum: datetime.date | None = None) -> dict[str, Any]:
    """The voorbeeld's inputs; the peildatum (its own, else the one given) only when a rule reads it."""
    inputs = {d.name: None for d in model.regelset.invoer}
    for a in v.gegeven:
        inputs[a.name] = assignment_value(a, model.types[a.name])
    if tijd.PEILDATUM in inputs:
        inputs[tijd.PEILDATUM] = v.peildatum.value if v.peildatum is not None else (
            peildatum or peildata(model)[-1])
    return inputs


def peildata(model: Model) -> list[datetime.date | None]:
    """The dates at which a voorbeeld without its own peildatum runs: every validity boundary (as ALEF
    runs a testset at every date), or [None] when no rule reads the peildatum."""
    if not any(d.name == tijd.PEILDATUM for d in model.regelset.invoer):
        return [None]
    return tijd.grenzen(model.regelset) or [None]


def case_json_of(v: ast.Voorbeeld, model: Model) -> dict[str, Any]:
    """The voorbeeld as a JSON case, as a case system would send it."""
    from compiler.semantiek.runtime import naar_json

    return {name: naar_json(value) for name, value in inputs_of(v, model).items() if value is not None}


@dataclass(frozen=True)
class Mismatch:
    name: str
    expected: str
    actual: str
    span: ast.Span


@dataclass(frozen=True)
class Outcome:
    voorbeeld: ast.Voorbeeld
    resultaat: Resultaat | None
    mismatches: tuple[Mismatch, ...]
    error: str = ""
    peildatum: datetime.date | None = None

    @property
    def ok(self) -> bool:
        return not self.mismatches and not self.error


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(actual, tuple):
        expected = expected if isinstance(expected, (tuple, frozenset)) else (expected,)
        return sorted(map(tekst, expected)) == sorted(map(tekst, actual))
    return expected == actual


def run(v: ast.Voorbeeld, model: Model, peildatum: datetime.date | None = None) -> Outcome:
    try:
        resultaat = Interpreter(model).evaluate(inputs_of(v, model, peildatum))
    except GeenBeslissing as e:
        return Outcome(v, None, (), str(e), peildatum)
    mismatches = []
    for a in v.verwacht:
        t = model.types[a.name]
        expected = assignment_value(a, t)
        actual = resultaat.waarden.get(a.name)
        if not _same(expected, actual):
            mismatches.append(Mismatch(a.name, tekst(expected), tekst(actual), a.span))
    return Outcome(v, resultaat, tuple(mismatches), "", peildatum)


def run_through_time(v: ast.Voorbeeld, model: Model) -> Outcome:
    """At its own peildatum, or at every boundary: the first failure says in which periods it does hold;
    when all pass, the outcome under the newest rules."""
    if v.peildatum is not None:
        return run(v, model, v.peildatum.value)
    dates = peildata(model)
    outcomes = [run(v, model, d) for d in dates]
    failing = [o for o in outcomes if not o.ok]
    if not failing or len(dates) == 1:
        return failing[0] if failing else outcomes[-1]
    geldt = [tekst(o.peildatum) for o in outcomes if o.ok]
    waar = (f"het klopt wel op {', '.join(geldt)}" if geldt else "het klopt op geen enkele grens")
    first = failing[0]
    return replace(first, error=(first.error + " " if first.error else "") +
                   f"dit voorbeeld klopt niet op peildatum {tekst(first.peildatum)} ({waar}); "
                   "geldt het voor één periode, zet dan ‘peildatum …’ bij het voorbeeld")


def run_all(model: Model) -> list[Outcome]:
    return [run_through_time(v, model) for v in model.regelset.voorbeelden]


def failure_lines(outcome: Outcome) -> list[str]:
    """How `regels test` and `regels bouw` report a failing voorbeeld: file:line, then each difference."""
    v = outcome.voorbeeld
    lines = [f"{v.span}: voorbeeld “{v.name}” faalt"]
    if outcome.error:
        lines.append(f"  {outcome.error}")
    for m in outcome.mismatches:
        lines.append(f"  {m.span}: {m.name}: verwacht {m.expected}, maar de regels geven {m.actual}")
    return lines
