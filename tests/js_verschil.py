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


def casussen(model, aantal: int, zaad: int, geldig, aannames=None) -> Iterator[dict[str, Any]]:
    """`aantal` cases as `regels populatie --zaad` draws them; every 7th spoiled in one or two fields."""
    rng = random.Random(zaad + 1)
    namen = [d.name for d in model.regelset.invoer]
    laatst: list[Any] = [None]

    def onthoud(casus: dict) -> bool:   # trek yields the draw it last checked: its JSON is made once
        laatst[0] = casus
        return geldig(casus)
    for i, case in enumerate(populatie.trek(model, aantal, zaad, onthoud if geldig else None, aannames)):
        casus = laatst[0] if geldig is not None else populatie.as_json(case)
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


def vergelijk(model, module, js_module: Path, werkmap: Path, aantal: int, zaad: int = 2022,
              aannames: dict | None = None) -> dict:
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
    cases = list(casussen(model, aantal, zaad, geldig, aannames))
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


# -- In bulk: 100,000 cases and more, with one Node process
#
# Per case both sides write one canonical text: the outcome of every output (JSON, in the order of
# UITVOER) and the rows that fired per table, or the errors. Written out per case that is ~3 KB, so
# both sides compare a SHA-1 of it instead. Every VOLLEDIG_ELKE-th case and every voorbeeld is also
# compared in full (the JSON of `regels beslis --json`, with what is absent, the bron and the uitleg).
# The population is drawn by WERKERS forked processes (one seed each: `regels populatie --zaad Z`),
# which also work out the Python answers; then Node runs once over all cases.

import hashlib  # noqa: E402
import multiprocessing  # noqa: E402
from decimal import Decimal  # noqa: E402

from compiler.semantiek.runtime import naar_json  # noqa: E402

BULK = Path(__file__).resolve().parent / "js" / "bulk.mjs"
VOLLEDIG_ELKE = 50
WERKERS = 2


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class Canoniek:
    """The canonical text of a Python answer, fast: per column a cache from value to its JSON text
    (a Decimal is never a key: Decimal('1.0') == Decimal('1'), but they print differently)."""

    def __init__(self, aantal_uitvoer: int, aantal_tabellen: int):
        self.waarden: list[dict] = [{} for _ in range(aantal_uitvoer)]
        self.rijen: list[dict] = [{} for _ in range(aantal_tabellen)]

    @staticmethod
    def _sleutel(v: Any) -> Any:
        t = type(v)
        if t is Decimal or (t is tuple and not all(type(x) is str for x in v)):
            return None
        return t, v

    def resultaat(self, res: tuple) -> str:
        parts = []
        for cache, v in zip(self.waarden, res[:-1]):
            key = self._sleutel(v)
            text = cache.get(key) if key is not None else None
            if text is None:
                text = _dump(naar_json(v))
                if key is not None:
                    cache[key] = text
            parts.append(text)
        rijen = []
        for cache, r in zip(self.rijen, res[-1]):
            key = tuple(r) if type(r) is list else r
            text = cache.get(key)
            if text is None:
                text = cache[key] = _dump([] if r is None else [r] if type(r) is int else list(r))
            rijen.append(text)
        return "[[" + ",".join(parts) + "],[" + ",".join(rijen) + "]]"


def _python_kort(module, canon: Canoniek, casus: dict, invoer: Any) -> str:
    try:
        if invoer is None:
            invoer = module.lees_invoer(casus)
        return _hash(canon.resultaat(module.beslis(invoer)))
    except OngeldigeInvoer as e:
        return _hash(_dump({"fouten": dict(sorted(e.fouten.items()))}))
    except GeenBeslissing as e:
        return _hash(_dump({"geen": str(e)}))


_WERK: dict[str, Any] = {}   # what a forked worker inherits: the model, module and assumptions


def _werker(k: int, begin: int, aantal: int, zaad: int, map_: str) -> None:
    model, module, aannames = _WERK["model"], _WERK["module"], _WERK["aannames"]
    laatst: list[Any] = [None]

    def geldig(casus: dict) -> bool:  # as `regels populatie` draws; keeps the parsed case for the answer
        try:
            laatst[0] = module.lees_invoer(casus)
        except (OngeldigeInvoer, GeenBeslissing):
            return False
        return True

    canon = Canoniek(len(module.UITVOER), len(module.TABELLEN))
    with open(f"{map_}/casussen-{k}.jsonl", "w", encoding="utf-8") as cf, \
            open(f"{map_}/python-{k}.txt", "w", encoding="utf-8") as pf:
        for i, casus in enumerate(casussen(model, aantal, zaad, geldig, aannames)):
            cf.write(_dump(casus) + "\n")
            if (begin + i) % VOLLEDIG_ELKE == 0:
                pf.write(normaal(python_antwoord(module, casus)) + "\n")
            else:
                pf.write(_python_kort(module, canon, casus, None if i % 7 == 3 else laatst[0]) + "\n")


def vergelijk_bulk(model, module, js_module: Path, werkmap: Path, aantal: int, zaad: int = 2022,
                   aannames: dict | None = None) -> dict:
    """`aantal` population cases (WERKERS seeds from `zaad` on, every 7th spoiled) plus every voorbeeld,
    through Python and once through Node; compared in bulk. Returns counts, mismatches (at most 5, in
    full) and times."""
    import time

    from compiler.semantiek.voorbeelden import case_json_of

    t0 = time.perf_counter()
    delen = [aantal // WERKERS + (k < aantal % WERKERS) for k in range(WERKERS)]
    _WERK.update(model=model, module=module, aannames=aannames)
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_werker, args=(k, sum(delen[:k]), delen[k], zaad + k, str(werkmap)))
             for k in range(WERKERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    assert all(p.exitcode == 0 for p in procs), [p.exitcode for p in procs]
    voorbeelden = [case_json_of(v, model) for v in model.regelset.voorbeelden]
    (werkmap / "casussen-v.jsonl").write_text("".join(_dump(c) + "\n" for c in voorbeelden), encoding="utf-8")
    py = []
    for k in range(WERKERS):
        py += (werkmap / f"python-{k}.txt").read_text(encoding="utf-8").splitlines()
    py += [normaal(python_antwoord(module, c)) for c in voorbeelden]
    t1 = time.perf_counter()
    bestanden = [str(werkmap / f"casussen-{k}.jsonl") for k in range(WERKERS)] + [str(werkmap / "casussen-v.jsonl")]
    subprocess.run(["node", str(BULK), str(js_module), str(werkmap / "js.txt"), str(VOLLEDIG_ELKE), str(aantal),
                    *bestanden], check=True, timeout=900)
    js = (werkmap / "js.txt").read_text(encoding="utf-8").splitlines()
    t2 = time.perf_counter()
    volledig = 0
    verschillen = []
    for i, (a, b) in enumerate(zip(py, js)):
        if a.startswith("{"):
            volledig += 1
            b = normaal(json.loads(b))
        if a != b:
            verschillen.append(i)
    t3 = time.perf_counter()
    eerste = []
    if verschillen:  # the first mismatches in full, from both sides
        alle = [json.loads(r) for f in bestanden for r in Path(f).read_text(encoding="utf-8").splitlines()]
        gekozen = [alle[i] for i in verschillen[:5]]
        pad = werkmap / "verschil.jsonl"
        pad.write_text("".join(_dump(c) + "\n" for c in gekozen), encoding="utf-8")
        antwoorden = js_antwoorden(js_module, pad, werkmap / "verschil-js.jsonl")
        eerste = [(i, c, normaal(python_antwoord(module, c)), normaal(a))
                  for i, c, a in zip(verschillen, gekozen, antwoorden)]
    return {"casussen": len(py), "populatie": aantal, "voorbeelden": len(voorbeelden), "volledig": volledig,
            "js_antwoorden": len(js), "verschillen": len(verschillen), "eerste": eerste,
            "tijd_python": t1 - t0, "tijd_js": t2 - t1, "tijd_vergelijken": t3 - t2}
