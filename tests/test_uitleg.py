"""Uitleg, motivering and waarom-niet, computed from the rules."""

from __future__ import annotations

import pytest

from compiler.errors import RegelsFout
from compiler.semantiek.interpreter import Interpreter
from compiler.project import Project
from compiler.semantiek.uitleg import explain, motivering, render
from compiler.toepassingen.waarom_niet import OnbekendDoel, valideer, zoek
from compiler.semantiek.voorbeelden import inputs_of

from conftest import FIXTURES


@pytest.fixture(scope="module")
def mini():
    project = Project(FIXTURES / "mini")
    return project.models()[0], project.paragraphs()


def first_case(model):
    v = model.regelset.voorbeelden[0]
    inputs = inputs_of(v, model)
    return inputs, Interpreter(model).evaluate(inputs)


def test_explain_fills_the_policy_writers_sentence_and_quotes_the_source(mini):
    model, paragraphs = mini
    inputs, resultaat = first_case(model)
    steps = explain(model, resultaat, paragraphs)
    maat = next(s for s in steps if s.tabel == "maat")
    assert maat.zin == "U bent 12 jaar. Volgens §1 hoort daarbij maat klein."
    assert maat.bron == [("§1", "1", "Volwassenen krijgen een grote maat.")]
    korting = next(s for s in steps if s.tabel == "korting")
    assert korting.zin == "Omdat lid ja is en bedrag € 150,00 is, is korting € 10,00."
    assert "Bron: §1 — “Volwassenen krijgen een grote maat.”" in render(steps)


def test_motivering_marks_the_swt_judgement_and_invents_nothing(mini):
    model, paragraphs = mini
    inputs, resultaat = first_case(model)
    text = motivering(model, resultaat, inputs, paragraphs)
    assert "Besluit" in text and "Gronden" in text
    assert "- lid: ja. [SWT: motiveer hier waarom — Of de persoon lid is; het SWT stelt dat vast.]" in text
    assert "  §1: “Volwassenen krijgen een grote maat.”" in text
    assert "[Bron: §1; Testbeleid]" in text


def test_waarom_niet_finds_the_smallest_change(mini):
    model, _ = mini
    inputs, resultaat = first_case(model)
    assert resultaat.waarden["advies"] == "stoppen"
    antwoord = zoek(model, inputs, "doorgaan")
    name, found = antwoord.uitkomst, antwoord.alternatieven
    assert name == "advies" and antwoord.volledig
    assert found and all(len(a.changes) == 1 for a in found)
    assert any(a.changes == (("kleur", "rood", "groen"),) for a in found)
    assert "Met kleur groen in plaats van rood was advies doorgaan geweest." in [a.zin(name, "doorgaan")
                                                                               for a in found]


def test_waarom_niet_says_when_nothing_can_give_it(mini):
    model, _ = mini
    with pytest.raises(OnbekendDoel):
        valideer(model, "vliegen")
    assert valideer(model, "wachten")


def test_citaat_must_be_in_the_source(tmp_path):
    import shutil

    shutil.copytree(FIXTURES / "mini", tmp_path / "p")
    path = tmp_path / "p" / "regels" / "mini.regels"
    path.write_text(path.read_text(encoding="utf-8").replace("Volwassenen krijgen een grote maat.",
                                                             "Iedereen krijgt een grote maat."), encoding="utf-8")
    with pytest.raises(RegelsFout) as e:
        Project(tmp_path / "p").models()
    assert any(d.code == "citaat" and "staat niet (letterlijk) in §1" in d.message for d in e.value.diagnostics)


def test_uitleg_placeholder_must_exist(tmp_path):
    import shutil

    shutil.copytree(FIXTURES / "mini", tmp_path / "p")
    path = tmp_path / "p" / "regels" / "mini.regels"
    path.write_text(path.read_text(encoding="utf-8").replace("{leeftijd}", "{leeftyd}"), encoding="utf-8")
    with pytest.raises(RegelsFout) as e:
        Project(tmp_path / "p").models()
    assert any(d.code == "uitleg" and "bedoelde u “leeftijd”?" == d.hint for d in e.value.diagnostics)
