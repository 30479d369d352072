"""Benchmark of the table analysis: gaps, overlaps and unreachable rows on generated tables.

Run from the project root:  .venv/bin/python bench/analyse.py  [--rijen 10 100 1000 10000]

Each table has 8 condition columns (3 keuzelijsten, 3 numeric ranges: geheel getal, bedrag
and duur, and 2 date columns). Its rows are the boxes of a random k-d split of the whole
domain, so together they cover every input exactly once; then one row is dropped (a gap)
and one is repeated with another outcome (an overlap), so every part of the analysis has
something to find. Tables are built as AST nodes in memory; parsing is not timed.
"""

from __future__ import annotations

import argparse
import datetime
import math
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from compiler import ast  # noqa: E402
from compiler.analyse.tables import ColumnDomain, TableAnalysis  # noqa: E402
from compiler.semantiek.runtime import Duur, tekst  # noqa: E402

DAY0 = datetime.date(2020, 1, 1).toordinal()

# (name, kind, domain): keuze → values; numeric → (lo, hi) inclusive, in whole steps.
COLUMNS = [
    ("soort", "keuze", ("a", "b", "c", "d", "e")),
    ("regio", "keuze", ("noord", "oost", "zuid", "west")),
    ("niveau", "keuze", ("laag", "midden", "hoog")),
    ("aantal", "getal", (0, 10_000)),
    ("bedrag", "bedrag", ("alle",)),            # vanaf € 0; see _split_bedrag
    ("looptijd", "duur", (0, 240)),             # in months
    ("begindatum", "datum", (0, 3_650)),        # days after 1 januari 2020
    ("einddatum", "datum", (0, 3_650)),
]
OUTCOMES = ("ja", "nee", "misschien")


def _lit(kind: str, step: int) -> ast.Lit:
    if kind == "getal":
        return ast.Lit("getal", step, str(step))
    if kind == "bedrag":
        value = Decimal(step) / 100
        return ast.Lit("bedrag", value, tekst(value))
    if kind == "duur":
        return ast.Lit("duur", Duur(step), str(Duur(step)))
    value = datetime.date.fromordinal(DAY0 + step)
    return ast.Lit("datum", value, tekst(value))


def _type(kind: str, domain) -> ast.Type:
    if kind == "keuze":
        return ast.Type("keuze", "k")
    if kind == "bedrag":
        return ast.Type("bedrag", lo=_lit("bedrag", 0))
    lo, hi = domain
    return ast.Type(kind, lo=_lit(kind, lo), hi=_lit(kind, hi))


def _cell(kind: str, domain, part) -> ast.Cell:
    if kind == "keuze":
        if len(part) == len(domain):
            return ast.Cell("any", text="-")
        tests = tuple(ast.Test("=", ast.Lit("woord", v, v)) for v in part)
        return ast.Cell("tests", tests, text=" of ".join(part))
    if kind == "bedrag":
        if part == domain:
            return ast.Cell("any", text="-")
        op = {"tot": "<", "vanaf": ">=", "meer": ">", "tussen": "tussen"}[part[0]]
        test = ast.Test(op, _lit(kind, part[1]), _lit(kind, part[2]) if op == "tussen" else None)
        return ast.Cell("tests", (test,), text=" ".join(map(str, part)))
    lo, hi = part
    if (lo, hi) == domain:
        return ast.Cell("any", text="-")
    if lo == hi:
        test = ast.Test("=", _lit(kind, lo))
    elif lo == domain[0]:
        test = ast.Test("<=", _lit(kind, hi))
    elif hi == domain[1]:
        test = ast.Test(">=", _lit(kind, lo))
    else:
        test = ast.Test("tussen", _lit(kind, lo), _lit(kind, hi))
    return ast.Cell("tests", (test,), text=f"{test.op} {lo} {hi}")


def _splittable(kind: str, part) -> bool:
    if kind == "keuze":
        return len(part) > 1
    if kind == "bedrag":
        return part[0] in ("alle", "vanaf")
    return part[1] > part[0]


def _split_bedrag(part, rng: random.Random) -> tuple:
    # An amount is any decimal, so a split must leave no cent in between: from all amounts
    # ‘tot € x’ and ‘vanaf € x’; from ‘vanaf € x’ then ‘€ x t/m € y’ and ‘meer dan € y’.
    if part[0] == "alle":
        cut = rng.randint(1, 1_000_000)
        return ("tot", cut), ("vanaf", cut)
    cut = rng.randint(part[1], part[1] + 1_000_000)
    return ("tussen", part[1], cut), ("meer", cut)


def _split(box: list, rng: random.Random) -> tuple[list, list] | None:
    columns = [c for c, part in enumerate(box) if _splittable(COLUMNS[c][1], part)]
    if not columns:
        return None
    c = rng.choice(columns)
    part = box[c]
    if COLUMNS[c][1] == "keuze":
        values = list(part)
        rng.shuffle(values)
        cut = rng.randint(1, len(values) - 1)
        left = tuple(v for v in COLUMNS[c][2] if v in values[:cut])
        right = tuple(v for v in COLUMNS[c][2] if v in values[cut:])
    elif COLUMNS[c][1] == "bedrag":
        left, right = _split_bedrag(part, rng)
    else:
        lo, hi = part
        cut = rng.randint(lo, hi - 1)
        left, right = (lo, cut), (cut + 1, hi)
    a, b = list(box), list(box)
    a[c], b[c] = left, right
    return a, b


def table(rows: int, seed: int = 1) -> tuple[ast.Beslistabel, list[ColumnDomain]]:
    rng = random.Random(seed)
    boxes = [[domain for _, _, domain in COLUMNS]]
    while len(boxes) < rows - 1:
        # Split a large box: pick the biggest of a few at random (keeps the split balanced).
        i = max(rng.sample(range(len(boxes)), min(4, len(boxes))), key=lambda k: _volume(boxes[k]))
        halves = _split(boxes[i], rng)
        if halves is None:
            continue
        boxes[i:i + 1] = list(halves)
    if rows >= 3:
        boxes.pop(rng.randrange(len(boxes)))        # a gap
        boxes.append(list(boxes[rng.randrange(len(boxes))]))  # an overlap, with its own outcome
    while len(boxes) < rows:
        boxes.append(list(boxes[rng.randrange(len(boxes))]))
    inputs = tuple(ast.Column(name) for name, _, _ in COLUMNS)
    body = []
    for number, box in enumerate(boxes, 1):
        conditions = tuple(_cell(kind, domain, part) for (_, kind, domain), part in zip(COLUMNS, box))
        outcome = rng.choice(OUTCOMES)
        conclusion = ast.Cell("tests", (ast.Test("=", ast.Lit("woord", outcome, outcome)),), text=outcome)
        body.append(ast.Row(number, conditions, (conclusion,)))
    bt = ast.Beslistabel("uitkomst", "uniek", inputs, (ast.Column("uitkomst"),), tuple(body))
    domains = [ColumnDomain(name, _type(kind, domain), domain if kind == "keuze" else ())
               for name, kind, domain in COLUMNS]
    return bt, domains


def _volume(box: list) -> float:
    v = 1.0
    for (_, kind, _), part in zip(COLUMNS, box):
        if kind == "bedrag":
            v *= {"alle": 100, "vanaf": 10, "tot": 1, "tussen": 1, "meer": 1}[part[0]]
        else:
            v *= len(part) if kind == "keuze" else part[1] - part[0] + 1
    return v


def analyse(bt: ast.Beslistabel, domains: list[ColumnDomain]) -> tuple[float, dict]:
    start = time.perf_counter()
    analysis = TableAnalysis(bt, domains)
    gaps = analysis.gaps(limit=5)
    overlaps = list(analysis.overlaps())
    shadowed = list(analysis.shadowed())  # as if the table were `eerste`
    seconds = time.perf_counter() - start
    return seconds, {"gaten": len(gaps), "overlappingen": len(overlaps), "onbereikbaar": len(shadowed),
                     "atomen": sum(len(a) for a in analysis.atoms)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rijen", type=int, nargs="+", default=[10, 100, 1_000, 10_000])
    p.add_argument("--herhaal", type=int, default=3, help="neem de snelste van zoveel metingen")
    args = p.parse_args(argv)
    print("Analyse van beslistabellen met 8 kolommen (gaten, overlappingen, onbereikbare rijen)\n")
    print(f"{'rijen':>7} {'seconden':>10} {'groei':>7} {'orde':>6} {'atomen':>7} {'gaten':>6} "
          f"{'overlap':>8} {'onbereikb.':>10}")
    previous = None
    for n in args.rijen:
        bt, domains = table(n)
        seconds, found = min((analyse(bt, domains) for _ in range(args.herhaal)), key=lambda x: x[0])
        growth = order = ""
        if previous is not None:
            factor = seconds / previous[1]
            growth = f"×{factor:.1f}"
            order = f"n^{math.log(factor) / math.log(n / previous[0]):.2f}"
        print(f"{n:>7} {seconds:>10.4f} {growth:>7} {order:>6} {found['atomen']:>7} {found['gaten']:>6} "
              f"{found['overlappingen']:>8} {found['onbereikbaar']:>10}")
        previous = (n, seconds)
    print("\ngroei: tijd ten opzichte van de vorige regel; orde: de exponent k in tijd ∝ rijen^k")
    return 0


if __name__ == "__main__":
    sys.exit(main())
