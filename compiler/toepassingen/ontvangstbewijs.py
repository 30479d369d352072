"""The receipt (ontvangstbewijs) of one decision, and re-running it against the current rules.

Input: a checked Model, the project (for the hashes of regels/ and regels/bron/), the case as it came in,
the peildatum and the Resultaat. Output: a JSON-ready dict with the fields issue 12 defines:
  regelset {naam, slug, geldig {vanaf, tot}, versie {vanaf, tot}}, peildatum,
  hash {regels, bron} (sha256 over path and content of every file), casus, uitkomst,
  stappen [{tabel, rij, plaats (file:line), bron [...]}].
`herbereken` decides the stored case again (same peildatum unless told otherwise) and says whether, and
why, the outcome would now differ. One module, so the API's receipt and this one stay the same thing.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compiler import ast
from compiler.midden import tijd
from compiler.semantiek.interpreter import Interpreter, geldigheid
from compiler.semantiek.runtime import lees_peildatum, naar_json, tekst

SOORT = "ontvangstbewijs"
VERSIE = 1


def _hash(files: list[Path], root: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return "sha256:" + h.hexdigest()


def hashes(project) -> dict[str, str]:
    regels = [f for f in project.regels.rglob("*.regels") if "bron" not in f.relative_to(project.regels).parts[:1]]
    bron = [f for f in (project.regels / "bron").rglob("*") if f.is_file()] if (project.regels / "bron").is_dir() \
        else []
    return {"regels": _hash(regels, project.root), "bron": _hash(bron, project.root)}


def versie(model, peildatum: datetime.date) -> dict[str, str | None]:
    """The period around the peildatum in which no rule of this regelset changes."""
    g = geldigheid(model)
    days = tijd.grenzen(model.regelset)
    lo = max((d for d in days if d <= peildatum), default=g.vanaf)
    hi = min((d for d in days if d > peildatum), default=g.tot)
    return {"vanaf": lo.isoformat() if lo else None, "tot": hi.isoformat() if hi else None}


def _rows(model) -> dict[tuple[str, int], ast.Row]:
    return {(t.name, row.number): row for t in model.tables() for row in t.rows}


def bouw(model, project, casus: dict, peildatum: Any, resultaat, hash_: dict[str, str] | None = None) -> dict:
    """The receipt for one decision. `casus` is the case as received (its own peildatum field is dropped)."""
    dag = lees_peildatum(peildatum)
    rows = _rows(model)

    def plaats(r) -> str:
        row = rows.get((r.tabel, r.rij))
        return f"{row.span.file}:{row.span.line}" if row is not None else ""

    return _bewijs(geldigheid(model), model.regelset.slug, versie(model, dag), dag, hash_ or hashes(project), casus,
                   {n: naar_json(resultaat.waarden[n]) for n in model.output_names}, resultaat.beslissingen, plaats)


def bouw_uit_module(mod, slug: str, posities: dict[tuple[str, int], str], project, casus: dict, peildatum: Any,
                    resultaat) -> dict:
    """The same receipt from the generated module alone (`regels beslis` without parsing regels/), for rules in
    which no row depends on the peildatum (then the version is the regelset's whole validity).
    `posities`: (tabel, rij) → "bestand:regel" from the generated description."""
    g = mod.GELDIGHEID
    dag = lees_peildatum(peildatum)
    geldig = {"vanaf": g.vanaf.isoformat() if g.vanaf else None, "tot": g.tot.isoformat() if g.tot else None}
    waarden = resultaat.waarden()
    return _bewijs(g, slug, geldig, dag, hashes(project), casus, {n: naar_json(waarden[n]) for n in mod.UITVOER},
                   resultaat.beslissingen, lambda r: posities.get((r.tabel, r.rij), ""))


def _bewijs(g, slug: str, versie_: dict, dag: datetime.date, hash_: dict, casus: dict, uitkomst: dict,
            beslissingen, plaats) -> dict:
    stappen = [{"tabel": r.tabel, "rij": r.rij, "plaats": plaats(r), "bron": list(r.bron)}
               for b in beslissingen for r in b.regels]
    return {
        "soort": SOORT, "versie": VERSIE,
        "regelset": {
            "naam": g.regelset, "slug": slug,
            "geldig": {"vanaf": g.vanaf.isoformat() if g.vanaf else None, "tot": g.tot.isoformat() if g.tot else None},
            "versie": versie_,
        },
        "peildatum": dag.isoformat(),
        "hash": hash_,
        "casus": {k: v for k, v in casus.items() if k != "peildatum"} if isinstance(casus, dict) else casus,
        "uitkomst": uitkomst,
        "stappen": stappen,
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
    return str(v)


def _stap(stappen: list) -> str:
    if not stappen:
        return "geen rij"
    return "; ".join(f"rij {s['rij']} ({s['plaats']}, {', '.join(s['bron']) or 'geen bron'})" for s in stappen)


class OngeldigBewijs(ValueError):
    """A file that is no receipt of ours: say what is wrong, decide nothing."""


def herbereken(model, project, bewijs: Any, peildatum: Any = None) -> Herberekening:
    if not isinstance(bewijs, dict) or bewijs.get("soort") != SOORT:
        raise OngeldigBewijs("dit is geen ontvangstbewijs (het veld \"soort\" is niet \"ontvangstbewijs\")")
    for key in ("peildatum", "casus", "uitkomst", "stappen", "hash", "regelset"):
        if key not in bewijs:
            raise OngeldigBewijs(f"het ontvangstbewijs mist het veld \"{key}\"")
    dag = lees_peildatum(peildatum if peildatum is not None else bewijs["peildatum"])
    interpreter = Interpreter(model)
    resultaat = interpreter.evaluate(interpreter.read_case(bewijs["casus"], dag))
    nieuw = bouw(model, project, bewijs["casus"], dag, resultaat)
    h = Herberekening(bewijs, nieuw)
    if peildatum is not None and dag.isoformat() != bewijs["peildatum"]:
        h.redenen.append(f"Herberekend op een andere peildatum: {tekst(dag)} in plaats van "
                         f"{tekst(lees_peildatum(bewijs['peildatum']))}.")
    if bewijs["hash"].get("regels") != nieuw["hash"]["regels"]:
        h.redenen.append("De regels zijn veranderd sinds dit besluit (andere hash van regels/).")
    else:
        h.redenen.append("De regels zijn niet veranderd sinds dit besluit.")
    if bewijs["hash"].get("bron") != nieuw["hash"]["bron"]:
        h.redenen.append("De brontekst is veranderd sinds dit besluit (andere hash van regels/bron/).")
    if bewijs["regelset"].get("versie") != nieuw["regelset"]["versie"]:
        v = nieuw["regelset"]["versie"]
        h.redenen.append(f"Op deze peildatum gelden nu regels {tijd.Periode(_d(v['vanaf']), _d(v['tot']))}.")
    old = bewijs["uitkomst"]
    h.verschillen = [(n, old.get(n), w) for n, w in nieuw["uitkomst"].items() if old.get(n) != w]
    if h.verschillen:
        per = lambda stappen: {s["tabel"]: [x for x in stappen if x["tabel"] == s["tabel"]] for s in stappen}
        was, wordt = per(bewijs["stappen"]), per(nieuw["stappen"])
        for tabel in dict.fromkeys([*was, *wordt]):
            a, b = was.get(tabel, []), wordt.get(tabel, [])
            if [(x["rij"], x["plaats"]) for x in a] != [(x["rij"], x["plaats"]) for x in b]:
                h.stappen.append((tabel, a, b))
    return h


def _d(text: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None
