"""`regels export --dmn`: a checked regelset as one DMN 1.5 XML file.

Every beslistabel and kruistabel becomes a decision with a decisionTable, every afgeleide
waarde a decision with a FEEL literal expression, every invoer an inputData; the information
requirements between them form the DRD. Keuzelijsten become itemDefinitions with their allowed
values. bron and toelichting go into descriptions and into an annotation column per rule.

How our hit policies map (the reverse is in importer.py):
  uniek → UNIQUE; elke → ANY; eerste → FIRST;
  verzamel → RULE ORDER (our list keeps row order; COLLECT leaves the order open). A row whose
  outcome is onbekend adds nothing to our list; DMN adds null, so every reference to a
  verzamel outcome filters nulls out (`[item != null]`).
  A kruistabel is a UNIQUE table with one rule per cell: an unknown dimension matches no rule,
  which gives null, as our matrix does.
  An anders-row has no DMN equivalent in a UNIQUE/ANY/COLLECT table; in a FIRST table it is the
  last rule with `-` everywhere. Other cases are reported, never dropped.
What cannot be expressed raises NietUitTeDrukken naming the table (or value) and the reason.
"""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

from compiler import ast, ir
from compiler.dmn.feel import feel_value, number, text_literal
from compiler.midden.lower import lower

NS = "https://www.omg.org/spec/DMN/20230324/MODEL/"
HIT = {"uniek": "UNIQUE", "elke": "ANY", "eerste": "FIRST", "verzamel": "RULE ORDER"}
_TYPE = {"janee": "boolean", "getal": "number", "bedrag": "number", "datum": "date",
         "duur": "yearMonthDuration", "tekst": "string"}


class NietUitTeDrukken(ValueError):
    """Something of a regelset that the DMN export cannot express; the message names it."""


def _id(kind: str, name: str) -> str:
    return f"{kind}_" + re.sub(r"[^A-Za-z0-9_]", "_", name)


class _Export:
    def __init__(self, model):
        self.model = model
        self.rs = model.regelset
        self.problemen: list[str] = []
        # how a value is read in FEEL: inputs and derived values by name, outcomes via their decision
        self.access: dict[str, str] = {}
        self.producer_id: dict[str, tuple[str, str]] = {}  # name → (requiredInput|requiredDecision, id)
        for d in self.rs.invoer:
            self.access[d.name] = d.name
            self.producer_id[d.name] = ("requiredInput", _id("invoer", d.name))
        for step in model.order:
            if isinstance(step, ast.Derived):
                self.access[step.name] = step.name
                self.producer_id[step.name] = ("requiredDecision", _id("beslissing", step.name))
                continue
            bt = step
            did = _id("beslissing", bt.name)
            for col in bt.outputs:
                self.producer_id[col.name] = ("requiredDecision", did)
                path = bt.name if len(bt.outputs) == 1 else f"{bt.name}.{col.name}"
                self.access[col.name] = f"({path})[item != null]" if bt.hit == "verzamel" else path

    # -- FEEL text

    def literal(self, lit: ast.Lit, t: ast.Type | None) -> str:
        v = lit.value
        if v is None:
            return "null"
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, Decimal)):
            return number(v)
        if isinstance(v, datetime.date):
            return f'date("{v.isoformat()}")'
        if hasattr(v, "maanden"):
            return f'duration("P{v.maanden}M")' if v.maanden >= 0 else f'duration("-P{-v.maanden}M")'
        return text_literal(str(v))

    def expr(self, e: ast.Expr, where: str) -> str:
        if isinstance(e, ast.ELit):
            return self.literal(e.lit, None)
        if isinstance(e, ast.EUnknown):
            return "null"
        if isinstance(e, ast.ERef):
            if e.name in self.access:
                return self.access[e.name]
            return text_literal(e.name)  # a keuzelijst value
        if isinstance(e, ast.ENot):
            return f"not({self.expr(e.operand, where)})"
        if isinstance(e, ast.EIf):
            # FEEL's if takes the else-branch on null; our als(…) gives onbekend
            c = self.expr(e.condition, where)
            return (f"(if {c} = null then null else if {c} then {self.expr(e.then, where)} "
                    f"else {self.expr(e.otherwise, where)})")
        if isinstance(e, ast.ECall):
            args = [self.expr(a, where) for a in e.args]
            if e.function == "aantal":
                return f"count({args[0]})"
            if e.function in ("min", "max"):
                return f"(if {args[0]} = null or {args[1]} = null then null else {e.function}({args[0]}, {args[1]}))"
            if e.function == "halverwege":
                b, t = args
                return (f"(if {b} = null or {t} = null then null else "
                        f"{b} + duration(\"P\" + string(floor(({t} - {b}).days / 2)) + \"D\"))")
            raise NietUitTeDrukken(f"{where}: de functie {e.function}(…) heeft geen FEEL-vertaling")
        assert isinstance(e, ast.EBin)
        a, b = self.expr(e.left, where), self.expr(e.right, where)
        lt, rt = self.type_of(e.left), self.type_of(e.right)
        if e.op == "en":
            return f"({a} and {b})"
        if e.op == "of":
            return f"({a} or {b})"
        if e.op == "bevat":
            return f"list contains({a}, {b})"
        if e.op in ("+", "-") and lt is not None and lt.kind == "verzameling":
            both = f"if {a} = null or {b} = null then null else"
            return (f"({both} union({a}, {b}))" if e.op == "+"
                    else f"({both} {a}[list contains({b}, item) = false])")
        if e.op == "-" and lt is not None and rt is not None and lt.kind == rt.kind == "datum":
            return f"({a} - {b}).days"
        if e.op in ("*", "/") and ((lt and lt.kind == "duur") or (rt and rt.kind == "duur")):
            raise NietUitTeDrukken(f"{where}: rekenen met een duur ({e.op}) heeft geen exacte FEEL-vertaling")
        if e.op in ("+", "-", "*", "/"):
            return f"({a} {e.op} {b})"
        op = {"=": "=", "!=": "!=", "≠": "!="}.get(e.op, e.op)
        if op in ("=", "!="):  # FEEL: null = null is true; ours: an unknown side makes the answer unknown
            return f"(if {a} = null or {b} = null then null else ({a} {op} {b}))"
        return f"({a} {op} {b})"

    def type_of(self, e: ast.Expr) -> ast.Type | None:
        if isinstance(e, ast.ERef):
            return self.model.types.get(e.name)
        if isinstance(e, ast.EBin) and e.op in ("+", "-"):
            return self.type_of(e.left)
        if isinstance(e, ast.ELit):
            return ast.Type(e.lit.kind)
        return None

    # -- unary tests (from the decision IR: runtime values, the meaning of `-` and onbekend fixed)

    @staticmethod
    def cell(v: ir.Voorwaarde | None) -> str:
        if v is None:
            return "-"
        parts = []
        for test in v.tests:
            if test.op == "onbekend":
                parts.append("null")
            elif test.op == "bevat":
                # an unknown set contains nothing, as in .regels (list contains(null, …) is not false everywhere)
                parts.append(f"? != null and list contains(?, {feel_value(test.value)})")
            elif test.op == "leeg":
                parts.append("count(?) = 0")
            elif test.op == "tussen":
                parts.append(f"[{feel_value(test.value)}..{feel_value(test.upper)}]")
            elif test.op == "=":
                parts.append(feel_value(test.value))
            else:
                parts.append(f"{test.op} {feel_value(test.value)}")
        if v.negated:
            # our `niet X` is false for an unknown value; FEEL's not(X) would match null
            return f"not({', '.join(parts)}, null)"
        return ", ".join(parts)

    def conclusion(self, u: ir.Uitkomst, where: str) -> str:
        if u.expr is not None:
            return self.expr(u.expr, where)
        return feel_value(u.value)

    # -- XML

    def type_ref(self, t: ast.Type) -> str:
        if t.kind == "keuze":
            return _id("t", t.enum)
        if t.kind == "verzameling":
            return _id("tlijst", t.enum)
        if t.kind == "lijst":
            return _id("tlijst", t.enum) if t.enum else _TYPE.get(t.elem or "tekst", "Any")
        return _TYPE.get(t.kind, "Any")

    def build(self) -> ET.Element:
        ET.register_namespace("", NS)
        q = lambda tag: f"{{{NS}}}{tag}"  # noqa: E731
        root = ET.Element(q("definitions"), {
            "id": _id("regelset", self.rs.slug), "name": self.rs.header.name,
            "namespace": f"urn:regels:{self.rs.slug}", "exporter": "regels export --dmn",
            "expressionLanguage": "https://www.omg.org/spec/DMN/20230324/FEEL/",
            "typeLanguage": "https://www.omg.org/spec/DMN/20230324/FEEL/"})
        doc = [self.rs.header.document, self.rs.header.toelichting]
        if any(doc):
            ET.SubElement(root, q("description")).text = ". ".join(x.rstrip(".") for x in doc if x) + "."

        def text(parent, tag, value, **attrs):
            el = ET.SubElement(parent, q(tag), attrs)
            ET.SubElement(el, q("text")).text = value
            return el

        for k in self.rs.keuzelijsten:
            item = ET.SubElement(root, q("itemDefinition"), {"id": _id("t", k.name), "name": _id("t", k.name),
                                                             "label": k.name})
            ET.SubElement(item, q("typeRef")).text = "string"
            text(item, "allowedValues", ", ".join(text_literal(v) for v in k.names))
            coll = ET.SubElement(root, q("itemDefinition"), {"id": _id("tlijst", k.name),
                                                             "name": _id("tlijst", k.name), "isCollection": "true",
                                                             "label": f"verzameling uit {k.name}"})
            ET.SubElement(coll, q("typeRef")).text = _id("t", k.name)
        for d in self.rs.invoer:
            el = ET.SubElement(root, q("inputData"), {"id": _id("invoer", d.name), "name": d.name})
            if d.description:
                ET.SubElement(el, q("description")).text = d.description
            ET.SubElement(el, q("variable"), {"id": _id("var", d.name), "name": d.name,
                                              "typeRef": self.type_ref(d.type)})
        beslissingen = self.model.beslissingen if self.model.beslissingen is not None else lower(self.model)
        tables = {t.name: t for t in self.model.tables()}
        derived = {d.name: d for d in self.rs.afgeleid}
        for step in beslissingen.stappen:
            try:
                if isinstance(step, ir.Berekening):
                    self.derived(root, q, text, derived[step.name])
                else:
                    self.table(root, q, text, step, tables[step.name])
            except NietUitTeDrukken as e:
                self.problemen.append(str(e))
        return root

    def _requirements(self, el, q, names) -> None:
        seen = set()
        for n in names:
            if n in self.producer_id and self.producer_id[n] not in seen:
                kind, pid = self.producer_id[n]
                seen.add((kind, pid))
                req = ET.SubElement(el, q("informationRequirement"), {"id": f"req_{el.get('id')}_{len(seen)}"})
                ET.SubElement(req, q(kind), {"href": f"#{pid}"})

    def derived(self, root, q, text, d: ast.Derived) -> None:
        where = f"afgeleide waarde “{d.name}”"
        feel = self.expr(d.expr, where)
        el = ET.SubElement(root, q("decision"), {"id": _id("beslissing", d.name), "name": d.name})
        if d.description:
            ET.SubElement(el, q("description")).text = d.description
        t = self.model.types.get(d.name)
        ET.SubElement(el, q("variable"), {"id": _id("var", d.name), "name": d.name,
                                          "typeRef": self.type_ref(t) if t else "Any"})
        self._requirements(el, q, _refs(d.expr))
        text(el, "literalExpression", feel, id=_id("expr", d.name))

    def table(self, root, q, text, tabel: ir.Tabel, table: ast.Table) -> None:
        """One decision table: its logic from the IR, its texts (bron, toelichting) from the source."""
        bt = tabel
        where = f"tabel “{bt.name}”"
        hit = HIT[bt.hit]
        rows = list(bt.rows_in_order)
        if any(r.anders for r in rows) and bt.hit != "eerste":
            raise NietUitTeDrukken(f"{where}: een anders-rij heeft in een {hit}-tabel geen DMN-tegenhanger "
                                   "(alleen in een eerste-tabel, als laatste regel)")
        source = table
        toelichting = {r.number: r.toelichting for r in source.rows}
        el = ET.SubElement(root, q("decision"), {"id": _id("beslissing", bt.name), "name": bt.name})
        desc = [f"bron {', '.join(bt.bron)}" if bt.bron else "", source.toelichting]
        if table.kruis is not None:
            desc.append("kruistabel: één regel per vak van de matrix")
        if any(desc):
            ET.SubElement(el, q("description")).text = ". ".join(x for x in desc if x)
        single = len(bt.outputs) == 1
        var_type = self.type_ref(self.model.types[bt.outputs[0].name]) if single else "Any"
        ET.SubElement(el, q("variable"), {"id": _id("var", bt.name), "name": bt.name, "typeRef": var_type})
        names = [c.name for c in bt.inputs] + [n for r in rows for u in r.uitkomsten if u.expr is not None
                                                 for n in _refs(u.expr)]
        self._requirements(el, q, names)
        dt = ET.SubElement(el, q("decisionTable"), {"id": _id("tabel", bt.name), "hitPolicy": hit,
                                                     "outputLabel": bt.name})
        for i, col in enumerate(bt.inputs):
            inp = ET.SubElement(dt, q("input"), {"id": f"{_id('tabel', bt.name)}_in{i}", "label": col.name})
            text(inp, "inputExpression", self.access[col.name], typeRef=self.type_ref(col.type))
        for i, col in enumerate(bt.outputs):
            t = col.type
            attrs = {"id": f"{_id('tabel', bt.name)}_uit{i}", "label": col.name, "name": col.name,
                     "typeRef": self.type_ref(t.element() if t.kind == "lijst" else t)}
            ET.SubElement(dt, q("output"), attrs)
        ET.SubElement(dt, q("annotation"), {"name": "bron en toelichting"})
        for n, row in enumerate(rows, 1):
            rwhere = f"{where}, rij {row.number}"
            rule = ET.SubElement(dt, q("rule"), {"id": f"{_id('tabel', bt.name)}_r{n}"})
            rid = rule.get("id")
            for i in range(len(bt.inputs)):
                text(rule, "inputEntry", "-" if row.anders else self.cell(row.voorwaarden[i]), id=f"{rid}_in{i}")
            for i, u in enumerate(row.uitkomsten):
                text(rule, "outputEntry", self.conclusion(u, rwhere), id=f"{rid}_uit{i}")
            note = [f"rij {row.number}" + (" (anders)" if row.anders else "")]
            if row.bron and row.bron != bt.bron:
                note.append("bron " + ", ".join(row.bron))
            if toelichting.get(row.number):
                note.append(toelichting[row.number])
            text(rule, "annotationEntry", "; ".join(note))


def _refs(e: ast.Expr) -> list[str]:
    if isinstance(e, ast.ERef):
        return [e.name]
    if isinstance(e, ast.ECall):
        return [n for a in e.args for n in _refs(a)]
    if isinstance(e, ast.EBin):
        return _refs(e.left) + _refs(e.right)
    if isinstance(e, ast.ENot):
        return _refs(e.operand)
    if isinstance(e, ast.EIf):
        return _refs(e.condition) + _refs(e.then) + _refs(e.otherwise)
    return []


def export(model) -> tuple[str, list[str]]:
    """The DMN XML text, and what could not be expressed (empty when everything was)."""
    ex = _Export(model)
    root = ex.build()
    ET.indent(root, "  ")
    sources = ", ".join(model.regelset.files)
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f"<!-- Gegenereerd door regels bouw (en regels export, optie dmn) uit {sources.replace('--', '- -')} "
           "— niet met de hand bewerken. -->\n" + ET.tostring(root, encoding="unicode") + "\n")
    return xml, ex.problemen
