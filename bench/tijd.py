"""Does time cost speed? `.venv/bin/python bench/tijd.py` — side by side, one run, same cases.

1. Rules without time (regels/ as they are): the generated module deciding each case the way it did
   before issue 12 (beslis(lees_invoer(casus))), and through beslis_json, which now first checks the
   peildatum against the regelset's validity (runtime.met_peildatum).
2. The same, with the HYPOTHETICAL 160-hour version of tests/fixtures/tijd/ built into a temporary
   project: one more condition column (the peildatum) in one table.
Never run as a test: timings depend on the machine.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from compiler.cli import main  # noqa: E402
from compiler.project import Project  # noqa: E402
from compiler.semantiek.voorbeelden import case_json_of  # noqa: E402

import tijd_project  # noqa: E402


def _load(folder: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, folder / "__init__.py", submodule_search_locations=[str(folder)])
    pkg = importlib.util.module_from_spec(spec)
    sys.modules[name] = pkg
    spec.loader.exec_module(pkg)
    return importlib.import_module(f"{name}.thuisondersteuning")


def _rates(fs, cases, rounds: int = 20, repeat: int = 7) -> list[float]:
    """Best of `repeat`, the ways measured in turn each time (so machine noise hits all alike)."""
    best = [float("inf")] * len(fs)
    for _ in range(repeat):
        for i, f in enumerate(fs):
            start = time.perf_counter()
            for _ in range(rounds):
                for c in cases:
                    f(c)
            best[i] = min(best[i], time.perf_counter() - start)
    return [rounds * len(cases) / b for b in best]


def _oud_json(mod, casus):
    r = mod.beslis(mod.lees_invoer(casus))
    return mod.resultaat_json(mod.REGELSET, r.waarden(), mod.UITVOER, list(r.beslissingen))


def main_() -> None:
    (model,) = Project(ROOT).models()
    cases = [case_json_of(v, model) for v in model.regelset.voorbeelden]
    zonder = _load(ROOT / "generated", "gen_zonder_tijd")
    with tempfile.TemporaryDirectory() as tmp:
        root = tijd_project.maak(Path(tmp))
        main(["--project", str(root), "bouw"])
        met = _load(root / "generated", "gen_met_tijd")
        labels = ["zonder tijd: de oude beslis_json (zonder peildatum, zoals vóór issue 12)",
                  "zonder tijd: beslis_json(casus, \"2024-06-01\")",
                  "met een tabel in twee versies: beslis_json(casus, \"2024-06-01\")",
                  "met een tabel in twee versies: beslis_json(casus, \"2025-06-01\")"]
        rows = list(zip(labels, _rates([lambda c: _oud_json(zonder, c), lambda c: zonder.beslis_json(c, "2024-06-01"),
                                        lambda c: met.beslis_json(c, "2024-06-01"),
                                        lambda c: met.beslis_json(c, "2025-06-01")], cases)))
    print("| hoe | casussen/s |\n|---|---|")
    for label, rate in rows:
        print(f"| {label} | {format(round(rate), ',').replace(',', ' ')} |")


if __name__ == "__main__":
    main_()
