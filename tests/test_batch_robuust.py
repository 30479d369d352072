"""Batch never loses a case: one output row per input case, in order, whatever the other rows hold.

A JSON Lines file and a CSV file of 20,000 cases each for the mini fixture, 1 % broken in every
way we know (malformed JSON, U+2028/NEL/form feed and a raw carriage return inside strings, bytes
that are no UTF-8, deep nesting, numbers of 5,000 digits, wrong types, ambiguous dates, a BOM,
arrays and numbers instead of objects, rows with too many cells, a NUL). `regels beslis --batch`
must write exactly one row per case, in the input order, a decision identical to the single
decision for every good case and an error row for every broken one, and say in = out.
The same with 100,000 cases: `python bench/fuzz.py batch --aantal 100000`.
"""

from __future__ import annotations

import csv
import io
import json
import random
import shutil
import sys

import pytest

from conftest import FIXTURES, ROOT
from test_vijandig import assert_no_traceback, run_regels

AANTAL = 20_000

if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))
from fuzz import batch_bestanden, GOEDE_VELDEN  # noqa: E402  (bench/fuzz.py: the same files, larger)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("batch") / "mini"
    shutil.copytree(FIXTURES / "mini", root)
    done = run_regels(root, "bouw")
    assert done.returncode == 0, done.stderr
    return root


@pytest.fixture(scope="module")
def single(project):
    """The single decision of each distinct good case, from the generated module."""
    import importlib

    sys.path.insert(0, str(project))
    saved = {m: sys.modules.pop(m) for m in list(sys.modules) if m == "generated" or m.startswith("generated.")}
    try:
        module = importlib.import_module("generated.mini")
    finally:  # the project's own generated package stays what other tests import
        sys.path.remove(str(project))
        for m in [m for m in sys.modules if m == "generated" or m.startswith("generated.")]:
            del sys.modules[m]
        sys.modules.update(saved)
    return module


@pytest.mark.parametrize("soort", ["jsonl", "csv"])
def test_every_case_gets_one_row_in_order(project, single, tmp_path, soort):
    invoer, verwacht = batch_bestanden(tmp_path, soort, AANTAL, random.Random(16))
    uit = tmp_path / "uit.jsonl"
    done = run_regels(project, "beslis", "--batch", str(invoer), "--uit", str(uit))
    assert_no_traceback(done)
    assert done.returncode == 1, done.stderr  # there are broken cases
    rows = [json.loads(line) for line in uit.read_text(encoding="utf-8").split("\n") if line]
    assert [r["regel"] for r in rows] == [regel for regel, _ in verwacht]
    decided = broken = 0
    for row, (regel, casus) in zip(rows, verwacht):
        if casus is None:  # broken: an error row, never a decision
            assert row["status"] == "fout", (regel, row)
            assert row["fout"] and "Traceback" not in row["fout"] and "interne fout" not in row["fout"], row
            broken += 1
        else:
            assert row["status"] == "ok", (regel, row, casus)
            # A batch writes every outcome (as a CSV must); one decision's JSON leaves out what does
            # not apply (runtime.resultaat_json), which the batch writes as null.
            expected = single.beslis_json(casus)["uitkomst"]
            assert {k: v for k, v in row["uitkomst"].items() if k in expected} == expected, (regel, casus)
            assert all(v is None for k, v in row["uitkomst"].items() if k not in expected), (regel, casus)
            decided += 1
    assert decided + broken == len(verwacht) and broken >= AANTAL // 100
    n = len(verwacht)
    assert f"{n} casussen gelezen" in done.stderr and f"{n} regels geschreven" in done.stderr
    assert "zonder uitvoerregel" not in done.stderr


def test_a_csv_with_a_column_twice_decides_nothing(project, tmp_path):
    path = tmp_path / "dubbel.csv"
    rij = {**GOEDE_VELDEN, "looptijd": "3 jaar", "kleuren": "rood", "lid": "ja"}
    kop = list(rij) + ["leeftijd"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(kop)
    for leeftijd in (12, 40, 80):
        w.writerow([*rij.values(), leeftijd])
    path.write_text(buf.getvalue(), encoding="utf-8")
    uit = tmp_path / "uit.jsonl"
    done = run_regels(project, "beslis", "--batch", str(path), "--uit", str(uit))
    assert_no_traceback(done)
    rows = [json.loads(line) for line in uit.read_text(encoding="utf-8").split("\n") if line]
    assert len(rows) == 3 and all(r["status"] == "fout" and "“leeftijd”" in r["fout"] for r in rows)
    assert done.returncode == 1


def test_a_closed_pipe_ends_quietly(project, tmp_path):
    """`regels test | head -1` and `regels beslis … --uitleg | head -1`: no traceback, no noise."""
    import subprocess

    from test_vijandig import regels_command

    casus = tmp_path / "casus.json"
    casus.write_text(json.dumps({**GOEDE_VELDEN, "looptijd": {"jaren": 3}, "kleuren": ["rood"], "lid": True,
                                 "leeftijd": 40}), encoding="utf-8")
    for args in (["test"], ["beslis", str(casus), "--uitleg"]):
        # The reading end is closed before the command writes a byte: its first write meets a closed pipe.
        proc = subprocess.Popen(regels_command() + ["--project", str(project), *args], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        proc.stdout.close()
        _, err = proc.communicate(timeout=120)
        assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err, err
