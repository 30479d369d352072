"""Types: infer and check the type of every cell, calculation, table column and voorbeeld value.

Input: the Checker's resolved names (a mixin of midden/check.py). Output: its types and optional names; errors in its Collector.
"""

from __future__ import annotations

import re

from compiler import ast
from compiler.errors import suggest
from compiler.midden.model import KIND_WORDS, Model, type_text
from compiler.taal.woorden import FUNCTIONS, HIT_POLICIES

LIT_FITS = {
    "janee": {"janee"}, "getal": {"getal"}, "bedrag": {"bedrag", "getal"}, "datum": {"datum"},
    "duur": {"duur"}, "tekst": {"tekst"}, "keuze": {"woord", "tekst"}, "verzameling": {"woord", "tekst"},
}


class Typer:
    @staticmethod
    def _cellmay_be_none(cell: ast.Cell) -> bool:
        return cell.kind in ("any", "leeg") or (cell.kind == "tests" and cell.tests[0].op == "onbekend") \
            or cell.kind == "expr"

    def _infer_column(self, bt: ast.Beslistabel, col: ast.Column) -> ast.Type:
        i = [c.name for c in bt.outputs].index(col.name)
        kinds = set()
        for row in bt.rows:
            cell = row.conclusions[i]
            if cell.kind == "tests" and cell.tests[0].value is not None:
                kinds.add(cell.tests[0].value.kind)
        kinds.discard(None)
        if len(kinds) == 1:
            kind = kinds.pop()
            if kind == "woord":
                self.c.error(f"uitkomst “{col.name}” gebruikt woorden, maar er is geen keuzelijst “{col.name}”",
                             col.span, f"voeg toe: keuzelijst {col.name}: … of zet de waarden tussen "
                             "aanhalingstekens", "type")
                return ast.Type("?")
            return ast.Type(kind)
        if not kinds:
            if all(row.conclusions[i].kind == "expr" for row in bt.rows if not row.anders):
                return ast.Type("tekst")  # refined below from the expressions
            self.c.error(f"het type van uitkomst “{col.name}” is niet af te leiden", col.span,
                         f"geef het op in een uitvoer-blok: uitvoer / {col.name}: bedrag", "type")
            return ast.Type("?")
        if kinds <= {"getal", "bedrag"}:
            return ast.Type("bedrag")
        self.c.error(f"uitkomst “{col.name}” heeft waarden van verschillende soort", col.span, code="type")
        return ast.Type("?")

    # -- evaluation order

    def _check_table(self, table: ast.Table) -> None:
        bt = table
        if table.kruis is not None:
            self._check_kruistabel(table.kruis)
        if bt.hit not in HIT_POLICIES:
            self.c.error(f"onbekende hit-regel “{bt.hit}”", bt.span, "kies uniek, eerste, elke of verzamel")
        in_types = [self._resolve(c.name, c.span, "kolom") for c in bt.inputs]
        anders = [r for r in bt.rows if r.anders]
        if len(anders) > 1:
            self.c.error("een tabel heeft hooguit één anders-rij", anders[1].span)
        if anders and anders[0] is not bt.rows[-1]:
            self.c.warning("de anders-rij staat niet onderaan", anders[0].span, "zet de anders-rij als laatste")
        for row in bt.rows:
            for cell, t, col in zip(row.conditions, in_types, bt.inputs):
                if t is not None and not row.anders:
                    self._check_condition(cell, t, col)
            for cell, col in zip(row.conclusions, bt.outputs):
                self._check_conclusion(cell, self.types.get(col.name), col)
        if not bt.rows:
            self.c.error(f"tabel “{bt.name}” heeft geen rijen", bt.span)

    def _check_kruistabel(self, kt: ast.Kruistabel) -> None:
        dims = [kt.rijen, *kt.kolommen]
        lits = [kt.row_values] + [kt.header[d] for d in range(len(kt.kolommen))]
        for col, values in zip(dims, lits):
            t = self._resolve(col.name, col.span, "kolom")
            if t is None:
                continue
            for lit in values:
                self._check_lit(lit, t, col.name)

    def _check_lit(self, lit: ast.Lit, t: ast.Type, column: str) -> bool:
        allowed = LIT_FITS.get(t.kind, set())
        if lit.kind not in allowed:
            self.c.error(f"“{lit.text}” past niet in kolom “{column}” ({type_text(t)})", lit.span,
                         _fit_hint(t, self.enums), "type")
            return False
        if t.kind == "getal" and lit.kind == "getal" and not isinstance(lit.value, int):
            # A Dutch comma makes a decimal; in a whole-number column that is never meant.
            self.c.error(f"“{lit.text}” is geen geheel getal, maar “{column}” is een geheel getal", lit.span,
                         whole_number_hint(lit.text), "type")
            return False
        if t.kind in ("keuze", "verzameling") and t.enum in self.enums:
            values = self.enums[t.enum].names
            if lit.value not in values:
                hint = suggest(str(lit.value), values) or f"kies uit: {', '.join(values)}"
                self.c.error(f"“{lit.value}” staat niet in keuzelijst “{t.enum}”", lit.span, hint, "waarde")
                return False
        if t.lo is not None and lit.kind == t.lo.kind and lit.value < t.lo.value or \
                t.hi is not None and lit.kind == t.hi.kind and lit.value > t.hi.value:
            self.c.warning(f"“{lit.text}” valt buiten het bereik van “{column}”", lit.span, code="bereik")
        return True

    def _check_condition(self, cell: ast.Cell, t: ast.Type, col: ast.Column) -> None:
        if cell.kind == "expr":
            self.c.error("een berekening (=) kan alleen in een uitkomstkolom staan", cell.span, code="type")
            return
        if cell.kind == "leeg":
            self.c.error(f"lege cel in kolom “{col.name}”", col.span,
                         "schrijf - als de waarde er niet toe doet", "leeg")
            return
        if cell.kind in ("anders", "bron"):
            self.c.error(f"“{cell.text}” kan hier niet staan", cell.span)
            return
        for test in cell.tests:
            op = test.op
            if op == "onbekend":
                if col.name not in self.optional:
                    self.c.warning(f"“{col.name}” is nooit onbekend; deze test past nooit", test.span,
                                   code="onbereikbaar")
                continue
            if op in ("bevat", "leeg") and t.kind != "verzameling":
                self.c.error(f"“{'bevat' if op == 'bevat' else 'leeg'}” kan alleen bij een verzameling; "
                             f"“{col.name}” is {type_text(t)}", test.span, code="type")
                continue
            if t.kind == "verzameling" and op not in ("bevat", "leeg"):
                self.c.error(f"“{col.name}” is een verzameling: schrijf ‘bevat …’ of ‘leeg’", test.span,
                             code="type")
                continue
            if op in ("<", "<=", ">", ">=", "tussen") and t.kind in ("keuze", "janee", "tekst"):
                example = " of ".join(self.enums[t.enum].names[:2]) if t.enum in self.enums else "ja of nee"
                self.c.error(f"een bereik past niet bij {type_text(t)} (kolom “{col.name}”)", test.span,
                             f"noem de waarden, bijvoorbeeld: {example}", "type")
                continue
            if test.value is not None:
                elem = t.element()
                ok = self._check_lit(test.value, elem, col.name)
                if ok and test.upper is not None and self._check_lit(test.upper, t, col.name):
                    if test.upper.value < test.value.value:
                        self.c.error(f"het bereik {test.value.text} t/m {test.upper.text} is leeg: het begin "
                                     "ligt na het eind", test.span,
                                     f"schrijf {test.upper.text} t/m {test.value.text}", "type")

    def _check_conclusion(self, cell: ast.Cell, t: ast.Type | None, col: ast.Column) -> None:
        if t is None or t.kind == "?" or cell.kind in ("any", "leeg"):
            return
        if cell.kind == "expr":
            got = self._infer(cell.expr)
            if got is not None and not _compatible(got, t.element()):
                self.c.error(f"de berekening geeft {type_text(got)}, maar “{col.name}” is {type_text(t)}",
                             cell.span, code="type")
            return
        if cell.kind != "tests" or cell.negated or len(cell.tests) != 1 or cell.tests[0].op not in ("=", "onbekend"):
            self.c.error(f"in uitkomstkolom “{col.name}” hoort één waarde", cell.span,
                         "een uitkomst is een waarde, ‘onbekend’ of een berekening na =", "type")
            return
        test = cell.tests[0]
        if test.op == "=":
            self._check_lit(test.value, t.element(), col.name)

    # -- expressions
    def _infer(self, e: ast.Expr) -> ast.Type | None:
        if isinstance(e, ast.ELit):
            kind = e.lit.kind
            return None if kind == "woord" else ast.Type(kind)
        if isinstance(e, ast.ERef):
            if e.name in self.types:
                return self.types[e.name]
            if any(e.name in k.names for k in self.enums.values()):
                return None  # an enumeration value; its type follows from what it is compared with
            self.c.error(f"onbekende naam “{e.name}”", e.span,
                         suggest(e.name, list(self.types) + [v for k in self.enums.values() for v in k.names]),
                         "naam")
            return None
        if isinstance(e, ast.EUnknown):
            return None
        if isinstance(e, ast.ENot):
            self._expect(e.operand, "janee")
            return ast.Type("janee")
        if isinstance(e, ast.EIf):
            self._expect(e.condition, "janee")
            a, b = self._infer(e.then), self._infer(e.otherwise)
            if a is not None and b is not None and not _compatible(a, b):
                self.c.error(f"‘dan’ geeft {type_text(a)}, ‘anders’ {type_text(b)}", e.span, code="type")
            return a or b
        if isinstance(e, ast.ECall):
            if e.function not in FUNCTIONS:
                self.c.error(f"onbekende functie “{e.function}”", e.span, suggest(e.function, FUNCTIONS), "naam")
                return None
            if len(e.args) != FUNCTIONS[e.function]:
                self.c.error(f"“{e.function}” vraagt {FUNCTIONS[e.function]} argument(en)", e.span, code="type")
                return None
            types = [self._infer(a) for a in e.args]
            if e.function == "aantal":
                if types[0] is not None and types[0].kind not in ("verzameling", "lijst"):
                    self.c.error("aantal(…) telt de waarden van een verzameling", e.span, code="type")
                # A count is never below 0: the table analysis need not cover negative counts.
                return ast.Type("getal", lo=ast.Lit("getal", 0, "0"))
            if e.function == "halverwege":
                for a, t in zip(e.args, types):
                    if t is not None and t.kind != "datum":
                        self.c.error("halverwege(begin, eind) vraagt twee datums", a.span, code="type")
                return ast.Type("datum")
            if len(e.args) == 1:  # som, kleinste, grootste: over the values of a lijst
                t = types[0]
                if t is not None and (t.kind != "lijst" or (e.function == "som" and t.elem not in ("getal", "bedrag"))
                                      or t.elem in ("tekst", "janee")):
                    self.c.error(f"{e.function}(…) vraagt de {'getallen of bedragen' if e.function == 'som' else 'getallen, bedragen, datums of duren'} "
                                 "van een verzamel-tabel", e.span, code="type")
                    return None
                return ast.Type(t.elem) if t is not None else None
            return types[0] or types[1]
        if isinstance(e, ast.EBin):
            a, b = self._infer(e.left), self._infer(e.right)
            if e.op in ("en", "of"):
                self._expect_type(e.left, a, "janee")
                self._expect_type(e.right, b, "janee")
                return ast.Type("janee")
            if e.op == "bevat":
                if a is not None and a.kind not in ("verzameling", "lijst"):
                    self.c.error("‘bevat’ vraagt links een verzameling", e.left.span, code="type")
                elif a is not None:
                    self._check_enum_word(e.right, a.enum)
                return ast.Type("janee")
            if e.op in ("=", "!=", "<", "<=", ">", ">="):
                if a is not None and b is not None and not _compatible(a, b):
                    self.c.error(f"{type_text(a)} en {type_text(b)} zijn niet te vergelijken", e.span,
                                 "vergelijk een duur met een duur, een datum met een datum", "type")
                for side, other in ((e.right, a), (e.left, b)):
                    if other is not None and other.kind == "keuze":
                        self._check_enum_word(side, other.enum)
                if e.op not in ("=", "!=") and (a or b) is not None and (a or b).kind in ("keuze", "janee",
                                                                                            "verzameling"):
                    self.c.error(f"{type_text(a or b)} heeft geen volgorde", e.span, code="type")
                return ast.Type("janee")
            return self._arith(e, a, b)
        return None

    def _arith(self, e: ast.EBin, a, b) -> ast.Type | None:
        if a is None or b is None:
            return a or b
        ka, kb, op = a.kind, b.kind, e.op
        if ka == kb == "verzameling" and op in "+-":
            if a.enum != b.enum and a.enum and b.enum:
                self.c.error(f"{type_text(a)} en {type_text(b)} gaan niet samen", e.span, code="type")
            return a  # + is the union, - the difference
        table = {
            ("getal", "getal"): "getal" if op != "/" else "bedrag",
            ("bedrag", "getal"): "bedrag", ("getal", "bedrag"): "bedrag", ("bedrag", "bedrag"): "bedrag",
            ("duur", "duur"): "duur" if op in "+-" else None,
            ("duur", "getal"): "duur" if op in "*/" else None, ("getal", "duur"): "duur" if op == "*" else None,
            ("datum", "duur"): "datum" if op in "+-" else None, ("duur", "datum"): "datum" if op == "+" else None,
            ("datum", "datum"): "getal" if op == "-" else None,
        }
        kind = table.get((ka, kb))
        if kind is None:
            self.c.error(f"‘{op}’ kan niet met {type_text(a)} en {type_text(b)}", e.span,
                         "een datum plus een duur geeft een datum; een duur kan niet bij een getal", "type")
            return None
        return ast.Type(kind)

    def _check_enum_word(self, e: ast.Expr, enum: str | None) -> None:
        word = e.name if isinstance(e, ast.ERef) and e.name not in self.types else (
            e.lit.value if isinstance(e, ast.ELit) and e.lit.kind in ("woord", "tekst") else None)
        if word is not None and enum in self.enums and word not in self.enums[enum].names:
            self.c.error(f"“{word}” staat niet in keuzelijst “{enum}”", e.span,
                         suggest(word, self.enums[enum].names), "waarde")

    def _expect(self, e: ast.Expr, kind: str) -> None:
        self._expect_type(e, self._infer(e), kind)

    def _expect_type(self, e: ast.Expr, t: ast.Type | None, kind: str) -> None:
        if t is not None and t.kind != kind:
            self.c.error(f"hier hoort {KIND_WORDS[kind]}, niet {type_text(t)}", e.span, code="type")

    def voorbeelden(self, model: Model) -> None:
        """The voorbeelden name real inputs and outcomes, with values of their type."""
        names = set()
        inputs = {d.name: d for d in self.rs.invoer}
        for v in self.rs.voorbeelden:
            if v.name in names:
                self.c.error(f"voorbeeld “{v.name}” bestaat al", v.span, code="dubbel")
            names.add(v.name)
            given = {a.name for a in v.gegeven}
            for a in v.gegeven:
                if a.name not in inputs:
                    self.c.error(f"“{a.name}” is geen invoer", a.span, suggest(a.name, inputs), "naam")
                    continue
                self._check_assignment(a, inputs[a.name].type, a.name in self.optional)
            if "peildatum" in given:
                self.c.error("de peildatum is geen gegeven van de casus", v.span,
                             "zet hem boven ‘gegeven’: peildatum 1 januari 2025", "voorbeeld")
            missing = [n for n, d in inputs.items() if n not in given and not d.optional and n != "peildatum"]
            if missing:
                self.c.error(f"voorbeeld “{v.name}” mist invoer: {', '.join(missing)}", v.span, code="voorbeeld")
            for a in v.verwacht:
                if a.name not in self.types or a.name in inputs:
                    self.c.error(f"“{a.name}” is geen uitkomst", a.span,
                                 suggest(a.name, model.output_names), "naam")
                    continue
                self._check_assignment(a, self.types[a.name], True)

    def _check_assignment(self, a: ast.Assignment, t: ast.Type, optional: bool) -> None:
        if a.kind == "onbekend":
            if not optional:
                self.c.error(f"“{a.name}” mag niet onbekend zijn", a.span, code="type")
            return
        if a.kind == "geen" or t.kind in ("verzameling", "lijst"):
            if t.kind not in ("verzameling", "lijst"):
                self.c.error(f"“geen” past alleen bij een verzameling; “{a.name}” is {type_text(t)}", a.span)
                return
            for lit in a.values:
                self._check_lit(lit, t.element(), a.name)
            return
        if len(a.values) != 1:
            self.c.error(f"“{a.name}” heeft één waarde", a.span, code="type")
            return
        self._check_lit(a.values[0], t, a.name)



def whole_number_hint(text: str) -> str:
    """What a writer who typed `3,4` in a whole-number column most likely meant."""
    m = re.fullmatch(r"\s*(\d+)\s*,\s*(\d+)\s*", text)
    if m and int(m.group(1)) < int(m.group(2)):
        a, b = m.group(1), m.group(2)
        return (f"bedoelde u “{a} t/m {b}”? Een komma maakt er een kommagetal van ({a},{b} is {a} komma {b}); "
                f"schrijf een reeks als {a} t/m {b} en losse waarden als {a} of {b}")
    return "schrijf een geheel getal zonder komma, zoals 3"


def _fit_hint(t: ast.Type, enums) -> str:
    if t.kind == "keuze" and t.enum in enums:
        return "kies uit: " + ", ".join(enums[t.enum].names)
    return {"duur": "schrijf een duur als 6 maanden of 1 jaar", "datum": "schrijf een datum als 1 januari 2022",
            "janee": "schrijf ja of nee", "bedrag": "schrijf een bedrag als € 12,50"}.get(t.kind, "")


def _compatible(a: ast.Type, b: ast.Type) -> bool:
    num = {"getal", "bedrag"}
    if a.kind in num and b.kind in num:
        return True
    if a.kind != b.kind:
        return False
    return a.enum == b.enum or a.enum is None or b.enum is None


