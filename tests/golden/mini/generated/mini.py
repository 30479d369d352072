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
from typing import Any

from ._runtime import (
    Beslissing, Duur, GeenBeslissing, OngeldigeInvoer, Regel, Soort, aantal, als, bevat, en, grootste,
    halverwege, kies, kleinste, lees_casus, niet, of, rekensom, resultaat_json, vergelijk, vul_in,
)

REGELSET = 'Mini'
DOCUMENT = 'Testbeleid'
GELDIG_VANAF = datetime.date(2022, 1, 1)
GELDIG_TOT = datetime.date(2030, 12, 31)

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


# -- Invoer

VELDEN: dict[str, Soort] = {
    'leeftijd': Soort('getal', (), 0, 130, False),
    'kleur': Soort('keuze', ('rood', 'groen', 'blauw of paars'), None, None, False),
    'lid': Soort('janee', (), None, None, False),
    'bedrag': Soort('bedrag', (), Decimal('0'), None, False),
    'begindatum': Soort('datum', (), None, None, False),
    'looptijd': Soort('duur', (), None, None, True),
    'kleuren': Soort('verzameling', ('rood', 'groen', 'blauw of paars'), None, None, False),
}
CONTROLES: tuple[str, ...] = (
    'De begindatum ligt op of na 1 januari 2022.',
)


@dataclass(frozen=True)
class Invoer:
    """De invoer van één casus."""

    leeftijd: int
    kleur: Kleur
    lid: bool
    bedrag: Decimal
    begindatum: datetime.date
    looptijd: Duur | None
    kleuren: frozenset[Kleur]

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


def lees_invoer(casus: Any) -> Invoer:
    """Lees een casus (JSON-object met de Nederlandse veldnamen); elke fout wordt gemeld, niets beslist."""
    waarden = lees_casus(VELDEN, casus)
    fouten: dict[str, str] = {}
    leeftijd = waarden['leeftijd']
    kleur = waarden['kleur']
    lid = waarden['lid']
    bedrag = waarden['bedrag']
    begindatum = waarden['begindatum']
    looptijd = waarden['looptijd']
    kleuren = waarden['kleuren']
    if (begindatum >= datetime.date(2022, 1, 1)) is False:
        fouten["controle 1"] = CONTROLES[0]
    if fouten:
        raise OngeldigeInvoer(fouten)
    return Invoer(
        leeftijd=waarden['leeftijd'],
        kleur=_Kleur_VAN_TEKST[waarden['kleur']],
        lid=waarden['lid'],
        bedrag=waarden['bedrag'],
        begindatum=waarden['begindatum'],
        looptijd=waarden['looptijd'],
        kleuren=frozenset([_Kleur_VAN_TEKST[v] for v in waarden['kleuren']]),
    )


# -- Tabellen


TABEL_MAAT_REGELS = (
    Regel('maat', 1, 43, ('§1',)),
    Regel('maat', 2, 44, ('§1',)),
)


def tabel_maat(leeftijd: int) -> Beslissing:
    """Beslistabel 'maat' (uniek); bron §1."""
    if leeftijd < 18:  # rij 1: tot 18
        return Beslissing('maat', {'maat': Maat.KLEIN}, (TABEL_MAAT_REGELS[0],))
    if leeftijd >= 18:  # rij 2: vanaf 18
        return Beslissing('maat', {'maat': Maat.GROOT}, (TABEL_MAAT_REGELS[1],))
    raise GeenBeslissing('tabel “maat”: geen rij past')


TABEL_KORTING_REGELS = (
    Regel('korting', 1, 50, ('§1',)),
    Regel('korting', 2, 51, ('§1',)),
    Regel('korting', 3, 52, ('§1',)),
)


def tabel_korting(lid: bool, bedrag: Decimal) -> Beslissing:
    """Beslistabel 'korting' (eerste); bron §1."""
    if lid is True and bedrag >= Decimal('100'):  # rij 1: ja | vanaf € 100
        return Beslissing('korting', {'korting': Decimal('10')}, (TABEL_KORTING_REGELS[0],))
    if lid is True:  # rij 2: ja | -
        return Beslissing('korting', {'korting': Decimal('2.50')}, (TABEL_KORTING_REGELS[1],))
    return Beslissing('korting', {'korting': Decimal('0')}, (TABEL_KORTING_REGELS[2],))


TABEL_SIGNALEN_REGELS = (
    Regel('signalen', 1, 58, ('§2',)),
    Regel('signalen', 2, 59, ('§2',)),
    Regel('signalen', 3, 60, ('§2',)),
)


def tabel_signalen(kleuren: frozenset[Kleur], looptijd: Duur | None) -> Beslissing:
    """Beslistabel 'signalen' (verzamel); bron §2."""
    treffers: list[tuple[Regel, tuple]] = []
    if Kleur.ROOD in kleuren:  # rij 1
        treffers.append((TABEL_SIGNALEN_REGELS[0], ('rood gekozen',)))
    if (looptijd is not None and looptijd > Duur(24)):  # rij 2
        treffers.append((TABEL_SIGNALEN_REGELS[1], ('lange looptijd',)))
    if len(kleuren) == 0:  # rij 3
        treffers.append((TABEL_SIGNALEN_REGELS[2], ('geen kleur',)))
    return kies('signalen', 'verzamel', ('signaal',), treffers, {'kleuren': kleuren, 'looptijd': looptijd})


TABEL_ADVIES_REGELS = (
    Regel('advies', 1, 68, ('§2',)),
    Regel('advies', 2, 68, ('§2',)),
    Regel('advies', 3, 69, ('§2',)),
    Regel('advies', 4, 69, ('§2',)),
    Regel('advies', 5, 70, ('§2',)),
    Regel('advies', 6, 70, ('§2',)),
)
TABEL_ADVIES_CELLEN: dict[tuple, tuple[int, Any]] = {
    (Kleur.ROOD, Maat.KLEIN): (1, Advies.STOPPEN),
    (Kleur.ROOD, Maat.GROOT): (2, Advies.WACHTEN),
    (Kleur.GROEN, Maat.KLEIN): (3, Advies.DOORGAAN),
    (Kleur.GROEN, Maat.GROOT): (4, Advies.DOORGAAN),
    (Kleur.BLAUW_OF_PAARS, Maat.KLEIN): (5, Advies.WACHTEN),
    (Kleur.BLAUW_OF_PAARS, Maat.GROOT): (6, Advies.STOPPEN),
}


def tabel_advies(kleur: Kleur, maat: Maat) -> Beslissing:
    """Kruistabel 'advies' (uniek); bron §2."""
    if kleur is None or maat is None:
        return Beslissing('advies', {'advies': None}, ())
    rij, waarde = TABEL_ADVIES_CELLEN[(kleur, maat)]
    return Beslissing('advies', {'advies': waarde}, (TABEL_ADVIES_REGELS[rij - 1],))


# -- Een hele casus

@dataclass(frozen=True)
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
    einddatum = rekensom('+', begindatum, looptijd)
    evaluatie = halverwege(begindatum, einddatum)
    volwassen = ((leeftijd >= 18) and lid)
    b = tabel_maat(leeftijd)
    beslissingen.append(b)
    maat = b.uitkomst['maat']
    b = tabel_korting(lid, bedrag)
    beslissingen.append(b)
    korting = b.uitkomst['korting']
    b = tabel_signalen(kleuren, looptijd)
    beslissingen.append(b)
    signaal = b.uitkomst['signaal']
    b = tabel_advies(kleur, maat)
    beslissingen.append(b)
    advies = b.uitkomst['advies']
    return Resultaat(
        aantal_kleuren=aantal_kleuren,
        einddatum=einddatum,
        evaluatie=evaluatie,
        volwassen=volwassen,
        maat=maat,
        korting=korting,
        signaal=signaal,
        advies=advies,
        beslissingen=tuple(beslissingen),
    )


def beslis_json(casus: Any) -> dict:
    """JSON in, JSON uit: dezelfde vorm als `regels beslis --json`."""
    resultaat = beslis(lees_invoer(casus))
    return resultaat_json(REGELSET, resultaat.waarden(), UITVOER, list(resultaat.beslissingen))


def uitkomsten(invoer: Invoer) -> dict[str, Any]:
    """Alleen de uitkomsten, zonder spoor: dezelfde waarden als beslis(invoer).waarden().

    Het snelle pad voor `regels beslis --batch` en `regels vergelijk`: de tabellen staan hier
    uitgeschreven, zonder Beslissing-objecten; wie wil weten waarom, gebruikt beslis().
    """
    leeftijd = invoer.leeftijd
    kleur = invoer.kleur
    lid = invoer.lid
    bedrag = invoer.bedrag
    begindatum = invoer.begindatum
    looptijd = invoer.looptijd
    kleuren = invoer.kleuren
    aantal_kleuren = len(kleuren)
    einddatum = rekensom('+', begindatum, looptijd)
    evaluatie = halverwege(begindatum, einddatum)
    volwassen = ((leeftijd >= 18) and lid)
    if leeftijd < 18:  # maat, rij 1
        maat = Maat.KLEIN
    elif leeftijd >= 18:  # maat, rij 2
        maat = Maat.GROOT
    else:
        raise GeenBeslissing('tabel “maat”: geen rij past')
    if lid is True and bedrag >= Decimal('100'):  # korting, rij 1
        korting = Decimal('10')
    elif lid is True:  # korting, rij 2
        korting = Decimal('2.50')
    else:
        korting = Decimal('0')
    signaal = []
    if Kleur.ROOD in kleuren:  # signalen, rij 1
        signaal.append('rood gekozen')
    if (looptijd is not None and looptijd > Duur(24)):  # signalen, rij 2
        signaal.append('lange looptijd')
    if len(kleuren) == 0:  # signalen, rij 3
        signaal.append('geen kleur')
    signaal = tuple(signaal)
    if kleur is None or maat is None:
        advies = None
    else:
        advies = TABEL_ADVIES_CELLEN[(kleur, maat)][1]
    return {
        'aantal kleuren': aantal_kleuren,
        'einddatum': einddatum,
        'evaluatie': evaluatie,
        'volwassen': volwassen,
        'maat': maat,
        'korting': korting,
        'signaal': signaal,
        'advies': advies,
    }


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
