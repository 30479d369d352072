"""Coverage of the source text: per paragraph, which rules encode it, or why none do.

Status per paragraph of regels/bron/beleidsregel.md: gecodeerd (cited by a table, row or
voorbeeld), oordeel SWT or informatief (declared in a `dekking` block, with the reason),
or niet gedekt — which `regels dekking` reports as a failure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from compiler import ast
from compiler.bron import Paragraph
from compiler.midden.model import Model

GECODEERD, OORDEEL, INFORMATIEF, NIET = "gecodeerd", "oordeel SWT", "informatief", "niet gedekt"


@dataclass
class Dekking:
    paragraph: Paragraph
    status: str = NIET
    rules: list[str] = field(default_factory=list)   # "tabel zwaarte (regels/…:12)"
    reasons: list[str] = field(default_factory=list)


def report(models: list[Model], paragraphs: dict[str, Paragraph]) -> list[Dekking]:
    rows = {anchor: Dekking(p) for anchor, p in paragraphs.items() if p.file.endswith("beleidsregel.md")}
    for model in models:
        for table in model.regelset.tables:
            refs = list(table.bron)
            if isinstance(table, ast.Beslistabel):
                refs += [b for row in table.rows for b in row.bron]
            kind = "kruistabel" if table.kruis is not None else "beslistabel"
            for ref in refs:
                _cite(rows, ref, f"{kind} “{table.name}” ({table.span.file}:{table.span.line})")
        for v in model.regelset.voorbeelden:
            for ref in v.bron:
                _cite(rows, ref, f"voorbeeld “{v.name}” ({v.span.file}:{v.span.line})")
        for item in model.regelset.dekking:
            row = rows.get(item.bron.anchor)
            if row is None:
                continue
            if item.status == GECODEERD:
                row.rules.append(f"{item.text} ({item.span.file}:{item.span.line})")
                row.status = GECODEERD
            else:
                row.reasons.append(item.text)
                if row.status == NIET:
                    row.status = item.status
    for row in rows.values():
        if row.rules:
            # Encoded, and where the text also leaves a judgement to the SWT, that too.
            row.status = GECODEERD + (f" en {row.status}" if row.status not in (NIET, GECODEERD) else "")
            row.rules = sorted(set(row.rules))
    return list(rows.values())


def _cite(rows: dict[str, Dekking], ref: ast.Bron, label: str) -> None:
    if ref.anchor in rows:
        rows[ref.anchor].rules.append(label)


def uncovered(rows: list[Dekking]) -> list[Dekking]:
    return [r for r in rows if r.status == NIET]
