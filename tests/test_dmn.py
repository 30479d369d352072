"""DMN in and out: the official TCK subset through the importer, the export checked by an
independent engine (dmn-moddle + feelin, Node), and the CLI commands."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from compiler.dmn import engine, tck
from compiler.dmn.export import export
from compiler.dmn.importer import import_dmn
from compiler.semantiek.interpreter import Interpreter
from compiler.project import Project
from compiler.semantiek.runtime import naar_json
from compiler.semantiek.voorbeelden import case_json_of

ROOT = Path(__file__).resolve().parent.parent
TCK = ROOT / "tests" / "dmn_tck"


@pytest.fixture(scope="module")
def tck_results():
    return tck.run(TCK)


def test_tck_results_csv_is_current(tck_results):
    """tck_results.csv in the repository is what the importer scores today."""
    assert (TCK / "tck_results.csv").read_text(encoding="utf-8") == tck.to_csv(tck_results)


def test_tck_score_and_every_failure_has_a_reason(tck_results):
    assert len(tck_results) == 51
    assert sum(r.gelukt for r in tck_results) >= 45
    for r in tck_results:
        assert r.gelukt or r.reden, r
    failed = {r.map for r in tck_results if not r.gelukt}
    # only the aggregations our language lacks (som, min and max over a list)
    assert failed <= {"compliance-level-2/0114-min-collect-hitpolicy", "compliance-level-2/0115-sum-collect-hitpolicy"}


def test_tck_readme_shows_the_score(tck_results):
    assert tck.score(tck_results) in (ROOT / "README.md").read_text(encoding="utf-8")


def test_import_names_what_it_cannot_import(tmp_path):
    src = (TCK / "compliance-level-2/0004-simpletable-U/0004-simpletable-U.dmn").read_text(encoding="utf-8")
    bad = tmp_path / "m.dmn"
    bad.write_text(src.replace("<text>&gt;=18</text>", "<text>Age * 2 &gt; 36</text>", 1), encoding="utf-8")
    imp = import_dmn(bad)
    assert imp.problemen and "inputEntry" in imp.problemen[0] and "_" in imp.problemen[0]
    assert import_dmn(tmp_path / "bestaat-niet.dmn").problemen


def test_import_priority_sorts_rows_by_output_order():
    imp = import_dmn(TCK / "compliance-level-2/0007-simpletable-P2/0007-simpletable-P2.dmn")
    assert not imp.problemen
    assert "(eerste)" in imp.text and "volgorde van prioriteit" in imp.text


def test_cli_import_writes_a_checked_file(tmp_path):
    from compiler.cli import main

    out = tmp_path / "m.regels"
    model = TCK / "compliance-level-2/0118-multi-priority-hitpolicy/0118-multi-priority-hitpolicy.dmn"
    assert main(["--project", str(ROOT), "import", "--dmn", str(model), "--uit", str(out)]) == 0
    assert "beslistabel Approval Status (eerste)" in out.read_text(encoding="utf-8")
    sum_model = TCK / "compliance-level-2/0115-sum-collect-hitpolicy/0115-sum-collect-hitpolicy.dmn"
    assert main(["--project", str(ROOT), "import", "--dmn", str(sum_model), "--uit", str(tmp_path / "s.regels")]) == 1
    assert not (tmp_path / "s.regels").exists()


@pytest.fixture(scope="module")
def model():
    return Project(ROOT).models()[0]


def test_export_is_complete_and_current(model):
    xml, problemen = export(model)
    assert problemen == []
    assert xml.count("<rule ") == sum(len(t.as_beslistabel().rows) for t in model.tables())
    assert (ROOT / "docs" / "dmn" / f"{model.regelset.slug}.dmn").read_text(encoding="utf-8") == xml


def _node_ready() -> bool:
    if shutil.which("node") is None or shutil.which("npm") is None:
        return False
    if not (engine.ENGINE / "node_modules" / "feelin").is_dir():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=engine.ENGINE, capture_output=True, timeout=300)
    return (engine.ENGINE / "node_modules" / "feelin").is_dir()


def test_independent_engine_agrees_on_population_and_voorbeelden(model, tmp_path):
    """The exported DMN, run by dmn-moddle + feelin, gives our answers (generated Python module)."""
    if not _node_ready():
        pytest.fail("node/npm of de npm-pakketten van tests/dmn_engine ontbreken")
    from compiler.toepassingen import batch, populatie

    import generated.thuisondersteuning as gen

    dmn = tmp_path / "m.dmn"
    dmn.write_text(export(model)[0], encoding="utf-8")
    ev = batch.evaluator(model, Project(ROOT))

    def geldig(c):
        try:
            ev.lees(c)
            return True
        except ev.fouten:
            return False

    cases = [{k: naar_json(v) for k, v in c.items()}
             for c in populatie.trek(model, 1000, 2022, geldig, None, populatie.Verslag())]
    interp = Interpreter(model)
    cases += [case_json_of(vb, model) for vb in model.regelset.voorbeelden]
    literals, ours = [], []
    for c in cases:
        waarden = interp.read_case(c)
        literals.append({d.name: engine.feel_value(waarden.get(d.name)) for d in model.regelset.invoer})
        ours.append(gen.beslis_json(c)["uitkomst"])
    results = engine.run_engine(dmn, literals)
    assert len(results) == len(cases)
    mismatches = [(c, d) for c, o, r in zip(cases, ours, results)
                  if (d := engine.compare(model, o, engine.engine_outcomes(model, r)))]
    assert mismatches == []
