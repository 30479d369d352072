"""Explain a decision: per table a plain Dutch sentence, the paragraph and the quoted source.

The sentences come from the rules, not from code: a table's `uitleg "…"` is a template with
{naam} placeholders for any value of the case ({bron} and {rij} too). A table without one
gets a neutral sentence built from its conditions. Quotes come from `citaat` lines, which
the checker verifies against the source text, so an explanation cannot drift from the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from compiler import ast
from compiler.midden.dependencies import ancestors
from compiler.midden.model import Model
from compiler.errors import Collector, suggest
from compiler.semantiek.interpreter import Resultaat
from compiler.semantiek.route import rang
from compiler.semantiek.runtime import naar_json, tekst, vul_in, zegt_iets



@dataclass(frozen=True)
class Stap:
    tabel: str
    zin: str
    waarden: dict[str, Any]
    rijen: tuple[int, ...]
    bron: list[tuple[str, str, str]] = field(default_factory=list)  # (label, anchor, quoted sentence)

    def to_json(self) -> dict:
        return {
            "stap": self.tabel, "zin": self.zin,
            "waarden": {k: naar_json(v) for k, v in self.waarden.items()},
            "rijen": list(self.rijen),
            "bron": [{"paragraaf": label, "anker": anchor, "citaat": quote} for label, anchor, quote in self.bron],
        }


@lru_cache(maxsize=4096)
def _normal(text: str) -> str:  # the same paragraphs come back for every voorbeeld
    return re.sub(r"[\s*_>|#-]+", " ", text).strip().lower()


# -- Checks on uitleg templates and citaten (called by checks.py)

def check_templates(rs: ast.Regelset, names: set[str], paragraphs: dict | None, c: Collector) -> None:
    for table in rs.tables:
        for plek in table.plekken:
            if plek.name not in names and plek.name not in ("bron", "rij"):
                c.error(f"de uitleg van “{table.name}” noemt {{{plek.name}}}, maar zo'n waarde is er niet",
                        plek.span, suggest(plek.name, names) or "gebruik {naam} van een invoer of uitkomst",
                        "uitleg")
        if paragraphs is None:
            continue
        rows = table.rows if isinstance(table, ast.Beslistabel) else ()
        for citaat, bronnen in [(q, table.bron) for q in table.citaat] + \
                [(q, row.bron or table.bron) for row in rows for q in row.citaat]:
            texts = [paragraphs[b.anchor].text for b in bronnen if b.anchor in paragraphs]
            if not bronnen:
                c.error("een citaat hoort bij een bron; deze tabel of rij noemt geen paragraaf", citaat.span,
                        code="citaat")
            elif texts and not any(_normal(citaat.text) in _normal(t) for t in texts):
                c.error(f"dit citaat staat niet (letterlijk) in {', '.join(b.text for b in bronnen)}", citaat.span,
                        "neem de zin letterlijk over uit de brontekst, of pas de bron aan", "citaat")


# -- Explaining one evaluation

def _braces(name: str) -> str:
    return "{" + name + "}"


def template_for(model: Model, table: ast.Table, row: int | None) -> str:
    """The sentence template for a fired row (None: no row, an input was onbekend).

    The table's own `uitleg` when it has one; otherwise a neutral sentence from the row's
    conditions, itself a template, so the generated code can fill it in the same way."""
    if table.uitleg:
        return table.uitleg
    bt = table
    outcome = ", ".join(f"{c.name} {_braces(c.name)}" for c in bt.outputs)
    if row is None:
        return f"{bt.name[:1].upper()}{bt.name[1:]} is niet te bepalen, want een gegeven ontbreekt."
    r = bt.rows[row - 1]
    reasons = [f"{col.name} {_braces(col.name)} is" for col, cell in zip(bt.inputs, r.conditions)
               if cell.kind not in ("any", "leeg", "anders")]
    if not reasons:
        return f"In alle andere gevallen is {outcome}."
    joined = reasons[0] if len(reasons) == 1 else ", ".join(reasons[:-1]) + " en " + reasons[-1]
    return f"Omdat {joined}, is {outcome}."


def templates(model: Model) -> dict[tuple[str, int | None], str]:
    """Every template the model can use, keyed by (table, row); for the generated code."""
    out: dict[tuple[str, int | None], str] = {}
    for table in model.tables():
        bt = table
        for row in [None] + [r.number for r in bt.rows]:
            out[(bt.name, row)] = template_for(model, table, row)
    return out


def applies(b, table) -> bool:
    """A step says something: a row fired, or (no row: an input was onbekend) it has a value to show.
    A collecting table where no row fired, or a step whose outcomes are all unknown or empty, does
    not apply to this case and is left out of the explanation."""
    if not b.regels and table.hit == "verzamel":
        return False
    return zegt_iets(b.uitkomst.values())


def explain(model: Model, resultaat: Resultaat, paragraphs: dict | None = None) -> list[Stap]:
    """The steps of a decision in the order of the route (compiler/semantiek/route.py), without
    the steps that do not apply."""
    paragraphs = paragraphs if paragraphs is not None else model.paragraphs
    tables = {t.name: t for t in model.tables()}
    order = rang(model)
    steps = []
    for b in sorted(resultaat.beslissingen, key=lambda b: order.get(b.tabel, (1 << 30, 0))):
        table = tables[b.tabel]
        if not applies(b, table):
            continue
        # Per fired row its own bron, or the table's, as in the row's Regel.
        bronnen: list[ast.Bron] = []
        quotes: list[ast.Citaat] = []
        for regel in b.regels:
            row = table.rows[regel.rij - 1] if isinstance(table, ast.Beslistabel) else None
            bronnen += (row.bron if row is not None and row.bron else table.bron)
            quotes += row.citaat if row is not None else ()
        if not b.regels:
            bronnen = list(table.bron)
        quotes += table.citaat
        bronnen = list({x.anchor: x for x in bronnen}.values())
        labels = ", ".join(dict.fromkeys(model.bron_label(x) for x in bronnen))
        extra = {"bron": labels or "de regels", "rij": ", ".join(str(r) for r in b.rijen)}
        zin = vul_in(template_for(model, table, b.rijen[0] if b.rijen else None), resultaat.waarden, extra)
        refs = []
        for x in bronnen:
            found = []
            if paragraphs and x.anchor in paragraphs:
                text = _normal(paragraphs[x.anchor].text)
                found = list(dict.fromkeys(q.text for q in quotes if _normal(q.text) in text))
            for quote in found or [""]:
                refs.append((model.bron_label(x), x.anchor, quote))
        steps.append(Stap(b.tabel, zin, dict(b.uitkomst), b.rijen, refs))
    return steps


def render(steps: list[Stap]) -> str:
    lines = []
    for i, s in enumerate(steps, 1):
        lines.append(f"{i}. {s.zin}")
        for label, _, quote in s.bron:
            lines.append(f"   Bron: {label}" + (f" — “{quote}”" if quote else ""))
    return "\n".join(lines)


# -- Motivering for a beschikking

def motivering(model: Model, resultaat: Resultaat, inputs: dict[str, Any], paragraphs: dict | None = None) -> str:
    """A text to paste into a beschikking (Awb 3:46): decision, grounds, paragraphs, and marked
    places where the SWT's own judgement was used — never a made-up reason."""
    steps = explain(model, resultaat, paragraphs)
    rs = model.regelset
    out = [f"Motivering — {rs.header.name}", ""]
    out.append("Besluit")
    # The decided values (not the explanatory texts, which the grounds below carry).
    for name in model.output_names:
        value = resultaat.waarden[name]
        kind = model.types[name].kind
        derived = isinstance(model.producers.get(name), ast.Derived)
        if value is not None and (kind in ("datum", "duur") if derived else kind not in ("tekst", "lijst")):
            out.append(f"- {name}: {tekst(value)}")
    out += ["", "Gronden"]
    document = rs.header.document or "de beleidsregel"
    for s in steps:
        labels = ", ".join(dict.fromkeys(label for label, _, _ in s.bron))
        out.append(f"- {s.zin}" + (f" [Bron: {labels}; {document}]" if labels else ""))
        for label, _, quote in s.bron:
            if quote:
                out.append(f"  {label}: “{quote}”")
    judgements = [d for d in rs.invoer if d.oordeel and _judgement_matters(model, resultaat, d, inputs)]
    if judgements:
        out += ["", "Oordeel van het Sociaal Wijkteam"]
        for d in judgements:
            value = inputs.get(d.name)
            if value is None:
                out.append(f"- {d.name}: nog niet beoordeeld. [SWT: beoordeel dit en motiveer uw oordeel]")
            else:
                out.append(f"- {d.name}: {tekst(value)}. [SWT: motiveer hier waarom — {d.description or d.name}]")
    return "\n".join(out) + "\n"


def _judgement_matters(model: Model, resultaat: Resultaat, d: ast.Decl, inputs: dict[str, Any]) -> bool:
    """A judgement that was given shaped the decision; one that is missing matters only when
    a fired row waits for it (tests `onbekend` on a value that depends on it)."""
    if inputs.get(d.name) is not None:
        return True
    tables = {t.name: t for t in model.tables()}
    for b in resultaat.beslissingen:
        table = tables[b.tabel]
        for regel in b.regels:
            row = table.rows[regel.rij - 1]
            for col, cell in zip(table.inputs, row.conditions):
                if any(t.op == "onbekend" for t in cell.tests) and d.name in ancestors(model, [col.name]) | {col.name}:
                    return True
    return False
