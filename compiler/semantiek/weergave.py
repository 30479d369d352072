"""The fast rendering of a decision: the JSON receipt and the uitleg sentences, from values and row numbers.

Input: a generated module's tables (Spoortabel), its fields, outcomes (with their soort) and uitleg
templates, once at import; then per case the outcome values and the row numbers `_beslis` recorded.
Output: exactly what `resultaat_json(…, spoor(…))` and `vul_in` per table give, byte for byte,
without building a Beslissing or a dict of all values per case. Also theirs: an outcome that does not
apply is absent from the JSON, and the uitleg follows the route, without the steps that say nothing
(zegt_iets). What depends only on a row (its sorted bron, its sentence template split at the
placeholders, where each placeholder's value lives) is worked out once here; per case only the values
are converted, each by its soort, and a sentence already made for the same row and values is reused.
Standard library only, like the runtime.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from enum import Enum
from operator import itemgetter
from typing import Any, Callable, Mapping, Sequence

from compiler.semantiek.runtime import Duur, Spoortabel, naar_json, tekst, zegt_iets


# -- One value: exact types first (one dict lookup), anything else through the runtime's own
# naar_json / tekst, so the result is always theirs. A keuzelijst (an Enum class) is added to the
# lookup the first time one of its members passes: its member's value, as naar_json and tekst give it.

def _json_lijst(waarde: Any) -> list:
    return sorted([json_waarde(v) for v in waarde]) if type(waarde) is frozenset else [json_waarde(v) for v in waarde]


def _lid(waarde: Enum) -> Any:
    return waarde._value_


def _duur(waarde: Duur) -> dict:
    return {"maanden": waarde.maanden}


_JSON_PER_TYPE: dict[type, Callable[[Any], Any]] = {
    Decimal: str,
    datetime.date: datetime.date.isoformat,
    Duur: _duur,
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
        _JSON_PER_TYPE[t] = _lid
    return naar_json(waarde)


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

_LEEG: frozenset[Any] = frozenset()


def _verzameling(waarde: frozenset) -> list:
    return sorted([lid._value_ for lid in waarde])


def _lijst_leden(waarde: tuple) -> list:
    return [lid._value_ for lid in waarde]


# Per soort of outcome (UITVOER_SOORT of a generated module): how its value (never None) becomes
# JSON, and how the beslissing gets its own copy of that JSON (None: nothing mutable to copy). Lists
# of scalars need only a shallow copy. A soort not named here (a list of lists, say) goes through the
# general json_waarde and a deep copy, so the answer is always naar_json's.
_PER_SOORT: dict[str, tuple[Callable[[Any], Any] | None, Callable[[Any], Any] | None]] = {
    "tekst": (None, None), "getal": (None, None), "janee": (None, None),
    "keuze": (_lid, None), "bedrag": (str, None), "datum": (datetime.date.isoformat, None),
    "duur": (_duur, dict.copy), "verzameling": (_verzameling, list.copy),
    "lijst van tekst": (list, list.copy), "lijst van getal": (list, list.copy),
    "lijst van janee": (list, list.copy), "lijst van keuze": (_lijst_leden, list.copy),
    "lijst van bedrag": (_json_lijst, list.copy), "lijst van datum": (_json_lijst, list.copy),
}
_ALGEMEEN = (json_waarde, _kopie)


class JsonSpoor:
    """resultaat_json for one regelset, from outcome values (in the order of UITVOER) and row numbers.

    With `soorten` (per outcome its soort) each value is converted by what its soort says, without
    looking at its type; without them, by json_waarde per value (the same answer, slower)."""

    def __init__(self, regelset: str, tabellen: Sequence[Spoortabel], uitvoer: Sequence[str],
                 soorten: Sequence[str] | None = None):
        self.regelset = regelset
        self.uitvoer = tuple(uitvoer)
        positie = {naam: i for i, naam in enumerate(self.uitvoer)}
        per_soort = [_PER_SOORT.get(s, _ALGEMEEN) for s in soorten] if soorten else [_ALGEMEEN] * len(uitvoer)
        self.omzetten = tuple((i, om) for i, (om, _) in enumerate(per_soort) if om is not None)
        # Each outcome belongs to one table, so one copy of its lists and dicts per case keeps the
        # parts of an answer apart; should a name ever be shared, every table gets its own copy.
        namen = [n for t in tabellen for n in t.uitvoer]
        self.disjunct = len(namen) == len(set(namen))
        self.kopieer = tuple((i, kopie) for i, (_, kopie) in enumerate(per_soort) if kopie is not None)
        # Per table: name, its outcomes (one: name and position; more: names and a getter of their
        # values), per row its sorted bron, and the bron of several rows together, made once per
        # tuple of rows (it depends on nothing else).
        self.tabellen: tuple[tuple[Any, ...], ...] = tuple(
            (t.naam, t.uitvoer[0] if len(t.uitvoer) == 1 else None,
             positie[t.uitvoer[0]] if len(t.uitvoer) == 1 else itemgetter(*(positie[n] for n in t.uitvoer)),
             tuple(t.uitvoer), tuple(tuple(sorted(set(r.bron))) for r in t.regels), {})
            for t in tabellen)
        # An unknown outcome is shown (null) when a table that gives it said something, otherwise
        # left out (resultaat_json). Per outcome the tables that give it: none means always left out.
        self.van_tabellen = tuple(tuple(k for k, t in enumerate(tabellen) if n in t.uitvoer) for n in self.uitvoer)
        self.nergens = tuple((n, i) for i, (n, k) in enumerate(zip(self.uitvoer, self.van_tabellen)) if not k)

    def json(self, uitkomsten: Sequence[Any], rijen: Sequence[Any]) -> dict:
        waarden = list(uitkomsten)
        for i, omzetten in self.omzetten:
            v = waarden[i]
            if v is not None:
                waarden[i] = omzetten(v)
        kopie = waarden[:]
        for i, kopieer in self.kopieer:
            v = kopie[i]
            if v is not None:
                kopie[i] = kopieer(v)
        uitkomst = dict(zip(self.uitvoer, waarden))
        disjunct, leeg = self.disjunct, _LEEG
        stil = []  # per table: it said nothing (all its outcomes unknown or empty)
        beslissingen = []
        for (naam, enkel, plek, namen, bronnen, samen), r in zip(self.tabellen, rijen):
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
            if not disjunct:  # each table its own copy; who said nothing is settled below
                eigen = (waarden[plek],) if enkel is not None else plek(waarden)
                deel = dict(zip(namen, map(_kopie, eigen)))
                stil.append(not zegt_iets((uitkomsten[plek],) if enkel is not None else plek(uitkomsten)))
            elif enkel is not None:
                deel = {enkel: kopie[plek]}
                if uitkomsten[plek] is None:  # the table's only outcome unknown: it said nothing
                    del uitkomst[enkel]
            else:
                deel = dict(zip(namen, plek(kopie)))
                for v in plek(uitkomsten):
                    if v is not None and v != () and v != leeg:
                        break  # zegt_iets, written out: this loop runs for most tables of every case
                else:
                    for n, v in zip(namen, plek(uitkomsten)):
                        if v is None:
                            del uitkomst[n]
            beslissingen.append({"tabel": naam, "uitkomst": deel, "rijen": nummers, "bron": bron})
        if not disjunct:
            for n, v, tabellen in zip(self.uitvoer, uitkomsten, self.van_tabellen):
                if v is None and tabellen and all([stil[k] for k in tabellen]):
                    del uitkomst[n]
        for n, i in self.nergens:
            if uitkomsten[i] is None:
                del uitkomst[n]
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


def _getter(posities: list[int]) -> Callable[[Sequence[Any]], Any] | None:
    return itemgetter(*dict.fromkeys(posities)) if posities else None


class _Zin:
    """One uitleg template, split as vul_in reads it: texts between placeholders, and per
    placeholder where its value comes from and whether a full stop follows it."""

    __slots__ = ("begin", "plekken", "van_invoer", "van_uitkomsten")

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
        # The values the sentence reads, as a getter (or None when it reads none of that source).
        self.van_invoer = _getter([plek for bron, plek in plekken if bron == _IN])
        self.van_uitkomsten = _getter([plek for bron, plek in plekken if bron == _UIT])

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
    order), leaving out a verzamel table where no row fired and a table that says nothing.

    A sentence depends only on its row(s) and the values it reads; per table the sentences made are
    kept (up to _BEWAARD) under those, so a case like an earlier one costs a lookup per sentence.
    Equal values read alike here: the values of one placeholder have one soort, and values of one
    soort that are equal (a keuzelijst member and its text, say) give the same text."""

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
        self.tabellen: list[tuple[Any, ...]] = []
        for t in tabellen:
            algemeen = _Zin(sjablonen[(t.naam, None)], uit, invoer)
            per_rij = tuple(
                _Zin(sjablonen[(t.naam, nummer)], uit, invoer) if (t.naam, nummer) in sjablonen else algemeen
                for nummer in range(1, len(t.regels) + 1))
            bron_tabel = ", ".join(t.bron) or "de regels"
            bron_rij = tuple(", ".join(dict.fromkeys(r.bron)) or bron_tabel for r in t.regels)
            self.tabellen.append((algemeen, per_rij, bron_tabel, bron_rij, t.regels, {}))

    def zinnen(self, invoer: Sequence[Any], uitkomsten: Sequence[Any], rijen: Sequence[Any]) -> list[str]:
        zinnen = []
        tabellen = self.tabellen
        leeg = _LEEG
        for k, verzamelt, plekken in self.volgorde:
            r = rijen[k]
            if not r and verzamelt:
                continue  # a collecting table where no row fired has nothing to say
            for i in plekken:
                v = uitkomsten[i]
                if v is not None and v != () and v != leeg:
                    break  # zegt_iets
            else:
                continue  # all its outcomes unknown or empty: this step does not apply here
            algemeen, per_rij, bron_tabel, bron_rij, regels, gemaakt = tabellen[k]
            if type(r) is int:
                zin = per_rij[r - 1]
            elif not r:
                zin, r = algemeen, None
            else:
                r = tuple(r)
                zin = per_rij[r[0] - 1]
            van_invoer, van_uitkomsten = zin.van_invoer, zin.van_uitkomsten
            sleutel: tuple | None = (r, van_invoer(invoer) if van_invoer else None,
                                     van_uitkomsten(uitkomsten) if van_uitkomsten else None)
            try:
                tekst = gemaakt.get(sleutel)
            except TypeError:  # a value that cannot be a key (a list in a hand-made invoer): no memo
                sleutel, tekst = None, None
            if tekst is None:
                if r is None:
                    bron, rij = bron_tabel, ""
                elif type(r) is int:
                    bron, rij = bron_rij[r - 1], str(r)
                else:
                    bron = ", ".join(dict.fromkeys(x for i in r for x in regels[i - 1].bron)) or bron_tabel
                    rij = ", ".join(str(i) for i in r)
                tekst = zin.vul_in((invoer, uitkomsten, [bron, rij, None]))
                if sleutel is not None and len(gemaakt) < _BEWAARD:
                    gemaakt[sleutel] = tekst
            zinnen.append(tekst)
        return zinnen
