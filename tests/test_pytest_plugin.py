"""The pytest plugin (entry point pytest11): each voorbeeld is a test item with a Dutch report."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES


@pytest.fixture
def project(tmp_path) -> Path:
    target = tmp_path / "p"
    shutil.copytree(FIXTURES / "mini", target)
    return target


def pytest_run(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rN", *args,
                           str(project / "regels")], cwd=project, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("workers", [("-vv",), ("-n", "2")], ids=["serieel", "xdist"])
def test_each_voorbeeld_is_an_item_and_a_failure_is_reported_in_dutch(project, workers):
    path = project / "regels" / "mini.regels"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    korting: € 10\n", "    korting: € 11\n"), encoding="utf-8")
    done = pytest_run(project, *workers)
    assert done.returncode == 1, done.stdout
    out = done.stdout
    if "-vv" in workers:  # one item per voorbeeld, named after it
        assert "regels/mini.regels::Een jong lid met een groot bedrag FAILED" in out
        assert "regels/mini.regels::Een volwassene zonder kleuren PASSED" in out
    assert "1 failed, 1 passed" in out
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, l in enumerate(lines, 1) if l.startswith('voorbeeld "Een jong lid'))
    expected = next(i for i, l in enumerate(lines, 1) if l == "    korting: € 11")
    assert f"regels/mini.regels:{start}:11: voorbeeld “Een jong lid met een groot bedrag” faalt" in out
    assert f"regels/mini.regels:{expected}:5: korting: verwacht € 11,00, maar de regels geven € 10,00" in out
    assert "rijen die vuurden:" in out
    row = next(i for i, l in enumerate(lines, 1) if "Leden met een groot bedrag" in l and l.lstrip().startswith("|"))
    assert f"regels/mini.regels:{row}: tabel “korting”, rij 1" in out
    assert "Traceback" not in out and "AssertionError" not in out


def test_rules_with_an_error_give_one_failing_item_not_a_crash(project):
    path = project / "regels" / "mini.regels"
    path.write_text(path.read_text(encoding="utf-8").replace("| tot 18   || klein |", "| tot 18   || klien |"),
                    encoding="utf-8")
    done = pytest_run(project)
    assert done.returncode == 1
    assert "“klien” staat niet in keuzelijst “maat”" in done.stdout
    assert "1 failed" in done.stdout
