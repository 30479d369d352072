# Gegenereerd door `regels bouw` uit regels/mini.regels.
# Niet met de hand bewerken: wijzig de .regels-bestanden en draai `regels bouw`.
"""Regelset 'Mini': beslisfuncties, gegenereerd uit de regels.

Gebruik: ``beslis(lees_invoer(casus))`` voor getypte uitkomsten, of ``beslis_json(casus)``
voor de JSON-koppeling met een zaaksysteem. Alleen de standaardbibliotheek.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from types import MappingProxyType
from typing import Any

from ._runtime import (
    Beslissing, Duur, GeenBeslissing, Geldigheid, OngeldigeInvoer, Regel, Soort, aantal, als, bevat, en, grootste,
    halverwege, kies, kleinste, lees_casus, lees_duur, lees_leden, lees_waarde, niet, of, plus_duur, rekensom,
    met_peildatum, resultaat_json, vergelijk, vul_in,
)

REGELSET = 'Mini'
DOCUMENT = 'Testbeleid'
GELDIG_VANAF = datetime.date(2022, 1, 1)
GELDIG_TOT = datetime.date(2030, 12, 31)
# Wanneer deze regels gelden; beslis_json weigert een peildatum daarbuiten (BuitenGeldigheid).
GELDIGHEID = Geldigheid(REGELSET, GELDIG_VANAF, GELDIG_TOT, '', False)

# -- Keuzelijsten


class Advies(str, Enum):
    """Keuzelijst 'advies'."""

    WACHTEN = 'wachten'
    DOORGAAN = 'doorgaan'
    STOPPEN = 'stoppen'


class Kleur(str, Enum):
    """Keuzelijst 'kleur'."""

    ROOD = 'rood'
    GROEN = 'groen'
    BLAUW_OF_PAARS = 'blauw of paars'


class Maat(str, Enum):
    """Keuzelijst 'maat'."""

    KLEIN = 'klein'
    GROOT = 'groot'


# -- Vaste waarden
# Een keuzelijstwaarde als Klasse.LID zoekt bij elk gebruik in de Enum-klasse; als naam op
# moduleniveau is het één opzoeking. Zo ook de datums, duren en bedragen uit de regels.

_Advies_DOORGAAN = Advies.DOORGAAN
_Advies_STOPPEN = Advies.STOPPEN
_Advies_WACHTEN = Advies.WACHTEN
_BEDRAG_0 = Decimal('0')
_BEDRAG_10 = Decimal('10')
_BEDRAG_100 = Decimal('100')
_BEDRAG_2_50 = Decimal('2.50')
_DATUM_2022_01_01 = datetime.date(2022, 1, 1)
_DUUR_24 = Duur(24)
_Kleur_BLAUW_OF_PAARS = Kleur.BLAUW_OF_PAARS
_Kleur_GROEN = Kleur.GROEN
_Kleur_ROOD = Kleur.ROOD
_Maat_GROOT = Maat.GROOT
_Maat_KLEIN = Maat.KLEIN


# Een bevroren dataclass zet in __init__ elk veld met object.__setattr__; Invoer en Resultaat
# zetten hun velden in één keer (__dict__), wat bij vijftig velden vele malen sneller is.
_zet = object.__setattr__


# -- Invoer

VELDEN: dict[str, Soort] = {
    'leeftijd': Soort('getal', (), 0, 130, False),
    'kleur': Soort('keuze', ('rood', 'groen', 'blauw of paars'), None, None, False),
    'lid': Soort('janee', (), None, None, False),
    'bedrag': Soort('bedrag', (), _BEDRAG_0, None, False),
    'begindatum': Soort('datum', (), None, None, False),
    'looptijd': Soort('duur', (), None, None, True),
    'kleuren': Soort('verzameling', ('rood', 'groen', 'blauw of paars'), None, None, False),
}
CONTROLES: tuple[str, ...] = (
    'De begindatum ligt op of na 1 januari 2022.',
)


@dataclass(frozen=True, init=False)
class Invoer:
    """De invoer van één casus."""

    leeftijd: int
    kleur: Kleur
    lid: bool
    bedrag: Decimal
    begindatum: datetime.date
    looptijd: Duur | None
    kleuren: frozenset[Kleur]

    def __init__(
        self,
        leeftijd: int,
        kleur: Kleur,
        lid: bool,
        bedrag: Decimal,
        begindatum: datetime.date,
        looptijd: Duur | None,
        kleuren: frozenset[Kleur],
    ) -> None:
        _zet(self, "__dict__", {
            'leeftijd': leeftijd,
            'kleur': kleur,
            'lid': lid,
            'bedrag': bedrag,
            'begindatum': begindatum,
            'looptijd': looptijd,
            'kleuren': kleuren,
        })

    def waarden(self) -> dict[str, Any]:
        return {
            'leeftijd': self.leeftijd,
            'kleur': self.kleur,
            'lid': self.lid,
            'bedrag': self.bedrag,
            'begindatum': self.begindatum,
            'looptijd': self.looptijd,
            'kleuren': self.kleuren,
        }


# Van tekst naar keuzelijstwaarde in één opzoeking: Kleur(tekst) is tien keer zo traag.
_Kleur_VAN_TEKST = {lid.value: lid for lid in Kleur}


_VELDNAMEN = frozenset(VELDEN)
# Per veld met een keuzelijst: van tekst naar lid (voor lees_veld).
_VAN_TEKST_PER_VELD: dict[str, dict[str, Any]] = {
    'kleur': _Kleur_VAN_TEKST,
    'kleuren': _Kleur_VAN_TEKST,
}


def lees_invoer(casus: Any) -> Invoer:
    """Lees een casus (JSON-object met de Nederlandse veldnamen); elke fout wordt gemeld, niets beslist."""
    # Eerst het snelle pad: elk veld met zijn eigen controle, in de eenvoudigste JSON-vorm. Is er
    # iets fout of ongewoon (een getal als tekst, "ja" voor true), dan leest lees_casus de hele
    # casus: dezelfde waarden, en bij een fout elke fout met zijn reden.
    _snel = type(casus) is dict and casus.keys() <= _VELDNAMEN
    if _snel:
        try:
            leeftijd = casus['leeftijd']
            if type(leeftijd) is not int or leeftijd < 0 or leeftijd > 130:
                raise ValueError
            kleur = _Kleur_VAN_TEKST[casus['kleur']]
            lid = casus['lid']
            if lid is not True and lid is not False:
                raise ValueError
            bedrag = casus['bedrag']
            if type(bedrag) is not str:
                raise ValueError
            bedrag = Decimal(bedrag.replace(',', '.'))
            if not bedrag.is_finite() or bedrag < _BEDRAG_0:
                raise ValueError
            begindatum = casus['begindatum']
            begindatum = datetime.date.fromisoformat(begindatum)
            looptijd = casus.get('looptijd')
            if looptijd is not None:
                looptijd = lees_duur(looptijd)
            kleuren = lees_leden(casus['kleuren'], _Kleur_VAN_TEKST)
        except (KeyError, TypeError, ValueError, ArithmeticError):
            _snel = False
    if not _snel:
        waarden = lees_casus(VELDEN, casus)
        leeftijd = waarden['leeftijd']
        kleur = _Kleur_VAN_TEKST[waarden['kleur']]
        lid = waarden['lid']
        bedrag = waarden['bedrag']
        begindatum = waarden['begindatum']
        looptijd = waarden['looptijd']
        kleuren = frozenset([_Kleur_VAN_TEKST[v] for v in waarden['kleuren']])
    return maak_invoer(
        leeftijd,
        kleur,
        lid,
        bedrag,
        begindatum,
        looptijd,
        kleuren,
    )


def maak_invoer(
    leeftijd: int,
    kleur: Kleur,
    lid: bool,
    bedrag: Decimal,
    begindatum: datetime.date,
    looptijd: Duur | None,
    kleuren: frozenset[Kleur],
) -> Invoer:
    """Een Invoer uit gelezen waarden (keuzelijstwaarden als lid, zie lees_veld), na de controles."""
    controleer(
        leeftijd,
        kleur,
        lid,
        bedrag,
        begindatum,
        looptijd,
        kleuren,
    )
    return Invoer(
        leeftijd,
        kleur,
        lid,
        bedrag,
        begindatum,
        looptijd,
        kleuren,
    )


def controleer(
    leeftijd: int,
    kleur: Kleur,
    lid: bool,
    bedrag: Decimal,
    begindatum: datetime.date,
    looptijd: Duur | None,
    kleuren: frozenset[Kleur],
) -> None:
    """De controles op gelezen waarden, in de volgorde van VELDEN: OngeldigeInvoer bij een fout."""
    _fouten: dict[str, str] = {}
    if (begindatum >= _DATUM_2022_01_01) is False:
        _fouten["controle 1"] = CONTROLES[0]
    if _fouten:
        raise OngeldigeInvoer(_fouten)


def lees_veld(naam: str, ruw: Any) -> Any:
    """Eén veld zoals lees_invoer het leest, zonder de controles; ValueError met de reden.

    None is een ontbrekend veld: bij een verplicht veld de fout die lees_invoer dan ook geeft.
    """
    waarde = lees_waarde(VELDEN[naam], ruw)
    van_tekst = _VAN_TEKST_PER_VELD.get(naam)
    if van_tekst is None or waarde is None:
        return waarde
    if type(waarde) is frozenset:
        return frozenset([van_tekst[v] for v in waarde])
    return van_tekst[waarde]


# -- Tabellen


TABEL_MAAT_REGELS = (
    Regel('maat', 1, 43, ('§1',)),
    Regel('maat', 2, 44, ('§1',)),
)
# Per rij met vaste uitkomsten de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen.
TABEL_MAAT_BESLISSINGEN: tuple[Beslissing | None, ...] = (
    Beslissing('maat', MappingProxyType({'maat': _Maat_KLEIN}), (TABEL_MAAT_REGELS[0],)),
    Beslissing('maat', MappingProxyType({'maat': _Maat_GROOT}), (TABEL_MAAT_REGELS[1],)),
)


def tabel_maat(leeftijd: int) -> Beslissing:
    """Beslistabel 'maat' (uniek); bron §1."""
    if leeftijd < 18:  # rij 1: tot 18
        return TABEL_MAAT_BESLISSINGEN[0]
    if leeftijd >= 18:  # rij 2: vanaf 18
        return TABEL_MAAT_BESLISSINGEN[1]
    raise GeenBeslissing('tabel “maat”: geen rij past')


TABEL_KORTING_REGELS = (
    Regel('korting', 1, 50, ('§1',)),
    Regel('korting', 2, 51, ('§1',)),
    Regel('korting', 3, 52, ('§1',)),
)
# Per rij met vaste uitkomsten de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen.
TABEL_KORTING_BESLISSINGEN: tuple[Beslissing | None, ...] = (
    Beslissing('korting', MappingProxyType({'korting': _BEDRAG_10}), (TABEL_KORTING_REGELS[0],)),
    Beslissing('korting', MappingProxyType({'korting': _BEDRAG_2_50}), (TABEL_KORTING_REGELS[1],)),
    Beslissing('korting', MappingProxyType({'korting': _BEDRAG_0}), (TABEL_KORTING_REGELS[2],)),
)


def tabel_korting(lid: bool, bedrag: Decimal) -> Beslissing:
    """Beslistabel 'korting' (eerste); bron §1."""
    if lid is True and bedrag >= _BEDRAG_100:  # rij 1: ja | vanaf € 100
        return TABEL_KORTING_BESLISSINGEN[0]
    if lid is True:  # rij 2: ja | -
        return TABEL_KORTING_BESLISSINGEN[1]
    return TABEL_KORTING_BESLISSINGEN[2]


TABEL_SIGNALEN_REGELS = (
    Regel('signalen', 1, 58, ('§2',)),
    Regel('signalen', 2, 59, ('§2',)),
    Regel('signalen', 3, 60, ('§2',)),
)


def tabel_signalen(kleuren: frozenset[Kleur], looptijd: Duur | None) -> Beslissing:
    """Beslistabel 'signalen' (verzamel); bron §2."""
    _regels: list[Regel] = []
    signaal: list[Any] = []
    if _Kleur_ROOD in kleuren:  # signalen, rij 1
        _regels.append(TABEL_SIGNALEN_REGELS[0])
        signaal.append('rood gekozen')
    if (looptijd is not None and looptijd > _DUUR_24):  # signalen, rij 2
        _regels.append(TABEL_SIGNALEN_REGELS[1])
        signaal.append('lange looptijd')
    if len(kleuren) == 0:  # signalen, rij 3
        _regels.append(TABEL_SIGNALEN_REGELS[2])
        signaal.append('geen kleur')
    return Beslissing('signalen', {'signaal': tuple(signaal)}, tuple(_regels))


TABEL_ADVIES_REGELS = (
    Regel('advies', 1, 68, ('§2',)),
    Regel('advies', 2, 68, ('§2',)),
    Regel('advies', 3, 69, ('§2',)),
    Regel('advies', 4, 69, ('§2',)),
    Regel('advies', 5, 70, ('§2',)),
    Regel('advies', 6, 70, ('§2',)),
)
TABEL_ADVIES_CELLEN: dict[tuple, tuple[int, Any]] = {
    (_Kleur_ROOD, _Maat_KLEIN): (1, _Advies_STOPPEN),
    (_Kleur_ROOD, _Maat_GROOT): (2, _Advies_WACHTEN),
    (_Kleur_GROEN, _Maat_KLEIN): (3, _Advies_DOORGAAN),
    (_Kleur_GROEN, _Maat_GROOT): (4, _Advies_DOORGAAN),
    (_Kleur_BLAUW_OF_PAARS, _Maat_KLEIN): (5, _Advies_WACHTEN),
    (_Kleur_BLAUW_OF_PAARS, _Maat_GROOT): (6, _Advies_STOPPEN),
}
# Per vak de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen (MappingProxyType).
TABEL_ADVIES_BESLISSINGEN: dict[tuple, Beslissing] = {
    sleutel: Beslissing('advies', MappingProxyType({'advies': waarde}), (TABEL_ADVIES_REGELS[rij - 1],))
    for sleutel, (rij, waarde) in TABEL_ADVIES_CELLEN.items()
}
TABEL_ADVIES_ONBEKEND = Beslissing('advies', MappingProxyType({'advies': None}), ())


def tabel_advies(kleur: Kleur, maat: Maat) -> Beslissing:
    """Kruistabel 'advies' (uniek); bron §2."""
    if kleur is None or maat is None:
        return TABEL_ADVIES_ONBEKEND
    return TABEL_ADVIES_BESLISSINGEN[(kleur, maat)]


# -- Een hele casus

@dataclass(frozen=True, init=False)
class Resultaat:
    """Alle uitkomsten van één casus, en per tabel de rijen die de doorslag gaven."""

    aantal_kleuren: int
    einddatum: datetime.date | None
    evaluatie: datetime.date | None
    volwassen: bool
    maat: Maat
    korting: Decimal
    signaal: tuple[str, ...]
    advies: Advies
    beslissingen: tuple[Beslissing, ...]

    def __init__(
        self,
        aantal_kleuren: int,
        einddatum: datetime.date | None,
        evaluatie: datetime.date | None,
        volwassen: bool,
        maat: Maat,
        korting: Decimal,
        signaal: tuple[str, ...],
        advies: Advies,
        beslissingen: tuple[Beslissing, ...],
    ) -> None:
        _zet(self, "__dict__", {
            'aantal_kleuren': aantal_kleuren,
            'einddatum': einddatum,
            'evaluatie': evaluatie,
            'volwassen': volwassen,
            'maat': maat,
            'korting': korting,
            'signaal': signaal,
            'advies': advies,
            'beslissingen': beslissingen,
        })

    def waarden(self) -> dict[str, Any]:
        return {
            'aantal kleuren': self.aantal_kleuren,
            'einddatum': self.einddatum,
            'evaluatie': self.evaluatie,
            'volwassen': self.volwassen,
            'maat': self.maat,
            'korting': self.korting,
            'signaal': self.signaal,
            'advies': self.advies,
        }


UITVOER: list[str] = [
    'aantal kleuren',
    'einddatum',
    'evaluatie',
    'volwassen',
    'maat',
    'korting',
    'signaal',
    'advies',
]


def beslis(invoer: Invoer) -> Resultaat:
    """Beslis over één casus: elke afgeleide waarde en elke tabel, in volgorde van afhankelijkheid."""
    leeftijd = invoer.leeftijd
    kleur = invoer.kleur
    lid = invoer.lid
    bedrag = invoer.bedrag
    begindatum = invoer.begindatum
    looptijd = invoer.looptijd
    kleuren = invoer.kleuren
    beslissingen: list[Beslissing] = []
    aantal_kleuren = len(kleuren)
    einddatum = (None if looptijd is None else plus_duur(begindatum, looptijd))
    evaluatie = halverwege(begindatum, einddatum)
    volwassen = ((leeftijd >= 18) and lid)
    _b = tabel_maat(leeftijd)
    beslissingen.append(_b)
    maat = _b.uitkomst['maat']
    _b = tabel_korting(lid, bedrag)
    beslissingen.append(_b)
    korting = _b.uitkomst['korting']
    _b = tabel_signalen(kleuren, looptijd)
    beslissingen.append(_b)
    signaal = _b.uitkomst['signaal']
    _b = tabel_advies(kleur, maat)
    beslissingen.append(_b)
    advies = _b.uitkomst['advies']
    return Resultaat(
        aantal_kleuren,
        einddatum,
        evaluatie,
        volwassen,
        maat,
        korting,
        signaal,
        advies,
        tuple(beslissingen),
    )


def beslis_json(casus: Any, peildatum: datetime.date | str | None = None) -> dict:
    """JSON in, JSON uit: dezelfde vorm als `regels beslis --json`. De peildatum (standaard: vandaag,
    of het veld "peildatum" van de casus) is de datum waarvan de regels gelden."""
    resultaat = beslis(lees_invoer(met_peildatum(casus, peildatum, GELDIGHEID)))
    return resultaat_json(REGELSET, resultaat.waarden(), UITVOER, list(resultaat.beslissingen))


def uitkomsten(invoer: Invoer) -> dict[str, Any]:
    """Alleen de uitkomsten, zonder spoor: dezelfde waarden als beslis(invoer).waarden()."""
    return dict(zip(UITVOER, uitkomsten_rij(invoer)))


def uitkomsten_rij(invoer: Invoer) -> tuple:
    """De uitkomsten zonder spoor als tuple, in de volgorde van UITVOER."""
    return uitkomsten_waarden(
        invoer.leeftijd,
        invoer.kleur,
        invoer.lid,
        invoer.bedrag,
        invoer.begindatum,
        invoer.looptijd,
        invoer.kleuren,
    )


def uitkomsten_waarden(
    leeftijd: int,
    kleur: Kleur,
    lid: bool,
    bedrag: Decimal,
    begindatum: datetime.date,
    looptijd: Duur | None,
    kleuren: frozenset[Kleur],
) -> tuple:
    """De uitkomsten zonder spoor uit gecontroleerde waarden (in de volgorde van VELDEN, zie
    controleer), als tuple in de volgorde van UITVOER.

    Het snelle pad voor `regels beslis --batch` en `regels vergelijk`, zonder Invoer: de tabellen
    staan hier uitgeschreven, zonder Beslissing-objecten; wie wil weten waarom, gebruikt beslis().
    """
    aantal_kleuren = len(kleuren)
    einddatum = (None if looptijd is None else plus_duur(begindatum, looptijd))
    evaluatie = halverwege(begindatum, einddatum)
    volwassen = ((leeftijd >= 18) and lid)
    if leeftijd < 18:  # maat, rij 1
        maat = _Maat_KLEIN
    elif leeftijd >= 18:  # maat, rij 2
        maat = _Maat_GROOT
    else:
        raise GeenBeslissing('tabel “maat”: geen rij past')
    if lid is True and bedrag >= _BEDRAG_100:  # korting, rij 1
        korting = _BEDRAG_10
    elif lid is True:  # korting, rij 2
        korting = _BEDRAG_2_50
    else:
        korting = _BEDRAG_0
    signaal = []
    if _Kleur_ROOD in kleuren:  # signalen, rij 1
        signaal.append('rood gekozen')
    if (looptijd is not None and looptijd > _DUUR_24):  # signalen, rij 2
        signaal.append('lange looptijd')
    if len(kleuren) == 0:  # signalen, rij 3
        signaal.append('geen kleur')
    signaal = tuple(signaal)
    if kleur is None or maat is None:
        advies = None
    else:
        advies = TABEL_ADVIES_CELLEN[(kleur, maat)][1]
    return (
        aantal_kleuren,
        einddatum,
        evaluatie,
        volwassen,
        maat,
        korting,
        signaal,
        advies,
    )


# -- Uitleg: per tabel één zin, dezelfde als `regels beslis --uitleg`

UITLEG: dict[tuple[str, int | None], str] = {
    ('maat', None): 'U bent {leeftijd} jaar. Volgens {bron} hoort daarbij maat {maat}.',
    ('maat', 1): 'U bent {leeftijd} jaar. Volgens {bron} hoort daarbij maat {maat}.',
    ('maat', 2): 'U bent {leeftijd} jaar. Volgens {bron} hoort daarbij maat {maat}.',
    ('korting', None): 'Korting is niet te bepalen, want een gegeven ontbreekt.',
    ('korting', 1): 'Omdat lid {lid} is en bedrag {bedrag} is, is korting {korting}.',
    ('korting', 2): 'Omdat lid {lid} is, is korting {korting}.',
    ('korting', 3): 'In alle andere gevallen is korting {korting}.',
    ('signalen', None): 'Signalen is niet te bepalen, want een gegeven ontbreekt.',
    ('signalen', 1): 'Omdat kleuren {kleuren} is, is signaal {signaal}.',
    ('signalen', 2): 'Omdat looptijd {looptijd} is, is signaal {signaal}.',
    ('signalen', 3): 'Omdat kleuren {kleuren} is, is signaal {signaal}.',
    ('advies', None): 'Advies is niet te bepalen, want een gegeven ontbreekt.',
    ('advies', 1): 'Omdat kleur {kleur} is en maat {maat} is, is advies {advies}.',
    ('advies', 2): 'Omdat kleur {kleur} is en maat {maat} is, is advies {advies}.',
    ('advies', 3): 'Omdat kleur {kleur} is en maat {maat} is, is advies {advies}.',
    ('advies', 4): 'Omdat kleur {kleur} is en maat {maat} is, is advies {advies}.',
    ('advies', 5): 'Omdat kleur {kleur} is en maat {maat} is, is advies {advies}.',
    ('advies', 6): 'Omdat kleur {kleur} is en maat {maat} is, is advies {advies}.',
}
TABEL_BRON: dict[str, str] = {
    'maat': '§1',
    'korting': '§1',
    'signalen': '§2',
    'advies': '§2',
}


def uitleg(invoer: Invoer, resultaat: Resultaat) -> list[str]:
    """Hoe de uitkomst tot stand kwam: per tabel een zin in gewone taal, met de paragraaf."""
    waarden = {**invoer.waarden(), **resultaat.waarden()}
    zinnen = []
    for b in resultaat.beslissingen:
        bron = ", ".join(dict.fromkeys(x for r in b.regels for x in r.bron)) or TABEL_BRON[b.tabel]
        rij = b.regels[0].rij if b.regels else None
        extra = {"bron": bron or "de regels", "rij": ", ".join(str(r.rij) for r in b.regels)}
        zinnen.append(vul_in(UITLEG[(b.tabel, rij)], waarden, extra))
    return zinnen
