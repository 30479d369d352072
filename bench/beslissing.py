"""The whole decision only, side by side and interleaved: each round runs every evaluator once over
the same population, and each gets its best round. For a loaded machine, where bench/run.py's
one-after-the-other timing drifts. Usage: python bench/beslissing.py [rondes=15]

Prints the rows of the README's benchmark table for the whole decision (µs per case, × hand-written).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import handgeschreven  # noqa: E402
from compiler.project import Project  # noqa: E402
from compiler.toepassingen import batch, populatie  # noqa: E402

ZAAD = 2022


def main(rondes: int) -> None:
    project = Project(ROOT)
    model = next(m for m in project.models() if m.regelset.slug == "thuisondersteuning")
    mod = batch.generated_evaluator(model, project).module

    def geldig(casus) -> bool:
        try:
            mod.lees_invoer(casus)
            return True
        except mod.OngeldigeInvoer:
            return False

    aannames = populatie.aannames_van(project.population())   # regels/populatie.yml: size and assumptions
    cases = [populatie.as_json(c) for c in populatie.trek(model, aannames.aantal, ZAAD, geldig=geldig,
                                                          aannames=aannames.per_veld)]
    invoer = [mod.lees_invoer(c) for c in cases]
    hand = [handgeschreven.lees(c) for c in cases]
    for i, c in zip(invoer, cases):  # the same decision before anything is timed
        assert mod.uitkomsten(i) == mod.beslis(i).waarden(), c
    evaluators = [
        ("handgeschreven (bench/handgeschreven.py: `beslissing`)", handgeschreven.beslissing, hand),
        ("gegenereerd, zonder spoor: `uitkomsten(invoer)`", mod.uitkomsten, invoer),
        ("gegenereerd, zonder spoor, als tuple: `uitkomsten_rij(invoer)`", mod.uitkomsten_rij, invoer),
        ("gegenereerd, met spoor: `beslis(invoer)`", mod.beslis, invoer),
        ("gegenereerd, met spoor en de Beslissingen: `beslis(invoer).beslissingen`",
         lambda i: mod.beslis(i).beslissingen, invoer),
        ("gegenereerd, met spoor en uitleg: `uitleg(invoer, beslis(invoer))`",
         lambda i: mod.uitleg(i, mod.beslis(i)), invoer),
        ("gegenereerd, JSON in: `uitkomsten(lees_invoer(casus))`", lambda c: mod.uitkomsten(mod.lees_invoer(c)),
         cases),
        ("gegenereerd, JSON in en uit: `beslis_json(casus)`", mod.beslis_json, cases),
    ]
    best = [float("inf")] * len(evaluators)
    for _ in range(rondes):
        for k, (_, fn, items) in enumerate(evaluators):
            start = time.perf_counter()
            for x in items:
                fn(x)
            best[k] = min(best[k], (time.perf_counter() - start) / len(items) * 1e6)
    print(f"{len(cases)} casussen (zaad {ZAAD}), beste van {rondes} rondes, afwisselend gemeten")
    for (label, _, _), us in zip(evaluators, best):
        print(f"| hele beslissing | {label} | {us:.2f} | {us / best[0]:.2f}× | {us / best[1]:.2f}× |")
    # The targets of issue 17: each at most 3× the plain decision it adds to.
    print(f"beslis_json / uitkomsten(lees_invoer(casus)): {best[7] / best[6]:.2f}× (doel ≤ 3×)")
    print(f"uitleg(invoer, beslis(invoer)) / uitkomsten(invoer): {best[5] / best[1]:.2f}× (doel ≤ 3×)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
