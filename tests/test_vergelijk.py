"""`regels vergelijk`: two versions of the mini rules, one changed cell, the same population."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from compiler.toepassingen import batch, vergelijk
from compiler.semantiek.interpreter import Interpreter
from compiler.project import Project

from conftest import FIXTURES

OLD_CELL = "| rood           | stoppen | wachten  |"
NEW_CELL = "| rood           | wachten | wachten  |"  # rood & klein: stoppen → wachten


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    base = tmp_path_factory.mktemp("versies")
    old, new = base / "oud", base / "nieuw"
    shutil.copytree(FIXTURES / "mini", old)
    shutil.copytree(FIXTURES / "mini", new)
    path = new / "regels" / "mini.regels"
    text = path.read_text(encoding="utf-8")
    assert OLD_CELL in text
    path.write_text(text.replace(OLD_CELL, NEW_CELL), encoding="utf-8")
    population = base / "populatie.csv"
    r = run_cli("--project", str(old), "populatie", "--aantal", "400", "--zaad", "3", "--uit", str(population))
    assert r.returncode == 0, r.stderr
    return base, old, new, population


def run_cli(*args: str, cwd: Path | None = None):
    return subprocess.run([sys.executable, "-m", "compiler", *args], cwd=cwd or FIXTURES.parent.parent,
                          capture_output=True, text=True)


def _expected(old: Path, new: Path, population: Path):
    """What the reference interpreter says, case by case, under both versions."""
    models = [Project(p).models()[0] for p in (old, new)]
    interpreters = [Interpreter(m) for m in models]
    pairs = []
    with open(population, encoding="utf-8", newline="") as f:
        for regel in batch.read_csv(f):
            casus = batch.csv_to_case(regel.ruw, models[0].soorten)
            pairs.append(tuple(i.evaluate(i.read_case(casus)).waarden["advies"] for i in interpreters))
    return pairs


def test_counts_and_transition_matrix_match_the_interpreter(versions):
    base, old, new, population = versions
    project = Project(old)
    v_old = vergelijk.load_version(str(old), project, None, "oud")
    v_new = vergelijk.load_version(str(new), project, None, "nieuw")
    with open(population, encoding="utf-8", newline="") as f:
        v = vergelijk.compare(v_old, v_new, f, "csv", str(population), "advies")
    pairs = _expected(old, new, population)
    changed = sum(a != b for a, b in pairs)
    assert v.aantal == len(pairs) == 400
    assert v.ok_beide == 400 and v.fout_oud == v.fout_nieuw == v.fout_beide == 0
    assert 0 < changed < 400
    assert v.gewijzigd == changed
    assert v.per_uitvoer["advies"] == changed and v.per_uitvoer["maat"] == 0
    assert v.matrix[("stoppen", "wachten")] == changed
    assert sum(v.matrix.values()) == 400
    for (a, b), n in v.matrix.items():
        assert a == b or (a, b) == ("stoppen", "wachten"), (a, b)
        assert n == sum(1 for x, y in pairs if (x, y) == (a, b))
    assert v.rijen == [x for x in ("wachten", "doorgaan", "stoppen") if x in v.rijen]
    assert v.uren is None and v.uren_reden == "niet in deze regels"
    assert v.budget is None and v.budget_reden == "niet in deze regels"


def test_same_rules_change_nothing(versions):
    base, old, new, population = versions
    project = Project(old)
    v_old = vergelijk.load_version(str(old), project, None, "oud")
    with open(population, encoding="utf-8", newline="") as f:
        v = vergelijk.compare(v_old, v_old, f, "csv")
    assert v.gewijzigd == 0 and v.uitkomst is not None
    assert all(a == b for a, b in v.matrix)


def test_old_version_from_a_git_ref(versions, tmp_path):
    base, old, new, population = versions
    repo = tmp_path / "repo"
    shutil.copytree(old, repo)

    def git(*args):
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)

    git("init", "-q")
    git("add", "regels")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "oud")
    shutil.copy(new / "regels" / "mini.regels", repo / "regels" / "mini.regels")
    r = run_cli("--project", str(repo), "vergelijk", "--oud", "HEAD", "--populatie", str(population),
                "--uitkomst", "advies", "--rapport", str(tmp_path / "rapport.md"),
                "--grafiek", str(tmp_path / "matrix.svg"))
    assert r.returncode == 0, r.stderr
    pairs = _expected(old, new, population)
    changed = sum(a != b for a, b in pairs)
    assert f"{changed} van 400 casussen" in r.stdout
    assert "Overgangen van advies" in r.stdout and "HEAD (git)" in r.stdout
    report = (tmp_path / "rapport.md").read_text(encoding="utf-8")
    assert report.startswith("# Wat verandert er voor de populatie?")
    assert "| stoppen |" in report and "![Overgangen van advies](matrix.svg)" in report
    assert "niet in deze regels" in report
    ET.fromstring((tmp_path / "matrix.svg").read_text(encoding="utf-8"))  # well-formed SVG


def test_unknown_version_and_bad_options_are_usage_errors(versions):
    base, old, new, population = versions
    r = run_cli("--project", str(old), "vergelijk", "--oud", "bestaat-niet", "--populatie", str(population))
    assert r.returncode == 2 and "geen map en geen git-versie" in r.stderr
    r = run_cli("--project", str(old), "vergelijk", "--oud", str(old), "--nieuw", str(new),
                "--populatie", str(population), "--uitkomst", "kleur van de lucht")
    assert r.returncode == 2


def test_population_fields_a_version_does_not_know_are_ignored_and_said(versions):
    base, old, new, population = versions
    text = population.read_text(encoding="utf-8").splitlines()
    header_at = next(i for i, line in enumerate(text) if not line.startswith("#"))
    text[header_at] += ",clientnummer"
    for i in range(header_at + 1, len(text)):
        text[i] += f",{i}"
    project = Project(old)
    v_old = vergelijk.load_version(str(old), project, None, "oud")
    v = vergelijk.compare(v_old, v_old, io.StringIO("\n".join(text) + "\n"), "csv")
    assert v.fout_beide == 0 and v.genegeerd_oud == ["clientnummer"]
    assert "clientnummer" in vergelijk.terminal(v)


def test_fast_path_counts_what_the_interpreter_counts_on_odd_rows(versions):
    """CSV rows are read once and decided by both compiled versions through their cell caches; rows
    with odd cells go the slow way. Every count must be what the interpreters give."""
    import random

    _, old, new, population = versions
    rng = random.Random(4)
    lines = population.read_text(encoding="utf-8").splitlines()
    header_at = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    odd = ["", "onbekend", "x", "200", "-1", "ja", "nee", "2022-13-01", "3 jaar", "rood; rood", "paars", "€ 5"]
    text = [lines[header_at] + ",opmerking"]
    for line in lines[header_at + 1:]:
        cells = line.split(",") if '"' not in line else None
        if cells is not None and rng.random() < 0.4:
            cells[rng.randrange(len(cells))] = rng.choice(odd)
            line = ",".join(cells)
        text.append(line + rng.choice([",", ",iets"]))
    text.insert(5, "")
    text.insert(9, lines[header_at + 1] + ",x,y")  # more cells than the header: a fout
    data = "\n".join(text) + "\n"
    project = Project(old)
    results = []
    for make in ("gegenereerd", "interpreter"):
        pair = []
        for path, rol in ((old, "oud"), (new, "nieuw")):
            versie = vergelijk.load_version(str(path), project, None, rol)
            if make == "interpreter":
                versie = vergelijk.Versie(versie.label, versie.model, batch.interpreter_evaluator(versie.model))
            pair.append(versie)
        v = vergelijk.compare(pair[0], pair[1], io.StringIO(data), "csv", uitkomst="advies")
        results.append((v.aantal, v.ok_beide, v.fout_oud, v.fout_nieuw, v.fout_beide, v.gewijzigd,
                        v.per_uitvoer, v.matrix, v.rijen, v.kolommen, v.genegeerd_oud))
    assert results[0] == results[1]
    assert results[0][4] > 20 and results[0][1] > 200 and results[0][10] == ["opmerking"]
