"""Lint a checked Model: what nobody uses, and which rows the voorbeelden never reach.

Input: a Model whose table analysis ran (checks.py calls `lint` when there are no errors).
Output: warnings in a Collector, each with the rows it is about quoted as they are written:
- "ongebruikt": an invoer nobody reads, a value nobody reads or expects, a keuzelijst no
  declaration uses, a keuzelijst value no row or calculation gives or tests;
- "dekking-voorbeelden": a voorbeeld that reaches no row, and per table the rows no
  voorbeeld reaches, each with an input that would reach it.
A warning about a row that carries a toelichting counts as explained: the warning keeps
that text (Diagnostic.toelichting), and `regels bouw` counts it apart.
"""

from __future__ import annotations

from typing import Any

from compiler import ast
from compiler.errors import Collector
from compiler.semantiek.runtime import tekst

ONGEBRUIKT = "ongebruikt"
DEKKING = "dekking-voorbeelden"

# How many rows a message names before it says "en nog …".
_MAX_ROWS = 5
# A table's uitleg names values between braces: {reden zwaarte}.


# -- Quoting rows and values

def quote_row(row: ast.Row, width: int = 0) -> str:
    """A row as it is written in the table: ‘| 1 t/m 2 || A |’; cells cut at `width` (0: whole)."""
    def cell(c: ast.Cell) -> str:
        text = _cell_text(c)
        return text[: width - 1].rstrip() + "…" if width and len(text) > width else text

    conds = " | ".join(cell(c) for c in row.conditions)
    concl = " | ".join(cell(c) for c in row.conclusions)
    return f"‘| {conds} || {concl} |’"


def row_label(row: ast.Row) -> str:
    return f"rij {row.number} {quote_row(row)}"


def _cell_text(cell: ast.Cell) -> str:
    if cell.kind == "leeg":
        return ""
    return cell.text or ("-" if cell.kind == "any" else "?")


def value_text(value: Any) -> str:
    return tekst(value)


def witness_text(columns, values) -> str:
    return ", ".join(f"{c.name} {value_text(v)}" for c, v in zip(columns, values))


def row_witness(analysis, index: int) -> tuple | None:
    """An input that reaches row `index` (of analysis.rows): one of its own, not an earlier row's
    in an `eerste` table; None when there is none."""
    earlier = list(range(index)) if analysis.table.hit == "eerste" else []
    gaps = analysis.gaps(limit=1, within=analysis.masks[index], rows=earlier)
    return gaps[0].witness if gaps else None


# -- Names: who reads what

def reads(model) -> set[str]:
    """Every name a table, calculation, uitleg or controle reads."""
    names: set[str] = set()
    for step in model.order:
        if isinstance(step, ast.Derived):
            names |= ast.expr_refs(step.expr)
            continue
        bt = step
        names |= {c.name for c in bt.inputs}
        names |= {p.name.strip() for p in step.plekken}
        for row in bt.rows:
            for cell in row.conclusions:
                names |= ast.expr_refs(cell.expr)
    for controle in model.regelset.controles:
        names |= ast.expr_refs(controle.expr)
    return names


# -- The lint

def lint(model, c: Collector) -> None:
    _unused(model, c)
    _unused_enum_values(model, c)
    _voorbeelden(model, c)


def _unused(model, c: Collector) -> None:
    rs = model.regelset
    read = reads(model)
    declared_out = {d.name for d in rs.uitvoer}
    expected = {a.name for v in rs.voorbeelden for a in v.verwacht}
    for d in rs.invoer:
        if d.name not in read:
            c.warning(f"invoer “{d.name}” wordt nergens gelezen: geen tabel, berekening of controle gebruikt hem",
                      d.span, "gebruik hem in een tabel of berekening, of haal hem weg uit het invoer-blok",
                      ONGEBRUIKT)
    for step in model.order:
        if isinstance(step, ast.Derived):
            names = [(step.name, step.span, "")]
        else:
            bt = step
            names = [(col.name, col.span, bt.name) for col in bt.outputs]
        for name, span, table in names:
            if name in read or name in declared_out or name in expected:
                continue
            what = f"uitkomst “{name}” van tabel “{table}”" if table else f"afgeleide waarde “{name}”"
            c.warning(f"{what} wordt nergens gebruikt: geen tabel of berekening leest hem, hij staat niet "
                      "onder uitvoer en geen voorbeeld verwacht hem", span,
                      f"zet “{name}” onder uitvoer als het een uitkomst is, of verwijder hem", ONGEBRUIKT,
                      table=table)
    used = {t.enum for t in model.types.values() if t.enum} | {
        d.type.enum for d in (*rs.invoer, *rs.uitvoer) if d.type.enum}
    for k in rs.keuzelijsten:
        if k.name not in used:
            c.warning(f"keuzelijst “{k.name}” wordt nergens gebruikt", k.span,
                      "gebruik hem als type (keuze uit …) of haal hem weg", ONGEBRUIKT)


def _unused_enum_values(model, c: Collector) -> None:
    rs = model.regelset
    types = model.types
    mentioned: dict[str, set[str]] = {}   # keuzelijst → values a row or calculation names
    produced: dict[str, set[str]] = {}    # keuzelijst → values a table gives
    open_ended: set[str] = set()          # keuzelijsten a calculation gives: anything goes
    from_outside = {d.type.enum for d in rs.invoer if d.type.enum}
    # A value of a set may be counted rather than named (aantal, verschil): only a keuze whose
    # other values are named in rows is expected to name each of its values.
    single = {t.enum for t in types.values() if t.kind == "keuze" and t.enum}
    words: set[str] = set()
    for d in rs.afgeleid:
        words |= ast.expr_words(d.expr)
        if types.get(d.name) is not None and types[d.name].enum:
            open_ended.add(types[d.name].enum)
    for controle in rs.controles:
        words |= ast.expr_words(controle.expr)
    for step in model.order:
        if isinstance(step, ast.Derived):
            continue
        bt = step
        in_enums = [types[col.name].element().enum if col.name in types else None for col in bt.inputs]
        out_enums = [types[col.name].element().enum if col.name in types else None for col in bt.outputs]
        for row in bt.rows:
            for cell, enum in zip(row.conditions, in_enums):
                if enum:
                    mentioned.setdefault(enum, set()).update(
                        str(t.value.value) for t in cell.tests if t.value is not None)
            for cell, enum in zip(row.conclusions, out_enums):
                if cell.kind == "expr":
                    words |= ast.expr_words(cell.expr)
                    if enum:
                        open_ended.add(enum)
                elif enum:
                    values = {str(t.value.value) for t in cell.tests if t.value is not None}
                    mentioned.setdefault(enum, set()).update(values)
                    produced.setdefault(enum, set()).update(values)
    for k in rs.keuzelijsten:
        if k.name not in model.enums or model.enums[k.name] is not k:
            continue
        produced_only = k.name in produced and k.name not in from_outside and k.name not in open_ended
        for v in k.values:
            if produced_only and v.name not in produced[k.name]:
                message = f"waarde “{v.name}” van keuzelijst “{k.name}” komt uit geen enkele rij: geen tabel geeft hem"
                hint = f"voeg een rij toe die “{v.name}” geeft, of haal de waarde uit de keuzelijst"
            elif v.name not in mentioned.get(k.name, set()) and v.name not in words:
                named = [w.name for w in k.values if w.name != v.name
                         and (w.name in mentioned.get(k.name, set()) or w.name in words)]
                if k.name in single and mentioned.get(k.name):
                    message = (f"waarde “{v.name}” van keuzelijst “{k.name}” wordt in geen rij of berekening "
                               "genoemd; alleen ‘-’, ‘niet …’ of ‘anders’ vangt hem op")
                    hint = f"noem “{v.name}” in de rij die erover gaat, of haal de waarde uit de keuzelijst"
                elif k.name not in single and k.name in from_outside and len(named) >= 2 \
                        and 2 * len(named) >= len(k.values) - 1:
                    # A set whose values rows or calculations name one by one (bevat …), most of
                    # them: a new value that none names counts nowhere, though a writer expects it to.
                    message = (f"waarde “{v.name}” van keuzelijst “{k.name}” wordt in geen rij of berekening "
                               f"genoemd, terwijl andere waarden dat wel worden (zoals “{named[0]}”): "
                               "hij telt nergens mee")
                    hint = (f"zet “{v.name}” in de tabel of berekening die de andere waarden behandelt "
                            f"(zoek waar “{named[0]}” staat), of haal de waarde uit de keuzelijst")
                else:
                    continue  # unused, passed on, or a set that is only counted: nothing to expect
            else:
                continue
            c.warning(message, v.span if v.span.line else k.span, hint, ONGEBRUIKT)


def _voorbeelden(model, c: Collector) -> None:
    rs = model.regelset
    if not rs.voorbeelden:
        if rs.tables:
            c.warning(f"regelset “{rs.header.name}” heeft geen voorbeelden: geen enkele rij is getest",
                      rs.header.span, "schrijf per tabel een voorbeeld voor elke rij", DEKKING)
        return
    fired = fired_rows(model)
    for v, rows in fired.items():
        # Expecting ‘geen’ from a verzamel table, or onbekend from a matrix, is a real check;
        # a voorbeeld that reaches no row of any table checks no rule at all.
        if rows is not None and not any(rows.values()):
            c.warning(f"voorbeeld “{v.name}” raakt geen enkele rij van een tabel", v.span,
                      "geef het voorbeeld invoer waar een tabel over beslist, of haal het weg", DEKKING)
    reached: dict[str, set[int]] = {}
    for rows in fired.values():
        for table, numbers in (rows or {}).items():
            reached.setdefault(table, set()).update(numbers)
    for table in model.tables():
        bt = table
        analysis = model.analyses.get(bt.name)
        if analysis is None:
            continue
        reachable = reachable_rows(analysis)
        missing = [(row, w) for row, w in reachable if row.number not in reached.get(bt.name, set())]
        if not missing:
            continue
        explained = [(row, w) for row, w in missing if row.toelichting]
        open_rows = [(row, w) for row, w in missing if not row.toelichting]
        for group, toelichting in ((open_rows, ""), (explained, "; ".join(r.toelichting for r, _ in explained))):
            if not group:
                continue
            numbers = [row.number for row, _ in group]
            named = _rows_phrase(numbers)
            related = tuple(
                (f"rij {row.number}, bijvoorbeeld bij {witness_text(bt.inputs, w)}", row.span)
                for row, w in group[:_MAX_ROWS])
            first_row, first_w = group[0]
            c.warning(f"tabel “{bt.name}”: geen enkel voorbeeld raakt {named} "
                      f"({len(numbers)} van de {len(reachable)} rijen)",
                      first_row.span,
                      f"voeg een voorbeeld toe voor {row_label(first_row)}, bijvoorbeeld met "
                      f"{witness_text(bt.inputs, first_w)}", DEKKING, related,
                      table=bt.name, rows=tuple(numbers), toelichting=toelichting)


def _rows_phrase(numbers: list[int]) -> str:
    """rij 1, rij 3 en rij 4; after a few: rij 1, rij 2, … en nog 12 rijen."""
    words = [f"rij {n}" for n in numbers]
    if len(words) > _MAX_ROWS:
        return ", ".join(words[:_MAX_ROWS]) + f" en nog {len(words) - _MAX_ROWS} rijen"
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]


def fired_rows(model) -> dict[ast.Voorbeeld, dict[str, set[int]] | None]:
    """Per voorbeeld, per table, the numbers of the rows that fire (None: it could not be run)."""
    from compiler.semantiek.interpreter import Interpreter
    from compiler.semantiek.voorbeelden import inputs_of, peildata

    out: dict[ast.Voorbeeld, dict[str, set[int]] | None] = {}
    interpreter = Interpreter(model)
    dagen = peildata(model)  # a voorbeeld without its own peildatum runs at every validity boundary
    for v in model.regelset.voorbeelden:
        rows: dict[str, set[int]] | None = {}
        for dag in ([v.peildatum.value] if v.peildatum is not None else dagen):
            try:
                resultaat = interpreter.evaluate(inputs_of(v, model, dag))
            except Exception:  # noqa: BLE001 - a voorbeeld that cannot run is `regels test`'s to report
                rows = None
                break
            for b in resultaat.beslissingen:
                rows.setdefault(b.tabel, set()).update(r.rij for r in b.regels)
        out[v] = rows
    return out


def reachable_rows(analysis) -> list[tuple[ast.Row, tuple]]:
    """Every row that some input reaches, with such an input; the anders row last."""
    out = []
    for index, row in enumerate(analysis.rows):
        w = row_witness(analysis, index)
        if w is not None:
            out.append((row, w))
    anders = [r for r in analysis.table.rows if r.anders]
    if anders:
        gaps = analysis.gaps(limit=1)
        if gaps:
            out.append((anders[0], gaps[0].witness))
    return out


def coverage(model) -> list[tuple[ast.Beslistabel, int, int, int]]:
    """Per table: (table, rows some voorbeeld reaches, rows an input can reach, voorbeelden that
    reach a row of it)."""
    reached: dict[str, set[int]] = {}
    users: dict[str, int] = {}
    for rows in fired_rows(model).values():
        for table, numbers in (rows or {}).items():
            reached.setdefault(table, set()).update(numbers)
            users[table] = users.get(table, 0) + bool(numbers)
    out = []
    for table in model.tables():
        bt = table
        analysis = model.analyses.get(bt.name)
        if analysis is None:
            continue
        rows = reachable_rows(analysis)
        out.append((bt, sum(row.number in reached.get(bt.name, set()) for row, _ in rows), len(rows),
                    users.get(bt.name, 0)))
    return out
