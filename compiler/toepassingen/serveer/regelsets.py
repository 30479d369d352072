"""The decisions behind `regels serveer`: generated/ (module + .regelset.json) → decisions with a receipt.

Standard library only, and no parser: the server decides with the generated module and reads
everything else (inputs, tables, bron, source hashes) from the .regelset.json that `regels bouw`
wrote beside it. Errors are `Probleem`s, which the web layer turns into RFC 9457 problem+json.
"""

from __future__ import annotations

import datetime
import importlib
import importlib.util
import itertools
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december")
AANVRAAG_VELDEN = ("casus", "peildatum", "regelset", "uitleg")


@dataclass
class Probleem(Exception):
    """An error for the client, as RFC 9457 describes it; `fouten` names every bad field."""

    status: int
    soort: str
    titel: str
    detail: str
    fouten: dict[str, str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def json(self) -> dict:
        data = {"type": f"urn:regels:probleem:{self.soort}", "title": self.titel, "status": self.status,
                "detail": self.detail}
        if self.fouten:
            data["fouten"] = self.fouten
        data.update(self.extra)
        return data


def datum_tekst(d: datetime.date) -> str:
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def vandaag() -> datetime.date:
    """Today where the municipality is; the machine's date when the time zone data is missing."""
    try:
        from zoneinfo import ZoneInfo

        return datetime.datetime.now(ZoneInfo("Europe/Amsterdam")).date()
    except Exception:  # noqa: BLE001 - no tz database (a slim container): the local date
        return datetime.date.today()


def lees_peildatum(ruw: Any) -> datetime.date | None:
    """None when absent; ValueError with the CLI's wording for a date that is not JJJJ-MM-DD."""
    if ruw is None:
        return None
    try:
        if not isinstance(ruw, str):
            raise ValueError
        return datetime.date.fromisoformat(ruw)
    except ValueError:
        raise ValueError(f"verwacht een datum als JJJJ-MM-DD, kreeg {ruw!r}") from None


# -- Loading generated/

_counter = itertools.count()


def _import_generated(folder: Path):
    """generated/ as a package under a fresh name (the project's own `generated` may not be on sys.path)."""
    name = f"_regels_api_{next(_counter)}"
    spec = importlib.util.spec_from_file_location(name, folder / "__init__.py",
                                                  submodule_search_locations=[str(folder)])
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    spec.loader.exec_module(package)
    return name


class Regelset:
    """One regelset as served: the generated module, its description, and per row its receipt entry."""

    def __init__(self, beschrijving: dict, module: Any):
        self.beschrijving = beschrijving
        self.module = module
        self.naam: str = beschrijving["naam"]
        geldig = beschrijving["geldig"]
        self.vanaf = datetime.date.fromisoformat(geldig["vanaf"]) if geldig.get("vanaf") else None
        self.tot = datetime.date.fromisoformat(geldig["tot"]) if geldig.get("tot") else None
        self.tabellen = {t["naam"]: t for t in beschrijving["tabellen"]}
        # Per (tabel, rij): the id, the place in the .regels files and the bron — made once.
        self._rijen = {(t["naam"], r["rij"]): (r["id"], f'{r["positie"]["bestand"]}:{r["positie"]["regel"]}:'
                                                        f'{r["positie"]["kolom"]}', r["bron"])
                       for t in beschrijving["tabellen"] for r in t["rijen"]}
        self._kop = {"regelset": beschrijving["regelset"], "naam": self.naam, "document": beschrijving["document"],
                     "geldig": {"vanaf": geldig.get("vanaf"), "tot": geldig.get("tot")},
                     "bronnen": beschrijving["bronnen"], "module": beschrijving["module"]}
        self._kop_tekst = json.dumps(self._kop, ensure_ascii=False, separators=(",", ":"))[:-1]
        self._stappen: dict[tuple, str] = {}  # (tabel, rijen) → the step of the receipt, as JSON text

    def samenvatting(self) -> dict:
        b = self.beschrijving
        return {"naam": self.naam, "regelset": b["regelset"], "document": b["document"], "geldig": self._kop["geldig"],
                "bronnen": {k: b["bronnen"][k] for k in ("algoritme", "regels", "brontekst")},
                "tabellen": [t["naam"] for t in b["tabellen"]]}

    # -- the peildatum

    def controleer_peildatum(self, peildatum: datetime.date) -> None:
        """A date outside the regelset's validity is not a field error: these rules did not apply then."""
        b = self.beschrijving
        document = b["document"] or b["regelset"]
        periode = (f"van {datum_tekst(self.vanaf)}" if self.vanaf else "") + \
                  (f" tot en met {datum_tekst(self.tot)}" if self.tot else " (zonder einddatum)")
        extra = {"peildatum": peildatum.isoformat(), "geldig": self._kop["geldig"]}
        if self.vanaf is not None and peildatum < self.vanaf:
            detail = (f"Op {datum_tekst(peildatum)} gold de {document} nog niet: deze regels gelden {periode.strip()}. "
                      "Er is niets beslist.")
            if b.get("voorganger"):
                v = b["voorganger"][0]
                detail += (f" Wat daarvoor gold, zegt de beleidsregel zelf ({v['paragraaf']}): “{v['citaat']}” "
                           f"Een aanvraag van vóór {datum_tekst(self.vanaf)} valt onder die eerdere regels.")
                extra["voorganger"] = b["voorganger"]
            raise Probleem(422, "peildatum-voor-geldigheid", "Deze regels golden op de peildatum nog niet", detail,
                           extra=extra)
        if self.tot is not None and peildatum > self.tot:
            raise Probleem(422, "peildatum-na-geldigheid", "Deze regels gelden op de peildatum niet meer",
                           f"Op {datum_tekst(peildatum)} gold de {document} niet meer: deze regels gelden "
                           f"{periode.strip()}. Er is niets beslist.", extra=extra)

    # -- a decision

    def beslis(self, casus: Any, peildatum: datetime.date, gekozen: str, uitleg: bool = False) -> dict:
        """The decision as `regels beslis --json` gives it, with its receipt; OngeldigeInvoer or
        GeenBeslissing of the generated module for a case that cannot be decided."""
        return json.loads(self.beslis_tekst(casus, peildatum, gekozen, uitleg))

    def beslis_tekst(self, casus: Any, peildatum: datetime.date, gekozen: str, uitleg: bool = False,
                     voor: str = "") -> str:
        """beslis() as JSON text, the way the server sends it: the receipt is put together from
        pieces serialised once per row combination (the same few hundred for every case)."""
        mod = self.module
        data = mod.beslis_json(casus, peildatum)  # the rules in force on the peildatum (issue 12)
        if uitleg:
            invoer = mod.lees_invoer(mod.met_peildatum(casus, peildatum, mod.GELDIGHEID))
            data["uitleg"] = mod.uitleg(invoer, mod.beslis(invoer))
        tekst = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return "{" + voor + tekst[1:-1] + ',"ontvangstbewijs":' + \
            self.ontvangstbewijs_tekst(data["beslissingen"], peildatum, gekozen) + "}"

    def ontvangstbewijs(self, beslissingen: list[dict], peildatum: datetime.date, gekozen: str) -> dict:
        return json.loads(self.ontvangstbewijs_tekst(beslissingen, peildatum, gekozen))

    def ontvangstbewijs_tekst(self, beslissingen: list[dict], peildatum: datetime.date, gekozen: str) -> str:
        stappen = self._stappen
        delen = []
        for b in beslissingen:
            sleutel = (b["tabel"], tuple(b["rijen"]))
            deel = stappen.get(sleutel)
            if deel is None:
                deel = stappen[sleutel] = json.dumps(self._stap(*sleutel), ensure_ascii=False, separators=(",", ":"))
            delen.append(deel)
        return (self._kop_tekst + ',"peildatum":"' + peildatum.isoformat() + '","peildatum_gekozen":"' + gekozen
                + '","stappen":[' + ",".join(delen) + "]}")

    def _stap(self, tabel: str, rijen: tuple[int, ...]) -> dict:
        info = [self._rijen[(tabel, r)] for r in rijen]
        bron = {x["anker"]: x for i in info for x in i[2]}
        return {"tabel": tabel, "rijen": list(rijen), "rij_ids": [i[0] for i in info],
                "posities": [i[1] for i in info], "bron": list(bron.values())}


def laad(project_root: Path) -> dict[str, Regelset]:
    """Every regelset that generated/ holds a module and a .regelset.json for."""
    folder = project_root / "generated"
    found: dict[str, Regelset] = {}
    paths = sorted(folder.glob("*.regelset.json"))
    if not paths:
        return found
    package = _import_generated(folder)
    for path in paths:
        beschrijving = json.loads(path.read_text(encoding="utf-8"))
        module = importlib.import_module(f"{package}.{Path(beschrijving['module']).stem}")
        found[beschrijving["naam"]] = Regelset(beschrijving, module)
    return found


# -- Reading a request

def kies_regelset(regelsets: dict[str, Regelset], naam: Any) -> Regelset:
    if naam is None:
        if len(regelsets) == 1:
            return next(iter(regelsets.values()))
        raise Probleem(422, "regelset-kiezen", "Kies een regelset",
                       "Er zijn meer regelsets; noem er één met ‘regelset’: " + ", ".join(regelsets),
                       {"regelset": "ontbreekt; kies uit: " + ", ".join(regelsets)})
    if not isinstance(naam, str) or naam not in regelsets:
        raise Probleem(422, "onbekende-regelset", "Onbekende regelset", f"Regelset {naam!r} bestaat niet.",
                       {"regelset": f"{naam!r} bestaat niet; kies uit: " + ", ".join(regelsets)})
    return regelsets[naam]


def peildatum_of_vandaag(ruw: Any, fouten: dict[str, str]) -> tuple[datetime.date | None, str]:
    try:
        peildatum = lees_peildatum(ruw)
    except ValueError as e:
        fouten["peildatum"] = str(e)
        return None, "gegeven"
    return (peildatum, "gegeven") if peildatum is not None else (vandaag(), "vandaag")


def ongeldige_casus(fouten: dict[str, str]) -> Probleem:
    velden = ", ".join(fouten)
    return Probleem(422, "ongeldige-casus", "De casus is niet volledig of niet juist",
                    f"Er is niets beslist. Fout in: {velden}.", dict(fouten))


def lees_aanvraag(regelsets: dict[str, Regelset], aanvraag: Any) -> tuple[Regelset, Any, datetime.date, str, bool]:
    """A POST /beslis body: {"casus": {...}, "peildatum"?, "regelset"?, "uitleg"?}; every bad part named."""
    if not isinstance(aanvraag, dict):
        raise Probleem(400, "verkeerde-vorm", "De aanvraag heeft een verkeerde vorm",
                       "Verwacht een JSON-object met ‘casus’ (de invoervelden) en eventueel ‘peildatum’, "
                       "‘regelset’ en ‘uitleg’.")
    fouten: dict[str, str] = {}
    for naam in aanvraag:
        if naam not in AANVRAAG_VELDEN:
            fouten[naam] = "onbekend veld in de aanvraag; de invoervelden horen onder ‘casus’"
    if "casus" not in aanvraag:
        fouten["casus"] = "ontbreekt (dit veld is verplicht): een JSON-object met de invoervelden"
    uitleg = aanvraag.get("uitleg", False)
    if not isinstance(uitleg, bool):
        fouten["uitleg"] = f"verwacht ja of nee (true/false), kreeg {uitleg!r}"
    peildatum, gekozen = peildatum_of_vandaag(aanvraag.get("peildatum"), fouten)
    regelset = None
    try:
        regelset = kies_regelset(regelsets, aanvraag.get("regelset"))
    except Probleem as p:
        fouten.update(p.fouten or {})
    if fouten:
        raise Probleem(422, "ongeldige-aanvraag", "De aanvraag is niet volledig of niet juist",
                       "Er is niets beslist. Fout in: " + ", ".join(fouten) + ".", fouten)
    regelset.controleer_peildatum(peildatum)
    return regelset, aanvraag["casus"], peildatum, gekozen, uitleg


def beslis_aanvraag(regelsets: dict[str, Regelset], aanvraag: Any) -> str:
    """A POST /beslis body → the decision with its receipt, as JSON text; a Probleem when not."""
    regelset, casus, peildatum, gekozen, uitleg = lees_aanvraag(regelsets, aanvraag)
    try:
        return regelset.beslis_tekst(casus, peildatum, gekozen, uitleg)
    except regelset.module.OngeldigeInvoer as e:
        raise ongeldige_casus(e.fouten) from None
    except regelset.module.GeenBeslissing as e:
        raise Probleem(422, "geen-beslissing", "Geen beslissing mogelijk", f"{e}. Er is niets beslist.") from None
