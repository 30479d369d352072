"""A synthetic population of cases from a model's input domains: for benchmarks and `regels vergelijk`.

Model (+ seed, size) → rows of JSON-shaped cases, and the assumptions they were drawn under.
SYNTHETISCH: no real client is in it. Every field is drawn on its own (no correlations) from
a stated distribution: the project's assumption for the field (regels/populatie.yml), else a default
per type. A drawn case that fails the rules' `controles` is drawn again (up to 50 times), so
the population is conditioned on being valid input; how often that happened is reported.
"""

from __future__ import annotations

import csv
import datetime
import json
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable, Iterator, TextIO

from compiler.errors import suggest
from compiler.toepassingen.casussen import candidate_values
from compiler.midden.model import Model
from compiler.semantiek.runtime import Duur, naar_json

ONBEKEND = 0.10  # chance that an optional field is onbekend, unless an assumption says otherwise
POGINGEN = 50
STANDAARD_AANTAL = 1000  # when the project's populatie.yml names no size

# The assumptions are the project's (regels/populatie.yml, see compiler.projectdata), per input name:
#   {"gewichten": {value: weight}}        for keuze, janee (ja/nee), getal
#   {"kans": p} or {"kans": {member: p}}   for a verzameling: each member in with chance p
#   {"banden": [(lo, hi, weight), ...]}    for a getal: uniform within a band
#   {"onbekend": p}                        for an optional field
# A field without an assumption gets a default per type.


@dataclass(frozen=True)
class Aannames:
    """A project's population data: the default size, where it comes from, the assumptions per input."""

    aantal: int = STANDAARD_AANTAL
    maat: str = ""
    per_veld: dict[str, dict[str, Any]] = field(default_factory=dict)


def aannames_van(data: dict[str, Any]) -> Aannames:
    """regels/populatie.yml (as read by compiler.projectdata) → Aannames."""
    per_veld = data.get("aannames") or {}
    aantal = data.get("aantal", STANDAARD_AANTAL)
    if not isinstance(per_veld, dict) or not all(isinstance(v, dict) for v in per_veld.values()):
        raise ValueError("populatie.yml: `aannames` moet per invoer een lijst van sleutels en waarden zijn")
    if not isinstance(aantal, int) or isinstance(aantal, bool) or aantal < 0:
        raise ValueError("populatie.yml: `aantal` moet een geheel getal van 0 of meer zijn")
    return Aannames(aantal, str(data.get("maat") or ""), {str(k): v for k, v in per_veld.items()})


Trekking = Callable[[random.Random], Any]


@dataclass
class Veld:
    naam: str
    trek: Trekking
    aanname: str  # in words, for the header


def _weighted(values: list[Any], weights: list[float]) -> Trekking:
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)

    def trek(rng: random.Random) -> Any:
        return rng.choices(values, cum_weights=cum)[0]
    return trek


def _pct(weights: dict[Any, float]) -> str:
    total = sum(weights.values()) or 1
    return ", ".join(f"{_tekst(v)} {w / total:.0%}" for v, w in weights.items())


def _tekst(v: Any) -> str:
    if v is True:
        return "ja"
    if v is False:
        return "nee"
    return str(v)


def velden(model: Model, aannames: dict[str, dict[str, Any]] | None = None) -> list[Veld]:
    """One drawing rule per input field, with the assumption it stands for in words."""
    aannames = aannames or {}
    controleer(model, aannames)
    kandidaten = candidate_values(model)
    out = []
    for d in model.regelset.invoer:
        t, a = d.type, _janee(d.type.kind, aannames.get(d.name, {}))
        names = list(model.enums[t.enum].names) if t.enum in model.enums else []
        trek, tekst = _field(d, t, a, names, [v for v in kandidaten[d.name] if v is not None])
        if d.optional:
            p = a.get("onbekend", ONBEKEND)
            trek, tekst = _optional(trek, p), f"{tekst}; onbekend {p:.0%}"
        out.append(Veld(d.name, trek, tekst + ("" if a else " (standaard voor dit type)")))
    return out


def controleer(model: Model, aannames: dict[str, dict[str, Any]]) -> None:
    """An assumption for a name that is no input would be silently ignored: that is an error."""
    namen = [d.name for d in model.regelset.invoer]
    fout = [f"“{k}” is geen invoer van regelset “{model.regelset.header.name}”"
            + (f"; {hint}" if (hint := suggest(k, namen)) else "") for k in aannames if k not in namen]
    if fout:
        raise ValueError("populatie.yml: een aanname hoort bij geen invoer: " + "; ".join(fout))


def _janee(kind: str, a: dict) -> dict:
    """A policy writer writes ja/nee as weights of a ja/nee field; the draw needs True/False."""
    if kind != "janee" or "gewichten" not in a:
        return a
    words = {"ja": True, "nee": False}
    return {**a, "gewichten": {words.get(k, k) if isinstance(k, str) else k: w for k, w in a["gewichten"].items()}}


def _optional(trek: Trekking, p: float) -> Trekking:
    def draw(rng: random.Random) -> Any:
        return None if rng.random() < p else trek(rng)
    return draw


def _field(d, t, a: dict, names: list[str], kandidaten: list[Any]) -> tuple[Trekking, str]:
    k = t.kind
    if k == "verzameling":
        kans = a.get("kans", 0.25)
        per = {n: (kans.get(n, kans.get("_", 0.25)) if isinstance(kans, dict) else kans) for n in names}

        def draw_set(rng: random.Random) -> frozenset:
            return frozenset(n for n in names if rng.random() < per[n])
        uniform = len(set(per.values())) == 1
        return draw_set, (f"elke waarde met kans {next(iter(per.values())):.0%}" if uniform else
                          "elke waarde met kans " + ", ".join(f"{n} {p:.0%}" for n, p in per.items()))
    if "gewichten" in a:
        w = {v: x for v, x in a["gewichten"].items() if k != "keuze" or v in names}
        if w:
            return _weighted(list(w), list(w.values())), _pct(w)
    if k == "getal" and "banden" in a:
        lo = t.lo.value if t.lo else None
        hi = t.hi.value if t.hi else None
        banden = [(max(b_lo, lo) if lo is not None else b_lo, min(b_hi, hi) if hi is not None else b_hi, w)
                  for b_lo, b_hi, w in a["banden"]]
        banden = [b for b in banden if b[0] <= b[1]]
        kies_band = _weighted(banden, [b[2] for b in banden])

        def draw_band(rng: random.Random) -> int:
            b_lo, b_hi, _ = kies_band(rng)
            return rng.randint(b_lo, b_hi)
        return draw_band, "uniform binnen banden: " + ", ".join(f"{b[0]}–{b[1]} {b[2]}%" for b in banden)
    if k == "keuze":
        return _weighted(names, [1] * len(names)), "uniform over " + ", ".join(names)
    if k == "janee":
        return _weighted([True, False], [1, 1]), "ja 50%, nee 50%"
    if k == "getal" and t.lo is not None and t.hi is not None and t.hi.value - t.lo.value <= 200:
        lo, hi = t.lo.value, t.hi.value

        def draw_int(rng: random.Random) -> int:
            return rng.randint(lo, hi)
        return draw_int, f"uniform {lo} t/m {hi}"
    if k == "datum":
        begin = t.lo.value if t.lo else datetime.date(2022, 1, 1)
        dagen = 3 * 365

        def draw_date(rng: random.Random) -> datetime.date:
            return begin + datetime.timedelta(days=rng.randint(0, dagen))
        return draw_date, f"uniform over drie jaar vanaf {begin.isoformat()}"
    if k == "tekst":
        return (lambda rng: ""), "lege tekst"
    if kandidaten:  # getal without a small range, bedrag, duur: the values the rules tell apart
        return _weighted(kandidaten, [1] * len(kandidaten)), \
            "uniform over de grenswaarden van de regels: " + ", ".join(_tekst(v) for v in kandidaten)
    return (lambda rng: None), "altijd onbekend (geen domein bekend)"


@dataclass
class Verslag:
    aantal: int = 0
    opnieuw_getrokken: int = 0
    ongeldig_gebleven: int = 0


def trek(model: Model, aantal: int, zaad: int, geldig: Callable[[dict], bool] | None = None,
         aannames: dict[str, dict[str, Any]] | None = None,
         verslag: Verslag | None = None) -> Iterator[dict[str, Any]]:
    """`aantal` cases as typed values (None = onbekend), the same for the same seed and rules.

    `geldig` (a JSON case → does it pass the controles?) lets a case that fails be drawn again.
    """
    rng = random.Random(zaad)
    regels = velden(model, aannames)
    verslag = verslag if verslag is not None else Verslag()
    for _ in range(aantal):
        for poging in range(POGINGEN):
            case = {v.naam: v.trek(rng) for v in regels}
            if geldig is None or geldig(as_json(case)):
                break
            verslag.opnieuw_getrokken += 1
        else:
            verslag.ongeldig_gebleven += 1
        verslag.aantal += 1
        yield case


def as_json(case: dict[str, Any]) -> dict[str, Any]:
    return {k: naar_json(v) for k, v in case.items() if v is not None}


def kop(model: Model, aantal: int, zaad: int, aannames: dict[str, dict[str, Any]] | None = None,
        maat: str = "") -> list[str]:
    """The assumptions in words: the comment lines at the top of a population file."""
    lines = [
        "SYNTHETISCH — geen echte cliënten. Een getrokken populatie voor benchmarks en `regels vergelijk`.",
        f"regelset: {model.regelset.header.name}; {aantal} casussen; zaad {zaad}" + (f"; {maat}" if maat else ""),
        "Aannames (geschat, niet gemeten); elk veld wordt los getrokken, zonder samenhang tussen velden;",
        f"een casus die een controle van de regels niet haalt wordt opnieuw getrokken (tot {POGINGEN} keer):",
    ]
    lines += [f"  {v.naam}: {v.aanname}" for v in velden(model, aannames)]
    return lines


def _csv_cell(v: Any) -> str:
    if v is None:
        return ""
    if v is True:
        return "ja"
    if v is False:
        return "nee"
    if isinstance(v, frozenset):
        return "; ".join(sorted(v)) if v else "geen"
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, (Decimal, Duur)):
        return str(v)
    return str(v)


def schrijf(model: Model, cases: Iterator[dict[str, Any]], f: TextIO, soort: str, kopregels: list[str]) -> int:
    """Write cases as CSV (assumptions as leading # lines) or JSONL (one case per line)."""
    n = 0
    names = model.input_names
    if soort == "jsonl":
        for case in cases:
            f.write(json.dumps(as_json(case), ensure_ascii=False) + "\n")
            n += 1
        return n
    for line in kopregels:
        f.write(f"# {line}\n")
    w = csv.writer(f, lineterminator="\n")
    w.writerow(names)
    for case in cases:
        w.writerow([_csv_cell(case[name]) for name in names])
        n += 1
    return n
