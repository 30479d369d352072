"""The JavaScript rekenhulp against the generated Python at full size (never a test):
`.venv/bin/python bench/js.py [--aantal 100000]`.

Cases as `regels populatie` draws them (every 7th spoiled in one or two fields, so the messages for
invalid input are compared too) plus every voorbeeld; Node runs once over all of them. Compared per
case: the outcome, the rows that fired per table, the bron, the uitleg sentences, or the errors.
Prints the counts, the mismatches (if any) and the times.
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
from js_verschil import vergelijk  # noqa: E402


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
            r = vergelijk(model, module, ROOT / js_backend.pad(model), Path(tmp), args.aantal, args.zaad)
        print(f"{model.regelset.header.name}: {r['casussen']} casussen ({r['voorbeelden']} voorbeelden; "
              f"Python: {r['soorten']}), {r['verschillen']} verschillen")
        print(f"  tijd: trekken {r['tijd_trekken']:.1f} s, Python {r['tijd_python']:.1f} s, "
              f"Node (één keer) {r['tijd_js']:.1f} s")
        for i, casus, a, b in r["eerste"]:
            print(f"  casus {i}: {casus}\n    Python: {a[:400]}\n    JS:     {b[:400]}")
        fout |= bool(r["verschillen"]) or r["js_antwoorden"] != r["casussen"]
    return 1 if fout else 0


if __name__ == "__main__":
    sys.exit(main())
