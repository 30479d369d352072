"""The JavaScript backend (docs/rekenhulp/<regelset>.js): same decisions, rows, uitleg and errors as the
generated Python, on population cases and every voorbeeld; texts from the regels only as JSON data.

Node runs once per test over JSONL files of cases. The suite compares SUITE_AANTAL (100,000) population
cases in bulk (js_verschil.vergelijk_bulk); bench/js.py prints the same with its times.
"""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from compiler.backends.js import module as js_backend
from compiler.build import MARKER
from compiler.project import Project
from compiler.toepassingen import populatie

from conftest import ROOT
from js_verschil import VOLLEDIG_ELKE, vergelijk, vergelijk_bulk

SUITE_AANTAL = 100_000

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="Node ontbreekt")


@pytest.fixture(scope="module")
def echt():
    project = Project(ROOT)
    model = project.models()[0]
    return project, model


def test_written_module_is_current_and_deterministic(echt):
    project, model = echt
    first = js_backend.generate([model], project)
    second = js_backend.generate(project.models(), project)
    assert first == second
    rel = js_backend.pad(model)
    assert (ROOT / rel).read_text(encoding="utf-8") == first[rel], "draai regels bouw"
    head = first[rel].splitlines()[0]
    assert MARKER in head and "regels/thuisondersteuning/toegang.regels" in head


def test_texts_reach_js_only_as_json():
    tekst = '</script><script>alert(1)</script> ${x} `y` \u2028 "z" \\ \'q\''
    out = js_backend.js_json(tekst)
    assert not {"<", ">", "&", "\u2028"} & set(out)
    assert json.loads(out) == tekst


def test_hostile_help_text_stays_text(mini_project, tmp_path):
    regels = mini_project / "regels" / "mini.regels"
    kwaad = '</script>"); globalThis.geraakt = 1; ("${1+1}`'
    regels.write_text(regels.read_text(encoding="utf-8").replace(
        '"Leeftijd in jaren."', json.dumps(kwaad, ensure_ascii=False)), encoding="utf-8")
    project = Project(mini_project)
    files = js_backend.generate(project.models(), project)
    (module,) = files.values()
    assert "</script>" not in module
    pad = tmp_path / "mini.mjs"
    pad.write_text(module, encoding="utf-8")
    script = (f"const m = await import({json.dumps(pad.as_uri())});"
              "console.log(JSON.stringify([m.VELDEN[0].uitleg, globalThis.geraakt ?? null]));")
    out = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, text=True,
                         check=True, timeout=60)
    assert json.loads(out.stdout) == [kwaad, None]


def test_mini_fixture_agrees(tmp_path):
    from test_python_backend import generate_package
    from conftest import FIXTURES

    models, _, modules = generate_package(FIXTURES / "mini", tmp_path / "gen", "gen_mini_js")
    model = models[0]
    pad = tmp_path / "mini.mjs"
    pad.write_text(js_backend.generate([model])[js_backend.pad(model)], encoding="utf-8")
    r = vergelijk(model, modules["mini"], pad, tmp_path, 2_000)
    assert r["js_antwoorden"] == r["casussen"]
    assert r["verschillen"] == 0, r["eerste"]


def test_population_and_voorbeelden_agree_with_python(echt, tmp_path):
    """The issue's measure: 100,000 cases from `regels populatie` (two seeds, drawn in parallel) plus every
    voorbeeld, one Node process; each compared on outcome and rows (every 50th and each voorbeeld in full)."""
    project, model = echt
    module = importlib.import_module(f"generated.{model.regelset.slug}")
    aannames = populatie.aannames_van(project.population()).per_veld   # as `regels populatie` draws
    r = vergelijk_bulk(model, module, ROOT / js_backend.pad(model), tmp_path, SUITE_AANTAL, aannames=aannames)
    assert r["casussen"] == r["js_antwoorden"] == SUITE_AANTAL + len(model.regelset.voorbeelden)
    assert r["volledig"] == SUITE_AANTAL // VOLLEDIG_ELKE + len(model.regelset.voorbeelden)
    assert r["verschillen"] == 0, r["eerste"]


def test_bulk_comparison_catches_a_boundary_mutant(echt, tmp_path):
    """The comparison can fail: a module whose `tussen` leaves out its upper bound (zwaarte: 1 t/m 2
    resultaatgebieden) differs from Python, in short and in full."""
    project, model = echt
    module = importlib.import_module(f"generated.{model.regelset.slug}")
    tekst = (ROOT / js_backend.pad(model)).read_text(encoding="utf-8")
    goed = 'vergelijkWaarden(waarde, boven) <= 0;'
    assert tekst.count(goed) == 1
    mutant = tmp_path / "mutant.js"
    mutant.write_text(tekst.replace(goed, 'vergelijkWaarden(waarde, boven) < 0;'), encoding="utf-8")
    aannames = populatie.aannames_van(project.population()).per_veld
    r = vergelijk_bulk(model, module, mutant, tmp_path, 2_000, aannames=aannames)
    assert r["verschillen"] > 0
    assert r["eerste"] and all(python != js for _, _, python, js in r["eerste"])
