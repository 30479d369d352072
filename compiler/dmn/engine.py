"""Run an exported DMN file in an independent engine (dmn-moddle + feelin, tests/dmn_engine/) and
compare its answers with ours, value by value.

Cases go in as FEEL literals (date("…"), duration("P6M"), lists, strings), so the engine reads
them as FEEL values itself. Its answers come back as JSON and are read per outcome the way our
JSON interface gives them (runtime.naar_json), so both sides are compared as data.
"""

from __future__ import annotations

import datetime
import json
import re
import subprocess
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any

from .. import ast
from .feel import feel_value  # noqa: F401 - the tests and bench read it from here

ENGINE = Path(__file__).resolve().parents[2] / "tests" / "dmn_engine"


def run_engine(dmn: Path, cases: list[dict[str, str]], timeout: float = 600) -> list[dict]:
    """Each case (name → FEEL literal text) through the engine; one result per case."""
    lines = "".join(json.dumps(c) + "\n" for c in cases)
    proc = subprocess.run(["node", str(ENGINE / "evaluate.mjs"), str(dmn)], input=lines, text=True,
                          capture_output=True, timeout=timeout, cwd=ENGINE)
    if proc.returncode != 0:
        raise RuntimeError(f"de DMN-engine faalde: {proc.stderr.strip()[-2000:]}")
    return [json.loads(x) for x in proc.stdout.splitlines() if x.strip()]


def engine_outcomes(model, result: dict) -> dict[str, Any]:
    """The engine's decisions as our outcomes: one value per output name."""
    out = {}
    for step in model.order:
        if isinstance(step, ast.Derived):
            out[step.name] = result.get(step.name)
            continue
        bt = step
        v = result.get(bt.name)
        for col in bt.outputs:
            if bt.hit == "verzamel":
                items = v or []
                vals = [x if len(bt.outputs) == 1 else (x or {}).get(col.name) for x in items]
                out[col.name] = [x for x in vals if x is not None]
            elif len(bt.outputs) == 1:
                out[col.name] = v
            else:
                out[col.name] = None if v is None else v.get(col.name)
    return out


_ISO_DUUR = re.compile(r"^(-)?P(?:(\d+)Y)?(?:(\d+)M)?$")


def _norm(kind: str, v: Any) -> Any:
    """A value from either side in one comparable form."""
    if v is None:
        return None
    if isinstance(v, list):
        return [_norm(kind, x) for x in v]
    if kind in ("getal", "bedrag"):
        try:
            return Decimal(str(v)).quantize(Decimal("0.000000001"))
        except InvalidOperation:
            return v
    if kind == "duur":
        if isinstance(v, dict):
            return v.get("maanden")
        m = _ISO_DUUR.match(str(v))
        if m:
            months = int(m.group(2) or 0) * 12 + int(m.group(3) or 0)
            return -months if m.group(1) else months
    return v


def compare(model, ours: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    """Where the engine and our JSON uitkomst differ: one line per outcome."""
    diffs = []
    for name in model.output_names:
        t = model.types.get(name)
        kind = t.element().kind if t is not None else ""
        a, b = _norm(kind, ours.get(name)), _norm(kind, theirs.get(name))
        if t is not None and t.kind == "verzameling" and isinstance(a, list) and isinstance(b, list):
            a, b = sorted(a, key=str), sorted(b, key=str)
        if a != b:
            diffs.append(f"{name}: wij {ours.get(name)!r}, engine {theirs.get(name)!r}")
    return diffs
