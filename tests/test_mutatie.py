"""Mutation testing of the voorbeelden (compiler/toepassingen/mutatie.py and `regels test --mutatie`)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from compiler.toepassingen import mutatie
from compiler.midden.passes import check
from compiler.project import load_regelset

from conftest import FIXTURES, ROOT

SOURCE = FIXTURES / "mutatie" / "regels" / "zwaarte.regels"
STRONG = '\nvoorbeeld "Vijf"\n  gegeven\n    aantal: 5\n  verwacht\n    zwaarte: C\n'


def model_of(tmp_path: Path, extra: str = ""):
    path = tmp_path / "zwaarte.regels"
    path.write_text(SOURCE.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return check(load_regelset("zwaarte", [(path, "zwaarte.regels")]))


def test_every_single_cell_mutant_is_made_and_judged(tmp_path):
    [score] = mutatie.score_model(model_of(tmp_path))
    fates = {f.mutant.description: f.status for f in score.fates}
    # Each bound moves one step either way; each conclusion becomes each other value.
    assert len(score.fates) == 3 * (4 + 2)
    # Outside the domain 1 t/m 6 a moved bound changes nothing: equivalent, not counted.
    assert fates["rij 1, kolom “aantal”: ‘1 t/m 2’ → ‘0 t/m 2’"] == mutatie.GELIJKWAARDIG
    assert fates["rij 3, kolom “aantal”: ‘5 t/m 6’ → ‘5 t/m 7’"] == mutatie.GELIJKWAARDIG
    # A bound moved into a neighbour makes a gap or a conflict; when no voorbeeld notices,
    # the checker still does.
    assert fates["rij 1, kolom “aantal”: ‘1 t/m 2’ → ‘1 t/m 1’"] == mutatie.CONTROLE
    assert fates["rij 2, kolom “aantal”: ‘3 t/m 4’ → ‘3 t/m 5’"] == mutatie.CONTROLE
    # A voorbeeld with aantal 3 notices row 1 reaching 3 (two rows would match).
    assert fates["rij 1, kolom “aantal”: ‘1 t/m 2’ → ‘1 t/m 3’"] == mutatie.VOORBEELD
    assert fates["rij 1, kolom “zwaarte”: ‘A’ → ‘B’"] == mutatie.VOORBEELD
    assert score.count(mutatie.CONTROLE) == 7 and score.count(mutatie.GELIJKWAARDIG) == 2


def test_weak_voorbeelden_leave_a_surviving_mutant_explained(tmp_path):
    [score] = mutatie.score_model(model_of(tmp_path))
    survivors = score.survivors
    assert [f.mutant.description for f in survivors] == [
        "rij 3, kolom “zwaarte”: ‘C’ → ‘A’", "rij 3, kolom “zwaarte”: ‘C’ → ‘B’"]
    assert score.killed == 14 and score.counted == 16
    assert round(score.percentage, 1) == 87.5
    message = mutatie.survivor_message(score, survivors[0])
    assert message == ("geen voorbeeld merkt het op als rij 3 ‘| 5 t/m 6 || C |’ zou zijn ‘| 5 t/m 6 || A |’: "
                       "bij aantal 5 wordt zwaarte ‘A’ in plaats van ‘C’")
    assert (survivors[0].mutant.span.line, survivors[0].mutant.span.column) == (15, 16)


def test_strong_voorbeelden_kill_every_mutant(tmp_path):
    [score] = mutatie.score_model(model_of(tmp_path, STRONG))
    assert not score.survivors
    assert score.percentage == 100.0 and score.killed == 16


def test_boundary_values_no_voorbeeld_uses(tmp_path):
    [(table, column, values)] = mutatie.boundary_suggestions(model_of(tmp_path))
    assert (table.name, column) == ("zwaarte", "aantal")
    assert values == [2, 4, 5, 6]
    [(_, _, values)] = mutatie.boundary_suggestions(model_of(tmp_path, STRONG))
    assert values == [2, 4, 6]


def test_equivalence_is_exact_for_eerste_tables(tmp_path):
    # In an `eerste` table a row under a wider earlier row can change freely: no input reaches it.
    text = SOURCE.read_text(encoding="utf-8").replace("(uniek)", "(eerste)").replace(
        "  | 5 t/m 6 || C       |\n", "  | 5 t/m 6 || C       |\n  | 6       || A       |\n")
    path = tmp_path / "z.regels"
    path.write_text(text, encoding="utf-8")
    model = check(load_regelset("z", [(path, "z.regels")]))
    [score] = mutatie.score_model(model)
    row4 = [f for f in score.fates if f.mutant.row.number == 4]
    assert row4 and all(f.status == mutatie.GELIJKWAARDIG for f in row4
                        if "→ ‘5’" not in f.mutant.description)


def run(*args: str, cwd: Path | None = None):
    return subprocess.run([sys.executable, "-m", "compiler", *args], cwd=cwd or ROOT, capture_output=True, text=True)


@pytest.fixture
def project(tmp_path) -> Path:
    target = tmp_path / "p"
    shutil.copytree(FIXTURES / "mutatie", target)
    return target


def test_cli_reports_scores_survivors_and_suggestions(project):
    out = run("--project", str(project), "test", "--mutatie")
    assert out.returncode == 0, out.stderr
    assert "Een mutant is een tabel met één cel veranderd. Gedood:" in out.stdout  # the terms, explained
    assert "tabel “zwaarte” (regels/zwaarte.regels:10): 18 mutanten, 2 gelijkwaardig, gedood 14 van 16" in out.stdout
    assert ("    regels/zwaarte.regels:15: rij 3, kolom “zwaarte”: ‘C’ → ‘A’ merkt geen voorbeeld; "
            "voeg toe: zoals voorbeeld “Eén”, maar aantal: 5\n") in out.stdout
    assert "totaal: 14 van 16 mutanten gedood (87,5 %)" in out.stdout
    assert "tabel “zwaarte”, aantal 2: zoals voorbeeld “Drie”, maar aantal: 2" in out.stdout
    assert "zwaarte    2 van   3 rijen, door   2 voorbeeld(en)   ← niet alles" in out.stdout
    assert run("--project", str(project), "test", "--mutatie", "--drempel", "95").returncode == 1


def test_cli_json_has_voorbeelden_meldingen_and_mutatie(project):
    out = run("--project", str(project), "test", "--mutatie", "--json")
    data = json.loads(out.stdout)
    assert [v["voorbeeld"] for v in data["voorbeelden"]] == ["Eén", "Drie"]
    assert data["dekking"] == [{"tabel": "zwaarte", "plaats": "regels/zwaarte.regels:10:13", "geraakt": 2, "rijen": 3,
                                "voorbeelden": 2}]
    assert any(m["code"] == "dekking-voorbeelden" for m in data["meldingen"])
    [table] = data["mutatie"]["tabellen"]
    assert table["overleefd"] == 2 and table["score"] == 87.5
    assert table["overlevenden"][0]["invoer"] == {"aantal": "5"}
    assert table["overlevenden"][0]["voorstel"] == "zoals voorbeeld “Eén”, maar aantal: 5"
    [suggestie] = data["suggesties"]
    assert suggestie["waarden"] == ["2", "4", "5", "6"]
    assert suggestie["voorbeelden"][0] == "zoals voorbeeld “Drie”, maar aantal: 2"


ONMOGELIJK = """regelset "Onmogelijk"
  geldig vanaf 1 januari 2022

keuzelijst z: A, B, C

invoer
  n: geheel getal van 0 t/m 6

afgeleid
  a = n
  b = n

beslistabel z (uniek)
  | a       | b       || z |
  |---------|---------||---|
  | t/m 2   | t/m 2   || A |
  | vanaf 3 | vanaf 3 || B |
  | t/m 2   | vanaf 3 || C |
  | vanaf 3 | t/m 2   || C |

voorbeeld "Een"
  gegeven
    n: 1
  verwacht
    z: A

voorbeeld "Vijf"
  gegeven
    n: 5
  verwacht
    z: B
"""


def test_survivors_no_real_case_can_reach_are_not_shown(tmp_path):
    (tmp_path / "regels").mkdir()
    (tmp_path / "regels" / "onmogelijk.regels").write_text(ONMOGELIJK, encoding="utf-8")
    out = run("--project", str(tmp_path), "test", "--mutatie")
    assert out.returncode == 0, out.stderr
    shown = [line for line in out.stdout.splitlines() if "merkt geen voorbeeld" in line]
    assert not [line for line in shown if "rij 3" in line or "rij 4" in line]  # a ≠ b never happens
    assert "overlever(s) niet getoond: geen echte casus" in out.stdout
    for line in out.stdout.splitlines():
        if "maar n:" in line:
            value = int(line.rsplit("maar n: ", 1)[1])
            assert 0 <= value <= 6  # inside the declared domain
