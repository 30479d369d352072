"""Each diagnostic kind, one fixture each (tests/fixtures/diagnostics/<kind>.regels).

Every message is checked one by one: level, code, file:line:column, the rows it quotes,
its witness, and its hint. The rendered output of each fixture is also a golden file
(tests/golden/diagnostics/<kind>.txt; re-record with --update-golden).
"""

from __future__ import annotations

import json

import pytest

from compiler.midden.passes import check

from compiler.analyse.rapport import warnings_for_docs
from compiler.errors import Diagnostic, RegelsFout, render_all
from compiler.project import load_regelset

from conftest import FIXTURES

DIAGNOSTICS = FIXTURES / "diagnostics"
KINDS = sorted(p.stem for p in DIAGNOSTICS.glob("*.regels"))


def diagnostics_of(kind: str) -> list[Diagnostic]:
    path = DIAGNOSTICS / f"{kind}.regels"
    try:
        return check(load_regelset(kind, [(path, path.name)])).diagnostics
    except RegelsFout as e:
        return e.diagnostics


def find(diagnostics: list[Diagnostic], code: str, text: str) -> Diagnostic:
    found = [d for d in diagnostics if d.code == code and text in d.message]
    assert len(found) == 1, f"{code} {text!r} niet precies één keer in:\n" + "\n".join(d.message for d in diagnostics)
    return found[0]


def at(d: Diagnostic) -> tuple[int, int]:
    return d.span.line, d.span.column


@pytest.mark.parametrize("kind", KINDS)
def test_rendered_diagnostics_match_golden(kind, golden):
    path = DIAGNOSTICS / f"{kind}.regels"
    text = render_all(diagnostics_of(kind), {path.name: path.read_text(encoding="utf-8")})
    golden(f"diagnostics/{kind}.txt", text + "\n")


def test_every_diagnostic_has_a_position_a_code_and_a_hint():
    for kind in KINDS:
        for d in diagnostics_of(kind):
            assert d.span.line > 0 and d.span.column > 0, (kind, d.message)
            assert d.code, (kind, d.message)
            if d.code != "bereik":
                assert d.hint, (kind, d.message)


def test_gap_names_the_uncovered_region_once_per_gap():
    ds = diagnostics_of("gat")
    assert [d.code for d in ds] == ["gat", "gat"]
    first, second = ds
    assert first.is_error and at(first) == (12, 13)
    assert first.message == "tabel “zwaarte”: geen rij past bij aantal resultaatgebieden 0, type elke waarde"
    assert first.hint == "voeg een rij toe voor aantal resultaatgebieden 0, type elke waarde, of een anders-rij"
    # The second gap does not repeat the first: 0 is already said.
    assert second.message == "tabel “zwaarte”: geen rij past bij aantal resultaatgebieden 5 t/m 6, type activerend"
    assert first.table == second.table == "zwaarte"


def test_overlap_conflict_is_an_error_with_both_rows_and_an_input():
    ds = diagnostics_of("overlap")
    d = find(ds, "overlap", "rij 1 en rij 2")
    assert d.is_error and at(d) == (16, 3)
    assert "passen allebei bij n 4, soort ja-type (met een andere uitkomst)" in d.message
    assert "rij 1 ‘| 0 t/m 4 | - || A |’ en rij 2 ‘| 4 t/m 6 | ja-type || B |’" in d.message
    assert d.related[0][0] == "rij 1" and d.related[0][1].line == 15
    assert d.rows == (1, 2)
    assert "maak de rijen elkaar uitsluitend" in d.hint and "hit-regel ‘eerste’" in d.hint


def test_overlap_with_the_same_outcome_is_a_harmless_warning():
    ds = diagnostics_of("overlap")
    d = find(ds, "overlap", "rij 3 en rij 4")
    assert not d.is_error and at(d) == (18, 3)
    assert "passen allebei bij n 8, soort nee-type (met dezelfde uitkomst)" in d.message
    assert "‘| 5 t/m 8 | nee-type || C |’" in d.message and "‘| 8 t/m 10 | - || C |’" in d.message
    assert d.hint.startswith("dat is dubbel maar onschuldig")
    assert len([x for x in ds if x.code == "overlap"]) == 3


def test_shadowed_row_names_the_rows_that_take_its_cases():
    ds = diagnostics_of("onbereikbaar")
    d = find(ds, "onbereikbaar", "rij 3 ‘| vanaf 70")
    assert at(d) == (17, 3) and not d.is_error
    assert d.message == ("tabel “korting”: rij 3 ‘| vanaf 70 | ja || groot |’ wordt nooit bereikt omdat rij 2 "
                         "‘| vanaf 65 | - || klein |’ alle gevallen ervan eerder afvangt")
    assert d.hint == "verwijder rij 3, of zet hem boven rij 2 als hij voorrang moet krijgen"
    assert d.rows == (3, 2)
    # Row 5 (‘- | ja’) overlaps earlier rows too, but not entirely: it is not reported.
    assert not [x for x in ds if x.code == "onbereikbaar" and "rij 5" in x.message]


def test_row_that_matches_nothing_points_at_its_cell():
    d = find(diagnostics_of("onbereikbaar"), "onbereikbaar", "rij 4")
    assert at(d) == (18, 5)
    assert "past nooit: geen waarde van “leeftijd” (geheel getal van 0 t/m 130) voldoet aan ‘vanaf 200’" in d.message
    assert d.hint == "pas ‘vanaf 200’ aan, of verwijder rij 4"


def test_anders_row_that_is_never_reached():
    d = find(diagnostics_of("onbereikbaar"), "onbereikbaar", "anders-rij")
    assert at(d) == (27, 3)
    assert "de anders-rij (rij 3 ‘| anders || nee |’) wordt nooit bereikt" in d.message


def test_unused_input_value_keuzelijst_and_enum_values():
    ds = diagnostics_of("ongebruikt")
    assert {d.code for d in ds} == {"ongebruikt"}
    d = find(ds, "ongebruikt", "invoer “postcode”")
    assert at(d) == (13, 3) and "haal hem weg uit het invoer-blok" in d.hint
    d = find(ds, "ongebruikt", "afgeleide waarde “dubbele leeftijd”")
    assert at(d) == (16, 3) and "zet “dubbele leeftijd” onder uitvoer" in d.hint
    # ‘volwassen’ is read by no table, but a voorbeeld expects it: it is a result, not unused.
    assert not [x for x in ds if "“volwassen”" in x.message]
    d = find(ds, "ongebruikt", "keuzelijst “oud”")
    assert at(d) == (8, 1)
    d = find(ds, "ongebruikt", "“blauw”")
    assert at(d) == (6, 32) and "alleen ‘-’, ‘niet …’ of ‘anders’ vangt hem op" in d.message
    d = find(ds, "ongebruikt", "“wachten”")
    assert at(d) == (7, 39) and "komt uit geen enkele rij" in d.message
    assert d.hint == "voeg een rij toe die “wachten” geeft, of haal de waarde uit de keuzelijst"
    assert len(ds) == 5


def test_rows_no_voorbeeld_reaches_with_an_input_that_would():
    ds = diagnostics_of("dekking-voorbeelden")
    d = find(ds, "dekking-voorbeelden", "tabel “zwaarte”")
    assert at(d) == (19, 3)
    assert d.message == "tabel “zwaarte”: geen enkel voorbeeld raakt rij 2 en rij 3 (2 van de 3 rijen)"
    assert [label for label, _ in d.related] == ["rij 2, bijvoorbeeld bij aantal 3", "rij 3, bijvoorbeeld bij aantal 5"]
    assert d.hint == "voeg een voorbeeld toe voor rij 2 ‘| 3 t/m 4 || B |’, bijvoorbeeld met aantal 3"
    d = find(ds, "dekking-voorbeelden", "tabel “advies”: geen enkel")
    assert "raakt rij 2, rij 3, rij 4, rij 5 en rij 6 (5 van de 6 rijen)" in d.message
    assert d.rows == (2, 3, 4, 5, 6) and at(d) == (27, 25)  # the matrix cell of row 2
    assert len(ds) == 2


def test_voorbeeld_that_reaches_no_row_at_all(tmp_path):
    path = tmp_path / "v.regels"
    path.write_text('regelset "V"\n  geldig vanaf 1 januari 2022\n\nkeuzelijst s: x, y\nkeuzelijst a: p, q\n\n'
                    "invoer\n  s: keuze uit s, optioneel\n  t: keuze uit s\n\n"
                    "kruistabel a\n  rijen s\n  kolommen t\n  |   | x | y |\n  |---|---|---|\n"
                    "  | x | p | q |\n  | y | q | p |\n\n"
                    'voorbeeld "Niets"\n  gegeven\n    s: onbekend\n    t: x\n  verwacht\n    a: onbekend\n',
                    encoding="utf-8")
    model = check(load_regelset("v", [(path, "v.regels")]))
    d = find(model.diagnostics, "dekking-voorbeelden", "voorbeeld “Niets”")
    assert d.message == "voorbeeld “Niets” raakt geen enkele rij van een tabel" and at(d) == (19, 11)


def test_type_errors():
    ds = diagnostics_of("type")
    assert all(d.is_error and d.code == "type" for d in ds)
    d = find(ds, "type", "geldig vanaf")
    assert at(d) == (5, 16) and "het begin ligt na het eind" in d.message
    assert at(find(ds, "type", "duur en geheel getal zijn niet te vergelijken")) == (16, 10)
    assert at(find(ds, "type", "datum en duur zijn niet te vergelijken")) == (17, 11)
    d = find(ds, "type", "een bereik past niet bij keuze uit niveau")
    assert at(d) == (22, 5) and d.hint == "noem de waarden, bijvoorbeeld: laag of midden"
    d = find(ds, "type", "het bereik 1 maart 2022 t/m 1 februari 2022 is leeg")
    assert at(d) == (22, 21)
    d = find(ds, "type", "“12” past niet in kolom “looptijd” (duur)")
    assert at(d) == (22, 58) and "6 maanden of 1 jaar" in d.hint


def test_json_has_every_field_an_editor_needs():
    d = find(diagnostics_of("overlap"), "overlap", "rij 1 en rij 2")
    data = json.loads(json.dumps(d.to_json()))
    assert data["niveau"] == "fout" and data["code"] == "overlap"
    assert (data["bestand"], data["regel"], data["kolom"]) == ("overlap.regels", 16, 3)
    assert data["tip"] and data["tabel"] == "z" and data["rijen"] == [1, 2]
    assert data["verwant"][0] == {"omschrijving": "rij 1", "bestand": "overlap.regels", "regel": 15, "kolom": 3}


def test_warnings_for_docs_are_grouped_per_table(tmp_path):
    path = DIAGNOSTICS / "onbereikbaar.regels"
    model = check(load_regelset("o", [(path, path.name)]))
    warnings = warnings_for_docs(model)
    assert warnings and all(not d.is_error for d in warnings)
    tables = [d.table for d in warnings]
    assert tables == sorted(tables, key=lambda t: (t == "", ["korting", "volwassen"].index(t) if t else 0))


def test_a_row_with_a_toelichting_explains_its_warning(tmp_path):
    text = (DIAGNOSTICS / "onbereikbaar.regels").read_text(encoding="utf-8")
    text = text.replace("  | leeftijd   | lid || korting |\n  |------------|-----||---------|\n",
                        "  | leeftijd   | lid || korting | toelichting |\n  |------------|-----||---------|---|\n")
    for old, new in (("|| klein   |\n", "|| klein   | |\n"), ("|| geen    |\n", "|| geen    | |\n")):
        text = text.replace(old, new)
    text = text.replace("| vanaf 70   | ja  || groot   |",
                        "| vanaf 70   | ja  || groot   | \"Blijft staan tot de nieuwe regeling ingaat.\" |")
    text = text.replace("| vanaf 200  | -   || groot   |", "| vanaf 200  | -   || groot   | |")
    path = tmp_path / "o.regels"
    path.write_text(text, encoding="utf-8")
    model = check(load_regelset("o", [(path, "o.regels")]))
    d = find(model.diagnostics, "onbereikbaar", "rij 3 ‘| vanaf 70")
    assert d.toelichting == "Blijft staan tot de nieuwe regeling ingaat."
    assert "toegelicht: Blijft staan" in d.render({})


def test_bouw_json_prints_only_json_with_errors_and_warnings(tmp_path):
    import shutil
    import subprocess
    import sys

    from conftest import ROOT

    project = tmp_path / "p"
    shutil.copytree(FIXTURES / "mini", project)
    out = subprocess.run([sys.executable, "-m", "compiler", "--project", str(project), "bouw", "--json"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0
    warnings = json.loads(out.stdout)
    assert {w["code"] for w in warnings} == {"ongebruikt", "dekking-voorbeelden"}
    assert all(w["niveau"] == "waarschuwing" for w in warnings)
    path = project / "regels" / "mini.regels"
    path.write_text(path.read_text(encoding="utf-8").replace("| tot 18   || klein |", "| tot 20   || klein |"),
                    encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "compiler", "--project", str(project), "bouw", "--json"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 1
    [error] = [d for d in json.loads(out.stdout) if d["niveau"] == "fout"]
    second_row = path.read_text(encoding="utf-8").splitlines().index("  | vanaf 18 || groot |") + 1
    assert error["code"] == "overlap" and error["rijen"] == [1, 2] and error["regel"] == second_row
