"""What changed between two versions of the rules: semantically, per table, row and cell — not a text diff.

Input: two (Model, peildatum) pairs: the same rules at two dates, or two git versions each at a date.
Output: a Verschil: per table the rows that are new, gone or changed (which outcome cells, old → new),
each with the input region where the outcome changes (the row's conditions, in words), plus tables and
derived values that appeared, disappeared or changed. Rendered in Dutch for the terminal and as Markdown
(`regels verschil`, the Wijzigingen page, and `regels vergelijk` to say which region a population must reach).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Callable

from compiler import ast
from compiler.midden import tijd
from compiler.semantiek.runtime import tekst


def tabellen_op(model, dag: datetime.date | None) -> dict[str, ast.Beslistabel]:
    """Every table as it reads on `dag`: rows whose peildatum condition holds, without that column."""
    out = {}
    for t in model.tables():
        bt = t
        names = [c.name for c in bt.inputs]
        if tijd.PEILDATUM in names:
            k = names.index(tijd.PEILDATUM)
            rows = [r for r in bt.rows if r.anders or dag is None or _geldt(r.conditions[k], dag)]
            rows = [ast.Row(r.number, r.conditions[:k] + r.conditions[k + 1:], r.conclusions, r.anders, r.bron,
                            r.toelichting, r.span, r.citaat) for r in rows]
            bt = ast.Beslistabel(bt.name, bt.hit, bt.inputs[:k] + bt.inputs[k + 1:], bt.outputs, tuple(rows),
                                 bt.bron, bt.toelichting, bt.uitleg, bt.span, bt.citaat)
        out[bt.name] = bt
    return out


def _geldt(cell: ast.Cell, dag: datetime.date) -> bool:
    p = tijd.cell_periode(cell)
    if p is not None:
        return p.bevat(dag)
    # Several tests ("tot 2023 of vanaf 2025"): one per period; a cell we cannot read as periods stays in.
    periods = [tijd.cell_periode(ast.Cell("tests", (t,))) for t in cell.tests]
    if not periods or None in periods:
        return True
    return any(q.bevat(dag) for q in periods) != cell.negated


def _key(row: ast.Row) -> tuple:
    return ("anders",) if row.anders else tuple(c.text for c in row.conditions)


def gebied(table: ast.Beslistabel, row: ast.Row) -> str:
    """The input region of a row, in words: 'arrangement = A2-ondersteunend en huishouden nu = ja'."""
    if row.anders:
        return "alle andere gevallen"
    parts = [f"{col.name}: {cell.text}" for col, cell in zip(table.inputs, row.conditions)
             if cell.kind not in ("any", "leeg")]
    text = ", ".join(parts) or "elke invoer"
    if table.hit == "eerste" and row is not table.rows[0]:
        text += " (voor zover geen eerdere rij past)"
    return text


@dataclass
class RijVerschil:
    soort: str                   # nieuw, vervallen, gewijzigd
    gebied: str
    oud: ast.Row | None
    nieuw: ast.Row | None
    cellen: list[tuple[str, str, str]] = field(default_factory=list)  # (uitkomst, was, wordt)
    bron_anders: bool = False
    uitkomsten: list[tuple[str, str]] = field(default_factory=list)  # of a new or removed row


@dataclass
class TabelVerschil:
    naam: str
    soort: str                   # nieuw, vervallen, gewijzigd, kolommen
    rijen: list[RijVerschil] = field(default_factory=list)


@dataclass
class Verschil:
    oud: str
    nieuw: str
    tabellen: list[TabelVerschil] = field(default_factory=list)
    afgeleid: list[tuple[str, str]] = field(default_factory=list)  # (naam, nieuw/vervallen/gewijzigd)

    @property
    def leeg(self) -> bool:
        return not self.tabellen and not self.afgeleid

    def veranderde_rijen(self) -> list[tuple[str, ast.Row]]:
        """(table, row of the new version) for every row whose outcome is new or changed."""
        return [(t.naam, r.nieuw) for t in self.tabellen for r in t.rijen
                if r.nieuw is not None and (r.soort == "nieuw" or r.cellen)]


def vergelijk(oud_model, oud_dag, nieuw_model, nieuw_dag, oud_label: str, nieuw_label: str) -> Verschil:
    a, b = tabellen_op(oud_model, oud_dag), tabellen_op(nieuw_model, nieuw_dag)
    v = Verschil(oud_label, nieuw_label)
    for name in [*a, *(n for n in b if n not in a)]:
        if name not in b:
            v.tabellen.append(TabelVerschil(name, "vervallen"))
            continue
        if name not in a:
            v.tabellen.append(TabelVerschil(name, "nieuw"))
            continue
        ta, tb = a[name], b[name]
        if [c.name for c in ta.inputs] != [c.name for c in tb.inputs] or \
                [c.name for c in ta.outputs] != [c.name for c in tb.outputs] or ta.hit != tb.hit:
            v.tabellen.append(TabelVerschil(name, "kolommen"))
            continue
        rows_a = {_key(r): r for r in ta.rows}
        rows_b = {_key(r): r for r in tb.rows}
        diffs = []
        for key, rb in rows_b.items():
            ra = rows_a.get(key)
            if ra is None:
                diffs.append(RijVerschil("nieuw", gebied(tb, rb), None, rb,
                                         uitkomsten=[(c.name, x.text) for c, x in zip(tb.outputs, rb.conclusions)]))
                continue
            cellen = [(col.name, x.text, y.text) for col, x, y in zip(tb.outputs, ra.conclusions, rb.conclusions)
                      if x.text != y.text]
            bron = (ra.bron, ra.citaat, ra.toelichting) != (rb.bron, rb.citaat, rb.toelichting)
            if cellen or bron:
                diffs.append(RijVerschil("gewijzigd", gebied(tb, rb), ra, rb, cellen, bron))
        for key, ra in rows_a.items():
            if key not in rows_b:
                diffs.append(RijVerschil("vervallen", gebied(ta, ra), ra, None,
                                         uitkomsten=[(c.name, x.text) for c, x in zip(ta.outputs, ra.conclusions)]))
        order_a = [k for k in rows_a if k in rows_b]
        order_b = [k for k in rows_b if k in rows_a]
        if diffs or (ta.hit == "eerste" and order_a != order_b):
            v.tabellen.append(TabelVerschil(name, "gewijzigd", diffs))
    da = {d.name: d for d in oud_model.regelset.afgeleid}
    db = {d.name: d for d in nieuw_model.regelset.afgeleid}
    for name in [*da, *(n for n in db if n not in da)]:
        if name not in db:
            v.afgeleid.append((name, "vervallen"))
        elif name not in da:
            v.afgeleid.append((name, "nieuw"))
        elif da[name].expr != db[name].expr:
            v.afgeleid.append((name, "gewijzigd"))
    return v


def label(spec: str, dag: datetime.date | None) -> str:
    return f"{spec} op {tekst(dag)}" if dag else spec


# -- Rendering

def regels_tekst(v: Verschil, md: Callable[[str], str] | None = None) -> list[str]:
    """The difference as lines; with `md` (an escaping function) as a Markdown list whose texts it escapes."""
    e = md or (lambda s: s)
    out = []
    if v.leeg:
        return ["Geen verschil in de beslissingen: elke tabel en elke afgeleide waarde is hetzelfde."]
    for t in v.tabellen:
        kop = {"nieuw": "nieuwe tabel", "vervallen": "tabel vervallen", "kolommen": "andere kolommen of soort",
               "gewijzigd": "gewijzigd"}[t.soort]
        out.append(f"{'- ' if md else ''}Tabel “{e(t.naam)}”: {kop}")
        for r in t.rijen:
            row = r.nieuw or r.oud
            waar = f"{row.span.file}:{row.span.line}"
            head = {"gewijzigd": "Rij gewijzigd", "nieuw": "Nieuwe rij", "vervallen": "Rij vervallen"}[r.soort]
            out.append(f"{'    - ' if md else '  '}{head} ({e(waar)}), voor invoer met {e(r.gebied)}:")
            sub = "        - " if md else "      "
            for naam, was, wordt in r.cellen:
                out.append(f"{sub}{e(naam)}: {e(was)} → {e(wordt)}")
            for naam, x in r.uitkomsten:
                out.append(f"{sub}{e(naam)}: {e(x)}")
            if r.bron_anders:
                wat = [w for w, a, b in (("bron", r.oud.bron, r.nieuw.bron), ("citaat", r.oud.citaat, r.nieuw.citaat),
                                         ("toelichting", r.oud.toelichting, r.nieuw.toelichting)) if a != b]
                out.append(f"{sub}{' en '.join(wat)} gewijzigd")
    for naam, soort in v.afgeleid:
        out.append(f"{'- ' if md else ''}Afgeleide waarde “{e(naam)}”: {soort}")
    return out


def terminal(v: Verschil) -> str:
    return "\n".join([f"Verschil tussen {v.oud} en {v.nieuw}:", "", *regels_tekst(v)]) + "\n"
