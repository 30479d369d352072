"""Time in the rules (issue 12), shown on the HYPOTHETICAL 160-hour version of tests/fixtures/tijd/.

Nothing here is Zwolle's policy: the fixture's README says so. regels/ itself stays as the sources say.
"""

from __future__ import annotations

import datetime
import importlib.util
import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from compiler.cli import main
from compiler.errors import RegelsFout
from compiler.project import Project, load_regelset
from compiler.midden.passes import check
from compiler.semantiek.interpreter import Interpreter
from compiler.semantiek.runtime import BuitenGeldigheid
from compiler.semantiek.voorbeelden import case_json_of, run_all
from compiler.commands.vergelijk import vergelijk_waarschuwing
from compiler.midden.tijd import verlopen
from compiler.analyse import verschil
from compiler.toepassingen import ontvangstbewijs

import tijd_project
from conftest import ROOT

A2 = 'voorbeeld "Alleen huishouden met incontinentie: 156 uur per jaar"'


@pytest.fixture(scope="module")
def tijd(tmp_path_factory):
    root = tijd_project.maak(tmp_path_factory.mktemp("tijd"))
    project = Project(root)
    (model,) = project.models()
    return project, model


def _a2_case(model) -> dict:
    (v,) = [v for v in model.regelset.voorbeelden if v.name == A2.split('"')[1]]
    return case_json_of(v, model)


def _errors(root: Path) -> list[str]:
    with pytest.raises(RegelsFout) as e:
        Project(root).models()
    return [d.message for d in e.value.diagnostics if d.is_error]


# -- peildatum before, at and after the boundary; outside the regelset

def test_peildatum_chooses_the_version(tijd):
    project, model = tijd
    case = _a2_case(model)
    uren = lambda dag: Interpreter(model).beslis(case, dag)["uitkomst"]["uren huishouden per jaar"]
    assert uren("2024-12-31") == 156
    assert uren("2025-01-01") == 160
    assert uren("2027-06-30") == 160
    # The case's own field, the argument wins over it; the case's ingangsdatum plays no part.
    assert Interpreter(model).beslis({**case, "peildatum": "2024-06-01"})["uitkomst"]["uren huishouden per jaar"] == 156
    assert Interpreter(model).beslis({**case, "peildatum": "2024-06-01"}, "2025-06-01")[
        "uitkomst"]["uren huishouden per jaar"] == 160


def test_a_date_before_the_regelset_says_it_did_not_apply(tijd):
    project, model = tijd
    with pytest.raises(BuitenGeldigheid) as e:
        Interpreter(model).beslis(_a2_case(model), "2021-12-31")
    text = str(e.value)
    assert "gold de regelset “Integrale Thuisondersteuning” niet" in text and "vanaf 1 januari 2022" in text
    assert "beoordelingskader thuisondersteuning" in text


def test_real_rules_refuse_2021_on_the_command_line(tmp_path, capsys):
    (model,) = Project(ROOT).models()
    case = case_json_of(model.regelset.voorbeelden[0], model)
    path = tmp_path / "casus.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    assert main(["--project", str(ROOT), "beslis", str(path), "--peildatum", "2021-06-01"]) == 1
    err = capsys.readouterr().err
    assert "niet: die geldt vanaf 1 januari 2022" in err and "Daarvoor gold" in err and "kleiner dan" not in err


def test_rules_without_time_get_no_peildatum_field():
    (model,) = Project(ROOT).models()
    assert "peildatum" not in model.soorten
    assert all("peildatum" not in [c.name for c in t.inputs] for t in model.tables())


def test_generated_code_evaluates_the_version_without_special_case(tijd, tmp_path):
    project, model = tijd
    assert main(["--project", str(project.root), "bouw"]) == 0
    page = (project.root / "docs" / "wijzigingen.md").read_text(encoding="utf-8")
    assert "### Versie vanaf 1 januari 2025" in page and "uren huishouden per jaar: 156 → 160" in page
    spec = importlib.util.spec_from_file_location(
        "tijd_generated", project.root / "generated" / "__init__.py",
        submodule_search_locations=[str(project.root / "generated")])
    package = importlib.util.module_from_spec(spec)
    sys.modules["tijd_generated"] = package
    try:
        spec.loader.exec_module(package)
        mod = importlib.import_module("tijd_generated.thuisondersteuning")
        case = _a2_case(model)
        assert mod.beslis_json(case, "2024-12-31")["uitkomst"]["uren huishouden per jaar"] == 156
        assert mod.beslis_json(case, datetime.date(2025, 1, 1))["uitkomst"]["uren huishouden per jaar"] == 160
        with pytest.raises(ValueError, match="beoordelingskader"):
            mod.beslis_json(case, "2020-01-01")
    finally:
        for name in [n for n in sys.modules if n.startswith("tijd_generated")]:
            del sys.modules[name]


# -- the checker on time

def test_stale_citaat_is_an_error(tmp_path):
    root = tijd_project.maak(tmp_path, citaat_2025='"hanteren wij een vaste inzet per jaar van 156 uur bij een A2 ondersteunend"')
    errors = _errors(root)
    assert any("zoals die luidt vanaf 1 januari 2025" in m and "vanaf-2025-01-01" in m for m in errors), errors


def test_overlap_of_versions_names_the_period(tmp_path):
    errors = _errors(tijd_project.maak(tmp_path, tot="1 februari 2025"))
    assert any("gelden tegelijk: van 1 januari 2025 tot 1 februari 2025" in m for m in errors), errors


def test_gap_between_versions_names_the_period(tmp_path):
    errors = _errors(tijd_project.maak(tmp_path, tot="1 december 2024"))
    assert any("geldt niet van 1 december 2024 tot 1 januari 2025" in m for m in errors), errors


def _mini(tmp_path, table: str) -> list:
    path = tmp_path / "t.regels"
    path.write_text('regelset "T"\n  geldig vanaf 1 januari 2022\n\ninvoer\n  a: ja/nee\n\n' + table,
                    encoding="utf-8")
    try:
        check(load_regelset("t", [(path, "t.regels")]))
    except RegelsFout as e:
        return [d.message for d in e.diagnostics if d.is_error]
    return []


def test_row_versions_overlap_and_gap(tmp_path):
    ok = ("beslistabel u (uniek)\n  | peildatum | a || u |\n  |---|---||---|\n"
          "  | tot 1 januari 2025 | ja || 1 |\n  | vanaf 1 januari 2025 | ja || 2 |\n  | - | nee || 3 |\n")
    assert _mini(tmp_path, ok) == []
    overlap = ok.replace("tot 1 januari 2025", "tot 1 maart 2025")
    assert any("gelden allebei van 1 januari 2025 tot 1 maart 2025" in m for m in _mini(tmp_path, overlap))
    gat = ok.replace("vanaf 1 januari 2025", "vanaf 1 februari 2025")
    errors = _mini(tmp_path, gat)
    assert any("gat: van 1 januari 2025 tot 1 februari 2025" in m for m in errors), errors


def test_dates_are_checked(tmp_path):
    table = "beslistabel u\n  geldig vanaf 1 januari 2025 tot 1 januari 2024\n  | a || u |\n  |---||---|\n  | - || 1 |\n"
    assert any("‘tot’ ligt niet na ‘vanaf’" in m for m in _mini(tmp_path, table))
    bad = table.replace("tot 1 januari 2024", "tot 30 februari 2026")
    assert any("“30 februari 2026” is geen bestaande datum" in m for m in _mini(tmp_path, bad))


def test_passed_tot_is_a_warning_relative_to_a_given_date(tijd, capsys):
    project, model = tijd
    assert verlopen(model.regelset, datetime.date(2024, 6, 1)) == []
    (w,) = verlopen(model.regelset, datetime.date(2025, 6, 1))
    assert not w.is_error and "geldt tot 1 januari 2025; op 1 juni 2025 is dat voorbij" in w.message
    main(["--project", str(project.root), "test", "--per", "2025-06-01"])
    assert "tabel “uren huishouden” geldt tot 1 januari 2025; op 1 juni 2025 is dat voorbij" in capsys.readouterr().err


# -- voorbeelden through time

def test_voorbeelden_run_at_every_boundary(tijd, tmp_path):
    project, model = tijd
    assert all(o.ok for o in run_all(model))
    # The same voorbeeld without its peildatum only holds before 2025: it says so.
    root = tijd_project.maak(tmp_path)
    path = root / "regels" / "thuisondersteuning" / "huishouden.regels"
    path.write_text(path.read_text(encoding="utf-8").replace("  peildatum 1 maart 2024\n", ""), encoding="utf-8")
    (model2,) = Project(root).models()
    failing = [o for o in run_all(model2) if not o.ok]
    assert failing  # each voorbeeld of 156 hours without its peildatum
    for o in failing:
        assert "klopt niet op peildatum 1 januari 2025" in o.error and "1 januari 2022" in o.error, o.error


# -- what changed

def test_verschil_between_two_dates(tijd, tmp_path, capsys):
    project, model = tijd
    v = verschil.vergelijk(model, datetime.date(2024, 12, 31), model, datetime.date(2025, 1, 1), "oud", "nieuw")
    assert [t.naam for t in v.tabellen] == ["uren huishouden"]
    assert ("uren huishouden per jaar", "156", "160") in v.tabellen[0].rijen[0].cellen
    assert "arrangement: A2-ondersteunend" in v.tabellen[0].rijen[0].gebied
    assert verschil.vergelijk(model, datetime.date(2023, 1, 1), model, datetime.date(2024, 1, 1), "a", "b").leeg
    md = tmp_path / "w.md"
    assert main(["--project", str(project.root), "verschil", "2024-12-31", "2025-01-01", "--markdown", str(md)]) == 0
    out = capsys.readouterr().out
    assert "uren huishouden per jaar: 156 → 160" in out
    assert md.read_text(encoding="utf-8").startswith("# Wijzigingen")


def test_vergelijk_warns_when_the_population_never_reaches_the_change(tijd, tmp_path, capsys):
    project, model = tijd
    others = [case_json_of(v, model) for v in model.regelset.voorbeelden[:3]]
    assert all(Interpreter(model).beslis(c, "2024-01-01")["uitkomst"]["arrangement"] != "A2-ondersteunend"
               for c in others)
    populatie = tmp_path / "p.jsonl"
    populatie.write_text("".join(json.dumps(c) + "\n" for c in others), encoding="utf-8")
    args = ["--project", str(project.root), "vergelijk", "--oud", str(project.root), "--populatie", str(populatie),
            "--peildatum-oud", "2024-06-01", "--peildatum-nieuw", "2025-06-01"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "geen enkele casus van de populatie bereikt die rijen" in out and "uren huishouden" in out
    # A population that does reach the changed row: a real difference, no warning.
    wat = verschil.vergelijk(model, datetime.date(2024, 6, 1), model, datetime.date(2025, 6, 1), "a", "b")
    assert vergelijk_waarschuwing(SimpleNamespace(gewijzigd=1), wat, ["2024-06-01", "2025-06-01"]) == ""
    assert vergelijk_waarschuwing(SimpleNamespace(gewijzigd=0), wat, [None, None]).count("Er is geen peildatum gegeven") == 1


# -- receipt and herbereken

def test_receipt_and_herbereken(tijd, tmp_path, capsys):
    project, model = tijd
    casus = tmp_path / "casus.json"
    casus.write_text(json.dumps(_a2_case(model)), encoding="utf-8")
    assert main(["--project", str(project.root), "beslis", str(casus), "--json", "--peildatum", "2024-12-31"]) == 0
    data = json.loads(capsys.readouterr().out)
    bewijs = data["ontvangstbewijs"]
    assert bewijs["peildatum"] == "2024-12-31" and data["peildatum"] == "2024-12-31"
    assert bewijs["regelset"]["naam"] == "Integrale Thuisondersteuning"
    assert bewijs["regelset"]["geldig"] == {"vanaf": "2022-01-01", "tot": None}
    assert bewijs["regelset"]["versie"] == {"vanaf": "2022-01-01", "tot": "2025-01-01"}
    assert bewijs["hash"]["regels"].startswith("sha256:") and bewijs["hash"]["bron"].startswith("sha256:")
    (stap,) = [s for s in bewijs["stappen"] if s["tabel"] == "uren huishouden"]
    assert stap["plaats"].startswith("regels/thuisondersteuning/huishouden.regels:")
    assert [b["paragraaf"] for b in stap["bron"]] == ["§3.3"] and stap["rij_id"] == f"uren huishouden#{stap['rij']}"
    path = tmp_path / "bewijs.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["--project", str(project.root), "herbereken", str(path)]) == 0
    assert "De uitkomst is met de huidige regels dezelfde." in capsys.readouterr().out
    assert main(["--project", str(project.root), "herbereken", str(path), "--peildatum", "2025-01-01"]) == 3
    out = capsys.readouterr().out
    assert "uren huishouden per jaar: was 156, wordt 160" in out and "uren-huishouden-2025.regels" in out


def test_herbereken_says_the_rules_changed(tijd, tmp_path):
    """A decision of the real rules for 2025 (156 hours), re-run against the hypothetical version."""
    project, model = tijd
    (real,) = Project(ROOT).models()
    case = _a2_case(model)
    interp = Interpreter(real)
    res = interp.evaluate(interp.read_case(case, "2025-03-01"))
    bewijs = ontvangstbewijs.bouw(ontvangstbewijs.Bewijsbron.uit_model(real, Project(ROOT)), res.to_json(real), case,
                                  "2025-03-01")
    h = ontvangstbewijs.herbereken(model, project, bewijs)
    assert not h.gelijk and ("uren huishouden per jaar", 156, 160) in h.verschillen
    assert any("regels zijn veranderd" in r for r in h.redenen)


def test_herbereken_round_trips_every_voorbeeld():
    project = Project(ROOT)
    (model,) = project.models()
    bron = ontvangstbewijs.Bewijsbron.uit_model(model, project)
    interp = Interpreter(model)
    for v in model.regelset.voorbeelden:
        case = case_json_of(v, model)
        res = interp.evaluate(interp.read_case(case, "2024-01-01"))
        bewijs = json.loads(json.dumps(ontvangstbewijs.bouw(bron, res.to_json(model), case, "2024-01-01")))
        h = ontvangstbewijs.herbereken(model, project, bewijs, bron=bron)
        assert h.gelijk, (v.name, h.verschillen)
    assert len(model.regelset.voorbeelden) >= 59


def test_batch_decides_at_the_peildatum(tijd, tmp_path, capsys):
    project, model = tijd
    cases = tmp_path / "c.jsonl"
    cases.write_text(json.dumps(_a2_case(model)) + "\n", encoding="utf-8")
    uit = tmp_path / "u.jsonl"
    for dag, uren in (("2024-12-31", 156), ("2025-01-01", 160)):
        assert main(["--project", str(project.root), "beslis", "--batch", str(cases), "--uit", str(uit),
                     "--peildatum", dag]) == 0
        (line,) = uit.read_text(encoding="utf-8").splitlines()
        assert json.loads(line)["uitkomst"]["uren huishouden per jaar"] == uren
    capsys.readouterr()
    assert main(["--project", str(project.root), "beslis", "--batch", str(cases), "--uit", str(uit),
                 "--peildatum", "2021-01-01"]) == 1
    assert "gold de regelset" in capsys.readouterr().err
