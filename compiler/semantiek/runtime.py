"""The one runtime: values, onbekend-arithmetic and the meaning of a table, for the interpreter and generated code.

Input: runtime values. Output: values, decisions and traces. Standard library only, and so are the
packages above it (compiler/, compiler/semantiek/ import nothing): generated modules import this
module itself, without Lark or Jinja2, so there is one Duur class and one meaning of a hit policy.
Values: bool, int, Decimal (bedrag), datetime.date, Duur, str (keuze, tekst),
frozenset (verzameling), None (onbekend).
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from decimal import Decimal, InvalidOperation
from typing import Any, Collection, Iterable, Mapping, Sequence

# The bounds of case input: every date plus a duration stays far inside what datetime can hold,
# and no number is too long to read. compiler/grenzen.py uses the same figures for .regels files.
MIN_JAAR, MAX_JAAR = 1900, 2200
MAX_MAANDEN = 12 * 200
MAX_CIJFERS = 15
MAX_DECIMALEN = 6
_GETAL = re.compile(r"-?[0-9]{1,%d}" % MAX_CIJFERS)
_BEDRAG = re.compile(r"-?[0-9]{1,%d}(?:[.,][0-9]{1,%d})?" % (MAX_CIJFERS, MAX_DECIMALEN))
_DATUM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli",
    "augustus", "september", "oktober", "november", "december",
)


@dataclass(frozen=True, order=True)
class Duur:
    """A duration in whole months; a year is twelve months."""

    maanden: int

    def __str__(self) -> str:
        if self.maanden and self.maanden % 12 == 0:
            jaren = self.maanden // 12
            return f"{jaren} jaar"
        return f"{self.maanden} maand" if self.maanden == 1 else f"{self.maanden} maanden"

    def __add__(self, other: object) -> Duur:
        if isinstance(other, Duur):
            return Duur(self.maanden + other.maanden)
        return NotImplemented

    def __sub__(self, other: object) -> Duur:
        if isinstance(other, Duur):
            return Duur(self.maanden - other.maanden)
        return NotImplemented


@dataclass(frozen=True)
class Regel:
    """A row that fired: its table, number (1-based), source line and bron paragraphs."""

    tabel: str
    rij: int
    regel: int
    bron: tuple[str, ...]


@dataclass(frozen=True)
class Beslissing:
    """The outcome of one table for one case, with the rows that fired.

    Generated code makes the Beslissing of a row with fixed outcomes once, and hands out that one
    object: its `uitkomst` is then a read-only mapping (types.MappingProxyType), never to be changed."""

    tabel: str
    uitkomst: Mapping[str, Any]
    regels: tuple[Regel, ...]

    @property
    def rijen(self) -> tuple[int, ...]:
        return tuple(r.rij for r in self.regels)


# -- The meaning of a decision table, written once: the interpreter and mutation testing call these,
# the Python backend translates them (a condition into an `if`, the hit policy into the shape of the code).

def voldoet(voorwaarde: Any, waarde: Any) -> bool:
    """Does a value meet a condition cell? None is `-`: always. A cell holds when one of its tests
    does; a negated cell ("niet X") holds for a known value for which none does."""
    if voorwaarde is None:
        return True
    raak = any(_test(t.op, t.value, t.upper, waarde) for t in voorwaarde.tests)
    if voorwaarde.negated:
        return waarde is not None and not raak  # an unknown value is not "niet X"
    return raak


def _test(op: str, v: Any, boven: Any, waarde: Any) -> bool:
    if op == "onbekend":
        return waarde is None
    if waarde is None:
        return False  # onbekend meets no test but `onbekend`
    if op == "=":
        return waarde == v
    if op == "leeg":
        return len(waarde) == 0
    if op == "bevat":
        return v in waarde
    if op == "tussen":
        return v <= waarde <= boven
    if op == "<":
        return waarde < v
    if op == "<=":
        return waarde <= v
    if op == ">":
        return waarde > v
    if op == ">=":
        return waarde >= v
    raise ValueError(op)


def hitregel(tabel: str, hit: str, treffers: list[tuple[int, tuple]], invoer: dict[str, Any],
             aantal_uitvoer: int) -> tuple[tuple[int, ...], tuple]:
    """Apply a hit policy to the rows that matched, (row number, outcome values) in row order, the
    anders row alone when no other row matched. Returns (the rows that fired, the outcome values):

    - eerste: the first row; uniek and elke: the one outcome all rows agree on, else no decision;
    - verzamel: per outcome column every known value, in row order (a tuple).
    No row (outside verzamel) is no decision: GeenBeslissing, never a guess."""
    if hit == "verzamel":
        return (tuple(t[0] for t in treffers),
                tuple(tuple(t[1][i] for t in treffers if t[1][i] is not None) for i in range(aantal_uitvoer)))
    if not treffers:
        raise GeenBeslissing(f"tabel “{tabel}”: geen rij past bij "
                             + ", ".join(f"{k} = {tekst(v)}" for k, v in invoer.items()))
    if hit == "eerste":
        return (treffers[0][0],), treffers[0][1]
    if len({t[1] for t in treffers}) > 1:
        raise GeenBeslissing(f"tabel “{tabel}”: rijen {', '.join(str(t[0]) for t in treffers)} "
                             "passen tegelijk en geven verschillende uitkomsten")
    return tuple(t[0] for t in treffers), treffers[0][1]


@dataclass(frozen=True)
class Spoortabel:
    """What a trace needs of one table: its name, outcome names, bron, and per row (by number - 1)
    its line in the source and, when it cites its own paragraphs, those: (line,) or (line, bron)."""

    naam: str
    uitvoer: tuple[str, ...]
    bron: tuple[str, ...]
    rijen: tuple[tuple, ...]
    regels: tuple[Regel, ...] = field(init=False, repr=False, compare=False)
    gemaakt: dict = field(default_factory=dict, init=False, repr=False, compare=False)  # see spoor()

    def __post_init__(self) -> None:
        object.__setattr__(self, "regels", tuple(
            Regel(self.naam, nummer, r[0], r[1] if len(r) > 1 else self.bron)
            for nummer, r in enumerate(self.rijen, 1)))


def spoor(tabellen: tuple[Spoortabel, ...], waarden: Mapping[str, Any], rijen: tuple) -> tuple[Beslissing, ...]:
    """The Beslissing per table, built from the row numbers a decision recorded (an int, a list or
    tuple of them, or None for a matrix with an onbekend dimension) and the values it gave.

    The same rows with the same outcome give the same Beslissing, made once and kept (up to
    _BEWAARD per table): its `uitkomst` is then a read-only mapping, never to be changed."""
    uit = []
    for t, r in zip(tabellen, rijen):
        nummers = () if r is None else (r,) if type(r) is int else tuple(r)
        uitkomst = tuple([waarden[n] for n in t.uitvoer])
        sleutel = (nummers, uitkomst)
        b = t.gemaakt.get(sleutel)
        if b is None:
            b = Beslissing(t.naam, MappingProxyType(dict(zip(t.uitvoer, uitkomst))),
                           tuple([t.regels[i - 1] for i in nummers]))
            if len(t.gemaakt) < _BEWAARD:
                t.gemaakt[sleutel] = b
        uit.append(b)
    return tuple(uit)


_BEWAARD = 4096


def zegt_iets(uitkomsten: Iterable[Any]) -> bool:
    """A table says something for a case: one of its outcomes is known and not empty. A table that
    says nothing does not apply (absent from the JSON, left out of the explanation)."""
    return any(v is not None and v != () and v != frozenset() for v in uitkomsten)


def resultaat_json(regelset: str, waarden: dict[str, Any], uitvoer: list[str],
                   beslissingen: list[Beslissing]) -> dict:
    """The stable JSON interface for case systems, the same from interpreter and generated code.

    An outcome that does not apply is absent, not `null`: an unknown value is shown only when the
    table that gives it said something (another outcome of it is known, e.g. the reason why the SWT
    must still judge). A refusal thus carries no duration, end date or arrangement."""
    spreekt = {naam for b in beslissingen if zegt_iets(b.uitkomst.values()) for naam in b.uitkomst}
    return {
        "regelset": regelset,
        "uitkomst": {naam: naar_json(waarden[naam]) for naam in uitvoer
                     if waarden[naam] is not None or naam in spreekt},
        "beslissingen": [
            {
                "tabel": b.tabel,
                "uitkomst": {k: naar_json(v) for k, v in b.uitkomst.items()},
                "rijen": list(b.rijen),
                "bron": sorted({ref for r in b.regels for ref in r.bron}),
            }
            for b in beslissingen
        ],
    }


class OngeldigeInvoer(ValueError):
    """A case that cannot be decided; `fouten` maps each bad field to a Dutch message."""

    def __init__(self, fouten: dict[str, str]):
        self.fouten = fouten
        super().__init__("; ".join(f"{k}: {v}" for k, v in fouten.items()))


class GeenBeslissing(RuntimeError):
    """No row, or conflicting rows, for a case: never guess a decision."""


# -- Arithmetic on dates and durations

_DAGEN = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def plus_duur(datum: datetime.date, duur: Duur) -> datetime.date:
    """A date plus whole months; the 31st of a shorter month becomes its last day."""
    months = datum.month - 1 + duur.maanden
    year = datum.year + months // 12
    month = months % 12 + 1
    day = datum.day
    if day > 28:
        last = 29 if month == 2 and calendar.isleap(year) else _DAGEN[month - 1]
        day = min(day, last)
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        raise GeenBeslissing(f"de datum {tekst(datum)} plus {tekst(duur)} valt buiten de kalender")
    return datetime.date(year, month, day)


def halverwege(begin: datetime.date | None, eind: datetime.date | None) -> datetime.date | None:
    """The day halfway, rounded down towards the begin date."""
    if begin is None or eind is None:
        return None
    b = begin.toordinal()
    return datetime.date.fromordinal(b + (eind.toordinal() - b) // 2)


def aantal(waarde: Collection[Any] | None) -> int | None:
    return None if waarde is None else len(waarde)


# Aggregations over a lijst (what a verzamel-table gives), as DMN's C+, C< and C>: no values, no
# outcome (onbekend), as in DMN where no matching rule gives null.

def som_van(waarden: Sequence[Any] | None) -> Any:
    return None if not waarden else sum(waarden[1:], waarden[0])


def kleinste_van(waarden: Iterable[Any] | None) -> Any:
    return None if not waarden else min(waarden)


def grootste_van(waarden: Iterable[Any] | None) -> Any:
    return None if not waarden else max(waarden)


# -- Three-valued logic: an unknown value (None) makes the outcome unknown, except where the
# known part already decides it (nee en onbekend = nee; ja of onbekend = ja).

def en(a: bool | None, b: bool | None) -> bool | None:
    if a is False or b is False:
        return False
    return None if a is None or b is None else True


def of(a: bool | None, b: bool | None) -> bool | None:
    if a is True or b is True:
        return True
    return None if a is None or b is None else False


def niet(a: bool | None) -> bool | None:
    return None if a is None else not a


def als(voorwaarde: bool | None, dan: Any, anders: Any) -> Any:
    return None if voorwaarde is None else (dan if voorwaarde else anders)


def bevat(verzameling: Any, waarde: Any) -> bool | None:
    return None if verzameling is None or waarde is None else waarde in verzameling


def vergelijk(op: str, a: Any, b: Any) -> bool | None:
    if a is None or b is None:
        return None
    if op == "=":
        return a == b
    if op == "!=":
        return a != b
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    if op == ">=":
        return a >= b
    raise ValueError(op)


def kleinste(a: Any, b: Any) -> Any:
    return None if a is None or b is None else min(a, b)


def grootste(a: Any, b: Any) -> Any:
    return None if a is None or b is None else max(a, b)


def rekensom(op: str, a: Any, b: Any) -> Any:
    """+ - * / with the language's rules: dates plus durations, no float ever."""
    if a is None or b is None:
        return None
    if op == "+":
        if isinstance(a, frozenset):
            return a | b
        if isinstance(a, datetime.date) and isinstance(b, Duur):
            return plus_duur(a, b)
        if isinstance(a, Duur) and isinstance(b, datetime.date):
            return plus_duur(b, a)
        return a + b
    if op == "-":
        if isinstance(a, datetime.date) and isinstance(b, Duur):
            return plus_duur(a, Duur(-b.maanden))
        if isinstance(a, datetime.date) and isinstance(b, datetime.date):
            return (a - b).days
        return a - b
    if op == "*":
        if isinstance(a, Duur) and isinstance(b, int):
            return Duur(a.maanden * b)
        if isinstance(b, Duur) and isinstance(a, int):
            return Duur(b.maanden * a)
        return a * b
    if op == "/":
        if isinstance(a, Duur) and isinstance(b, int):
            return Duur(a.maanden // b)
        if isinstance(a, int) and isinstance(b, int):
            return Decimal(a) / Decimal(b)
        return a / b
    raise ValueError(op)


# -- Explanations: a sentence template per table row, filled with the case's values

def vul_in(sjabloon: str, waarden: dict[str, Any], extra: dict[str, str] | None = None) -> str:
    """Replace every {naam} with the value as a citizen reads it; {bron} and {rij} from extra."""
    extra = extra or {}
    out, i = [], 0
    while True:
        start = sjabloon.find("{", i)
        end = sjabloon.find("}", start + 1) if start >= 0 else -1
        if start < 0 or end < 0:
            out.append(sjabloon[i:])
            return "".join(out)
        key = sjabloon[start + 1:end]
        out.append(sjabloon[i:start])
        waarde = extra[key] if key in extra else tekst(waarden.get(key))
        if waarde.endswith(".") and sjabloon[end + 1:end + 2] == ".":
            waarde = waarde[:-1]  # a sentence as a value: no double full stop
        out.append(waarde)
        i = end + 1


# -- Values to and from JSON

def naar_json(waarde: Any) -> Any:
    if isinstance(waarde, Enum):
        return waarde.value
    if waarde is None or isinstance(waarde, (bool, int, str)):
        return waarde
    if isinstance(waarde, Decimal):
        return str(waarde)
    if isinstance(waarde, datetime.date):
        return waarde.isoformat()
    if isinstance(waarde, Duur):
        return {"maanden": waarde.maanden}
    if isinstance(waarde, (frozenset, set)):
        return sorted(naar_json(v) for v in waarde)
    if isinstance(waarde, (tuple, list)):
        return [naar_json(v) for v in waarde]
    raise TypeError(type(waarde).__name__)


def tekst(waarde: Any) -> str:
    """A value as a citizen reads it."""
    if isinstance(waarde, Enum):
        return str(waarde.value)
    if waarde is None:
        return "onbekend"
    if waarde is True:
        return "ja"
    if waarde is False:
        return "nee"
    if isinstance(waarde, Decimal):
        return "€ " + f"{waarde:.2f}".replace(".", ",")
    if isinstance(waarde, datetime.date):
        return f"{waarde.day} {MAANDEN[waarde.month - 1]} {waarde.year}"
    if isinstance(waarde, (frozenset, set)):
        return ", ".join(sorted(tekst(v) for v in waarde)) if waarde else "geen"
    if isinstance(waarde, (tuple, list)):
        if not waarde:
            return "geen"
        delen = [tekst(v) for v in waarde]
        # A list of sentences reads as sentences, not as an enumeration.
        if all(d.rstrip().endswith((".", "!", "?")) for d in delen):
            return " ".join(delen)
        return ", ".join(delen)
    return str(waarde)


@dataclass(frozen=True)
class Soort:
    """The type of one field, enough to read it from JSON and check its domain."""

    kind: str
    waarden: tuple[str, ...] = ()
    lo: Any = None
    hi: Any = None
    optioneel: bool = False


def lees_waarde(soort: Soort, ruw: Any) -> Any:
    """Read one JSON value into its runtime value; raise ValueError with a Dutch reason."""
    if ruw is None:
        if soort.optioneel:
            return None
        raise ValueError("ontbreekt (dit veld is verplicht)")
    k = soort.kind
    if k == "janee":
        if isinstance(ruw, bool):
            return ruw
        if ruw in ("ja", "nee"):
            return ruw == "ja"
        raise ValueError(f"verwacht ja of nee (true/false), kreeg {ruw!r}")
    if k == "getal":
        if isinstance(ruw, bool) or not isinstance(ruw, int):
            if isinstance(ruw, str) and _GETAL.fullmatch(ruw.strip()):
                ruw = int(ruw.strip())
            else:
                raise ValueError(f"verwacht een geheel getal, kreeg {_kort(ruw)}")
        if not -10 ** MAX_CIJFERS < ruw < 10 ** MAX_CIJFERS:
            raise ValueError(f"het getal is te groot (hoogstens {MAX_CIJFERS} cijfers)")
        waarde = ruw
    elif k == "bedrag":
        waarde = lees_bedrag(ruw)
    elif k == "datum":
        waarde = lees_datum(ruw)
    elif k == "duur":
        if isinstance(ruw, dict) and set(ruw) <= {"maanden", "jaren"} and ruw:
            totaal = 0
            for eenheid, n in ruw.items():
                if isinstance(n, bool) or not isinstance(n, int):
                    raise ValueError(f"verwacht een geheel aantal {eenheid}, kreeg {_kort(n)}")
                if not -MAX_MAANDEN <= n * (12 if eenheid == "jaren" else 1) <= MAX_MAANDEN:
                    raise ValueError(f"de duur is te lang (hoogstens {MAX_MAANDEN // 12} jaar)")
                totaal += n * (12 if eenheid == "jaren" else 1)
            if not -MAX_MAANDEN <= totaal <= MAX_MAANDEN:
                raise ValueError(f"de duur is te lang (hoogstens {MAX_MAANDEN // 12} jaar)")
            waarde = Duur(totaal)
        else:
            raise ValueError(f"verwacht een duur als {{\"maanden\": 6}} of {{\"jaren\": 1}}, kreeg {_kort(ruw)}")
    elif k == "tekst":
        if not isinstance(ruw, str):
            raise ValueError(f"verwacht tekst, kreeg {_kort(ruw)}")
        return ruw
    elif k == "keuze":
        if not isinstance(ruw, str) or ruw not in soort.waarden:
            raise ValueError(f"{_kort(ruw)} is geen toegestane waarde; kies uit: {', '.join(soort.waarden)}")
        return ruw
    elif k == "verzameling":
        if not isinstance(ruw, list):
            raise ValueError(f"verwacht een lijst van waarden, kreeg {_kort(ruw)}")
        onbekend = [v for v in ruw if not isinstance(v, str) or v not in soort.waarden]
        if onbekend:
            raise ValueError(
                f"{', '.join(_kort(v) for v in onbekend[:5])} niet toegestaan; kies uit: {', '.join(soort.waarden)}"
            )
        if len(set(ruw)) != len(ruw):
            raise ValueError("een waarde staat er meer dan eens in")
        return frozenset(ruw)
    else:
        raise ValueError(f"onbekend soort {k}")
    if soort.lo is not None and waarde < soort.lo:
        raise ValueError(f"{tekst(waarde)} is kleiner dan het minimum {tekst(soort.lo)}")
    if soort.hi is not None and waarde > soort.hi:
        raise ValueError(f"{tekst(waarde)} is groter dan het maximum {tekst(soort.hi)}")
    return waarde


def _kort(ruw: Any) -> str:
    """A value in a message: as Python shows it, at most 80 characters."""
    if isinstance(ruw, int) and ruw.bit_length() > 100:  # repr() of 5,000 digits is refused
        return "een heel lang getal"
    text = repr(ruw) if not isinstance(ruw, (dict, list)) or len(ruw) < 20 else f"<{type(ruw).__name__}>"
    return text if len(text) <= 80 else text[:77] + "…"


def lees_datum(ruw: Any) -> datetime.date:
    """A date as JJJJ-MM-DD text, and nothing else ("20220301", 20220301 and "2022-W10-1" are no date)."""
    if type(ruw) is not str or not _DATUM.fullmatch(ruw):
        raise ValueError(f"verwacht een datum als JJJJ-MM-DD, kreeg {_kort(ruw)}")
    try:
        waarde = datetime.date.fromisoformat(ruw)
    except ValueError:
        raise ValueError(f"{ruw} is geen bestaande datum") from None
    if not MIN_JAAR <= waarde.year <= MAX_JAAR:
        raise ValueError(f"de datum {ruw} ligt buiten de jaren {MIN_JAAR}–{MAX_JAAR}")
    return waarde


def lees_bedrag(ruw: Any) -> Decimal:
    """A bedrag as text ("12.50" or "12,50") or a whole number; no float, no exponent, no NaN."""
    if isinstance(ruw, bool) or isinstance(ruw, float):
        raise ValueError("verwacht een bedrag als tekst, bijvoorbeeld \"12.50\" (geen kommagetal)")
    if isinstance(ruw, int):
        if not -10 ** MAX_CIJFERS < ruw < 10 ** MAX_CIJFERS:
            raise ValueError(f"het bedrag is te groot (hoogstens {MAX_CIJFERS} cijfers)")
        return Decimal(ruw)
    if type(ruw) is not str or not _BEDRAG.fullmatch(ruw.strip()):
        raise ValueError(f"verwacht een bedrag, bijvoorbeeld \"12.50\", kreeg {_kort(ruw)}")
    return Decimal(ruw.strip().replace(",", "."))


# The fast path of the generated lees_invoer: the plainest JSON form only, no messages. Anything
# else raises, and the case is read again by lees_casus, which names every bad field.

def lees_leden(ruw: Any, van_tekst: dict[str, Any]) -> frozenset:
    """A verzameling as lees_waarde reads it, each text looked up in `van_tekst` (text → member)."""
    if type(ruw) is not list:
        raise ValueError
    leden = frozenset([van_tekst[v] for v in ruw])  # KeyError: no value of the keuzelijst
    if len(leden) != len(ruw):
        raise ValueError  # a value twice
    return leden


def lees_duur(ruw: Any) -> Duur:
    """A duur as {"maanden": n} or {"jaren": n}, as lees_waarde reads it."""
    if type(ruw) is dict and len(ruw) == 1:
        n = ruw.get("maanden")
        if type(n) is int and -MAX_MAANDEN <= n <= MAX_MAANDEN:
            return Duur(n)
        n = ruw.get("jaren")
        if type(n) is int and -MAX_MAANDEN <= 12 * n <= MAX_MAANDEN:
            return Duur(12 * n)
    raise ValueError


def lees_casus(velden: dict[str, Soort], casus: Any) -> dict[str, Any]:
    """Read a whole case; every bad field is reported at once, and nothing is decided."""
    if not isinstance(casus, dict):
        raise OngeldigeInvoer({"(casus)": "verwacht een JSON-object met de invoervelden"})
    fouten: dict[str, str] = {}
    waarden: dict[str, Any] = {}
    for naam, soort in velden.items():
        if naam not in casus and not soort.optioneel:
            fouten[naam] = "ontbreekt (dit veld is verplicht)"
            continue
        try:
            waarden[naam] = lees_waarde(soort, casus.get(naam))
        except ValueError as e:
            fouten[naam] = str(e)
    for naam in casus:
        if naam not in velden:
            fouten[naam] = "onbekend veld" + _bedoelde(naam, velden)
    if fouten:
        raise OngeldigeInvoer(fouten)
    return waarden


def _bedoelde(naam: str, velden: Iterable[str]) -> str:
    import difflib

    match = difflib.get_close_matches(naam, list(velden), n=1, cutoff=0.6)
    return f"; bedoelde u “{match[0]}”?" if match else ""


# -- The peildatum: the date whose rules apply (issue 12)

class BuitenGeldigheid(ValueError):
    """A peildatum on which this regelset did not (or no longer) apply: nothing is decided, nothing guessed."""


def in_periode(datum: datetime.date, vanaf: datetime.date | None, tot: datetime.date | None) -> bool:
    """Whether `datum` lies in [vanaf, tot): `tot` is the first day that no longer belongs to it, so rules
    `geldig vanaf 1 januari 2022 tot 1 januari 2025` apply up to and including 31 December 2024. None is
    open. The one meaning of a validity period: the regelset (Geldigheid, the API), a table or row version
    (compiler/midden/tijd.py, which turns it into `vanaf … t/m tot − 1 dag`)."""
    return (vanaf is None or datum >= vanaf) and (tot is None or datum < tot)


def periode_tekst(vanaf: datetime.date | None, tot: datetime.date | None) -> str:
    """A period [vanaf, tot) in words, with `tot` as the policy writer wrote it."""
    if vanaf and tot:
        return f"van {tekst(vanaf)} tot {tekst(tot)}"
    if vanaf:
        return f"vanaf {tekst(vanaf)}"
    return f"tot {tekst(tot)}" if tot else "altijd"


@dataclass(frozen=True)
class Geldigheid:
    """When a regelset applies: [vanaf, tot) (in_periode), and what applied before it as the sources name it."""

    regelset: str
    vanaf: datetime.date | None = None
    tot: datetime.date | None = None       # the first day it no longer applies
    vervangt: str = ""
    gebruikt: bool = False                 # does a rule read the peildatum (then it is a field of the case)?

    def bevat(self, datum: datetime.date) -> bool:
        return in_periode(datum, self.vanaf, self.tot)

    def periode(self) -> str:
        return periode_tekst(self.vanaf, self.tot)


def lees_peildatum(ruw: Any) -> datetime.date:
    if isinstance(ruw, datetime.date):
        return ruw
    try:
        return datetime.date.fromisoformat(str(ruw))
    except ValueError:
        raise BuitenGeldigheid(f"peildatum: verwacht een datum als JJJJ-MM-DD, kreeg {ruw!r}") from None


def vandaag() -> datetime.date:
    """Today where the municipality is (Europe/Amsterdam), the same for the CLI, the API and the generated
    code; the machine's date when the time zone database is missing (a slim container)."""
    try:
        return datetime.datetime.now(_tijdzone()).date()
    except Exception:  # noqa: BLE001 - no tz database
        return datetime.date.today()


def _tijdzone() -> datetime.tzinfo:
    from zoneinfo import ZoneInfo  # stdlib; loaded on first use only

    return ZoneInfo("Europe/Amsterdam")


def met_peildatum(casus: Any, peildatum: Any, geldigheid: Geldigheid) -> Any:
    """The case as lees_casus reads it, for the rules in force on the peildatum.

    The peildatum is the argument, else the case's field "peildatum", else today: a besluit applies the
    rules in force on the day it is taken. Outside the regelset's validity: BuitenGeldigheid, not a field
    error. Only when a rule reads the peildatum does it stay in the case (then it is an ordinary input).
    """
    if not isinstance(casus, dict):
        return casus
    # No copy of the case unless it carries a peildatum or a rule reads one (the common case costs ~2 µs).
    rest = {k: v for k, v in casus.items() if k != "peildatum"} if "peildatum" in casus else casus
    ruw = peildatum if peildatum is not None else casus.get("peildatum")
    datum = lees_peildatum(ruw) if ruw is not None else vandaag()
    g = geldigheid
    if not g.bevat(datum):
        bericht = f"Op {tekst(datum)} gold de regelset “{g.regelset}” niet: die geldt {g.periode()}."
        if g.vanaf and datum < g.vanaf and g.vervangt:
            bericht += f" Daarvoor gold: {g.vervangt}."
        raise BuitenGeldigheid(bericht + " Er is niets beslist.")
    if g.gebruikt:
        rest = {**rest, "peildatum": datum.isoformat()}
    return rest
