"""Differential run: the generated module of before issue 10 (main at dbe3685, kept in
tests/fixtures/oud_gegenereerd/) against what today's compiler makes of the same rules (the rules of
dbe3685, kept beside it in tests/fixtures/oud_gegenereerd/regels/), on cases from `regels populatie`.
The rules themselves have changed since (issue 11); comparing against generated/ would compare two
policies, not two compilers.

Cases the controles refuse are drawn again (as bench/run.py does). Every case goes through both as JSON (beslis_json: outcomes and, per table, rows and bron) and
through the untraced path (uitkomsten); a refused case must be refused by both with the same
Dutch text. Usage: python bench/oud_tegen_nieuw.py [aantal=100000] [zaad=2022]
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from compiler.project import Project  # noqa: E402
from compiler.semantiek.runtime import naar_json  # noqa: E402
from compiler.toepassingen import populatie  # noqa: E402

OUD = ROOT / "tests" / "fixtures" / "oud_gegenereerd"


def _oud():
    spec = importlib.util.spec_from_file_location("_oud_gegenereerd", OUD / "__init__.py",
                                                  submodule_search_locations=[str(OUD)])
    package = importlib.util.module_from_spec(spec)
    sys.modules["_oud_gegenereerd"] = package
    spec.loader.exec_module(package)
    return importlib.import_module("_oud_gegenereerd.thuisondersteuning")


def _nieuw():
    """Today's compiler on the rules of dbe3685: (model, generated module, compiled in a temporary folder)."""
    from compiler.toepassingen import batch

    model = next(m for m in Project(OUD).models() if m.regelset.slug == "thuisondersteuning")
    return model, batch.generated_evaluator(model, None).module


def _uitkomst(module, casus):
    """(JSON with trace, untraced outcomes as JSON) or the refusal as (class name, text)."""
    try:
        traced = module.beslis_json(casus)
        # An outcome that does not apply is left out of today's JSON (issue 11); the old one wrote null.
        traced["uitkomst"] = {n: traced["uitkomst"].get(n) for n in module.UITVOER}
        plain = {k: module_json(module, v) for k, v in module.uitkomsten(module.lees_invoer(casus)).items()}
        return traced, plain
    except (module.OngeldigeInvoer, module.GeenBeslissing) as e:
        return type(e).__name__, str(e)


def module_json(module, waarde):
    # The old module has its own runtime (and Duur class); each module's values through its own naar_json.
    return getattr(module, "_naar_json", naar_json)(waarde)


def vergelijk(aantal: int, zaad: int = 2022) -> tuple[int, int, list]:
    """Returns (decided alike, refused alike, differences)."""
    oud = _oud()
    oud._naar_json = sys.modules["_oud_gegenereerd._runtime"].naar_json
    model, nieuw = _nieuw()
    aannames = populatie.aannames_van(Project(ROOT).population()).per_veld   # regels/populatie.yml
    # Today's assumptions also name inputs the rules of dbe3685 do not have (issue 11's intensiteit).
    aannames = {k: v for k, v in aannames.items() if k in model.input_names}
    beslist = geweigerd = 0
    verschillen = []
    def geldig(casus) -> bool:  # as bench/run.py: a case the controles refuse is drawn again
        try:
            nieuw.lees_invoer(casus)
            return True
        except nieuw.OngeldigeInvoer:
            return False

    for case in populatie.trek(model, aantal, zaad, geldig=geldig, aannames=aannames):
        casus = populatie.as_json(case)
        a, b = _uitkomst(oud, casus), _uitkomst(nieuw, casus)
        if a != b:
            verschillen.append((casus, a, b))
        elif isinstance(a[0], str):
            geweigerd += 1
        else:
            beslist += 1
    return beslist, geweigerd, verschillen


if __name__ == "__main__":
    aantal = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    zaad = int(sys.argv[2]) if len(sys.argv) > 2 else 2022
    start = time.perf_counter()
    beslist, geweigerd, verschillen = vergelijk(aantal, zaad)
    print(f"{aantal} casussen (zaad {zaad}) in {time.perf_counter() - start:.1f} s: {beslist} gelijk beslist, "
          f"{geweigerd} gelijk geweigerd, {len(verschillen)} verschillen")
    for casus, a, b in verschillen[:5]:
        print("casus:", casus, "\n  oud:", a, "\n  nieuw:", b)
    sys.exit(1 if verschillen else 0)
