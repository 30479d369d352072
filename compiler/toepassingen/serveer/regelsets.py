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

from compiler.semantiek.runtime import vandaag
from compiler.toepassingen import ontvangstbewijs

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december")
AANVRAAG_VELDEN = ("casus", "peildatum", "regelset", "uitleg", "motivering", "waarom_niet")


@dataclass(frozen=True)
class Opties:
    """What a POST /beslis asks besides the decision: the same as `regels beslis --uitleg`,
    `--motivering` and `--waarom-niet UITKOMST`."""

    uitleg: bool = False
    motivering: bool = False
    waarom_niet: str | None = None

    @property
    def regels_nodig(self) -> bool:
        """motivering and waarom-niet need the rules themselves (toelichting.py), not only generated/."""
        return self.motivering or self.waarom_niet is not None


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
    """One regelset as served: the generated module, its description, and what its receipts need."""

    def __init__(self, beschrijving: dict, module: Any):
        self.beschrijving = beschrijving
        self.module = module
        self.naam: str = beschrijving["naam"]
        # [vanaf, tot) as the generated module holds it (runtime.Geldigheid): the one meaning of `tot`.
        self.geldigheid = module.GELDIGHEID
        self.tabellen = {t["naam"]: t for t in beschrijving["tabellen"]}
        self.bewijsbron = ontvangstbewijs.Bewijsbron(beschrijving)

    def samenvatting(self) -> dict:
        b = self.beschrijving
        return {"naam": self.naam, "regelset": b["regelset"], "document": b["document"],
                "geldig": {"vanaf": b["geldig"].get("vanaf"), "tot": b["geldig"].get("tot")},
                "bronnen": {k: b["bronnen"][k] for k in ("regels", "brontekst")},
                "tabellen": [t["naam"] for t in b["tabellen"]]}

    # -- the peildatum

    def controleer_peildatum(self, peildatum: datetime.date) -> None:
        """A date outside the regelset's validity is not a field error: these rules did not apply then."""
        g = self.geldigheid
        if g.bevat(peildatum):
            return
        b = self.beschrijving
        document = b["document"] or b["regelset"]
        periode = g.periode() + (f" (de laatste dag is {datum_tekst(g.tot - datetime.timedelta(days=1))})"
                                 if g.tot else " (zonder einddatum)")
        extra = {"peildatum": peildatum.isoformat(),
                 "geldig": {"vanaf": b["geldig"].get("vanaf"), "tot": b["geldig"].get("tot")}}
        if g.vanaf is not None and peildatum < g.vanaf:
            detail = (f"Op {datum_tekst(peildatum)} gold de {document} nog niet: deze regels gelden {periode.strip()}. "
                      "Er is niets beslist.")
            if b.get("voorganger"):
                v = b["voorganger"][0]
                detail += (f" Wat daarvoor gold, zegt de beleidsregel zelf ({v['paragraaf']}): “{v['citaat']}” "
                           f"Een aanvraag van vóór {datum_tekst(g.vanaf)} valt onder die eerdere regels.")
                extra["voorganger"] = b["voorganger"]
            raise Probleem(422, "peildatum-voor-geldigheid", "Deze regels golden op de peildatum nog niet", detail,
                           extra=extra)
        raise Probleem(422, "peildatum-na-geldigheid", "Deze regels gelden op de peildatum niet meer",
                       f"Op {datum_tekst(peildatum)} gold de {document} niet meer: deze regels gelden "
                       f"{periode.strip()}. Er is niets beslist.", extra=extra)

    # -- a decision

    def beslis(self, casus: Any, peildatum: datetime.date, gekozen: str, uitleg: bool = False) -> dict:
        """The decision as `regels beslis --json` gives it, with the receipt (ontvangstbewijs.bouw, the one
        that `regels beslis --json` and `regels herbereken` use); OngeldigeInvoer or GeenBeslissing of the
        generated module for a case that cannot be decided."""
        mod = self.module
        data = mod.beslis_json(casus, peildatum)  # the rules in force on the peildatum (issue 12)
        if uitleg:
            invoer = mod.lees_invoer(mod.met_peildatum(casus, peildatum, mod.GELDIGHEID))
            data["uitleg"] = mod.uitleg(invoer, mod.beslis(invoer))
        data["ontvangstbewijs"] = ontvangstbewijs.bouw(self.bewijsbron, data, casus, peildatum, gekozen)
        return data

    def beslis_tekst(self, casus: Any, peildatum: datetime.date, gekozen: str, uitleg: bool = False,
                     voor: str = "") -> str:
        """beslis() as compact JSON text, `voor` (fields as JSON text) first: a line of the batch."""
        tekst = json.dumps(self.beslis(casus, peildatum, gekozen, uitleg), ensure_ascii=False, separators=(",", ":"))
        return "{" + voor + tekst[1:]


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


def lees_aanvraag(regelsets: dict[str, Regelset], aanvraag: Any) -> tuple[Regelset, Any, datetime.date, str, Opties]:
    """A POST /beslis body: {"casus": {...}, "peildatum"?, "regelset"?, "uitleg"?, "motivering"?,
    "waarom_niet"?}; every bad part named."""
    if not isinstance(aanvraag, dict):
        raise Probleem(400, "verkeerde-vorm", "De aanvraag heeft een verkeerde vorm",
                       "Verwacht een JSON-object met ‘casus’ (de invoervelden) en eventueel ‘peildatum’, "
                       "‘regelset’, ‘uitleg’, ‘motivering’ en ‘waarom_niet’.")
    fouten: dict[str, str] = {}
    for naam in aanvraag:
        if naam not in AANVRAAG_VELDEN:
            fouten[naam] = "onbekend veld in de aanvraag; de invoervelden horen onder ‘casus’"
    if "casus" not in aanvraag:
        fouten["casus"] = "ontbreekt (dit veld is verplicht): een JSON-object met de invoervelden"
    for naam in ("uitleg", "motivering"):
        if not isinstance(aanvraag.get(naam, False), bool):
            fouten[naam] = f"verwacht ja of nee (true/false), kreeg {aanvraag[naam]!r}"
    waarom_niet = aanvraag.get("waarom_niet")
    if waarom_niet is not None and (not isinstance(waarom_niet, str) or not waarom_niet.strip()):
        fouten["waarom_niet"] = f"verwacht de uitkomst die u had willen zien, als tekst, kreeg {waarom_niet!r}"
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
    opties = Opties(aanvraag.get("uitleg") is True, aanvraag.get("motivering") is True, waarom_niet)
    return regelset, aanvraag["casus"], peildatum, gekozen, opties


def beslis_aanvraag(regelsets: dict[str, Regelset], aanvraag: Any, toelichting=None) -> str:
    """A POST /beslis body → the decision with its receipt, as JSON text; a Probleem when not.
    `toelichting` (toelichting.Toelichting) adds the motivering and the waarom-niet when asked."""
    regelset, casus, peildatum, gekozen, opties = lees_aanvraag(regelsets, aanvraag)
    try:
        return beslis_met_toelichting(regelset, casus, peildatum, gekozen, opties, toelichting)
    except regelset.module.OngeldigeInvoer as e:
        raise ongeldige_casus(e.fouten) from None
    except regelset.module.GeenBeslissing as e:
        raise Probleem(422, "geen-beslissing", "Geen beslissing mogelijk", f"{e}. Er is niets beslist.") from None


def beslis_met_toelichting(regelset: Regelset, casus: Any, peildatum: datetime.date, gekozen: str, opties: Opties,
                           toelichting=None) -> str:
    """One case with what `opties` ask, as JSON text (the receipt last); OngeldigeInvoer or
    GeenBeslissing of the module, a Probleem when the motivering or waarom-niet cannot be made."""
    data = regelset.beslis(casus, peildatum, gekozen, opties.uitleg)
    if opties.regels_nodig:
        if toelichting is None:
            raise Probleem(501, "niet-beschikbaar", "Motivering en waarom-niet zijn hier niet beschikbaar",
                           "Deze dienst heeft de regels zelf niet geladen; er is niets beslist.")
        bewijs = data.pop("ontvangstbewijs")   # the receipt stays last
        data.update(toelichting.vul_aan(regelset, casus, peildatum, opties))
        data["ontvangstbewijs"] = bewijs
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
