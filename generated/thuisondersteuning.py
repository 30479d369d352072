# Gegenereerd door `regels bouw` uit regels/thuisondersteuning/arrangement.regels, regels/thuisondersteuning/besluit.regels, regels/thuisondersteuning/dekking.regels, regels/thuisondersteuning/duur.regels, regels/thuisondersteuning/ehs.regels, regels/thuisondersteuning/huishouden.regels, regels/thuisondersteuning/intensiteit.regels, regels/thuisondersteuning/leveringsvorm.regels, regels/thuisondersteuning/regelset.regels, regels/thuisondersteuning/tarieven.regels, regels/thuisondersteuning/toegang.regels, regels/thuisondersteuning/type.regels, regels/thuisondersteuning/zwaarte.regels.
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
    halverwege, kies, kleinste, lees_casus, niet, of, rekensom, resultaat_json, vergelijk, vul_in,
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
    AANGEPAST_ARRANGEMENT_1 = 'aangepast arrangement 1'
    AANGEPAST_ARRANGEMENT_2 = 'aangepast arrangement 2'


class Besluit(str, Enum):
    """Keuzelijst 'besluit'."""

    TOEKENNING = 'toekenning'
    AFWIJZING = 'afwijzing'
    GEEN_MAATWERKVOORZIENING = 'geen maatwerkvoorziening'
    SWT_BEOORDEELT = 'SWT beoordeelt'


class Doelgroep(str, Enum):
    """Keuzelijst 'doelgroep'."""

    PSYCHOGERIATRISCHE_OF_SOMATISCHE_AANDOENING = 'psychogeriatrische of somatische aandoening'
    PSYCHIATRISCHE_OF_PSYCHOSOCIALE_AANDOENING = 'psychiatrische of psychosociale aandoening'
    NIET_AANGEBOREN_HERSENLETSEL = 'niet aangeboren hersenletsel'
    LICHT_VERSTANDELIJKE_BEPERKING = 'licht verstandelijke beperking'
    COMPLEXE_PROBLEMATIEK = 'complexe problematiek'


class Intensiteit(str, Enum):
    """Keuzelijst 'intensiteit'."""

    GEMIDDELD = 'gemiddeld'
    PLUS = 'plus'
    PLUSPLUS = 'plusplus'


class Leveringsvorm(str, Enum):
    """Keuzelijst 'leveringsvorm'."""

    ZIN = 'ZIN'
    PGB = 'PGB'


class Omstandigheid(str, Enum):
    """Keuzelijst 'omstandigheid'."""

    GEDRAGSMATIGE_KANT_VAN_DE_CLIENT = 'gedragsmatige kant van de cliënt'
    LIFE_EVENTS = 'life-events'
    ACUTE_SITUATIE = 'acute situatie'
    SPECIFIEKE_BENADERING = 'specifieke benadering'
    GEVAAR_VOOR_OMGEVING = 'gevaar voor omgeving'
    GEZINSSITUATIE = 'gezinssituatie'
    COPD = 'COPD'
    BEDLEGERIGHEID = 'bedlegerigheid'
    INCONTINENTIE = 'incontinentie'
    ROLSTOELGEBONDENHEID = 'rolstoelgebondenheid'
    LICHAMELIJKE_BEPERKINGEN_OF_BELEMMERINGEN = 'lichamelijke beperkingen of belemmeringen'
    OVERNAME_VAN_DE_REGIE_OVER_HET_HUISHOUDEN = 'overname van de regie over het huishouden'
    BESMET_WASGOED_OF_VAKER_WASSEN = 'besmet wasgoed of vaker wassen'


class OmstandigheidBinnenGemiddeld(str, Enum):
    """Keuzelijst 'omstandigheid binnen gemiddeld'."""

    GROOTTE_OF_TYPE_VAN_DE_WONING = 'grootte of type van de woning'
    GEZINSSAMENSTELLING = 'gezinssamenstelling'
    INRICHTING_VAN_DE_WONING = 'inrichting van de woning'
    HET_DOEN_VAN_DE_WAS = 'het doen van de was'


class OordeelBasisarrangement(str, Enum):
    """Keuzelijst 'oordeel basisarrangement'."""

    BASISARRANGEMENT_PAST = 'basisarrangement past'
    LEUN_EN_STEUN_OM_AF_TE_BOUWEN = 'leun en steun om af te bouwen'
    HOOGSTE_ARRANGEMENT_ONTOEREIKEND = 'hoogste arrangement ontoereikend'
    HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN = 'hele huishouden tijdelijk overnemen'


class Resultaatgebied(str, Enum):
    """Keuzelijst 'resultaatgebied'."""

    ADMINISTRATIE_EN_FINANCIEN = 'administratie en financiën'
    HUISHOUDEN = 'huishouden'
    REGELVERMOGEN_EN_DAGSTRUCTUUR = 'regelvermogen en dagstructuur'
    SOCIAAL_EN_PERSOONLIJK_FUNCTIONEREN = 'sociaal en persoonlijk functioneren'
    ZELFZORG_EN_GEZONDHEID = 'zelfzorg en gezondheid'
    GEZIN = 'gezin'


class Terrein(str, Enum):
    """Keuzelijst 'terrein'."""

    COGNITIEF_FUNCTIONEREN = 'cognitief functioneren'
    PSYCHISCH_FUNCTIONEREN = 'psychisch functioneren'
    ORIENTATIE_EN_GEHEUGEN = 'oriëntatie en geheugen'
    LICHAMELIJKE_BEPERKINGEN = 'lichamelijke beperkingen'


class Toegang(str, Enum):
    """Keuzelijst 'toegang'."""

    VERLEEND = 'verleend'
    GEWEIGERD = 'geweigerd'
    SWT_BEOORDEELT = 'SWT beoordeelt'


class TypeOndersteuning(str, Enum):
    """Keuzelijst 'type ondersteuning'."""

    ONDERSTEUNEND = 'ondersteunend'
    ACTIVEREND = 'activerend'


class Typebeeld(str, Enum):
    """Keuzelijst 'typebeeld'."""

    GEHEEL_ACTIVEREND = 'geheel activerend'
    GEHEEL_ONDERSTEUNEND = 'geheel ondersteunend'
    GEMENGD = 'gemengd'
    GEEN_RESULTAATGEBIED = 'geen resultaatgebied'


class UitgeslotenOndersteuning(str, Enum):
    """Keuzelijst 'uitgesloten ondersteuning'."""

    RECREATIEVE_EN_SOCIAAL_CULTURELE_ACTIVITEITEN = 'recreatieve en sociaal-culturele activiteiten'
    BOODSCHAPPEN_DOEN = 'boodschappen doen'
    DAGBESTEDING = 'dagbesteding'
    VERVOER_NAAR_BEHANDELING = 'vervoer naar behandeling'
    ONDERWIJSBEGELEIDING = 'onderwijsbegeleiding'
    BEHANDELING_OF_THERAPIE = 'behandeling of therapie'
    MEDICATIE = 'medicatie'
    BEKOSTIGEN_VAN_VERBLIJF = 'bekostigen van verblijf'


class Zwaarte(str, Enum):
    """Keuzelijst 'zwaarte'."""

    A = 'A'
    B = 'B'
    C = 'C'


# -- Invoer

VELDEN: dict[str, Soort] = {
    'SWT-oordeel over het basisarrangement': Soort('keuze', ('basisarrangement past', 'leun en steun om af te bouwen', 'hoogste arrangement ontoereikend', 'hele huishouden tijdelijk overnemen'), None, None, False),
    'benodigde uren per week': Soort('getal', (), 0, 168, True),
    'ingangsdatum': Soort('datum', (), datetime.date(2022, 1, 1), None, False),
    'verandering op korte termijn verwacht': Soort('janee', (), None, None, False),
    'gevraagde duur': Soort('duur', (), Duur(1), None, True),
    'voorliggende was- en strijkservice bruikbaar': Soort('janee', (), None, None, True),
    'verzwarende omstandigheden': Soort('verzameling', ('gedragsmatige kant van de cliënt', 'life-events', 'acute situatie', 'specifieke benadering', 'gevaar voor omgeving', 'gezinssituatie', 'COPD', 'bedlegerigheid', 'incontinentie', 'rolstoelgebondenheid', 'lichamelijke beperkingen of belemmeringen', 'overname van de regie over het huishouden', 'besmet wasgoed of vaker wassen'), None, None, False),
    'omstandigheden die de inzet verhogen': Soort('verzameling', ('gedragsmatige kant van de cliënt', 'life-events', 'acute situatie', 'specifieke benadering', 'gevaar voor omgeving', 'gezinssituatie', 'COPD', 'bedlegerigheid', 'incontinentie', 'rolstoelgebondenheid', 'lichamelijke beperkingen of belemmeringen', 'overname van de regie over het huishouden', 'besmet wasgoed of vaker wassen'), None, None, True),
    'omstandigheden binnen gemiddeld': Soort('verzameling', ('grootte of type van de woning', 'gezinssamenstelling', 'inrichting van de woning', 'het doen van de was'), None, None, False),
    'verlichtende omstandigheden': Soort('janee', (), None, None, False),
    'leveringsvorm': Soort('keuze', ('ZIN', 'PGB'), None, None, False),
    'doelgroep': Soort('keuze', ('psychogeriatrische of somatische aandoening', 'psychiatrische of psychosociale aandoening', 'niet aangeboren hersenletsel', 'licht verstandelijke beperking', 'complexe problematiek'), None, None, True),
    'leeftijd': Soort('getal', (), 0, 130, False),
    'nieuwe toekenning': Soort('janee', (), None, None, False),
    'SWT-oordeel uitzondering leeftijd': Soort('janee', (), None, None, True),
    'heeft eigen huisvesting': Soort('janee', (), None, None, False),
    'huurovereenkomst afhankelijk van de ondersteuning': Soort('janee', (), None, None, False),
    'beperkingen op terreinen': Soort('verzameling', ('cognitief functioneren', 'psychisch functioneren', 'oriëntatie en geheugen', 'lichamelijke beperkingen'), None, None, False),
    'gevraagde ondersteuning buiten de voorziening': Soort('verzameling', ('recreatieve en sociaal-culturele activiteiten', 'boodschappen doen', 'dagbesteding', 'vervoer naar behandeling', 'onderwijsbegeleiding', 'behandeling of therapie', 'medicatie', 'bekostigen van verblijf'), None, None, False),
    'activerend op': Soort('verzameling', ('administratie en financiën', 'huishouden', 'regelvermogen en dagstructuur', 'sociaal en persoonlijk functioneren', 'zelfzorg en gezondheid', 'gezin'), None, None, False),
    'zwaartepunt type': Soort('keuze', ('ondersteunend', 'activerend'), None, None, True),
    'resultaatgebieden met ondersteuningsvraag': Soort('verzameling', ('administratie en financiën', 'huishouden', 'regelvermogen en dagstructuur', 'sociaal en persoonlijk functioneren', 'zelfzorg en gezondheid', 'gezin'), None, None, False),
    'via voorliggende voorziening': Soort('verzameling', ('administratie en financiën', 'huishouden', 'regelvermogen en dagstructuur', 'sociaal en persoonlijk functioneren', 'zelfzorg en gezondheid', 'gezin'), None, None, False),
    'via netwerk': Soort('verzameling', ('administratie en financiën', 'huishouden', 'regelvermogen en dagstructuur', 'sociaal en persoonlijk functioneren', 'zelfzorg en gezondheid', 'gezin'), None, None, False),
    'later opgepakt': Soort('verzameling', ('administratie en financiën', 'huishouden', 'regelvermogen en dagstructuur', 'sociaal en persoonlijk functioneren', 'zelfzorg en gezondheid', 'gezin'), None, None, False),
}
CONTROLES: tuple[str, ...] = (
    'Een omstandigheid kan de inzet alleen verhogen als het ook een verzwarende omstandigheid is.',
    'Wat een voorliggende voorziening, het netwerk of later oppakt, is ook een resultaatgebied met een ondersteuningsvraag.',
    'Een resultaatgebied staat bij hooguit één van ‘via voorliggende voorziening’, ‘via netwerk’ en ‘later opgepakt’.',
)


@dataclass(frozen=True)
class Invoer:
    """De invoer van één casus."""

    swt_oordeel_over_het_basisarrangement: OordeelBasisarrangement
    benodigde_uren_per_week: int | None
    ingangsdatum: datetime.date
    verandering_op_korte_termijn_verwacht: bool
    gevraagde_duur: Duur | None
    voorliggende_was_en_strijkservice_bruikbaar: bool | None
    verzwarende_omstandigheden: frozenset[Omstandigheid]
    omstandigheden_die_de_inzet_verhogen: frozenset[Omstandigheid] | None
    omstandigheden_binnen_gemiddeld: frozenset[OmstandigheidBinnenGemiddeld]
    verlichtende_omstandigheden: bool
    leveringsvorm: Leveringsvorm
    doelgroep: Doelgroep | None
    leeftijd: int
    nieuwe_toekenning: bool
    swt_oordeel_uitzondering_leeftijd: bool | None
    heeft_eigen_huisvesting: bool
    huurovereenkomst_afhankelijk_van_de_ondersteuning: bool
    beperkingen_op_terreinen: frozenset[Terrein]
    gevraagde_ondersteuning_buiten_de_voorziening: frozenset[UitgeslotenOndersteuning]
    activerend_op: frozenset[Resultaatgebied]
    zwaartepunt_type: TypeOndersteuning | None
    resultaatgebieden_met_ondersteuningsvraag: frozenset[Resultaatgebied]
    via_voorliggende_voorziening: frozenset[Resultaatgebied]
    via_netwerk: frozenset[Resultaatgebied]
    later_opgepakt: frozenset[Resultaatgebied]

    def waarden(self) -> dict[str, Any]:
        return {
            'SWT-oordeel over het basisarrangement': self.swt_oordeel_over_het_basisarrangement,
            'benodigde uren per week': self.benodigde_uren_per_week,
            'ingangsdatum': self.ingangsdatum,
            'verandering op korte termijn verwacht': self.verandering_op_korte_termijn_verwacht,
            'gevraagde duur': self.gevraagde_duur,
            'voorliggende was- en strijkservice bruikbaar': self.voorliggende_was_en_strijkservice_bruikbaar,
            'verzwarende omstandigheden': self.verzwarende_omstandigheden,
            'omstandigheden die de inzet verhogen': self.omstandigheden_die_de_inzet_verhogen,
            'omstandigheden binnen gemiddeld': self.omstandigheden_binnen_gemiddeld,
            'verlichtende omstandigheden': self.verlichtende_omstandigheden,
            'leveringsvorm': self.leveringsvorm,
            'doelgroep': self.doelgroep,
            'leeftijd': self.leeftijd,
            'nieuwe toekenning': self.nieuwe_toekenning,
            'SWT-oordeel uitzondering leeftijd': self.swt_oordeel_uitzondering_leeftijd,
            'heeft eigen huisvesting': self.heeft_eigen_huisvesting,
            'huurovereenkomst afhankelijk van de ondersteuning': self.huurovereenkomst_afhankelijk_van_de_ondersteuning,
            'beperkingen op terreinen': self.beperkingen_op_terreinen,
            'gevraagde ondersteuning buiten de voorziening': self.gevraagde_ondersteuning_buiten_de_voorziening,
            'activerend op': self.activerend_op,
            'zwaartepunt type': self.zwaartepunt_type,
            'resultaatgebieden met ondersteuningsvraag': self.resultaatgebieden_met_ondersteuningsvraag,
            'via voorliggende voorziening': self.via_voorliggende_voorziening,
            'via netwerk': self.via_netwerk,
            'later opgepakt': self.later_opgepakt,
        }


# Van tekst naar keuzelijstwaarde in één opzoeking: Doelgroep(tekst) is tien keer zo traag.
_Doelgroep_VAN_TEKST = {lid.value: lid for lid in Doelgroep}
_Leveringsvorm_VAN_TEKST = {lid.value: lid for lid in Leveringsvorm}
_Omstandigheid_VAN_TEKST = {lid.value: lid for lid in Omstandigheid}
_OmstandigheidBinnenGemiddeld_VAN_TEKST = {lid.value: lid for lid in OmstandigheidBinnenGemiddeld}
_OordeelBasisarrangement_VAN_TEKST = {lid.value: lid for lid in OordeelBasisarrangement}
_Resultaatgebied_VAN_TEKST = {lid.value: lid for lid in Resultaatgebied}
_Terrein_VAN_TEKST = {lid.value: lid for lid in Terrein}
_TypeOndersteuning_VAN_TEKST = {lid.value: lid for lid in TypeOndersteuning}
_UitgeslotenOndersteuning_VAN_TEKST = {lid.value: lid for lid in UitgeslotenOndersteuning}


def lees_invoer(casus: Any) -> Invoer:
    """Lees een casus (JSON-object met de Nederlandse veldnamen); elke fout wordt gemeld, niets beslist."""
    waarden = lees_casus(VELDEN, casus)
    fouten: dict[str, str] = {}
    swt_oordeel_over_het_basisarrangement = waarden['SWT-oordeel over het basisarrangement']
    benodigde_uren_per_week = waarden['benodigde uren per week']
    ingangsdatum = waarden['ingangsdatum']
    verandering_op_korte_termijn_verwacht = waarden['verandering op korte termijn verwacht']
    gevraagde_duur = waarden['gevraagde duur']
    voorliggende_was_en_strijkservice_bruikbaar = waarden['voorliggende was- en strijkservice bruikbaar']
    verzwarende_omstandigheden = waarden['verzwarende omstandigheden']
    omstandigheden_die_de_inzet_verhogen = waarden['omstandigheden die de inzet verhogen']
    omstandigheden_binnen_gemiddeld = waarden['omstandigheden binnen gemiddeld']
    verlichtende_omstandigheden = waarden['verlichtende omstandigheden']
    leveringsvorm = waarden['leveringsvorm']
    doelgroep = waarden['doelgroep']
    leeftijd = waarden['leeftijd']
    nieuwe_toekenning = waarden['nieuwe toekenning']
    swt_oordeel_uitzondering_leeftijd = waarden['SWT-oordeel uitzondering leeftijd']
    heeft_eigen_huisvesting = waarden['heeft eigen huisvesting']
    huurovereenkomst_afhankelijk_van_de_ondersteuning = waarden['huurovereenkomst afhankelijk van de ondersteuning']
    beperkingen_op_terreinen = waarden['beperkingen op terreinen']
    gevraagde_ondersteuning_buiten_de_voorziening = waarden['gevraagde ondersteuning buiten de voorziening']
    activerend_op = waarden['activerend op']
    zwaartepunt_type = waarden['zwaartepunt type']
    resultaatgebieden_met_ondersteuningsvraag = waarden['resultaatgebieden met ondersteuningsvraag']
    via_voorliggende_voorziening = waarden['via voorliggende voorziening']
    via_netwerk = waarden['via netwerk']
    later_opgepakt = waarden['later opgepakt']
    if vergelijk('=', aantal(rekensom('-', omstandigheden_die_de_inzet_verhogen, verzwarende_omstandigheden)), 0) is False:
        fouten["controle 1"] = CONTROLES[0]
    if (len(rekensom('-', rekensom('+', rekensom('+', via_voorliggende_voorziening, via_netwerk), later_opgepakt), resultaatgebieden_met_ondersteuningsvraag)) == 0) is False:
        fouten["controle 2"] = CONTROLES[1]
    if (((len(via_voorliggende_voorziening) + len(via_netwerk)) + len(later_opgepakt)) == len(rekensom('+', rekensom('+', via_voorliggende_voorziening, via_netwerk), later_opgepakt))) is False:
        fouten["controle 3"] = CONTROLES[2]
    if fouten:
        raise OngeldigeInvoer(fouten)
    return Invoer(
        swt_oordeel_over_het_basisarrangement=_OordeelBasisarrangement_VAN_TEKST[waarden['SWT-oordeel over het basisarrangement']],
        benodigde_uren_per_week=waarden['benodigde uren per week'],
        ingangsdatum=waarden['ingangsdatum'],
        verandering_op_korte_termijn_verwacht=waarden['verandering op korte termijn verwacht'],
        gevraagde_duur=waarden['gevraagde duur'],
        voorliggende_was_en_strijkservice_bruikbaar=waarden['voorliggende was- en strijkservice bruikbaar'],
        verzwarende_omstandigheden=frozenset([_Omstandigheid_VAN_TEKST[v] for v in waarden['verzwarende omstandigheden']]),
        omstandigheden_die_de_inzet_verhogen=None if waarden['omstandigheden die de inzet verhogen'] is None else frozenset([_Omstandigheid_VAN_TEKST[v] for v in waarden['omstandigheden die de inzet verhogen']]),
        omstandigheden_binnen_gemiddeld=frozenset([_OmstandigheidBinnenGemiddeld_VAN_TEKST[v] for v in waarden['omstandigheden binnen gemiddeld']]),
        verlichtende_omstandigheden=waarden['verlichtende omstandigheden'],
        leveringsvorm=_Leveringsvorm_VAN_TEKST[waarden['leveringsvorm']],
        doelgroep=None if waarden['doelgroep'] is None else _Doelgroep_VAN_TEKST[waarden['doelgroep']],
        leeftijd=waarden['leeftijd'],
        nieuwe_toekenning=waarden['nieuwe toekenning'],
        swt_oordeel_uitzondering_leeftijd=waarden['SWT-oordeel uitzondering leeftijd'],
        heeft_eigen_huisvesting=waarden['heeft eigen huisvesting'],
        huurovereenkomst_afhankelijk_van_de_ondersteuning=waarden['huurovereenkomst afhankelijk van de ondersteuning'],
        beperkingen_op_terreinen=frozenset([_Terrein_VAN_TEKST[v] for v in waarden['beperkingen op terreinen']]),
        gevraagde_ondersteuning_buiten_de_voorziening=frozenset([_UitgeslotenOndersteuning_VAN_TEKST[v] for v in waarden['gevraagde ondersteuning buiten de voorziening']]),
        activerend_op=frozenset([_Resultaatgebied_VAN_TEKST[v] for v in waarden['activerend op']]),
        zwaartepunt_type=None if waarden['zwaartepunt type'] is None else _TypeOndersteuning_VAN_TEKST[waarden['zwaartepunt type']],
        resultaatgebieden_met_ondersteuningsvraag=frozenset([_Resultaatgebied_VAN_TEKST[v] for v in waarden['resultaatgebieden met ondersteuningsvraag']]),
        via_voorliggende_voorziening=frozenset([_Resultaatgebied_VAN_TEKST[v] for v in waarden['via voorliggende voorziening']]),
        via_netwerk=frozenset([_Resultaatgebied_VAN_TEKST[v] for v in waarden['via netwerk']]),
        later_opgepakt=frozenset([_Resultaatgebied_VAN_TEKST[v] for v in waarden['later opgepakt']]),
    )


# -- Tabellen


TABEL_TYPEBEELD_REGELS = (
    Regel('typebeeld', 1, 44, ('§2.1 b',)),
    Regel('typebeeld', 2, 45, ('§2.1 b',)),
    Regel('typebeeld', 3, 46, ('§2.1 b',)),
    Regel('typebeeld', 4, 47, ('§2.1 b',)),
)


def tabel_typebeeld(aantal_activerend: int, aantal_ondersteunend: int) -> Beslissing:
    """Beslistabel 'typebeeld' (uniek); bron §2.1 b."""
    if aantal_activerend <= 0 and aantal_ondersteunend <= 0:  # rij 1: t/m 0 | t/m 0
        return Beslissing('typebeeld', {'typebeeld': Typebeeld.GEEN_RESULTAATGEBIED}, (TABEL_TYPEBEELD_REGELS[0],))
    if aantal_activerend >= 1 and aantal_ondersteunend <= 0:  # rij 2: vanaf 1 | t/m 0
        return Beslissing('typebeeld', {'typebeeld': Typebeeld.GEHEEL_ACTIVEREND}, (TABEL_TYPEBEELD_REGELS[1],))
    if aantal_activerend <= 0 and aantal_ondersteunend >= 1:  # rij 3: t/m 0 | vanaf 1
        return Beslissing('typebeeld', {'typebeeld': Typebeeld.GEHEEL_ONDERSTEUNEND}, (TABEL_TYPEBEELD_REGELS[2],))
    if aantal_activerend >= 1 and aantal_ondersteunend >= 1:  # rij 4: vanaf 1 | vanaf 1
        return Beslissing('typebeeld', {'typebeeld': Typebeeld.GEMENGD}, (TABEL_TYPEBEELD_REGELS[3],))
    raise GeenBeslissing('tabel “typebeeld”: geen rij past')


TABEL_TYPE_ONDERSTEUNING_REGELS = (
    Regel('type ondersteuning', 1, 56, ('§2.1 b',)),
    Regel('type ondersteuning', 2, 57, ('§2.1 b',)),
    Regel('type ondersteuning', 3, 58, ('§2.1 b',)),
    Regel('type ondersteuning', 4, 59, ('§2.1 b', 'bijlage B2, Type ondersteuning')),
    Regel('type ondersteuning', 5, 60, ('§2.1 b', 'bijlage B2, Type ondersteuning')),
    Regel('type ondersteuning', 6, 61, ('§2.1 b', 'bijlage B2, Type ondersteuning')),
)


def tabel_type_ondersteuning(typebeeld: Typebeeld, zwaartepunt_type: TypeOndersteuning | None) -> Beslissing:
    """Beslistabel 'type ondersteuning' (uniek); bron §2.1 b, bijlage B2, Type ondersteuning."""
    if typebeeld == Typebeeld.GEEN_RESULTAATGEBIED:  # rij 1: geen resultaatgebied | -
        return Beslissing('type ondersteuning', {'type ondersteuning': None, 'reden type': 'Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus ook geen type ondersteuning.'}, (TABEL_TYPE_ONDERSTEUNING_REGELS[0],))
    if typebeeld == Typebeeld.GEHEEL_ACTIVEREND:  # rij 2: geheel activerend | -
        return Beslissing('type ondersteuning', {'type ondersteuning': TypeOndersteuning.ACTIVEREND, 'reden type': 'Op alle resultaatgebieden is de ondersteuning activerend.'}, (TABEL_TYPE_ONDERSTEUNING_REGELS[1],))
    if typebeeld == Typebeeld.GEHEEL_ONDERSTEUNEND:  # rij 3: geheel ondersteunend | -
        return Beslissing('type ondersteuning', {'type ondersteuning': TypeOndersteuning.ONDERSTEUNEND, 'reden type': 'Op alle resultaatgebieden is de ondersteuning ondersteunend.'}, (TABEL_TYPE_ONDERSTEUNING_REGELS[2],))
    if typebeeld == Typebeeld.GEMENGD and (zwaartepunt_type is not None and zwaartepunt_type == TypeOndersteuning.ACTIVEREND):  # rij 4: gemengd | activerend
        return Beslissing('type ondersteuning', {'type ondersteuning': TypeOndersteuning.ACTIVEREND, 'reden type': 'Het type verschilt per resultaatgebied; het SWT legt het zwaartepunt bij activerend.'}, (TABEL_TYPE_ONDERSTEUNING_REGELS[3],))
    if typebeeld == Typebeeld.GEMENGD and (zwaartepunt_type is not None and zwaartepunt_type == TypeOndersteuning.ONDERSTEUNEND):  # rij 5: gemengd | ondersteunend
        return Beslissing('type ondersteuning', {'type ondersteuning': TypeOndersteuning.ONDERSTEUNEND, 'reden type': 'Het type verschilt per resultaatgebied; het SWT legt het zwaartepunt bij ondersteunend.'}, (TABEL_TYPE_ONDERSTEUNING_REGELS[4],))
    if typebeeld == Typebeeld.GEMENGD and zwaartepunt_type is None:  # rij 6: gemengd | onbekend
        return Beslissing('type ondersteuning', {'type ondersteuning': None, 'reden type': 'SWT beoordeelt waar het zwaartepunt ligt (§2.1 b): het type verschilt per resultaatgebied.'}, (TABEL_TYPE_ONDERSTEUNING_REGELS[5],))
    raise GeenBeslissing('tabel “type ondersteuning”: geen rij past')


TABEL_DUUR_PER_TYPE_REGELS = (
    Regel('duur per type', 1, 28, ('§2.1 d',)),
    Regel('duur per type', 2, 29, ('§2.1 d',)),
    Regel('duur per type', 3, 30, ('§2.1 d',)),
)


def tabel_duur_per_type(type_ondersteuning: TypeOndersteuning | None) -> Beslissing:
    """Beslistabel 'duur per type' (uniek); bron §2.1 d, bijlage B2, Duur van de ondersteuning."""
    if (type_ondersteuning is not None and type_ondersteuning == TypeOndersteuning.ACTIVEREND):  # rij 1: activerend
        return Beslissing('duur per type', {'gemiddelde duur': Duur(12), 'maximale duur': Duur(24)}, (TABEL_DUUR_PER_TYPE_REGELS[0],))
    if (type_ondersteuning is not None and type_ondersteuning == TypeOndersteuning.ONDERSTEUNEND):  # rij 2: ondersteunend
        return Beslissing('duur per type', {'gemiddelde duur': Duur(24), 'maximale duur': Duur(60)}, (TABEL_DUUR_PER_TYPE_REGELS[1],))
    if type_ondersteuning is None:  # rij 3: onbekend
        return Beslissing('duur per type', {'gemiddelde duur': None, 'maximale duur': None}, (TABEL_DUUR_PER_TYPE_REGELS[2],))
    raise GeenBeslissing('tabel “duur per type”: geen rij past')


TABEL_TOEGEKENDE_DUUR_REGELS = (
    Regel('toegekende duur', 1, 54, ('§2.1 d',)),
    Regel('toegekende duur', 2, 55, ('§2.1 d',)),
    Regel('toegekende duur', 3, 56, ('§2.1 d',)),
)


def tabel_toegekende_duur(gevraagde_duur_boven_maximum: bool | None, gevraagde_duur: Any, maximale_duur: Any) -> Beslissing:
    """Beslistabel 'toegekende duur' (uniek); bron §2.1 d."""
    if (gevraagde_duur_boven_maximum is not None and gevraagde_duur_boven_maximum is True):  # rij 1: ja
        return Beslissing('toegekende duur', {'toegekende duur': maximale_duur}, (TABEL_TOEGEKENDE_DUUR_REGELS[0],))
    if (gevraagde_duur_boven_maximum is not None and gevraagde_duur_boven_maximum is False):  # rij 2: nee
        return Beslissing('toegekende duur', {'toegekende duur': gevraagde_duur}, (TABEL_TOEGEKENDE_DUUR_REGELS[1],))
    if gevraagde_duur_boven_maximum is None:  # rij 3: onbekend
        return Beslissing('toegekende duur', {'toegekende duur': None}, (TABEL_TOEGEKENDE_DUUR_REGELS[2],))
    raise GeenBeslissing('tabel “toegekende duur”: geen rij past')


TABEL_INTENSITEIT_REGELS = (
    Regel('intensiteit', 1, 87, ('§2.1 c',)),
    Regel('intensiteit', 2, 88, ('§2.1 c',)),
    Regel('intensiteit', 3, 89, ('§2.1 c', '§3.3')),
    Regel('intensiteit', 4, 90, ('§2.1 c', '§3.3')),
    Regel('intensiteit', 5, 91, ('§2.1 c', '§3.3', 'bijlage B2, Benodigde intensiteit')),
)


def tabel_intensiteit(verzwarende_omstandigheden: frozenset[Omstandigheid], aantal_tellende_omstandigheden: int | None) -> Beslissing:
    """Beslistabel 'intensiteit' (eerste); bron §2.1 c, §3.3, bijlage B2, Benodigde intensiteit."""
    if len(verzwarende_omstandigheden) == 0:  # rij 1: leeg | -
        return Beslissing('intensiteit', {'intensiteit': Intensiteit.GEMIDDELD, 'reden intensiteit': 'Er zijn geen verzwarende omstandigheden: gemiddelde intensiteit, het vertrekpunt.'}, (TABEL_INTENSITEIT_REGELS[0],))
    if aantal_tellende_omstandigheden is None:  # rij 2: - | onbekend
        return Beslissing('intensiteit', {'intensiteit': None, 'reden intensiteit': 'SWT beoordeelt welke verzwarende omstandigheden de benodigde inzet echt verhogen (§2.1 c).'}, (TABEL_INTENSITEIT_REGELS[1],))
    if (aantal_tellende_omstandigheden is not None and aantal_tellende_omstandigheden <= 0):  # rij 3: - | t/m 0
        return Beslissing('intensiteit', {'intensiteit': Intensiteit.GEMIDDELD, 'reden intensiteit': 'Er zijn verzwarende omstandigheden, maar die verhogen de benodigde inzet niet: gemiddelde intensiteit.'}, (TABEL_INTENSITEIT_REGELS[2],))
    if (aantal_tellende_omstandigheden is not None and aantal_tellende_omstandigheden == 1):  # rij 4: - | 1
        return Beslissing('intensiteit', {'intensiteit': Intensiteit.PLUS, 'reden intensiteit': 'Eén verzwarende omstandigheid verhoogt de benodigde inzet: intensiteit plus.'}, (TABEL_INTENSITEIT_REGELS[3],))
    if (aantal_tellende_omstandigheden is not None and aantal_tellende_omstandigheden >= 2):  # rij 5: - | vanaf 2
        return Beslissing('intensiteit', {'intensiteit': Intensiteit.PLUSPLUS, 'reden intensiteit': 'Een combinatie van verzwarende omstandigheden verhoogt de benodigde inzet: intensiteit plusplus.'}, (TABEL_INTENSITEIT_REGELS[4],))
    raise GeenBeslissing('tabel “intensiteit”: geen rij past')


TABEL_ZWAARTE_REGELS = (
    Regel('zwaarte', 1, 59, ('§2.1 a',)),
    Regel('zwaarte', 2, 60, ('§2.1 a',)),
    Regel('zwaarte', 3, 61, ('§2.1 a',)),
    Regel('zwaarte', 4, 62, ('§2.1 a',)),
)


def tabel_zwaarte(aantal_resultaatgebieden: int) -> Beslissing:
    """Beslistabel 'zwaarte' (uniek); bron §1.1, §2.1 a, bijlage B2, Zwaarte van de ondersteuningsvraag."""
    if aantal_resultaatgebieden <= 0:  # rij 1: t/m 0
        return Beslissing('zwaarte', {'zwaarte': None, 'reden zwaarte': 'Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus ook geen zwaarte.'}, (TABEL_ZWAARTE_REGELS[0],))
    if 1 <= aantal_resultaatgebieden <= 2:  # rij 2: 1 t/m 2
        return Beslissing('zwaarte', {'zwaarte': Zwaarte.A, 'reden zwaarte': 'Bij 1 of 2 resultaatgebieden hoort zwaarte A.'}, (TABEL_ZWAARTE_REGELS[1],))
    if 3 <= aantal_resultaatgebieden <= 4:  # rij 3: 3 t/m 4
        return Beslissing('zwaarte', {'zwaarte': Zwaarte.B, 'reden zwaarte': 'Bij 3 of 4 resultaatgebieden hoort zwaarte B.'}, (TABEL_ZWAARTE_REGELS[2],))
    if aantal_resultaatgebieden >= 5:  # rij 4: vanaf 5
        return Beslissing('zwaarte', {'zwaarte': Zwaarte.C, 'reden zwaarte': 'Bij 5 of 6 resultaatgebieden hoort zwaarte C.'}, (TABEL_ZWAARTE_REGELS[3],))
    raise GeenBeslissing('tabel “zwaarte”: geen rij past')


TABEL_BASISARRANGEMENT_REGELS = (
    Regel('basisarrangement', 1, 61, ('§2',)),
    Regel('basisarrangement', 2, 61, ('§2',)),
    Regel('basisarrangement', 3, 61, ('§2',)),
    Regel('basisarrangement', 4, 61, ('§2',)),
    Regel('basisarrangement', 5, 61, ('§2',)),
    Regel('basisarrangement', 6, 61, ('§2',)),
    Regel('basisarrangement', 7, 62, ('§2',)),
    Regel('basisarrangement', 8, 62, ('§2',)),
    Regel('basisarrangement', 9, 62, ('§2',)),
    Regel('basisarrangement', 10, 62, ('§2',)),
    Regel('basisarrangement', 11, 62, ('§2',)),
    Regel('basisarrangement', 12, 62, ('§2',)),
    Regel('basisarrangement', 13, 63, ('§2',)),
    Regel('basisarrangement', 14, 63, ('§2',)),
    Regel('basisarrangement', 15, 63, ('§2',)),
    Regel('basisarrangement', 16, 63, ('§2',)),
    Regel('basisarrangement', 17, 63, ('§2',)),
    Regel('basisarrangement', 18, 63, ('§2',)),
)
TABEL_BASISARRANGEMENT_CELLEN: dict[tuple, tuple[int, Any]] = {
    (Intensiteit.GEMIDDELD, Zwaarte.A, TypeOndersteuning.ONDERSTEUNEND): (1, Arrangement.A1_ONDERSTEUNEND),
    (Intensiteit.GEMIDDELD, Zwaarte.A, TypeOndersteuning.ACTIVEREND): (2, Arrangement.A1_ACTIVEREND),
    (Intensiteit.GEMIDDELD, Zwaarte.B, TypeOndersteuning.ONDERSTEUNEND): (3, Arrangement.B1_ONDERSTEUNEND),
    (Intensiteit.GEMIDDELD, Zwaarte.B, TypeOndersteuning.ACTIVEREND): (4, Arrangement.B1_ACTIVEREND),
    (Intensiteit.GEMIDDELD, Zwaarte.C, TypeOndersteuning.ONDERSTEUNEND): (5, Arrangement.C1_ONDERSTEUNEND),
    (Intensiteit.GEMIDDELD, Zwaarte.C, TypeOndersteuning.ACTIVEREND): (6, Arrangement.C1_ACTIVEREND),
    (Intensiteit.PLUS, Zwaarte.A, TypeOndersteuning.ONDERSTEUNEND): (7, Arrangement.A2_ONDERSTEUNEND),
    (Intensiteit.PLUS, Zwaarte.A, TypeOndersteuning.ACTIVEREND): (8, Arrangement.A2_ACTIVEREND),
    (Intensiteit.PLUS, Zwaarte.B, TypeOndersteuning.ONDERSTEUNEND): (9, Arrangement.B2_ONDERSTEUNEND),
    (Intensiteit.PLUS, Zwaarte.B, TypeOndersteuning.ACTIVEREND): (10, Arrangement.B2_ACTIVEREND),
    (Intensiteit.PLUS, Zwaarte.C, TypeOndersteuning.ONDERSTEUNEND): (11, Arrangement.C2_ONDERSTEUNEND),
    (Intensiteit.PLUS, Zwaarte.C, TypeOndersteuning.ACTIVEREND): (12, Arrangement.C2_ACTIVEREND),
    (Intensiteit.PLUSPLUS, Zwaarte.A, TypeOndersteuning.ONDERSTEUNEND): (13, Arrangement.A3_ONDERSTEUNEND),
    (Intensiteit.PLUSPLUS, Zwaarte.A, TypeOndersteuning.ACTIVEREND): (14, Arrangement.A3_ACTIVEREND),
    (Intensiteit.PLUSPLUS, Zwaarte.B, TypeOndersteuning.ONDERSTEUNEND): (15, Arrangement.B3_ONDERSTEUNEND),
    (Intensiteit.PLUSPLUS, Zwaarte.B, TypeOndersteuning.ACTIVEREND): (16, Arrangement.B3_ACTIVEREND),
    (Intensiteit.PLUSPLUS, Zwaarte.C, TypeOndersteuning.ONDERSTEUNEND): (17, Arrangement.C3_ONDERSTEUNEND),
    (Intensiteit.PLUSPLUS, Zwaarte.C, TypeOndersteuning.ACTIVEREND): (18, Arrangement.C3_ACTIVEREND),
}


def tabel_basisarrangement(intensiteit: Intensiteit | None, zwaarte: Zwaarte | None, type_ondersteuning: TypeOndersteuning | None) -> Beslissing:
    """Kruistabel 'basisarrangement' (uniek); bron §2."""
    if intensiteit is None or zwaarte is None or type_ondersteuning is None:
        return Beslissing('basisarrangement', {'basisarrangement': None}, ())
    rij, waarde = TABEL_BASISARRANGEMENT_CELLEN[(intensiteit, zwaarte, type_ondersteuning)]
    return Beslissing('basisarrangement', {'basisarrangement': waarde}, (TABEL_BASISARRANGEMENT_REGELS[rij - 1],))


TABEL_TOEGANG_REGELS = (
    Regel('toegang', 1, 64, ('§1.3',)),
    Regel('toegang', 2, 65, ('§1.3',)),
    Regel('toegang', 3, 66, ('§1.2',)),
    Regel('toegang', 4, 67, ('§1.2',)),
    Regel('toegang', 5, 68, ('§1.2',)),
    Regel('toegang', 6, 69, ('§1.2',)),
    Regel('toegang', 7, 70, ('§1.2',)),
    Regel('toegang', 8, 71, ('§1.2',)),
)


def tabel_toegang(heeft_eigen_huisvesting: bool, huurovereenkomst_afhankelijk_van_de_ondersteuning: bool, beperkingen_op_terreinen: frozenset[Terrein], leeftijd: int, nieuwe_toekenning: bool, swt_oordeel_uitzondering_leeftijd: bool | None) -> Beslissing:
    """Beslistabel 'toegang' (eerste); bron §1.2, §1.3."""
    if heeft_eigen_huisvesting is False:  # rij 1: nee | - | - | - | - | -
        return Beslissing('toegang', {'toegang': Toegang.GEWEIGERD, 'reden toegang': 'U heeft geen eigen woning. Ondersteuning wordt alleen ingezet als u een woning heeft waar u kunt blijven wonen.'}, (TABEL_TOEGANG_REGELS[0],))
    if heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is True:  # rij 2: ja | ja | - | - | - | -
        return Beslissing('toegang', {'toegang': Toegang.GEWEIGERD, 'reden toegang': 'Uw huurcontract hangt af van het afnemen van ondersteuning. Een koppeling tussen wonen en zorg is uitgesloten.'}, (TABEL_TOEGANG_REGELS[1],))
    if heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and len(beperkingen_op_terreinen) == 0:  # rij 3: ja | nee | leeg | - | - | -
        return Beslissing('toegang', {'toegang': Toegang.GEWEIGERD, 'reden toegang': 'U heeft geen beperkingen op de terreinen van §1.2 (cognitief, psychisch, oriëntatie en geheugen, lichamelijk).'}, (TABEL_TOEGANG_REGELS[2],))
    if heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd >= 18:  # rij 4: ja | nee | - | vanaf 18 | - | -
        return Beslissing('toegang', {'toegang': Toegang.VERLEEND, 'reden toegang': 'U bent 18 jaar of ouder, u heeft beperkingen op een terrein uit §1.2 en u heeft een eigen woning.'}, (TABEL_TOEGANG_REGELS[3],))
    if heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is False:  # rij 5: ja | nee | - | tot 18 | nee | -
        return Beslissing('toegang', {'toegang': Toegang.GEWEIGERD, 'reden toegang': 'U bent jonger dan 18. Een uitzondering kan alleen bij een nieuwe toekenning.'}, (TABEL_TOEGANG_REGELS[4],))
    if heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is True and (swt_oordeel_uitzondering_leeftijd is not None and swt_oordeel_uitzondering_leeftijd is True):  # rij 6: ja | nee | - | tot 18 | ja | ja
        return Beslissing('toegang', {'toegang': Toegang.VERLEEND, 'reden toegang': 'U bent jonger dan 18, maar het SWT vindt dit een uitzonderlijk geval bij een nieuwe toekenning.'}, (TABEL_TOEGANG_REGELS[5],))
    if heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is True and (swt_oordeel_uitzondering_leeftijd is not None and swt_oordeel_uitzondering_leeftijd is False):  # rij 7: ja | nee | - | tot 18 | ja | nee
        return Beslissing('toegang', {'toegang': Toegang.GEWEIGERD, 'reden toegang': 'U bent jonger dan 18 en het SWT vindt dit geen uitzonderlijk geval.'}, (TABEL_TOEGANG_REGELS[6],))
    if heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is True and swt_oordeel_uitzondering_leeftijd is None:  # rij 8: ja | nee | - | tot 18 | ja | onbekend
        return Beslissing('toegang', {'toegang': Toegang.SWT_BEOORDEELT, 'reden toegang': 'SWT beoordeelt of dit een uitzonderlijk geval is waarin iemand net voor het 18e jaar toegang krijgt (§1.2).'}, (TABEL_TOEGANG_REGELS[7],))
    raise GeenBeslissing('tabel “toegang”: geen rij past')


TABEL_ARRANGEMENT_REGELS = (
    Regel('arrangement', 1, 72, ('§1.2', '§1.3')),
    Regel('arrangement', 2, 73, ('§2.1 a',)),
    Regel('arrangement', 3, 74, ('§2',)),
    Regel('arrangement', 4, 75, ('§2',)),
    Regel('arrangement', 5, 76, ('§2.2',)),
    Regel('arrangement', 6, 77, ('§2.2',)),
    Regel('arrangement', 7, 78, ('§2.2', '§3.3')),
    Regel('arrangement', 8, 79, ('§3.3',)),
    Regel('arrangement', 9, 80, ('§3.3',)),
    Regel('arrangement', 10, 81, ('§2.2',)),
    Regel('arrangement', 11, 82, ('§2.2',)),
    Regel('arrangement', 12, 83, ('§2.2',)),
)


def tabel_arrangement(toegang: Toegang, aantal_resultaatgebieden: int, basisarrangement: Arrangement | None, swt_oordeel_over_het_basisarrangement: OordeelBasisarrangement, benodigde_uren_per_week: int | None) -> Beslissing:
    """Beslistabel 'arrangement' (eerste); bron §2, §2.2."""
    if (toegang == Toegang.GEWEIGERD or toegang == Toegang.SWT_BEOORDEELT):  # rij 1: geweigerd of SWT beoordeelt | - | - | - | -
        return Beslissing('arrangement', {'arrangement': None, 'op uurbasis': None, 'toelichting arrangement': 'Zonder toegang is er geen arrangement.'}, (TABEL_ARRANGEMENT_REGELS[0],))
    if toegang == Toegang.VERLEEND and aantal_resultaatgebieden <= 0:  # rij 2: verleend | t/m 0 | - | - | -
        return Beslissing('arrangement', {'arrangement': None, 'op uurbasis': None, 'toelichting arrangement': 'Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus geen arrangement.'}, (TABEL_ARRANGEMENT_REGELS[1],))
    if toegang == Toegang.VERLEEND and basisarrangement is None:  # rij 3: verleend | - | onbekend | - | -
        return Beslissing('arrangement', {'arrangement': None, 'op uurbasis': None, 'toelichting arrangement': 'Het arrangement is nog niet bekend: het type of de intensiteit wacht op een oordeel van het SWT.'}, (TABEL_ARRANGEMENT_REGELS[2],))
    if toegang == Toegang.VERLEEND and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.BASISARRANGEMENT_PAST:  # rij 4: verleend | - | - | basisarrangement past | -
        return Beslissing('arrangement', {'arrangement': basisarrangement, 'op uurbasis': False, 'toelichting arrangement': 'Het arrangement volgt uit het schema van §2.'}, (TABEL_ARRANGEMENT_REGELS[3],))
    if toegang == Toegang.VERLEEND and (basisarrangement is not None and basisarrangement == Arrangement.A1_ONDERSTEUNEND) and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.LEUN_EN_STEUN_OM_AF_TE_BOUWEN:  # rij 5: verleend | - | A1-ondersteunend | leun en steun om af te bouwen | -
        return Beslissing('arrangement', {'arrangement': Arrangement.AANGEPAST_ARRANGEMENT_1, 'op uurbasis': True, 'toelichting arrangement': 'A1-ondersteunend is meer dan nodig. Om af te bouwen is tijdelijk leun en steun nodig; daarvoor worden op uurbasis afspraken gemaakt met de zorgaanbieder.'}, (TABEL_ARRANGEMENT_REGELS[4],))
    if toegang == Toegang.VERLEEND and (basisarrangement is not None and basisarrangement == Arrangement.C3_ACTIVEREND) and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.HOOGSTE_ARRANGEMENT_ONTOEREIKEND:  # rij 6: verleend | - | C3-activerend | hoogste arrangement ontoereikend | -
        return Beslissing('arrangement', {'arrangement': Arrangement.AANGEPAST_ARRANGEMENT_1, 'op uurbasis': True, 'toelichting arrangement': 'C3-activerend is in deze uitzonderlijke situatie niet toereikend. Tijdelijk worden op uurbasis afspraken gemaakt met de zorgaanbieder.'}, (TABEL_ARRANGEMENT_REGELS[5],))
    if toegang == Toegang.VERLEEND and (basisarrangement is not None and basisarrangement == Arrangement.A3_ONDERSTEUNEND) and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN and (benodigde_uren_per_week is not None and benodigde_uren_per_week >= 5):  # rij 7: verleend | - | A3-ondersteunend | hele huishouden tijdelijk overnemen | vanaf 5
        return Beslissing('arrangement', {'arrangement': Arrangement.AANGEPAST_ARRANGEMENT_2, 'op uurbasis': True, 'toelichting arrangement': 'A3-ondersteunend is niet toereikend om het hele huishouden tijdelijk over te nemen. Er komt een beschikking op uurbasis, in overleg met de zorgaanbieder.'}, (TABEL_ARRANGEMENT_REGELS[6],))
    if toegang == Toegang.VERLEEND and (basisarrangement is not None and basisarrangement == Arrangement.A3_ONDERSTEUNEND) and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN and benodigde_uren_per_week is None:  # rij 8: verleend | - | A3-ondersteunend | hele huishouden tijdelijk overnemen | onbekend
        return Beslissing('arrangement', {'arrangement': None, 'op uurbasis': None, 'toelichting arrangement': 'SWT beoordeelt hoeveel uur per week nodig is: aangepast arrangement 2 vraagt minimaal vijf uur per week (§3.3).'}, (TABEL_ARRANGEMENT_REGELS[7],))
    if toegang == Toegang.VERLEEND and (basisarrangement is not None and basisarrangement == Arrangement.A3_ONDERSTEUNEND) and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN and (benodigde_uren_per_week is not None and benodigde_uren_per_week < 5):  # rij 9: verleend | - | A3-ondersteunend | hele huishouden tijdelijk overnemen | tot 5
        return Beslissing('arrangement', {'arrangement': basisarrangement, 'op uurbasis': False, 'toelichting arrangement': 'Minder dan vijf uur per week: aangepast arrangement 2 is voor minimaal vijf uur per week. Het blijft A3-ondersteunend.'}, (TABEL_ARRANGEMENT_REGELS[8],))
    if toegang == Toegang.VERLEEND and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.LEUN_EN_STEUN_OM_AF_TE_BOUWEN:  # rij 10: verleend | - | - | leun en steun om af te bouwen | -
        return Beslissing('arrangement', {'arrangement': basisarrangement, 'op uurbasis': False, 'toelichting arrangement': 'Aangepast arrangement 1 om af te bouwen kan alleen als het laagste arrangement, A1-ondersteunend, meer is dan nodig. Het basisarrangement blijft.'}, (TABEL_ARRANGEMENT_REGELS[9],))
    if toegang == Toegang.VERLEEND and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.HOOGSTE_ARRANGEMENT_ONTOEREIKEND:  # rij 11: verleend | - | - | hoogste arrangement ontoereikend | -
        return Beslissing('arrangement', {'arrangement': basisarrangement, 'op uurbasis': False, 'toelichting arrangement': 'Aangepast arrangement 1 omdat het arrangement niet toereikend is, kan alleen bij het hoogste arrangement, C3-activerend. Het basisarrangement blijft.'}, (TABEL_ARRANGEMENT_REGELS[10],))
    if toegang == Toegang.VERLEEND and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN:  # rij 12: verleend | - | - | hele huishouden tijdelijk overnemen | -
        return Beslissing('arrangement', {'arrangement': basisarrangement, 'op uurbasis': False, 'toelichting arrangement': 'Aangepast arrangement 2 kan alleen als A3-ondersteunend niet toereikend is. Het basisarrangement blijft.'}, (TABEL_ARRANGEMENT_REGELS[11],))
    raise GeenBeslissing('tabel “arrangement”: geen rij past')


TABEL_BESLUIT_REGELS = (
    Regel('besluit', 1, 24, ('§1.2', '§1.3')),
    Regel('besluit', 2, 25, ('§1.2',)),
    Regel('besluit', 3, 26, ('§2.1 a',)),
    Regel('besluit', 4, 27, ('§2.1 b',)),
    Regel('besluit', 5, 28, ('§2.1 c',)),
    Regel('besluit', 6, 29, ('§2.2', '§3.3')),
    Regel('besluit', 7, 30, ('§2.1 d',)),
    Regel('besluit', 8, 31, ('§3.4 c',)),
    Regel('besluit', 9, 32, ('§2', '§2.1')),
)


def tabel_besluit(toegang: Toegang, aantal_resultaatgebieden: int, type_ondersteuning: TypeOndersteuning | None, intensiteit: Intensiteit | None, arrangement: Arrangement | None, toegekende_duur: Duur | None, huishouden_nu: bool, voorliggende_was_en_strijkservice_bruikbaar: bool | None, reden_intensiteit: Any, reden_toegang: Any, reden_type: Any, toelichting_arrangement: Any) -> Beslissing:
    """Beslistabel 'besluit' (eerste); bron §1.2, §1.3, §2.1."""
    if toegang == Toegang.GEWEIGERD:  # rij 1: geweigerd | - | - | - | - | - | - | -
        return Beslissing('besluit', {'besluit': Besluit.AFWIJZING, 'reden besluit': reden_toegang}, (TABEL_BESLUIT_REGELS[0],))
    if toegang == Toegang.SWT_BEOORDEELT:  # rij 2: SWT beoordeelt | - | - | - | - | - | - | -
        return Beslissing('besluit', {'besluit': Besluit.SWT_BEOORDEELT, 'reden besluit': reden_toegang}, (TABEL_BESLUIT_REGELS[1],))
    if toegang == Toegang.VERLEEND and aantal_resultaatgebieden <= 0:  # rij 3: verleend | t/m 0 | - | - | - | - | - | -
        return Beslissing('besluit', {'besluit': Besluit.GEEN_MAATWERKVOORZIENING, 'reden besluit': 'Er is nu op geen enkel resultaatgebied ondersteuning via de maatwerkvoorziening nodig: voorliggende voorzieningen of het netwerk pakken de vragen op, of ze komen later aan de beurt.'}, (TABEL_BESLUIT_REGELS[2],))
    if toegang == Toegang.VERLEEND and type_ondersteuning is None:  # rij 4: verleend | - | onbekend | - | - | - | - | -
        return Beslissing('besluit', {'besluit': Besluit.SWT_BEOORDEELT, 'reden besluit': reden_type}, (TABEL_BESLUIT_REGELS[3],))
    if toegang == Toegang.VERLEEND and intensiteit is None:  # rij 5: verleend | - | - | onbekend | - | - | - | -
        return Beslissing('besluit', {'besluit': Besluit.SWT_BEOORDEELT, 'reden besluit': reden_intensiteit}, (TABEL_BESLUIT_REGELS[4],))
    if toegang == Toegang.VERLEEND and arrangement is None:  # rij 6: verleend | - | - | - | onbekend | - | - | -
        return Beslissing('besluit', {'besluit': Besluit.SWT_BEOORDEELT, 'reden besluit': toelichting_arrangement}, (TABEL_BESLUIT_REGELS[5],))
    if toegang == Toegang.VERLEEND and toegekende_duur is None:  # rij 7: verleend | - | - | - | - | onbekend | - | -
        return Beslissing('besluit', {'besluit': Besluit.SWT_BEOORDEELT, 'reden besluit': 'SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d).'}, (TABEL_BESLUIT_REGELS[6],))
    if toegang == Toegang.VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is None:  # rij 8: verleend | - | - | - | - | - | ja | onbekend
        return Beslissing('besluit', {'besluit': Besluit.SWT_BEOORDEELT, 'reden besluit': 'SWT beoordeelt of een voorliggende was- en strijkservice bruikbaar is (§3.4 c).'}, (TABEL_BESLUIT_REGELS[7],))
    if toegang == Toegang.VERLEEND:  # rij 9: verleend | - | - | - | - | - | - | -
        return Beslissing('besluit', {'besluit': Besluit.TOEKENNING, 'reden besluit': 'U krijgt Integrale Thuisondersteuning met het arrangement, de duur en de afspraken in dit besluit.'}, (TABEL_BESLUIT_REGELS[8],))
    raise GeenBeslissing('tabel “besluit”: geen rij past')


TABEL_OPEN_PUNTEN_REGELS = (
    Regel('open punten', 1, 40, ('§1.2', '§2.1 b', '§2.1 c', '§2.1 d', '§3.3', '§3.4 c')),
    Regel('open punten', 2, 41, ('§1.2', '§2.1 b', '§2.1 c', '§2.1 d', '§3.3', '§3.4 c')),
    Regel('open punten', 3, 42, ('§1.2', '§2.1 b', '§2.1 c', '§2.1 d', '§3.3', '§3.4 c')),
    Regel('open punten', 4, 43, ('§1.2', '§2.1 b', '§2.1 c', '§2.1 d', '§3.3', '§3.4 c')),
    Regel('open punten', 5, 44, ('§1.2', '§2.1 b', '§2.1 c', '§2.1 d', '§3.3', '§3.4 c')),
    Regel('open punten', 6, 45, ('§1.2', '§2.1 b', '§2.1 c', '§2.1 d', '§3.3', '§3.4 c')),
)


def tabel_open_punten(toegang: Toegang, aantal_resultaatgebieden: int, type_ondersteuning: TypeOndersteuning | None, intensiteit: Intensiteit | None, basisarrangement: Arrangement | None, arrangement: Arrangement | None, gevraagde_duur: Duur | None, huishouden_nu: bool, voorliggende_was_en_strijkservice_bruikbaar: bool | None, reden_intensiteit: Any, reden_toegang: Any, reden_type: Any, toelichting_arrangement: Any) -> Beslissing:
    """Beslistabel 'open punten' (verzamel); bron §1.2, §2.1 b, §2.1 c, §2.1 d, §3.3, §3.4 c."""
    treffers: list[tuple[Regel, tuple]] = []
    if toegang == Toegang.SWT_BEOORDEELT:  # rij 1
        treffers.append((TABEL_OPEN_PUNTEN_REGELS[0], (reden_toegang,)))
    if toegang == Toegang.VERLEEND and aantal_resultaatgebieden >= 1 and type_ondersteuning is None:  # rij 2
        treffers.append((TABEL_OPEN_PUNTEN_REGELS[1], (reden_type,)))
    if toegang == Toegang.VERLEEND and aantal_resultaatgebieden >= 1 and intensiteit is None:  # rij 3
        treffers.append((TABEL_OPEN_PUNTEN_REGELS[2], (reden_intensiteit,)))
    if toegang == Toegang.VERLEEND and aantal_resultaatgebieden >= 1 and (basisarrangement is not None and not basisarrangement is None) and arrangement is None:  # rij 4
        treffers.append((TABEL_OPEN_PUNTEN_REGELS[3], (toelichting_arrangement,)))
    if toegang == Toegang.VERLEEND and aantal_resultaatgebieden >= 1 and gevraagde_duur is None:  # rij 5
        treffers.append((TABEL_OPEN_PUNTEN_REGELS[4], ('SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d).',)))
    if toegang == Toegang.VERLEEND and aantal_resultaatgebieden >= 1 and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is None:  # rij 6
        treffers.append((TABEL_OPEN_PUNTEN_REGELS[5], ('SWT beoordeelt of een voorliggende was- en strijkservice bruikbaar is (§3.4 c).',)))
    return kies('open punten', 'verzamel', ('open punt',), treffers, {'toegang': toegang, 'aantal resultaatgebieden': aantal_resultaatgebieden, 'type ondersteuning': type_ondersteuning, 'intensiteit': intensiteit, 'basisarrangement': basisarrangement, 'arrangement': arrangement, 'gevraagde duur': gevraagde_duur, 'huishouden nu': huishouden_nu, 'voorliggende was- en strijkservice bruikbaar': voorliggende_was_en_strijkservice_bruikbaar, 'reden_intensiteit': reden_intensiteit, 'reden_toegang': reden_toegang, 'reden_type': reden_type, 'toelichting_arrangement': toelichting_arrangement})


TABEL_LEIDRAAD_DUUR_REGELS = (
    Regel('leidraad duur', 1, 38, ('§2.1 d',)),
    Regel('leidraad duur', 2, 39, ('§2.1 d',)),
    Regel('leidraad duur', 3, 40, ('§2.1 d',)),
    Regel('leidraad duur', 4, 41, ('§2.1 d',)),
)


def tabel_leidraad_duur(verandering_op_korte_termijn_verwacht: bool, type_ondersteuning: TypeOndersteuning | None) -> Beslissing:
    """Beslistabel 'leidraad duur' (eerste); bron §2.1 d, bijlage B2, Duur van de ondersteuning."""
    if verandering_op_korte_termijn_verwacht is True:  # rij 1: ja | -
        return Beslissing('leidraad duur', {'leidraad duur': 'Korter dan 1 jaar, omdat de situatie op korte termijn waarschijnlijk verandert.'}, (TABEL_LEIDRAAD_DUUR_REGELS[0],))
    if verandering_op_korte_termijn_verwacht is False and (type_ondersteuning is not None and type_ondersteuning == TypeOndersteuning.ACTIVEREND):  # rij 2: nee | activerend
        return Beslissing('leidraad duur', {'leidraad duur': 'Activerend: gemiddeld 1 jaar, hooguit 2 jaar. Daarna kan verlenging na een evaluatie; vaak wordt het arrangement dan ondersteunend.'}, (TABEL_LEIDRAAD_DUUR_REGELS[1],))
    if verandering_op_korte_termijn_verwacht is False and (type_ondersteuning is not None and type_ondersteuning == TypeOndersteuning.ONDERSTEUNEND):  # rij 3: nee | ondersteunend
        return Beslissing('leidraad duur', {'leidraad duur': 'Ondersteunend: gemiddeld 2 jaar, hooguit 5 jaar. Daarna kan verlenging na een evaluatie.'}, (TABEL_LEIDRAAD_DUUR_REGELS[2],))
    if verandering_op_korte_termijn_verwacht is False and type_ondersteuning is None:  # rij 4: nee | onbekend
        return Beslissing('leidraad duur', {'leidraad duur': 'Hangt af van het type ondersteuning; dat is nog niet bekend.'}, (TABEL_LEIDRAAD_DUUR_REGELS[3],))
    raise GeenBeslissing('tabel “leidraad duur”: geen rij past')


TABEL_MELDINGEN_DUUR_REGELS = (
    Regel('meldingen duur', 1, 64, ('§2.1 d',)),
    Regel('meldingen duur', 2, 65, ('§2.1 d',)),
    Regel('meldingen duur', 3, 66, ('§2.1 d',)),
)


def tabel_meldingen_duur(gevraagde_duur: Duur | None, gevraagde_duur_boven_maximum: bool | None, verandering_op_korte_termijn_verwacht: bool) -> Beslissing:
    """Beslistabel 'meldingen duur' (verzamel); bron §2.1 d."""
    treffers: list[tuple[Regel, tuple]] = []
    if (gevraagde_duur_boven_maximum is not None and gevraagde_duur_boven_maximum is True):  # rij 1
        treffers.append((TABEL_MELDINGEN_DUUR_REGELS[0], ('De gevraagde duur is langer dan de maximale duur voor dit type; toegekend is de maximale duur. Verlenging is mogelijk na een inhoudelijke evaluatie.',)))
    if (gevraagde_duur is not None and gevraagde_duur >= Duur(12)) and verandering_op_korte_termijn_verwacht is True:  # rij 2
        treffers.append((TABEL_MELDINGEN_DUUR_REGELS[1], ('Er wordt op korte termijn verandering verwacht; de leidraad is dan een duur korter dan 1 jaar.',)))
    if gevraagde_duur is None:  # rij 3
        treffers.append((TABEL_MELDINGEN_DUUR_REGELS[2], ('SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d).',)))
    return kies('meldingen duur', 'verzamel', ('melding duur',), treffers, {'gevraagde duur': gevraagde_duur, 'gevraagde duur boven maximum': gevraagde_duur_boven_maximum, 'verandering op korte termijn verwacht': verandering_op_korte_termijn_verwacht})


TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_REGELS = (
    Regel('extra huishoudelijke schoonmaak', 1, 13, ('§3.5',)),
    Regel('extra huishoudelijke schoonmaak', 2, 14, ('§3.5',)),
    Regel('extra huishoudelijke schoonmaak', 3, 15, ('§3.5',)),
    Regel('extra huishoudelijke schoonmaak', 4, 16, ('§3.5',)),
    Regel('extra huishoudelijke schoonmaak', 5, 17, ('§3.5',)),
    Regel('extra huishoudelijke schoonmaak', 6, 18, ('§3.5',)),
    Regel('extra huishoudelijke schoonmaak', 7, 19, ('§3.5',)),
)


def tabel_extra_huishoudelijke_schoonmaak(toegang: Toegang, leveringsvorm: Leveringsvorm, huishouden_nu: bool, toegekende_duur: Duur | None) -> Beslissing:
    """Beslistabel 'extra huishoudelijke schoonmaak' (eerste); bron §3.5, bijlage B2, Huishouden."""
    if toegang == Toegang.GEWEIGERD:  # rij 1: geweigerd | - | - | -
        return Beslissing('extra huishoudelijke schoonmaak', {'EHS': False, 'toelichting EHS': 'Er is geen toegang tot Integrale Thuisondersteuning, dus ook geen extra schoonmaak.'}, (TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_REGELS[0],))
    if toegang == Toegang.SWT_BEOORDEELT:  # rij 2: SWT beoordeelt | - | - | -
        return Beslissing('extra huishoudelijke schoonmaak', {'EHS': None, 'toelichting EHS': 'Eerst beoordeelt het SWT de toegang.'}, (TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_REGELS[1],))
    if toegang == Toegang.VERLEEND and leveringsvorm == Leveringsvorm.PGB:  # rij 3: verleend | PGB | - | -
        return Beslissing('extra huishoudelijke schoonmaak', {'EHS': False, 'toelichting EHS': 'De extra schoonmaak geldt alleen bij zorg in natura (ZIN), niet bij een pgb.'}, (TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_REGELS[2],))
    if toegang == Toegang.VERLEEND and leveringsvorm == Leveringsvorm.ZIN and huishouden_nu is False:  # rij 4: verleend | ZIN | nee | -
        return Beslissing('extra huishoudelijke schoonmaak', {'EHS': False, 'toelichting EHS': 'Huishouden is geen resultaatgebied in het ondersteuningsplan, dus geen extra schoonmaak.'}, (TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_REGELS[3],))
    if toegang == Toegang.VERLEEND and leveringsvorm == Leveringsvorm.ZIN and huishouden_nu is True and toegekende_duur is None:  # rij 5: verleend | ZIN | ja | onbekend
        return Beslissing('extra huishoudelijke schoonmaak', {'EHS': None, 'toelichting EHS': 'De duur van de beschikking is nog niet bekend; de extra schoonmaak vraagt minimaal zes maanden.'}, (TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_REGELS[4],))
    if toegang == Toegang.VERLEEND and leveringsvorm == Leveringsvorm.ZIN and huishouden_nu is True and (toegekende_duur is not None and toegekende_duur < Duur(6)):  # rij 6: verleend | ZIN | ja | minder dan 6 maanden
        return Beslissing('extra huishoudelijke schoonmaak', {'EHS': False, 'toelichting EHS': 'De beschikking duurt korter dan zes maanden, dus geen extra schoonmaak.'}, (TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_REGELS[5],))
    if toegang == Toegang.VERLEEND and leveringsvorm == Leveringsvorm.ZIN and huishouden_nu is True and (toegekende_duur is not None and toegekende_duur >= Duur(6)):  # rij 7: verleend | ZIN | ja | vanaf 6 maanden
        return Beslissing('extra huishoudelijke schoonmaak', {'EHS': True, 'toelichting EHS': 'Tweemaal per jaar 2 uur extra schoonmaak (of eenmaal 4 uur), aan te vragen bij uw hulp. U kiest zelf waaraan: bijvoorbeeld de binnenkant van keukenkastjes, koelkast of oven, plinten en deuren, een keer extra ramen lappen, of een logeerkamer.'}, (TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_REGELS[6],))
    raise GeenBeslissing('tabel “extra huishoudelijke schoonmaak”: geen rij past')


TABEL_UREN_HUISHOUDEN_REGELS = (
    Regel('uren huishouden', 1, 22, ('§3',)),
    Regel('uren huishouden', 2, 23, ('§3',)),
    Regel('uren huishouden', 3, 24, ('§3.2', '§3.3')),
    Regel('uren huishouden', 4, 25, ('§3.3',)),
    Regel('uren huishouden', 5, 26, ('§3.3',)),
    Regel('uren huishouden', 6, 27, ('§2.2', '§3.3')),
    Regel('uren huishouden', 7, 28, ('§3',)),
    Regel('uren huishouden', 8, 29, ('§2',)),
)


def tabel_uren_huishouden(huishouden_nu: bool, enkelvoudig_huishouden: bool, arrangement: Arrangement | None) -> Beslissing:
    """Beslistabel 'uren huishouden' (eerste); bron §3, §3.2, §3.3."""
    if huishouden_nu is False:  # rij 1: nee | - | -
        return Beslissing('uren huishouden', {'uren huishouden per jaar': None, 'toelichting uren': 'Huishouden is nu geen resultaatgebied, dus er zijn geen uren voor huishoudelijke ondersteuning.'}, (TABEL_UREN_HUISHOUDEN_REGELS[0],))
    if huishouden_nu is True and enkelvoudig_huishouden is False:  # rij 2: ja | nee | -
        return Beslissing('uren huishouden', {'uren huishouden per jaar': None, 'toelichting uren': 'Huishouden in combinatie met andere resultaatgebieden: de beleidsregel schrijft dan geen uren voor huishoudelijke ondersteuning voor.'}, (TABEL_UREN_HUISHOUDEN_REGELS[1],))
    if huishouden_nu is True and enkelvoudig_huishouden is True and (arrangement is not None and arrangement == Arrangement.A1_ONDERSTEUNEND):  # rij 3: ja | ja | A1-ondersteunend
        return Beslissing('uren huishouden', {'uren huishouden per jaar': 105, 'toelichting uren': 'Gemiddeld 105 uur per jaar inzet door een professional: daarmee is een schoon en leefbaar huis haalbaar.'}, (TABEL_UREN_HUISHOUDEN_REGELS[2],))
    if huishouden_nu is True and enkelvoudig_huishouden is True and (arrangement is not None and arrangement == Arrangement.A2_ONDERSTEUNEND):  # rij 4: ja | ja | A2-ondersteunend
        return Beslissing('uren huishouden', {'uren huishouden per jaar': 156, 'toelichting uren': '156 uur per jaar inzet door een professional (intensiteit plus).'}, (TABEL_UREN_HUISHOUDEN_REGELS[3],))
    if huishouden_nu is True and enkelvoudig_huishouden is True and (arrangement is not None and arrangement == Arrangement.A3_ONDERSTEUNEND):  # rij 5: ja | ja | A3-ondersteunend
        return Beslissing('uren huishouden', {'uren huishouden per jaar': 208, 'toelichting uren': '208 uur per jaar inzet door een professional (intensiteit plusplus).'}, (TABEL_UREN_HUISHOUDEN_REGELS[4],))
    if huishouden_nu is True and enkelvoudig_huishouden is True and (arrangement is not None and (arrangement == Arrangement.AANGEPAST_ARRANGEMENT_1 or arrangement == Arrangement.AANGEPAST_ARRANGEMENT_2)):  # rij 6: ja | ja | "aangepast arrangement 1" of "aangepast arrangement 2"
        return Beslissing('uren huishouden', {'uren huishouden per jaar': None, 'toelichting uren': 'Aangepast arrangement: de uren worden op uurbasis afgesproken met de zorgaanbieder.'}, (TABEL_UREN_HUISHOUDEN_REGELS[5],))
    if huishouden_nu is True and enkelvoudig_huishouden is True and arrangement is None:  # rij 7: ja | ja | onbekend
        return Beslissing('uren huishouden', {'uren huishouden per jaar': None, 'toelichting uren': 'Er is (nog) geen arrangement, dus ook geen uren.'}, (TABEL_UREN_HUISHOUDEN_REGELS[6],))
    if huishouden_nu is True and enkelvoudig_huishouden is True:  # rij 8: ja | ja | -
        return Beslissing('uren huishouden', {'uren huishouden per jaar': None, 'toelichting uren': 'Activerend arrangement: alleen bij een enkelvoudig ondersteunend arrangement met alleen huishouden liggen de uren vast.'}, (TABEL_UREN_HUISHOUDEN_REGELS[7],))
    raise GeenBeslissing('tabel “uren huishouden”: geen rij past')


TABEL_TAKEN_HUISHOUDEN_REGELS = (
    Regel('taken huishouden', 1, 38, ('§3.4 a',)),
    Regel('taken huishouden', 2, 39, ('§3.4 a',)),
    Regel('taken huishouden', 3, 40, ('§3.4 a',)),
    Regel('taken huishouden', 4, 41, ('§3.4 a',)),
    Regel('taken huishouden', 5, 42, ('§3.4 a',)),
    Regel('taken huishouden', 6, 43, ('§3.4 a',)),
    Regel('taken huishouden', 7, 44, ('§3.4 a',)),
    Regel('taken huishouden', 8, 45, ('§3.4 a',)),
    Regel('taken huishouden', 9, 46, ('§3.4 a',)),
    Regel('taken huishouden', 10, 47, ('§3.4 a',)),
    Regel('taken huishouden', 11, 48, ('§3.4 a',)),
    Regel('taken huishouden', 12, 49, ('§3.4 a',)),
    Regel('taken huishouden', 13, 50, ('§3.4 a',)),
    Regel('taken huishouden', 14, 51, ('§3.4 a',)),
    Regel('taken huishouden', 15, 52, ('§3.4 a',)),
    Regel('taken huishouden', 16, 53, ('§3.4 a',)),
    Regel('taken huishouden', 17, 54, ('§3.4 a',)),
    Regel('taken huishouden', 18, 55, ('§3.4 a',)),
    Regel('taken huishouden', 19, 56, ('§3.4 a',)),
    Regel('taken huishouden', 20, 57, ('§3.4 c',)),
    Regel('taken huishouden', 21, 58, ('§3.4 c',)),
)


def tabel_taken_huishouden(toegang: Toegang, huishouden_nu: bool, voorliggende_was_en_strijkservice_bruikbaar: bool | None) -> Beslissing:
    """Beslistabel 'taken huishouden' (verzamel); bron §3.1, §3.4, §3.4 a, §3.4 c, bijlage B2, Huishouden."""
    treffers: list[tuple[Regel, tuple]] = []
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 1
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[0], ('Woonkamer', '1x per week', 'Stof afnemen midden & laag, opruimen, stofzuigen')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 2
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[1], ('Slaapkamer', '1x per week', 'Stof afnemen midden & laag, opruimen en stofzuigen')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 3
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[2], ('Keuken', '1x per week', 'Stofzuigen, dweilen, keukenblok keukenapparatuur schoonmaken, afval opruimen, afwassen')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 4
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[3], ('Sanitair', '1x per week', 'Badkamer en toilet schoon-maken incl. stofzuigen en dweilen')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 5
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[4], ('Hal/ overloop', '1x per week', 'Stof afnemen midden, laag en hoog, stofzuigen')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 6
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[5], ('Woonkamer', '1x per 2 weken', 'Stof afnemen, hoog, dweilen')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 7
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[6], ('Slaapkamer', '1x per 2 weken', 'Bed verschonen of opmaken')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 8
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[7], ('Hal/ overloop', '1x per 2 weken', 'Dweilen')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 9
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[8], ('Slaapkamer', '1x per 4 weken', 'Dweilen')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 10
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[9], ('Hal/ overloop', '1x per 4 weken', 'Trap stofzuigen binnenshuis')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 11
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[10], ('Woonkamer', '1x per 6 weken tot 1x per 8 weken', 'Deur (post)en nat afdoen, zitmeubels')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 12
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[11], ('Slaapkamer', '1x per 6 weken tot 1x per 8 weken', 'Stof afnemen hoog')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 13
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[12], ('Keuken', '1x per 6 weken tot 1x per 8 weken', 'Bovenkast keukenkastjes, deur (post) en nat afdoen')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 14
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[13], ('Sanitair', '1x per 6 weken tot 1x per 8 weken', 'Deur (post)en nat afdoen')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 15
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[14], ('Woonkamer', 'Incidenteel (1x tot 4x per jaar)', 'Ramen binnenzijde wassen, radiatoren, raambekleding')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 16
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[15], ('Slaapkamer', 'Incidenteel (1x tot 4x per jaar)', 'Ramen binnenzijde wassen, radiatoren, raambekleding, deur(post)en nat afdoen, matras draaien')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 17
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[16], ('Keuken', 'Incidenteel (1x tot 4x per jaar)', 'Ramen binnenzijde wassen, radiatoren, raambekleding, oven/magnetron, koelkast & keuken-kastjes binnenzijde, afzuigkap, losse tegelwand en vrie-zer schoonmaken')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 18
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[17], ('Sanitair', 'Incidenteel (1x tot 4x per jaar)', 'Ramen binnenzijde wassen, radiatoren, raambekleding, tegelwand badkamer schoonmaken')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 19
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[18], ('Hal/ overloop', 'Incidenteel (1x tot 4x per jaar)', 'Deur(post)en nat afdoen, radiatoren')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True and (voorliggende_was_en_strijkservice_bruikbaar is not None and voorliggende_was_en_strijkservice_bruikbaar is False):  # rij 20
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[19], ('Wasverzorging', '1x per week', 'Wassen, drogen, opbergen')))
    if toegang == Toegang.VERLEEND and huishouden_nu is True and (voorliggende_was_en_strijkservice_bruikbaar is not None and voorliggende_was_en_strijkservice_bruikbaar is False):  # rij 21
        treffers.append((TABEL_TAKEN_HUISHOUDEN_REGELS[20], ('Wasverzorging', '1x per twee weken', 'Strijken bovenkleding')))
    return kies('taken huishouden', 'verzamel', ('ruimte', 'frequentie', 'activiteiten'), treffers, {'toegang': toegang, 'huishouden nu': huishouden_nu, 'voorliggende was- en strijkservice bruikbaar': voorliggende_was_en_strijkservice_bruikbaar})


TABEL_AFSPRAKEN_HUISHOUDEN_REGELS = (
    Regel('afspraken huishouden', 1, 66, ('§3.4 a',)),
    Regel('afspraken huishouden', 2, 67, ('§3.4 b',)),
    Regel('afspraken huishouden', 3, 68, ('§3.4 b',)),
    Regel('afspraken huishouden', 4, 69, ('§3.4 c',)),
    Regel('afspraken huishouden', 5, 70, ('§3.4 c',)),
    Regel('afspraken huishouden', 6, 71, ('§3.4 c',)),
    Regel('afspraken huishouden', 7, 72, ('§3.3',)),
    Regel('afspraken huishouden', 8, 73, ('§3',)),
)


def tabel_afspraken_huishouden(toegang: Toegang, huishouden_nu: bool, enkelvoudig_huishouden: bool, arrangement: Arrangement | None, voorliggende_was_en_strijkservice_bruikbaar: bool | None) -> Beslissing:
    """Beslistabel 'afspraken huishouden' (verzamel); bron §3, §3.3, §3.4 a, §3.4 b, §3.4 c."""
    treffers: list[tuple[Regel, tuple]] = []
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 1
        treffers.append((TABEL_AFSPRAKEN_HUISHOUDEN_REGELS[0], ('Niet onder de ondersteuningsplicht van de gemeente: een zolder, kelder of garage schoonmaken, dieren verzorgen en werk buiten de woning. Daarvoor zorgt u zelf.',)))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 2
        treffers.append((TABEL_AFSPRAKEN_HUISHOUDEN_REGELS[1], ('Boodschappen en maaltijden: in bijna alle gevallen via gebruikelijke zorg, een mantelzorger, vrijwilligers of voorliggende voorzieningen, zoals een maaltijdservice of de boodschappendienst van een supermarkt. De zorgaanbieder doet dit niet binnen de maatwerkvoorziening.',)))
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # rij 3
        treffers.append((TABEL_AFSPRAKEN_HUISHOUDEN_REGELS[2], ('Het klaarzetten van, toezien op en toedienen van de maaltijd hoort niet bij huishouden, maar bij het resultaatgebied zelfzorg en gezondheid.',)))
    if toegang == Toegang.VERLEEND and huishouden_nu is True and (voorliggende_was_en_strijkservice_bruikbaar is not None and voorliggende_was_en_strijkservice_bruikbaar is True):  # rij 4
        treffers.append((TABEL_AFSPRAKEN_HUISHOUDEN_REGELS[3], ('Wassen en strijken gaan via een voorliggende was- en strijkservice; ze horen niet bij de maatwerkvoorziening.',)))
    if toegang == Toegang.VERLEEND and huishouden_nu is True and (voorliggende_was_en_strijkservice_bruikbaar is not None and voorliggende_was_en_strijkservice_bruikbaar is False):  # rij 5
        treffers.append((TABEL_AFSPRAKEN_HUISHOUDEN_REGELS[4], ('Er is geen bruikbare voorliggende was- en strijkservice: wassen en strijken horen bij de maatwerkvoorziening (zie de taken).',)))
    if toegang == Toegang.VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is None:  # rij 6
        treffers.append((TABEL_AFSPRAKEN_HUISHOUDEN_REGELS[5], ('SWT beoordeelt of een voorliggende was- en strijkservice bruikbaar is (§3.4 c).',)))
    if toegang == Toegang.VERLEEND and huishouden_nu is True and enkelvoudig_huishouden is True and (arrangement is not None and arrangement == Arrangement.A3_ONDERSTEUNEND):  # rij 7
        treffers.append((TABEL_AFSPRAKEN_HUISHOUDEN_REGELS[6], ('Is 208 uur per jaar niet genoeg, bijvoorbeeld omdat in een eenoudergezin tijdelijk het hele huishouden overgenomen moet worden, dan kan tijdelijk aangepast arrangement 2: minimaal vijf uur per week, op uurbasis.',)))
    if toegang == Toegang.VERLEEND and huishouden_nu is True and enkelvoudig_huishouden is False:  # rij 8
        treffers.append((TABEL_AFSPRAKEN_HUISHOUDEN_REGELS[7], ('Huishouden in combinatie met andere resultaatgebieden: er zijn geen voorgeschreven uren. Knelt de inzet, dan zoekt het SWT met u een passende oplossing.',)))
    return kies('afspraken huishouden', 'verzamel', ('afspraak huishouden',), treffers, {'toegang': toegang, 'huishouden nu': huishouden_nu, 'enkelvoudig huishouden': enkelvoudig_huishouden, 'arrangement': arrangement, 'voorliggende was- en strijkservice bruikbaar': voorliggende_was_en_strijkservice_bruikbaar})


TABEL_INTENSITEIT_TOELICHTING_REGELS = (
    Regel('intensiteit toelichting', 1, 99, ('§3.3', 'bijlage B2, Benodigde intensiteit')),
    Regel('intensiteit toelichting', 2, 100, ('§2.1 c',)),
    Regel('intensiteit toelichting', 3, 101, ('§3.3',)),
    Regel('intensiteit toelichting', 4, 102, ('§3.3',)),
)


def tabel_intensiteit_toelichting(omstandigheden_zonder_gevolg: frozenset[Omstandigheid] | None, huishoudelijke_omstandigheden_buiten_huishouden: bool | None, omstandigheden_binnen_gemiddeld: frozenset[OmstandigheidBinnenGemiddeld], verlichtende_omstandigheden: bool) -> Beslissing:
    """Beslistabel 'intensiteit toelichting' (verzamel); bron §2.1 c, §3.3, bijlage B2, Benodigde intensiteit."""
    treffers: list[tuple[Regel, tuple]] = []
    if (omstandigheden_zonder_gevolg is not None and not len(omstandigheden_zonder_gevolg) == 0):  # rij 1
        treffers.append((TABEL_INTENSITEIT_TOELICHTING_REGELS[0], ('Niet elke verzwarende omstandigheid telt: alleen als die ook echt gevolgen heeft voor de benodigde inzet.',)))
    if (huishoudelijke_omstandigheden_buiten_huishouden is not None and huishoudelijke_omstandigheden_buiten_huishouden is True):  # rij 2
        treffers.append((TABEL_INTENSITEIT_TOELICHTING_REGELS[1], ('Omstandigheden die specifiek voor huishouden zijn (zoals COPD) tellen niet mee, omdat huishouden nu geen resultaatgebied is.',)))
    if (omstandigheden_binnen_gemiddeld is not None and not len(omstandigheden_binnen_gemiddeld) == 0):  # rij 3
        treffers.append((TABEL_INTENSITEIT_TOELICHTING_REGELS[2], ('Omstandigheden zoals de grootte of de inrichting van de woning, de gezinssamenstelling of de was vragen soms iets meer tijd, maar blijven binnen het gemiddelde arrangement.',)))
    if verlichtende_omstandigheden is True:  # rij 4
        treffers.append((TABEL_INTENSITEIT_TOELICHTING_REGELS[3], ('Verlichtende omstandigheden verlagen de intensiteit niet: de toekenning blijft hetzelfde. Het SWT legt vast welke taken u of uw netwerk zelf doet; de aanbieder zet daarvoor minder in.',)))
    return kies('intensiteit toelichting', 'verzamel', ('intensiteit toelichting',), treffers, {'omstandigheden zonder gevolg': omstandigheden_zonder_gevolg, 'huishoudelijke omstandigheden buiten huishouden': huishoudelijke_omstandigheden_buiten_huishouden, 'omstandigheden binnen gemiddeld': omstandigheden_binnen_gemiddeld, 'verlichtende omstandigheden': verlichtende_omstandigheden})


TABEL_KEUZE_ZORGAANBIEDER_REGELS = (
    Regel('keuze zorgaanbieder', 1, 36, ('§1',)),
    Regel('keuze zorgaanbieder', 2, 37, ('§1',)),
    Regel('keuze zorgaanbieder', 3, 38, ('§1', '§1.2')),
)


def tabel_keuze_zorgaanbieder(leveringsvorm: Leveringsvorm, doelgroep: Doelgroep | None) -> Beslissing:
    """Beslistabel 'keuze zorgaanbieder' (eerste); bron §1, §1.2."""
    if leveringsvorm == Leveringsvorm.PGB:  # rij 1: PGB | -
        return Beslissing('keuze zorgaanbieder', {'keuze zorgaanbieder': 'U krijgt een pgb: de keuze uit de door de gemeente gecontracteerde zorgaanbieders geldt dan niet.'}, (TABEL_KEUZE_ZORGAANBIEDER_REGELS[0],))
    if leveringsvorm == Leveringsvorm.ZIN and doelgroep is None:  # rij 2: ZIN | onbekend
        return Beslissing('keuze zorgaanbieder', {'keuze zorgaanbieder': 'U kiest een van de door de gemeente Zwolle gecontracteerde zorgaanbieders.'}, (TABEL_KEUZE_ZORGAANBIEDER_REGELS[1],))
    if leveringsvorm == Leveringsvorm.ZIN:  # rij 3: ZIN | -
        return Beslissing('keuze zorgaanbieder', {'keuze zorgaanbieder': 'U kiest een van de door de gemeente Zwolle gecontracteerde zorgaanbieders die voor uw doelgroep zijn ingeschreven. Die aanbieder moet u accepteren.'}, (TABEL_KEUZE_ZORGAANBIEDER_REGELS[2],))
    raise GeenBeslissing('tabel “keuze zorgaanbieder”: geen rij past')


TABEL_MAANDBUDGET_REGELS = (
    Regel('maandbudget', 1, 19, ('§2',)),
    Regel('maandbudget', 2, 20, ('§2',)),
    Regel('maandbudget', 3, 21, ('§2',)),
    Regel('maandbudget', 4, 22, ('§2',)),
    Regel('maandbudget', 5, 23, ('§2',)),
    Regel('maandbudget', 6, 24, ('§2',)),
    Regel('maandbudget', 7, 25, ('§2',)),
    Regel('maandbudget', 8, 26, ('§2',)),
    Regel('maandbudget', 9, 27, ('§2',)),
    Regel('maandbudget', 10, 28, ('§2',)),
    Regel('maandbudget', 11, 29, ('§2',)),
    Regel('maandbudget', 12, 30, ('§2',)),
    Regel('maandbudget', 13, 31, ('§2',)),
    Regel('maandbudget', 14, 32, ('§2',)),
    Regel('maandbudget', 15, 33, ('§2',)),
    Regel('maandbudget', 16, 34, ('§2',)),
    Regel('maandbudget', 17, 35, ('§2',)),
    Regel('maandbudget', 18, 36, ('§2',)),
    Regel('maandbudget', 19, 37, ('§2',)),
    Regel('maandbudget', 20, 38, ('§2',)),
    Regel('maandbudget', 21, 39, ('§2',)),
)


def tabel_maandbudget(arrangement: Arrangement | None, ingangsdatum: datetime.date) -> Beslissing:
    """Beslistabel 'maandbudget' (uniek); bron §2."""
    if arrangement is None:  # rij 1: onbekend | -
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Er is (nog) geen arrangement, dus ook geen maandbudget.'}, (TABEL_MAANDBUDGET_REGELS[0],))
    if (arrangement is not None and arrangement == Arrangement.A1_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 2: A1-ondersteunend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor A1-ondersteunend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[1],))
    if (arrangement is not None and arrangement == Arrangement.A1_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 3: A1-activerend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor A1-activerend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[2],))
    if (arrangement is not None and arrangement == Arrangement.A2_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 4: A2-ondersteunend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor A2-ondersteunend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[3],))
    if (arrangement is not None and arrangement == Arrangement.A2_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 5: A2-activerend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor A2-activerend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[4],))
    if (arrangement is not None and arrangement == Arrangement.A3_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 6: A3-ondersteunend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor A3-ondersteunend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[5],))
    if (arrangement is not None and arrangement == Arrangement.A3_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 7: A3-activerend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor A3-activerend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[6],))
    if (arrangement is not None and arrangement == Arrangement.B1_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 8: B1-ondersteunend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor B1-ondersteunend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[7],))
    if (arrangement is not None and arrangement == Arrangement.B1_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 9: B1-activerend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor B1-activerend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[8],))
    if (arrangement is not None and arrangement == Arrangement.B2_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 10: B2-ondersteunend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor B2-ondersteunend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[9],))
    if (arrangement is not None and arrangement == Arrangement.B2_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 11: B2-activerend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor B2-activerend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[10],))
    if (arrangement is not None and arrangement == Arrangement.B3_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 12: B3-ondersteunend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor B3-ondersteunend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[11],))
    if (arrangement is not None and arrangement == Arrangement.B3_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 13: B3-activerend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor B3-activerend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[12],))
    if (arrangement is not None and arrangement == Arrangement.C1_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 14: C1-ondersteunend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor C1-ondersteunend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[13],))
    if (arrangement is not None and arrangement == Arrangement.C1_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 15: C1-activerend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor C1-activerend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[14],))
    if (arrangement is not None and arrangement == Arrangement.C2_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 16: C2-ondersteunend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor C2-ondersteunend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[15],))
    if (arrangement is not None and arrangement == Arrangement.C2_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 17: C2-activerend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor C2-activerend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[16],))
    if (arrangement is not None and arrangement == Arrangement.C3_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 18: C3-ondersteunend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor C3-ondersteunend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[17],))
    if (arrangement is not None and arrangement == Arrangement.C3_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 19: C3-activerend | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor C3-activerend staat in het Tarievenblad.'}, (TABEL_MAANDBUDGET_REGELS[18],))
    if (arrangement is not None and arrangement == Arrangement.AANGEPAST_ARRANGEMENT_1) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 20: "aangepast arrangement 1" | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Op uurbasis: er is geen vast maandbudget; de uren worden afgesproken met de zorgaanbieder.'}, (TABEL_MAANDBUDGET_REGELS[19],))
    if (arrangement is not None and arrangement == Arrangement.AANGEPAST_ARRANGEMENT_2) and ingangsdatum >= datetime.date(2022, 1, 1):  # rij 21: "aangepast arrangement 2" | vanaf 1 januari 2022
        return Beslissing('maandbudget', {'maandbudget': None, 'maandbudget toelichting': 'Op uurbasis: er is geen vast maandbudget; de uren worden afgesproken met de zorgaanbieder.'}, (TABEL_MAANDBUDGET_REGELS[20],))
    raise GeenBeslissing('tabel “maandbudget”: geen rij past')


TABEL_UITGESLOTEN_ONDERDELEN_REGELS = (
    Regel('uitgesloten onderdelen', 1, 79, ('§1.3',)),
    Regel('uitgesloten onderdelen', 2, 80, ('§1.3',)),
    Regel('uitgesloten onderdelen', 3, 81, ('§1.3',)),
    Regel('uitgesloten onderdelen', 4, 82, ('§1.3',)),
    Regel('uitgesloten onderdelen', 5, 83, ('§1.3',)),
    Regel('uitgesloten onderdelen', 6, 84, ('§1.3',)),
    Regel('uitgesloten onderdelen', 7, 85, ('§1.3',)),
    Regel('uitgesloten onderdelen', 8, 86, ('§1.3',)),
)


def tabel_uitgesloten_onderdelen(gevraagde_ondersteuning_buiten_de_voorziening: frozenset[UitgeslotenOndersteuning]) -> Beslissing:
    """Beslistabel 'uitgesloten onderdelen' (verzamel); bron §1.3."""
    treffers: list[tuple[Regel, tuple]] = []
    if UitgeslotenOndersteuning.RECREATIEVE_EN_SOCIAAL_CULTURELE_ACTIVITEITEN in gevraagde_ondersteuning_buiten_de_voorziening:  # rij 1
        treffers.append((TABEL_UITGESLOTEN_ONDERDELEN_REGELS[0], ('Recreatieve en sociaal-culturele activiteiten, zoals structurele ondersteuning bij uitstapjes, vallen niet onder Integrale Thuisondersteuning.', 'maatjesprojecten, vrijwilligers of mantelzorgers')))
    if UitgeslotenOndersteuning.BOODSCHAPPEN_DOEN in gevraagde_ondersteuning_buiten_de_voorziening:  # rij 2
        treffers.append((TABEL_UITGESLOTEN_ONDERDELEN_REGELS[1], ('Boodschappen doen valt niet onder Integrale Thuisondersteuning; boodschappen laten doen via een boodschappenservice is algemeen gebruikelijk.', 'boodschappenservice')))
    if UitgeslotenOndersteuning.DAGBESTEDING in gevraagde_ondersteuning_buiten_de_voorziening:  # rij 3
        treffers.append((TABEL_UITGESLOTEN_ONDERDELEN_REGELS[2], ('Integrale Thuisondersteuning is geen invulling van de dag (dagbesteding).', 'voorliggende dagbesteding')))
    if UitgeslotenOndersteuning.VERVOER_NAAR_BEHANDELING in gevraagde_ondersteuning_buiten_de_voorziening:  # rij 4
        treffers.append((TABEL_UITGESLOTEN_ONDERDELEN_REGELS[3], ('Ondersteunen bij vervoer naar een behandeling valt niet onder Integrale Thuisondersteuning.', None)))
    if UitgeslotenOndersteuning.ONDERWIJSBEGELEIDING in gevraagde_ondersteuning_buiten_de_voorziening:  # rij 5
        treffers.append((TABEL_UITGESLOTEN_ONDERDELEN_REGELS[4], ('Begeleiding specifiek gericht op onderwijs of studie valt niet onder Integrale Thuisondersteuning.', None)))
    if UitgeslotenOndersteuning.BEHANDELING_OF_THERAPIE in gevraagde_ondersteuning_buiten_de_voorziening:  # rij 6
        treffers.append((TABEL_UITGESLOTEN_ONDERDELEN_REGELS[5], ('Behandeling of therapie, of een verlengde daarvan, valt niet onder Integrale Thuisondersteuning.', None)))
    if UitgeslotenOndersteuning.MEDICATIE in gevraagde_ondersteuning_buiten_de_voorziening:  # rij 7
        treffers.append((TABEL_UITGESLOTEN_ONDERDELEN_REGELS[6], ('Toezien op, attenderen op, aanreiken en toedienen van medicatie valt niet onder Integrale Thuisondersteuning.', None)))
    if UitgeslotenOndersteuning.BEKOSTIGEN_VAN_VERBLIJF in gevraagde_ondersteuning_buiten_de_voorziening:  # rij 8
        treffers.append((TABEL_UITGESLOTEN_ONDERDELEN_REGELS[7], ('Integrale Thuisondersteuning betaalt geen verblijf; een koppeling tussen wonen en zorg is uitgesloten.', None)))
    return kies('uitgesloten onderdelen', 'verzamel', ('reden uitsluiting', 'voorliggende voorziening'), treffers, {'gevraagde ondersteuning buiten de voorziening': gevraagde_ondersteuning_buiten_de_voorziening})


# -- Een hele casus

@dataclass(frozen=True)
class Resultaat:
    """Alle uitkomsten van één casus, en per tabel de rijen die de doorslag gaven."""

    resultaatgebieden_nu: frozenset[Resultaatgebied]
    ondersteunend_nu: frozenset[Resultaatgebied]
    activerend_nu: frozenset[Resultaatgebied]
    aantal_activerend: int
    aantal_ondersteunend: int
    typebeeld: Typebeeld
    type_ondersteuning: TypeOndersteuning | None
    reden_type: str
    gemiddelde_duur: Duur | None
    maximale_duur: Duur | None
    gevraagde_duur_boven_maximum: bool | None
    toegekende_duur: Duur | None
    einddatum: datetime.date | None
    uiterste_evaluatiedatum: datetime.date | None
    aantal_resultaatgebieden: int
    huishouden_nu: bool
    enkelvoudig_huishouden: bool
    aantal_huishoudelijke_omstandigheden: int | None
    aantal_tellende_omstandigheden: int | None
    omstandigheden_zonder_gevolg: frozenset[Omstandigheid] | None
    huishoudelijke_omstandigheden_buiten_huishouden: bool | None
    intensiteit: Intensiteit | None
    reden_intensiteit: str
    zwaarte: Zwaarte | None
    reden_zwaarte: str
    basisarrangement: Arrangement | None
    toegang: Toegang
    reden_toegang: str
    arrangement: Arrangement | None
    op_uurbasis: bool | None
    toelichting_arrangement: str
    besluit: Besluit
    reden_besluit: str | None
    open_punt: tuple[str, ...] | None
    leidraad_duur: str
    melding_duur: tuple[str, ...]
    ehs: bool | None
    toelichting_ehs: str
    uren_huishouden_per_jaar: int | None
    toelichting_uren: str
    ruimte: tuple[str, ...]
    frequentie: tuple[str, ...]
    activiteiten: tuple[str, ...]
    afspraak_huishouden: tuple[str, ...]
    intensiteit_toelichting: tuple[str, ...]
    keuze_zorgaanbieder: str
    maandbudget: Decimal | None
    maandbudget_toelichting: str
    reden_uitsluiting: tuple[str, ...]
    voorliggende_voorziening: tuple[str, ...] | None
    beslissingen: tuple[Beslissing, ...]

    def waarden(self) -> dict[str, Any]:
        return {
            'resultaatgebieden nu': self.resultaatgebieden_nu,
            'ondersteunend nu': self.ondersteunend_nu,
            'activerend nu': self.activerend_nu,
            'aantal activerend': self.aantal_activerend,
            'aantal ondersteunend': self.aantal_ondersteunend,
            'typebeeld': self.typebeeld,
            'type ondersteuning': self.type_ondersteuning,
            'reden type': self.reden_type,
            'gemiddelde duur': self.gemiddelde_duur,
            'maximale duur': self.maximale_duur,
            'gevraagde duur boven maximum': self.gevraagde_duur_boven_maximum,
            'toegekende duur': self.toegekende_duur,
            'einddatum': self.einddatum,
            'uiterste evaluatiedatum': self.uiterste_evaluatiedatum,
            'aantal resultaatgebieden': self.aantal_resultaatgebieden,
            'huishouden nu': self.huishouden_nu,
            'enkelvoudig huishouden': self.enkelvoudig_huishouden,
            'aantal huishoudelijke omstandigheden': self.aantal_huishoudelijke_omstandigheden,
            'aantal tellende omstandigheden': self.aantal_tellende_omstandigheden,
            'omstandigheden zonder gevolg': self.omstandigheden_zonder_gevolg,
            'huishoudelijke omstandigheden buiten huishouden': self.huishoudelijke_omstandigheden_buiten_huishouden,
            'intensiteit': self.intensiteit,
            'reden intensiteit': self.reden_intensiteit,
            'zwaarte': self.zwaarte,
            'reden zwaarte': self.reden_zwaarte,
            'basisarrangement': self.basisarrangement,
            'toegang': self.toegang,
            'reden toegang': self.reden_toegang,
            'arrangement': self.arrangement,
            'op uurbasis': self.op_uurbasis,
            'toelichting arrangement': self.toelichting_arrangement,
            'besluit': self.besluit,
            'reden besluit': self.reden_besluit,
            'open punt': self.open_punt,
            'leidraad duur': self.leidraad_duur,
            'melding duur': self.melding_duur,
            'EHS': self.ehs,
            'toelichting EHS': self.toelichting_ehs,
            'uren huishouden per jaar': self.uren_huishouden_per_jaar,
            'toelichting uren': self.toelichting_uren,
            'ruimte': self.ruimte,
            'frequentie': self.frequentie,
            'activiteiten': self.activiteiten,
            'afspraak huishouden': self.afspraak_huishouden,
            'intensiteit toelichting': self.intensiteit_toelichting,
            'keuze zorgaanbieder': self.keuze_zorgaanbieder,
            'maandbudget': self.maandbudget,
            'maandbudget toelichting': self.maandbudget_toelichting,
            'reden uitsluiting': self.reden_uitsluiting,
            'voorliggende voorziening': self.voorliggende_voorziening,
        }


UITVOER: list[str] = [
    'resultaatgebieden nu',
    'ondersteunend nu',
    'activerend nu',
    'aantal activerend',
    'aantal ondersteunend',
    'typebeeld',
    'type ondersteuning',
    'reden type',
    'gemiddelde duur',
    'maximale duur',
    'gevraagde duur boven maximum',
    'toegekende duur',
    'einddatum',
    'uiterste evaluatiedatum',
    'aantal resultaatgebieden',
    'huishouden nu',
    'enkelvoudig huishouden',
    'aantal huishoudelijke omstandigheden',
    'aantal tellende omstandigheden',
    'omstandigheden zonder gevolg',
    'huishoudelijke omstandigheden buiten huishouden',
    'intensiteit',
    'reden intensiteit',
    'zwaarte',
    'reden zwaarte',
    'basisarrangement',
    'toegang',
    'reden toegang',
    'arrangement',
    'op uurbasis',
    'toelichting arrangement',
    'besluit',
    'reden besluit',
    'open punt',
    'leidraad duur',
    'melding duur',
    'EHS',
    'toelichting EHS',
    'uren huishouden per jaar',
    'toelichting uren',
    'ruimte',
    'frequentie',
    'activiteiten',
    'afspraak huishouden',
    'intensiteit toelichting',
    'keuze zorgaanbieder',
    'maandbudget',
    'maandbudget toelichting',
    'reden uitsluiting',
    'voorliggende voorziening',
]


def beslis(invoer: Invoer) -> Resultaat:
    """Beslis over één casus: elke afgeleide waarde en elke tabel, in volgorde van afhankelijkheid."""
    swt_oordeel_over_het_basisarrangement = invoer.swt_oordeel_over_het_basisarrangement
    benodigde_uren_per_week = invoer.benodigde_uren_per_week
    ingangsdatum = invoer.ingangsdatum
    verandering_op_korte_termijn_verwacht = invoer.verandering_op_korte_termijn_verwacht
    gevraagde_duur = invoer.gevraagde_duur
    voorliggende_was_en_strijkservice_bruikbaar = invoer.voorliggende_was_en_strijkservice_bruikbaar
    verzwarende_omstandigheden = invoer.verzwarende_omstandigheden
    omstandigheden_die_de_inzet_verhogen = invoer.omstandigheden_die_de_inzet_verhogen
    omstandigheden_binnen_gemiddeld = invoer.omstandigheden_binnen_gemiddeld
    verlichtende_omstandigheden = invoer.verlichtende_omstandigheden
    leveringsvorm = invoer.leveringsvorm
    doelgroep = invoer.doelgroep
    leeftijd = invoer.leeftijd
    nieuwe_toekenning = invoer.nieuwe_toekenning
    swt_oordeel_uitzondering_leeftijd = invoer.swt_oordeel_uitzondering_leeftijd
    heeft_eigen_huisvesting = invoer.heeft_eigen_huisvesting
    huurovereenkomst_afhankelijk_van_de_ondersteuning = invoer.huurovereenkomst_afhankelijk_van_de_ondersteuning
    beperkingen_op_terreinen = invoer.beperkingen_op_terreinen
    gevraagde_ondersteuning_buiten_de_voorziening = invoer.gevraagde_ondersteuning_buiten_de_voorziening
    activerend_op = invoer.activerend_op
    zwaartepunt_type = invoer.zwaartepunt_type
    resultaatgebieden_met_ondersteuningsvraag = invoer.resultaatgebieden_met_ondersteuningsvraag
    via_voorliggende_voorziening = invoer.via_voorliggende_voorziening
    via_netwerk = invoer.via_netwerk
    later_opgepakt = invoer.later_opgepakt
    beslissingen: list[Beslissing] = []
    resultaatgebieden_nu = rekensom('-', rekensom('-', rekensom('-', resultaatgebieden_met_ondersteuningsvraag, via_voorliggende_voorziening), via_netwerk), later_opgepakt)
    ondersteunend_nu = rekensom('-', resultaatgebieden_nu, activerend_op)
    activerend_nu = rekensom('-', resultaatgebieden_nu, ondersteunend_nu)
    aantal_activerend = len(activerend_nu)
    aantal_ondersteunend = len(ondersteunend_nu)
    b = tabel_typebeeld(aantal_activerend, aantal_ondersteunend)
    beslissingen.append(b)
    typebeeld = b.uitkomst['typebeeld']
    b = tabel_type_ondersteuning(typebeeld, zwaartepunt_type)
    beslissingen.append(b)
    type_ondersteuning = b.uitkomst['type ondersteuning']
    reden_type = b.uitkomst['reden type']
    b = tabel_duur_per_type(type_ondersteuning)
    beslissingen.append(b)
    gemiddelde_duur = b.uitkomst['gemiddelde duur']
    maximale_duur = b.uitkomst['maximale duur']
    gevraagde_duur_boven_maximum = vergelijk('>', gevraagde_duur, maximale_duur)
    b = tabel_toegekende_duur(gevraagde_duur_boven_maximum, gevraagde_duur, maximale_duur)
    beslissingen.append(b)
    toegekende_duur = b.uitkomst['toegekende duur']
    einddatum = rekensom('+', ingangsdatum, toegekende_duur)
    uiterste_evaluatiedatum = halverwege(ingangsdatum, einddatum)
    aantal_resultaatgebieden = len(resultaatgebieden_nu)
    huishouden_nu = (Resultaatgebied.HUISHOUDEN in resultaatgebieden_nu)
    enkelvoudig_huishouden = (huishouden_nu and (aantal_resultaatgebieden == 1))
    aantal_huishoudelijke_omstandigheden = rekensom('+', rekensom('+', rekensom('+', rekensom('+', rekensom('+', rekensom('+', als(bevat(omstandigheden_die_de_inzet_verhogen, Omstandigheid.COPD), 1, 0), als(bevat(omstandigheden_die_de_inzet_verhogen, Omstandigheid.BEDLEGERIGHEID), 1, 0)), als(bevat(omstandigheden_die_de_inzet_verhogen, Omstandigheid.INCONTINENTIE), 1, 0)), als(bevat(omstandigheden_die_de_inzet_verhogen, Omstandigheid.ROLSTOELGEBONDENHEID), 1, 0)), als(bevat(omstandigheden_die_de_inzet_verhogen, Omstandigheid.LICHAMELIJKE_BEPERKINGEN_OF_BELEMMERINGEN), 1, 0)), als(bevat(omstandigheden_die_de_inzet_verhogen, Omstandigheid.OVERNAME_VAN_DE_REGIE_OVER_HET_HUISHOUDEN), 1, 0)), als(bevat(omstandigheden_die_de_inzet_verhogen, Omstandigheid.BESMET_WASGOED_OF_VAKER_WASSEN), 1, 0))
    aantal_tellende_omstandigheden = rekensom('-', aantal(omstandigheden_die_de_inzet_verhogen), als(huishouden_nu, 0, aantal_huishoudelijke_omstandigheden))
    omstandigheden_zonder_gevolg = rekensom('-', verzwarende_omstandigheden, omstandigheden_die_de_inzet_verhogen)
    huishoudelijke_omstandigheden_buiten_huishouden = en((not huishouden_nu), vergelijk('>', aantal_huishoudelijke_omstandigheden, 0))
    b = tabel_intensiteit(verzwarende_omstandigheden, aantal_tellende_omstandigheden)
    beslissingen.append(b)
    intensiteit = b.uitkomst['intensiteit']
    reden_intensiteit = b.uitkomst['reden intensiteit']
    b = tabel_zwaarte(aantal_resultaatgebieden)
    beslissingen.append(b)
    zwaarte = b.uitkomst['zwaarte']
    reden_zwaarte = b.uitkomst['reden zwaarte']
    b = tabel_basisarrangement(intensiteit, zwaarte, type_ondersteuning)
    beslissingen.append(b)
    basisarrangement = b.uitkomst['basisarrangement']
    b = tabel_toegang(heeft_eigen_huisvesting, huurovereenkomst_afhankelijk_van_de_ondersteuning, beperkingen_op_terreinen, leeftijd, nieuwe_toekenning, swt_oordeel_uitzondering_leeftijd)
    beslissingen.append(b)
    toegang = b.uitkomst['toegang']
    reden_toegang = b.uitkomst['reden toegang']
    b = tabel_arrangement(toegang, aantal_resultaatgebieden, basisarrangement, swt_oordeel_over_het_basisarrangement, benodigde_uren_per_week)
    beslissingen.append(b)
    arrangement = b.uitkomst['arrangement']
    op_uurbasis = b.uitkomst['op uurbasis']
    toelichting_arrangement = b.uitkomst['toelichting arrangement']
    b = tabel_besluit(toegang, aantal_resultaatgebieden, type_ondersteuning, intensiteit, arrangement, toegekende_duur, huishouden_nu, voorliggende_was_en_strijkservice_bruikbaar, reden_intensiteit, reden_toegang, reden_type, toelichting_arrangement)
    beslissingen.append(b)
    besluit = b.uitkomst['besluit']
    reden_besluit = b.uitkomst['reden besluit']
    b = tabel_open_punten(toegang, aantal_resultaatgebieden, type_ondersteuning, intensiteit, basisarrangement, arrangement, gevraagde_duur, huishouden_nu, voorliggende_was_en_strijkservice_bruikbaar, reden_intensiteit, reden_toegang, reden_type, toelichting_arrangement)
    beslissingen.append(b)
    open_punt = b.uitkomst['open punt']
    b = tabel_leidraad_duur(verandering_op_korte_termijn_verwacht, type_ondersteuning)
    beslissingen.append(b)
    leidraad_duur = b.uitkomst['leidraad duur']
    b = tabel_meldingen_duur(gevraagde_duur, gevraagde_duur_boven_maximum, verandering_op_korte_termijn_verwacht)
    beslissingen.append(b)
    melding_duur = b.uitkomst['melding duur']
    b = tabel_extra_huishoudelijke_schoonmaak(toegang, leveringsvorm, huishouden_nu, toegekende_duur)
    beslissingen.append(b)
    ehs = b.uitkomst['EHS']
    toelichting_ehs = b.uitkomst['toelichting EHS']
    b = tabel_uren_huishouden(huishouden_nu, enkelvoudig_huishouden, arrangement)
    beslissingen.append(b)
    uren_huishouden_per_jaar = b.uitkomst['uren huishouden per jaar']
    toelichting_uren = b.uitkomst['toelichting uren']
    b = tabel_taken_huishouden(toegang, huishouden_nu, voorliggende_was_en_strijkservice_bruikbaar)
    beslissingen.append(b)
    ruimte = b.uitkomst['ruimte']
    frequentie = b.uitkomst['frequentie']
    activiteiten = b.uitkomst['activiteiten']
    b = tabel_afspraken_huishouden(toegang, huishouden_nu, enkelvoudig_huishouden, arrangement, voorliggende_was_en_strijkservice_bruikbaar)
    beslissingen.append(b)
    afspraak_huishouden = b.uitkomst['afspraak huishouden']
    b = tabel_intensiteit_toelichting(omstandigheden_zonder_gevolg, huishoudelijke_omstandigheden_buiten_huishouden, omstandigheden_binnen_gemiddeld, verlichtende_omstandigheden)
    beslissingen.append(b)
    intensiteit_toelichting = b.uitkomst['intensiteit toelichting']
    b = tabel_keuze_zorgaanbieder(leveringsvorm, doelgroep)
    beslissingen.append(b)
    keuze_zorgaanbieder = b.uitkomst['keuze zorgaanbieder']
    b = tabel_maandbudget(arrangement, ingangsdatum)
    beslissingen.append(b)
    maandbudget = b.uitkomst['maandbudget']
    maandbudget_toelichting = b.uitkomst['maandbudget toelichting']
    b = tabel_uitgesloten_onderdelen(gevraagde_ondersteuning_buiten_de_voorziening)
    beslissingen.append(b)
    reden_uitsluiting = b.uitkomst['reden uitsluiting']
    voorliggende_voorziening = b.uitkomst['voorliggende voorziening']
    return Resultaat(
        resultaatgebieden_nu=resultaatgebieden_nu,
        ondersteunend_nu=ondersteunend_nu,
        activerend_nu=activerend_nu,
        aantal_activerend=aantal_activerend,
        aantal_ondersteunend=aantal_ondersteunend,
        typebeeld=typebeeld,
        type_ondersteuning=type_ondersteuning,
        reden_type=reden_type,
        gemiddelde_duur=gemiddelde_duur,
        maximale_duur=maximale_duur,
        gevraagde_duur_boven_maximum=gevraagde_duur_boven_maximum,
        toegekende_duur=toegekende_duur,
        einddatum=einddatum,
        uiterste_evaluatiedatum=uiterste_evaluatiedatum,
        aantal_resultaatgebieden=aantal_resultaatgebieden,
        huishouden_nu=huishouden_nu,
        enkelvoudig_huishouden=enkelvoudig_huishouden,
        aantal_huishoudelijke_omstandigheden=aantal_huishoudelijke_omstandigheden,
        aantal_tellende_omstandigheden=aantal_tellende_omstandigheden,
        omstandigheden_zonder_gevolg=omstandigheden_zonder_gevolg,
        huishoudelijke_omstandigheden_buiten_huishouden=huishoudelijke_omstandigheden_buiten_huishouden,
        intensiteit=intensiteit,
        reden_intensiteit=reden_intensiteit,
        zwaarte=zwaarte,
        reden_zwaarte=reden_zwaarte,
        basisarrangement=basisarrangement,
        toegang=toegang,
        reden_toegang=reden_toegang,
        arrangement=arrangement,
        op_uurbasis=op_uurbasis,
        toelichting_arrangement=toelichting_arrangement,
        besluit=besluit,
        reden_besluit=reden_besluit,
        open_punt=open_punt,
        leidraad_duur=leidraad_duur,
        melding_duur=melding_duur,
        ehs=ehs,
        toelichting_ehs=toelichting_ehs,
        uren_huishouden_per_jaar=uren_huishouden_per_jaar,
        toelichting_uren=toelichting_uren,
        ruimte=ruimte,
        frequentie=frequentie,
        activiteiten=activiteiten,
        afspraak_huishouden=afspraak_huishouden,
        intensiteit_toelichting=intensiteit_toelichting,
        keuze_zorgaanbieder=keuze_zorgaanbieder,
        maandbudget=maandbudget,
        maandbudget_toelichting=maandbudget_toelichting,
        reden_uitsluiting=reden_uitsluiting,
        voorliggende_voorziening=voorliggende_voorziening,
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
    swt_oordeel_over_het_basisarrangement = invoer.swt_oordeel_over_het_basisarrangement
    benodigde_uren_per_week = invoer.benodigde_uren_per_week
    ingangsdatum = invoer.ingangsdatum
    verandering_op_korte_termijn_verwacht = invoer.verandering_op_korte_termijn_verwacht
    gevraagde_duur = invoer.gevraagde_duur
    voorliggende_was_en_strijkservice_bruikbaar = invoer.voorliggende_was_en_strijkservice_bruikbaar
    verzwarende_omstandigheden = invoer.verzwarende_omstandigheden
    omstandigheden_die_de_inzet_verhogen = invoer.omstandigheden_die_de_inzet_verhogen
    omstandigheden_binnen_gemiddeld = invoer.omstandigheden_binnen_gemiddeld
    verlichtende_omstandigheden = invoer.verlichtende_omstandigheden
    leveringsvorm = invoer.leveringsvorm
    doelgroep = invoer.doelgroep
    leeftijd = invoer.leeftijd
    nieuwe_toekenning = invoer.nieuwe_toekenning
    swt_oordeel_uitzondering_leeftijd = invoer.swt_oordeel_uitzondering_leeftijd
    heeft_eigen_huisvesting = invoer.heeft_eigen_huisvesting
    huurovereenkomst_afhankelijk_van_de_ondersteuning = invoer.huurovereenkomst_afhankelijk_van_de_ondersteuning
    beperkingen_op_terreinen = invoer.beperkingen_op_terreinen
    gevraagde_ondersteuning_buiten_de_voorziening = invoer.gevraagde_ondersteuning_buiten_de_voorziening
    activerend_op = invoer.activerend_op
    zwaartepunt_type = invoer.zwaartepunt_type
    resultaatgebieden_met_ondersteuningsvraag = invoer.resultaatgebieden_met_ondersteuningsvraag
    via_voorliggende_voorziening = invoer.via_voorliggende_voorziening
    via_netwerk = invoer.via_netwerk
    later_opgepakt = invoer.later_opgepakt
    resultaatgebieden_nu = rekensom('-', rekensom('-', rekensom('-', resultaatgebieden_met_ondersteuningsvraag, via_voorliggende_voorziening), via_netwerk), later_opgepakt)
    ondersteunend_nu = rekensom('-', resultaatgebieden_nu, activerend_op)
    activerend_nu = rekensom('-', resultaatgebieden_nu, ondersteunend_nu)
    aantal_activerend = len(activerend_nu)
    aantal_ondersteunend = len(ondersteunend_nu)
    if aantal_activerend <= 0 and aantal_ondersteunend <= 0:  # typebeeld, rij 1
        typebeeld = Typebeeld.GEEN_RESULTAATGEBIED
    elif aantal_activerend >= 1 and aantal_ondersteunend <= 0:  # typebeeld, rij 2
        typebeeld = Typebeeld.GEHEEL_ACTIVEREND
    elif aantal_activerend <= 0 and aantal_ondersteunend >= 1:  # typebeeld, rij 3
        typebeeld = Typebeeld.GEHEEL_ONDERSTEUNEND
    elif aantal_activerend >= 1 and aantal_ondersteunend >= 1:  # typebeeld, rij 4
        typebeeld = Typebeeld.GEMENGD
    else:
        raise GeenBeslissing('tabel “typebeeld”: geen rij past')
    if typebeeld == Typebeeld.GEEN_RESULTAATGEBIED:  # type ondersteuning, rij 1
        type_ondersteuning = None
        reden_type = 'Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus ook geen type ondersteuning.'
    elif typebeeld == Typebeeld.GEHEEL_ACTIVEREND:  # type ondersteuning, rij 2
        type_ondersteuning = TypeOndersteuning.ACTIVEREND
        reden_type = 'Op alle resultaatgebieden is de ondersteuning activerend.'
    elif typebeeld == Typebeeld.GEHEEL_ONDERSTEUNEND:  # type ondersteuning, rij 3
        type_ondersteuning = TypeOndersteuning.ONDERSTEUNEND
        reden_type = 'Op alle resultaatgebieden is de ondersteuning ondersteunend.'
    elif typebeeld == Typebeeld.GEMENGD and (zwaartepunt_type is not None and zwaartepunt_type == TypeOndersteuning.ACTIVEREND):  # type ondersteuning, rij 4
        type_ondersteuning = TypeOndersteuning.ACTIVEREND
        reden_type = 'Het type verschilt per resultaatgebied; het SWT legt het zwaartepunt bij activerend.'
    elif typebeeld == Typebeeld.GEMENGD and (zwaartepunt_type is not None and zwaartepunt_type == TypeOndersteuning.ONDERSTEUNEND):  # type ondersteuning, rij 5
        type_ondersteuning = TypeOndersteuning.ONDERSTEUNEND
        reden_type = 'Het type verschilt per resultaatgebied; het SWT legt het zwaartepunt bij ondersteunend.'
    elif typebeeld == Typebeeld.GEMENGD and zwaartepunt_type is None:  # type ondersteuning, rij 6
        type_ondersteuning = None
        reden_type = 'SWT beoordeelt waar het zwaartepunt ligt (§2.1 b): het type verschilt per resultaatgebied.'
    else:
        raise GeenBeslissing('tabel “type ondersteuning”: geen rij past')
    if (type_ondersteuning is not None and type_ondersteuning == TypeOndersteuning.ACTIVEREND):  # duur per type, rij 1
        gemiddelde_duur = Duur(12)
        maximale_duur = Duur(24)
    elif (type_ondersteuning is not None and type_ondersteuning == TypeOndersteuning.ONDERSTEUNEND):  # duur per type, rij 2
        gemiddelde_duur = Duur(24)
        maximale_duur = Duur(60)
    elif type_ondersteuning is None:  # duur per type, rij 3
        gemiddelde_duur = None
        maximale_duur = None
    else:
        raise GeenBeslissing('tabel “duur per type”: geen rij past')
    gevraagde_duur_boven_maximum = vergelijk('>', gevraagde_duur, maximale_duur)
    if (gevraagde_duur_boven_maximum is not None and gevraagde_duur_boven_maximum is True):  # toegekende duur, rij 1
        toegekende_duur = maximale_duur
    elif (gevraagde_duur_boven_maximum is not None and gevraagde_duur_boven_maximum is False):  # toegekende duur, rij 2
        toegekende_duur = gevraagde_duur
    elif gevraagde_duur_boven_maximum is None:  # toegekende duur, rij 3
        toegekende_duur = None
    else:
        raise GeenBeslissing('tabel “toegekende duur”: geen rij past')
    einddatum = rekensom('+', ingangsdatum, toegekende_duur)
    uiterste_evaluatiedatum = halverwege(ingangsdatum, einddatum)
    aantal_resultaatgebieden = len(resultaatgebieden_nu)
    huishouden_nu = (Resultaatgebied.HUISHOUDEN in resultaatgebieden_nu)
    enkelvoudig_huishouden = (huishouden_nu and (aantal_resultaatgebieden == 1))
    aantal_huishoudelijke_omstandigheden = rekensom('+', rekensom('+', rekensom('+', rekensom('+', rekensom('+', rekensom('+', als(bevat(omstandigheden_die_de_inzet_verhogen, Omstandigheid.COPD), 1, 0), als(bevat(omstandigheden_die_de_inzet_verhogen, Omstandigheid.BEDLEGERIGHEID), 1, 0)), als(bevat(omstandigheden_die_de_inzet_verhogen, Omstandigheid.INCONTINENTIE), 1, 0)), als(bevat(omstandigheden_die_de_inzet_verhogen, Omstandigheid.ROLSTOELGEBONDENHEID), 1, 0)), als(bevat(omstandigheden_die_de_inzet_verhogen, Omstandigheid.LICHAMELIJKE_BEPERKINGEN_OF_BELEMMERINGEN), 1, 0)), als(bevat(omstandigheden_die_de_inzet_verhogen, Omstandigheid.OVERNAME_VAN_DE_REGIE_OVER_HET_HUISHOUDEN), 1, 0)), als(bevat(omstandigheden_die_de_inzet_verhogen, Omstandigheid.BESMET_WASGOED_OF_VAKER_WASSEN), 1, 0))
    aantal_tellende_omstandigheden = rekensom('-', aantal(omstandigheden_die_de_inzet_verhogen), als(huishouden_nu, 0, aantal_huishoudelijke_omstandigheden))
    omstandigheden_zonder_gevolg = rekensom('-', verzwarende_omstandigheden, omstandigheden_die_de_inzet_verhogen)
    huishoudelijke_omstandigheden_buiten_huishouden = en((not huishouden_nu), vergelijk('>', aantal_huishoudelijke_omstandigheden, 0))
    if len(verzwarende_omstandigheden) == 0:  # intensiteit, rij 1
        intensiteit = Intensiteit.GEMIDDELD
        reden_intensiteit = 'Er zijn geen verzwarende omstandigheden: gemiddelde intensiteit, het vertrekpunt.'
    elif aantal_tellende_omstandigheden is None:  # intensiteit, rij 2
        intensiteit = None
        reden_intensiteit = 'SWT beoordeelt welke verzwarende omstandigheden de benodigde inzet echt verhogen (§2.1 c).'
    elif (aantal_tellende_omstandigheden is not None and aantal_tellende_omstandigheden <= 0):  # intensiteit, rij 3
        intensiteit = Intensiteit.GEMIDDELD
        reden_intensiteit = 'Er zijn verzwarende omstandigheden, maar die verhogen de benodigde inzet niet: gemiddelde intensiteit.'
    elif (aantal_tellende_omstandigheden is not None and aantal_tellende_omstandigheden == 1):  # intensiteit, rij 4
        intensiteit = Intensiteit.PLUS
        reden_intensiteit = 'Eén verzwarende omstandigheid verhoogt de benodigde inzet: intensiteit plus.'
    elif (aantal_tellende_omstandigheden is not None and aantal_tellende_omstandigheden >= 2):  # intensiteit, rij 5
        intensiteit = Intensiteit.PLUSPLUS
        reden_intensiteit = 'Een combinatie van verzwarende omstandigheden verhoogt de benodigde inzet: intensiteit plusplus.'
    else:
        raise GeenBeslissing('tabel “intensiteit”: geen rij past')
    if aantal_resultaatgebieden <= 0:  # zwaarte, rij 1
        zwaarte = None
        reden_zwaarte = 'Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus ook geen zwaarte.'
    elif 1 <= aantal_resultaatgebieden <= 2:  # zwaarte, rij 2
        zwaarte = Zwaarte.A
        reden_zwaarte = 'Bij 1 of 2 resultaatgebieden hoort zwaarte A.'
    elif 3 <= aantal_resultaatgebieden <= 4:  # zwaarte, rij 3
        zwaarte = Zwaarte.B
        reden_zwaarte = 'Bij 3 of 4 resultaatgebieden hoort zwaarte B.'
    elif aantal_resultaatgebieden >= 5:  # zwaarte, rij 4
        zwaarte = Zwaarte.C
        reden_zwaarte = 'Bij 5 of 6 resultaatgebieden hoort zwaarte C.'
    else:
        raise GeenBeslissing('tabel “zwaarte”: geen rij past')
    if intensiteit is None or zwaarte is None or type_ondersteuning is None:
        basisarrangement = None
    else:
        basisarrangement = TABEL_BASISARRANGEMENT_CELLEN[(intensiteit, zwaarte, type_ondersteuning)][1]
    if heeft_eigen_huisvesting is False:  # toegang, rij 1
        toegang = Toegang.GEWEIGERD
        reden_toegang = 'U heeft geen eigen woning. Ondersteuning wordt alleen ingezet als u een woning heeft waar u kunt blijven wonen.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is True:  # toegang, rij 2
        toegang = Toegang.GEWEIGERD
        reden_toegang = 'Uw huurcontract hangt af van het afnemen van ondersteuning. Een koppeling tussen wonen en zorg is uitgesloten.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and len(beperkingen_op_terreinen) == 0:  # toegang, rij 3
        toegang = Toegang.GEWEIGERD
        reden_toegang = 'U heeft geen beperkingen op de terreinen van §1.2 (cognitief, psychisch, oriëntatie en geheugen, lichamelijk).'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd >= 18:  # toegang, rij 4
        toegang = Toegang.VERLEEND
        reden_toegang = 'U bent 18 jaar of ouder, u heeft beperkingen op een terrein uit §1.2 en u heeft een eigen woning.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is False:  # toegang, rij 5
        toegang = Toegang.GEWEIGERD
        reden_toegang = 'U bent jonger dan 18. Een uitzondering kan alleen bij een nieuwe toekenning.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is True and (swt_oordeel_uitzondering_leeftijd is not None and swt_oordeel_uitzondering_leeftijd is True):  # toegang, rij 6
        toegang = Toegang.VERLEEND
        reden_toegang = 'U bent jonger dan 18, maar het SWT vindt dit een uitzonderlijk geval bij een nieuwe toekenning.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is True and (swt_oordeel_uitzondering_leeftijd is not None and swt_oordeel_uitzondering_leeftijd is False):  # toegang, rij 7
        toegang = Toegang.GEWEIGERD
        reden_toegang = 'U bent jonger dan 18 en het SWT vindt dit geen uitzonderlijk geval.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is True and swt_oordeel_uitzondering_leeftijd is None:  # toegang, rij 8
        toegang = Toegang.SWT_BEOORDEELT
        reden_toegang = 'SWT beoordeelt of dit een uitzonderlijk geval is waarin iemand net voor het 18e jaar toegang krijgt (§1.2).'
    else:
        raise GeenBeslissing('tabel “toegang”: geen rij past')
    if (toegang == Toegang.GEWEIGERD or toegang == Toegang.SWT_BEOORDEELT):  # arrangement, rij 1
        arrangement = None
        op_uurbasis = None
        toelichting_arrangement = 'Zonder toegang is er geen arrangement.'
    elif toegang == Toegang.VERLEEND and aantal_resultaatgebieden <= 0:  # arrangement, rij 2
        arrangement = None
        op_uurbasis = None
        toelichting_arrangement = 'Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus geen arrangement.'
    elif toegang == Toegang.VERLEEND and basisarrangement is None:  # arrangement, rij 3
        arrangement = None
        op_uurbasis = None
        toelichting_arrangement = 'Het arrangement is nog niet bekend: het type of de intensiteit wacht op een oordeel van het SWT.'
    elif toegang == Toegang.VERLEEND and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.BASISARRANGEMENT_PAST:  # arrangement, rij 4
        arrangement = basisarrangement
        op_uurbasis = False
        toelichting_arrangement = 'Het arrangement volgt uit het schema van §2.'
    elif toegang == Toegang.VERLEEND and (basisarrangement is not None and basisarrangement == Arrangement.A1_ONDERSTEUNEND) and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.LEUN_EN_STEUN_OM_AF_TE_BOUWEN:  # arrangement, rij 5
        arrangement = Arrangement.AANGEPAST_ARRANGEMENT_1
        op_uurbasis = True
        toelichting_arrangement = 'A1-ondersteunend is meer dan nodig. Om af te bouwen is tijdelijk leun en steun nodig; daarvoor worden op uurbasis afspraken gemaakt met de zorgaanbieder.'
    elif toegang == Toegang.VERLEEND and (basisarrangement is not None and basisarrangement == Arrangement.C3_ACTIVEREND) and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.HOOGSTE_ARRANGEMENT_ONTOEREIKEND:  # arrangement, rij 6
        arrangement = Arrangement.AANGEPAST_ARRANGEMENT_1
        op_uurbasis = True
        toelichting_arrangement = 'C3-activerend is in deze uitzonderlijke situatie niet toereikend. Tijdelijk worden op uurbasis afspraken gemaakt met de zorgaanbieder.'
    elif toegang == Toegang.VERLEEND and (basisarrangement is not None and basisarrangement == Arrangement.A3_ONDERSTEUNEND) and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN and (benodigde_uren_per_week is not None and benodigde_uren_per_week >= 5):  # arrangement, rij 7
        arrangement = Arrangement.AANGEPAST_ARRANGEMENT_2
        op_uurbasis = True
        toelichting_arrangement = 'A3-ondersteunend is niet toereikend om het hele huishouden tijdelijk over te nemen. Er komt een beschikking op uurbasis, in overleg met de zorgaanbieder.'
    elif toegang == Toegang.VERLEEND and (basisarrangement is not None and basisarrangement == Arrangement.A3_ONDERSTEUNEND) and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN and benodigde_uren_per_week is None:  # arrangement, rij 8
        arrangement = None
        op_uurbasis = None
        toelichting_arrangement = 'SWT beoordeelt hoeveel uur per week nodig is: aangepast arrangement 2 vraagt minimaal vijf uur per week (§3.3).'
    elif toegang == Toegang.VERLEEND and (basisarrangement is not None and basisarrangement == Arrangement.A3_ONDERSTEUNEND) and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN and (benodigde_uren_per_week is not None and benodigde_uren_per_week < 5):  # arrangement, rij 9
        arrangement = basisarrangement
        op_uurbasis = False
        toelichting_arrangement = 'Minder dan vijf uur per week: aangepast arrangement 2 is voor minimaal vijf uur per week. Het blijft A3-ondersteunend.'
    elif toegang == Toegang.VERLEEND and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.LEUN_EN_STEUN_OM_AF_TE_BOUWEN:  # arrangement, rij 10
        arrangement = basisarrangement
        op_uurbasis = False
        toelichting_arrangement = 'Aangepast arrangement 1 om af te bouwen kan alleen als het laagste arrangement, A1-ondersteunend, meer is dan nodig. Het basisarrangement blijft.'
    elif toegang == Toegang.VERLEEND and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.HOOGSTE_ARRANGEMENT_ONTOEREIKEND:  # arrangement, rij 11
        arrangement = basisarrangement
        op_uurbasis = False
        toelichting_arrangement = 'Aangepast arrangement 1 omdat het arrangement niet toereikend is, kan alleen bij het hoogste arrangement, C3-activerend. Het basisarrangement blijft.'
    elif toegang == Toegang.VERLEEND and swt_oordeel_over_het_basisarrangement == OordeelBasisarrangement.HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN:  # arrangement, rij 12
        arrangement = basisarrangement
        op_uurbasis = False
        toelichting_arrangement = 'Aangepast arrangement 2 kan alleen als A3-ondersteunend niet toereikend is. Het basisarrangement blijft.'
    else:
        raise GeenBeslissing('tabel “arrangement”: geen rij past')
    if toegang == Toegang.GEWEIGERD:  # besluit, rij 1
        besluit = Besluit.AFWIJZING
        reden_besluit = reden_toegang
    elif toegang == Toegang.SWT_BEOORDEELT:  # besluit, rij 2
        besluit = Besluit.SWT_BEOORDEELT
        reden_besluit = reden_toegang
    elif toegang == Toegang.VERLEEND and aantal_resultaatgebieden <= 0:  # besluit, rij 3
        besluit = Besluit.GEEN_MAATWERKVOORZIENING
        reden_besluit = 'Er is nu op geen enkel resultaatgebied ondersteuning via de maatwerkvoorziening nodig: voorliggende voorzieningen of het netwerk pakken de vragen op, of ze komen later aan de beurt.'
    elif toegang == Toegang.VERLEEND and type_ondersteuning is None:  # besluit, rij 4
        besluit = Besluit.SWT_BEOORDEELT
        reden_besluit = reden_type
    elif toegang == Toegang.VERLEEND and intensiteit is None:  # besluit, rij 5
        besluit = Besluit.SWT_BEOORDEELT
        reden_besluit = reden_intensiteit
    elif toegang == Toegang.VERLEEND and arrangement is None:  # besluit, rij 6
        besluit = Besluit.SWT_BEOORDEELT
        reden_besluit = toelichting_arrangement
    elif toegang == Toegang.VERLEEND and toegekende_duur is None:  # besluit, rij 7
        besluit = Besluit.SWT_BEOORDEELT
        reden_besluit = 'SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d).'
    elif toegang == Toegang.VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is None:  # besluit, rij 8
        besluit = Besluit.SWT_BEOORDEELT
        reden_besluit = 'SWT beoordeelt of een voorliggende was- en strijkservice bruikbaar is (§3.4 c).'
    elif toegang == Toegang.VERLEEND:  # besluit, rij 9
        besluit = Besluit.TOEKENNING
        reden_besluit = 'U krijgt Integrale Thuisondersteuning met het arrangement, de duur en de afspraken in dit besluit.'
    else:
        raise GeenBeslissing('tabel “besluit”: geen rij past')
    open_punt = []
    if toegang == Toegang.SWT_BEOORDEELT:  # open punten, rij 1
        _v = reden_toegang
        if _v is not None:
            open_punt.append(_v)
    if toegang == Toegang.VERLEEND and aantal_resultaatgebieden >= 1 and type_ondersteuning is None:  # open punten, rij 2
        _v = reden_type
        if _v is not None:
            open_punt.append(_v)
    if toegang == Toegang.VERLEEND and aantal_resultaatgebieden >= 1 and intensiteit is None:  # open punten, rij 3
        _v = reden_intensiteit
        if _v is not None:
            open_punt.append(_v)
    if toegang == Toegang.VERLEEND and aantal_resultaatgebieden >= 1 and (basisarrangement is not None and not basisarrangement is None) and arrangement is None:  # open punten, rij 4
        _v = toelichting_arrangement
        if _v is not None:
            open_punt.append(_v)
    if toegang == Toegang.VERLEEND and aantal_resultaatgebieden >= 1 and gevraagde_duur is None:  # open punten, rij 5
        open_punt.append('SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d).')
    if toegang == Toegang.VERLEEND and aantal_resultaatgebieden >= 1 and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is None:  # open punten, rij 6
        open_punt.append('SWT beoordeelt of een voorliggende was- en strijkservice bruikbaar is (§3.4 c).')
    open_punt = tuple(open_punt)
    if verandering_op_korte_termijn_verwacht is True:  # leidraad duur, rij 1
        leidraad_duur = 'Korter dan 1 jaar, omdat de situatie op korte termijn waarschijnlijk verandert.'
    elif verandering_op_korte_termijn_verwacht is False and (type_ondersteuning is not None and type_ondersteuning == TypeOndersteuning.ACTIVEREND):  # leidraad duur, rij 2
        leidraad_duur = 'Activerend: gemiddeld 1 jaar, hooguit 2 jaar. Daarna kan verlenging na een evaluatie; vaak wordt het arrangement dan ondersteunend.'
    elif verandering_op_korte_termijn_verwacht is False and (type_ondersteuning is not None and type_ondersteuning == TypeOndersteuning.ONDERSTEUNEND):  # leidraad duur, rij 3
        leidraad_duur = 'Ondersteunend: gemiddeld 2 jaar, hooguit 5 jaar. Daarna kan verlenging na een evaluatie.'
    elif verandering_op_korte_termijn_verwacht is False and type_ondersteuning is None:  # leidraad duur, rij 4
        leidraad_duur = 'Hangt af van het type ondersteuning; dat is nog niet bekend.'
    else:
        raise GeenBeslissing('tabel “leidraad duur”: geen rij past')
    melding_duur = []
    if (gevraagde_duur_boven_maximum is not None and gevraagde_duur_boven_maximum is True):  # meldingen duur, rij 1
        melding_duur.append('De gevraagde duur is langer dan de maximale duur voor dit type; toegekend is de maximale duur. Verlenging is mogelijk na een inhoudelijke evaluatie.')
    if (gevraagde_duur is not None and gevraagde_duur >= Duur(12)) and verandering_op_korte_termijn_verwacht is True:  # meldingen duur, rij 2
        melding_duur.append('Er wordt op korte termijn verandering verwacht; de leidraad is dan een duur korter dan 1 jaar.')
    if gevraagde_duur is None:  # meldingen duur, rij 3
        melding_duur.append('SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d).')
    melding_duur = tuple(melding_duur)
    if toegang == Toegang.GEWEIGERD:  # extra huishoudelijke schoonmaak, rij 1
        ehs = False
        toelichting_ehs = 'Er is geen toegang tot Integrale Thuisondersteuning, dus ook geen extra schoonmaak.'
    elif toegang == Toegang.SWT_BEOORDEELT:  # extra huishoudelijke schoonmaak, rij 2
        ehs = None
        toelichting_ehs = 'Eerst beoordeelt het SWT de toegang.'
    elif toegang == Toegang.VERLEEND and leveringsvorm == Leveringsvorm.PGB:  # extra huishoudelijke schoonmaak, rij 3
        ehs = False
        toelichting_ehs = 'De extra schoonmaak geldt alleen bij zorg in natura (ZIN), niet bij een pgb.'
    elif toegang == Toegang.VERLEEND and leveringsvorm == Leveringsvorm.ZIN and huishouden_nu is False:  # extra huishoudelijke schoonmaak, rij 4
        ehs = False
        toelichting_ehs = 'Huishouden is geen resultaatgebied in het ondersteuningsplan, dus geen extra schoonmaak.'
    elif toegang == Toegang.VERLEEND and leveringsvorm == Leveringsvorm.ZIN and huishouden_nu is True and toegekende_duur is None:  # extra huishoudelijke schoonmaak, rij 5
        ehs = None
        toelichting_ehs = 'De duur van de beschikking is nog niet bekend; de extra schoonmaak vraagt minimaal zes maanden.'
    elif toegang == Toegang.VERLEEND and leveringsvorm == Leveringsvorm.ZIN and huishouden_nu is True and (toegekende_duur is not None and toegekende_duur < Duur(6)):  # extra huishoudelijke schoonmaak, rij 6
        ehs = False
        toelichting_ehs = 'De beschikking duurt korter dan zes maanden, dus geen extra schoonmaak.'
    elif toegang == Toegang.VERLEEND and leveringsvorm == Leveringsvorm.ZIN and huishouden_nu is True and (toegekende_duur is not None and toegekende_duur >= Duur(6)):  # extra huishoudelijke schoonmaak, rij 7
        ehs = True
        toelichting_ehs = 'Tweemaal per jaar 2 uur extra schoonmaak (of eenmaal 4 uur), aan te vragen bij uw hulp. U kiest zelf waaraan: bijvoorbeeld de binnenkant van keukenkastjes, koelkast of oven, plinten en deuren, een keer extra ramen lappen, of een logeerkamer.'
    else:
        raise GeenBeslissing('tabel “extra huishoudelijke schoonmaak”: geen rij past')
    if huishouden_nu is False:  # uren huishouden, rij 1
        uren_huishouden_per_jaar = None
        toelichting_uren = 'Huishouden is nu geen resultaatgebied, dus er zijn geen uren voor huishoudelijke ondersteuning.'
    elif huishouden_nu is True and enkelvoudig_huishouden is False:  # uren huishouden, rij 2
        uren_huishouden_per_jaar = None
        toelichting_uren = 'Huishouden in combinatie met andere resultaatgebieden: de beleidsregel schrijft dan geen uren voor huishoudelijke ondersteuning voor.'
    elif huishouden_nu is True and enkelvoudig_huishouden is True and (arrangement is not None and arrangement == Arrangement.A1_ONDERSTEUNEND):  # uren huishouden, rij 3
        uren_huishouden_per_jaar = 105
        toelichting_uren = 'Gemiddeld 105 uur per jaar inzet door een professional: daarmee is een schoon en leefbaar huis haalbaar.'
    elif huishouden_nu is True and enkelvoudig_huishouden is True and (arrangement is not None and arrangement == Arrangement.A2_ONDERSTEUNEND):  # uren huishouden, rij 4
        uren_huishouden_per_jaar = 156
        toelichting_uren = '156 uur per jaar inzet door een professional (intensiteit plus).'
    elif huishouden_nu is True and enkelvoudig_huishouden is True and (arrangement is not None and arrangement == Arrangement.A3_ONDERSTEUNEND):  # uren huishouden, rij 5
        uren_huishouden_per_jaar = 208
        toelichting_uren = '208 uur per jaar inzet door een professional (intensiteit plusplus).'
    elif huishouden_nu is True and enkelvoudig_huishouden is True and (arrangement is not None and (arrangement == Arrangement.AANGEPAST_ARRANGEMENT_1 or arrangement == Arrangement.AANGEPAST_ARRANGEMENT_2)):  # uren huishouden, rij 6
        uren_huishouden_per_jaar = None
        toelichting_uren = 'Aangepast arrangement: de uren worden op uurbasis afgesproken met de zorgaanbieder.'
    elif huishouden_nu is True and enkelvoudig_huishouden is True and arrangement is None:  # uren huishouden, rij 7
        uren_huishouden_per_jaar = None
        toelichting_uren = 'Er is (nog) geen arrangement, dus ook geen uren.'
    elif huishouden_nu is True and enkelvoudig_huishouden is True:  # uren huishouden, rij 8
        uren_huishouden_per_jaar = None
        toelichting_uren = 'Activerend arrangement: alleen bij een enkelvoudig ondersteunend arrangement met alleen huishouden liggen de uren vast.'
    else:
        raise GeenBeslissing('tabel “uren huishouden”: geen rij past')
    ruimte = []
    frequentie = []
    activiteiten = []
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 1
        ruimte.append('Woonkamer')
        frequentie.append('1x per week')
        activiteiten.append('Stof afnemen midden & laag, opruimen, stofzuigen')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 2
        ruimte.append('Slaapkamer')
        frequentie.append('1x per week')
        activiteiten.append('Stof afnemen midden & laag, opruimen en stofzuigen')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 3
        ruimte.append('Keuken')
        frequentie.append('1x per week')
        activiteiten.append('Stofzuigen, dweilen, keukenblok keukenapparatuur schoonmaken, afval opruimen, afwassen')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 4
        ruimte.append('Sanitair')
        frequentie.append('1x per week')
        activiteiten.append('Badkamer en toilet schoon-maken incl. stofzuigen en dweilen')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 5
        ruimte.append('Hal/ overloop')
        frequentie.append('1x per week')
        activiteiten.append('Stof afnemen midden, laag en hoog, stofzuigen')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 6
        ruimte.append('Woonkamer')
        frequentie.append('1x per 2 weken')
        activiteiten.append('Stof afnemen, hoog, dweilen')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 7
        ruimte.append('Slaapkamer')
        frequentie.append('1x per 2 weken')
        activiteiten.append('Bed verschonen of opmaken')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 8
        ruimte.append('Hal/ overloop')
        frequentie.append('1x per 2 weken')
        activiteiten.append('Dweilen')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 9
        ruimte.append('Slaapkamer')
        frequentie.append('1x per 4 weken')
        activiteiten.append('Dweilen')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 10
        ruimte.append('Hal/ overloop')
        frequentie.append('1x per 4 weken')
        activiteiten.append('Trap stofzuigen binnenshuis')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 11
        ruimte.append('Woonkamer')
        frequentie.append('1x per 6 weken tot 1x per 8 weken')
        activiteiten.append('Deur (post)en nat afdoen, zitmeubels')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 12
        ruimte.append('Slaapkamer')
        frequentie.append('1x per 6 weken tot 1x per 8 weken')
        activiteiten.append('Stof afnemen hoog')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 13
        ruimte.append('Keuken')
        frequentie.append('1x per 6 weken tot 1x per 8 weken')
        activiteiten.append('Bovenkast keukenkastjes, deur (post) en nat afdoen')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 14
        ruimte.append('Sanitair')
        frequentie.append('1x per 6 weken tot 1x per 8 weken')
        activiteiten.append('Deur (post)en nat afdoen')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 15
        ruimte.append('Woonkamer')
        frequentie.append('Incidenteel (1x tot 4x per jaar)')
        activiteiten.append('Ramen binnenzijde wassen, radiatoren, raambekleding')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 16
        ruimte.append('Slaapkamer')
        frequentie.append('Incidenteel (1x tot 4x per jaar)')
        activiteiten.append('Ramen binnenzijde wassen, radiatoren, raambekleding, deur(post)en nat afdoen, matras draaien')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 17
        ruimte.append('Keuken')
        frequentie.append('Incidenteel (1x tot 4x per jaar)')
        activiteiten.append('Ramen binnenzijde wassen, radiatoren, raambekleding, oven/magnetron, koelkast & keuken-kastjes binnenzijde, afzuigkap, losse tegelwand en vrie-zer schoonmaken')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 18
        ruimte.append('Sanitair')
        frequentie.append('Incidenteel (1x tot 4x per jaar)')
        activiteiten.append('Ramen binnenzijde wassen, radiatoren, raambekleding, tegelwand badkamer schoonmaken')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # taken huishouden, rij 19
        ruimte.append('Hal/ overloop')
        frequentie.append('Incidenteel (1x tot 4x per jaar)')
        activiteiten.append('Deur(post)en nat afdoen, radiatoren')
    if toegang == Toegang.VERLEEND and huishouden_nu is True and (voorliggende_was_en_strijkservice_bruikbaar is not None and voorliggende_was_en_strijkservice_bruikbaar is False):  # taken huishouden, rij 20
        ruimte.append('Wasverzorging')
        frequentie.append('1x per week')
        activiteiten.append('Wassen, drogen, opbergen')
    if toegang == Toegang.VERLEEND and huishouden_nu is True and (voorliggende_was_en_strijkservice_bruikbaar is not None and voorliggende_was_en_strijkservice_bruikbaar is False):  # taken huishouden, rij 21
        ruimte.append('Wasverzorging')
        frequentie.append('1x per twee weken')
        activiteiten.append('Strijken bovenkleding')
    ruimte = tuple(ruimte)
    frequentie = tuple(frequentie)
    activiteiten = tuple(activiteiten)
    afspraak_huishouden = []
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # afspraken huishouden, rij 1
        afspraak_huishouden.append('Niet onder de ondersteuningsplicht van de gemeente: een zolder, kelder of garage schoonmaken, dieren verzorgen en werk buiten de woning. Daarvoor zorgt u zelf.')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # afspraken huishouden, rij 2
        afspraak_huishouden.append('Boodschappen en maaltijden: in bijna alle gevallen via gebruikelijke zorg, een mantelzorger, vrijwilligers of voorliggende voorzieningen, zoals een maaltijdservice of de boodschappendienst van een supermarkt. De zorgaanbieder doet dit niet binnen de maatwerkvoorziening.')
    if toegang == Toegang.VERLEEND and huishouden_nu is True:  # afspraken huishouden, rij 3
        afspraak_huishouden.append('Het klaarzetten van, toezien op en toedienen van de maaltijd hoort niet bij huishouden, maar bij het resultaatgebied zelfzorg en gezondheid.')
    if toegang == Toegang.VERLEEND and huishouden_nu is True and (voorliggende_was_en_strijkservice_bruikbaar is not None and voorliggende_was_en_strijkservice_bruikbaar is True):  # afspraken huishouden, rij 4
        afspraak_huishouden.append('Wassen en strijken gaan via een voorliggende was- en strijkservice; ze horen niet bij de maatwerkvoorziening.')
    if toegang == Toegang.VERLEEND and huishouden_nu is True and (voorliggende_was_en_strijkservice_bruikbaar is not None and voorliggende_was_en_strijkservice_bruikbaar is False):  # afspraken huishouden, rij 5
        afspraak_huishouden.append('Er is geen bruikbare voorliggende was- en strijkservice: wassen en strijken horen bij de maatwerkvoorziening (zie de taken).')
    if toegang == Toegang.VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is None:  # afspraken huishouden, rij 6
        afspraak_huishouden.append('SWT beoordeelt of een voorliggende was- en strijkservice bruikbaar is (§3.4 c).')
    if toegang == Toegang.VERLEEND and huishouden_nu is True and enkelvoudig_huishouden is True and (arrangement is not None and arrangement == Arrangement.A3_ONDERSTEUNEND):  # afspraken huishouden, rij 7
        afspraak_huishouden.append('Is 208 uur per jaar niet genoeg, bijvoorbeeld omdat in een eenoudergezin tijdelijk het hele huishouden overgenomen moet worden, dan kan tijdelijk aangepast arrangement 2: minimaal vijf uur per week, op uurbasis.')
    if toegang == Toegang.VERLEEND and huishouden_nu is True and enkelvoudig_huishouden is False:  # afspraken huishouden, rij 8
        afspraak_huishouden.append('Huishouden in combinatie met andere resultaatgebieden: er zijn geen voorgeschreven uren. Knelt de inzet, dan zoekt het SWT met u een passende oplossing.')
    afspraak_huishouden = tuple(afspraak_huishouden)
    intensiteit_toelichting = []
    if (omstandigheden_zonder_gevolg is not None and not len(omstandigheden_zonder_gevolg) == 0):  # intensiteit toelichting, rij 1
        intensiteit_toelichting.append('Niet elke verzwarende omstandigheid telt: alleen als die ook echt gevolgen heeft voor de benodigde inzet.')
    if (huishoudelijke_omstandigheden_buiten_huishouden is not None and huishoudelijke_omstandigheden_buiten_huishouden is True):  # intensiteit toelichting, rij 2
        intensiteit_toelichting.append('Omstandigheden die specifiek voor huishouden zijn (zoals COPD) tellen niet mee, omdat huishouden nu geen resultaatgebied is.')
    if (omstandigheden_binnen_gemiddeld is not None and not len(omstandigheden_binnen_gemiddeld) == 0):  # intensiteit toelichting, rij 3
        intensiteit_toelichting.append('Omstandigheden zoals de grootte of de inrichting van de woning, de gezinssamenstelling of de was vragen soms iets meer tijd, maar blijven binnen het gemiddelde arrangement.')
    if verlichtende_omstandigheden is True:  # intensiteit toelichting, rij 4
        intensiteit_toelichting.append('Verlichtende omstandigheden verlagen de intensiteit niet: de toekenning blijft hetzelfde. Het SWT legt vast welke taken u of uw netwerk zelf doet; de aanbieder zet daarvoor minder in.')
    intensiteit_toelichting = tuple(intensiteit_toelichting)
    if leveringsvorm == Leveringsvorm.PGB:  # keuze zorgaanbieder, rij 1
        keuze_zorgaanbieder = 'U krijgt een pgb: de keuze uit de door de gemeente gecontracteerde zorgaanbieders geldt dan niet.'
    elif leveringsvorm == Leveringsvorm.ZIN and doelgroep is None:  # keuze zorgaanbieder, rij 2
        keuze_zorgaanbieder = 'U kiest een van de door de gemeente Zwolle gecontracteerde zorgaanbieders.'
    elif leveringsvorm == Leveringsvorm.ZIN:  # keuze zorgaanbieder, rij 3
        keuze_zorgaanbieder = 'U kiest een van de door de gemeente Zwolle gecontracteerde zorgaanbieders die voor uw doelgroep zijn ingeschreven. Die aanbieder moet u accepteren.'
    else:
        raise GeenBeslissing('tabel “keuze zorgaanbieder”: geen rij past')
    if arrangement is None:  # maandbudget, rij 1
        maandbudget = None
        maandbudget_toelichting = 'Er is (nog) geen arrangement, dus ook geen maandbudget.'
    elif (arrangement is not None and arrangement == Arrangement.A1_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 2
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor A1-ondersteunend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.A1_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 3
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor A1-activerend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.A2_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 4
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor A2-ondersteunend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.A2_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 5
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor A2-activerend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.A3_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 6
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor A3-ondersteunend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.A3_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 7
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor A3-activerend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.B1_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 8
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor B1-ondersteunend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.B1_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 9
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor B1-activerend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.B2_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 10
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor B2-ondersteunend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.B2_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 11
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor B2-activerend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.B3_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 12
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor B3-ondersteunend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.B3_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 13
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor B3-activerend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.C1_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 14
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor C1-ondersteunend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.C1_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 15
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor C1-activerend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.C2_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 16
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor C2-ondersteunend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.C2_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 17
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor C2-activerend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.C3_ONDERSTEUNEND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 18
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor C3-ondersteunend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.C3_ACTIVEREND) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 19
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor C3-activerend staat in het Tarievenblad.'
    elif (arrangement is not None and arrangement == Arrangement.AANGEPAST_ARRANGEMENT_1) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 20
        maandbudget = None
        maandbudget_toelichting = 'Op uurbasis: er is geen vast maandbudget; de uren worden afgesproken met de zorgaanbieder.'
    elif (arrangement is not None and arrangement == Arrangement.AANGEPAST_ARRANGEMENT_2) and ingangsdatum >= datetime.date(2022, 1, 1):  # maandbudget, rij 21
        maandbudget = None
        maandbudget_toelichting = 'Op uurbasis: er is geen vast maandbudget; de uren worden afgesproken met de zorgaanbieder.'
    else:
        raise GeenBeslissing('tabel “maandbudget”: geen rij past')
    reden_uitsluiting = []
    voorliggende_voorziening = []
    if UitgeslotenOndersteuning.RECREATIEVE_EN_SOCIAAL_CULTURELE_ACTIVITEITEN in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 1
        reden_uitsluiting.append('Recreatieve en sociaal-culturele activiteiten, zoals structurele ondersteuning bij uitstapjes, vallen niet onder Integrale Thuisondersteuning.')
        voorliggende_voorziening.append('maatjesprojecten, vrijwilligers of mantelzorgers')
    if UitgeslotenOndersteuning.BOODSCHAPPEN_DOEN in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 2
        reden_uitsluiting.append('Boodschappen doen valt niet onder Integrale Thuisondersteuning; boodschappen laten doen via een boodschappenservice is algemeen gebruikelijk.')
        voorliggende_voorziening.append('boodschappenservice')
    if UitgeslotenOndersteuning.DAGBESTEDING in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 3
        reden_uitsluiting.append('Integrale Thuisondersteuning is geen invulling van de dag (dagbesteding).')
        voorliggende_voorziening.append('voorliggende dagbesteding')
    if UitgeslotenOndersteuning.VERVOER_NAAR_BEHANDELING in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 4
        reden_uitsluiting.append('Ondersteunen bij vervoer naar een behandeling valt niet onder Integrale Thuisondersteuning.')
    if UitgeslotenOndersteuning.ONDERWIJSBEGELEIDING in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 5
        reden_uitsluiting.append('Begeleiding specifiek gericht op onderwijs of studie valt niet onder Integrale Thuisondersteuning.')
    if UitgeslotenOndersteuning.BEHANDELING_OF_THERAPIE in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 6
        reden_uitsluiting.append('Behandeling of therapie, of een verlengde daarvan, valt niet onder Integrale Thuisondersteuning.')
    if UitgeslotenOndersteuning.MEDICATIE in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 7
        reden_uitsluiting.append('Toezien op, attenderen op, aanreiken en toedienen van medicatie valt niet onder Integrale Thuisondersteuning.')
    if UitgeslotenOndersteuning.BEKOSTIGEN_VAN_VERBLIJF in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 8
        reden_uitsluiting.append('Integrale Thuisondersteuning betaalt geen verblijf; een koppeling tussen wonen en zorg is uitgesloten.')
    reden_uitsluiting = tuple(reden_uitsluiting)
    voorliggende_voorziening = tuple(voorliggende_voorziening)
    return {
        'resultaatgebieden nu': resultaatgebieden_nu,
        'ondersteunend nu': ondersteunend_nu,
        'activerend nu': activerend_nu,
        'aantal activerend': aantal_activerend,
        'aantal ondersteunend': aantal_ondersteunend,
        'typebeeld': typebeeld,
        'type ondersteuning': type_ondersteuning,
        'reden type': reden_type,
        'gemiddelde duur': gemiddelde_duur,
        'maximale duur': maximale_duur,
        'gevraagde duur boven maximum': gevraagde_duur_boven_maximum,
        'toegekende duur': toegekende_duur,
        'einddatum': einddatum,
        'uiterste evaluatiedatum': uiterste_evaluatiedatum,
        'aantal resultaatgebieden': aantal_resultaatgebieden,
        'huishouden nu': huishouden_nu,
        'enkelvoudig huishouden': enkelvoudig_huishouden,
        'aantal huishoudelijke omstandigheden': aantal_huishoudelijke_omstandigheden,
        'aantal tellende omstandigheden': aantal_tellende_omstandigheden,
        'omstandigheden zonder gevolg': omstandigheden_zonder_gevolg,
        'huishoudelijke omstandigheden buiten huishouden': huishoudelijke_omstandigheden_buiten_huishouden,
        'intensiteit': intensiteit,
        'reden intensiteit': reden_intensiteit,
        'zwaarte': zwaarte,
        'reden zwaarte': reden_zwaarte,
        'basisarrangement': basisarrangement,
        'toegang': toegang,
        'reden toegang': reden_toegang,
        'arrangement': arrangement,
        'op uurbasis': op_uurbasis,
        'toelichting arrangement': toelichting_arrangement,
        'besluit': besluit,
        'reden besluit': reden_besluit,
        'open punt': open_punt,
        'leidraad duur': leidraad_duur,
        'melding duur': melding_duur,
        'EHS': ehs,
        'toelichting EHS': toelichting_ehs,
        'uren huishouden per jaar': uren_huishouden_per_jaar,
        'toelichting uren': toelichting_uren,
        'ruimte': ruimte,
        'frequentie': frequentie,
        'activiteiten': activiteiten,
        'afspraak huishouden': afspraak_huishouden,
        'intensiteit toelichting': intensiteit_toelichting,
        'keuze zorgaanbieder': keuze_zorgaanbieder,
        'maandbudget': maandbudget,
        'maandbudget toelichting': maandbudget_toelichting,
        'reden uitsluiting': reden_uitsluiting,
        'voorliggende voorziening': voorliggende_voorziening,
    }


# -- Uitleg: per tabel één zin, dezelfde als `regels beslis --uitleg`

UITLEG: dict[tuple[str, int | None], str] = {
    ('typebeeld', None): 'Volgens het SWT is uw ondersteuning activerend op: {activerend nu}. Op de andere resultaatgebieden van nu is ze ondersteunend: {ondersteunend nu}. Volgens {bron} is het beeld daarom: {typebeeld}.',
    ('typebeeld', 1): 'Volgens het SWT is uw ondersteuning activerend op: {activerend nu}. Op de andere resultaatgebieden van nu is ze ondersteunend: {ondersteunend nu}. Volgens {bron} is het beeld daarom: {typebeeld}.',
    ('typebeeld', 2): 'Volgens het SWT is uw ondersteuning activerend op: {activerend nu}. Op de andere resultaatgebieden van nu is ze ondersteunend: {ondersteunend nu}. Volgens {bron} is het beeld daarom: {typebeeld}.',
    ('typebeeld', 3): 'Volgens het SWT is uw ondersteuning activerend op: {activerend nu}. Op de andere resultaatgebieden van nu is ze ondersteunend: {ondersteunend nu}. Volgens {bron} is het beeld daarom: {typebeeld}.',
    ('typebeeld', 4): 'Volgens het SWT is uw ondersteuning activerend op: {activerend nu}. Op de andere resultaatgebieden van nu is ze ondersteunend: {ondersteunend nu}. Volgens {bron} is het beeld daarom: {typebeeld}.',
    ('type ondersteuning', None): '{reden type} Het type ondersteuning is dus: {type ondersteuning}. Dit staat in {bron}.',
    ('type ondersteuning', 1): '{reden type} Het type ondersteuning is dus: {type ondersteuning}. Dit staat in {bron}.',
    ('type ondersteuning', 2): '{reden type} Het type ondersteuning is dus: {type ondersteuning}. Dit staat in {bron}.',
    ('type ondersteuning', 3): '{reden type} Het type ondersteuning is dus: {type ondersteuning}. Dit staat in {bron}.',
    ('type ondersteuning', 4): '{reden type} Het type ondersteuning is dus: {type ondersteuning}. Dit staat in {bron}.',
    ('type ondersteuning', 5): '{reden type} Het type ondersteuning is dus: {type ondersteuning}. Dit staat in {bron}.',
    ('type ondersteuning', 6): '{reden type} Het type ondersteuning is dus: {type ondersteuning}. Dit staat in {bron}.',
    ('duur per type', None): 'Uw type ondersteuning is {type ondersteuning}. Volgens de leidraad in {bron} is de gemiddelde duur dan {gemiddelde duur} en de maximale duur {maximale duur}.',
    ('duur per type', 1): 'Uw type ondersteuning is {type ondersteuning}. Volgens de leidraad in {bron} is de gemiddelde duur dan {gemiddelde duur} en de maximale duur {maximale duur}.',
    ('duur per type', 2): 'Uw type ondersteuning is {type ondersteuning}. Volgens de leidraad in {bron} is de gemiddelde duur dan {gemiddelde duur} en de maximale duur {maximale duur}.',
    ('duur per type', 3): 'Uw type ondersteuning is {type ondersteuning}. Volgens de leidraad in {bron} is de gemiddelde duur dan {gemiddelde duur} en de maximale duur {maximale duur}.',
    ('toegekende duur', None): 'De gevraagde duur is {gevraagde duur}. De maximale duur voor uw type ondersteuning is {maximale duur}. Volgens {bron} is de duur van uw toekenning daarom {toegekende duur}.',
    ('toegekende duur', 1): 'De gevraagde duur is {gevraagde duur}. De maximale duur voor uw type ondersteuning is {maximale duur}. Volgens {bron} is de duur van uw toekenning daarom {toegekende duur}.',
    ('toegekende duur', 2): 'De gevraagde duur is {gevraagde duur}. De maximale duur voor uw type ondersteuning is {maximale duur}. Volgens {bron} is de duur van uw toekenning daarom {toegekende duur}.',
    ('toegekende duur', 3): 'De gevraagde duur is {gevraagde duur}. De maximale duur voor uw type ondersteuning is {maximale duur}. Volgens {bron} is de duur van uw toekenning daarom {toegekende duur}.',
    ('intensiteit', None): 'Verzwarende omstandigheden bij u: {verzwarende omstandigheden}. Volgens het SWT verhogen deze de benodigde inzet: {omstandigheden die de inzet verhogen}. {reden intensiteit} Dit staat in {bron}.',
    ('intensiteit', 1): 'Verzwarende omstandigheden bij u: {verzwarende omstandigheden}. Volgens het SWT verhogen deze de benodigde inzet: {omstandigheden die de inzet verhogen}. {reden intensiteit} Dit staat in {bron}.',
    ('intensiteit', 2): 'Verzwarende omstandigheden bij u: {verzwarende omstandigheden}. Volgens het SWT verhogen deze de benodigde inzet: {omstandigheden die de inzet verhogen}. {reden intensiteit} Dit staat in {bron}.',
    ('intensiteit', 3): 'Verzwarende omstandigheden bij u: {verzwarende omstandigheden}. Volgens het SWT verhogen deze de benodigde inzet: {omstandigheden die de inzet verhogen}. {reden intensiteit} Dit staat in {bron}.',
    ('intensiteit', 4): 'Verzwarende omstandigheden bij u: {verzwarende omstandigheden}. Volgens het SWT verhogen deze de benodigde inzet: {omstandigheden die de inzet verhogen}. {reden intensiteit} Dit staat in {bron}.',
    ('intensiteit', 5): 'Verzwarende omstandigheden bij u: {verzwarende omstandigheden}. Volgens het SWT verhogen deze de benodigde inzet: {omstandigheden die de inzet verhogen}. {reden intensiteit} Dit staat in {bron}.',
    ('zwaarte', None): 'U heeft een ondersteuningsvraag op deze resultaatgebieden: {resultaatgebieden met ondersteuningsvraag}. Een voorliggende voorziening pakt op: {via voorliggende voorziening}. Uw netwerk pakt op: {via netwerk}. Later aan de beurt: {later opgepakt}. De maatwerkvoorziening werkt nu dus tegelijk aan {aantal resultaatgebieden} resultaatgebied(en): {resultaatgebieden nu}. {reden zwaarte} Dit staat in {bron} van de beleidsregel.',
    ('zwaarte', 1): 'U heeft een ondersteuningsvraag op deze resultaatgebieden: {resultaatgebieden met ondersteuningsvraag}. Een voorliggende voorziening pakt op: {via voorliggende voorziening}. Uw netwerk pakt op: {via netwerk}. Later aan de beurt: {later opgepakt}. De maatwerkvoorziening werkt nu dus tegelijk aan {aantal resultaatgebieden} resultaatgebied(en): {resultaatgebieden nu}. {reden zwaarte} Dit staat in {bron} van de beleidsregel.',
    ('zwaarte', 2): 'U heeft een ondersteuningsvraag op deze resultaatgebieden: {resultaatgebieden met ondersteuningsvraag}. Een voorliggende voorziening pakt op: {via voorliggende voorziening}. Uw netwerk pakt op: {via netwerk}. Later aan de beurt: {later opgepakt}. De maatwerkvoorziening werkt nu dus tegelijk aan {aantal resultaatgebieden} resultaatgebied(en): {resultaatgebieden nu}. {reden zwaarte} Dit staat in {bron} van de beleidsregel.',
    ('zwaarte', 3): 'U heeft een ondersteuningsvraag op deze resultaatgebieden: {resultaatgebieden met ondersteuningsvraag}. Een voorliggende voorziening pakt op: {via voorliggende voorziening}. Uw netwerk pakt op: {via netwerk}. Later aan de beurt: {later opgepakt}. De maatwerkvoorziening werkt nu dus tegelijk aan {aantal resultaatgebieden} resultaatgebied(en): {resultaatgebieden nu}. {reden zwaarte} Dit staat in {bron} van de beleidsregel.',
    ('zwaarte', 4): 'U heeft een ondersteuningsvraag op deze resultaatgebieden: {resultaatgebieden met ondersteuningsvraag}. Een voorliggende voorziening pakt op: {via voorliggende voorziening}. Uw netwerk pakt op: {via netwerk}. Later aan de beurt: {later opgepakt}. De maatwerkvoorziening werkt nu dus tegelijk aan {aantal resultaatgebieden} resultaatgebied(en): {resultaatgebieden nu}. {reden zwaarte} Dit staat in {bron} van de beleidsregel.',
    ('basisarrangement', None): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 1): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 2): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 3): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 4): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 5): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 6): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 7): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 8): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 9): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 10): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 11): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 12): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 13): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 14): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 15): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 16): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 17): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('basisarrangement', 18): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('toegang', None): '{reden toegang} Uw toegang tot Integrale Thuisondersteuning is daarom: {toegang}. Dit staat in {bron} van de beleidsregel.',
    ('toegang', 1): '{reden toegang} Uw toegang tot Integrale Thuisondersteuning is daarom: {toegang}. Dit staat in {bron} van de beleidsregel.',
    ('toegang', 2): '{reden toegang} Uw toegang tot Integrale Thuisondersteuning is daarom: {toegang}. Dit staat in {bron} van de beleidsregel.',
    ('toegang', 3): '{reden toegang} Uw toegang tot Integrale Thuisondersteuning is daarom: {toegang}. Dit staat in {bron} van de beleidsregel.',
    ('toegang', 4): '{reden toegang} Uw toegang tot Integrale Thuisondersteuning is daarom: {toegang}. Dit staat in {bron} van de beleidsregel.',
    ('toegang', 5): '{reden toegang} Uw toegang tot Integrale Thuisondersteuning is daarom: {toegang}. Dit staat in {bron} van de beleidsregel.',
    ('toegang', 6): '{reden toegang} Uw toegang tot Integrale Thuisondersteuning is daarom: {toegang}. Dit staat in {bron} van de beleidsregel.',
    ('toegang', 7): '{reden toegang} Uw toegang tot Integrale Thuisondersteuning is daarom: {toegang}. Dit staat in {bron} van de beleidsregel.',
    ('toegang', 8): '{reden toegang} Uw toegang tot Integrale Thuisondersteuning is daarom: {toegang}. Dit staat in {bron} van de beleidsregel.',
    ('arrangement', None): '{toelichting arrangement} Uw arrangement: {arrangement}. Dit staat in {bron} van de beleidsregel.',
    ('arrangement', 1): '{toelichting arrangement} Uw arrangement: {arrangement}. Dit staat in {bron} van de beleidsregel.',
    ('arrangement', 2): '{toelichting arrangement} Uw arrangement: {arrangement}. Dit staat in {bron} van de beleidsregel.',
    ('arrangement', 3): '{toelichting arrangement} Uw arrangement: {arrangement}. Dit staat in {bron} van de beleidsregel.',
    ('arrangement', 4): '{toelichting arrangement} Uw arrangement: {arrangement}. Dit staat in {bron} van de beleidsregel.',
    ('arrangement', 5): '{toelichting arrangement} Uw arrangement: {arrangement}. Dit staat in {bron} van de beleidsregel.',
    ('arrangement', 6): '{toelichting arrangement} Uw arrangement: {arrangement}. Dit staat in {bron} van de beleidsregel.',
    ('arrangement', 7): '{toelichting arrangement} Uw arrangement: {arrangement}. Dit staat in {bron} van de beleidsregel.',
    ('arrangement', 8): '{toelichting arrangement} Uw arrangement: {arrangement}. Dit staat in {bron} van de beleidsregel.',
    ('arrangement', 9): '{toelichting arrangement} Uw arrangement: {arrangement}. Dit staat in {bron} van de beleidsregel.',
    ('arrangement', 10): '{toelichting arrangement} Uw arrangement: {arrangement}. Dit staat in {bron} van de beleidsregel.',
    ('arrangement', 11): '{toelichting arrangement} Uw arrangement: {arrangement}. Dit staat in {bron} van de beleidsregel.',
    ('arrangement', 12): '{toelichting arrangement} Uw arrangement: {arrangement}. Dit staat in {bron} van de beleidsregel.',
    ('besluit', None): 'Het besluit is: {besluit}. {reden besluit} Dit staat in {bron} van de beleidsregel.',
    ('besluit', 1): 'Het besluit is: {besluit}. {reden besluit} Dit staat in {bron} van de beleidsregel.',
    ('besluit', 2): 'Het besluit is: {besluit}. {reden besluit} Dit staat in {bron} van de beleidsregel.',
    ('besluit', 3): 'Het besluit is: {besluit}. {reden besluit} Dit staat in {bron} van de beleidsregel.',
    ('besluit', 4): 'Het besluit is: {besluit}. {reden besluit} Dit staat in {bron} van de beleidsregel.',
    ('besluit', 5): 'Het besluit is: {besluit}. {reden besluit} Dit staat in {bron} van de beleidsregel.',
    ('besluit', 6): 'Het besluit is: {besluit}. {reden besluit} Dit staat in {bron} van de beleidsregel.',
    ('besluit', 7): 'Het besluit is: {besluit}. {reden besluit} Dit staat in {bron} van de beleidsregel.',
    ('besluit', 8): 'Het besluit is: {besluit}. {reden besluit} Dit staat in {bron} van de beleidsregel.',
    ('besluit', 9): 'Het besluit is: {besluit}. {reden besluit} Dit staat in {bron} van de beleidsregel.',
    ('open punten', None): 'Wat het SWT nog moet beoordelen voordat er een besluit is: {open punt}',
    ('open punten', 1): 'Wat het SWT nog moet beoordelen voordat er een besluit is: {open punt}',
    ('open punten', 2): 'Wat het SWT nog moet beoordelen voordat er een besluit is: {open punt}',
    ('open punten', 3): 'Wat het SWT nog moet beoordelen voordat er een besluit is: {open punt}',
    ('open punten', 4): 'Wat het SWT nog moet beoordelen voordat er een besluit is: {open punt}',
    ('open punten', 5): 'Wat het SWT nog moet beoordelen voordat er een besluit is: {open punt}',
    ('open punten', 6): 'Wat het SWT nog moet beoordelen voordat er een besluit is: {open punt}',
    ('leidraad duur', None): 'Leidraad voor de duur volgens {bron}: {leidraad duur}',
    ('leidraad duur', 1): 'Leidraad voor de duur volgens {bron}: {leidraad duur}',
    ('leidraad duur', 2): 'Leidraad voor de duur volgens {bron}: {leidraad duur}',
    ('leidraad duur', 3): 'Leidraad voor de duur volgens {bron}: {leidraad duur}',
    ('leidraad duur', 4): 'Leidraad voor de duur volgens {bron}: {leidraad duur}',
    ('meldingen duur', None): 'Meldingen over de duur volgens {bron}: {melding duur}',
    ('meldingen duur', 1): 'Meldingen over de duur volgens {bron}: {melding duur}',
    ('meldingen duur', 2): 'Meldingen over de duur volgens {bron}: {melding duur}',
    ('meldingen duur', 3): 'Meldingen over de duur volgens {bron}: {melding duur}',
    ('extra huishoudelijke schoonmaak', None): '{toelichting EHS} Extra huishoudelijke schoonmaak: {EHS}. Dit staat in {bron} van de beleidsregel.',
    ('extra huishoudelijke schoonmaak', 1): '{toelichting EHS} Extra huishoudelijke schoonmaak: {EHS}. Dit staat in {bron} van de beleidsregel.',
    ('extra huishoudelijke schoonmaak', 2): '{toelichting EHS} Extra huishoudelijke schoonmaak: {EHS}. Dit staat in {bron} van de beleidsregel.',
    ('extra huishoudelijke schoonmaak', 3): '{toelichting EHS} Extra huishoudelijke schoonmaak: {EHS}. Dit staat in {bron} van de beleidsregel.',
    ('extra huishoudelijke schoonmaak', 4): '{toelichting EHS} Extra huishoudelijke schoonmaak: {EHS}. Dit staat in {bron} van de beleidsregel.',
    ('extra huishoudelijke schoonmaak', 5): '{toelichting EHS} Extra huishoudelijke schoonmaak: {EHS}. Dit staat in {bron} van de beleidsregel.',
    ('extra huishoudelijke schoonmaak', 6): '{toelichting EHS} Extra huishoudelijke schoonmaak: {EHS}. Dit staat in {bron} van de beleidsregel.',
    ('extra huishoudelijke schoonmaak', 7): '{toelichting EHS} Extra huishoudelijke schoonmaak: {EHS}. Dit staat in {bron} van de beleidsregel.',
    ('uren huishouden', None): '{toelichting uren} Dit staat in {bron}.',
    ('uren huishouden', 1): '{toelichting uren} Dit staat in {bron}.',
    ('uren huishouden', 2): '{toelichting uren} Dit staat in {bron}.',
    ('uren huishouden', 3): '{toelichting uren} Dit staat in {bron}.',
    ('uren huishouden', 4): '{toelichting uren} Dit staat in {bron}.',
    ('uren huishouden', 5): '{toelichting uren} Dit staat in {bron}.',
    ('uren huishouden', 6): '{toelichting uren} Dit staat in {bron}.',
    ('uren huishouden', 7): '{toelichting uren} Dit staat in {bron}.',
    ('uren huishouden', 8): '{toelichting uren} Dit staat in {bron}.',
    ('taken huishouden', None): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 1): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 2): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 3): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 4): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 5): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 6): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 7): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 8): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 9): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 10): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 11): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 12): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 13): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 14): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 15): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 16): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 17): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 18): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 19): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 20): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('taken huishouden', 21): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('afspraken huishouden', None): 'Afspraken over huishouden volgens {bron}: {afspraak huishouden}',
    ('afspraken huishouden', 1): 'Afspraken over huishouden volgens {bron}: {afspraak huishouden}',
    ('afspraken huishouden', 2): 'Afspraken over huishouden volgens {bron}: {afspraak huishouden}',
    ('afspraken huishouden', 3): 'Afspraken over huishouden volgens {bron}: {afspraak huishouden}',
    ('afspraken huishouden', 4): 'Afspraken over huishouden volgens {bron}: {afspraak huishouden}',
    ('afspraken huishouden', 5): 'Afspraken over huishouden volgens {bron}: {afspraak huishouden}',
    ('afspraken huishouden', 6): 'Afspraken over huishouden volgens {bron}: {afspraak huishouden}',
    ('afspraken huishouden', 7): 'Afspraken over huishouden volgens {bron}: {afspraak huishouden}',
    ('afspraken huishouden', 8): 'Afspraken over huishouden volgens {bron}: {afspraak huishouden}',
    ('intensiteit toelichting', None): 'Wat u verder moet weten over de intensiteit: {intensiteit toelichting}',
    ('intensiteit toelichting', 1): 'Wat u verder moet weten over de intensiteit: {intensiteit toelichting}',
    ('intensiteit toelichting', 2): 'Wat u verder moet weten over de intensiteit: {intensiteit toelichting}',
    ('intensiteit toelichting', 3): 'Wat u verder moet weten over de intensiteit: {intensiteit toelichting}',
    ('intensiteit toelichting', 4): 'Wat u verder moet weten over de intensiteit: {intensiteit toelichting}',
    ('keuze zorgaanbieder', None): '{keuze zorgaanbieder} Dit staat in {bron} van de beleidsregel.',
    ('keuze zorgaanbieder', 1): '{keuze zorgaanbieder} Dit staat in {bron} van de beleidsregel.',
    ('keuze zorgaanbieder', 2): '{keuze zorgaanbieder} Dit staat in {bron} van de beleidsregel.',
    ('keuze zorgaanbieder', 3): '{keuze zorgaanbieder} Dit staat in {bron} van de beleidsregel.',
    ('maandbudget', None): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 1): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 2): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 3): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 4): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 5): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 6): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 7): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 8): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 9): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 10): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 11): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 12): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 13): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 14): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 15): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 16): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 17): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 18): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 19): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 20): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('maandbudget', 21): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('uitgesloten onderdelen', None): 'Hulp die u vroeg, maar die volgens {bron} niet onder Integrale Thuisondersteuning valt: {gevraagde ondersteuning buiten de voorziening}. Andere mogelijkheden die de beleidsregel daarvoor noemt: {voorliggende voorziening}.',
    ('uitgesloten onderdelen', 1): 'Hulp die u vroeg, maar die volgens {bron} niet onder Integrale Thuisondersteuning valt: {gevraagde ondersteuning buiten de voorziening}. Andere mogelijkheden die de beleidsregel daarvoor noemt: {voorliggende voorziening}.',
    ('uitgesloten onderdelen', 2): 'Hulp die u vroeg, maar die volgens {bron} niet onder Integrale Thuisondersteuning valt: {gevraagde ondersteuning buiten de voorziening}. Andere mogelijkheden die de beleidsregel daarvoor noemt: {voorliggende voorziening}.',
    ('uitgesloten onderdelen', 3): 'Hulp die u vroeg, maar die volgens {bron} niet onder Integrale Thuisondersteuning valt: {gevraagde ondersteuning buiten de voorziening}. Andere mogelijkheden die de beleidsregel daarvoor noemt: {voorliggende voorziening}.',
    ('uitgesloten onderdelen', 4): 'Hulp die u vroeg, maar die volgens {bron} niet onder Integrale Thuisondersteuning valt: {gevraagde ondersteuning buiten de voorziening}. Andere mogelijkheden die de beleidsregel daarvoor noemt: {voorliggende voorziening}.',
    ('uitgesloten onderdelen', 5): 'Hulp die u vroeg, maar die volgens {bron} niet onder Integrale Thuisondersteuning valt: {gevraagde ondersteuning buiten de voorziening}. Andere mogelijkheden die de beleidsregel daarvoor noemt: {voorliggende voorziening}.',
    ('uitgesloten onderdelen', 6): 'Hulp die u vroeg, maar die volgens {bron} niet onder Integrale Thuisondersteuning valt: {gevraagde ondersteuning buiten de voorziening}. Andere mogelijkheden die de beleidsregel daarvoor noemt: {voorliggende voorziening}.',
    ('uitgesloten onderdelen', 7): 'Hulp die u vroeg, maar die volgens {bron} niet onder Integrale Thuisondersteuning valt: {gevraagde ondersteuning buiten de voorziening}. Andere mogelijkheden die de beleidsregel daarvoor noemt: {voorliggende voorziening}.',
    ('uitgesloten onderdelen', 8): 'Hulp die u vroeg, maar die volgens {bron} niet onder Integrale Thuisondersteuning valt: {gevraagde ondersteuning buiten de voorziening}. Andere mogelijkheden die de beleidsregel daarvoor noemt: {voorliggende voorziening}.',
}
TABEL_BRON: dict[str, str] = {
    'typebeeld': '§2.1 b',
    'type ondersteuning': '§2.1 b, bijlage B2, Type ondersteuning',
    'duur per type': '§2.1 d, bijlage B2, Duur van de ondersteuning',
    'toegekende duur': '§2.1 d',
    'intensiteit': '§2.1 c, §3.3, bijlage B2, Benodigde intensiteit',
    'zwaarte': '§1.1, §2.1 a, bijlage B2, Zwaarte van de ondersteuningsvraag',
    'basisarrangement': '§2',
    'toegang': '§1.2, §1.3',
    'arrangement': '§2, §2.2',
    'besluit': '§1.2, §1.3, §2.1',
    'open punten': '§1.2, §2.1 b, §2.1 c, §2.1 d, §3.3, §3.4 c',
    'leidraad duur': '§2.1 d, bijlage B2, Duur van de ondersteuning',
    'meldingen duur': '§2.1 d',
    'extra huishoudelijke schoonmaak': '§3.5, bijlage B2, Huishouden',
    'uren huishouden': '§3, §3.2, §3.3',
    'taken huishouden': '§3.1, §3.4, §3.4 a, §3.4 c, bijlage B2, Huishouden',
    'afspraken huishouden': '§3, §3.3, §3.4 a, §3.4 b, §3.4 c',
    'intensiteit toelichting': '§2.1 c, §3.3, bijlage B2, Benodigde intensiteit',
    'keuze zorgaanbieder': '§1, §1.2',
    'maandbudget': '§2',
    'uitgesloten onderdelen': '§1.3',
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
