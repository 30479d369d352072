"""Mutation testing of the voorbeelden: change one cell of a table, and see who notices.

Input: a checked Model. Output: per table a Score, with every single-cell mutant and what
became of it, and the boundary values no voorbeeld uses (suggestions for new voorbeelden).

A mutant changes one cell: a value to another value of its domain, a range bound by one
step, a `-` to one region the column distinguishes, a conclusion to another value. Then:
- gelijkwaardig: no input tells the mutant from the table (searched exactly over the atoms
  of both), so nothing could notice it and it does not count;
- gedood door een voorbeeld: some voorbeeld that passes on the rules fails on the mutant;
- gedood door de controle: the checker rejects the mutant (a gap, or rows that conflict);
- overleefd: none of these; the report gives an input where the mutant decides otherwise.
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Iterator

from compiler import ast, ir
from compiler.analyse.tables import ColumnDomain, TableAnalysis
from compiler.analyse.tables import _unkey as unkey_value
from compiler.midden import lower
from compiler.semantiek.interpreter import evaluate_table
from compiler.analyse.lint import quote_row, witness_text
from compiler.semantiek.runtime import Duur, GeenBeslissing, hitregel, tekst

GELIJKWAARDIG, VOORBEELD, CONTROLE, OVERLEEFD = "gelijkwaardig", "voorbeeld", "controle", "overleefd"

_STEP = {"getal": 1, "bedrag": Decimal("0.01"), "datum": datetime.timedelta(days=1), "duur": Duur(1)}


# -- Mutants

@dataclass(frozen=True)
class Mutant:
    table: str
    row: ast.Row            # the row as written
    mutated: ast.Row        # the same row with one cell changed
    column: str
    before: str             # the cell's text, before and after
    after: str
    span: ast.Span

    @property
    def description(self) -> str:
        return f"rij {self.row.number}, kolom “{self.column}”: ‘{self.before}’ → ‘{self.after}’"


@dataclass
class Fate:
    mutant: Mutant
    status: str
    by: str = ""                          # the voorbeeld that noticed, or the checker's finding
    witness: tuple | None = None          # an input where mutant and table decide otherwise
    change: str = ""                      # what the mutant decides otherwise there


@dataclass
class Score:
    table: ast.Table
    fates: list[Fate] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(f.status == status for f in self.fates)

    @property
    def killed(self) -> int:
        return self.count(VOORBEELD) + self.count(CONTROLE)

    @property
    def counted(self) -> int:
        return len(self.fates) - self.count(GELIJKWAARDIG)

    @property
    def percentage(self) -> float:
        return 100.0 * self.killed / self.counted if self.counted else 100.0

    @property
    def survivors(self) -> list[Fate]:
        return [f for f in self.fates if f.status == OVERLEEFD]


def _lit(kind: str, value: Any) -> ast.Lit:
    if kind == "getal":
        return ast.Lit("getal", value, str(value))
    if kind in ("bedrag", "datum"):
        return ast.Lit(kind, value, tekst(value))
    if kind == "duur":
        return ast.Lit("duur", value, str(value))
    if kind == "janee":
        return ast.Lit("janee", value, "ja" if value else "nee")
    if kind == "tekst":
        return ast.Lit("tekst", value, f'"{value}"')
    return ast.Lit("woord", value, str(value))


def source_of_test(t: ast.Test) -> str:
    v = t.value.text if t.value is not None else ""
    return {
        "=": v, "tussen": f"{v} t/m {t.upper.text if t.upper else ''}", "<": f"tot {v}", "<=": f"t/m {v}",
        ">": f"meer dan {v}", ">=": f"vanaf {v}", "onbekend": "onbekend", "bevat": f"bevat {v}", "leeg": "leeg",
    }.get(t.op, t.op)


def cell_text(cell: ast.Cell) -> str:
    if cell.kind != "tests":
        return cell.text or "-"
    return ("niet " if cell.negated else "") + " of ".join(source_of_test(t) for t in cell.tests)


def _value_kind(t: ast.Type) -> str:
    e = t.element()
    return e.kind if e.kind not in ("keuze",) else "woord"


def _other_values(t: ast.Type, value: Any, model) -> list[Any]:
    """Other values of the domain next to `value`: one step either way, or every other choice."""
    e = t.element()
    if e.kind in ("keuze", "verzameling") and e.enum in model.enums:
        return [v for v in model.enums[e.enum].names if v != value]
    if e.kind == "janee":
        return [not value]
    if e.kind in _STEP:
        step = _STEP[e.kind]
        if e.kind == "duur":
            out = [Duur(value.maanden - 1), Duur(value.maanden + 1)]
            return [d for d in out if d.maanden >= 0]
        return [value - step, value + step]
    if e.kind == "tekst":
        return ["(gewijzigde tekst)"] if value != "(gewijzigde tekst)" else ["(andere tekst)"]
    return []


def _test_mutants(test: ast.Test, t: ast.Type, model) -> Iterator[ast.Test]:
    kind = _value_kind(t)
    if test.value is None or test.op in ("onbekend", "leeg"):
        return
    if test.op == "tussen":
        for v in _other_values(t, test.value.value, model):
            if v <= test.upper.value:
                yield dataclasses.replace(test, value=_lit(kind, v))
        for v in _other_values(t, test.upper.value, model):
            if v >= test.value.value:
                yield dataclasses.replace(test, upper=_lit(kind, v))
        return
    for v in _other_values(t, test.value.value, model):
        yield dataclasses.replace(test, value=_lit(kind, v))


def _atom_tests(analysis: TableAnalysis, c: int, t: ast.Type) -> Iterator[ast.Test]:
    """One test per region the column distinguishes: what a `-` could be made into."""
    kind = t.kind
    if kind == "verzameling":
        enum = analysis.domains[c].enum_values
        for v in enum:
            yield ast.Test("bevat", _lit("woord", v))
        yield ast.Test("leeg")
        if analysis.domains[c].optional:
            yield ast.Test("onbekend")
        return
    for atom in analysis.atoms[c]:
        if atom.text == "onbekend" and atom.value is None:
            yield ast.Test("onbekend")
        elif kind in _STEP:
            if atom.lo is None and atom.hi is None:
                continue
            lo, hi = atom.lo, atom.hi
            unkey = _unkey(kind)
            if lo is not None and hi is not None and lo[0] == hi[0]:
                yield ast.Test("=", _lit(kind, unkey(lo[0])))
            elif lo is not None and hi is not None:
                if lo[1] and hi[1]:
                    yield ast.Test("tussen", _lit(kind, unkey(lo[0])), _lit(kind, unkey(hi[0])))
                # an open interval between two amounts has no one-test cell
            elif lo is None:
                yield ast.Test("<=" if hi[1] else "<", _lit(kind, unkey(hi[0])))
            else:
                yield ast.Test(">=" if lo[1] else ">", _lit(kind, unkey(lo[0])))
        elif kind == "tekst" and atom.value == "\x00andere tekst":
            continue
        else:
            yield ast.Test("=", _lit(_value_kind(t), atom.value))


def _unkey(kind: str):
    return lambda key: unkey_value(key, kind)


def mutants(table: ast.Table, analysis: TableAnalysis, model) -> Iterator[Mutant]:
    bt = table
    for row in bt.rows:
        if not row.anders and table.kruis is None:  # a matrix's conditions are its header
            for c, (cell, col) in enumerate(zip(row.conditions, bt.inputs)):
                t = model.types[col.name]
                for new in _cell_mutants(cell, c, t, analysis, model):
                    mutated = dataclasses.replace(row, conditions=row.conditions[:c] + (new,) + row.conditions[c + 1:])
                    yield Mutant(bt.name, row, mutated, col.name, cell_text(cell), cell_text(new),
                                 cell.span if cell.span.line else row.span)
        for c, (cell, col) in enumerate(zip(row.conclusions, bt.outputs)):
            t = model.types.get(col.name)
            if t is None or cell.kind != "tests" or len(cell.tests) != 1 or cell.tests[0].op != "=":
                continue
            for new_test in _test_mutants(cell.tests[0], t, model):
                new = dataclasses.replace(cell, tests=(new_test,))
                new = dataclasses.replace(new, text=cell_text(new))
                mutated = dataclasses.replace(row, conclusions=row.conclusions[:c] + (new,) + row.conclusions[c + 1:])
                yield Mutant(bt.name, row, mutated, col.name, cell_text(cell), cell_text(new),
                             cell.span if cell.span.line else row.span)


def _cell_mutants(cell: ast.Cell, c: int, t: ast.Type, analysis: TableAnalysis, model) -> Iterator[ast.Cell]:
    if cell.kind == "any":
        for test in _atom_tests(analysis, c, t):
            new = ast.Cell("tests", (test,), span=cell.span)
            yield dataclasses.replace(new, text=cell_text(new))
        return
    if cell.kind != "tests":
        return
    seen = {cell}
    for k, test in enumerate(cell.tests):
        for new_test in _test_mutants(test, t, model):
            new = dataclasses.replace(cell, tests=cell.tests[:k] + (new_test,) + cell.tests[k + 1:])
            new = dataclasses.replace(new, text=cell_text(new))
            if new not in seen:
                seen.add(new)
                yield new


# -- Applying a mutant

def mutated_table(table: ast.Table, m: Mutant) -> ast.Table:
    rows = tuple(m.mutated if row is m.row else row for row in table.rows)
    return dataclasses.replace(table, rows=rows)


def mutated_model(model, table: ast.Table, new: ast.Table):
    clone = dataclasses.replace(model, order=tuple(new if step is table else step for step in model.order))
    stappen = tuple(lower.tabel(clone, new, analyse=False) if getattr(s, "name", None) == table.name and not isinstance(s, ir.Berekening)
                    else s for s in model.beslissingen.stappen) if model.beslissingen is not None else None
    return dataclasses.replace(clone, beslissingen=stappen and dataclasses.replace(model.beslissingen, stappen=stappen))


# -- Telling the mutant from the table: exactly, over the atoms of both

def _conclusion_key(row: ast.Row) -> tuple:
    out = []
    for cell in row.conclusions:
        if cell.kind in ("any", "leeg"):
            out.append(None)
        elif cell.kind == "expr":
            out.append(("expr", cell.expr))
        elif cell.tests and cell.tests[0].op == "onbekend":
            out.append(None)
        else:
            out.append(tuple((t.op, t.value.value if t.value else None) for t in cell.tests))
    return tuple(out)


def _decide(hit: str, rows: list[ast.Row], anders: ast.Row | None, width: int) -> Any:
    """The decision over symbolic outcomes (the cells themselves), with the hit policy's one meaning
    (runtime.hitregel): the rows that matched, or the anders row when none did."""
    if not rows and anders is not None:
        rows = [anders]
    try:
        return hitregel("", hit, [(r.number, _conclusion_key(r)) for r in rows], {}, width)[1]
    except GeenBeslissing:
        return ("geen beslissing",) if not rows else ("tegenstrijdig",)


def difference(table: ast.Beslistabel, m: Mutant, domains: list[ColumnDomain]) -> tuple | None:
    """An input (one value per condition column) where the mutant decides otherwise, or None."""
    anders = next((r for r in table.rows if r.anders), None)
    plain = [r for r in table.rows if not r.anders]
    if m.row.anders:
        # The anders row decides where no other row matches: a gap of the other rows.
        combined = TableAnalysis(table, domains)
        gaps = combined.gaps(limit=1)
        return gaps[0].witness if gaps else None
    extra = dataclasses.replace(table, rows=tuple(plain) + (m.mutated,))
    analysis = TableAnalysis(extra, domains)
    index = plain.index(m.row)
    new = len(plain)
    # Only inputs the row or its mutant matches can be decided otherwise.
    region = tuple(a | b for a, b in zip(analysis.masks[index], analysis.masks[new]))
    live = [r for r in range(len(analysis.rows)) if all(mk & rg for mk, rg in zip(analysis.masks[r], region))]

    def outcome(matched: list[int], mutant: bool) -> Any:
        hit = set(matched)
        rows = []
        for r, row in enumerate(plain):
            if mutant and r == index:
                if new in hit:
                    rows.append(m.mutated)
            elif r in hit:
                rows.append(row)
        return _decide(table.hit, rows, anders, len(table.outputs))

    def search(col: int, box: list[int], rows: list[int]) -> tuple | None:
        if col == len(box):
            if outcome(rows, False) != outcome(rows, True):
                return tuple(analysis.atoms[c][(box[c] & -box[c]).bit_length() - 1].value for c in range(len(box)))
            return None
        for keep, atoms in analysis._refine(region[col], rows, col).items():
            found = search(col + 1, box[:col] + [atoms] + box[col + 1:],
                           [r for r in rows if keep >> r & 1])
            if found is not None:
                return found
        return None

    return search(0, list(region), live)


def checker_finding(table: ast.Beslistabel, domains: list[ColumnDomain]) -> str:
    """What the checker would say about a table, in a few words ("" when it accepts it)."""
    analysis = TableAnalysis(table, domains)
    if table.hit in ("uniek", "eerste", "elke") and not any(r.anders for r in table.rows):
        gaps = analysis.gaps(limit=1)
        if gaps:
            return f"gat bij {gaps[0].describe(table.inputs)}"
    if table.hit in ("uniek", "elke"):
        for ov in analysis.overlaps():
            if not ov.same_outcome:
                return f"rij {ov.first.number} en rij {ov.second.number} overlappen met een andere uitkomst"
    return ""


# -- Running the voorbeelden against each mutant

def _decision(table: ast.Table, env: dict[str, Any], model) -> Any:
    try:
        b = evaluate_table(lower.tabel(model, table, analyse=False), env)
    except GeenBeslissing:
        return ("geen beslissing",)
    return tuple(sorted((k, tekst(v)) for k, v in b.uitkomst.items()))


def _outcome(table: ast.Table, env: dict[str, Any], model) -> dict[str, Any] | None:
    try:
        return evaluate_table(lower.tabel(model, table, analyse=False), env).uitkomst
    except GeenBeslissing:
        return None


def score_model(model, tables: list[str] | None = None) -> list[Score]:
    from compiler.semantiek.voorbeelden import run

    passing = []
    for v in model.regelset.voorbeelden:
        outcome = run(v, model)
        if outcome.ok and outcome.resultaat is not None:
            passing.append((v, outcome.resultaat.waarden))
    scores = []
    for table in model.tables():
        bt = table
        if tables and bt.name not in tables:
            continue
        analysis = model.analyses.get(bt.name)
        if analysis is None:
            continue
        score = Score(table)
        original = {v.name: _decision(table, env, model) for v, env in passing}
        for m in mutants(table, analysis, model):
            score.fates.append(_fate(model, table, bt, analysis, m, passing, original, run))
        scores.append(score)
    return scores


def _fate(model, table, bt, analysis, m: Mutant, passing, original, run) -> Fate:
    witness = difference(bt, m, analysis.domains)
    if witness is None:
        return Fate(m, GELIJKWAARDIG)
    new_table = mutated_table(table, m)
    clone = None
    for v, env in passing:
        if _decision(new_table, env, model) == original[v.name]:
            continue  # the mutant decides this voorbeeld's case just as the table does
        clone = clone or mutated_model(model, table, new_table)
        try:
            outcome = run(v, clone)
            noticed = not outcome.ok
        except Exception:  # noqa: BLE001 - a voorbeeld that crashes on the mutant has noticed it
            noticed = True
        if noticed:
            return Fate(m, VOORBEELD, v.name, witness)
    finding = checker_finding(new_table, analysis.domains)
    if finding:
        return Fate(m, CONTROLE, finding, witness)
    env = {c.name: w for c, w in zip(bt.inputs, witness)}
    return Fate(m, OVERLEEFD, "", witness, _change(_outcome(table, env, model), _outcome(new_table, env, model)))


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _change(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """What the mutant decides otherwise, output by output: ‘zwaarte wordt B in plaats van A’."""
    if before is None or after is None:
        return "geeft de tabel dan geen beslissing" if after is None else "beslist de tabel dan wel"
    parts = []
    for name in before:
        old, new = before[name], after.get(name)
        if old == new:
            continue
        if isinstance(old, tuple) and isinstance(new, tuple):
            gone = [x for x in old if x not in new]
            extra = [x for x in new if x not in old]
            words = [f"valt ‘{_short(tekst(x))}’ weg" for x in gone] + [f"komt ‘{_short(tekst(x))}’ erbij"
                                                                         for x in extra]
            parts.append(f"in {name} " + " en ".join(words) if words else f"verandert de volgorde van {name}")
        else:
            parts.append(f"wordt {name} ‘{_short(tekst(new))}’ in plaats van ‘{_short(tekst(old))}’")
    return " en ".join(parts)


def survivor_message(score: Score, fate: Fate) -> str:
    bt = score.table
    m = fate.mutant
    message = (f"geen voorbeeld merkt het op als rij {m.row.number} {quote_row(m.row, 40)} zou zijn "
               f"{quote_row(m.mutated, 40)}")
    if fate.witness is not None:
        message += f": bij {witness_text(bt.inputs, fate.witness)} {fate.change}"
    return message


# -- Boundary values no voorbeeld uses

def boundary_suggestions(model) -> list[tuple[ast.Table, str, list[Any]]]:
    """Per table and numeric column: the edges its rows use (each boundary and its neighbours)
    that no voorbeeld reaches the table with."""
    from compiler.semantiek.voorbeelden import run

    seen: dict[str, set] = {}
    for v in model.regelset.voorbeelden:
        outcome = run(v, model)
        if outcome.resultaat is None:
            continue
        for name, value in outcome.resultaat.waarden.items():
            seen.setdefault(name, set()).add(value)
    out = []
    for table in model.tables():
        bt = table
        analysis = model.analyses.get(bt.name)
        if analysis is None:
            continue
        for c, col in enumerate(bt.inputs):
            t = model.types[col.name]
            if t.kind not in _STEP:
                continue
            edges = _edges(analysis, c, t)
            missing = [v for v in edges if v not in seen.get(col.name, set())]
            if missing:
                out.append((table, col.name, missing))
    return out


def _edges(analysis: TableAnalysis, c: int, t: ast.Type) -> list[Any]:
    kind, step = t.kind, _STEP[t.kind]
    unkey = _unkey(kind)
    points = sorted({a.lo[0] for a in analysis.atoms[c] if a.lo is not None and a.lo == a.hi})
    lo = t.lo.value if t.lo is not None else None
    hi = t.hi.value if t.hi is not None else None
    values = []
    for p in points:
        value = unkey(p)
        for v in (value - step, value, value + step) if kind != "duur" else (
                Duur(value.maanden - 1), value, Duur(value.maanden + 1)):
            if (lo is None or v >= lo) and (hi is None or v <= hi) and v not in values:
                values.append(v)
    return values


__all__ = ["Mutant", "Fate", "Score", "score_model", "boundary_suggestions", "survivor_message"]
