"""Many cases at once: `regels beslis --batch`, the fast path it uses, `regels populatie`, the build cache."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from compiler import build
from compiler.toepassingen import batch, populatie
from compiler.backends.python import module as python_backend
from compiler.toepassingen.casussen import as_json, cases
from compiler.semantiek.interpreter import Interpreter
from compiler.project import Project
from compiler.semantiek.runtime import GeenBeslissing, OngeldigeInvoer

from conftest import FIXTURES, ROOT


@pytest.fixture(scope="module")
def mini():
    project = Project(FIXTURES / "mini")
    model = project.models()[0]
    return project, model


def _valid_cases(model, n=300):
    interpreter = Interpreter(model)
    out = []
    for case in cases(model, limit=3000):
        casus = as_json(case)
        try:
            interpreter.beslis(casus)
        except (OngeldigeInvoer, GeenBeslissing):
            continue
        out.append(casus)
        if len(out) == n:
            break
    return out


def _csv_cell(value) -> str:
    if isinstance(value, dict):  # a duur as JSON
        return f"{value['maanden']} maanden"
    if isinstance(value, list):
        return "; ".join(value) if value else "geen"
    if value is True:
        return "ja"
    if value is False:
        return "nee"
    return str(value)


def _write_csv(model, casussen) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(model.input_names)
    for casus in casussen:
        w.writerow([_csv_cell(casus[n]) if n in casus else "" for n in model.input_names])
    return out.getvalue()


def test_fast_path_gives_the_same_outcomes_as_beslis(mini):
    project, model = mini
    ev = batch.generated_evaluator(model, project)
    module = ev.module
    compared = 0
    for case in cases(model, limit=3000):
        try:
            invoer = module.lees_invoer(as_json(case))
        except module.OngeldigeInvoer:
            continue
        try:
            expected = module.beslis(invoer).waarden()
        except module.GeenBeslissing as e:
            with pytest.raises(module.GeenBeslissing) as fast:
                module.uitkomsten(invoer)
            assert str(fast.value) == str(e)
            continue
        assert module.uitkomsten(invoer) == expected
        compared += 1
    assert compared > 100


def test_csv_round_trip_with_a_bad_case_in_the_middle(mini, tmp_path):
    project, model = mini
    casussen = _valid_cases(model, 200)
    text = _write_csv(model, casussen)
    lines = text.splitlines()
    bad = "200,paars,misschien,,2022-13-01,,rood"  # every field wrong or missing
    lines.insert(51, bad)
    (tmp_path / "in.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ev = batch.evaluator(model, project)
    with open(tmp_path / "in.csv", encoding="utf-8", newline="") as f, \
            open(tmp_path / "uit.csv", "w", encoding="utf-8", newline="") as uit:
        telling = batch.run_batch(ev, f, "csv", uit, "csv")
    assert (telling.gelezen, telling.ok, telling.fout, telling.geschreven) == (201, 200, 1, 201)
    rows = list(csv.DictReader(open(tmp_path / "uit.csv", encoding="utf-8", newline="")))
    assert len(rows) == 201
    bad_row = rows[50]
    assert bad_row["regel"] == "52" and bad_row["status"] == "fout"
    assert "leeftijd" in bad_row["fout"] and "kleur" in bad_row["fout"]
    interpreter = Interpreter(model)
    good = [r for r in rows if r["status"] == "ok"]
    for casus, row in zip(casussen, good):
        waarden = interpreter.evaluate(interpreter.read_case(casus)).waarden
        for name in model.output_names:
            assert row[name] == batch._csv_value(waarden[name]), (name, casus)
        assert row["fout"] == ""


def test_jsonl_round_trip_matches_the_interpreter(mini, tmp_path):
    project, model = mini
    casussen = _valid_cases(model, 100)
    lines = [json.dumps(c, ensure_ascii=False) for c in casussen]
    lines[10] = "{niet json"
    lines[20] = json.dumps({"leeftijd": 200})
    lines.insert(30, "")  # a blank line is no case
    text = "\n".join(lines) + "\n"
    out = io.StringIO()
    telling = batch.run_batch(batch.evaluator(model, project), io.StringIO(text), "jsonl", out, "jsonl")
    assert (telling.gelezen, telling.ok, telling.fout, telling.geschreven) == (100, 98, 2, 100)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["regel"] for r in rows] == [n for n in range(1, 102) if n != 31]
    assert rows[10]["status"] == "fout" and "geen geldige JSON" in rows[10]["fout"]
    assert rows[20]["status"] == "fout" and "leeftijd" in rows[20]["fouten"]
    interpreter = Interpreter(model)
    for casus, row in zip(casussen, rows):
        if row["status"] != "ok":
            continue
        # A batch writes every column (a CSV cannot leave one out); the JSON of one decision leaves
        # out what does not apply (runtime.resultaat_json), which the batch writes as null.
        expected = interpreter.beslis(casus)["uitkomst"]
        assert {k: v for k, v in row["uitkomst"].items() if k in expected} == expected
        assert all(v is None for k, v in row["uitkomst"].items() if k not in expected)


def test_interpreter_and_generated_evaluators_agree(mini):
    project, model = mini
    text = _write_csv(model, _valid_cases(model, 80))
    outs = []
    for ev in (batch.generated_evaluator(model, project), batch.interpreter_evaluator(model)):
        out = io.StringIO()
        batch.run_batch(ev, io.StringIO(text), "csv", out, "csv")
        outs.append(out.getvalue())
    assert outs[0] == outs[1]


ODD_CELLS = ["", " ", "onbekend", "Onbekend", "x", "ja", "Nee", "waar", "12", "-3", " 7 ", "200", "1.5", "€ 12,50",
             "2022-13-01", "2021-12-31", "3 jaar", "0 maanden", "12 Maanden", "geen", "rood; rood", "rood;groen",
             "groen; paars", '"quoted"', "rood", "blauw of paars"]


def _odd_rows(model, n=400, seed=5):
    """Valid cases as CSV rows, half of them with one or two cells replaced by something odd."""
    import random

    rng = random.Random(seed)
    rows = list(csv.reader(io.StringIO(_write_csv(model, _valid_cases(model, n)))))
    header, body = rows[0], rows[1:]
    for row in body:
        if rng.random() < 0.5:
            for _ in range(rng.randint(1, 2)):
                i = rng.randrange(len(row))
                row[i] = rng.choice(ODD_CELLS + [rng.choice(body)[i]])
    body.insert(10, [])  # a blank row is no case
    body.insert(20, body[0] + ["te veel"])
    body.insert(30, body[1][:3])
    return header, body


def _csv_text(header, body) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    w.writerows(body)
    return out.getvalue()


def test_fast_csv_path_gives_the_rows_of_the_slow_path(mini, tmp_path):
    """CelLezer, controleer and uitkomsten_waarden against the interpreter reading every cell the slow
    way: odd cells, a column that is no field, a missing optional or required column, a header
    with a name twice; written to a file (UTF-8 bytes) and to a StringIO (text)."""
    project, model = mini
    header, body = _odd_rows(model)
    variants = {"gewoon": (header, body)}
    extra_header = header + ["opmerking"]
    variants["extra kolom"] = (extra_header, [row + [c] for row, c in zip(body, ["", "iets", " "] * len(body))])
    for naam in ("looptijd", "leeftijd"):  # optional, required
        i = header.index(naam)
        variants[f"zonder {naam}"] = ([h for h in header if h != naam],
                                      [[c for j, c in enumerate(row) if j != i] for row in body])
    variants["dubbele kop"] = (header[:-1] + [header[0]], body)
    for label, (h, b) in variants.items():
        text = _csv_text(h, b)
        outs = []
        for ev in (batch.generated_evaluator(model, project), batch.interpreter_evaluator(model)):
            out = io.StringIO()
            telling = batch.run_batch(ev, io.StringIO(text), "csv", out, "csv")
            outs.append((out.getvalue(), telling.ok, telling.fout))
        path = tmp_path / "uit.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            batch.run_batch(batch.generated_evaluator(model, project), io.StringIO(text), "csv", f, "csv")
        assert outs[0] == outs[1], label
        assert path.read_text(encoding="utf-8") == outs[0][0], label
        assert outs[0][1] > 50 or label.startswith(("zonder leeftijd", "dubbele")), (label, outs[0][1:])
        assert outs[0][2] > 50, (label, outs[0][1:])


def test_csv_cells_read_durations_sets_and_unknowns():
    soorten = Project(FIXTURES / "mini").models()[0].soorten
    casus = batch.csv_to_case({"leeftijd": " 12 ", "lid": "Ja", "looptijd": "2 jaar", "kleuren": "rood; groen",
                               "bedrag": "€ 12,50", "kleur": "", "begindatum": "onbekend", "extra": "x"}, soorten)
    assert casus == {"leeftijd": 12, "lid": True, "looptijd": {"jaren": 2}, "kleuren": ["rood", "groen"],
                     "bedrag": "12,50", "extra": "x"}
    assert batch.csv_to_case({"kleuren": "geen", "looptijd": "7 maanden"}, soorten) == {
        "kleuren": [], "looptijd": {"maanden": 7}}


def run_cli(*args: str, cwd: Path | None = None):
    return subprocess.run([sys.executable, "-m", "compiler", *args], cwd=cwd or ROOT, capture_output=True,
                          text=True)


def test_cli_batch_counts_and_exit_codes(mini, tmp_path):
    project, model = mini
    (tmp_path / "goed.csv").write_text(_write_csv(model, _valid_cases(model, 20)), encoding="utf-8")
    ok = run_cli("--project", str(FIXTURES / "mini"), "beslis", "--batch", str(tmp_path / "goed.csv"),
                 "--uit", str(tmp_path / "uit.jsonl"))
    assert ok.returncode == 0, ok.stderr
    assert "20 casussen gelezen" in ok.stderr and "20 regels geschreven" in ok.stderr
    assert len((tmp_path / "uit.jsonl").read_text(encoding="utf-8").splitlines()) == 20
    (tmp_path / "slecht.csv").write_text("leeftijd,kleur\n12,paars\n", encoding="utf-8")
    bad = run_cli("--project", str(FIXTURES / "mini"), "beslis", "--batch", str(tmp_path / "slecht.csv"))
    assert bad.returncode == 1
    assert bad.stdout.splitlines()[1].startswith("2,fout,")
    both = run_cli("--project", str(FIXTURES / "mini"), "beslis", "x.json", "--batch", "y.csv")
    assert both.returncode == 2 and "niet allebei" in both.stderr
    neither = run_cli("--project", str(FIXTURES / "mini"), "beslis")
    assert neither.returncode == 2


# -- regels populatie

def test_populatie_is_deterministic_and_labelled_synthetic(mini, tmp_path):
    project, model = mini
    paths = []
    for name, zaad in (("a.csv", 7), ("b.csv", 7), ("c.csv", 8)):
        r = run_cli("--project", str(FIXTURES / "mini"), "populatie", "--aantal", "300", "--zaad", str(zaad),
                    "--uit", str(tmp_path / name))
        assert r.returncode == 0, r.stderr
        paths.append(tmp_path / name)
    a, b, c = (p.read_bytes() for p in paths)
    assert a == b and a != c
    text = a.decode("utf-8")
    assert text.startswith("# SYNTHETISCH")
    assert "leeftijd:" in text  # every field's assumption is stated
    out = io.StringIO()
    telling = batch.run_batch(batch.evaluator(model, project), io.StringIO(text), "csv", out, "csv")
    assert telling.gelezen == 300 and telling.fout == 0  # drawn again until the controles pass


def test_populatie_in_process_uses_stated_weights(mini):
    _, model = mini
    rows = list(populatie.trek(model, 2000, zaad=1, aannames={"lid": {"gewichten": {True: 9, False: 1}}}))
    share = sum(r["lid"] for r in rows) / len(rows)
    assert 0.85 < share < 0.95
    assert rows == list(populatie.trek(model, 2000, zaad=1, aannames={"lid": {"gewichten": {True: 9, False: 1}}}))


def test_an_assumption_for_no_input_is_an_error_not_ignored(mini_project, tmp_path):
    # A renamed input (here a typo) would otherwise be drawn uniformly without a word.
    (mini_project / "regels" / "populatie.yml").write_text(
        "aannames:\n  leeftijt: {banden: [[18, 65, 1]]}\n", encoding="utf-8")
    r = run_cli("--project", str(mini_project), "populatie", "--aantal", "10", "--uit", str(tmp_path / "p.csv"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "“leeftijt” is geen invoer van regelset" in r.stderr and "bedoelde u “leeftijd”?" in r.stderr
    assert not (tmp_path / "p.csv").exists()
    with pytest.raises(ValueError, match="leeftijt"):
        populatie.velden(Project(mini_project).models()[0], {"leeftijt": {}})


# -- regels bouw: a rebuild whose inputs did not change is skipped

def test_build_cache_skips_only_when_nothing_changed(tmp_path):
    target = tmp_path / "p"
    shutil.copytree(FIXTURES / "mini", target)
    project = Project(target)
    files = python_backend.generate(project.models(), project)
    build.write(files, project)
    assert build.up_to_date(project) is None  # no record yet
    build.record(files, project)
    assert build.up_to_date(project) == len(files)
    module = target / "generated" / "mini.py"
    module.write_text(module.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    assert build.up_to_date(project) is None  # an output changed
    build.write(files, project)
    assert build.up_to_date(project) == len(files)
    rules = target / "regels" / "mini.regels"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# een opmerking\n", encoding="utf-8")
    assert build.up_to_date(project) is None  # an input changed


def _rijen_met_csv_reader(lines, voor):
    """rijen as it was, csv.reader over every line: the reference for the split fast path."""
    reader = csv.reader(lines)
    vorige = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            start = voor + vorige + 1
            vorige = reader.line_num
            yield start, ["ONLEESBAAR", f"de regel is geen geldige CSV ({e})"]
            continue
        start = voor + vorige + 1
        vorige = reader.line_num
        if not row or (not row[0] or row[0].isspace()) and not "".join(row).strip():
            continue
        yield start, row


def _als_lijst(rows):
    return [(n, ["ONLEESBAAR", *r] if isinstance(r, batch.Onleesbaar) else r) for n, r in rows]


_TEKENS = st.sampled_from(["a", "b", ",", '"', " ", "\n", "\r", "\r\n", "\0", "é", "x,y", '""', "\t", "\u2028"])


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.lists(_TEKENS, max_size=12).map("".join), max_size=8), st.integers(0, 5))
def test_rijen_splitst_zoals_csv_reader(stukken, voor):
    # The lines as a file opened with newline="" gives them: split after \n, \r and \r\n only.
    tekst = "".join(stukken)
    lines = io.StringIO(tekst, newline="").readlines()
    verwacht = list(_rijen_met_csv_reader(iter(lines), voor))
    assert _als_lijst(batch.rijen(lines, voor, utf8_controle=False)) == verwacht


def test_rijen_een_te_grote_cel_is_een_fout_zoals_bij_csv_reader():
    groot = "x" * (csv.field_size_limit() + 1)
    lines = ["a,b\n", f"{groot},c\n", "d,e\n"]
    assert _als_lijst(batch.rijen(lines, 0, utf8_controle=False)) == list(_rijen_met_csv_reader(iter(lines), 0))
    assert isinstance(list(batch.rijen(lines, 0))[1][1], batch.Onleesbaar)
