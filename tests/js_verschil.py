"""Shared by tests/test_js_backend.py and bench/js.py: cases from `regels populatie`, invalid variants,
the generated Python's answer per case, and the generated JS module's answer per case (one Node run)."""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path
from typing import Any, Iterator

from compiler.semantiek.runtime import GeenBeslissing, OngeldigeInvoer, resultaat_json
from compiler.toepassingen import populatie

RUNNER = Path(__file__).resolve().parent / "js" / "vergelijk.mjs"

# Ways to spoil a valid case, so the errors for invalid input are compared too.
_BEDERF = [
    lambda c, k, r: c.pop(k, None),
    lambda c, k, r: c.__setitem__(k, "onzin"),
    lambda c, k, r: c.__setitem__(k, 3.5),
    lambda c, k, r: c.__setitem__(k, [1, "x", {"a": None}]),
    lambda c, k, r: c.__setitem__(k, {"maanden": "zes"}),
    lambda c, k, r: c.__setitem__(k, -7),
    lambda c, k, r: c.__setitem__(k, 9999),
    lambda c, k, r: c.__setitem__(k, "2021-02-30"),
    lambda c, k, r: c.__setitem__(k, "ja"),
    lambda c, k, r: c.__setitem__(k, " 12 "),
    lambda c, k, r: c.__setitem__(k, "it's \"x\"\n"),
    lambda c, k, r: c.__setitem__(k + "n", True),   # an unknown field with a near name
    lambda c, k, r: c.__setitem__(k, [c[k][0], c[k][0]] if isinstance(c.get(k), list) and c[k] else None),
]


def casussen(model, aantal: int, zaad: int, geldig) -> Iterator[dict[str, Any]]:
    """`aantal` cases as `regels populatie --zaad` draws them; every 7th spoiled in one or two fields."""
    rng = random.Random(zaad + 1)
    namen = [d.name for d in model.regelset.invoer]
    for i, case in enumerate(populatie.trek(model, aantal, zaad, geldig)):
        casus = populatie.as_json(case)
        if i % 7 == 3:
            for _ in range(rng.choice((1, 2))):
                rng.choice(_BEDERF)(casus, rng.choice(namen), rng)
        yield casus


def python_antwoord(module, casus: Any) -> dict:
    """What the generated Python says: the JSON result plus uitleg, or the errors."""
    try:
        invoer = module.lees_invoer(casus)
        resultaat = module.beslis(invoer)
    except OngeldigeInvoer as e:
        return {"fouten": e.fouten}
    except GeenBeslissing as e:
        return {"geen": str(e)}
    uit = resultaat_json(module.REGELSET, resultaat.waarden(), module.UITVOER, list(resultaat.beslissingen))
    uit["uitleg"] = module.uitleg(invoer, resultaat)
    return {"ok": uit}


def js_antwoorden(js_module: Path, casussen_jsonl: Path, uitvoer: Path) -> list[dict]:
    """Run Node once over all cases; one answer per case."""
    subprocess.run(["node", str(RUNNER), str(js_module), str(casussen_jsonl), str(uitvoer)],
                   check=True, timeout=600)
    return [json.loads(r) for r in uitvoer.read_text(encoding="utf-8").splitlines()]


def normaal(antwoord: dict) -> str:
    """One comparable text per answer (JSON with sorted keys: error order is not part of the contract)."""
    return json.dumps(antwoord, sort_keys=True, ensure_ascii=False)


def vergelijk(model, module, js_module: Path, werkmap: Path, aantal: int, zaad: int = 2022) -> dict:
    """Population cases (every 7th spoiled) plus every voorbeeld, through Python and JS.
    Returns counts, mismatches (index, case, python, js; at most 5 kept) and times."""
    import time

    from compiler.semantiek.voorbeelden import case_json_of

    def geldig(casus: dict) -> bool:  # as `regels populatie` draws: a case that fails a controle is drawn again
        try:
            module.lees_invoer(casus)
        except (OngeldigeInvoer, GeenBeslissing):
            return False
        return True

    t0 = time.perf_counter()
    cases = list(casussen(model, aantal, zaad, geldig))
    cases += [case_json_of(v, model) for v in model.regelset.voorbeelden]
    pad = werkmap / "casussen.jsonl"
    pad.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
    t1 = time.perf_counter()
    py = [normaal(python_antwoord(module, c)) for c in cases]
    t2 = time.perf_counter()
    js = [normaal(a) for a in js_antwoorden(js_module, pad, werkmap / "js.jsonl")]
    t3 = time.perf_counter()
    verschillen = [(i, cases[i], a, b) for i, (a, b) in enumerate(zip(py, js)) if a != b]
    soorten: dict[str, int] = {}
    for a in py:
        k = next(iter(json.loads(a)))
        soorten[k] = soorten.get(k, 0) + 1
    return {"casussen": len(cases), "voorbeelden": len(model.regelset.voorbeelden), "soorten": soorten,
            "js_antwoorden": len(js), "verschillen": len(verschillen), "eerste": verschillen[:5],
            "tijd_trekken": t1 - t0, "tijd_python": t2 - t1, "tijd_js": t3 - t2}
