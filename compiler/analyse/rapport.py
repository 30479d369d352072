"""The table analysis of a checked model, reported: gaps, overlaps and rows that never fire.

Input: a Model (names and types resolved) and a Collector. Output: a TableAnalysis per table
(analyse/tables.py does the reasoning); errors and warnings go into the Collector.
"""

from __future__ import annotations

from compiler import ast
from compiler.analyse import lint
from compiler.analyse.tables import ColumnDomain, TableAnalysis
from compiler.errors import Collector, Diagnostic
from compiler.midden.model import Model, type_text


def analyse(model: Model, c: Collector) -> dict[str, TableAnalysis]:
    """Analyse every table; report what is wrong or suspicious."""
    return _Report(model, c).run(model)


_MELD = 50      # overlapping pairs of one table reported one by one
_ZOEK = 10_000  # pairs after those still searched for a conflicting one


class _Report:
    def __init__(self, model: Model, c: Collector):
        self.c = c
        self.types = model.types
        self.enums = model.enums
        self.optional = model.optional

    def run(self, model: Model) -> dict[str, TableAnalysis]:
        analyses: dict[str, TableAnalysis] = {}
        for table in model.tables():
            bt = table
            domains = []
            for col in bt.inputs:
                t = self.types[col.name]
                values = self.enums[t.enum].names if t.enum in self.enums else ()
                # A matrix answers onbekend for an unknown dimension; its rows need not cover it.
                optional = col.name in self.optional and table.kruis is None
                domains.append(ColumnDomain(col.name, t, values, optional))
            analysis = TableAnalysis(bt, domains)
            analyses[bt.name] = analysis
            has_anders = any(r.anders for r in bt.rows)
            if bt.hit in ("uniek", "eerste", "elke") and not has_anders:
                for gap in analysis.gaps(limit=5):
                    self.c.error(
                        f"tabel “{bt.name}”: geen rij past bij {gap.describe(bt.inputs)}", bt.span,
                        f"voeg een rij toe voor {gap.describe(bt.inputs)}, of een anders-rij", "gat",
                        table=bt.name)
            if bt.hit in ("uniek", "elke"):
                self._report_overlaps(bt, analysis)
            self._report_unreachable(bt, analysis)
        return analyses

    def _report_overlaps(self, bt: ast.Beslistabel, analysis: TableAnalysis) -> None:
        # Bounded: n copies of a row overlap in n² pairs. The first _MELD pairs are reported one by
        # one; after them only a conflicting pair (another outcome) still matters, and it is looked
        # for among at most _ZOEK more pairs; beyond that the table is refused, never passed unchecked.
        gemeld = gezocht = 0
        for ov in analysis.overlaps():
            if bt.hit == "elke" and ov.same_outcome:
                continue
            if gemeld >= _MELD:
                gezocht += 1
                if not ov.same_outcome:
                    self.c.error(f"tabel “{bt.name}”: nog meer rijen passen bij dezelfde gevallen, ook rij "
                                 f"{ov.first.number} en rij {ov.second.number} met een andere uitkomst "
                                 f"(na {_MELD} gemelde paren)", ov.second.span,
                                 "maak de rijen elkaar uitsluitend; verwijder dubbele rijen", "overlap",
                                 table=bt.name, rows=(ov.first.number, ov.second.number))
                    return
                if gezocht >= _ZOEK:
                    self.c.error(f"tabel “{bt.name}”: meer dan {_MELD + _ZOEK} paren rijen passen bij dezelfde "
                                 "gevallen; de controle stopt hier", bt.span,
                                 "verwijder dubbele rijen, of maak de rijen elkaar uitsluitend", "overlap",
                                 table=bt.name)
                    return
                continue
            gemeld += 1
            a, b = ov.first, ov.second
            witness = ", ".join(f"{c.name} {t}" for c, t in zip(bt.inputs, ov.witness_text))
            kind = "dezelfde" if ov.same_outcome else "een andere"
            message = (f"tabel “{bt.name}”: rij {a.number} en rij {b.number} passen allebei bij {witness} "
                       f"(met {kind} uitkomst): {lint.row_label(a)} en {lint.row_label(b)}")
            if ov.same_outcome:
                hint = (f"dat is dubbel maar onschuldig: voeg rij {a.number} en rij {b.number} samen, of maak ze "
                        "elkaar uitsluitend")
                self.c.warning(message, b.span, hint, "overlap", ((f"rij {a.number}", a.span),),
                               table=bt.name, rows=(a.number, b.number), toelichting=b.toelichting)
            else:
                hint = (f"maak de rijen elkaar uitsluitend, zodat bij {witness} maar één rij past, of kies "
                        f"hit-regel ‘eerste’ als rij {a.number} voorgaat")
                self.c.error(message, b.span, hint, "overlap", ((f"rij {a.number}", a.span),),
                             table=bt.name, rows=(a.number, b.number))

    def _report_unreachable(self, bt: ast.Beslistabel, analysis: TableAnalysis) -> None:
        for row, masks in zip(analysis.rows, analysis.masks):
            if all(masks):
                continue
            c = next(i for i, m in enumerate(masks) if not m)
            cell, col = row.conditions[c], bt.inputs[c]
            self.c.warning(
                f"tabel “{bt.name}”: {lint.row_label(row)} past nooit: geen waarde van “{col.name}” "
                f"({_domain_text(self.types[col.name])}) voldoet aan ‘{cell.text}’",
                cell.span if cell.span.line else row.span,
                f"pas ‘{cell.text}’ aan, of verwijder rij {row.number}", "onbereikbaar",
                table=bt.name, rows=(row.number,), toelichting=row.toelichting)
        if bt.hit == "eerste":
            for row, earlier in analysis.shadowed():
                if not earlier:
                    continue  # matches nothing at all: said above
                earlier = _fewest(analysis, row, earlier)
                names = " en ".join(lint.row_label(r) for r in earlier)
                verb = "afvangt" if len(earlier) == 1 else "samen afvangen"
                self.c.warning(
                    f"tabel “{bt.name}”: {lint.row_label(row)} wordt nooit bereikt omdat {names} alle gevallen "
                    f"ervan eerder {verb}", row.span,
                    f"verwijder rij {row.number}, of zet hem boven rij {earlier[0].number} als hij voorrang "
                    "moet krijgen", "onbereikbaar", tuple((f"rij {r.number}", r.span) for r in earlier),
                    table=bt.name, rows=(row.number, *(r.number for r in earlier)), toelichting=row.toelichting)
        anders = [r for r in bt.rows if r.anders]
        if anders and analysis.rows and not analysis.gaps(limit=1):
            row = anders[0]
            self.c.warning(
                f"tabel “{bt.name}”: de anders-rij (rij {row.number} {lint.quote_row(row)}) wordt nooit bereikt: "
                "de rijen erboven dekken alle gevallen", row.span,
                f"haal rij {row.number} weg, of leg in de toelichting van de rij uit waarom hij als vangnet blijft",
                "onbereikbaar", table=bt.name, rows=(row.number,), toelichting=row.toelichting)


def _domain_text(t: ast.Type) -> str:
    """The type with its bounds: ‘geheel getal van 0 t/m 130’."""
    if t.lo is not None and t.hi is not None:
        return f"{type_text(t)} van {t.lo.text} t/m {t.hi.text}"
    if t.lo is not None:
        return f"{type_text(t)} vanaf {t.lo.text}"
    if t.hi is not None:
        return f"{type_text(t)} t/m {t.hi.text}"
    return type_text(t)


def _fewest(analysis: TableAnalysis, row: ast.Row, earlier: list[ast.Row]) -> list[ast.Row]:
    """Drop earlier rows the others do without, so the message names only the rows that matter."""
    index = {id(r): i for i, r in enumerate(analysis.rows)}
    keep = list(earlier)
    within = analysis.masks[index[id(row)]]
    for r in reversed(earlier):
        if len(keep) > 1:
            rest = [index[id(x)] for x in keep if x is not r]
            if analysis.covered(within, rest):
                keep.remove(r)
    return keep


def warnings_for_docs(model: Model) -> list[Diagnostic]:
    """The warnings of a regelset for the maintainers' page: per table (in source order), then the rest.

    Each Diagnostic has `table` ("" when not about one table), `rows`, `code`, `message`,
    `hint`, `span` (file:line) and `toelichting` (why it is left as it is, or "").
    """
    order = {t.name: i for i, t in enumerate(model.regelset.tables)}
    warnings = [d for d in model.diagnostics if not d.is_error]
    return sorted(warnings, key=lambda d: (d.table == "", order.get(d.table, len(order)), d.span.file,
                                           d.span.line, d.span.column))


