"""The `regels` command as a policy writer and a developer use it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from compiler.cli import main

from conftest import FIXTURES, ROOT


def run(*args: str, cwd: Path | None = None, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "compiler", *args], cwd=cwd or ROOT, capture_output=True,
                          text=True, input=stdin, env=None)


@pytest.fixture
def project(tmp_path) -> Path:
    target = tmp_path / "p"
    shutil.copytree(FIXTURES / "mini", target)
    return target


def test_bouw_twice_gives_no_diff_and_controleer_catches_hand_edits(project):
    first = run("--project", str(project), "bouw")
    assert first.returncode == 0, first.stderr
    snapshot = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    second = run("--project", str(project), "bouw")
    assert second.returncode == 0
    assert {p: p.read_bytes() for p in project.rglob("*") if p.is_file()} == snapshot
    assert run("--project", str(project), "bouw", "--controleer").returncode == 0
    module = project / "generated" / "mini.py"
    module.write_text(module.read_text(encoding="utf-8") + "\n# hand edit\n", encoding="utf-8")
    check = run("--project", str(project), "bouw", "--controleer")
    assert check.returncode == 1
    assert "gewijzigd: generated/mini.py" in check.stderr


def test_controleer_reports_missing_and_stale_files(project):
    assert run("--project", str(project), "bouw").returncode == 0
    (project / "generated" / "oud.py").write_text("# Gegenereerd door `regels bouw` uit weg.regels\n")
    (project / "generated" / "mini.py").unlink()
    check = run("--project", str(project), "bouw", "--controleer")
    assert check.returncode == 1
    assert "ontbreekt: generated/mini.py" in check.stderr
    assert "verouderd: generated/oud.py" in check.stderr
    assert run("--project", str(project), "bouw").returncode == 0
    assert not (project / "generated" / "oud.py").exists()


def test_bouw_stops_on_errors_with_dutch_messages_and_no_traceback(project):
    path = project / "regels" / "mini.regels"
    path.write_text(path.read_text(encoding="utf-8").replace("| tot 18   || klein |", "| tot 18   || klien |"),
                    encoding="utf-8")
    out = run("--project", str(project), "bouw")
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    line = next(i for i, l in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "klien" in l)
    assert f"regels/mini.regels:{line}:" in out.stderr
    assert "“klien” staat niet in keuzelijst “maat”" in out.stderr
    assert "bedoelde u “klein”?" in out.stderr


def test_test_reports_failures_with_expected_and_actual(project):
    path = project / "regels" / "mini.regels"
    path.write_text(path.read_text(encoding="utf-8").replace("    korting: € 10\n", "    korting: € 11\n"),
                    encoding="utf-8")
    out = run("--project", str(project), "test")
    assert out.returncode == 1
    assert "voorbeeld “Een jong lid met een groot bedrag” faalt" in out.stderr
    assert "korting: verwacht € 11,00, maar de regels geven € 10,00" in out.stderr
    assert "1 van 2 voorbeelden geslaagd" in out.stdout


def test_beslis_human_and_json(project, tmp_path):
    casus = tmp_path / "casus.json"
    casus.write_text(json.dumps({"leeftijd": 30, "kleur": "groen", "lid": True, "bedrag": "150.00",
                                 "begindatum": "2023-01-01", "looptijd": {"jaren": 1}, "kleuren": ["groen"]}))
    human = run("--project", str(project), "beslis", str(casus))
    assert human.returncode == 0, human.stderr
    assert "korting: € 10,00" in human.stdout
    text = (project / "regels" / "mini.regels").read_text(encoding="utf-8").splitlines()
    line = next(i for i, l in enumerate(text, 1) if "vanaf € 100" in l)
    assert f"korting: rij 1 (regels/mini.regels:{line}), bron §1" in human.stdout
    machine = run("--project", str(project), "beslis", str(casus), "--json")
    data = json.loads(machine.stdout)
    assert data["uitkomst"]["advies"] == "doorgaan"
    assert data["uitkomst"]["evaluatie"] == "2023-07-02"


def test_beslis_rejects_bad_case_naming_every_field(project, tmp_path):
    casus = tmp_path / "casus.json"
    casus.write_text(json.dumps({"leeftijd": -1, "kleur": "geel"}))
    out = run("--project", str(project), "beslis", str(casus))
    assert out.returncode == 1
    for field in ("leeftijd", "kleur", "lid", "bedrag", "begindatum", "kleuren"):
        assert f"  {field}: " in out.stderr
    assert "er is niets beslist" in out.stderr
    assert "Traceback" not in out.stderr


def test_beslis_invalid_json(project, tmp_path):
    casus = tmp_path / "casus.json"
    casus.write_text("{ leeftijd: 3 }")
    out = run("--project", str(project), "beslis", str(casus))
    assert out.returncode == 1
    assert "geen geldige JSON" in out.stderr


def test_usage_errors_exit_2_in_dutch(project):
    out = run("--project", str(project), "beslis")
    assert out.returncode == 2
    assert "gebruik:" in out.stderr and "ontbreken" in out.stderr
    assert main(["--project", str(project)]) == 2


def test_bouw_fails_on_a_failing_voorbeeld_with_the_message_of_test(project):
    path = project / "regels" / "mini.regels"
    path.write_text(path.read_text(encoding="utf-8").replace("    korting: € 10\n", "    korting: € 11\n"),
                    encoding="utf-8")
    test = run("--project", str(project), "test")
    for args in (("bouw",), ("bouw", "--controleer")):
        out = run("--project", str(project), *args)
        assert out.returncode == 1
        assert "voorbeeld “Een jong lid met een groot bedrag” faalt" in out.stderr
        failure = [line for line in test.stderr.splitlines() if "faalt" in line or "verwacht" in line]
        assert all(line in out.stderr.splitlines() for line in failure)
        assert "1 voorbeeld(en) falen; regels bouw schrijft niets" in out.stderr
    assert not (project / "generated").exists()
