"""The DMN TCK as an external conformance suite for the importer.

Each model is imported (importer.py), parsed and checked like any .regels file, and every test
case is run by the reference interpreter; the outcome is compared with the expected value.
Results are written as the TCK's own tck_results.csv: folder, test file, case id,
SUCCESS/ERROR, and (our addition in the last column) the reason of a failure.
"""

from __future__ import annotations

import csv
import io
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..midden.passes import check
from ..errors import RegelsFout
from ..semantiek.interpreter import Interpreter
from ..project import load_regelset
from ..semantiek.runtime import GeenBeslissing, OngeldigeInvoer
from .importer import Import, _child, _children, _local, import_dmn

_XSI = "{http://www.w3.org/2001/XMLSchema-instance}"


@dataclass(frozen=True)
class Uitslag:
    map: str          # e.g. compliance-level-2/0004-simpletable-U
    testbestand: str  # e.g. 0004-simpletable-U-test-01
    id: str
    gelukt: bool
    reden: str = ""


# -- Reading TCK values

def _value(el) -> Any:
    """A TCK <value>, <list> or <component>s as a Python value (Decimal for numbers)."""
    if el is None:
        return None
    kind = _local(el.tag)
    if kind == "list":
        return [_value(_item_value(i)) for i in _children(el, "item")]
    if kind in ("expected", "item") or kind == "inputNode":
        comps = _children(el, "component")
        if comps:
            return {c.get("name"): _value(_item_value(c)) for c in comps}
        return _value(_item_value(el))
    if el.get(_XSI + "nil") == "true":
        return None
    t = (el.get(_XSI + "type") or "").split(":")[-1]
    text = el.text or ""
    if t in ("decimal", "double", "int", "integer", "long", "float"):
        return Decimal(text.strip())
    if t == "boolean":
        return text.strip() == "true"
    return text


def _item_value(el):
    for c in el:
        if _local(c.tag) in ("value", "list"):
            return c
    if _children(el, "component"):
        return el
    return None


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, Decimal):
        try:
            return actual is not None and not isinstance(actual, bool) and Decimal(str(actual)) == expected
        except InvalidOperation:
            return False
    if isinstance(expected, list):
        return isinstance(actual, list) and len(expected) == len(actual) and all(
            _same(a, b) for a, b in zip(expected, actual))
    if isinstance(expected, dict):
        return isinstance(actual, dict) and expected.keys() == actual.keys() and all(
            _same(v, actual[k]) for k, v in expected.items())
    return expected == actual


def _show(v: Any) -> str:
    if isinstance(v, Decimal):
        return str(v)
    if isinstance(v, list):
        return "[" + ", ".join(_show(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {_show(x)}" for k, x in v.items()) + "}"
    return "null" if v is None else repr(v) if isinstance(v, str) else str(v).lower()


# -- Our outcome as a DMN value

def _dmn_value(v: Any) -> Any:
    if isinstance(v, (tuple, list, frozenset, set)):
        return [_dmn_value(x) for x in v]
    if isinstance(v, int) and not isinstance(v, bool):
        return Decimal(v)
    return v


def _decision_value(imp: Import, naam: str, waarden: dict[str, Any]) -> Any:
    b = imp.beslissingen[naam]
    if b.vorm == "enkel":
        return _dmn_value(waarden[b.uitvoer[0]])
    if b.vorm == "context":
        return {comp: _dmn_value(waarden[o]) for comp, o in zip(b.componenten, b.uitvoer)}
    if b.vorm == "lijst":
        return _dmn_value(list(waarden[b.uitvoer[0]]))
    columns = [list(waarden[o]) for o in b.uitvoer]
    if len({len(c) for c in columns}) != 1:
        raise GeenBeslissing("een uitkomst zonder waarde valt weg uit de lijst; de rijen zijn niet meer te koppelen")
    return [{comp: _dmn_value(v) for comp, v in zip(b.componenten, row)} for row in zip(*columns)]


def _case_input(imp: Import, tc) -> dict[str, Any]:
    casus = {}
    for node in _children(tc, "inputNode"):
        name = node.get("name")
        v = _value(node)
        kind = imp.invoer.get(name, "")
        if isinstance(v, Decimal):
            v = int(v) if kind == "geheel getal" and v == v.to_integral_value() else str(v)
        casus[imp.namen.get(name, name)] = v
    return {k: v for k, v in casus.items() if v is not None}


# -- One model, all its cases

def run_model(folder: Path, label: str) -> list[Uitslag]:
    models = sorted(folder.glob("*.dmn"))
    tests = sorted(folder.glob("*-test-*.xml"))
    results: list[Uitslag] = []
    imp = import_dmn(models[0]) if models else None
    model, fout = None, ""
    if imp is None:
        fout = "geen .dmn-bestand"
    elif imp.problemen:
        fout = "niet te importeren: " + "; ".join(imp.problemen)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / (models[0].stem + ".regels")
            path.write_text(imp.text, encoding="utf-8")
            try:
                model = check(load_regelset(folder.name, [(path, path.name)]), None)
            except RegelsFout as e:
                fout = "de geïmporteerde regels kloppen niet: " + "; ".join(
                    f"{d.span.line}:{d.span.column} {d.message}" for d in e.diagnostics if d.is_error)
    for test in tests:
        root = ET.parse(test).getroot()
        for tc in _children(root, "testCase"):
            tid = tc.get("id")
            if model is None:
                results.append(Uitslag(label, test.stem, tid, False, fout))
                continue
            results.append(_run_case(imp, Interpreter(model), label, test.stem, tc))
    return results


def _run_case(imp: Import, interp: Interpreter, label: str, stem: str, tc) -> Uitslag:
    tid = tc.get("id")
    try:
        waarden = interp.evaluate(interp.read_case(_case_input(imp, tc))).waarden
    except (OngeldigeInvoer, GeenBeslissing) as e:
        waarden, fout = None, str(e)
    redenen = []
    for node in _children(tc, "resultNode"):
        name = node.get("name")
        expected = _value(_child(node, "expected"))
        if name not in imp.beslissingen:
            redenen.append(f"{name}: geen geïmporteerde beslissing")
            continue
        if waarden is None:
            if expected is not None:  # DMN gives null on a hit-policy violation; we refuse to decide
                redenen.append(f"{name}: geen beslissing ({fout})")
            continue
        try:
            actual = _decision_value(imp, name, waarden)
        except GeenBeslissing as e:
            redenen.append(f"{name}: {e}")
            continue
        if not _same(expected, actual):
            redenen.append(f"{name}: verwacht {_show(expected)}, kreeg {_show(actual)}")
    return Uitslag(label, stem, tid, not redenen, "; ".join(redenen))


def run(root: Path) -> list[Uitslag]:
    """Every case folder under root (compliance-level-*/NNNN-…), in order."""
    results = []
    for level in sorted(p for p in root.iterdir() if p.is_dir() and p.name.startswith("compliance-level")):
        for folder in sorted(p for p in level.iterdir() if p.is_dir()):
            results += run_model(folder, f"{level.name}/{folder.name}")
    return results


def to_csv(results: list[Uitslag]) -> str:
    out = io.StringIO()
    w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    for r in results:
        w.writerow([r.map, r.testbestand, r.id, "SUCCESS" if r.gelukt else "ERROR", r.reden])
    return out.getvalue()


def score(results: list[Uitslag]) -> str:
    ok = sum(r.gelukt for r in results)
    models = {r.map for r in results}
    models_ok = {r.map for r in results} - {r.map for r in results if not r.gelukt}
    return f"{ok}/{len(results)} testgevallen, {len(models_ok)}/{len(models)} modellen"
