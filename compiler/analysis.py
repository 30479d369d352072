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
    if lo is not None:
        points.add(lo)
    if hi is not None:
        points.add(hi)
    pts = sorted(points)
    atoms: list[Atom] = []

    def inside(v) -> bool:
        return (lo is None or v >= lo) and (hi is None or v <= hi)

    def interval(a, b) -> None:  # open interval (a, b); None = unbounded
        if discrete:
            first = a + 1 if a is not None else (b - 1 if b is not None else 0)
            last = b - 1 if b is not None else None
            if a is None:
                first = b - 1
                if not inside(first):
                    return
                text = f"t/m {_show(first, kind)}" if lo is None else f"{_show(lo, kind)} t/m {_show(first, kind)}"
                atoms.append(Atom(_unkey(first, kind), text))
                return
            if last is not None and last < first:
                return
            if not inside(first):
                return
            if last is None:
                text = f"vanaf {_show(first, kind)}"
            elif last == first:
                text = _show(first, kind)
            else:
                text = f"{_show(first, kind)} t/m {_show(last, kind)}"
            atoms.append(Atom(_unkey(first, kind), text))
        else:
            if a is None:
                atoms.append(Atom(_unkey(b - 1, kind), f"minder dan {_show(b, kind)}"))
            elif b is None:
                atoms.append(Atom(_unkey(a + 1, kind), f"meer dan {_show(a, kind)}"))
            else:
                atoms.append(Atom(_unkey((a + b) / 2, kind), f"tussen {_show(a, kind)} en {_show(b, kind)}"))

    if not pts:
        atoms.append(Atom(_unkey(lo if lo is not None else 0, kind), "elke waarde"))
        return atoms
    if lo is None:
        interval(None, pts[0])
    for i, p in enumerate(pts):
        if inside(p):
            atoms.append(Atom(_unkey(p, kind), _show(p, kind)))
        nxt = pts[i + 1] if i + 1 < len(pts) else None
        if nxt is None and hi is not None:
            break
        interval(p, nxt)
    return atoms


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
                if c >= len(chosen) and mask == self.full[c]:
                    texts.append(None)
                else:
                    texts.append(tuple(self.atoms[c][b].text for b in bits))
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
