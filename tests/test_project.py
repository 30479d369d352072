"""The project's own rules: every voorbeeld as a test, coverage of the source, freshness of
the generated files, and the generated module against the reference interpreter."""

from __future__ import annotations

import importlib

import pytest

from compiler import build
from compiler.analyse import dekking
from compiler.toepassingen.casussen import as_json, cases
from compiler.semantiek.interpreter import Interpreter
from compiler.project import Project
from compiler.semantiek.runtime import GeenBeslissing, OngeldigeInvoer
from compiler.semantiek.voorbeelden import run

from conftest import ROOT, compare_with_interpreter

PROJECT = Project(ROOT)
MODELS = PROJECT.models()
VOORBEELDEN = [(m, v) for m in MODELS for v in m.regelset.voorbeelden]


@pytest.mark.parametrize("model, voorbeeld", VOORBEELDEN, ids=[f"{m.regelset.slug}: {v.name}" for m, v in VOORBEELDEN])
def test_voorbeeld(model, voorbeeld):
    outcome = run(voorbeeld, model)
    problems = [f"{m.span}: {m.name}: verwacht {m.expected}, maar de regels geven {m.actual}"
                for m in outcome.mismatches]
    if outcome.error:
        problems.append(outcome.error)
    assert not problems, f"voorbeeld “{voorbeeld.name}” ({voorbeeld.span}) faalt:\n" + "\n".join(problems)


def test_every_paragraph_is_covered():
    rows = dekking.report(MODELS, PROJECT.paragraphs())
    missing = [r.paragraph.label for r in dekking.uncovered(rows)]
    assert not missing, f"nog niet gedekt: {', '.join(missing)}"
    assert len(rows) >= 20


def test_rules_have_no_errors():
    assert not [d for m in MODELS for d in m.diagnostics if d.is_error]


def test_generated_files_are_current():
    """What CI checks: `regels bouw --controleer` on a clean clone."""
    verschil = build.compare(build.expected_files(MODELS, PROJECT), PROJECT)
    assert verschil.empty, ("draai `regels bouw`; gewijzigd: " + ", ".join(verschil.changed)
                            + "; ontbreekt: " + ", ".join(verschil.missing) + "; verouderd: " + ", ".join(verschil.stale))


@pytest.mark.parametrize("model", MODELS, ids=[m.regelset.slug for m in MODELS])
def test_generated_module_agrees_with_the_interpreter(model):
    module = importlib.import_module(f"generated.{model.regelset.slug}")
    decided, refused = compare_with_interpreter(module, model, limit=2000)
    assert decided >= 200 and refused >= 20


def test_rules_are_in_the_canonical_layout():
    """What `regels opmaak --controleer` checks, so CI fails on an unformatted file."""
    from compiler.taal.formatter import format_text

    unformatted = [str(path.relative_to(ROOT)) for path in sorted((ROOT / "regels").rglob("*.regels"))
                   if format_text(path.read_text(encoding="utf-8")) != path.read_text(encoding="utf-8")]
    assert not unformatted, "draai `regels opmaak`: " + ", ".join(unformatted)
