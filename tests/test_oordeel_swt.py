"""Issue 11, ‘Het oordeel blijft bij het SWT’: what the rules may not decide, and answers that stay bounded.

Most items have a voorbeeld in regels/ (run by `regels test` and test_project); these tests cover
what a voorbeeld cannot: --waarom-niet, the source text marks, and the outputs of a refusal."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys

import pytest

from compiler.semantiek.interpreter import Interpreter
from compiler.project import Project
from compiler.semantiek.voorbeelden import inputs_of
from compiler.toepassingen.waarom_niet import OnbekendDoel, tekst_antwoord, valideer, zoek

from conftest import ROOT


@pytest.fixture(scope="module")
def model():
    return Project(ROOT).models()[0]


def voorbeeld(model, name):
    v = next(v for v in model.regelset.voorbeelden if v.name == name)
    return inputs_of(v, model)


A1 = "Alleen huishouden, gemiddelde situatie: 105 uur per jaar"


# -- Item 15: --waarom-niet is validated, bounded and prefers judgements of the SWT

def test_waarom_niet_rejects_an_outcome_that_does_not_exist_and_suggests(model):
    with pytest.raises(OnbekendDoel) as e:
        valideer(model, "B2 activerend")
    assert e.value.hint == "bedoelde u “B2-activerend”?"
    with pytest.raises(OnbekendDoel) as e:
        valideer(model, "Z9-niets")
    assert "is geen uitkomst die deze regels kunnen geven" in e.value.melding()
    assert valideer(model, "B2-activerend")


def test_waarom_niet_stops_when_the_time_is_up(model):
    ticks = itertools.count()
    antwoord = zoek(model, voorbeeld(model, A1), "B3-activerend", tijd=2.0, klok=lambda: next(ticks) * 0.1)
    assert not antwoord.volledig
    assert antwoord.geprobeerd < 25
    assert tekst_antwoord(model, antwoord).startswith("Niet gevonden binnen 2 seconden")


def test_waarom_niet_prefers_a_judgement_of_the_swt_over_adding_a_diagnosis(model):
    antwoord = zoek(model, voorbeeld(model, A1), "A2-ondersteunend", tijd=60)
    first = antwoord.alternatieven[0]
    assert antwoord.uitkomst == "arrangement"
    assert first.changes == (("intensiteit volgens SWT", None, "plus"),)
    assert not any(n == "verzwarende omstandigheden" for a in antwoord.alternatieven for n, _, _ in a.changes)


def test_cli_waarom_niet_unknown_target_is_a_dutch_usage_error(tmp_path, model):
    case = tmp_path / "casus.json"
    from compiler.semantiek.runtime import naar_json
    case.write_text(json.dumps({k: naar_json(v) for k, v in voorbeeld(model, A1).items() if v is not None}),
                    encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "compiler", "beslis", str(case), "--waarom-niet", "B2 activerend"],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2
    assert "bedoelde u “B2-activerend”?" in r.stderr
    assert "Traceback" not in r.stderr


# -- Item 9: the reconstructed cells of the §3.4 a grid are marked, in the source and in the rules

def test_reconstructed_cells_are_marked(model):
    bron = (ROOT / "regels" / "bron" / "beleidsregel.md").read_text(encoding="utf-8")
    assert bron.count("(gereconstrueerd)") == 3
    table = next(t for t in model.tables() if t.name == "taken huishouden")
    marked = [r for r in table.rows if r.toelichting.startswith("Gereconstrueerd")]
    assert len(marked) == 3
    assert "letterlijk" not in table.toelichting
    page = (ROOT / "docs" / "thuisondersteuning" / "huishouden.md").read_text(encoding="utf-8")
    assert page.count("Gereconstrueerd") >= 3


# -- Item 1: the intensity is the SWT's judgement; bijlage B2 only advises

def test_one_circumstance_can_reach_plusplus_when_the_swt_says_so(model):
    inputs = voorbeeld(model, "Eén zware omstandigheid: het SWT kiest plusplus, het advies zegt plus")
    waarden = Interpreter(model).evaluate(inputs).waarden
    assert (waarden["advies intensiteit"], waarden["intensiteit"]) == ("plus", "plusplus")
    inputs["intensiteit volgens SWT"] = None
    waarden = Interpreter(model).evaluate(inputs).waarden
    assert waarden["intensiteit"] is None and waarden["besluit"] == "SWT beoordeelt"


# -- Item 13: the register of interpretations is checked, listed by `regels dekking`, and on the site

def test_register_lists_every_reading_once_and_the_site_has_a_page():
    r = subprocess.run([sys.executable, "-m", "compiler", "dekking"], cwd=ROOT, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0
    assert "Register van interpretaties (" in r.stdout
    for topic in ("‘1 tot 2’ betekent 1 tot en met 2", "De evaluatie halverwege is een datum in dagen",
                  "Een aangepast arrangement is op uurbasis, zonder maandbudget",
                  "De takenlijst hoort bij elk plan met huishouden"):
        assert topic in r.stdout
    page = (ROOT / "docs" / "interpretaties.md").read_text(encoding="utf-8")
    assert "# Keuzes bij het lezen van de beleidsregel" in page and "30 augustus 2022" in page
    assert '"Keuzes bij het lezen": interpretaties.md' in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def test_register_entry_is_checked_against_the_text_and_the_rules(tmp_path):
    import shutil

    from compiler.errors import RegelsFout

    shutil.copytree(ROOT / "regels", tmp_path / "regels")
    path = tmp_path / "regels" / "thuisondersteuning" / "interpretaties.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("kan een cliënt kiezen", "moet een cliënt kiezen")
                    .replace("regels: [zwaarte]", "regels: [zwaartee]"), encoding="utf-8")
    with pytest.raises(RegelsFout) as e:
        Project(tmp_path).models()
    messages = [d.message + " " + d.hint for d in e.value.diagnostics]
    assert any("het citaat staat niet (letterlijk) in §1, §1.2" in m for m in messages)
    assert any("noemt “zwaartee”" in m and "bedoelde u “zwaarte”?" in m for m in messages)


# -- Item 14: the explanation follows the route; steps that do not apply are left out

def test_uitleg_follows_the_route_and_says_resultaatgebied_in_the_singular(model):
    from compiler.semantiek.uitleg import explain

    steps = explain(model, Interpreter(model).evaluate(voorbeeld(model, A1)))
    tables = [s.tabel for s in steps]
    route = ["toegang", "zwaarte", "type ondersteuning", "intensiteit", "arrangement", "toegekende duur",
             "uren huishouden", "extra huishoudelijke schoonmaak", "keuze zorgaanbieder", "besluit"]
    assert [tables.index(t) for t in route] == sorted(tables.index(t) for t in route)
    assert "uitgesloten onderdelen" not in tables and "open punten" not in tables   # nothing to say
    text = " ".join(s.zin for s in steps)
    assert "tegelijk aan 1 resultaatgebied: huishouden" in text and "(en)" not in text
    assert "verhogen de inzet: onbekend" not in text


# -- Item 7: a refusal does not read like a grant

def test_a_refusal_explains_only_the_refusal(model):
    from compiler.semantiek.uitleg import explain, motivering

    inputs = voorbeeld(model, "Geen eigen huisvesting: afwijzing")
    resultaat = Interpreter(model).evaluate(inputs)
    assert [s.tabel for s in explain(model, resultaat)] == ["toegang", "besluit"]
    for name in ("toegekende duur", "einddatum", "evaluatiedatum halverwege", "basisarrangement", "EHS",
                 "keuze zorgaanbieder", "intensiteit", "zwaarte"):
        assert resultaat.waarden[name] is None, name
    uitkomst = resultaat.to_json(model)["uitkomst"]
    for name in ("toegekende duur", "einddatum", "evaluatiedatum halverwege", "basisarrangement", "EHS",
                 "keuze zorgaanbieder", "arrangement", "maandbudget"):
        assert name not in uitkomst, name   # absent, not null
    assert uitkomst["besluit"] == "afwijzing"
    text = motivering(model, resultaat, inputs)
    besluit = text.split("Gronden")[0]
    assert "duur" not in besluit and "U kiest" not in text and "- besluit: afwijzing" in besluit
