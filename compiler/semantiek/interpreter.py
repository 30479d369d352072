"""Reference interpreter: a checked Model's decision IR and a case → every value, and per table the rows that fired.

The meaning of a table comes from the runtime (voldoet, hitregel); the generated Python must agree
with this interpreter on every case (tests/test_python_backend.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from compiler import ast, ir
from compiler.midden.lower import lower
from compiler.semantiek.runtime import (
    Beslissing, Geldigheid, OngeldigeInvoer, Regel, aantal, als, bevat, en, grootste, halverwege, hitregel,
    kleinste, lees_casus, met_peildatum, niet, of, rekensom, resultaat_json, som_van, kleinste_van, grootste_van,
    vergelijk, voldoet,
)



# -- Expressions

_CALLS = {"aantal": aantal, "halverwege": halverwege, "min": kleinste, "max": grootste,
          "som": som_van, "kleinste": kleinste_van, "grootste": grootste_van}


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


# -- Tables: the decision IR, with the meaning from the runtime (voldoet, hitregel)

def _uitkomst(u: ir.Uitkomst, env: dict[str, Any]) -> Any:
    return evaluate_expr(u.expr, env) if u.expr is not None else u.value


def evaluate_table(tabel: ir.Tabel, env: dict[str, Any]) -> Beslissing:
    values = [env[c.name] for c in tabel.inputs]
    regels = {r.number: Regel(tabel.name, r.number, r.line, r.bron) for r in tabel.rows}
    if tabel.onbekend_in_onbekend_uit and any(v is None for v in values):
        return Beslissing(tabel.name, {c.name: None for c in tabel.outputs}, ())
    matched = [r for r in tabel.rows
               if not r.anders and all(voldoet(c, v) for c, v in zip(r.voorwaarden, values))]
    if not matched:
        matched = [r for r in tabel.rows if r.anders]
    if tabel.hit == "eerste":
        matched = matched[:1]  # the rest need not be computed
    treffers = [(r.number, tuple(_uitkomst(u, env) for u in r.uitkomsten)) for r in matched]
    rijen, uitkomst = hitregel(tabel.name, tabel.hit, treffers, {c.name: v for c, v in zip(tabel.inputs, values)},
                              len(tabel.outputs))
    return Beslissing(tabel.name, dict(zip((c.name for c in tabel.outputs), uitkomst)),
                      tuple(regels[n] for n in rijen))


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
        self.ir = model.beslissingen if model.beslissingen is not None else lower(model)

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
        for stap in self.ir.stappen:
            if isinstance(stap, ir.Berekening):
                env[stap.name] = evaluate_expr(stap.expr, env)
            else:
                b = evaluate_table(stap, env)
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
