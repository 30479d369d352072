"""Exact analysis of decision tables: gaps, overlaps and shadowed rows.

Each column's domain is split at the boundaries its rows use into atoms (a value, or an
interval between two boundaries); every test is then either true or false on a whole
atom. A row becomes one bitmask of atoms per column, so overlap is a bitwise AND per
column and gaps are found by splitting the rows column by column, grouping atoms that
keep the same rows. Nothing is sampled, and numeric and date ranges stay exact.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations
from typing import Any, Iterator

from . import ast
from .interpreter import cell_matches
from .runtime import Duur, tekst

MAX_SET_ELEMENTS = 8


@dataclass(frozen=True)
class Atom:
    value: Any  # a representative value: every test gives the same answer on the whole atom
    text: str   # how to say it: "3", "5 t/m 9", "minder dan 1", "onbekend"
    # For numeric atoms: the bounds as (key, inclusive) or None when unbounded, to merge
    # neighbouring atoms into one readable range.
    lo: tuple | None = None
    hi: tuple | None = None
    kind: str = ""


@dataclass(frozen=True)
class ColumnDomain:
    name: str
    type: ast.Type
    enum_values: tuple[str, ...] = ()
    optional: bool = False


# -- Splitting a column's domain into atoms

def _key(value: Any, kind: str) -> Any:
    if kind == "datum":
        return value.toordinal()
    if kind == "duur":
        return value.maanden
    return value


def _unkey(key: Any, kind: str) -> Any:
    if kind == "datum":
        return datetime.date.fromordinal(key)
    if kind == "duur":
        return Duur(key)
    if kind == "bedrag":
        return Decimal(key)
    return key


def _show(key: Any, kind: str) -> str:
    value = _unkey(key, kind)
    return str(value) if kind in ("duur", "getal") else tekst(value)


def _numeric_atoms(domain: ColumnDomain, cells: list[ast.Cell]) -> list[Atom]:
    kind = domain.type.kind
    discrete = kind != "bedrag"
    points = set()
    for cell in cells:
        for t in cell.tests:
            for lit in (t.value, t.upper):
                if lit is not None and lit.kind in ("getal", "bedrag", "datum", "duur"):
                    points.add(_key(lit.value, kind))
    lo = _key(domain.type.lo.value, kind) if domain.type.lo is not None else None
    hi = _key(domain.type.hi.value, kind) if domain.type.hi is not None else None
    points |= {p for p in (lo, hi) if p is not None}
    pts = sorted(p for p in points if (lo is None or p >= lo) and (hi is None or p <= hi))
    atoms: list[Atom] = []

    def add(value_key, a: tuple | None, b: tuple | None) -> None:
        atoms.append(Atom(_unkey(value_key, kind), range_text(a, b, kind), a, b, kind))

    if not pts:
        add(0, None, None)
        return atoms
    if lo is None:
        first = pts[0]
        add(first - 1, None, (first - 1, True) if discrete else (first, False))
    for i, p in enumerate(pts):
        add(p, (p, True), (p, True))
        nxt = pts[i + 1] if i + 1 < len(pts) else None
        if nxt is None:
            if hi is None:
                add(p + 1, (p + 1, True) if discrete else (p, False), None)
        elif discrete:
            if nxt - p >= 2:
                add(p + 1, (p + 1, True), (nxt - 1, True))
        else:
            add((p + nxt) / 2, (p, False), (nxt, False))
    return atoms


def range_text(a: tuple | None, b: tuple | None, kind: str) -> str:
    """Say a range the way a table cell would: 3, 1 t/m 2, vanaf 5, minder dan € 10."""
    if a is None and b is None:
        return "elke waarde"
    if a is not None and b is not None and a == b:
        return _show(a[0], kind)
    lo = None if a is None else (f"vanaf {_show(a[0], kind)}" if a[1] else f"meer dan {_show(a[0], kind)}")
    hi = None if b is None else (f"t/m {_show(b[0], kind)}" if b[1] else f"minder dan {_show(b[0], kind)}")
    if lo and hi and a[1] and b[1]:
        return f"{_show(a[0], kind)} t/m {_show(b[0], kind)}"
    return " en ".join(x for x in (lo, hi) if x)


def merged_texts(atoms: list[Atom], bits: list[int]) -> tuple[str, ...]:
    """The atoms of a region, neighbouring numeric atoms merged into one range."""
    out: list[str] = []
    run: list[Atom] = []

    def flush() -> None:
        if run:
            out.append(range_text(run[0].lo, run[-1].hi, run[0].kind))
            run.clear()

    previous = None
    for bit in bits:
        atom = atoms[bit]
        if atom.kind and (atom.lo is not None or atom.hi is not None or atom.text == "elke waarde"):
            if run and previous is not None and bit == previous + 1:
                run.append(atom)
            else:
                flush()
                run.append(atom)
        else:
            flush()
            out.append(atom.text)
        previous = bit
    flush()
    return tuple(out)


def atoms_for(domain: ColumnDomain, cells: list[ast.Cell]) -> list[Atom]:
    kind = domain.type.kind
    if kind == "janee":
        atoms = [Atom(True, "ja"), Atom(False, "nee")]
    elif kind == "keuze":
        atoms = [Atom(v, v) for v in domain.enum_values]
    elif kind in ("getal", "bedrag", "datum", "duur"):
        atoms = _numeric_atoms(domain, cells)
    elif kind == "tekst":
        seen = sorted({t.value.value for c in cells for t in c.tests if t.value is not None})
        atoms = [Atom(v, f"“{v}”") for v in seen] + [Atom("\x00andere tekst", "een andere tekst")]
    elif kind == "verzameling":
        used = sorted({t.value.value for c in cells for t in c.tests if t.op == "bevat"})
        others = [v for v in domain.enum_values if v not in used]
        if len(used) > MAX_SET_ELEMENTS:
            used = used[:MAX_SET_ELEMENTS]
        atoms = []
        for n in range(len(used) + 1):
            for subset in combinations(used, n):
                for with_other in ([False, True] if others else [False]):
                    value = frozenset(subset) | ({others[0]} if with_other else set())
                    text = "{" + ", ".join(sorted(value)) + "}" if value else "leeg"
                    atoms.append(Atom(value, text))
    else:
        atoms = [Atom(None, "elke waarde")]
    if domain.optional:
        atoms.append(Atom(None, "onbekend"))
    return atoms


# -- The analysis

@dataclass(frozen=True)
class Gap:
    """An uncovered region: per column the atoms (texts) it holds, or None for 'elke waarde'."""

    region: tuple[tuple[str, ...] | None, ...]
    witness: tuple[Any, ...]

    def describe(self, columns: tuple[ast.Column, ...]) -> str:
        parts = []
        for col, texts in zip(columns, self.region):
            parts.append(f"{col.name} {' of '.join(texts)}" if texts is not None else f"{col.name} elke waarde")
        return ", ".join(parts)


@dataclass(frozen=True)
class Overlap:
    first: ast.Row
    second: ast.Row
    witness: tuple[Any, ...]
    witness_text: tuple[str, ...]
    same_outcome: bool


class TableAnalysis:
    def __init__(self, table: ast.Beslistabel, domains: list[ColumnDomain]):
        self.table = table
        self.domains = domains
        self.rows = [r for r in table.rows if not r.anders]
        self.atoms = [atoms_for(d, [r.conditions[i] for r in self.rows]) for i, d in enumerate(domains)]
        self.masks = [
            tuple(self._mask(row.conditions[i], i) for i in range(len(domains))) for row in self.rows
        ]
        self.full = tuple((1 << len(a)) - 1 for a in self.atoms)

    def _mask(self, cell: ast.Cell, column: int) -> int:
        mask = 0
        for bit, atom in enumerate(self.atoms[column]):
            if cell_matches(cell, atom.value):
                mask |= 1 << bit
        return mask

    def gaps(self, limit: int = 10, within: tuple[int, ...] | None = None,
             rows: list[int] | None = None) -> list[Gap]:
        """Regions no row covers, each as large as the split allows; at most `limit`."""
        region = within or self.full
        candidates = list(range(len(self.rows))) if rows is None else rows
        found: list[Gap] = []
        self._search(candidates, 0, region, [], found, limit)
        return found

    def _search(self, rows: list[int], col: int, region, chosen: list[int], found: list[Gap], limit: int) -> None:
        if len(found) >= limit:
            return
        ncols = len(self.atoms)
        if not rows:
            texts = []
            witness = []
            for c in range(ncols):
                mask = chosen[c] if c < len(chosen) else region[c]
                bits = [b for b in range(len(self.atoms[c])) if mask >> b & 1]
                witness.append(self.atoms[c][bits[0]].value)
                if mask == self.full[c]:
                    texts.append(None)
                else:
                    texts.append(merged_texts(self.atoms[c], bits))
            found.append(Gap(tuple(texts), tuple(witness)))
            return
        if col == ncols:
            return
        # Group this column's atoms by the rows that still match them.
        groups: dict[tuple[int, ...], int] = {}
        for bit in range(len(self.atoms[col])):
            if not region[col] >> bit & 1:
                continue
            keep = tuple(r for r in rows if self.masks[r][col] >> bit & 1)
            groups[keep] = groups.get(keep, 0) | (1 << bit)
        for keep, mask in groups.items():
            self._search(list(keep), col + 1, region, chosen + [mask], found, limit)
            if len(found) >= limit:
                return

    def overlaps(self) -> Iterator[Overlap]:
        outcomes = [tuple(c.text for c in r.conclusions) for r in self.rows]
        for i, j in combinations(range(len(self.rows)), 2):
            mi, mj = self.masks[i], self.masks[j]
            if all(a & b for a, b in zip(mi, mj)):
                witness, texts = [], []
                for c, (a, b) in enumerate(zip(mi, mj)):
                    both = a & b
                    bit = (both & -both).bit_length() - 1
                    witness.append(self.atoms[c][bit].value)
                    texts.append(self.atoms[c][bit].text)
                yield Overlap(self.rows[i], self.rows[j], tuple(witness), tuple(texts),
                              outcomes[i] == outcomes[j])

    def shadowed(self) -> Iterator[tuple[ast.Row, list[ast.Row]]]:
        """Rows of an `eerste` table that earlier rows cover entirely."""
        for j in range(len(self.rows)):
            if not all(self.masks[j]):
                yield self.rows[j], []
                continue
            earlier = [i for i in range(j) if all(a & b for a, b in zip(self.masks[i], self.masks[j]))]
            if earlier and not self.gaps(limit=1, within=self.masks[j], rows=earlier):
                yield self.rows[j], [self.rows[i] for i in earlier]

    def empty_rows(self) -> Iterator[ast.Row]:
        for row, masks in zip(self.rows, self.masks):
            if not all(masks):
                yield row
