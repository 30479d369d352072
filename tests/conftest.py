"""Shared test fixtures: the project root, fixture projects, and golden-file comparison.

Golden files are compared byte for byte; re-record them with `pytest --update-golden`
and review the change in `git diff`.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="schrijf de golden files opnieuw")


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture
def golden(update_golden):
    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update_golden or not path.exists():
            if not update_golden:
                pytest.fail(f"golden file {path} ontbreekt; draai pytest --update-golden")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(actual.encode("utf-8"))
        expected = path.read_bytes().decode("utf-8")
        assert actual == expected, f"{name} wijkt af van de golden file; bekijk het verschil of draai --update-golden"

    return check


@pytest.fixture
def mini_project(tmp_path) -> Path:
    """A writable copy of tests/fixtures/mini."""
    target = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", target)
    return target


def write_regels(tmp_path: Path, text: str, name: str = "x.regels") -> Path:
    regels = tmp_path / "regels"
    regels.mkdir(exist_ok=True)
    (regels / name).write_text(text, encoding="utf-8")
    return tmp_path


def compare_with_interpreter(module, model, limit: int) -> tuple[int, int]:
    """Run generated code and the reference interpreter on the same generated cases: the same
    JSON for a decision, the same error (type and Dutch text) for a refused case.
    Returns (decided, refused)."""
    from compiler.toepassingen.casussen import as_json, cases
    from compiler.semantiek.interpreter import Interpreter
    from compiler.semantiek.runtime import GeenBeslissing, OngeldigeInvoer

    interpreter = Interpreter(model)
    decided = refused = 0
    for case in cases(model, limit=limit):
        casus = as_json(case)
        try:
            expected = interpreter.beslis(casus)
        except (OngeldigeInvoer, GeenBeslissing) as e:
            with pytest.raises(getattr(module, type(e).__name__)) as generated:
                module.beslis_json(casus)
            assert str(generated.value) == str(e)
            refused += 1
            continue
        assert module.beslis_json(casus) == expected, casus
        decided += 1
    return decided, refused


@pytest.fixture(scope="session")
def regels_site(tmp_path_factory) -> Path:
    """The project's own site, generated and built once per test session with MkDocs (--strict).
    Returns its site/ folder; the folder above holds the docs/ and mkdocs.yml it was built from.
    The site tests, the browser tests and the Zensical test read it; none of them changes it."""
    from compiler.project import Project
    from test_site import build_site

    return build_site(Project(ROOT), tmp_path_factory.mktemp("regels-site"))
