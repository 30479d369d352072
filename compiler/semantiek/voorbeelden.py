"""Voorbeelden as tests: turn a voorbeeld's `gegeven` into inputs, evaluate, compare `verwacht`.

Used by `regels test`, the pytest plugin (tests/conftest.py) and the docs' worked cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from compiler import ast
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


def inputs_of(v: ast.Voorbeeld, model: Model) -> dict[str, Any]:
    inputs = {d.name: None for d in model.regelset.invoer}
    for a in v.gegeven:
        inputs[a.name] = assignment_value(a, model.types[a.name])
    return inputs


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

    @property
    def ok(self) -> bool:
        return not self.mismatches and not self.error


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(actual, tuple):
        expected = expected if isinstance(expected, (tuple, frozenset)) else (expected,)
        return sorted(map(tekst, expected)) == sorted(map(tekst, actual))
    return expected == actual


def run(v: ast.Voorbeeld, model: Model) -> Outcome:
    try:
        resultaat = Interpreter(model).evaluate(inputs_of(v, model))
    except GeenBeslissing as e:
        return Outcome(v, None, (), str(e))
    mismatches = []
    for a in v.verwacht:
        t = model.types[a.name]
        expected = assignment_value(a, t)
        actual = resultaat.waarden.get(a.name)
        if not _same(expected, actual):
            mismatches.append(Mismatch(a.name, tekst(expected), tekst(actual), a.span))
    return Outcome(v, resultaat, tuple(mismatches))


def run_all(model: Model) -> list[Outcome]:
    return [run(v, model) for v in model.regelset.voorbeelden]


def failure_lines(outcome: Outcome) -> list[str]:
    """How `regels test` and `regels bouw` report a failing voorbeeld: file:line, then each difference."""
    v = outcome.voorbeeld
    lines = [f"{v.span}: voorbeeld “{v.name}” faalt"]
    if outcome.error:
        lines.append(f"  {outcome.error}")
    for m in outcome.mismatches:
        lines.append(f"  {m.span}: {m.name}: verwacht {m.expected}, maar de regels geven {m.actual}")
    return lines
