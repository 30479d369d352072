"""POST /beslis with motivering and waarom-niet (the CLI's own), one receipt for the CLI and the API that
`regels herbereken` takes back, and `tot` as the first day the rules no longer apply, everywhere."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from compiler.cli import main  # noqa: E402
from compiler.project import Project  # noqa: E402
from compiler.semantiek.interpreter import Interpreter  # noqa: E402
from compiler.semantiek.runtime import BuitenGeldigheid  # noqa: E402
from compiler.semantiek.voorbeelden import case_json_of  # noqa: E402
from compiler.toepassingen.serveer.app import Grenzen, maak_app  # noqa: E402
from compiler.toepassingen.serveer.regelsets import laad  # noqa: E402
from test_api import CASUS, Client, _problem  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DOEL = "A2-ondersteunend"   # one SWT judgement away from CASUS (intensiteit plus): found at once


@pytest.fixture(scope="module")
def client():
    return Client(maak_app(ROOT))


def _cli_json(tmp_path, capsys, *opties: str) -> dict:
    pad = tmp_path / "casus.json"
    pad.write_text(json.dumps(CASUS), encoding="utf-8")
    assert main(["--project", str(ROOT), "beslis", str(pad), "--json", "--peildatum", "2024-05-01", *opties]) == 0
    return json.loads(capsys.readouterr().out)


def test_motivering_en_waarom_niet_zijn_die_van_de_cli(client, tmp_path, capsys):
    r = client.post("/beslis", json={"casus": CASUS, "peildatum": "2024-05-01", "motivering": True,
                                     "waarom_niet": DOEL})
    assert r.status_code == 200, r.text
    api = r.json()
    cli = _cli_json(tmp_path, capsys, "--motivering", "--waarom-niet", DOEL)
    assert api["motivering"] == cli["motivering"] and api["motivering"].startswith("Motivering — ")
    a, c = api["waarom_niet"], cli["waarom_niet"]
    assert a["doel"] == c["doel"] == DOEL and a["uitkomst"] == c["uitkomst"] == "arrangement"
    assert a["volledig"] and c["volledig"] and a["wijzigingen"] == c["wijzigingen"]
    assert {"invoer": "intensiteit volgens SWT", "was": None, "wordt": "plus"} in a["wijzigingen"][0]
    assert a["tijd_seconden"] <= 2
    # The decision itself is the plain one; the receipt stays last.
    assert list(api)[-1] == "ontvangstbewijs"
    assert api["uitkomst"] == client.post("/beslis", json={"casus": CASUS, "peildatum": "2024-05-01"}).json()["uitkomst"]


def test_waarom_niet_met_een_onmogelijk_doel_is_een_veldfout(client):
    data = _problem(client.post("/beslis", json={"casus": CASUS, "waarom_niet": "A2-onderstunend"}), 422)
    assert set(data["fouten"]) == {"waarom_niet"}
    assert "bedoelde u “A2-ondersteunend”" in data["fouten"]["waarom_niet"]
    data = _problem(client.post("/beslis", json={"casus": CASUS, "motivering": "ja", "waarom_niet": 3}), 422)
    assert set(data["fouten"]) == {"motivering", "waarom_niet"}


def _batch(client, query: str, regels: list[str]):
    return client.post(f"/beslis/batch?{query}", content=("\n".join(regels) + "\n").encode(),
                       headers={"content-type": "application/x-ndjson"})


def test_batch_met_motivering_en_waarom_niet_geeft_per_casus_die_van_een_enkele(client):
    enkel = client.post("/beslis", json={"casus": CASUS, "peildatum": "2024-05-01", "uitleg": True,
                                         "motivering": True, "waarom_niet": DOEL}).json()
    regels = [json.dumps(CASUS), "{geen json", json.dumps({**CASUS, "leeftijd": -1}), json.dumps(CASUS)]
    r = _batch(client, f"peildatum=2024-05-01&uitleg=ja&motivering=ja&waarom_niet={DOEL}", regels)
    assert r.status_code == 200, r.text
    uit = [json.loads(x) for x in r.text.splitlines()]
    assert [u["regel"] for u in uit] == [1, 2, 3, 4] and [u["status"] for u in uit] == ["ok", "fout", "fout", "ok"]
    for u in (uit[0], uit[3]):
        assert u["uitleg"] == enkel["uitleg"] and u["motivering"] == enkel["motivering"]
        assert u["waarom_niet"]["wijzigingen"] == enkel["waarom_niet"]["wijzigingen"]
        assert list(u)[-1] == "ontvangstbewijs" and u["uitkomst"] == enkel["uitkomst"]
    assert set(uit[2]["fouten"]) == {"leeftijd"}
    # Without the options: the plain lines, without motivering.
    kaal = [json.loads(x) for x in _batch(client, "peildatum=2024-05-01", regels[:1]).text.splitlines()]
    assert "motivering" not in kaal[0] and "waarom_niet" not in kaal[0] and kaal[0]["uitkomst"] == enkel["uitkomst"]


def test_batch_met_een_onmogelijk_doel_beslist_niets(client):
    data = _problem(_batch(client, "waarom_niet=A2-onderstunend", [json.dumps(CASUS)]), 422)
    assert set(data["fouten"]) == {"waarom_niet"} and "bedoelde u" in data["fouten"]["waarom_niet"]
    data = _problem(_batch(client, "motivering=misschien&waarom_niet=", [json.dumps(CASUS)]), 422)
    assert set(data["fouten"]) == {"motivering", "waarom_niet"}


def test_waarom_niet_blijft_binnen_de_tijdslimiet_van_de_aanvraag():
    kort = Client(maak_app(ROOT, Grenzen(tijdslimiet=0.5)))
    r = kort.post("/beslis", json={"casus": CASUS, "peildatum": "2024-05-01", "waarom_niet": "C3-activerend"})
    assert r.status_code == 200, r.text
    assert r.json()["waarom_niet"]["tijd_seconden"] == 0.5


# -- one receipt

def test_een_ontvangstbewijs_voor_cli_en_api(client, tmp_path, capsys):
    api = client.post("/beslis", json={"casus": CASUS, "peildatum": "2024-05-01"}).json()["ontvangstbewijs"]
    snel = _cli_json(tmp_path, capsys)["ontvangstbewijs"]                    # the generated module
    interpreter = _cli_json(tmp_path, capsys, "--uitleg")["ontvangstbewijs"]  # the rules themselves
    assert api == snel == interpreter
    assert set(api) == {"soort", "versie", "regelset", "peildatum", "peildatum_gekozen", "hash", "module", "casus",
                        "uitkomst", "stappen"}


def test_ontvangstbewijs_van_de_api_gaat_door_herbereken(client, tmp_path, capsys):
    antwoord = client.post("/beslis", json={"casus": CASUS, "peildatum": "2024-05-01"}).json()
    for i, data in enumerate((antwoord, antwoord["ontvangstbewijs"])):   # the whole answer, or the receipt alone
        pad = tmp_path / f"bewijs{i}.json"
        pad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        assert main(["--project", str(ROOT), "herbereken", str(pad)]) == 0
        uit = capsys.readouterr().out
        assert "De regels zijn niet veranderd" in uit and "De uitkomst is met de huidige regels dezelfde." in uit
    assert main(["--project", str(ROOT), "herbereken", str(pad), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ontvangstbewijs"] == antwoord["ontvangstbewijs"]
    # A receipt whose outcome was different: herbereken says what changes, and exits 3.
    bewijs = antwoord["ontvangstbewijs"]
    bewijs["uitkomst"]["arrangement"] = "B1-ondersteunend"
    pad.write_text(json.dumps(bewijs, ensure_ascii=False), encoding="utf-8")
    assert main(["--project", str(ROOT), "herbereken", str(pad)]) == 3
    assert "arrangement: was B1-ondersteunend, wordt A1-ondersteunend" in capsys.readouterr().out


# -- `tot`: the first day on which the rules no longer apply

@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    """tests/fixtures/mini (geldig vanaf 1 januari 2022 tot 31 december 2030), built."""
    root = tmp_path_factory.mktemp("mini")
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini" / "regels", root / "regels")
    assert main(["--project", str(root), "bouw"]) == 0
    (model,) = Project(root).models()
    return root, model, case_json_of(model.regelset.voorbeelden[0], model)


def test_tot_is_de_eerste_dag_zonder_regels_overal(mini, tmp_path, capsys):
    root, model, casus = mini
    laatste, tot = datetime.date(2030, 12, 30), datetime.date(2030, 12, 31)
    assert model.regelset.header.geldig_tot.value == tot
    # The generated module and the interpreter.
    mod = laad(root)["mini"].module
    assert mod.GELDIGHEID.bevat(laatste) and not mod.GELDIGHEID.bevat(tot)
    assert mod.beslis_json(casus, laatste)["uitkomst"]
    with pytest.raises(BuitenGeldigheid, match="van 1 januari 2022 tot 31 december 2030"):
        mod.beslis_json(casus, tot)
    interpreter = Interpreter(model)
    interpreter.read_case(casus, laatste)
    with pytest.raises(BuitenGeldigheid):
        interpreter.read_case(casus, tot)
    # The API, one case and a batch.
    api = Client(maak_app(root))
    assert api.post("/beslis", json={"casus": casus, "peildatum": laatste.isoformat()}).status_code == 200
    data = _problem(api.post("/beslis", json={"casus": casus, "peildatum": tot.isoformat()}), 422)
    assert data["type"].endswith("peildatum-na-geldigheid")
    assert "tot 31 december 2030 (de laatste dag is 30 december 2030)" in data["detail"]
    regel = (json.dumps(casus) + "\n").encode()
    assert api.post(f"/beslis/batch?peildatum={laatste}", content=regel,
                    headers={"content-type": "application/x-ndjson"}).status_code == 200
    _problem(api.post(f"/beslis/batch?peildatum={tot}", content=regel,
                      headers={"content-type": "application/x-ndjson"}), 422)
    # The command line.
    pad = tmp_path / "casus.json"
    pad.write_text(json.dumps(casus), encoding="utf-8")
    assert main(["--project", str(root), "beslis", str(pad), "--peildatum", laatste.isoformat()]) == 0
    capsys.readouterr()
    assert main(["--project", str(root), "beslis", str(pad), "--peildatum", tot.isoformat()]) != 0
    assert "van 1 januari 2022 tot 31 december 2030" in capsys.readouterr().err
    # The receipt's version period ends on the same day.
    bewijs = api.post("/beslis", json={"casus": casus, "peildatum": laatste.isoformat()}).json()["ontvangstbewijs"]
    assert bewijs["regelset"]["geldig"] == {"vanaf": "2022-01-01", "tot": "2030-12-31"}
