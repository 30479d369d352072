"""Exact analysis of decision tables: gaps, overlaps and unreachable rows.

Input: a Beslistabel and the domain of each condition column. Output: the uncovered regions
(Gap), the pairs of rows that can match one input (Overlap), and the rows that never fire.

Each column's domain is split at the boundaries its rows use into atoms (a value, or an
interval between two boundaries); every test is then either true or false on a whole atom.
A row becomes one bitmask of atoms per column. Overlaps are found per column with prefix
bitsets over rows (which rows start before and end after an atom), narrowed by AND across
columns and then checked pair by pair. Gaps are found by a k-d search: a box of atoms is
cut at the boundary fewest rows straddle until each piece has no row (a gap, then grown
to the largest uncovered box) or a row that covers it. Nothing is sampled, and numeric and
date ranges stay exact; bench/analyse.py measures it.
"""

from __future__ import annotations

import datetime
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations
from typing import Any, Iterator

from compiler import ast
from compiler.midden.lower import voorwaarde
from compiler.semantiek.runtime import Duur, tekst, voldoet

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

NUMERIC = ("getal", "bedrag", "datum", "duur")


@dataclass(frozen=True)
class Gap:
    """An uncovered region: per column the atoms (texts) it holds, or None for 'elke waarde'."""

    region: tuple[tuple[str, ...] | None, ...]
    witness: tuple[Any, ...]
    masks: tuple[int, ...] = field(default=(), compare=False)

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


def _bits(mask: int) -> Iterator[int]:
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


def _runs(mask: int) -> list[tuple[int, int]]:
    """The maximal runs of set bits, as (first, last) bit indexes."""
    out = []
    while mask:
        start = (mask & -mask).bit_length() - 1
        shifted = mask >> start
        length = (~shifted & (shifted + 1)).bit_length() - 1  # trailing ones
        out.append((start, start + length - 1))
        mask &= ~(((1 << length) - 1) << start)
    return out


class _Column:
    """One column's atoms, and the atoms each cell matches (cached: tables repeat cells)."""

    def __init__(self, domain: ColumnDomain, atoms: list[Atom]):
        self.domain = domain
        self.atoms = atoms
        self.full = (1 << len(atoms)) - 1
        self.kind = domain.type.kind
        self.numeric = self.kind in NUMERIC
        known = [a for a in atoms if not (a.value is None and a.text == "onbekend")]
        self.known = (1 << len(known)) - 1
        self.unknown = self.full ^ self.known
        # Numeric atoms are in increasing order, so a test matches a run found by bisection.
        self.keys = [_key(a.value, self.kind) for a in known] if self.numeric else []
        self.cache: dict[ast.Cell, int] = {}

    def mask(self, cell: ast.Cell) -> int:
        if cell.kind in ("any", "leeg", "anders"):
            return self.full
        m = self.cache.get(cell)
        if m is None:
            m = self.cache[cell] = self._numeric_mask(cell) if self.numeric else self._slow_mask(cell)
        return m

    def _slow_mask(self, cell: ast.Cell) -> int:
        mask = 0
        condition = voorwaarde(cell)
        for bit, atom in enumerate(self.atoms):
            if voldoet(condition, atom.value):
                mask |= 1 << bit
        return mask

    def _numeric_mask(self, cell: ast.Cell) -> int:
        mask = 0
        for t in cell.tests:
            mask |= self._test_mask(t)
        if cell.negated:
            mask = self.known & ~mask  # "niet X" is about a known value
        return mask

    def _test_mask(self, t: ast.Test) -> int:
        if t.op == "onbekend":
            return self.unknown
        if t.value is None or t.value.kind not in NUMERIC:
            return 0
        keys, n = self.keys, len(self.keys)
        v = _key(t.value.value, self.kind)
        if t.op == "=":
            i = bisect_left(keys, v)
            return 1 << i if i < n and keys[i] == v else 0
        if t.op == "tussen":
            a, b = bisect_left(keys, v), bisect_right(keys, _key(t.upper.value, self.kind))
        elif t.op == "<":
            a, b = 0, bisect_left(keys, v)
        elif t.op == "<=":
            a, b = 0, bisect_right(keys, v)
        elif t.op == ">":
            a, b = bisect_right(keys, v), n
        elif t.op == ">=":
            a, b = bisect_left(keys, v), n
        else:
            return 0
        return ((1 << b) - 1) ^ ((1 << a) - 1) if b > a else 0


class TableAnalysis:
    """The rows of one table as bitmasks over the atoms of each column.

    `masks[r][c]` holds the atoms of column c that row r's cell matches; `rowsets[c][a]`
    holds (as a bitmask over rows) the rows whose cell in column c matches atom a.
    """

    def __init__(self, table: ast.Beslistabel, domains: list[ColumnDomain]):
        self.table = table
        self.domains = domains
        self.rows = [r for r in table.rows if not r.anders]
        self.atoms = [atoms_for(d, [r.conditions[i] for r in self.rows]) for i, d in enumerate(domains)]
        self.columns = [_Column(d, a) for d, a in zip(domains, self.atoms)]
        self.masks = [tuple(col.mask(row.conditions[i]) for i, col in enumerate(self.columns)) for row in self.rows]
        self.full = tuple(col.full for col in self.columns)
        self.all_rows = (1 << len(self.rows)) - 1
        self.rowsets = [self._rowsets(c) for c in range(len(self.columns))]
        self._segments = [self._column_segments(c) for c in range(len(self.columns))]

    def _mask(self, cell: ast.Cell, column: int) -> int:
        return self.columns[column].mask(cell)

    def _rowsets(self, c: int) -> list[int]:
        # Toggle each row on at the start of each run of its mask and off after its end;
        # a running XOR then gives, per atom, the rows that match it.
        by_mask: dict[int, int] = {}
        for r, masks in enumerate(self.masks):
            by_mask[masks[c]] = by_mask.get(masks[c], 0) | (1 << r)
        n = len(self.atoms[c])
        events = [0] * (n + 1)
        for mask, rows in by_mask.items():
            for a, b in _runs(mask):
                events[a] ^= rows
                events[b + 1] ^= rows
        out, current = [], 0
        for a in range(n):
            current ^= events[a]
            out.append(current)
        return out

    def _column_segments(self, c: int) -> list[tuple[int, int]]:
        """Neighbouring atoms that the same rows match, as (atoms mask, rows)."""
        segments: list[tuple[int, int]] = []
        seen: dict[int, int] = {}
        for a, rows in enumerate(self.rowsets[c]):
            seen[rows] = seen.get(rows, 0) | (1 << a)
        for rows, mask in seen.items():
            segments.append((mask, rows))
        return segments

    # -- gaps
    def gaps(self, limit: int = 10, within: tuple[int, ...] | None = None,
             rows: list[int] | None = None) -> list[Gap]:
        """Regions no row covers; at most `limit`, each grown to a box as large as it goes.

        The search may find one uncovered region in pieces; each piece is grown, column by
        column, to the largest box no row touches, and pieces inside a box already found are
        skipped. So one missing row reads as one gap.
        """
        region = tuple(within or self.full)
        if any(m == 0 for m in region):
            return []
        candidates = self.all_rows if rows is None else sum(1 << r for r in set(rows))
        found: list[tuple[int, ...]] = []

        def on_gap(piece: tuple[int, ...]) -> bool:
            if not any(all(p & ~f == 0 for p, f in zip(piece, box)) for box in found):
                found.append(self._grow(piece, candidates, region, found))
            return len(found) >= limit

        self._search(candidates, region, on_gap)
        return [self._gap(m) for m in found]

    def covered(self, within: tuple[int, ...], rows: list[int]) -> bool:
        """Whether `rows` together match every input in the region `within`."""
        found: list = []
        self._search(sum(1 << r for r in set(rows)), tuple(within), lambda piece: found.append(piece) or True)
        return not found

    def _search(self, rows: int, region: tuple[int, ...], report) -> None:
        """Split the region, box by box, until each box has no row (a gap) or a row covering it.

        Each step cuts one column where the fewest rows straddle the cut (a k-d split): at one
        boundary for numbers and dates, by the rows' values for the other columns. `report`
        gets each uncovered box and returns True to stop.
        """
        start = [r for r in _bits(rows) if all(m & region[c] for c, m in enumerate(self.masks[r]))]
        stack = [(region, start)]
        while stack:
            box, live = stack.pop()
            if not live:
                if report(box):
                    return
                continue
            children = self._best_split(box, live)
            if children:
                stack.extend(reversed(children))

    def _touching(self, c: int, atoms: int) -> int:
        """The rows whose cell in column c matches one of `atoms`."""
        rows = 0
        for segment, matching in self._segments[c]:
            if segment & atoms:
                rows |= matching
        return rows

    def _grow(self, box: tuple[int, ...], candidates: int, region: tuple[int, ...],
              found: list[tuple[int, ...]] = ()) -> tuple[int, ...]:
        """The largest box around `box`, column by column, that no row touches; gaps found
        before block it too, so two gaps do not describe the same inputs twice."""
        box = list(box)
        ncols = len(box)
        touch = [self._touching(c, box[c]) & candidates for c in range(ncols)]
        for c in range(ncols):
            others = candidates
            for c2 in range(ncols):
                if c2 != c:
                    others &= touch[c2]
            blocked = 0
            for r in _bits(others):
                blocked |= self.masks[r][c]
            said = 0
            for other in found:
                if all(other[c2] & box[c2] for c2 in range(ncols) if c2 != c):
                    said |= other[c]
            # Grow into what no row covers and no earlier gap already says; keep the piece itself.
            box[c] = (region[c] & ~blocked & ~said) | box[c]
            touch[c] = self._touching(c, box[c]) & candidates
        return tuple(box)

    def _best_split(self, box: tuple[int, ...], live: list[int]) -> list | None:
        """The children of the best cut of `box`, or None when a row covers it all."""
        masks = self.masks
        partial_by_column: list[list[int]] = [[] for _ in box]
        for r in live:
            m = masks[r]
            whole = True
            for c, region in enumerate(box):
                if region & ~m[c]:
                    partial_by_column[c].append(r)
                    whole = False
            if whole:
                return None
        n = len(live)
        best = None  # (rows in the children, largest child, column, cut)
        for c, partial in enumerate(partial_by_column):
            if not partial:
                continue
            region = box[c]
            spanning = n - len(partial)  # rows that match the whole column go to every child
            if self.columns[c].numeric:
                cut = self._numeric_cut(region, partial, c)
                if cut is None:
                    continue
                p, crossing, left, right = cut
                score = (n + crossing + spanning, max(left, right) + spanning)
                if best is None or score < best[0]:
                    best = (score, c, ("bij", p))
            else:
                groups = self._refine(region, partial, c)
                if len(groups) < 2:
                    continue
                total = sum(k.bit_count() for k in groups) + spanning * len(groups)
                largest = max(k.bit_count() for k in groups) + spanning
                score = (total, largest)
                if best is None or score < best[0]:
                    best = (score, c, ("groepen", groups))
        if best is None:
            return []  # cannot happen: some column has a row that does not cover it
        _, c, (how, arg) = best
        out = []
        if how == "bij":
            low = (2 << arg) - 1
            parts = [box[c] & low, box[c] & ~low]
        else:
            parts = list(arg.values())
        for part in parts:
            child = box[:c] + (part,) + box[c + 1:]
            out.append((child, [r for r in live if masks[r][c] & part]))
        return out

    def _refine(self, region: int, rows: list[int], c: int) -> dict[int, int]:
        """Group the atoms of `region` by which of `rows` match them: {rows: atoms}."""
        groups = {0: region}
        for r in rows:
            m = self.masks[r][c]
            bit = 1 << r
            refined: dict[int, int] = {}
            for keep, atoms in groups.items():
                inside, outside = atoms & m, atoms & ~m
                if inside:
                    refined[keep | bit] = refined.get(keep | bit, 0) | inside
                if outside:
                    refined[keep] = refined.get(keep, 0) | outside
            groups = refined
        return groups

    def _numeric_cut(self, region: int, rows: list[int], c: int):
        """The atom p to cut after, where fewest rows match atoms on both sides."""
        lo_m, hi_m = (region & -region).bit_length() - 1, region.bit_length() - 1
        los, his = [], []
        for r in rows:
            m = self.masks[r][c] & region
            los.append((m & -m).bit_length() - 1)
            his.append(m.bit_length() - 1)
        candidates = {h for h in his if h < hi_m} | {lo - 1 for lo in los if lo > lo_m}
        if not candidates:
            # Rows with holes inside the same span: cut in the middle of the region.
            bits = list(_bits(region))
            if len(bits) < 2:
                return None
            candidates = {bits[len(bits) // 2 - 1]}
        los.sort()
        his.sort()
        total = len(rows)
        best = None
        for p in candidates:
            started = bisect_right(los, p)
            ended = bisect_right(his, p)
            crossing = started - ended
            key = (crossing, max(started, total - ended), p)
            if best is None or key < best[0]:
                best = (key, p, crossing, started, total - ended)
        _, p, crossing, left, right = best
        return p, crossing, left, right


    def _gap(self, masks: tuple[int, ...]) -> Gap:
        texts, witness = [], []
        for c, mask in enumerate(masks):
            bits = list(_bits(mask))
            witness.append(self.atoms[c][bits[0]].value)
            texts.append(None if mask == self.full[c] else merged_texts(self.atoms[c], bits))
        return Gap(tuple(texts), tuple(witness), masks)

    # -- overlaps
    def _intersecting(self, later: bool) -> list[int]:
        """Per row, a superset of the rows after it (or before it) that can match a same input.

        Per column, the rows whose first matching atom is at or before b and whose last is at
        or after a contain every row meeting the run a..b; the AND over columns narrows it.
        Rows whose masks have holes may slip through; callers check pairs exactly.
        """
        n = len(self.rows)
        if later:
            cand = [self.all_rows & ~((2 << i) - 1) for i in range(n)]
        else:
            cand = [(1 << i) - 1 for i in range(n)]
        for c in range(len(self.columns)):
            size = len(self.atoms[c])
            starts = [0] * size
            ends = [0] * size
            for r, masks in enumerate(self.masks):
                m = masks[c]
                if m:
                    starts[(m & -m).bit_length() - 1] |= 1 << r
                    ends[m.bit_length() - 1] |= 1 << r
            for a in range(1, size):
                starts[a] |= starts[a - 1]
            for a in range(size - 2, -1, -1):
                ends[a] |= ends[a + 1]
            cache: dict[int, int] = {}
            for i in range(n):
                if not cand[i]:
                    continue
                m = self.masks[i][c]
                hits = cache.get(m)
                if hits is None:
                    hits = 0
                    for a, b in _runs(m):
                        hits |= starts[b] & ends[a]
                    cache[m] = hits
                cand[i] &= hits
        return cand

    def overlaps(self) -> Iterator[Overlap]:
        outcomes = [tuple(c.text for c in r.conclusions) for r in self.rows]
        for i, later in enumerate(self._intersecting(later=True)):
            mi = self.masks[i]
            for j in _bits(later):
                mj = self.masks[j]
                if all(a & b for a, b in zip(mi, mj)):
                    witness, texts = [], []
                    for c, (a, b) in enumerate(zip(mi, mj)):
                        both = a & b
                        bit = (both & -both).bit_length() - 1
                        witness.append(self.atoms[c][bit].value)
                        texts.append(self.atoms[c][bit].text)
                    yield Overlap(self.rows[i], self.rows[j], tuple(witness), tuple(texts),
                                  outcomes[i] == outcomes[j])

    # -- rows that never fire
    def shadowed(self) -> Iterator[tuple[ast.Row, list[ast.Row]]]:
        """Rows of an `eerste` table that earlier rows cover entirely (or that match nothing)."""
        for j, earlier in enumerate(self._intersecting(later=False)):
            mj = self.masks[j]
            if not all(mj):
                yield self.rows[j], []
                continue
            earlier_rows = [i for i in _bits(earlier) if all(a & b for a, b in zip(self.masks[i], mj))]
            if earlier_rows and self.covered(mj, earlier_rows):
                yield self.rows[j], [self.rows[i] for i in earlier_rows]

    def empty_rows(self) -> Iterator[ast.Row]:
        for row, masks in zip(self.rows, self.masks):
            if not all(masks):
                yield row

