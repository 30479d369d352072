"""DMN in and out: the official TCK subset through the importer, the export checked by an
independent engine (dmn-moddle + feelin, Node), and the CLI commands."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from compiler.dmn import engine, tck
from compiler.backends.dmn.export import export
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
    for r in tck_results:
        assert r.gelukt or r.reden, r
    assert [r for r in tck_results if not r.gelukt] == []


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
    bad = tmp_path / "bad.dmn"
    bad.write_text(model.read_text(encoding="utf-8").replace("<text>&gt;=18</text>", "<text>Age * 2</text>", 1),
                   encoding="utf-8")
    assert main(["--project", str(ROOT), "import", "--dmn", str(bad), "--uit", str(tmp_path / "s.regels")]) == 1
    assert not (tmp_path / "s.regels").exists()


@pytest.fixture(scope="module")
def model():
    return Project(ROOT).models()[0]


def test_export_is_complete_and_current(model):
    xml, problemen = export(model)
    assert problemen == []
    assert xml.count("<rule ") == sum(len(t.rows) for t in model.tables())
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
             for c in populatie.trek(model, 500, 2022, geldig, populatie.aannames_van(Project(ROOT).population()).per_veld,
                                            populatie.Verslag())]
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


@pytest.mark.parametrize("case", ["0114-min-collect-hitpolicy", "0115-sum-collect-hitpolicy",
                                  "0116-count-collect-hitpolicy", "0118-multi-priority-hitpolicy"])
def test_imported_models_through_generated_python(case, tmp_path):
    """An imported model builds like any regelset: the generated module agrees with the interpreter
    (and so with the TCK) on every test case, also for som/kleinste/grootste (C+, C<, C>)."""
    import xml.etree.ElementTree as ET

    from test_python_backend import generate_package

    folder = TCK / "compliance-level-2" / case
    imp = import_dmn(folder / f"{case}.dmn")
    assert not imp.problemen
    slug = "m" + case[:4]
    (tmp_path / "regels").mkdir()
    (tmp_path / "regels" / f"{slug}.regels").write_text(imp.text, encoding="utf-8")
    models, _, modules = generate_package(tmp_path, tmp_path / "gen", f"gen_{slug}")
    interp = Interpreter(models[0])
    root = ET.parse(next(folder.glob("*-test-01.xml"))).getroot()
    cases = [tck._case_input(imp, tc) for tc in root if tc.tag.endswith("testCase")]
    assert len(cases) == 3
    for casus in cases:
        assert modules[slug].beslis_json(casus) == interp.beslis(casus)


def test_aggregations_are_type_checked(tmp_path):
    from compiler.errors import RegelsFout

    (tmp_path / "regels").mkdir()
    (tmp_path / "regels" / "a.regels").write_text(
        'regelset "A"\n\ninvoer\n  x: geheel getal\n\nafgeleid\n  totaal = som(x)\n', encoding="utf-8")
    with pytest.raises(RegelsFout) as e:
        Project(tmp_path).models()
    assert "som(…) vraagt de getallen of bedragen van een verzamel-tabel" in str(
        [d.message for d in e.value.diagnostics])


def test_round_trip_export_import_gives_the_same_decisions(model, tmp_path):
    """regels export --dmn, then regels import --dmn: every table and afgeleide waarde comes back
    and decides the same on population cases and every voorbeeld (the export is also strict XML)."""
    import xml.etree.ElementTree as ET

    from compiler.midden.passes import check
    from compiler.project import load_regelset
    from compiler.toepassingen import batch, populatie

    xml, _ = export(model)
    dmn = tmp_path / "m.dmn"
    dmn.write_text(xml, encoding="utf-8")
    ET.parse(dmn)  # well-formed for any XML parser, not only a lenient one
    imp = import_dmn(dmn)
    assert imp.problemen == []
    path = tmp_path / "terug.regels"
    path.write_text(imp.text, encoding="utf-8")
    terug = check(load_regelset("terug", [(path, path.name)]), None)
    assert {t.name for t in terug.tables()} == {t.name for t in model.tables()}
    ev = batch.evaluator(model, Project(ROOT))

    def geldig(c):
        try:
            ev.lees(c)
            return True
        except ev.fouten:
            return False

    cases = [{k: naar_json(v) for k, v in c.items()}
             for c in populatie.trek(model, 500, 7, geldig, populatie.aannames_van(Project(ROOT).population()).per_veld,
                                            populatie.Verslag())]
    cases += [case_json_of(vb, model) for vb in model.regelset.voorbeelden]
    origineel, import_ = Interpreter(model), Interpreter(terug)
    verschillen = []
    for casus in cases:
        a, b = origineel.beslis(casus)["uitkomst"], import_.beslis(casus)["uitkomst"]
        verschillen += [(casus, k) for k in a if a[k] != b.get(k)]
    assert verschillen == []
