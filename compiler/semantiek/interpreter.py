"""Reference interpreter: evaluates a checked Model directly. It defines the semantics.

The generated Python must agree with it on every case (tests/test_differential.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from compiler import ast
from compiler.semantiek.runtime import (
    Beslissing, Geldigheid, OngeldigeInvoer, Regel, aantal, als, bevat, en, grootste, halverwege, kies, kleinste, lees_casus,
    met_peildatum, niet, of, rekensom, resultaat_json, vergelijk,
)



# -- Cell semantics

def test_matches(test: ast.Test, value: Any) -> bool:
    op = test.op
    if op == "onbekend":
        return value is None
    if value is None:
        return False
    if op == "leeg":
        return len(value) == 0
    if op == "bevat":
        return test.value.value in value
    v = lit_value(test.value)
    if op == "=":
        return value == v
    if op == "tussen":
        return v <= value <= lit_value(test.upper)
    if op == "<":
        return value < v
    if op == "<=":
        return value <= v
    if op == ">":
        return value > v
    if op == ">=":
        return value >= v
    raise ValueError(op)


def cell_matches(cell: ast.Cell, value: Any) -> bool:
    if cell.kind in ("any", "leeg", "anders"):
        return True
    hit = any(test_matches(t, value) for t in cell.tests)
    if cell.negated:
        # "niet X" is about a known value: an unknown value is not "niet X".
        return value is not None and not hit
    return hit


def lit_value(lit: ast.Lit) -> Any:
    return lit.value


# -- Expressions

_CALLS = {"aantal": aantal, "halverwege": halverwege, "min": kleinste, "max": grootste}


def evaluate_expr(expr: ast.Expr, env: dict[str, Any]) -> Any:
    if isinstance(expr, ast.ELit):
        return expr.lit.value
    if isinstance(expr, ast.ERef):
        # A bare word that is no value's name is an enumeration value (checked by checks.py).
        return env[expr.name] if expr.name in env else expr.name
    if isinstance(expr, ast.EUnknown):
        return None
    if isinstance(expr, ast.ENot):
        return niet(evaluate_expr(expr.operand, env))
    if isinstance(expr, ast.EIf):
        return als(evaluate_expr(expr.condition, env), evaluate_expr(expr.then, env),
                   evaluate_expr(expr.otherwise, env))
    if isinstance(expr, ast.ECall):
        return _CALLS[expr.function](*(evaluate_expr(a, env) for a in expr.args))
    if isinstance(expr, ast.EBin):
        a, b = evaluate_expr(expr.left, env), evaluate_expr(expr.right, env)
        if expr.op == "en":
            return en(a, b)
        if expr.op == "of":
            return of(a, b)
        if expr.op == "bevat":
            return bevat(a, b)
        if expr.op in ("+", "-", "*", "/"):
            return rekensom(expr.op, a, b)
        return vergelijk(expr.op, a, b)
    raise TypeError(type(expr).__name__)


# -- Tables

def _conclusion(cell: ast.Cell, env: dict[str, Any]) -> Any:
    if cell.kind in ("any", "leeg"):
        return None
    if cell.kind == "expr":
        return evaluate_expr(cell.expr, env)
    test = cell.tests[0]
    if test.op == "onbekend":
        return None
    return test.value.value


def evaluate_table(table: ast.Beslistabel, env: dict[str, Any], table_bron: tuple[str, ...],
                   matrix: bool = False, label=None) -> Beslissing:
    label = label or (lambda b: b.text)
    values = [env[c.name] for c in table.inputs]
    if matrix and any(v is None for v in values):
        # A matrix has no row for an unknown dimension: unknown in, unknown out.
        return Beslissing(table.name, {c.name: None for c in table.outputs}, ())
    matched = [row for row in table.rows
               if not row.anders and all(cell_matches(cell, v) for cell, v in zip(row.conditions, values))]
    if not matched:
        matched = [row for row in table.rows if row.anders]
    if table.hit == "eerste":
        matched = matched[:1]
    treffers = [
        (Regel(table.name, row.number, row.span.line, tuple(label(b) for b in row.bron) or table_bron),
         tuple(_conclusion(cell, env) for cell in row.conclusions))
        for row in matched
    ]
    return kies(table.name, table.hit, tuple(c.name for c in table.outputs), treffers,
                {c.name: v for c, v in zip(table.inputs, values)})


# -- A whole case

@dataclass
class Resultaat:
    waarden: dict[str, Any]
    beslissingen: list[Beslissing]

    def to_json(self, model) -> dict:
        return resultaat_json(model.regelset.header.name, self.waarden, model.output_names, self.beslissingen)


class Interpreter:
    def __init__(self, model) -> None:
        self.model = model

    def read_case(self, casus: Any, peildatum: Any = None) -> dict[str, Any]:
        """The case's values for the rules in force on the peildatum (runtime.met_peildatum)."""
        waarden = lees_casus(self.model.soorten, met_peildatum(casus, peildatum, geldigheid(self.model)))
        fouten = {}
        for number, controle in enumerate(self.model.regelset.controles, 1):
            if evaluate_expr(controle.expr, waarden) is False:
                fouten[f"controle {number}"] = controle.message
        if fouten:
            raise OngeldigeInvoer(fouten)
        return waarden

    def evaluate(self, inputs: dict[str, Any]) -> Resultaat:
        env = dict(inputs)
        beslissingen = []
        for step in self.model.order:
            if isinstance(step, ast.Derived):
                env[step.name] = evaluate_expr(step.expr, env)
            else:
                table = step.as_beslistabel()
                label = self.model.bron_label
                b = evaluate_table(table, env, tuple(label(x) for x in step.bron),
                                   isinstance(step, ast.Kruistabel), label)
                env.update(b.uitkomst)
                beslissingen.append(b)
        return Resultaat(env, beslissingen)

    def beslis(self, casus: Any, peildatum: Any = None) -> dict:
        return self.evaluate(self.read_case(casus, peildatum)).to_json(self.model)


def geldigheid(model) -> Geldigheid:
    """When the model's regelset applies, from its header; the same as GELDIGHEID in generated code."""
    h = model.regelset.header
    return Geldigheid(h.name, h.geldig_vanaf.value if h.geldig_vanaf else None,
                      h.geldig_tot.value if h.geldig_tot else None, h.vervangt,
                      any(d.name == "peildatum" for d in model.regelset.invoer))
