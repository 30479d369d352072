"""Python backend: the decision IR of a checked Model → generated/<regelset>.py through Jinja2 templates.

Each table is emitted once, inside one decision function that records the row that fired; the
trace (Beslissing per table) is built from those row numbers only when asked. The module is
readable, typed, deterministic and imports only the standard library and the one runtime,
compiler/semantiek/runtime.py (itself standard library only). Every literal from a .regels file
reaches the code through repr(), so no text in a rule can become code.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from compiler import ast, ir
from compiler.midden.lower import lower
from compiler.midden.model import Model, may_be_none
from compiler.backends.python.names import Namer, camel, constant
from compiler.semantiek.runtime import MAX_CIJFERS, Duur

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "python"

_PY_TYPES = {"janee": "bool", "getal": "int", "bedrag": "Decimal", "datum": "datetime.date", "duur": "Duur",
             "tekst": "str"}
_PLAIN_ARITH = {"getal", "bedrag"}
_FUNCTIONS = {"aantal": "aantal", "halverwege": "halverwege", "min": "kleinste", "max": "grootste",
              "som": "som_van", "kleinste": "kleinste_van", "grootste": "grootste_van"}
# Functions that give onbekend as soon as one argument is onbekend (see compiler/semantiek/runtime.py).
_STRICT_FUNCTIONS = {"aantal", "halverwege", "min", "max"}


def soort_van(t: ast.Type) -> str:
    """The soort of a value as the runtime converts it: its kind, for a lijst with its element's."""
    return f"lijst van {t.element().kind}" if t.kind == "lijst" else t.kind


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True, undefined=StrictUndefined, autoescape=False)
    env.filters["py"] = repr
    env.filters["tuple"] = tuple
    env.filters["pytuple"] = _tuple
    env.filters["add_is_none"] = lambda var: f"{var} is None"
    env.filters["wrap"] = _wrap
    env.filters["comment"] = _comment
    env.filters["doc"] = lambda text: repr(text).replace('"', '\\"')  # inside a """docstring"""
    return env


class ModuleWriter:
    """Turns one Model into the pieces the module template lays out."""

    def __init__(self, model: Model, sources: list[str]):
        self.model = model
        self.beslissingen = model.beslissingen if model.beslissingen is not None else lower(model)
        self.sources = sources
        self.names = Namer(reserved=("invoer", "resultaat", "beslissingen", "casus", "waarden", "maak_invoer",
                                     "lees_veld", "lees_leden", "lees_duur", "plus_duur", "datetime", "Decimal",
                                     "controleer", "uitkomsten_waarden", "rijen", "spoor", "hitregel",
                                     "treffers", "TABELLEN", "uitkomsten", "count", "index"))
        self.classes = Namer(reserved=("Invoer", "Resultaat", "Beslissing", "Regel", "Duur", "Soort", "Enum",
                                       "Decimal", "Any"))
        self.enum_class = {name: self.classes(name, camel, "enum") for name in sorted(model.enums)}
        self.members: dict[tuple[str, str], str] = {}
        for name, k in model.enums.items():
            member_namer = Namer()
            for v in k.names:
                self.members[(name, v)] = member_namer(v, constant)
        self.var = {name: self.names(name) for name in self._all_names()}
        # Literals (keuzelijstwaarden, datums, duren, bedragen) become module-level names: an Enum
        # member as Klasse.LID costs a slow class lookup at every use, a global name one dict lookup.
        self.constants: dict[str, str] = {}
        self.constant_names = Namer(reserved=tuple(f"_{c}_VAN_TEKST" for c in self.enum_class.values()))
        self.assumed: frozenset[str] = frozenset()  # names known not to be onbekend (inside a None-guard)

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

    def value(self, value: Any, t: ast.Type | None, hoist: bool = True) -> str:
        if value is None:
            return "None"
        if t is not None and t.kind in ("keuze", "verzameling", "lijst") and isinstance(value, str) \
                and (t.enum, value) in self.members:
            cls, member = self.enum_class[t.enum], self.members[(t.enum, value)]
            return self._constant(f"{cls}.{member}", f"_{cls}_{member}", hoist)
        if isinstance(value, bool) or isinstance(value, int):
            return repr(value)
        if isinstance(value, Decimal):
            text = str(value)
            name = "_BEDRAG_" + ("MIN_" if text.startswith("-") else "") + re.sub(r"[^0-9A-Za-z]+", "_", text.lstrip("-"))
            return self._constant(f"Decimal({text!r})", name, hoist)
        if isinstance(value, datetime.date):
            return self._constant(f"datetime.date({value.year}, {value.month}, {value.day})",
                                  f"_DATUM_{value.year:04d}_{value.month:02d}_{value.day:02d}", hoist)
        if isinstance(value, Duur):
            name = f"_DUUR_{value.maanden}" if value.maanden >= 0 else f"_DUUR_MIN_{-value.maanden}"
            return self._constant(f"Duur({value.maanden})", name, hoist)
        if isinstance(value, (tuple, frozenset)):
            inner = ", ".join(sorted(self.value(v, t, hoist) for v in value))
            return f"frozenset({{{inner}}})" if value else "frozenset()"
        return repr(str(value))

    def _constant(self, code: str, name: str, hoist: bool) -> str:
        if not hoist:
            return code
        if code not in self.constants:
            self.constants[code] = self.constant_names(name, style=str)
        return self.constants[code]

    def lit(self, lit: ast.Lit, t: ast.Type | None) -> str:
        return self.value(lit.value, t.element() if t is not None else None)

    def type_of(self, name: str) -> ast.Type:
        return self.model.types[name]

    def optional(self, name: str) -> bool:
        return name in self.model.optional

    # -- expressions
    def _optional(self) -> set[str]:
        return self.model.optional - self.assumed if self.assumed else self.model.optional

    def may_be_none(self, e: ast.Expr) -> bool:
        return may_be_none(e, self._optional())

    def expr(self, e: ast.Expr, want: ast.Type | None = None) -> str:
        """An expression as Python. One that is onbekend exactly when one of the values it reads is
        (a sum of `als … dan 1 anders 0` over an optional set, say) becomes a single None-check
        around plain Python, instead of a runtime helper call for every operator."""
        optional = self._optional()
        if not isinstance(e, (ast.ERef, ast.ELit, ast.EUnknown)) and may_be_none(e, optional) \
                and _strict(e, optional):
            names = sorted({n for n in ast.expr_refs(e) if n in optional and n in self.var})
            if names:
                saved, self.assumed = self.assumed, self.assumed | frozenset(names)
                try:
                    plain = self._expr(e, want)
                finally:
                    self.assumed = saved
                return f"(None if {' or '.join(f'{self.var[n]} is None' for n in names)} else {plain})"
        return self._expr(e, want)

    def _expr(self, e: ast.Expr, want: ast.Type | None = None) -> str:
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
            if plain and kinds == {"verzameling"} and e.op in ("+", "-"):  # union and difference
                return f"({left} {'|' if e.op == '+' else '-'} {right})"
            if plain and e.op == "+" and lt is not None and rt is not None and (lt.kind, rt.kind) == ("datum", "duur"):
                return f"plus_duur({left}, {right})"
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
            if a and b and a.kind == b.kind == "verzameling" and e.op in ("+", "-"):
                return a
        if isinstance(e, ast.EIf):  # `als … dan 1 anders 0` is a getal: plain + instead of rekensom()
            a, b = self._static_type(e.then), self._static_type(e.otherwise)
            if a and b and a.kind == b.kind and a.kind in _PLAIN_ARITH:
                return a
        return None

    def _enum_of_word(self, word: str) -> ast.Type | None:
        owners = sorted(name for name, k in self.model.enums.items() if word in k.names)
        return ast.Type("keuze", owners[0]) if len(owners) == 1 else None

    # -- tables: each once, from the IR
    def condition(self, v: ir.Voorwaarde | None, kolom: ir.Kolom) -> str | None:
        """A condition cell as a Python test on the column's variable; None for `-` (always true).
        The meaning is runtime.voldoet's: onbekend meets only `onbekend`, and "niet X" needs a known value."""
        if v is None:
            return None
        var, t = self.var[kolom.name], kolom.type
        parts = [self._test(test, var, t) for test in v.tests]
        joined = parts[0] if len(parts) == 1 else "(" + " or ".join(parts) + ")"
        # `x == waarde` is already False for None, and `onbekend` tests None itself: no guard needed.
        guard = kolom.optional and not any(test.op == "onbekend" for test in v.tests) \
            and not all(test.op == "=" for test in v.tests)
        if v.negated:
            return f"({var} is not None and not {joined})"
        return f"({var} is not None and {joined})" if guard else joined

    def _test(self, test: ir.Test, var: str, t: ast.Type) -> str:
        if test.op == "onbekend":
            return f"{var} is None"
        if test.op == "leeg":
            return f"len({var}) == 0"
        value = self.value(test.value, t.element())
        if test.op == "bevat":
            return f"{value} in {var}"
        if t.kind == "janee" and test.op == "=":
            return f"{var} is {value}"
        if test.op == "tussen":
            return f"{value} <= {var} <= {self.value(test.upper, t.element())}"
        return f"{var} {'==' if test.op == '=' else test.op} {value}"

    def outcome(self, u: ir.Uitkomst, t: ast.Type) -> str:
        return self.expr(u.expr, t) if u.expr is not None else self.value(u.value, t.element())

    def table(self, tabel: ir.Tabel) -> dict:
        """What the template needs to write one table into the decision function."""
        rows = []
        for r in tabel.rows_in_order:
            conds = [c for c in (self.condition(v, k) for v, k in zip(r.voorwaarden, tabel.inputs)) if c is not None]
            rows.append({"number": r.number, "anders": r.anders, "condition": " and ".join(conds) or "True",
                         "values": [self.outcome(u, k.type) for u, k in zip(r.uitkomsten, tabel.outputs)],
                         "fixed": [u.expr is None for u in r.uitkomsten],
                         "text": _comment(r.text)})
        targets = [self.var[k.name] for k in tabel.outputs]
        rij = self.names("rij " + tabel.name)
        for r in rows:  # `rij_x, x = 3, WAARDE`: as many on a line as fit
            r["assign"] = _assignments([rij, *targets], [str(r["number"]), *r["values"]])
        const = self.constant_names(tabel.name, style=lambda n: "TABEL_" + constant(Namer()(n)))
        # A matrix is one dict lookup only when no two cells share a key (the analysis proved the rows
        # exclusive): a repeated row would otherwise keep only its last row in the trace.
        if tabel.onbekend_in_onbekend_uit and tabel.exclusief and len(targets) == 1 \
                and all(u.expr is None for r in tabel.rows for u in r.uitkomsten):
            shape = "matrix"
        elif tabel.hit == "eerste" or tabel.exclusief:
            shape = "keten"
        else:
            shape = tabel.hit if tabel.hit == "verzamel" else "hitregel"
        matrix = [(_tuple([self.value(t.value, k.type) for t, k in zip(self._equals(r), tabel.inputs)]),
                   r.number, self.outcome(r.uitkomsten[0], tabel.outputs[0].type))
                  for r in tabel.rows] if shape == "matrix" else None
        return {
            "name": tabel.name, "hit": tabel.hit, "shape": shape, "rows": rows, "targets": targets,
            "rij": rij, "const": const, "matrix": matrix,
            "inputs": [self.var[k.name] for k in tabel.inputs], "input_names": [k.name for k in tabel.inputs],
            "onbekend": tabel.onbekend_in_onbekend_uit, "bron": ", ".join(tabel.bron),
            "verzamel": _verzamel(tabel.name, rows, [f"_lijst_{t}" for t in targets], rij)
            if shape == "verzamel" else [],
            # A verzamel table fills a list per outcome, which becomes the outcome's tuple; the other
            # shapes assign their outcomes in branches, so each is declared first (for a type checker).
            "lijsten": [(f"_lijst_{t}", t, self.py_type(k.type.element())) for t, k in zip(targets, tabel.outputs)],
            "declaraties": [(rij, "int | None" if shape in ("keten", "matrix") else "Any"),
                            *((t, self.py_type(self.model.types[k.name], True))
                              for t, k in zip(targets, tabel.outputs))],
            "bron_tuple": tabel.bron,
            "spoor_rijen": [f"({r.line},)" if r.bron == tabel.bron else f"({r.line}, {r.bron!r})"
                            for r in sorted(tabel.rows, key=lambda r: r.number)],
            "outputs": [k.name for k in tabel.outputs],
        }

    @staticmethod
    def _equals(r: ir.Rij) -> list[ir.Test]:
        return [v.tests[0] for v in r.voorwaarden]

    # -- the module
    def _aggregations(self) -> list[str]:
        """The runtime helpers for som/kleinste/grootste this regelset uses (imported only then)."""
        used = {e.function for d in self.model.regelset.afgeleid for e in _calls(d.expr)}
        used |= {e.function for t in self.model.tables() for r in t.rows for c in r.conclusions
                 if c.expr is not None for e in _calls(c.expr)}
        return sorted(_FUNCTIONS[f] for f in used & {"som", "kleinste", "grootste"})

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
                           "description": d.description, "soort": soort, "convert": convert,
                           "snel": self._fast_read(d),
                           "van_tekst": f"_{self.enum_class[t.enum]}_VAN_TEKST"
                           if t.kind in ("keuze", "verzameling") else None})
        steps = []
        for stap in self.beslissingen.stappen:
            if isinstance(stap, ir.Berekening):
                steps.append({"kind": "afgeleid", "var": self.var[stap.name], "name": stap.name,
                              "code": self.expr(stap.expr, stap.type)})
            else:
                steps.append({"kind": "tabel", **self.table(stap)})
        outputs = [(self.var[n], n, self.py_type(self.model.types[n], self.optional(n))) for n in
                   self.model.output_names]
        controles = [(c.message, self._controle_code(c.expr)) for c in rs.controles]
        from compiler.semantiek.uitleg import templates

        alle = templates(self.model)
        # A row's sentence only where it differs from the table's (row None), which stands for the rest.
        uitleg = [(f"({name!r}, {row!r})", text) for (name, row), text in alle.items()
                  if row is None or text != alle[(name, None)]]
        from compiler.semantiek.route import rang

        route = sorted(rang(self.model).items(), key=lambda kv: kv[1])
        route = [(name, i) for i, (name, _) in enumerate(route)]
        verzamel = sorted(t.name for t in self.model.tables() if t.hit == "verzamel")
        return {
            "aggregaties": self._aggregations(), "uitleg": uitleg, "route": route, "verzamel": verzamel,
            "sources": self.sources, "regelset": rs.header.name, "document": rs.header.document,
            "geldig_vanaf": self.value(rs.header.geldig_vanaf.value if rs.header.geldig_vanaf else None, None, False),
            "geldig_tot": self.value(rs.header.geldig_tot.value if rs.header.geldig_tot else None, None, False),
            "vervangt": rs.header.vervangt, "peildatum_gebruikt": any(d.name == "peildatum" for d in rs.invoer),
            "constants": sorted((name, code) for code, name in self.constants.items()),
            "enums": enums, "inputs": inputs, "steps": steps, "outputs": outputs,
            "van_tekst": sorted({self.enum_class[d.type.enum] for d in rs.invoer
                                 if d.type.kind in ("keuze", "verzameling")}),
            "tables": [s for s in steps if s["kind"] == "tabel"], "controles": controles,
            "berekend_verzameld": any(line.startswith("_v = ") for s in steps if s["kind"] == "tabel"
                                      for line in (x.strip() for x in s["verzamel"])),
            "rij_vars": [s["rij"] for s in steps if s["kind"] == "tabel"],
            "input_vars": [i["var"] for i in inputs], "input_params": [f"{i['var']}: {i['type']}" for i in inputs],
            "output_vars": [o[0] for o in outputs], "output_names": [repr(o[1]) for o in outputs],
            "output_soorten": [repr(soort_van(self.model.types[n])) for n in self.model.output_names],
        }

    def _controle_code(self, e: ast.Expr) -> str:
        return self.expr(e)

    def _fast_read(self, d: ast.Decl) -> list[str]:
        """One field of lees_invoer's fast path: lines that read `casus` into the field's variable, or
        raise (KeyError, TypeError, ValueError) at anything unusual, which sends the whole case to
        lees_casus. They accept exactly what lees_waarde accepts in its plainest JSON form, and give
        the same value; everything else (a number as text, "ja" for true, an error) takes the long way."""
        v, key, t = self.var[d.name], repr(d.name), d.type
        s = self.model.soorten[d.name]
        lo, hi = self.value(s.lo, t), self.value(s.hi, t)
        get = f"casus.get({key})" if d.optional else f"casus[{key}]"
        k = t.kind
        if k == "keuze" and not d.optional:
            return [f"{v} = _{self.enum_class[t.enum]}_VAN_TEKST[{get}]"]
        if k == "verzameling" and not d.optional:
            return [f"{v} = lees_leden({get}, _{self.enum_class[t.enum]}_VAN_TEKST)"]
        if k == "duur" and not d.optional and s.lo is None and s.hi is None:
            return [f"{v} = lees_duur({get})"]
        body: list[str] = []  # what to do with a value that is there (not None)
        bad: list[str] = []  # conditions under which the value is not taken as it is
        if k == "keuze":
            body = [f"{v} = _{self.enum_class[t.enum]}_VAN_TEKST[{v}]"]
        elif k == "verzameling":
            body = [f"{v} = lees_leden({v}, _{self.enum_class[t.enum]}_VAN_TEKST)"]
        elif k == "janee":
            body = [f"if {v} is not True and {v} is not False:", "    raise ValueError"]
        elif k in ("getal", "tekst"):
            bad = [f"type({v}) is not {'int' if k == 'getal' else 'str'}"]
            if k == "getal":  # a number too long for lees_waarde takes the long way, to its message
                bad.append(f"not {-10 ** MAX_CIJFERS} < {v} < {10 ** MAX_CIJFERS}")
        elif k == "datum":
            body = [f"{v} = lees_datum({v})"]  # only JJJJ-MM-DD, inside the supported years
        elif k == "bedrag":
            body = [f"{v} = lees_bedrag({v})"]  # text or a whole number, as lees_waarde reads it
        elif k == "duur":
            body = [f"{v} = lees_duur({v})"]
        else:
            return [f"{v} = lees_veld({key}, {get})"]
        if k not in ("keuze", "verzameling", "janee"):
            if s.lo is not None:
                bad.append(f"{v} < {lo}")
            if s.hi is not None:
                bad.append(f"{v} > {hi}")
            if bad:
                body += [f"if {' or '.join(bad)}:", "    raise ValueError"]
        if not d.optional:
            return [f"{v} = {get}"] + body
        return [f"{v} = {get}", f"if {v} is not None:"] + ["    " + line for line in body]


def _verzamel(name: str, rows: list[dict], targets: list[str], rij: str) -> list[str]:
    """A verzamel table as lines of Python that fill one list per outcome (`targets`) and the list
    of rows that fired (`rij`), in row order; the anders row fires when no other row did.

    Consecutive rows with the same condition share one `if` and add their fixed values in one go
    (the §3.4 task list: 19 rows, one condition)."""
    groups: list[list[dict]] = []
    for r in rows:
        if r["anders"]:
            continue
        if groups and groups[-1][-1]["condition"] == r["condition"] and groups[-1][-1]["number"] + 1 == r["number"]:
            groups[-1].append(r)
        else:
            groups.append([r])
    lines: list[str] = []
    for group in groups:
        first, last = group[0]["number"], group[-1]["number"]
        where = f"rij {first}" if first == last else f"rijen {first}–{last}"
        lines.append(f"if {group[0]['condition']}:  # {where}")
        lines.append(f"    {rij}.append({first})" if first == last else f"    {rij} += {tuple(range(first, last + 1))!r}")
        lines += ["    " + line for line in _collect(group, targets)]
    for r in [r for r in rows if r["anders"]][:1]:
        lines.append(f"if not {rij}:  # rij {r['number']} (anders)")
        lines.append(f"    {rij}.append({r['number']})")
        lines += ["    " + line for line in _collect([r], targets)]
    return lines


def _collect(group: list[dict], targets: list[str]) -> list[str]:
    """Add each row's values to the outcome lists; a computed value only when it is known (not None)."""
    lines: list[str] = []
    for i, target in enumerate(targets):
        pending: list[str] = []  # fixed values, added together
        for r in group:
            value = r["values"][i]
            if r["fixed"][i]:
                if value != "None":
                    pending.append(value)
            else:
                lines += _add(target, pending)
                pending = []
                lines += [f"_v = {value}", "if _v is not None:", f"    {target}.append(_v)"]
        lines += _add(target, pending)
    return lines


def _add(target: str, values: list[str]) -> list[str]:
    if len(values) == 1:
        return [f"{target}.append({values[0]})"]
    if values:
        return [f"{target} += ("] + ["    " + line for line in _wrap(values, 16).split("\n" + " " * 16)] + [")"]
    return []


def _assignments(names: list[str], values: list[str], width: int = 100) -> list[str]:
    """`a, b = 1, 2` lines, each with as many consecutive assignments as fit in `width`."""
    lines: list[tuple[list[str], list[str]]] = []
    for n, v in zip(names, values):
        if lines:
            ns, vs = lines[-1]
            if len(", ".join(ns + [n])) + 3 + len(", ".join(vs + [v])) <= width:
                ns.append(n)
                vs.append(v)
                continue
        lines.append(([n], [v]))
    return [f"{', '.join(ns)} = {', '.join(vs)}" for ns, vs in lines]


def _strict(e: ast.Expr, optional: set[str]) -> bool:
    """Whether `e` is onbekend whenever a value it reads is: then one None-check decides it.

    `en`/`of` are not (nee en onbekend = nee), nor an `als` whose branches may be onbekend."""
    if not may_be_none(e, optional) or isinstance(e, (ast.ERef, ast.ELit)):
        return True
    if isinstance(e, ast.EUnknown):
        return False
    if isinstance(e, ast.ENot):
        return _strict(e.operand, optional)
    if isinstance(e, ast.ECall):
        return e.function in _STRICT_FUNCTIONS and all(_strict(a, optional) for a in e.args)
    if isinstance(e, ast.EIf):
        return _strict(e.condition, optional) and not may_be_none(e.then, optional) \
            and not may_be_none(e.otherwise, optional)
    if isinstance(e, ast.EBin):
        return e.op not in ("en", "of") and _strict(e.left, optional) and _strict(e.right, optional)
    return False


_LINE_BREAKS = str.maketrans({c: " " for c in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})


def _comment(text: str) -> str:
    """Text for a # comment: one line. Line breaks become spaces; every other character that is not
    printable (NUL, a bidi control, an escape sequence) becomes its escape, so the file neither
    breaks nor reads differently than it runs; and no file name makes line 1 a coding declaration."""
    text = str(text).translate(_LINE_BREAKS)
    text = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)
    return _CODING.sub(r"\1 \2", text)


_CODING = re.compile(r"(coding)([:=])")  # PEP 263


def _wrap(items: list[str], indent: int, width: int = 110) -> str:
    """Items separated by commas (each followed by one), as few lines as fit in `width`."""
    lines, line = [], ""
    for item in items:
        piece = item + ","
        if line and indent + len(line) + 1 + len(piece) > width:
            lines.append(line)
            line = piece
        else:
            line = f"{line} {piece}" if line else piece
    if line:
        lines.append(line)
    return ("\n" + " " * indent).join(lines)


def _tuple(items: list[str]) -> str:
    return f"({items[0]},)" if len(items) == 1 else "(" + ", ".join(items) + ")"


def generate(models: list[Model], project) -> dict[str, str]:
    env = _environment()
    files: dict[str, str] = {}
    slugs = []
    for model in models:
        sources = list(model.regelset.files)
        writer = ModuleWriter(model, sources)
        module = Namer()(model.regelset.slug)
        slugs.append(module)
        files[f"generated/{module}.py"] = env.get_template("module.py.jinja").render(**writer.context())
    files["generated/__init__.py"] = env.get_template("init.py.jinja").render(modules=sorted(slugs))
    return files


def _calls(e: ast.Expr):
    """Every function call in an expression."""
    if isinstance(e, ast.ECall):
        yield e
        for a in e.args:
            yield from _calls(a)
    elif isinstance(e, ast.EBin):
        yield from _calls(e.left)
        yield from _calls(e.right)
    elif isinstance(e, ast.ENot):
        yield from _calls(e.operand)
    elif isinstance(e, ast.EIf):
        for x in (e.condition, e.then, e.otherwise):
            yield from _calls(x)
