"""`regels export` / `regels import`: real .xlsx files written by openpyxl and read back."""

from __future__ import annotations

import datetime
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from compiler.cli import main
from compiler.project import Project
from compiler.taal.formatter import format_text
from compiler.taal.parser import parse_text
from compiler.toepassingen import spreadsheet

from conftest import ROOT


@pytest.fixture(scope="module")
def workbook(tmp_path_factory) -> Path:
    """Every table of regels/ in one workbook, written once."""
    target = tmp_path_factory.mktemp("wb") / "regels.xlsx"
    project = Project(ROOT)
    files = [f for _, fs in project.regelsets() for f in fs]
    assert spreadsheet.export(project, files, target) == sum(
        len(spreadsheet.blocks_of(f.read_text(encoding="utf-8"), project.rel(f))) for f in files)
    return target


@pytest.fixture
def project(tmp_path) -> Path:
    shutil.copytree(ROOT / "regels", tmp_path / "regels")
    return tmp_path


def test_every_table_of_the_rules_has_a_sheet(workbook):
    wb = load_workbook(workbook)
    assert wb.sheetnames[0] == spreadsheet.UITLEG
    assert {"zwaarte", "basisarrangement", "toegang", "maandbudget"} <= set(wb.sheetnames)
    ws = wb["zwaarte"]
    assert (ws["A1"].value, ws["B1"].value) == ("beslistabel", "zwaarte")
    assert (ws["A2"].value, ws["B2"].value) == ("hitregel", "uniek")
    assert ws["B3"].value == "regels/thuisondersteuning/zwaarte.regels"
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    kop = next(i for i, r in enumerate(rows) if r[0] == "kop")
    assert rows[kop - 1][1:4] == ["als", "als", "dan"]
    assert rows[kop][1:4] == ["toegang", "aantal resultaatgebieden", "zwaarte"]
    assert [r[0] for r in rows[kop + 1:kop + 5]] == ["1", "2", "3", "4"]  # rij 1 … as the checker counts
    assert rows[kop + 4][2] == "3 t/m 4"
    toelichting = next(r[1] for r in rows if r[0] == "toelichting")
    assert toelichting.startswith("Alleen het aantal resultaatgebieden telt")  # a text without its quotes


def test_export_then_import_changes_no_byte_of_the_rules(workbook):
    project = Project(ROOT)
    uitkomst = spreadsheet.apply(project, spreadsheet.read_workbook(workbook))
    assert not uitkomst.diagnostics
    assert uitkomst.texts == {}  # every file comes back exactly as `regels opmaak` writes it
    assert uitkomst.cells_changed == 0


def test_one_edited_cell_changes_one_cell_of_the_file(project, workbook, tmp_path):
    wb = load_workbook(workbook)
    ws = wb["zwaarte"]
    cell = next(c for r in ws.iter_rows() for c in r if c.value == "B" and c.column == 4)
    cell.value = "C"
    edited = tmp_path / "bewerkt.xlsx"
    wb.save(edited)
    path = project / "regels" / "thuisondersteuning" / "zwaarte.regels"
    before = path.read_text(encoding="utf-8")
    assert main(["--project", str(project), "import", str(edited)]) == 0
    after = path.read_text(encoding="utf-8")
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines()) if a != b]
    assert len(before.splitlines()) == len(after.splitlines())
    assert len(changed) == 1
    old, new = changed[0]
    assert old.replace("|| B        |", "|| C        |") == new
    rows_before = _rows(parse_text(before, "z"))
    rows_after = _rows(parse_text(after, "z"))
    assert sum(a != b for ra, rb in zip(rows_before, rows_after) for a, b in zip(ra, rb)) == 1


def _rows(module):
    table = next(t for t in module.tables if t.name == "zwaarte")
    return [[c.text for c in (*row.conditions, *row.conclusions)] for row in table.rows]


def test_a_mistake_in_the_sheet_is_named_by_sheet_and_cell_and_nothing_is_written(project, workbook, tmp_path,
                                                                                   capsys):
    wb = load_workbook(workbook)
    ws = wb["zwaarte"]
    cell = next(c for r in ws.iter_rows() for c in r if c.value == "3 t/m 4")
    cell.value = "3,4"
    edited = tmp_path / "fout.xlsx"
    wb.save(edited)
    before = {p: p.read_bytes() for p in (project / "regels").rglob("*.regels")}
    assert main(["--project", str(project), "import", str(edited)]) == 1
    err = capsys.readouterr().err
    assert f"blad zwaarte, cel C{cell.row} (regels/thuisondersteuning/zwaarte.regels:" in err
    assert "fout: “3,4” is geen geheel getal" in err
    assert "er is niets veranderd in regels/" in err
    assert {p: p.read_bytes() for p in (project / "regels").rglob("*.regels")} == before


def test_the_cli_round_trip_on_a_copy(project, capsys):
    target = project / "w.xlsx"
    assert main(["--project", str(project), "export", str(target)]) == 0
    assert main(["--project", str(project), "import", str(target)]) == 0
    assert "0 cel(len) veranderd in 0 bestand(en)" in capsys.readouterr().out
    for path in (project / "regels").rglob("*.regels"):
        assert path.read_bytes() == (ROOT / path.relative_to(project)).read_bytes()


@pytest.mark.parametrize("value,text", [
    (3.4, "3,4"), (5, "5"), (Decimal("12.50"), "12,5"), (datetime.date(2022, 1, 1), "1 januari 2022"),
    (datetime.datetime(2023, 3, 31), "31 maart 2023"), (True, "ja"), (None, ""), ("  vanaf 5 ", "vanaf 5"),
])
def test_what_excel_made_of_a_cell_is_read_as_regels_text(value, text):
    assert spreadsheet.cell_text(value) == text


def test_sheet_names_are_valid_and_unique():
    blok = spreadsheet.Blok("f", 0, 1, "beslistabel", "x", "")
    long = spreadsheet.Blok("f", 0, 1, "beslistabel", "a/b: " + "lang " * 10, "")
    names = spreadsheet.sheet_names([blok, long, long])
    assert names[0] == "x"
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in names)
    assert len(set(names)) == 3


def test_a_sheet_without_its_header_is_refused_in_dutch(tmp_path, project, capsys):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "zwaarte"
    wb.active["A1"] = "iets"
    path = tmp_path / "leeg.xlsx"
    wb.save(path)
    assert main(["--project", str(project), "import", str(path)]) == 1
    assert "blad zwaarte: cel A1 zegt beslistabel of kruistabel" in capsys.readouterr().err


def test_the_mini_fixture_round_trips_too(tmp_path):
    from conftest import FIXTURES

    project = Project(FIXTURES / "mini")
    files = [f for _, fs in project.regelsets() for f in fs]
    target = tmp_path / "mini.xlsx"
    assert spreadsheet.export(project, files, target) >= 3
    uitkomst = spreadsheet.apply(project, spreadsheet.read_workbook(target))
    assert not uitkomst.diagnostics and uitkomst.texts  # this file is not laid out yet: import does that
    for file, text in uitkomst.texts.items():
        assert text == format_text((project.root / file).read_text(encoding="utf-8"))


def test_a_sheet_cannot_write_outside_regels(tmp_path, project, workbook, capsys):
    wb = load_workbook(workbook)
    wb["zwaarte"]["B3"] = "../buiten.regels"
    path = tmp_path / "buiten.xlsx"
    wb.save(path)
    assert main(["--project", str(project), "import", str(path)]) == 1
    assert "“../buiten.regels” is geen .regels-bestand in regels/" in capsys.readouterr().err
    assert not (project.parent / "buiten.regels").exists()
