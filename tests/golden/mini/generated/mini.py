# Gegenereerd door `regels bouw` uit regels/mini.regels.
# Niet met de hand bewerken: wijzig de .regels-bestanden en draai `regels bouw`.
"""Regelset 'Mini': de beslissing, gegenereerd uit de regels.

Gebruik: ``beslis(lees_invoer(casus))`` voor getypte uitkomsten met spoor, ``uitkomsten(...)``
zonder spoor, of ``beslis_json(casus)`` voor de JSON-koppeling met een zaaksysteem. Alleen de
standaardbibliotheek en de runtime van de compiler (compiler/semantiek/runtime.py, ook alleen
standaardbibliotheek).
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from enum import Enum
from typing import Any, NamedTuple

# De ene runtime (alleen de standaardbibliotheek): waarden, rekenen met onbekend, de hit-regels.
from compiler.semantiek.runtime import (  # noqa: F401 - niet elke regelset gebruikt elke functie
    Beslissing, Duur, GeenBeslissing, Geldigheid, OngeldigeInvoer, Regel, Soort, Spoortabel, aantal, als, bevat, en,
    grootste, halverwege, hitregel, kleinste, lees_bedrag, lees_casus, lees_datum, lees_duur, lees_leden, lees_waarde,
    met_peildatum, niet, of, plus_duur, rekensom, resultaat_json, spoor, vergelijk, vul_in,
)
from compiler.semantiek.weergave import JsonSpoor, Uitlegger

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


class Invoer(NamedTuple):
    """De invoer van één casus, gelezen en gecontroleerd (in de volgorde van VELDEN)."""

    leeftijd: int
    kleur: Kleur
    lid: bool
    bedrag: Decimal
    begindatum: datetime.date
    looptijd: Duur | None
    kleuren: frozenset[Kleur]

    def waarden(self) -> dict[str, Any]:
        return dict(zip(VELDEN, self))


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
            if type(leeftijd) is not int or not -1000000000000000 < leeftijd < 1000000000000000 or leeftijd < 0 or leeftijd > 130:
                raise ValueError
            kleur = _Kleur_VAN_TEKST[casus['kleur']]
            lid = casus['lid']
            if lid is not True and lid is not False:
                raise ValueError
            bedrag = casus['bedrag']
            bedrag = lees_bedrag(bedrag)
            if bedrag < _BEDRAG_0:
                raise ValueError
            begindatum = casus['begindatum']
            begindatum = lees_datum(begindatum)
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
        leeftijd, kleur, lid, bedrag, begindatum, looptijd, kleuren,
    )


def maak_invoer(*waarden: Any) -> Invoer:
    """Een Invoer uit gelezen waarden in de volgorde van VELDEN (keuzelijstwaarden als lid, zie
    lees_veld), na de controles."""
    controleer(*waarden)
    return Invoer(*waarden)


def controleer(
    leeftijd: int, kleur: Kleur, lid: bool, bedrag: Decimal, begindatum: datetime.date, looptijd: Duur | None,
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


# -- De beslissing: elke tabel één keer, in volgorde van afhankelijkheid


# Kruistabel 'advies': per vak (rij, uitkomst).
TABEL_ADVIES: dict[tuple, tuple[int, Any]] = {
    (_Kleur_ROOD, _Maat_KLEIN): (1, _Advies_STOPPEN),
    (_Kleur_ROOD, _Maat_GROOT): (2, _Advies_WACHTEN),
    (_Kleur_GROEN, _Maat_KLEIN): (3, _Advies_DOORGAAN),
    (_Kleur_GROEN, _Maat_GROOT): (4, _Advies_DOORGAAN),
    (_Kleur_BLAUW_OF_PAARS, _Maat_KLEIN): (5, _Advies_WACHTEN),
    (_Kleur_BLAUW_OF_PAARS, _Maat_GROOT): (6, _Advies_STOPPEN),
}


def _beslis(
    leeftijd: int, kleur: Kleur, lid: bool, bedrag: Decimal, begindatum: datetime.date, looptijd: Duur | None,
    kleuren: frozenset[Kleur],
) -> tuple[tuple, tuple]:
    """Alle uitkomsten (in de volgorde van UITVOER) en per tabel de rij(en) die de doorslag gaven
    (in de volgorde van TABELLEN), uit gecontroleerde waarden in de volgorde van VELDEN."""
    aantal_kleuren = len(kleuren)
    einddatum = (None if looptijd is None else plus_duur(begindatum, looptijd))
    evaluatie = (None if einddatum is None else halverwege(begindatum, einddatum))
    volwassen = ((leeftijd >= 18) and lid)

    # Beslistabel maat (uniek), §1
    rij_maat: int | None
    maat: Maat | None
    if leeftijd < 18:  # rij 1: tot 18
        rij_maat, maat = 1, _Maat_KLEIN
    elif leeftijd >= 18:  # rij 2: vanaf 18
        rij_maat, maat = 2, _Maat_GROOT
    else:
        raise GeenBeslissing('tabel “maat”: geen rij past')

    # Beslistabel korting (eerste), §1
    rij_korting: int | None
    korting: Decimal | None
    if lid is True and bedrag >= _BEDRAG_100:  # rij 1: ja | vanaf € 100
        rij_korting, korting = 1, _BEDRAG_10
    elif lid is True:  # rij 2: ja | -
        rij_korting, korting = 2, _BEDRAG_2_50
    else:
        rij_korting, korting = 3, _BEDRAG_0  # anders

    # Beslistabel signalen (verzamel), §2
    rij_signalen: list[int] = []
    _lijst_signaal: list[str] = []
    if _Kleur_ROOD in kleuren:  # rij 1
        rij_signalen.append(1)
        _lijst_signaal.append('rood gekozen')
    if (looptijd is not None and looptijd > _DUUR_24):  # rij 2
        rij_signalen.append(2)
        _lijst_signaal.append('lange looptijd')
    if len(kleuren) == 0:  # rij 3
        rij_signalen.append(3)
        _lijst_signaal.append('geen kleur')
    signaal = tuple(_lijst_signaal)

    # Kruistabel advies (uniek), §2
    rij_advies: int | None
    advies: Advies | None
    if kleur is None or maat is None:
        rij_advies = advies = None
    else:
        rij_advies, advies = TABEL_ADVIES[(kleur, maat)]
    uitkomsten = (
        aantal_kleuren, einddatum, evaluatie, volwassen, maat, korting, signaal, advies,
    )
    return uitkomsten, (rij_maat, rij_korting, rij_signalen, rij_advies,)


# -- Wat een spoor per tabel nodig heeft: naam, uitkomsten, bron, en per rij (regel in de bron, eigen bron)

TABELLEN: tuple[Spoortabel, ...] = (
    Spoortabel('maat', ('maat',), ('§1',), (
        (43,), (44,),
    )),
    Spoortabel('korting', ('korting',), ('§1',), (
        (50,), (51,), (52,),
    )),
    Spoortabel('signalen', ('signaal',), ('§2',), (
        (58,), (59,), (60,),
    )),
    Spoortabel('advies', ('advies',), ('§2',), (
        (68,), (68,), (69,), (69,), (70,), (70,),
    )),
)


# -- Een hele casus

class Resultaat(NamedTuple):
    """Alle uitkomsten van één casus (in de volgorde van UITVOER), en per tabel de rij(en) die de
    doorslag gaven."""

    aantal_kleuren: int
    einddatum: datetime.date | None
    evaluatie: datetime.date | None
    volwassen: bool
    maat: Maat
    korting: Decimal
    signaal: tuple[str, ...]
    advies: Advies
    rijen: tuple

    @property
    def beslissingen(self) -> tuple[Beslissing, ...]:
        """Per tabel de Beslissing: uitkomst en rijen met bron. Pas gemaakt als iemand erom vraagt."""
        return spoor(TABELLEN, self.waarden(), self.rijen)

    def waarden(self) -> dict[str, Any]:
        return dict(zip(UITVOER, self))


UITVOER: list[str] = [
    'aantal kleuren', 'einddatum', 'evaluatie', 'volwassen', 'maat', 'korting', 'signaal', 'advies',
]
# Per uitkomst (volgorde van UITVOER) haar soort: zo zet beslis_json een waarde om zonder naar haar type te kijken.
UITVOER_SOORT: list[str] = [
    'getal', 'datum', 'datum', 'janee', 'keuze', 'bedrag', 'lijst van tekst', 'keuze',
]


def beslis(invoer: Invoer) -> Resultaat:
    """Beslis over één casus, met het spoor: welke rij van elke tabel de doorslag gaf."""
    uitkomsten, rijen = _beslis(*invoer)
    return Resultaat._make((*uitkomsten, rijen))


# Wat alleen van een rij afhangt (de bron per rij, waar elke uitkomst staat) één keer bij het laden;
# per casus alleen de waarden: hetzelfde antwoord als resultaat_json(…, beslis(…).beslissingen).
_JSON = JsonSpoor(REGELSET, TABELLEN, UITVOER, UITVOER_SOORT)


def beslis_json(casus: Any, peildatum: datetime.date | str | None = None) -> dict:
    """JSON in, JSON uit: dezelfde vorm als `regels beslis --json`. De peildatum (standaard: vandaag,
    of het veld "peildatum" van de casus) is de datum waarvan de regels gelden."""
    uitkomsten, rijen = _beslis(*lees_invoer(met_peildatum(casus, peildatum, GELDIGHEID)))
    return _JSON.json(uitkomsten, rijen)


def uitkomsten(invoer: Invoer) -> dict[str, Any]:
    """Alleen de uitkomsten: dezelfde waarden als beslis(invoer).waarden()."""
    return dict(zip(UITVOER, uitkomsten_rij(invoer)))


def uitkomsten_rij(invoer: Invoer) -> tuple:
    """De uitkomsten als tuple, in de volgorde van UITVOER."""
    return _beslis(*invoer)[0]


def uitkomsten_waarden(*waarden: Any) -> tuple:
    """De uitkomsten als tuple (volgorde van UITVOER) uit gecontroleerde waarden in de volgorde van
    VELDEN (zie controleer): het snelle pad voor `regels beslis --batch` en `regels vergelijk`."""
    return _beslis(*waarden)[0]


# -- Uitleg: per tabel één zin, dezelfde als `regels beslis --uitleg`

# Per (tabel, rij) de zin; (tabel, None) geldt voor elke rij die er geen eigen heeft, en als er geen rij paste.
UITLEG: dict[tuple[str, int | None], str] = {
    ('maat', None): 'U bent {leeftijd} jaar. Volgens {bron} hoort daarbij maat {maat}.',
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
TABEL_BRON: dict[str, str] = {t.naam: ", ".join(t.bron) for t in TABELLEN}
# De volgorde van de route (zie compiler/semantiek/route.py): zo leest de uitleg.
ROUTE: dict[str, int] = {
    'maat': 0,
    'korting': 1,
    'signalen': 2,
    'advies': 3,
}
VERZAMEL: frozenset[str] = frozenset({
    'signalen',
})


# De zinnen bij het laden gesplitst op hun {plaatshouders}; per casus alleen de waarden als tekst:
# dezelfde zinnen als vul_in(UITLEG[…], invoer en uitkomsten, {bron, rij}) per Beslissing, in de
# volgorde van de route, zonder de stappen die voor deze casus niet gelden.
_UITLEGGER = Uitlegger(TABELLEN, list(VELDEN), UITVOER, UITLEG, ROUTE, VERZAMEL)


def uitleg(invoer: Invoer, resultaat: Resultaat) -> list[str]:
    """Hoe de uitkomst tot stand kwam: per tabel een zin in gewone taal, met de paragraaf."""
    return _UITLEGGER.zinnen(invoer, resultaat, resultaat.rijen)
