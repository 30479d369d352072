"""Voorbeelden that build on each other (`zoals "…", maar`), defaults for voorbeelden
(`standaard in voorbeelden`), and the lint on a keuzelijst value nobody handles (issue 13, items 5-6)."""

from __future__ import annotations

import shutil

import pytest

from compiler.errors import RegelsFout
from compiler.midden.passes import check
from compiler.project import Project, load_regelset
from compiler.semantiek.voorbeelden import run_all

from conftest import ROOT

HEAD = '''regelset "T"
  geldig vanaf 1 januari 2022

keuzelijst soort: klein, groot

invoer
  n: geheel getal van 0 t/m 10
  soort: keuze uit soort
    "Hoe groot."
    standaard in voorbeelden: klein
  extra: ja/nee, optioneel

beslistabel uitkomst (eerste)
  | n       | soort | extra || uitkomst |
  |---------|-------|-------||----------|
  | -       | -     | ja    || 9        |
  | t/m 4   | klein | -     || 1        |
  | t/m 4   | groot | -     || 2        |
  | vanaf 5 | -     | -     || 3        |
'''


def model_of(tmp_path, body: str):
    path = tmp_path / "t.regels"
    path.write_text(HEAD + body, encoding="utf-8")
    return check(load_regelset("t", [(path, "t.regels")]))


def errors_of(tmp_path, body: str) -> list:
    with pytest.raises(RegelsFout) as e:
        model_of(tmp_path, body)
    return [d for d in e.value.diagnostics if d.is_error]


def test_zoals_takes_the_gegeven_and_states_only_what_differs(tmp_path):
    model = model_of(tmp_path, '''
voorbeeld "basis"
  gegeven
    n: 2
    extra: ja
  verwacht
    uitkomst: 9

voorbeeld "groot"
  zoals "basis", maar
  gegeven
    soort: groot
    extra: onbekend
  verwacht
    uitkomst: 2

voorbeeld "groter"
  zoals "groot", maar
  gegeven
    n: 7
  verwacht
    uitkomst: 3
''')
    by_name = {v.name: v for v in model.regelset.voorbeelden}
    assert {a.name: a.kind for a in by_name["groter"].gegeven} == {"n": "waarden", "extra": "onbekend",
                                                                   "soort": "waarden"}
    assert [a.values[0].value for a in by_name["groter"].gegeven if a.name == "soort"] == ["groot"]
    assert [a.name for a in by_name["groot"].verwacht] == ["uitkomst"]  # verwacht is never inherited
    outcomes = run_all(model)
    assert all(not o.mismatches and not o.error for o in outcomes), outcomes


def test_a_default_fills_an_input_no_voorbeeld_names(tmp_path):
    model = model_of(tmp_path, '''
voorbeeld "zonder soort"
  gegeven
    n: 3
  verwacht
    uitkomst: 1
''')
    assert all(not o.mismatches and not o.error for o in run_all(model))
    soort = next(d for d in model.regelset.invoer if d.name == "soort")
    assert soort.standaard.values[0].value == "klein"


def test_without_a_default_a_missing_input_is_still_an_error(tmp_path):
    errors = errors_of(tmp_path.joinpath(), '''
voorbeeld "zonder n"
  gegeven
    soort: groot
  verwacht
    uitkomst: 2
''')
    assert any(d.message == "voorbeeld “zonder n” mist invoer: n" for d in errors)


def test_an_unknown_base_is_named_with_a_suggestion(tmp_path):
    errors = errors_of(tmp_path, '''
voorbeeld "basis"
  gegeven
    n: 2
  verwacht
    uitkomst: 1

voorbeeld "ander"
  zoals "bassis", maar
  verwacht
    uitkomst: 1
''')
    d = errors[0]
    assert d.message == "er is geen voorbeeld “bassis”"
    assert (d.span.line, d.span.column) == (HEAD.count("\n") + 9, 9)
    assert "basis" in d.hint


def test_voorbeelden_that_build_on_each_other_in_a_circle_are_an_error(tmp_path):
    errors = errors_of(tmp_path, '''
voorbeeld "a"
  zoals "b", maar
  verwacht
    uitkomst: 1

voorbeeld "b"
  zoals "a", maar
  verwacht
    uitkomst: 1
''')
    assert any("bouwt via zoals op zichzelf voort (a → b → a)" in d.message for d in errors)


def test_the_rules_use_zoals_and_defaults():
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "regels").rglob("*.regels")]
    assert sum(t.count("\n  zoals \"") for t in texts) >= 40
    assert sum(t.count("standaard in voorbeelden:") for t in texts) >= 10
    # Lines under `gegeven`: 1,549 when every voorbeeld restated every input (issue 13).
    gegeven = sum(len(block.split("\n  verwacht\n")[0].split("\n")) for t in texts
                  for block in t.split("\n  gegeven\n")[1:])
    assert gegeven < 600
    lines = sum(len(t.split("\n")) for t in texts)
    assert lines < 3700  # was 4614 after short lines, before zoals and defaults


def test_a_new_circumstance_that_counts_nowhere_is_a_warning(tmp_path):
    target = tmp_path / "p"
    shutil.copytree(ROOT / "regels", target / "regels")
    path = target / "regels" / "thuisondersteuning" / "intensiteit.regels"
    text = path.read_text(encoding="utf-8")
    text = text.replace('  andere omstandigheid\n', '  schimmel in de woning\n    "Huishouden: vaker schoonmaken."\n'
                        '  andere omstandigheid\n', 1)
    path.write_text(text, encoding="utf-8")
    models = Project(target).models()
    warnings = [d for m in models for d in m.diagnostics if d.code == "ongebruikt"]
    assert any(d.message.startswith("waarde “schimmel in de woning” van keuzelijst “omstandigheid” wordt in geen "
                                    "rij of berekening genoemd") for d in warnings)
    assert not any("terrein" in d.message or "resultaatgebied" in d.message for d in warnings)
