"""`regels import --dmn`: DMN decision tables → one .regels file.

What the language has no words for is never guessed: every element that cannot be imported is
named with its id and the reason (Import.problemen), and the file is not written.

How DMN maps onto our language (the same table, read the other way, is in export.py):
  U → uniek, A → elke, F → eerste, R and C → verzamel (rows keep their order),
  P → eerste with the rows sorted by the priority of their outcomes (the order of the output
      values, first output column first): the first matching row is then the one with the
      highest priority, which is what P returns,
  O → verzamel with the rows sorted the same way: the list comes out in priority order,
  C+ C< C> C# → a verzamel table "<naam> per regel" and a derived value
      som(…), kleinste(…), grootste(…) or aantal(…) over that list.
A table where no row matches gives null in DMN: the import adds an `anders` row with outcome
`onbekend`, and makes every input optional (null in DMN is onbekend here).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..taal.woorden import RESERVED_IN_CELLS
from . import feel

HIT = {"UNIQUE": "uniek", "ANY": "elke", "FIRST": "eerste", "PRIORITY": "eerste",
       "RULE ORDER": "verzamel", "OUTPUT ORDER": "verzamel", "COLLECT": "verzamel"}
AGGREGATIE = {"COUNT": "aantal", "SUM": "som", "MIN": "kleinste", "MAX": "grootste"}
_NAME = re.compile(r"[^\W\d_][\w\-'’\/]*(?:[ ][^\W\d_][\w\-'’\/]*)*\Z")
_RESERVED = RESERVED_IN_CELLS | {"t/m"}  # in a name, these would end it in a table header


@dataclass
class Beslissing:
    """How a DMN decision's value is read from our outcome (for the TCK runner).

    vorm: enkel (one value), context (several outputs), lijst, contextlijst (collect)."""

    naam: str
    uitvoer: tuple[str, ...]
    componenten: tuple[str, ...]
    vorm: str


@dataclass
class Import:
    text: str = ""
    problemen: list[str] = field(default_factory=list)
    beslissingen: dict[str, Beslissing] = field(default_factory=dict)
    invoer: dict[str, str] = field(default_factory=dict)  # DMN input name → our type kind
    namen: dict[str, str] = field(default_factory=dict)   # DMN name → our name


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(el, name):
    return [c for c in el if _local(c.tag) == name]


def _child(el, name):
    found = _children(el, name)
    return found[0] if found else None


def _text(el) -> str:
    t = _child(el, "text") if el is not None else None
    return (t.text or "").strip() if t is not None else ""


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _Importer:
    def __init__(self, root, bron: str):
        self.root, self.bron = root, bron
        self.res = Import()
        self.items = {i.get("name"): i for i in _children(root, "itemDefinition")}
        self.keuzelijsten: dict[str, tuple[str, ...]] = {}
        self.label_of: dict[tuple[str, ...], str] = {}
        self.invoer: dict[str, str] = {}          # name → type text
        self.uitvoer: dict[str, str] = {}
        self.blokken: list[str] = []
        self.afgeleid: list[str] = []

    def problem(self, el, reden: str) -> None:
        self.res.problemen.append(f"{_local(el.tag)} {el.get('id') or el.get('name') or '?'}: {reden}")

    def name(self, el, name: str | None) -> str:
        """Our name for a DMN name: characters a table header cannot hold become '-', a keyword
        as a separate word gets a '_' (the DMN name stays in Import.namen)."""
        dmn = (name or "").strip()
        ours = re.sub(r"\s+", " ", re.sub(r"[^\w\-' ]", "-", dmn)).strip()
        ours = " ".join(w + "_" if w in _RESERVED else w for w in ours.split(" "))
        if not _NAME.match(ours) or "_" in ours[:1]:
            self.problem(el, f"de naam “{dmn}” is in .regels geen geldige naam (begin met een letter)")
        self.res.namen[dmn] = ours
        return ours

    # -- types

    def _allowed(self, el) -> tuple[str, ...] | None:
        """The allowed string values of an itemDefinition/inputValues/outputValues, if any."""
        av = _child(el, "allowedValues") if _local(el.tag) == "itemDefinition" or _local(el.tag) == "itemComponent" \
            else el
        if av is None or not _text(av):
            return None
        try:
            cel = feel.unary_tests(_text(av))
        except feel.NietTeLezen as e:
            self.problem(av, str(e))
            return None
        if cel.any or cel.negated or any(t.op != "=" or t.value.kind != "tekst" for t in cel.tests):
            return None
        return tuple(t.value.value for t in cel.tests)

    def _resolve(self, type_ref: str | None, seen=()) -> tuple[str, tuple[str, ...] | None]:
        """A typeRef → (base FEEL type, allowed string values or None)."""
        if type_ref in self.items and type_ref not in seen:
            item = self.items[type_ref]
            base, allowed = self._resolve(_text_el(item, "typeRef"), (*seen, type_ref))
            own = self._allowed(item)
            if own:  # the keuzelijst is named after the item definition (its label, if it has one)
                self.label_of.setdefault(own, self.name(item, item.get("label") or item.get("name")))
            if item.get("isCollection") == "true":
                return ("verzameling", own or allowed) if own or allowed else ("lijst:" + base, None)
            return base, own or allowed
        return (type_ref or "").removeprefix("feel:"), None

    def _type(self, el, base: str, allowed, numbers: list[Decimal], lijst_naam: str) -> str | None:
        if allowed:
            lijst_naam = self.label_of.get(allowed, lijst_naam)
            self.keuzelijsten.setdefault(lijst_naam, allowed)
            return f"{'verzameling' if base == 'verzameling' else 'keuze'} uit {lijst_naam}"
        if base == "verzameling" or base.startswith("lijst:"):
            self.problem(el, "een lijst zonder toegestane waarden heeft in .regels geen tegenhanger")
            return None
        if base in ("yearMonthDuration", "years and months duration"):
            return "duur"
        if base == "number":
            return "geheel getal" if all(n == n.to_integral_value() for n in numbers) else "bedrag"
        if base == "boolean":
            return "ja/nee"
        if base == "string":
            return "tekst"
        if base == "date":
            return "datum"
        if not base:
            return None
        self.problem(el, f"het type “{base}” heeft in .regels geen tegenhanger")
        return None

    # -- the model

    def run(self) -> Import:
        inputs = {i.get("name"): i for i in _children(self.root, "inputData")}
        decisions = _children(self.root, "decision")
        for bkm in _children(self.root, "businessKnowledgeModel"):
            self.problem(bkm, "een business knowledge model (functie) wordt niet geïmporteerd")
        self.decision_names = {d.get("name") for d in decisions}
        self.input_types: dict[str, tuple[str, tuple | None]] = {}
        for name, el in inputs.items():
            var = _child(el, "variable")
            self.input_types[name] = self._resolve(var.get("typeRef") if var is not None else None)
        self.numbers: dict[str, list[Decimal]] = {}
        self.inputs_used: dict[str, tuple[str, tuple | None, object]] = {}
        # what a decision is called here: its output column(s), or itself (a literal expression)
        self.outputs_of: dict[str, tuple[str, ...]] = {}
        out_names = []
        for d in decisions:
            dt = _child(d, "decisionTable")
            outs = _children(dt, "output") if dt is not None else []
            if dt is not None and dt.get("aggregation"):
                self.outputs_of[d.get("name")] = (f"{self.name(d, d.get('name'))} per regel",)
            elif len(outs) == 1 or dt is None:
                self.outputs_of[d.get("name")] = (self.name(outs[0] if outs and outs[0].get("name") else d,
                                                            outs[0].get("name") if outs and outs[0].get("name")
                                                            else d.get("name")),)
            else:
                self.outputs_of[d.get("name")] = tuple(self.name(o, o.get("name")) for o in outs)
            out_names += [o.get("name") for o in outs if o.get("name")]
        self.scope = tuple({*inputs, *self.decision_names, *out_names} - {None})
        for d in decisions:
            self.decision(d)
        # inputs: typed from their data, refined by the cells that test them
        for name, el in inputs.items():
            base, allowed = self.input_types[name]
            allowed = allowed or (self.inputs_used.get(name, (None, None))[1])
            ours = self.name(el, name)
            t = self._type(el, base, allowed, self.numbers.get(ours, []), ours)
            if t is None:
                self.problem(el, f"invoer “{name}” heeft geen type")
                t = "tekst"
            self.invoer[ours] = t
            self.res.invoer[name] = t
        return self.finish()

    def decision(self, d) -> None:
        name = self.name(d, d.get("name"))
        dt = _child(d, "decisionTable")
        lit = _child(d, "literalExpression")
        if dt is None and lit is not None:
            try:
                expr = self.translate(feel.expression(_text(lit), self.scope))
            except feel.NietTeLezen as e:
                self.problem(lit, str(e))
                return
            desc = _child(d, "description")
            self.afgeleid.append(f"  {name} = {expr}" + (f"\n    {_q(desc.text.strip())}"
                                                         if desc is not None and (desc.text or "").strip() else ""))
            self.res.beslissingen[d.get("name")] = Beslissing(d.get("name"), (name,), (), "enkel")
            return
        if dt is None:
            kinds = ", ".join(_local(c.tag) for c in d if _local(c.tag) not in (
                "variable", "informationRequirement", "knowledgeRequirement", "authorityRequirement",
                "description", "extensionElements", "question", "allowedAnswers"))
            self.problem(d, f"alleen beslistabellen worden geïmporteerd, dit is: {kinds or 'leeg'}")
            return
        hit = (dt.get("hitPolicy") or "UNIQUE").upper()
        aggregation = (dt.get("aggregation") or "").upper()
        if hit not in HIT:
            self.problem(dt, f"onbekende hit policy “{hit}”")
            return
        if aggregation and hit != "COLLECT":
            self.problem(dt, f"aggregatie {aggregation} mag alleen bij COLLECT")
            return
        if aggregation and aggregation not in AGGREGATIE:
            self.problem(dt, f"onbekende aggregatie “{aggregation}”")
            return
        var = _child(d, "variable")
        dec_type = dt.get("typeRef") or (var.get("typeRef") if var is not None else None)
        in_cols = _children(dt, "input")
        out_cols = _children(dt, "output")
        rules = _children(dt, "rule")
        column_names = []
        for col in in_cols:
            expr = _text(_child(col, "inputExpression"))
            try:
                ours = self.reference(feel.expression(expr, self.scope))
            except feel.NietTeLezen:
                ours = None
            if ours is None:
                self.problem(col, f"de invoerexpressie “{expr}” is geen naam van een invoer of beslissing "
                                  "(berekeningen in de kop worden niet geïmporteerd)")
                return
            column_names.append(ours)
        # output columns: by their own names; one without a name is named after the decision
        components = [col.get("name") or "" for col in out_cols]
        out_names = list(self.outputs_of[d.get("name")])
        if aggregation:
            if len(out_cols) != 1:
                self.problem(dt, "aggregatie over meer dan één uitkomst bestaat in DMN niet")
                return
            out_names = [f"{name} per regel"]
        # parse every cell first: a table with one bad cell is not imported at all
        parsed_rules = []
        ok = True
        for rule in rules:
            ins, outs = _children(rule, "inputEntry"), _children(rule, "outputEntry")
            if len(ins) != len(in_cols) or len(outs) != len(out_cols):
                self.problem(rule, "het aantal cellen past niet bij de kolommen")
                ok = False
                continue
            cells = []
            for col_name, entry in zip(column_names, ins):
                try:
                    cel = feel.unary_tests(_text(entry))
                except feel.NietTeLezen as e:
                    self.problem(entry, str(e))
                    ok = False
                    continue
                for t in cel.tests:
                    for w in (t.value, t.upper):
                        if w is not None and w.kind == "getal":
                            self.numbers.setdefault(col_name, []).append(w.value)
                cells.append(cel)
            values = []
            for i, entry in enumerate(outs):
                try:
                    w = feel.literal(_text(entry))
                except feel.NietTeLezen:
                    try:  # a computed outcome: `= …` in the cell
                        w = feel.Waarde("expr", self.translate(feel.expression(_text(entry), self.scope)))
                    except feel.NietTeLezen as e:
                        self.problem(entry, str(e))
                        ok = False
                        continue
                if w.kind == "getal":
                    self.numbers.setdefault(out_names[i], []).append(w.value)
                values.append(w)
            ann = [_text(a) for a in _children(rule, "annotationEntry")]
            desc = _child(rule, "description")
            parsed_rules.append((rule, cells, values, " ".join(x for x in ann + [
                (desc.text or "").strip() if desc is not None else ""] if x)))
        if not ok:
            return
        # types of the outputs
        out_types = []
        for i, col in enumerate(out_cols):
            base, allowed = self._resolve(col.get("typeRef"))
            if not base and dec_type:
                dbase, dallowed = self._resolve(dec_type)
                comp = self._component(dec_type, col.get("name"))
                if comp is not None:
                    base, allowed = self._resolve(_text_el(comp, "typeRef"))
                    allowed = self._allowed(comp) or allowed
                elif len(out_cols) == 1:
                    base, allowed = dbase, dallowed
            if HIT[hit] == "verzamel":  # the decision is a list of the outcomes; the column holds one
                base = "string" if base == "verzameling" else base.removeprefix("lijst:")
            ov = _child(col, "outputValues")
            if ov is not None and _text(ov):
                allowed = self._allowed(ov) or allowed
            if not base:
                kinds = {w.kind for _, _, vals, _ in parsed_rules for w in vals[i:i + 1] if w.kind != "null"}
                base = {"getal": "number", "tekst": "string", "janee": "boolean", "datum": "date"}.get(
                    kinds.pop() if len(kinds) == 1 else "", "")
            t = self._type(col, base, allowed, self.numbers.get(out_names[i], []), out_names[i] if len(
                out_cols) > 1 else name)
            if t is None:
                self.problem(col, f"het type van uitkomst “{out_names[i]}” is niet te bepalen")
                return
            out_types.append((t, allowed))
        # input columns that are inputs with string values: the cells decide if they are a keuzelijst
        for col, col_name in zip(in_cols, (_text(_child(c, "inputExpression")) for c in in_cols)):
            if col_name in self.input_types and col_name not in self.inputs_used:
                iv = _child(col, "inputValues")
                allowed = self._allowed(iv) if iv is not None and _text(iv) else None
                self.inputs_used[col_name] = ("", allowed, col)
        # priority order (P, O): the position of each outcome in its output values
        if hit in ("PRIORITY", "OUTPUT ORDER"):
            def priority(r):
                key = []
                for w, (_, allowed) in zip(r[2], out_types):
                    if allowed:
                        key.append(allowed.index(w.value) if w.value in allowed else len(allowed))
                return tuple(key)
            if not any(allowed for _, allowed in out_types):
                self.problem(dt, f"{hit} vraagt output values (de volgorde van de prioriteit)")
                return
            parsed_rules = sorted(parsed_rules, key=priority)
        # the table
        our_hit = HIT[hit]
        lines = [f"beslistabel {name}{' per regel' if aggregation else ''} ({our_hit})"]
        tekst = [f"DMN {d.get('id')}, hit policy {hit}{' ' + aggregation if aggregation else ''}"]
        if hit in ("PRIORITY", "OUTPUT ORDER"):
            tekst.append("rijen in volgorde van prioriteit")
        desc = _child(d, "description")
        if desc is not None and (desc.text or "").strip():
            tekst.insert(0, desc.text.strip())
        lines.append(f"  toelichting {_q('; '.join(tekst))}")
        header = [*column_names, *out_names]
        rows = []
        for rule, cells, values, note in parsed_rules:
            row = [self.cell(c, col_name, rule) for c, col_name in zip(cells, column_names)]
            row += [self.value(w, t) for w, (t, _) in zip(values, out_types)]
            rows.append(row)
        if our_hit != "verzamel":
            # DMN gives null when no rule matches; here that is an anders-row with onbekend
            rows.append(["anders"] + [""] * (len(column_names) - 1) + ["onbekend"] * len(out_names))
        lines += _table(header, len(column_names), rows)
        self.blokken.append("\n".join(lines))
        for n, (t, _) in zip(out_names, out_types):
            self.uitvoer[n] = t
        if aggregation:
            self.afgeleid.append(f"  {name} = {AGGREGATIE[aggregation]}({name} per regel)\n"
                                 f"    {_q(f'DMN {d.get(chr(105) + chr(100))}: COLLECT {aggregation}')}")
            vorm, uit = "enkel", (name,)
        elif our_hit == "verzamel":
            vorm, uit = ("lijst" if len(out_cols) == 1 else "contextlijst"), tuple(out_names)
        else:
            vorm, uit = ("enkel" if len(out_cols) == 1 else "context"), tuple(out_names)
        self.res.beslissingen[d.get("name")] = Beslissing(d.get("name"), uit, tuple(components), vorm)

    # -- FEEL expressions → .regels expressions

    def reference(self, t: tuple) -> str | None:
        """Our name for a FEEL reference: a variable, Decision.output, or either with [item != null]."""
        if t[0] == "filter" and t[2] == ("!=", ("item",), ("null",)):
            return self.reference(t[1])  # our verzamel-lists hold no onbekend
        if t[0] == "name":
            if t[1] in self.outputs_of and len(self.outputs_of[t[1]]) == 1:
                return self.outputs_of[t[1]][0]
            if t[1] in self.input_types:
                return self.res.namen.get(t[1]) or self.name(self.root, t[1])
        if t[0] == "path" and t[1][0] == "name" and t[1][1] in self.outputs_of:
            d = self.root.find(f".//*[@name={_xpath(t[1][1])}]")
            outs = [o.get("name") for o in _children(_child(d, "decisionTable"), "output")] \
                if d is not None and _child(d, "decisionTable") is not None else []
            if t[2] in outs:
                return self.outputs_of[t[1][1]][outs.index(t[2])]
        return None

    def translate(self, t: tuple) -> str:
        """A FEEL tree as a .regels expression; the idioms `regels export --dmn` writes are read back
        (null guards, set difference, halverwege); anything else outside the subset is refused."""
        kind = t[0]
        ref = self.reference(t)
        if ref is not None:
            return ref
        if kind == "num":
            return feel.number(t[1]).replace(".", ",")
        if kind == "str":
            return _q(t[1])
        if kind == "bool":
            return "ja" if t[1] else "nee"
        if kind == "null":
            return "onbekend"
        if kind == "not":
            return f"niet ({self.translate(t[1])})"
        if kind == "if":
            c, a, b = t[1], t[2], t[3]
            # (if c = null then null else if c then a else b) → als c dan a anders b
            if c[0] == "=" and c[2] == ("null",) and a == ("null",) and b[0] == "if" and b[1] == c[1]:
                return f"(als {self.translate(b[1])} dan {self.translate(b[2])} anders {self.translate(b[3])})"
            # (if x = null or y = null then null else f(x, y)) → our functions, which are onbekend-strict
            if c[0] == "or" and a == ("null",) and c[1][0] == c[2][0] == "=" and c[1][2] == c[2][2] == ("null",):
                x, y = c[1][1], c[2][1]
                if b == ("call", "min", [x, y]) or b == ("call", "max", [x, y]):
                    return f"{b[1]}({self.translate(x)}, {self.translate(y)})"
                if b in (("=", x, y), ("!=", x, y)):
                    return f"({self.translate(x)} {b[0]} {self.translate(y)})"
                if b == ("call", "union", [x, y]):
                    return f"({self.translate(x)} + {self.translate(y)})"
                if b == ("filter", x, ("=", ("call", "list contains", [y, ("item",)]), ("bool", False))):
                    return f"({self.translate(x)} - {self.translate(y)})"
                half = ("/", ("path", ("-", y, x), "days"), ("num", Decimal(2)))
                if b == ("+", x, ("call", "duration", [("+", ("+", ("str", "P"), ("call", "string", [
                        ("call", "floor", [half])])), ("str", "D"))])):
                    return f"halverwege({self.translate(x)}, {self.translate(y)})"
            raise feel.NietTeLezen("een if-expressie zonder tegenhanger in .regels (als … dan … anders geeft "
                                   "onbekend bij een onbekende voorwaarde, FEEL kiest dan de else-tak)")
        if kind == "call":
            f, args = t[1], t[2]
            if f == "count" and len(args) == 1:
                return f"aantal({self.translate(args[0])})"
            if f == "list contains" and len(args) == 2:
                return f"({self.translate(args[0])} bevat {self.translate(args[1])})"
            if f == "date" and len(args) == 1 and args[0][0] == "str":
                return feel.literal(f'date("{args[0][1]}")').value
            if f == "duration" and len(args) == 1 and args[0][0] == "str":
                return self.value(feel.literal(f'duration("{args[0][1]}")'), None)
            raise feel.NietTeLezen(f"de FEEL-functie {f}(…) heeft (zo) geen tegenhanger in .regels")
        if kind == "path" and t[2] == "days" and t[1][0] == "-":
            return self.translate(t[1])  # a date minus a date is a number of days here
        if kind in ("and", "or"):
            return f"({self.translate(t[1])} {'en' if kind == 'and' else 'of'} {self.translate(t[2])})"
        if kind in ("=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/"):
            return f"({self.translate(t[1])} {kind} {self.translate(t[2])})"
        raise feel.NietTeLezen(f"“{kind}” in FEEL heeft geen tegenhanger in .regels")

    def _component(self, type_ref, name):
        item = self.items.get(type_ref)
        if item is None:
            return None
        for comp in _children(item, "itemComponent"):
            if comp.get("name") == name:
                return comp
        return None

    def cell(self, cel: feel.Cel, col_name: str, rule) -> str:
        if cel.any:
            return "-"
        parts = []
        if cel.negated and not any(t.value.kind == "null" for t in cel.tests):
            self.problem(rule, f"not(…) zonder null in de kolom “{col_name}”: DMN laat dan ook een onbekende "
                               "waarde toe, ‘niet …’ in .regels niet; schrijf not(…, null) als dat bedoeld is")
        for t in cel.tests:
            if t.op == "bevat":
                parts.append(f"bevat {self.value(t.value, None)}")
                continue
            if t.op == "leeg":
                parts.append("leeg")
                continue
            v = self.value(t.value, None)
            if t.op == "tussen":
                if t.lo_open or t.hi_open:
                    self.problem(rule, f"een open bereikgrens in de kolom “{col_name}” heeft geen tegenhanger "
                                       "(alleen [a..b], ‘a t/m b’)")
                parts.append(f"{v} t/m {self.value(t.upper, None)}")
            elif t.value.kind == "null":
                parts.append("onbekend")
            else:
                parts.append({"=": "", "<": "minder dan ", "<=": "t/m ", ">": "meer dan ", ">=": "vanaf "}[t.op] + v)
        return ("niet " if cel.negated else "") + " of ".join(parts)

    @staticmethod
    def value(w: feel.Waarde, t: str | None) -> str:
        if w.kind == "null":
            return "onbekend"
        if w.kind == "janee":
            return "ja" if w.value else "nee"
        if w.kind == "tekst":
            return _q(w.value)
        if w.kind == "datum":
            return w.value
        if w.kind == "expr":
            return "= " + w.value
        if w.kind == "duur":
            n = w.value
            return f"{n // 12} jaar" if n and n % 12 == 0 else f"{n} maand" if n == 1 else f"{n} maanden"
        text = feel.number(w.value).replace(".", ",")
        return f"€ {text}" if t == "bedrag" else text

    def finish(self) -> Import:
        naam = self.root.get("name") or "DMN"
        out = [f"# Geïmporteerd uit DMN ({self.bron}) door regels import --dmn; niet met de hand bewerken",
               f"# maar opnieuw importeren, of het model hier verder onderhouden.", "",
               f"regelset {_q(naam)}",
               f"  toelichting {_q('Geïmporteerd uit het DMN-model ' + naam + ' (' + self.bron + ').')}", ""]
        for lijst, values in self.keuzelijsten.items():
            out.append(f"keuzelijst {lijst}: " + ", ".join(_q(v) for v in values))
        if self.keuzelijsten:
            out.append("")
        out.append("invoer")
        out += [f"  {n}: {t}, optioneel" for n, t in self.invoer.items()]
        out.append("")
        declared = [f"  {n}: {t}" for n, t in self.uitvoer.items() if not n.endswith(" per regel")]
        if declared:
            out += ["uitvoer", *declared, ""]
        if self.afgeleid:
            out += ["afgeleid", *self.afgeleid, ""]
        out += [b + "\n" for b in self.blokken]
        self.res.text = "\n".join(out).rstrip("\n") + "\n"
        return self.res


def _xpath(s: str) -> str:
    return "'" + s + "'" if "'" not in s else '"' + s + '"'


def _text_el(el, name) -> str | None:
    c = _child(el, name)
    return (c.text or "").strip() if c is not None else None


def _table(header: list[str], n_in: int, rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells):
        parts = [c.ljust(w) for c, w in zip(cells, widths)]
        return "  | " + " | ".join(parts[:n_in]) + " || " + " | ".join(parts[n_in:]) + " |"
    sep = ["-" * w for w in widths]
    return [line(header), "  |" + "|".join("-" * (w + 2) for w in widths[:n_in]) + "||"
            + "|".join("-" * (w + 2) for w in widths[n_in:]) + "|", *(line(r) for r in rows)] if sep else []


def import_dmn(path: Path) -> Import:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        res = Import()
        res.problemen.append(f"{path.name}: geen geldige XML ({e})")
        return res
    except OSError as e:
        res = Import()
        res.problemen.append(f"{path}: kan het bestand niet lezen ({e.strerror})")
        return res
    if _local(root.tag) != "definitions":
        res = Import()
        res.problemen.append(f"{path.name}: geen DMN-model (het hoofdelement is {_local(root.tag)}, niet definitions)")
        return res
    return _Importer(root, path.name).run()
