"""DMN, measured at full size (never a test): `.venv/bin/python bench/dmn.py [--aantal 10000]`.

1. The exported DMN (`regels export --dmn`) in the independent engine (tests/dmn_engine/:
   dmn-moddle + feelin, Node) against the generated Python module, on --aantal population cases
   and every voorbeeld: every outcome compared.
2. The round trip: export → `regels import --dmn` → check → interpreter, against the original.
Prints the counts, the mismatches (if any) and the times.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compiler.dmn import engine  # noqa: E402
from compiler.backends.dmn.export import export  # noqa: E402
from compiler.dmn.importer import import_dmn  # noqa: E402
from compiler.midden.passes import check  # noqa: E402
from compiler.project import Project, load_regelset  # noqa: E402
from compiler.semantiek.interpreter import Interpreter  # noqa: E402
from compiler.semantiek.runtime import naar_json  # noqa: E402
from compiler.semantiek.voorbeelden import case_json_of  # noqa: E402
from compiler.toepassingen import batch, populatie  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--aantal", type=int, default=10000)
    args = p.parse_args()
    project = Project(ROOT)
    model = project.models()[0]
    import generated.thuisondersteuning as gen

    ev = batch.evaluator(model, project)

    def geldig(c):
        try:
            ev.lees(c)
            return True
        except ev.fouten:
            return False

    cases = [{k: naar_json(v) for k, v in c.items()}
             for c in populatie.trek(model, args.aantal, 2022, geldig, None, populatie.Verslag())]
    cases += [case_json_of(vb, model) for vb in model.regelset.voorbeelden]
    tmp = Path(tempfile.mkdtemp())
    dmn = tmp / "m.dmn"
    dmn.write_text(export(model)[0], encoding="utf-8")
    interp = Interpreter(model)
    literals = [{d.name: engine.feel_value(interp.read_case(c).get(d.name)) for d in model.regelset.invoer}
                for c in cases]
    t = time.perf_counter()
    results = engine.run_engine(dmn, literals, timeout=3600)
    t_engine = time.perf_counter() - t
    wrong = Counter()
    for c, r in zip(cases, results):
        for d in engine.compare(model, gen.beslis_json(c)["uitkomst"], engine.engine_outcomes(model, r)):
            wrong[d.split(":")[0]] += 1
    print(f"engine (dmn-moddle + feelin): {len(results)} casussen ({args.aantal} populatie + "
          f"{len(model.regelset.voorbeelden)} voorbeelden), {sum(wrong.values())} verschillen, {t_engine:.1f} s")
    for name, n in wrong.most_common():
        print(f"  {name}: {n}")
    imp = import_dmn(dmn)
    path = tmp / "terug.regels"
    path.write_text(imp.text, encoding="utf-8")
    terug = Interpreter(check(load_regelset("terug", [(path, path.name)]), None))
    t = time.perf_counter()
    diff = sum(1 for c in cases if interp.beslis(c)["uitkomst"] != terug.beslis(c)["uitkomst"])
    print(f"heen en terug (export → import): {len(cases)} casussen, {diff} verschillen, "
          f"{time.perf_counter() - t:.1f} s")
    return 1 if wrong or diff else 0


if __name__ == "__main__":
    sys.exit(main())
