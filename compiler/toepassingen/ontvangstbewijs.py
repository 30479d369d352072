"""The receipt (ontvangstbewijs) of one decision, and re-running it against the current rules.

Input: the description of a regelset (generated/<module>.regelset.json, or the same dict made from the
Model by compiler/backends/openapi/document.py), the decision's JSON (regelset, uitkomst, beslissingen),
the case as it came in and the peildatum. Output: one JSON-ready dict, the same from every interface —
`regels beslis --json` (interpreter or generated module), `POST /beslis` and `/beslis/batch`:

  soort, versie,
  regelset {naam, slug, document, geldig {vanaf, tot}, versie {vanaf, tot}},   tot: the first day it no longer applies
  peildatum, peildatum_gekozen (gegeven | casus | vandaag),
  hash {regels, bron, bestanden}   (sha256 over path and content of the regelset's .regels files and regels/bron/),
  module, casus, uitkomst,
  stappen [{tabel, rij, rij_id, plaats (bestand:regel:kolom), bron [{paragraaf, anker, document}]}], one per fired row.

`bouw` is the one function that makes it; `herbereken` decides the stored case again (same peildatum
unless told otherwise) and says whether, and why, the outcome would now differ. Standard library only
at import: the API and the quick `regels beslis` read the description, never the rules.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from compiler.semantiek.runtime import lees_peildatum, periode_tekst, tekst

SOORT = "ontvangstbewijs"
VERSIE = 2
GEKOZEN = ("gegeven", "casus", "vandaag")   # where the peildatum came from


def _datum(text: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None


class Bewijsbron:
    """What a receipt needs of one regelset, read once from its description: the regelset, its validity and
    the days inside it on which a rule changes, the hashes of its sources, and per (tabel, rij) the step."""

    def __init__(self, beschrijving: dict):
        b = beschrijving
        geldig = b["geldig"]
        self.slug: str = b["naam"]
        self.regelset = {"naam": b["regelset"], "slug": b["naam"], "document": b.get("document"),
                         "geldig": {"vanaf": geldig.get("vanaf"), "tot": geldig.get("tot")}}
        self.vanaf, self.tot = _datum(geldig.get("vanaf")), _datum(geldig.get("tot"))
        self.grenzen = [datetime.date.fromisoformat(d) for d in geldig.get("grenzen", [])]
        bronnen = b["bronnen"]
        self.hash = {"regels": bronnen["regels"], "bron": bronnen.get("brontekst"),
                     "bestanden": list(bronnen.get("bestanden", []))}
        self.module: str = b.get("module", "")
        self._stappen = {
            (t["naam"], r["rij"]): {
                "tabel": t["naam"], "rij": r["rij"], "rij_id": r["id"],
                "plaats": f'{r["positie"]["bestand"]}:{r["positie"]["regel"]}:{r["positie"]["kolom"]}',
                "bron": r["bron"]}
            for t in b["tabellen"] for r in t["rijen"]}

    @classmethod
    def uit_model(cls, model, project) -> Bewijsbron:
        """The same description `regels bouw` writes to generated/, made from the rules as they are now."""
        from compiler.backends.openapi.document import beschrijving, module_naam

        return cls(beschrijving(model, project, module_naam(model)))

    def versie(self, peildatum: datetime.date) -> dict[str, str | None]:
        """The period around the peildatum in which no rule of this regelset changes."""
        lo = max((d for d in self.grenzen if d <= peildatum), default=self.vanaf)
        hi = min((d for d in self.grenzen if d > peildatum), default=self.tot)
        return {"vanaf": lo.isoformat() if lo else None, "tot": hi.isoformat() if hi else None}

    def stap(self, tabel: str, rij: int) -> dict:
        s = self._stappen[(tabel, rij)]
        return {**s, "bron": [dict(x) for x in s["bron"]]}


def bouw(bron: Bewijsbron, beslissing: dict, casus: Any, peildatum: Any, gekozen: str = "gegeven") -> dict:
    """The receipt of one decision. `beslissing`: its JSON (resultaat_json: uitkomst and per table the rows
    that fired); `casus`: the case as received (its own field peildatum is left out: that is `peildatum`)."""
    dag = lees_peildatum(peildatum)
    return {
        "soort": SOORT, "versie": VERSIE,
        "regelset": {**bron.regelset, "versie": bron.versie(dag)},
        "peildatum": dag.isoformat(), "peildatum_gekozen": gekozen,
        "hash": {**bron.hash, "bestanden": list(bron.hash["bestanden"])},
        "module": bron.module,
        "casus": {k: v for k, v in casus.items() if k != "peildatum"} if isinstance(casus, dict) else casus,
        "uitkomst": beslissing["uitkomst"],
        "stappen": [bron.stap(b["tabel"], r) for b in beslissing["beslissingen"] for r in b["rijen"]],
    }


# -- herbereken

@dataclass
class Herberekening:
    bewijs: dict
    nieuw: dict
    verschillen: list[tuple[str, Any, Any]] = field(default_factory=list)   # (uitkomst, was, wordt)
    stappen: list[tuple[str, list, list]] = field(default_factory=list)      # (tabel, was, wordt)
    redenen: list[str] = field(default_factory=list)

    @property
    def gelijk(self) -> bool:
        return not self.verschillen

    def tekst(self) -> str:
        b = self.bewijs
        kop = (f"Herberekening van een besluit over “{b['regelset']['naam']}” op peildatum "
               f"{tekst(lees_peildatum(b['peildatum']))}.")
        lines = [kop]
        lines += [f"- {r}" for r in self.redenen]
        if self.gelijk:
            lines.append("De uitkomst is met de huidige regels dezelfde.")
        else:
            lines.append("Met de huidige regels wordt de uitkomst anders:")
            lines += [f"  {n}: was {_t(old)}, wordt {_t(new)}" for n, old, new in self.verschillen]
            if self.stappen:
                lines.append("Waarom: deze stappen gaan nu anders.")
                for tabel, was, wordt in self.stappen:
                    lines.append(f"  {tabel}: was {_stap(was)}; nu {_stap(wordt)}")
        return "\n".join(lines) + "\n"

    def to_json(self) -> dict:
        return {"gelijk": self.gelijk, "redenen": self.redenen,
                "verschillen": [{"uitkomst": n, "was": o, "wordt": w} for n, o, w in self.verschillen],
                "stappen": [{"tabel": t, "was": o, "wordt": w} for t, o, w in self.stappen],
                "ontvangstbewijs": self.nieuw}


def _t(v: Any) -> str:
    if v is None:
        return "onbekend"
    if isinstance(v, list):
        return ", ".join(map(str, v)) or "geen"
    if isinstance(v, bool):
        return "ja" if v else "nee"
    if isinstance(v, dict) and set(v) == {"maanden"}:
        return f"{v['maanden']} maanden"
    return str(v)


def _bron_tekst(bron: list) -> str:
    return ", ".join(str(x.get("paragraaf") or x.get("anker")) if isinstance(x, dict) else str(x) for x in bron)


def _stap(stappen: list) -> str:
    if not stappen:
        return "geen rij"
    return "; ".join(f"rij {s['rij']} ({s['plaats']}, {_bron_tekst(s['bron']) or 'geen bron'})" for s in stappen)


class OngeldigBewijs(ValueError):
    """A file that is no receipt of ours: say what is wrong, decide nothing."""


def herbereken(model, project, bewijs: Any, peildatum: Any = None, bron: Bewijsbron | None = None) -> Herberekening:
    """Decide the receipt's case again with the rules of `model` (the reference interpreter: these are
    the rules as they are now, built or not). `bron`: the model's Bewijsbron, when already made."""
    from compiler.semantiek.interpreter import Interpreter

    if not isinstance(bewijs, dict) or bewijs.get("soort") != SOORT:
        raise OngeldigBewijs("dit is geen ontvangstbewijs (het veld \"soort\" is niet \"ontvangstbewijs\")")
    for key in ("peildatum", "casus", "uitkomst", "stappen", "hash", "regelset"):
        if key not in bewijs:
            raise OngeldigBewijs(f"het ontvangstbewijs mist het veld \"{key}\"")
    if not isinstance(bewijs["hash"], dict) or not isinstance(bewijs["regelset"], dict) \
            or not isinstance(bewijs["uitkomst"], dict) or not isinstance(bewijs["stappen"], list):
        raise OngeldigBewijs("het ontvangstbewijs heeft een verkeerde vorm (hash, regelset, uitkomst of stappen)")
    dag = lees_peildatum(peildatum if peildatum is not None else bewijs["peildatum"])
    bron = bron or Bewijsbron.uit_model(model, project)
    interpreter = Interpreter(model)
    resultaat = interpreter.evaluate(interpreter.read_case(bewijs["casus"], dag))
    nieuw = bouw(bron, resultaat.to_json(model), bewijs["casus"], dag,
                 "gegeven" if peildatum is not None else bewijs.get("peildatum_gekozen", "gegeven"))
    h = Herberekening(bewijs, nieuw)
    if peildatum is not None and dag.isoformat() != bewijs["peildatum"]:
        h.redenen.append(f"Herberekend op een andere peildatum: {tekst(dag)} in plaats van "
                         f"{tekst(lees_peildatum(bewijs['peildatum']))}.")
    if bewijs["hash"].get("regels") != nieuw["hash"]["regels"]:
        h.redenen.append("De regels zijn veranderd sinds dit besluit (andere hash van de .regels-bestanden).")
    else:
        h.redenen.append("De regels zijn niet veranderd sinds dit besluit.")
    if bewijs["hash"].get("bron") != nieuw["hash"]["bron"]:
        h.redenen.append("De brontekst is veranderd sinds dit besluit (andere hash van regels/bron/).")
    if bewijs["regelset"].get("versie") != nieuw["regelset"]["versie"]:
        v = nieuw["regelset"]["versie"]
        h.redenen.append(f"Op deze peildatum gelden nu regels {periode_tekst(_datum(v['vanaf']), _datum(v['tot']))}.")
    old, new = bewijs["uitkomst"], nieuw["uitkomst"]
    h.verschillen = [(n, old.get(n), new.get(n)) for n in dict.fromkeys([*new, *old]) if old.get(n) != new.get(n)]
    if h.verschillen:
        per = lambda stappen: {s["tabel"]: [x for x in stappen if x["tabel"] == s["tabel"]] for s in stappen}
        was, wordt = per(bewijs["stappen"]), per(nieuw["stappen"])
        for tabel in dict.fromkeys([*was, *wordt]):
            a, b = was.get(tabel, []), wordt.get(tabel, [])
            if [(x.get("rij"), x.get("plaats")) for x in a] != [(x["rij"], x["plaats"]) for x in b]:
                h.stappen.append((tabel, a, b))
    return h
