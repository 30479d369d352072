"""Generate cases from a model's input domains, for differential tests and benchmarks.

Values come from the analysis atoms of every table column that reads an input (one value
per region the rules distinguish), plus the domain's bounds, so a small sample already
reaches every row; sets take subsets of their keuzelijst.
"""

from __future__ import annotations

import datetime
import itertools
import random
from decimal import Decimal
from typing import Any, Iterator

from compiler.midden.model import Model
from compiler.semantiek.runtime import Duur, naar_json


def candidate_values(model: Model) -> dict[str, list[Any]]:
    values: dict[str, list[Any]] = {}
    for d in model.regelset.invoer:
        t = d.type
        found: list[Any] = []
        for analysis in model.analyses.values():
            for col, atoms in zip(analysis.table.inputs, analysis.atoms):
                if col.name == d.name:
                    found += [a.value for a in atoms if a.value is not None]
        if t.kind == "janee":
            found += [True, False]
        elif t.kind == "keuze":
            found += list(model.enums[t.enum].names)
        elif t.kind == "verzameling":
            names = model.enums[t.enum].names
            found += [frozenset(), frozenset(names)] + [frozenset({n}) for n in names]
            found += [frozenset(c) for c in itertools.combinations(names, 2)]
        elif t.kind == "getal":
            lo = t.lo.value if t.lo else 0
            hi = t.hi.value if t.hi else lo + 100
            found += [lo, hi, (lo + hi) // 2]
        elif t.kind == "bedrag":
            found += [Decimal("0"), Decimal("12.50"), Decimal("1000")]
        elif t.kind == "datum":
            base = t.lo.value if t.lo else datetime.date(2022, 1, 1)
            found += [base, base + datetime.timedelta(days=400)]
        elif t.kind == "duur":
            found += [Duur(1), Duur(4), Duur(6), Duur(12), Duur(24), Duur(36), Duur(60), Duur(72)]
        elif t.kind == "tekst":
            found += ["", "tekst"]
        if t.lo is not None:
            found = [v for v in found if not _comparable(v, t.lo.value) or v >= t.lo.value]
        if t.hi is not None:
            found = [v for v in found if not _comparable(v, t.hi.value) or v <= t.hi.value]
        unique = []
        for v in found:
            if v not in unique:
                unique.append(v)
        if d.optional:
            unique.append(None)
        values[d.name] = unique
    return values


def _comparable(a: Any, b: Any) -> bool:
    return type(a) is type(b) or (isinstance(a, (int, Decimal)) and isinstance(b, (int, Decimal)))


def cases(model: Model, limit: int = 2000, seed: int = 7) -> Iterator[dict[str, Any]]:
    """Every combination when there are at most `limit`, else a seeded sample.

    The sample is half fully random and half the voorbeelden with one to three inputs
    changed: random combinations of sets rarely pass the controles, neighbours of the
    voorbeelden mostly do, so both valid and invalid cases are well represented."""
    values = candidate_values(model)
    names = list(values)
    total = 1
    for n in names:
        total *= max(len(values[n]), 1)
    if total <= limit:
        for combo in itertools.product(*(values[n] for n in names)):
            yield dict(zip(names, combo))
        return
    from compiler.semantiek.voorbeelden import inputs_of

    rng = random.Random(seed)
    bases = [inputs_of(v, model) for v in model.regelset.voorbeelden]
    for i in range(limit):
        if bases and i % 2:
            case = dict(rng.choice(bases))
            for n in rng.sample(names, k=min(len(names), rng.randint(1, 3))):
                case[n] = rng.choice(values[n])
            yield case
        else:
            yield {n: rng.choice(values[n]) for n in names}


def as_json(case: dict[str, Any]) -> dict[str, Any]:
    return {k: naar_json(v) for k, v in case.items() if v is not None}
