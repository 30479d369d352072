# Gegenereerd door `regels bouw` uit regels/thuisondersteuning/arrangement.regels, regels/thuisondersteuning/regelset.regels.
# Niet met de hand bewerken: wijzig de .regels-bestanden en draai `regels bouw`.
"""Regelset 'Integrale Thuisondersteuning': beslisfuncties, gegenereerd uit de regels.

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
    halverwege, kies, kleinste, lees_casus, niet, of, rekensom, resultaat_json, vergelijk,
)

REGELSET = 'Integrale Thuisondersteuning'
DOCUMENT = 'Beleidsregel Integrale Thuisondersteuning, gemeente Zwolle'
GELDIG_VANAF = datetime.date(2022, 1, 1)
GELDIG_TOT = None

# -- Keuzelijsten


class Arrangement(str, Enum):
    """Keuzelijst 'arrangement'."""

    A1_ONDERSTEUNEND = 'A1-ondersteunend'
    A1_ACTIVEREND = 'A1-activerend'
    A2_ONDERSTEUNEND = 'A2-ondersteunend'
    A2_ACTIVEREND = 'A2-activerend'
    A3_ONDERSTEUNEND = 'A3-ondersteunend'
    A3_ACTIVEREND = 'A3-activerend'
    B1_ONDERSTEUNEND = 'B1-ondersteunend'
    B1_ACTIVEREND = 'B1-activerend'
    B2_ONDERSTEUNEND = 'B2-ondersteunend'
    B2_ACTIVEREND = 'B2-activerend'
    B3_ONDERSTEUNEND = 'B3-ondersteunend'
    B3_ACTIVEREND = 'B3-activerend'
    C1_ONDERSTEUNEND = 'C1-ondersteunend'
    C1_ACTIVEREND = 'C1-activerend'
    C2_ONDERSTEUNEND = 'C2-ondersteunend'
    C2_ACTIVEREND = 'C2-activerend'
    C3_ONDERSTEUNEND = 'C3-ondersteunend'
    C3_ACTIVEREND = 'C3-activerend'


class Intensiteit(str, Enum):
    """Keuzelijst 'intensiteit'."""

    GEMIDDELD = 'gemiddeld'
    PLUS = 'plus'
    PLUSPLUS = 'plusplus'


class TypeOndersteuning(str, Enum):
    """Keuzelijst 'type ondersteuning'."""

    ONDERSTEUNEND = 'ondersteunend'
    ACTIVEREND = 'activerend'


class Zwaarte(str, Enum):
    """Keuzelijst 'zwaarte'."""

    A = 'A'
    B = 'B'
    C = 'C'


# -- Invoer

VELDEN: dict[str, Soort] = {
    'aantal resultaatgebieden': Soort('getal', (), 1, 6, False),
    'type ondersteuning': Soort('keuze', ('ondersteunend', 'activerend'), None, None, False),
    'intensiteit': Soort('keuze', ('gemiddeld', 'plus', 'plusplus'), None, None, False),
}
CONTROLES: tuple[str, ...] = (
)


@dataclass(frozen=True)
class Invoer:
    """De invoer van één casus."""

    aantal_resultaatgebieden: int
    type_ondersteuning: TypeOndersteuning
    intensiteit: Intensiteit


def lees_invoer(casus: Any) -> Invoer:
    """Lees een casus (JSON-object met de Nederlandse veldnamen); elke fout wordt gemeld, niets beslist."""
    waarden = lees_casus(VELDEN, casus)
    return Invoer(
        aantal_resultaatgebieden=waarden['aantal resultaatgebieden'],
        type_ondersteuning=TypeOndersteuning(waarden['type ondersteuning']),
        intensiteit=Intensiteit(waarden['intensiteit']),
    )


# -- Tabellen

TABEL_ZWAARTE_REGELS = (
    Regel('zwaarte', 1, 39, ('§2.1 a',)),
    Regel('zwaarte', 2, 40, ('§2.1 a',)),
    Regel('zwaarte', 3, 41, ('§2.1 a',)),
)


def tabel_zwaarte(aantal_resultaatgebieden: int) -> Beslissing:
    """Beslistabel 'zwaarte' (uniek); bron §2.1 a."""
    if 1 <= aantal_resultaatgebieden <= 2:  # rij 1: 1 t/m 2
        return Beslissing('zwaarte', {'zwaarte': Zwaarte.A}, (TABEL_ZWAARTE_REGELS[0],))
    if 3 <= aantal_resultaatgebieden <= 4:  # rij 2: 3 t/m 4
        return Beslissing('zwaarte', {'zwaarte': Zwaarte.B}, (TABEL_ZWAARTE_REGELS[1],))
    if 5 <= aantal_resultaatgebieden <= 6:  # rij 3: 5 t/m 6
        return Beslissing('zwaarte', {'zwaarte': Zwaarte.C}, (TABEL_ZWAARTE_REGELS[2],))
    raise GeenBeslissing('tabel “zwaarte”: geen rij past')

TABEL_ARRANGEMENT_REGELS = (
    Regel('arrangement', 1, 51, ('§2',)),
    Regel('arrangement', 2, 51, ('§2',)),
    Regel('arrangement', 3, 51, ('§2',)),
    Regel('arrangement', 4, 51, ('§2',)),
    Regel('arrangement', 5, 51, ('§2',)),
    Regel('arrangement', 6, 51, ('§2',)),
    Regel('arrangement', 7, 52, ('§2',)),
    Regel('arrangement', 8, 52, ('§2',)),
    Regel('arrangement', 9, 52, ('§2',)),
    Regel('arrangement', 10, 52, ('§2',)),
    Regel('arrangement', 11, 52, ('§2',)),
    Regel('arrangement', 12, 52, ('§2',)),
    Regel('arrangement', 13, 53, ('§2',)),
    Regel('arrangement', 14, 53, ('§2',)),
    Regel('arrangement', 15, 53, ('§2',)),
    Regel('arrangement', 16, 53, ('§2',)),
    Regel('arrangement', 17, 53, ('§2',)),
    Regel('arrangement', 18, 53, ('§2',)),
)
TABEL_ARRANGEMENT_CELLEN: dict[tuple, tuple[int, Any]] = {
    (Intensiteit.GEMIDDELD, Zwaarte.A, TypeOndersteuning.ONDERSTEUNEND,): (1, Arrangement.A1_ONDERSTEUNEND),
    (Intensiteit.GEMIDDELD, Zwaarte.A, TypeOndersteuning.ACTIVEREND,): (2, Arrangement.A1_ACTIVEREND),
    (Intensiteit.GEMIDDELD, Zwaarte.B, TypeOndersteuning.ONDERSTEUNEND,): (3, Arrangement.B1_ONDERSTEUNEND),
    (Intensiteit.GEMIDDELD, Zwaarte.B, TypeOndersteuning.ACTIVEREND,): (4, Arrangement.B1_ACTIVEREND),
    (Intensiteit.GEMIDDELD, Zwaarte.C, TypeOndersteuning.ONDERSTEUNEND,): (5, Arrangement.C1_ONDERSTEUNEND),
    (Intensiteit.GEMIDDELD, Zwaarte.C, TypeOndersteuning.ACTIVEREND,): (6, Arrangement.C1_ACTIVEREND),
    (Intensiteit.PLUS, Zwaarte.A, TypeOndersteuning.ONDERSTEUNEND,): (7, Arrangement.A2_ONDERSTEUNEND),
    (Intensiteit.PLUS, Zwaarte.A, TypeOndersteuning.ACTIVEREND,): (8, Arrangement.A2_ACTIVEREND),
    (Intensiteit.PLUS, Zwaarte.B, TypeOndersteuning.ONDERSTEUNEND,): (9, Arrangement.B2_ONDERSTEUNEND),
    (Intensiteit.PLUS, Zwaarte.B, TypeOndersteuning.ACTIVEREND,): (10, Arrangement.B2_ACTIVEREND),
    (Intensiteit.PLUS, Zwaarte.C, TypeOndersteuning.ONDERSTEUNEND,): (11, Arrangement.C2_ONDERSTEUNEND),
    (Intensiteit.PLUS, Zwaarte.C, TypeOndersteuning.ACTIVEREND,): (12, Arrangement.C2_ACTIVEREND),
    (Intensiteit.PLUSPLUS, Zwaarte.A, TypeOndersteuning.ONDERSTEUNEND,): (13, Arrangement.A3_ONDERSTEUNEND),
    (Intensiteit.PLUSPLUS, Zwaarte.A, TypeOndersteuning.ACTIVEREND,): (14, Arrangement.A3_ACTIVEREND),
    (Intensiteit.PLUSPLUS, Zwaarte.B, TypeOndersteuning.ONDERSTEUNEND,): (15, Arrangement.B3_ONDERSTEUNEND),
    (Intensiteit.PLUSPLUS, Zwaarte.B, TypeOndersteuning.ACTIVEREND,): (16, Arrangement.B3_ACTIVEREND),
    (Intensiteit.PLUSPLUS, Zwaarte.C, TypeOndersteuning.ONDERSTEUNEND,): (17, Arrangement.C3_ONDERSTEUNEND),
    (Intensiteit.PLUSPLUS, Zwaarte.C, TypeOndersteuning.ACTIVEREND,): (18, Arrangement.C3_ACTIVEREND),
}


def tabel_arrangement(intensiteit: Intensiteit, zwaarte: Zwaarte, type_ondersteuning: TypeOndersteuning) -> Beslissing:
    """Kruistabel 'arrangement' (uniek); bron §2."""
    if intensiteit is None or zwaarte is None or type_ondersteuning is None:
        return Beslissing('arrangement', {'arrangement': None}, ())
    rij, waarde = TABEL_ARRANGEMENT_CELLEN[(intensiteit, zwaarte, type_ondersteuning, )]
    return Beslissing('arrangement', {'arrangement': waarde}, (TABEL_ARRANGEMENT_REGELS[rij - 1],))


# -- Een hele casus

@dataclass(frozen=True)
class Resultaat:
    """Alle uitkomsten van één casus, en per tabel de rijen die de doorslag gaven."""

    zwaarte: Zwaarte
    arrangement: Arrangement
    beslissingen: tuple[Beslissing, ...]

    def waarden(self) -> dict[str, Any]:
        return {
            'zwaarte': self.zwaarte,
            'arrangement': self.arrangement,
        }


UITVOER: list[str] = [
    'zwaarte',
    'arrangement',
]


def beslis(invoer: Invoer) -> Resultaat:
    """Beslis over één casus: elke afgeleide waarde en elke tabel, in volgorde van afhankelijkheid."""
    aantal_resultaatgebieden = invoer.aantal_resultaatgebieden
    type_ondersteuning = invoer.type_ondersteuning
    intensiteit = invoer.intensiteit
    beslissingen: list[Beslissing] = []
    b = tabel_zwaarte(aantal_resultaatgebieden)
    beslissingen.append(b)
    zwaarte = b.uitkomst['zwaarte']
    b = tabel_arrangement(intensiteit, zwaarte, type_ondersteuning)
    beslissingen.append(b)
    arrangement = b.uitkomst['arrangement']
    return Resultaat(
        zwaarte=zwaarte,
        arrangement=arrangement,
        beslissingen=tuple(beslissingen),
    )


def beslis_json(casus: Any) -> dict:
    """JSON in, JSON uit: dezelfde vorm als `regels beslis --json`."""
    resultaat = beslis(lees_invoer(casus))
    return resultaat_json(REGELSET, resultaat.waarden(), UITVOER, list(resultaat.beslissingen))
