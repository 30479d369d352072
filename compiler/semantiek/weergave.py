"""The fast rendering of a decision: the JSON receipt and the uitleg sentences, from values and row numbers.

Input: a generated module's tables (Spoortabel), its fields, outcomes and uitleg templates, once at
import; then per case the outcome values and the row numbers `_beslis` recorded. Output: exactly
what `resultaat_json(…, spoor(…))` and `vul_in` per table give, byte for byte, without building a
Beslissing or a dict of all values per case. Also theirs: an outcome that does not apply is absent
from the JSON, and the uitleg follows the route, without the steps that say nothing (zegt_iets). What depends only on a row (its sorted bron, its
sentence template split at the placeholders, where each placeholder's value lives) is worked out
once here; per case only the values are converted. Standard library only, like the runtime.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Callable, Mapping, Sequence

from compiler.semantiek.runtime import Duur, Spoortabel, naar_json, tekst, zegt_iets


# -- One value: exact types first (one dict lookup), anything else through the runtime's own
# naar_json / tekst, so the result is always theirs. A keuzelijst (an Enum class) is added to the
# lookup the first time one of its members passes: its member's value, as naar_json and tekst give it.

def _json_lijst(waarde: Any) -> list:
    return sorted([json_waarde(v) for v in waarde]) if type(waarde) is frozenset else [json_waarde(v) for v in waarde]


def _waarde_van(lid: Enum) -> Any:
    return lid._value_


_JSON_PER_TYPE: dict[type, Callable[[Any], Any]] = {
    Decimal: str,
    datetime.date: datetime.date.isoformat,
    Duur: lambda d: {"maanden": d.maanden},
    frozenset: _json_lijst,
    tuple: _json_lijst,
}
_JSON_ZELF = frozenset([str, int, bool, type(None)])


def json_waarde(waarde: Any) -> Any:
    """naar_json(waarde), with a shortcut for the common exact types."""
    t = type(waarde)
    if t in _JSON_ZELF:
        return waarde
    omzetten = _JSON_PER_TYPE.get(t)
    if omzetten is not None:
        return omzetten(waarde)
    if isinstance(waarde, Enum):
        _JSON_PER_TYPE[t] = _waarde_van
    return naar_json(waarde)


_VEELVOUDIG = (list, dict)

# zegt_iets for one value, without the two comparisons for the common types: an empty tuple or
# frozenset and None say nothing; a scalar (or a keuzelijst member, added as it passes) always does.
_ZEGT_ALTIJD = {str, int, bool, Decimal, datetime.date, Duur}


def zegt(v: Any) -> bool:
    """zegt_iets([v])"""
    t = type(v)
    if t in _ZEGT_ALTIJD:
        return True
    if t is tuple or t is frozenset:
        return len(v) > 0
    if v is None:
        return False
    if isinstance(v, Enum):
        _ZEGT_ALTIJD.add(t)
    return zegt_iets((v,))


def _kopie(waarde: Any) -> Any:
    """A JSON value that shares no list or dict with another part of the same answer."""
    t = type(waarde)
    if t is list:
        return [_kopie(v) for v in waarde]
    if t is dict:
        return {k: _kopie(v) for k, v in waarde.items()}
    return waarde


def _tekst_set(waarde: frozenset) -> str:
    return ", ".join(sorted([tekst_waarde(v) for v in waarde])) if waarde else "geen"


def _tekst_rij(waarde: tuple) -> str:
    if not waarde:
        return "geen"
    delen = [tekst_waarde(v) for v in waarde]
    # A list of sentences reads as sentences, not as an enumeration (as tekst).
    if all(d.rstrip().endswith((".", "!", "?")) for d in delen):
        return " ".join(delen)
    return ", ".join(delen)


def _tekst_lid(lid: Enum) -> str:
    return str(lid._value_)


_TEKST_PER_TYPE: dict[type, Callable[[Any], str]] = {
    str: str,
    int: str,
    bool: lambda b: "ja" if b else "nee",
    type(None): lambda _: "onbekend",
    frozenset: _tekst_set,
    tuple: _tekst_rij,
    Duur: str,
}


def tekst_waarde(waarde: Any) -> str:
    """tekst(waarde), with a shortcut for the common exact types."""
    omzetten = _TEKST_PER_TYPE.get(type(waarde))
    if omzetten is not None:
        return omzetten(waarde)
    if isinstance(waarde, Enum):
        _TEKST_PER_TYPE[type(waarde)] = _tekst_lid
    return tekst(waarde)


# -- The JSON receipt

class JsonSpoor:
    """resultaat_json for one regelset, from outcome values (in the order of UITVOER) and row numbers."""

    def __init__(self, regelset: str, tabellen: Sequence[Spoortabel], uitvoer: Sequence[str]):
        self.regelset = regelset
        self.uitvoer = tuple(uitvoer)
        positie = {naam: i for i, naam in enumerate(self.uitvoer)}
        # Per table: name, (outcome name, position in UITVOER), per row its sorted bron, and the
        # bron of several rows together, made once per tuple of rows (it depends on nothing else).
        self.tabellen = tuple(
            (t.naam, tuple((n, positie[n]) for n in t.uitvoer),
             tuple(tuple(sorted(set(r.bron))) for r in t.regels), {})
            for t in tabellen)
        # Each outcome belongs to one table, so one copy of its lists and dicts per case keeps the
        # parts of an answer apart; should a name ever be shared, every table gets its own copy.
        namen = [n for t in tabellen for n in t.uitvoer]
        self.disjunct = len(namen) == len(set(namen))
        # Per outcome the positions of every outcome of the tables that give it: when one of those
        # says something, an unknown value of this one is shown (null); otherwise it is left out
        # (resultaat_json). An outcome no table gives has none: unknown, it is left out.
        buren: dict[str, list[int]] = {n: [] for n in self.uitvoer}
        for t in tabellen:
            for n in t.uitvoer:
                buren[n].extend(positie[m] for m in t.uitvoer)
        self.buren = tuple(tuple(dict.fromkeys(buren[n])) for n in self.uitvoer)

    def json(self, uitkomsten: Sequence[Any], rijen: Sequence[Any]) -> dict:
        zelf = _JSON_ZELF
        waarden = [v if type(v) in zelf else json_waarde(v) for v in uitkomsten]
        kopie = [_kopie(w) if type(w) in _VEELVOUDIG else w for w in waarden]
        beslissingen = []
        for (naam, uit, bronnen, samen), r in zip(self.tabellen, rijen):
            if type(r) is int:
                nummers = [r]
                bron = list(bronnen[r - 1])
            elif r is None:
                nummers, bron = [], []
            else:
                nummers = list(r)
                sleutel = tuple(nummers)
                gedeeld = samen.get(sleutel)
                if gedeeld is None:
                    gedeeld = tuple(sorted({x for i in sleutel for x in bronnen[i - 1]}))
                    if len(samen) < _BEWAARD:
                        samen[sleutel] = gedeeld
                bron = list(gedeeld)
            beslissingen.append({
                "tabel": naam,
                "uitkomst": {n: kopie[i] for n, i in uit} if self.disjunct else {n: _kopie(waarden[i]) for n, i in uit},
                "rijen": nummers,
                "bron": bron,
            })
        uitkomst = dict(zip(self.uitvoer, waarden))
        for i, v in enumerate(uitkomsten):
            if v is None and not any([zegt(uitkomsten[j]) for j in self.buren[i]]):
                del uitkomst[self.uitvoer[i]]
        return {
            "regelset": self.regelset,
            "uitkomst": uitkomst,
            "beslissingen": beslissingen,
        }


_BEWAARD = 4096


# -- The uitleg

# Where a placeholder's value comes from: the case's fields, its outcomes, or (bron, rij, None)
# per sentence, None being a name that is neither (vul_in gives "onbekend", as tekst(None)).
_IN, _UIT, _EXTRA = range(3)
_EXTRA_PLEK = {"bron": 0, "rij": 1}


class _Zin:
    """One uitleg template, split as vul_in reads it: texts between placeholders, and per
    placeholder where its value comes from and whether a full stop follows it."""

    __slots__ = ("begin", "plekken")

    def __init__(self, sjabloon: str, uit: Mapping[str, int], invoer: Mapping[str, int]):
        delen, plekken, i = [], [], 0
        while True:  # the same scan as vul_in
            start = sjabloon.find("{", i)
            end = sjabloon.find("}", start + 1) if start >= 0 else -1
            if start < 0 or end < 0:
                delen.append(sjabloon[i:])
                break
            key = sjabloon[start + 1:end]
            delen.append(sjabloon[i:start])
            if key in _EXTRA_PLEK:
                plek = (_EXTRA, _EXTRA_PLEK[key])
            elif key in uit:
                plek = (_UIT, uit[key])
            elif key in invoer:
                plek = (_IN, invoer[key])
            else:
                plek = (_EXTRA, 2)
            plekken.append(plek)
            i = end + 1
        self.begin = delen[0]
        # Per placeholder: source, position, a full stop right after it?, the text after it.
        self.plekken = tuple((bron, plek, delen[k + 1][:1] == ".", delen[k + 1])
                             for k, (bron, plek) in enumerate(plekken))

    def vul_in(self, bronnen: tuple[Sequence[Any], Sequence[Any], list]) -> str:
        out = [self.begin]
        per_type = _TEKST_PER_TYPE
        for bron, plek, punt, na in self.plekken:
            v = bronnen[bron][plek]
            omzetten = per_type.get(type(v))
            waarde = tekst_waarde(v) if omzetten is None else omzetten(v)
            if punt and waarde[-1:] == ".":
                waarde = waarde[:-1]  # a sentence as a value: no double full stop
            out.append(waarde)
            out.append(na)
        return "".join(out)


class Uitlegger:
    """Per table one sentence, as `vul_in(UITLEG[(tabel, rij)], waarden, {bron, rij})` gives it,
    in the order of the route (`route`: table → place; a table not in it comes last, in evaluation
    order), leaving out a verzamel table where no row fired and a table that says nothing."""

    def __init__(self, tabellen: Sequence[Spoortabel], velden: Sequence[str], uitvoer: Sequence[str],
                 sjablonen: Mapping[tuple[str, int | None], str], route: Mapping[str, int] | None = None,
                 verzamel: frozenset[str] = frozenset()):
        uit = {n: i for i, n in enumerate(uitvoer)}
        invoer = {n: i for i, n in enumerate(velden)}
        route = route or {}
        # Per table (in route order): its place in the evaluation order, whether it collects, and
        # where its outcomes are.
        self.volgorde = tuple(
            (k, t.naam in verzamel, tuple(uit[n] for n in t.uitvoer))
            for k, t in sorted(enumerate(tabellen), key=lambda kt: route.get(kt[1].naam, 1 << 30)))
        self.tabellen = []
        for t in tabellen:
            algemeen = _Zin(sjablonen[(t.naam, None)], uit, invoer)
            per_rij = tuple(
                _Zin(sjablonen[(t.naam, nummer)], uit, invoer) if (t.naam, nummer) in sjablonen else algemeen
                for nummer in range(1, len(t.regels) + 1))
            bron_tabel = ", ".join(t.bron) or "de regels"
            bron_rij = tuple(", ".join(dict.fromkeys(r.bron)) or bron_tabel for r in t.regels)
            nummers = tuple(str(nummer) for nummer in range(1, len(t.regels) + 1))
            self.tabellen.append((algemeen, per_rij, bron_tabel, bron_rij, nummers, t.regels, {}))

    def zinnen(self, invoer: Sequence[Any], uitkomsten: Sequence[Any], rijen: Sequence[Any]) -> list[str]:
        zinnen = []
        extra = [None, None, None]  # (bron, rij, None) of the sentence at hand
        bronnen = (invoer, uitkomsten, extra)
        tabellen = self.tabellen
        for k, verzamelt, plekken in self.volgorde:
            r = rijen[k]
            if not r and verzamelt:
                continue  # a collecting table where no row fired has nothing to say
            for i in plekken:
                if zegt(uitkomsten[i]):
                    break
            else:
                continue  # all its outcomes unknown or empty: this step does not apply here
            algemeen, per_rij, bron_tabel, bron_rij, nummers, regels, samen = tabellen[k]
            if type(r) is int:
                zin, bron, rij = per_rij[r - 1], bron_rij[r - 1], nummers[r - 1]
            elif not r:
                zin, bron, rij = algemeen, bron_tabel, ""
            else:
                sleutel = tuple(r)
                gedeeld = samen.get(sleutel)
                if gedeeld is None:
                    bron = ", ".join(dict.fromkeys(x for i in sleutel for x in regels[i - 1].bron)) or bron_tabel
                    gedeeld = (per_rij[sleutel[0] - 1], bron, ", ".join(str(i) for i in sleutel))
                    if len(samen) < _BEWAARD:
                        samen[sleutel] = gedeeld
                zin, bron, rij = gedeeld
            extra[0] = bron
            extra[1] = rij
            zinnen.append(zin.vul_in(bronnen))
        return zinnen
