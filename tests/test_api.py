"""`regels serveer`: decisions, receipts, peildatum, problems and limits, and one real server on loopback."""

from __future__ import annotations

import asyncio
import datetime
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("starlette")
httpx = pytest.importorskip("httpx")
uvicorn = pytest.importorskip("uvicorn")

from compiler.toepassingen.serveer.app import Grenzen, maak_app  # noqa: E402
from compiler.cli import main  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CASUS = {
    "leeftijd": 45, "nieuwe toekenning": True, "heeft eigen huisvesting": True,
    "huurovereenkomst afhankelijk van de ondersteuning": False, "beperkingen op terreinen": ["psychisch functioneren"],
    "gevraagde ondersteuning buiten de voorziening": [], "resultaatgebieden met ondersteuningsvraag": ["huishouden"],
    "via voorliggende voorziening": [], "via netwerk": [], "later opgepakt": [], "activerend op": [],
    "verzwarende omstandigheden": [], "omstandigheden die de inzet verhogen": [], "omstandigheden binnen gemiddeld": [],
    "verlichtende omstandigheden": False, "leveringsvorm": "ZIN",
    "SWT-oordeel over het basisarrangement": "basisarrangement past", "ingangsdatum": "2024-03-01",
    "verandering op korte termijn verwacht": False, "gevraagde duur": {"jaren": 1},
}


class Client:
    """A synchronous client over the ASGI app in-process (httpx.ASGITransport)."""

    def __init__(self, app):
        self.app = app

    def request(self, method: str, path: str, **kw) -> httpx.Response:
        async def go():
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app),
                                         base_url="http://test") as c:
                r = await c.request(method, path, **kw)
                await r.aread()
                return r
        return asyncio.run(go())

    def post(self, path: str, **kw) -> httpx.Response:
        return self.request("POST", path, **kw)

    def get(self, path: str, **kw) -> httpx.Response:
        return self.request("GET", path, **kw)


@pytest.fixture(scope="module")
def client():
    return Client(maak_app(ROOT))


@pytest.fixture(scope="module")
def module():
    from compiler.toepassingen.serveer.regelsets import laad

    return laad(ROOT)["thuisondersteuning"].module


def _problem(r, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    data = r.json()
    assert data["status"] == status and data["title"] and data["detail"] and data["type"].startswith("urn:regels:")
    return data


def test_beslis_geeft_dezelfde_beslissing_als_de_module_met_ontvangstbewijs(client, module):
    r = client.post("/beslis", json={"casus": CASUS, "peildatum": "2024-05-01"})
    assert r.status_code == 200
    data = r.json()
    bewijs = data.pop("ontvangstbewijs")
    assert data == module.beslis_json(CASUS)
    assert bewijs["peildatum"] == "2024-05-01" and bewijs["peildatum_gekozen"] == "gegeven"
    assert bewijs["soort"] == "ontvangstbewijs" and bewijs["casus"] == CASUS and bewijs["uitkomst"] == data["uitkomst"]
    assert bewijs["regelset"]["geldig"] == {"vanaf": "2022-01-01", "tot": None}
    assert bewijs["regelset"]["versie"] == {"vanaf": "2022-01-01", "tot": None}
    assert len(bewijs["hash"]["regels"]) == len(bewijs["hash"]["bron"]) == len("sha256:") + 64
    assert [(s["tabel"], s["rij"]) for s in bewijs["stappen"]] == [
        (b["tabel"], r) for b in data["beslissingen"] for r in b["rijen"]]
    # Every position points at the row in its .regels file; every bron at a paragraph of the text.
    for stap in bewijs["stappen"]:
        bestand, regel, kolom = stap["plaats"].rsplit(":", 2)
        line = (ROOT / bestand).read_text(encoding="utf-8").splitlines()[int(regel) - 1]
        # a row of a beslistabel starts there; for a kruistabel it is the cell that decided
        assert line.lstrip().startswith("|") and line[int(kolom) - 2] in "| ", (stap["plaats"], line)
        assert stap["rij_id"] == f'{stap["tabel"]}#{stap["rij"]}'
        for b in stap["bron"]:
            assert "{#" + b["anker"] + "}" in (ROOT / b["document"]).read_text(encoding="utf-8")


def test_ontvangstbewijs_hash_is_die_van_de_bronnen(client):
    import hashlib

    bewijs = client.post("/beslis", json={"casus": CASUS}).json()["ontvangstbewijs"]
    h = hashlib.sha256()
    for rel in sorted(f for f in bewijs["hash"]["bestanden"] if f.endswith(".regels")):
        h.update(rel.encode() + b"\0" + (ROOT / rel).read_bytes() + b"\0")
    assert "sha256:" + h.hexdigest() == bewijs["hash"]["regels"]


def test_peildatum_standaard_vandaag(client):
    bewijs = client.post("/beslis", json={"casus": CASUS}).json()["ontvangstbewijs"]
    assert bewijs["peildatum_gekozen"] == "vandaag"
    assert abs(datetime.date.fromisoformat(bewijs["peildatum"]) - datetime.date.today()) <= datetime.timedelta(days=1)


def test_peildatum_voor_de_beleidsregel(client):
    data = _problem(client.post("/beslis", json={"casus": CASUS, "peildatum": "2021-12-31"}), 422)
    assert data["type"].endswith("peildatum-voor-geldigheid") and "fouten" not in data
    assert "31 december 2021" in data["detail"] and "nog niet" in data["detail"]
    assert "1 januari 2022" in data["detail"]
    assert "beleidsregel beoordelingskader thuisondersteuning" in data["detail"]
    assert client.post("/beslis", json={"casus": CASUS, "peildatum": "2022-01-01"}).status_code == 200


def test_ongeldige_peildatum_en_aanvraag_noemen_elk_veld(client):
    data = _problem(client.post("/beslis", json={"casus": CASUS, "peildatum": "2022-02-30", "uitleg": "ja",
                                                  "extra": 1}), 422)
    assert set(data["fouten"]) == {"peildatum", "uitleg", "extra"}
    assert data["fouten"]["peildatum"] == "verwacht een datum als JJJJ-MM-DD, kreeg '2022-02-30'"


def test_veldfouten_zijn_die_van_de_cli(client, tmp_path, capsys):
    slecht = {**CASUS, "leeftijd": "oud", "leveringsvorm": "contant", "nieuw veld": 1}
    del slecht["ingangsdatum"]
    data = _problem(client.post("/beslis", json={"casus": slecht}), 422)
    pad = tmp_path / "casus.json"
    pad.write_text(json.dumps(slecht), encoding="utf-8")
    assert main(["--project", str(ROOT), "beslis", str(pad), "--json"]) == 1
    assert data["fouten"] == json.loads(capsys.readouterr().out)["fouten"]
    assert set(data["fouten"]) == {"leeftijd", "leveringsvorm", "nieuw veld", "ingangsdatum"}


def test_geen_json_en_verkeerde_vorm(client):
    data = _problem(client.post("/beslis", content=b'{"casus": ', headers={"content-type": "application/json"}), 400)
    assert "geen geldige JSON" in data["detail"]
    _problem(client.post("/beslis", json=[1, 2]), 400)
    _problem(client.post("/beslis", content=b"a=b", headers={"content-type": "application/x-www-form-urlencoded"}), 415)
    _problem(client.get("/bestaat-niet"), 404)
    _problem(client.get("/beslis"), 405)


def test_uitleg_uit_de_gegenereerde_module(client, module):
    data = client.post("/beslis", json={"casus": CASUS, "uitleg": True}).json()
    invoer = module.lees_invoer(CASUS)
    assert data["uitleg"] == module.uitleg(invoer, module.beslis(invoer))


def test_batch_verliest_geen_casus(client, module):
    regels = [json.dumps(CASUS), "{kapot", "", json.dumps({**CASUS, "leeftijd": -1}), "[1]", json.dumps(CASUS)]
    r = client.post("/beslis/batch?peildatum=2024-01-01", content="\n".join(regels) + "\n",
                    headers={"content-type": "application/x-ndjson"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    uit = [json.loads(line) for line in r.text.splitlines()]
    assert [u["regel"] for u in uit] == [1, 2, 4, 5, 6]  # line 3 is blank: no case
    assert [u["status"] for u in uit] == ["ok", "fout", "fout", "fout", "ok"]
    assert uit[0]["uitkomst"] == module.beslis_json(CASUS)["uitkomst"]
    assert uit[0]["ontvangstbewijs"]["peildatum"] == "2024-01-01"
    assert uit[2]["fouten"] == {"leeftijd": "-1 is kleiner dan het minimum 0"}
    assert "geen geldige JSON" in uit[1]["fout"]


def test_batch_tijdslimiet_beantwoordt_elke_casus():
    # A time limit of zero: nothing is decided, but every case still gets its line, saying why.
    c = Client(maak_app(ROOT, Grenzen(tijdslimiet=1e-9)))
    r = c.post("/beslis/batch", content="\n".join([json.dumps(CASUS)] * 5),
               headers={"content-type": "application/x-ndjson"})
    uit = [json.loads(line) for line in r.text.splitlines()]
    assert [u["regel"] for u in uit] == [1, 2, 3, 4, 5]
    assert all(u["status"] == "fout" and "tijdslimiet" in u["fout"] for u in uit)


def test_grenzen_zijn_duidelijke_fouten():
    c = Client(maak_app(ROOT, Grenzen(max_body=100, max_batch_body=10_000, max_batch=3)))
    data = _problem(c.post("/beslis", json={"casus": CASUS}), 413)
    assert "100 bytes" in data["detail"]
    data = _problem(c.post("/beslis/batch", content="{}\n" * 4, headers={"content-type": "application/x-ndjson"}), 413)
    assert "4 casussen" in data["detail"] and "maximum is 3" in data["detail"]
    _problem(c.post("/beslis/batch", content="{}\n" * 5000, headers={"content-type": "application/x-ndjson"}), 413)
    data = _problem(c.post("/beslis/batch?peildatum=gisteren&x=1", content="{}\n",
                           headers={"content-type": "application/x-ndjson"}), 422)
    assert set(data["fouten"]) == {"peildatum", "x"}


def test_regelsets_en_tabellen(client):
    lijst = client.get("/regelsets").json()
    assert [r["naam"] for r in lijst] == ["thuisondersteuning"]
    rs = client.get("/regelsets/thuisondersteuning").json()
    velden = {v["naam"]: v for v in rs["invoer"]}
    assert velden["leveringsvorm"]["waarden"][0]["waarde"] == "ZIN"
    assert velden["via netwerk"]["oordeel_swt"] is True and velden["via netwerk"]["omschrijving"]
    tabel = client.get(rs["tabellen"][0]["adres"]).json()
    assert tabel["rijen"] and tabel["rijen"][0]["bron"]
    zwaarte = client.get("/regelsets/thuisondersteuning/tabellen/zwaarte").json()
    assert [r["uitkomsten"][0] for r in zwaarte["rijen"]] == ["-", "onbekend", "A", "B", "C"]  # "-": afwijzing, geen zwaarte
    _problem(client.get("/regelsets/thuisondersteuning/tabellen/bestaat-niet"), 404)
    _problem(client.get("/regelsets/bestaat-niet"), 404)


def test_openapi_uit_de_regels(client):
    doc = client.get("/openapi.json").json()
    assert doc == json.loads((ROOT / "generated" / "openapi.json").read_text(encoding="utf-8"))
    assert doc["openapi"] == "3.1.0"
    casus = doc["components"]["schemas"]["CasusThuisondersteuning"]
    assert casus["properties"]["leveringsvorm"]["enum"] == ["ZIN", "PGB"]
    assert casus["properties"]["leeftijd"]["minimum"] == 0 and casus["properties"]["leeftijd"]["maximum"] == 130
    assert "Oordeel van het SWT" in casus["properties"]["via netwerk"]["description"]
    assert "leveringsvorm" in casus["required"] and "doelgroep" not in casus["required"]


# -- A real server on loopback

def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_echte_server_op_loopback():
    port = _vrije_poort()
    server = uvicorn.Server(uvicorn.Config(maak_app(ROOT), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(200):
            if server.started:
                break
            time.sleep(0.025)
        assert server.started
        basis = f"http://127.0.0.1:{port}"
        req = urllib.request.Request(basis + "/beslis", data=json.dumps({"casus": CASUS}).encode(),
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as r:
            data = json.loads(r.read())
        assert data["uitkomst"]["besluit"] and data["ontvangstbewijs"]["stappen"]
        body = "\n".join([json.dumps(CASUS)] * 450).encode()  # more than one streamed chunk
        req = urllib.request.Request(basis + "/beslis/batch", data=body,
                                     headers={"Content-Type": "application/x-ndjson"})
        with urllib.request.urlopen(req, timeout=10) as r:
            assert r.headers.get("Transfer-Encoding") == "chunked"
            lines = r.read().decode().splitlines()
        assert [json.loads(line)["regel"] for line in lines] == list(range(1, 451))
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(urllib.request.Request(basis + "/beslis", data=b"{", headers={
                "Content-Type": "application/json"}), timeout=10)
        assert e.value.code == 400 and e.value.headers["Content-Type"] == "application/problem+json"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_curl_voorbeeld_uit_de_readme_werkt(client):
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"curl -s http://127\.0\.0\.1:8000/beslis -H 'Content-Type: application/json' -d '(.*?)'\n```",
                  readme, re.S)
    assert m, "de README heeft het curl-voorbeeld voor /beslis"
    r = client.post("/beslis", content=m.group(1).encode(), headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    assert r.json()["ontvangstbewijs"]["peildatum"] == "2025-01-01"


def test_onbruikbare_json_is_een_fout_geen_crash(client, tmp_path, capsys):
    # Nesting past the recursion limit, and an integer of more than 4300 digits: json.loads raises
    # something else than JSONDecodeError for these; they are bad input all the same.
    diep, lang = b"[" * 50_000, b'{"leeftijd": ' + b"1" * 5000 + b"}"
    for body, reden in ((diep, "te diep genest"), (b'{"casus": ' + lang + b"}", "te veel cijfers")):
        data = _problem(client.post("/beslis", content=body, headers={"content-type": "application/json"}), 400)
        assert reden in data["detail"]
    r = client.post("/beslis/batch", content=diep + b"\n" + lang + b"\n" + json.dumps(CASUS).encode(),
                    headers={"content-type": "application/x-ndjson"})
    uit = [json.loads(line) for line in r.text.splitlines()]
    assert [(u["regel"], u["status"]) for u in uit] == [(1, "fout"), (2, "fout"), (3, "ok")]
    pad = tmp_path / "lang.json"
    pad.write_bytes(lang)
    assert main(["--project", str(ROOT), "beslis", str(pad)]) == 1
    assert "een getal heeft te veel cijfers" in capsys.readouterr().err
