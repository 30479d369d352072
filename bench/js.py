"""The JavaScript rekenhulp against the generated Python at full size (never a test):
`.venv/bin/python bench/js.py [--aantal 100000]`.

Cases as `regels populatie` draws them with the project's assumptions (regels/populatie.yml; two seeds
drawn in parallel; every 7th spoiled in one or two fields, so the messages for invalid input are compared
too) plus every voorbeeld; Node runs once over all of them. Compared per case: the outcome of every
output and the rows that fired per table, or the errors; every 50th case and every voorbeeld in full
(the JSON with what is absent, the bron, the uitleg). The same comparison as the test suite
(tests/js_verschil.vergelijk_bulk); this prints the counts, the mismatches (if any) and the times.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from compiler.backends.js import module as js_backend  # noqa: E402
from compiler.project import Project  # noqa: E402
from compiler.toepassingen import populatie  # noqa: E402
from js_verschil import vergelijk_bulk  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--aantal", type=int, default=100_000)
    p.add_argument("--zaad", type=int, default=2022)
    args = p.parse_args()
    project = Project(ROOT)
    fout = 0
    for model in project.models():
        module = importlib.import_module(f"generated.{model.regelset.slug}")
        with tempfile.TemporaryDirectory() as tmp:
            r = vergelijk_bulk(model, module, ROOT / js_backend.pad(model), Path(tmp), args.aantal, args.zaad,
                               populatie.aannames_van(project.population()).per_veld)
        print(f"{model.regelset.header.name}: {r['casussen']} casussen ({r['voorbeelden']} voorbeelden; "
              f"{r['volledig']} volledig vergeleken), {r['verschillen']} verschillen")
        print(f"  tijd: trekken en Python {r['tijd_python']:.1f} s, Node (één keer) {r['tijd_js']:.1f} s, "
              f"vergelijken {r['tijd_vergelijken']:.1f} s")
        for i, casus, a, b in r["eerste"]:
            print(f"  casus {i}: {casus}\n    Python: {a[:400]}\n    JS:     {b[:400]}")
        fout |= bool(r["verschillen"]) or r["js_antwoorden"] != r["casussen"]
    return 1 if fout else 0


if __name__ == "__main__":
    sys.exit(main())
