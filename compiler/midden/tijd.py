"""Time in the rules: validity of tables and rows, desugared into a condition on the peildatum.

Input: a parsed Regelset (and the source text per period). Output: the same Regelset where
- the versions of a table (`beslistabel X` blocks with `geldig vanaf … tot …`) are one table whose
  rows carry a condition on the built-in input `peildatum`: a row valid in [vanaf, tot) gets the test
  `vanaf … t/m <tot − 1 dag>`;
- a row-level validity is already such a column (`| peildatum | …`), written by the policy writer;
- `peildatum` is an invoer (type datum, bounded by the regelset's validity) only when a rule reads it,
  so rules without time get no extra condition and no extra field.
After this, the table analysis finds overlaps and gaps in time like any other, and the interpreter and
the generated code evaluate the peildatum like any other input. The checks here are the ones the table
analysis cannot see: versions of a table that overlap or leave a gap in the regelset's validity, versions
of a row (same conditions apart from the peildatum) that overlap with different outcomes or leave a
gap, `tot` before `vanaf`, and a citaat that is not in the source text in force in the row's period.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from typing import Any, Iterable

from compiler import ast
from compiler.errors import Collector, Diagnostic
from compiler.semantiek.runtime import in_periode, periode_tekst, tekst
from compiler.semantiek.uitleg import _normal

PEILDATUM = "peildatum"
DAG = datetime.timedelta(days=1)


@dataclass(frozen=True)
class Periode:
    """[vanaf, tot): tot is the first day that no longer belongs to it; None is open."""

    vanaf: datetime.date | None = None
    tot: datetime.date | None = None

    def snijdt(self, other: Periode) -> Periode | None:
        lo = max((d for d in (self.vanaf, other.vanaf) if d), default=None)
        hi = min((d for d in (self.tot, other.tot) if d), default=None)
        return Periode(lo, hi) if lo is None or hi is None or lo < hi else None

    def bevat(self, d: datetime.date) -> bool:
        return in_periode(d, self.vanaf, self.tot)

    def __str__(self) -> str:
        return periode_tekst(self.vanaf, self.tot)


def regelset_periode(rs: ast.Regelset) -> Periode:
    h = rs.header
    return Periode(h.geldig_vanaf.value if h.geldig_vanaf else None, h.geldig_tot.value if h.geldig_tot else None)


def _lit(d: datetime.date, span: ast.Span) -> ast.Lit:
    return ast.Lit("datum", d, tekst(d), span)


def periode_cell(p: Periode, span: ast.Span) -> ast.Cell:
    """The peildatum condition for a period, as the writer could have written it in a column."""
    if p.vanaf and p.tot:
        test = ast.Test("tussen", _lit(p.vanaf, span), _lit(p.tot - DAG, span), span)
        text = f"{tekst(p.vanaf)} t/m {tekst(p.tot - DAG)}"
    elif p.vanaf:
        test, text = ast.Test(">=", _lit(p.vanaf, span), span=span), f"vanaf {tekst(p.vanaf)}"
    elif p.tot:
        test, text = ast.Test("<", _lit(p.tot, span), span=span), f"tot {tekst(p.tot)}"
    else:
        return ast.Cell("any", text="-", span=span)
    return ast.Cell("tests", (test,), text=text, span=span)


def cell_periode(cell: ast.Cell) -> Periode | None:
    """The period a peildatum cell stands for; None when it is no single range (then the analysis checks it)."""
    if cell.kind in ("any", "leeg"):
        return Periode()
    if cell.kind != "tests" or cell.negated or len(cell.tests) != 1:
        return None
    t = cell.tests[0]
    if t.value is None or t.value.kind != "datum":
        return None
    v = t.value.value
    if t.op == "tussen" and t.upper is not None and t.upper.kind == "datum":
        return Periode(v, t.upper.value + DAG)
    return {">=": Periode(v, None), ">": Periode(v + DAG, None), "<": Periode(None, v),
            "<=": Periode(None, v + DAG), "=": Periode(v, v + DAG)}.get(t.op)


def table_periode(table: ast.Table) -> Periode:
    return Periode(table.geldig_vanaf.value if table.geldig_vanaf else None,
                   table.geldig_tot.value if table.geldig_tot else None)


def _gaten(binnen: Periode, delen: Iterable[Periode]) -> list[Periode]:
    """The parts of `binnen` no period of `delen` covers."""
    gaten, cursor = [], binnen.vanaf
    for p in sorted(delen, key=lambda p: p.vanaf or datetime.date.min):
        if p.vanaf is not None and (cursor is None or p.vanaf > cursor):
            gat = Periode(cursor, p.vanaf).snijdt(binnen)
            if gat is not None:
                gaten.append(gat)
        if p.tot is None:
            return gaten
        cursor = p.tot if cursor is None else max(cursor, p.tot)
    rest = Periode(cursor, binnen.tot) if cursor is not None else None
    if rest is not None and (rest.tot is None or rest.vanaf < rest.tot):
        gaten.append(rest)
    return gaten


# -- Desugaring

def desugar(rs: ast.Regelset, c: Collector) -> ast.Regelset:
    geldig = regelset_periode(rs)
    for t in rs.tables:
        _check_dates(t.geldig_vanaf, t.geldig_tot, f"tabel “{t.name}”", c)
    groups: dict[str, list[ast.Table]] = {}
    for t in rs.tables:
        groups.setdefault(t.name, []).append(t)
    tables: list[ast.Table] = []
    for name, versions in groups.items():
        if len(versions) == 1 and versions[0].geldig_vanaf is None and versions[0].geldig_tot is None:
            tables.append(versions[0])
            continue
        merged = _merge(name, versions, geldig, c)
        tables.extend([merged] if merged is not None else versions)
    for t in tables:
        if isinstance(t, ast.Beslistabel) and any(col.name == PEILDATUM for col in t.inputs):
            _row_versions(t, c)
    invoer = rs.invoer
    reads = any(isinstance(t, ast.Beslistabel) and any(col.name == PEILDATUM for col in t.inputs) for t in tables)
    for d in rs.invoer:
        if d.name == PEILDATUM:
            c.error("“peildatum” is de datum waarvan de regels gelden; die naam is gereserveerd", d.span,
                    "kies een andere naam, of gebruik de ingebouwde peildatum in een kolom", "naam")
    if reads and not any(d.name == PEILDATUM for d in rs.invoer):
        span = rs.header.span
        lo = rs.header.geldig_vanaf
        hi = _lit(geldig.tot - DAG, span) if geldig.tot else None
        invoer = invoer + (ast.Decl(PEILDATUM, ast.Type("datum", lo=lo, hi=hi, span=span), False,
                                    "De datum waarvan de regels gelden (niet een datum uit de casus zelf).",
                                    span),)
    return replace(rs, tables=tuple(tables), invoer=invoer)


def _check_dates(vanaf: ast.Lit | None, tot: ast.Lit | None, wat: str, c: Collector) -> None:
    if vanaf is not None and tot is not None and tot.value <= vanaf.value:
        c.error(f"{wat} geldt vanaf {vanaf.text} tot {tot.text}: ‘tot’ ligt niet na ‘vanaf’", tot.span,
                "‘tot’ is de eerste dag waarop de regel niet meer geldt; verwissel of verbeter de datums", "tijd")


def _merge(name: str, versions: list[ast.Table], geldig: Periode, c: Collector) -> ast.Beslistabel | None:
    first = versions[0]
    if len(versions) > 1:
        for v in versions:
            if v.geldig_vanaf is None and v.geldig_tot is None:
                c.error(f"tabel “{name}” staat er meer dan eens; zeg met ‘geldig vanaf …’ wanneer elke versie geldt",
                        v.span, "zet onder elke versie: geldig vanaf 1 januari 2025 (en eventueel tot …)", "dubbel")
                return None
    if any(isinstance(v, ast.Kruistabel) for v in versions):
        c.error("een kruistabel kan (nog) niet per periode gelden", first.span,
                "schrijf de versies als beslistabel, of zet de peildatum als kolom", "tijd")
        return None
    bts = [v for v in versions]
    for v in bts[1:]:
        if v.hit != bts[0].hit or [x.name for x in v.inputs] != [x.name for x in bts[0].inputs] \
                or [x.name for x in v.outputs] != [x.name for x in bts[0].outputs]:
            c.error(f"deze versie van tabel “{name}” heeft andere kolommen of een andere soort dan de eerste",
                    v.span, "geef elke versie dezelfde kolommen en dezelfde soort (uniek, eerste …)",
                    "tijd", related=(("eerste versie", first.span),))
            return None
    if any(x.name == PEILDATUM for x in bts[0].inputs):
        c.error(f"tabel “{name}” heeft al een kolom peildatum; zet de geldigheid óf onder de tabel óf in de kolom",
                first.span, code="tijd")
        return None
    periods = [table_periode(v) for v in bts]
    ok = True
    for i in range(len(bts)):
        for j in range(i + 1, len(bts)):
            both = periods[i].snijdt(periods[j])
            if both is not None and both.snijdt(geldig) is not None:
                ok = False
                c.error(f"twee versies van tabel “{name}” gelden tegelijk: {both.snijdt(geldig)}", bts[j].span,
                        "laat de ene versie eindigen (tot …) op de dag dat de andere begint", "tijd",
                        related=(("andere versie", bts[i].span),))
    for gat in _gaten(geldig, periods):
        ok = False
        # Point at the date that leaves the gap: the `vanaf` after it, or the `tot` before it.
        waar = next((v.geldig_vanaf.span for v in bts if v.geldig_vanaf and v.geldig_vanaf.value == gat.tot),
                    next((v.geldig_tot.span for v in bts if v.geldig_tot and v.geldig_tot.value == gat.vanaf),
                         first.span))
        c.error(f"tabel “{name}” geldt niet {gat}, terwijl de regelset dan wel geldt", waar,
                "laat een versie doorlopen, of voeg een versie toe voor die periode", "tijd")
    if not ok:
        return None
    rows: list[ast.Row] = []
    for v, p in zip(bts, periods):
        for row in v.rows:
            cell = periode_cell(p, v.span)
            conds = row.conditions if row.anders else (cell, *row.conditions)
            if row.anders:  # an anders-row of one version: the rest of that version's period
                conds = (cell, *(ast.Cell("any", text="-", span=row.span) for _ in row.conditions))
            rows.append(replace(row, number=len(rows) + 1, conditions=conds, anders=False))
    b = bts[0]
    if any(r.anders for v in bts for r in v.rows) and b.hit != "eerste":
        c.error(f"een anders-rij in een tabel met versies kan alleen in een ‘eerste’-tabel", first.span,
                code="tijd")
        return None
    return replace(b, inputs=(ast.Column(PEILDATUM, b.span), *b.inputs), rows=tuple(rows),
                   geldig_vanaf=None, geldig_tot=None)


def _row_versions(t: ast.Beslistabel, c: Collector) -> None:
    """Rows that differ only in their peildatum cell are versions of one row."""
    k = [x.name for x in t.inputs].index(PEILDATUM)
    families: dict[tuple, list[tuple[ast.Row, Periode]]] = {}
    for row in t.rows:
        if row.anders:
            continue
        p = cell_periode(row.conditions[k])
        if p is None:
            continue
        key = tuple(cell.text for i, cell in enumerate(row.conditions) if i != k)
        families.setdefault(key, []).append((row, p))
    for members in families.values():
        if len(members) < 2:
            continue
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                (r1, p1), (r2, p2) = members[i], members[j]
                both = p1.snijdt(p2)
                if both is not None and [x.text for x in r1.conclusions] != [x.text for x in r2.conclusions]:
                    c.error(f"rij {r1.number} en rij {r2.number} van “{t.name}” gelden allebei {both}, met een "
                            "andere uitkomst", r2.span, "laat de oude rij eindigen (tot …) op de dag dat de nieuwe "
                            "begint", "tijd", related=((f"rij {r1.number}", r1.span),))
        starts, ends = [p.vanaf for _, p in members], [p.tot for _, p in members]
        span = Periode(None if None in starts else min(starts), None if None in ends else max(ends))
        for gat in _gaten(span, [p for _, p in members]):
            c.error(f"de versies van rij {members[0][0].number} van “{t.name}” laten een gat: {gat}",
                    members[-1][0].span, "laat de ene versie eindigen op de dag dat de volgende begint", "tijd")


# -- Citaten against the text in force

@dataclass(frozen=True)
class BronVersie:
    """The source text as it read from `vanaf` (None: from the start) until the next version."""

    vanaf: datetime.date | None
    paragraphs: dict[str, Any]
    label: str  # where it lives, for messages


def check_citaten(rs: ast.Regelset, versies: list[BronVersie], c: Collector) -> None:
    """Every citaat must be in its paragraph as the text read in every period in which its row applies."""
    if not versies:
        return
    geldig = regelset_periode(rs)
    bounds = [v.vanaf for v in versies[1:]]
    periods = [Periode(v.vanaf, bounds[i] if i < len(bounds) else None) for i, v in enumerate(versies)]
    for table in rs.tables:
        bt = table if isinstance(table, ast.Beslistabel) else None  # the parsed form: a Kruistabel has no rows
        k = [x.name for x in bt.inputs].index(PEILDATUM) if bt and any(
            x.name == PEILDATUM for x in bt.inputs) else None
        items = [(q, table.bron, Periode()) for q in table.citaat]
        for row in (bt.rows if bt else ()):
            p = cell_periode(row.conditions[k]) if k is not None and not row.anders else Periode()
            items += [(q, row.bron or table.bron, p or Periode()) for q in row.citaat]
        for citaat, bronnen, p in items:
            if not bronnen:
                c.error("een citaat hoort bij een bron; deze tabel of rij noemt geen paragraaf", citaat.span,
                        code="citaat")
                continue
            wanneer = p.snijdt(geldig) or p
            for versie, vp in zip(versies, periods):
                if vp.snijdt(wanneer) is None:
                    continue
                texts = [versie.paragraphs[b.anchor].text for b in bronnen if b.anchor in versie.paragraphs]
                if texts and not any(_normal(citaat.text) in _normal(t) for t in texts):
                    waar = ", ".join(b.text for b in bronnen)
                    if len(versies) == 1:
                        c.error(f"dit citaat staat niet (letterlijk) in {waar}", citaat.span,
                                "neem de zin letterlijk over uit de brontekst, of pas de bron aan", "citaat")
                    else:
                        c.error(f"dit citaat staat niet (letterlijk) in {waar} zoals die luidt {vp.snijdt(wanneer)} "
                                f"({versie.label}); de regel geldt {wanneer}", citaat.span,
                                "neem de zin over uit de tekst die in die periode geldt, of laat de rij eindigen "
                                "wanneer de tekst verandert", "citaat")
                    break


# -- Validity boundaries and passed `tot` dates

def grenzen(rs: ast.Regelset) -> list[datetime.date]:
    """Every day on which some rule starts or stops applying, inside the regelset's validity."""
    geldig = regelset_periode(rs)
    days = {geldig.vanaf} if geldig.vanaf else set()
    for t in rs.tables:
        if not isinstance(t, ast.Beslistabel) or not any(x.name == PEILDATUM for x in t.inputs):
            continue
        k = [x.name for x in t.inputs].index(PEILDATUM)
        for row in t.rows:
            p = cell_periode(row.conditions[k]) if not row.anders else None
            if p is not None:
                days |= {d for d in (p.vanaf, p.tot) if d and geldig.bevat(d)}
    return sorted(days)


def verlopen(rs: ast.Regelset, per: datetime.date) -> list[Diagnostic]:
    """A warning for each `tot` that has passed on `per`: the rule no longer applies, is that intended?"""
    c = Collector()
    h = rs.header
    if h.geldig_tot is not None and h.geldig_tot.value <= per:
        c.warning(f"de regelset geldt tot {h.geldig_tot.text}; op {tekst(per)} is dat voorbij", h.geldig_tot.span,
                  "is er een opvolger? Zet die in regels/, of verleng ‘tot’", "tijd")
    for m in rs.modules:
        for t in m.tables:
            if t.geldig_tot is not None and t.geldig_tot.value <= per:
                c.warning(f"tabel “{t.name}” geldt tot {t.geldig_tot.text}; op {tekst(per)} is dat voorbij",
                          t.geldig_tot.span, "klopt dat, dan kan deze versie blijven staan als geschiedenis", "tijd")
    return c.diagnostics
