"""Python backend: a checked Model → generated/<regelset>.py through Jinja2 templates.

The module is readable, typed, standard library only (it imports generated/_runtime.py, a
verbatim copy of compiler/runtime.py) and deterministic. Every literal from a .regels file
reaches the code through repr(), so no text in a rule can become code.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .. import ast
from ..checks import Model, _may_be_none
from ..names import Namer, camel, constant
from ..runtime import Duur

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "python"
RUNTIME = Path(__file__).resolve().parent.parent / "runtime.py"

_PY_TYPES = {"janee": "bool", "getal": "int", "bedrag": "Decimal", "datum": "datetime.date", "duur": "Duur",
             "tekst": "str"}
_PLAIN_ARITH = {"getal", "bedrag"}
_FUNCTIONS = {"aantal": "aantal", "halverwege": "halverwege", "min": "kleinste", "max": "grootste"}


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True, undefined=StrictUndefined, autoescape=False)
    env.filters["py"] = repr
    env.filters["tuple"] = tuple
    return env


class ModuleWriter:
    """Turns one Model into the pieces the module template lays out."""

    def __init__(self, model: Model, sources: list[str]):
        self.model = model
        self.sources = sources
        self.names = Namer(reserved=("invoer", "resultaat", "beslissingen", "casus", "waarden"))
        self.classes = Namer(reserved=("Invoer", "Resultaat", "Beslissing", "Regel", "Duur", "Soort", "Enum",
                                       "Decimal", "Any"))
        self.enum_class = {name: self.classes(name, camel, "enum") for name in sorted(model.enums)}
        self.members: dict[tuple[str, str], str] = {}
        for name, k in model.enums.items():
            member_namer = Namer()
            for v in k.names:
                self.members[(name, v)] = member_namer(v, constant)
        self.var = {name: self.names(name) for name in self._all_names()}
        self.functions = Namer(reserved=tuple(self.var.values()) + ("beslis", "beslis_json", "lees_invoer"))

    def _all_names(self) -> list[str]:
        return [d.name for d in self.model.regelset.invoer] + self.model.output_names

    # -- types and literals
    def py_type(self, t: ast.Type, optional: bool = False) -> str:
        if t.kind == "keuze":
            base = self.enum_class[t.enum]
        elif t.kind == "verzameling":
            base = f"frozenset[{self.enum_class[t.enum]}]"
        elif t.kind == "lijst":
            base = f"tuple[{self.py_type(t.element())}, ...]"
        else:
            base = _PY_TYPES.get(t.kind, "Any")
        return f"{base} | None" if optional else base

    def value(self, value: Any, t: ast.Type | None) -> str:
        if value is None:
            return "None"
        if t is not None and t.kind in ("keuze", "verzameling", "lijst") and isinstance(value, str) \
                and (t.enum, value) in self.members:
            return f"{self.enum_class[t.enum]}.{self.members[(t.enum, value)]}"
        if isinstance(value, bool) or isinstance(value, int):
            return repr(value)
        if isinstance(value, Decimal):
            return f"Decimal({str(value)!r})"
        if isinstance(value, datetime.date):
            return f"datetime.date({value.year}, {value.month}, {value.day})"
        if isinstance(value, Duur):
            return f"Duur({value.maanden})"
        if isinstance(value, (tuple, frozenset)):
            inner = ", ".join(sorted(self.value(v, t) for v in value))
            return f"frozenset({{{inner}}})" if value else "frozenset()"
        return repr(str(value))

    def lit(self, lit: ast.Lit, t: ast.Type | None) -> str:
        return self.value(lit.value, t.element() if t is not None else None)

    def type_of(self, name: str) -> ast.Type:
        return self.model.types[name]

    def optional(self, name: str) -> bool:
        return name in self.model.optional

    # -- expressions
    def may_be_none(self, e: ast.Expr) -> bool:
        return _may_be_none(e, self.model.optional)

    def expr(self, e: ast.Expr, want: ast.Type | None = None) -> str:
        if isinstance(e, ast.ELit):
            return self.lit(e.lit, want)
        if isinstance(e, ast.EUnknown):
            return "None"
        if isinstance(e, ast.ERef):
            if e.name in self.var:
                return self.var[e.name]
            return self.value(e.name, want or self._enum_of_word(e.name))
        plain = not self.may_be_none(e)
        if isinstance(e, ast.ENot):
            inner = self.expr(e.operand)
            return f"(not {inner})" if plain else f"niet({inner})"
        if isinstance(e, ast.EIf):
            c, a, b = self.expr(e.condition), self.expr(e.then, want), self.expr(e.otherwise, want)
            return f"({a} if {c} else {b})" if plain else f"als({c}, {a}, {b})"
        if isinstance(e, ast.ECall):
            args = ", ".join(self.expr(a) for a in e.args)
            if plain and e.function == "aantal":
                return f"len({args})"
            return f"{_FUNCTIONS[e.function]}({args})"
        assert isinstance(e, ast.EBin)
        lt, rt = self._static_type(e.left), self._static_type(e.right)
        left = self.expr(e.left, rt if rt is not None and rt.kind == "keuze" else None)
        right = self.expr(e.right, lt if lt is not None and lt.kind in ("keuze", "verzameling") else None)
        if e.op in ("en", "of"):
            return f"({left} {'and' if e.op == 'en' else 'or'} {right})" if plain else f"{e.op}({left}, {right})"
        if e.op == "bevat":
            return f"({right} in {left})" if plain else f"bevat({left}, {right})"
        if e.op in ("+", "-", "*", "/"):
            kinds = {lt.kind if lt else None, rt.kind if rt else None}
            if plain and kinds <= _PLAIN_ARITH and e.op != "/":
                return f"({left} {e.op} {right})"
            return f"rekensom({e.op!r}, {left}, {right})"
        pyop = "==" if e.op == "=" else e.op
        return f"({left} {pyop} {right})" if plain else f"vergelijk({e.op!r}, {left}, {right})"

    def _static_type(self, e: ast.Expr) -> ast.Type | None:
        if isinstance(e, ast.ERef) and e.name in self.model.types:
            return self.model.types[e.name]
        if isinstance(e, ast.ELit) and e.lit.kind != "woord":
            return ast.Type(e.lit.kind)
        if isinstance(e, ast.ECall) and e.function == "aantal":
            return ast.Type("getal")
        if isinstance(e, ast.EBin) and e.op in ("+", "-", "*"):
            a, b = self._static_type(e.left), self._static_type(e.right)
            if a and b and a.kind in _PLAIN_ARITH and b.kind in _PLAIN_ARITH:
                return ast.Type("bedrag" if "bedrag" in (a.kind, b.kind) else "getal")
        if isinstance(e, ast.EIf):  # `als … dan 1 anders 0` is a getal: plain + instead of rekensom()
            a, b = self._static_type(e.then), self._static_type(e.otherwise)
            if a and b and a.kind == b.kind and a.kind in _PLAIN_ARITH:
                return a
        return None

    def _enum_of_word(self, word: str) -> ast.Type | None:
        owners = sorted(name for name, k in self.model.enums.items() if word in k.names)
        return ast.Type("keuze", owners[0]) if len(owners) == 1 else None

    # -- tables
    def condition(self, cell: ast.Cell, var: str, t: ast.Type, optional: bool) -> str | None:
        if cell.kind in ("any", "leeg", "anders"):
            return None
        parts = [self._test(test, var, t) for test in cell.tests]
        joined = parts[0] if len(parts) == 1 else "(" + " or ".join(parts) + ")"
        guard = optional and not any(test.op == "onbekend" for test in cell.tests)
        if cell.negated:
            return f"({var} is not None and not {joined})"
        return f"({var} is not None and {joined})" if guard else joined

    def _test(self, test: ast.Test, var: str, t: ast.Type) -> str:
        if test.op == "onbekend":
            return f"{var} is None"
        if test.op == "leeg":
            return f"len({var}) == 0"
        if test.op == "bevat":
            return f"{self.lit(test.value, t)} in {var}"
        v = self.lit(test.value, t)
        if t.kind == "janee" and test.op == "=":
            return f"{var} is {v}"
        if test.op == "tussen":
            return f"{v} <= {var} <= {self.lit(test.upper, t)}"
        return f"{var} {'==' if test.op == '=' else test.op} {v}"

    def conclusion(self, cell: ast.Cell, t: ast.Type) -> str:
        if cell.kind in ("any", "leeg"):
            return "None"
        if cell.kind == "expr":
            return self.expr(cell.expr, t)
        test = cell.tests[0]
        return "None" if test.op == "onbekend" else self.lit(test.value, t)

    def table(self, table: ast.Table) -> dict:
        bt = table.as_beslistabel()
        fn = self.functions(bt.name, kind="tabel", style=lambda n: "tabel_" + Namer()(n))
        params = [(self.var[c.name], self.py_type(self.type_of(c.name), self.optional(c.name)), c.name)
                  for c in bt.inputs]
        reads = sorted({self.var[n] for row in bt.rows for cell in row.conclusions if cell.expr is not None
                        for n in _refs(cell.expr) if n in self.var} - {p[0] for p in params})
        params += [(v, "Any", v) for v in reads]
        label = self.model.bron_label
        table_bron = tuple(label(b) for b in bt.bron)
        regels = [(row.number, row.span.line, tuple(label(b) for b in row.bron) or table_bron) for row in bt.rows]
        outputs = [(c.name, self.type_of(c.name)) for c in bt.outputs]
        rows = []
        for row in bt.rows:
            conds = [] if row.anders else [
                self.condition(cell, self.var[col.name], self.type_of(col.name), self.optional(col.name))
                for cell, col in zip(row.conditions, bt.inputs)
            ]
            conds = [c for c in conds if c is not None]
            values = [self.conclusion(cell, t) for cell, (_, t) in zip(row.conclusions, outputs)]
            rows.append({"number": row.number, "anders": row.anders, "condition": " and ".join(conds) or "True",
                         "values": values, "constant": [c.kind != "expr" for c in row.conclusions],
                         "tuple": _tuple(values), "text": " | ".join(c.text or "-" for c in row.conditions)})
        analysis = self.model.analyses.get(bt.name)
        chain = bt.hit == "eerste" or (bt.hit == "uniek" and analysis is not None
                                       and next(iter(analysis.overlaps()), None) is None)
        matrix = None
        if isinstance(table, ast.Kruistabel):
            matrix = [
                (_tuple([self.lit(lit, self.type_of(col.name)) for lit, col in zip(row.conditions_lits, bt.inputs)]),
                 row.number, row.value)
                for row in self._matrix_rows(table, bt)
            ]
        return {
            "name": bt.name, "function": fn, "hit": bt.hit, "params": params, "regels": regels, "rows": rows,
            "outputs": [n for n, _ in outputs], "output_types": [t for _, t in outputs], "chain": chain,
            "bron": ", ".join(table_bron), "matrix": matrix, "const": constant(fn),
            "anders": [r for r in rows if r["anders"]],
            "key": _tuple([p[0] for p in params]),
            "return_type": "Beslissing",
        }

    def _matrix_rows(self, kt: ast.Kruistabel, bt: ast.Beslistabel):
        out_t = self.type_of(kt.name)
        for row in bt.rows:
            lits = [cell.tests[0].value for cell in row.conditions]
            yield _MatrixRow(lits, row.number, self.conclusion(row.conclusions[0], out_t))

    # -- the module
    def context(self) -> dict:
        rs = self.model.regelset
        enums = [
            {"cls": self.enum_class[name], "name": name,
             "members": [(self.members[(name, v.name)], v.name, v.description) for v in self.model.enums[name].values]}
            for name in sorted(self.model.enums)
        ]
        inputs = []
        for d in rs.invoer:
            t = d.type
            s = self.model.soorten[d.name]
            soort = f"Soort({t.kind!r}, {tuple(s.waarden)!r}, {self.value(s.lo, t)}, {self.value(s.hi, t)}, {s.optioneel!r})"
            convert = self.var[d.name]
            src = f"waarden[{d.name!r}]"
            # Text → member through a dict (_<Klasse>_VAN_TEKST): Enum.__call__ is ten times slower.
            if t.kind == "keuze":
                convert = f"_{self.enum_class[t.enum]}_VAN_TEKST[{src}]" if not d.optional else \
                    f"None if {src} is None else _{self.enum_class[t.enum]}_VAN_TEKST[{src}]"
            elif t.kind == "verzameling":
                convert = f"frozenset([_{self.enum_class[t.enum]}_VAN_TEKST[v] for v in {src}])"
                if d.optional:  # an optional set may be onbekend
                    convert = f"None if {src} is None else {convert}"
            else:
                convert = src
            inputs.append({"name": d.name, "var": self.var[d.name], "type": self.py_type(t, d.optional),
                           "description": d.description, "soort": soort, "convert": convert})
        steps = []
        for step in self.model.order:
            if isinstance(step, ast.Derived):
                t = self.model.types[step.name]
                steps.append({"kind": "afgeleid", "var": self.var[step.name], "name": step.name,
                              "code": self.expr(step.expr, t), "description": step.description})
            else:
                info = self.table(step)
                steps.append({"kind": "tabel", **info,
                              "args": ", ".join(p[0] for p in info["params"]),
                              "assign": [(self.var[o], o) for o in info["outputs"]]})
        outputs = [(self.var[n], n, self.py_type(self.model.types[n], self.optional(n))) for n in
                   self.model.output_names]
        controles = [(c.message, self._controle_code(c.expr)) for c in rs.controles]
        from ..uitleg import templates

        uitleg = [(f"({name!r}, {row!r})", text) for (name, row), text in templates(self.model).items()]
        tabel_bron = [(t.name, ", ".join(self.model.bron_label(b) for b in t.bron)) for t in self.model.tables()]
        return {
            "uitleg": uitleg, "tabel_bron": tabel_bron,
            "sources": self.sources, "regelset": rs.header.name, "document": rs.header.document,
            "geldig_vanaf": self.value(rs.header.geldig_vanaf.value if rs.header.geldig_vanaf else None, None),
            "geldig_tot": self.value(rs.header.geldig_tot.value if rs.header.geldig_tot else None, None),
            "enums": enums, "inputs": inputs, "steps": steps, "outputs": outputs,
            "van_tekst": sorted({self.enum_class[d.type.enum] for d in rs.invoer
                                 if d.type.kind in ("keuze", "verzameling")}),
            "tables": [s for s in steps if s["kind"] == "tabel"], "controles": controles,
        }

    def _controle_code(self, e: ast.Expr) -> str:
        return self.expr(e)


class _MatrixRow:
    def __init__(self, lits, number, value):
        self.conditions_lits, self.number, self.value = lits, number, value


def _tuple(items: list[str]) -> str:
    return f"({items[0]},)" if len(items) == 1 else "(" + ", ".join(items) + ")"


def _children(e: ast.Expr) -> list[ast.Expr]:
    out = [getattr(e, a) for a in ("left", "right", "operand", "condition", "then", "otherwise")
           if getattr(e, a, None) is not None]
    return out + list(getattr(e, "args", ()))


def _refs(e: ast.Expr) -> set[str]:
    if isinstance(e, ast.ERef):
        return {e.name}
    out: set[str] = set()
    for c in _children(e):
        out |= _refs(c)
    return out


def generate(models: list[Model], project) -> dict[str, str]:
    env = _environment()
    files: dict[str, str] = {}
    runtime = RUNTIME.read_text(encoding="utf-8")
    files["generated/_runtime.py"] = (
        "# Gegenereerd door `regels bouw` uit compiler/runtime.py — niet met de hand bewerken.\n" + runtime
    )
    slugs = []
    for model in models:
        sources = list(model.regelset.files)
        writer = ModuleWriter(model, sources)
        module = Namer()(model.regelset.slug)
        slugs.append(module)
        files[f"generated/{module}.py"] = env.get_template("module.py.jinja").render(**writer.context())
    files["generated/__init__.py"] = env.get_template("init.py.jinja").render(modules=sorted(slugs))
    return files
