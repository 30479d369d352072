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
from types import MappingProxyType
from typing import Any

from ._runtime import (
    Beslissing, Duur, GeenBeslissing, Geldigheid, OngeldigeInvoer, Regel, Soort, aantal, als, bevat, en, grootste,
    halverwege, kies, kleinste, lees_casus, lees_duur, lees_leden, lees_waarde, niet, of, plus_duur, rekensom,
    met_peildatum, resultaat_json, vergelijk, vul_in,
)

REGELSET = 'Integrale Thuisondersteuning'
DOCUMENT = 'Beleidsregel Integrale Thuisondersteuning, gemeente Zwolle'
GELDIG_VANAF = datetime.date(2022, 1, 1)
GELDIG_TOT = None
# Wanneer deze regels gelden; beslis_json weigert een peildatum daarbuiten (BuitenGeldigheid).
GELDIGHEID = Geldigheid(REGELSET, GELDIG_VANAF, GELDIG_TOT, 'de beleidsregel beoordelingskader thuisondersteuning (ingetrokken per 1 januari 2022)', False)

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


# -- Vaste waarden
# Een keuzelijstwaarde als Klasse.LID zoekt bij elk gebruik in de Enum-klasse; als naam op
# moduleniveau is het één opzoeking. Zo ook de datums, duren en bedragen uit de regels.

_Arrangement_A1_ACTIVEREND = Arrangement.A1_ACTIVEREND
_Arrangement_A1_ONDERSTEUNEND = Arrangement.A1_ONDERSTEUNEND
_Arrangement_A2_ACTIVEREND = Arrangement.A2_ACTIVEREND
_Arrangement_A2_ONDERSTEUNEND = Arrangement.A2_ONDERSTEUNEND
_Arrangement_A3_ACTIVEREND = Arrangement.A3_ACTIVEREND
_Arrangement_A3_ONDERSTEUNEND = Arrangement.A3_ONDERSTEUNEND
_Arrangement_AANGEPAST_ARRANGEMENT_1 = Arrangement.AANGEPAST_ARRANGEMENT_1
_Arrangement_AANGEPAST_ARRANGEMENT_2 = Arrangement.AANGEPAST_ARRANGEMENT_2
_Arrangement_B1_ACTIVEREND = Arrangement.B1_ACTIVEREND
_Arrangement_B1_ONDERSTEUNEND = Arrangement.B1_ONDERSTEUNEND
_Arrangement_B2_ACTIVEREND = Arrangement.B2_ACTIVEREND
_Arrangement_B2_ONDERSTEUNEND = Arrangement.B2_ONDERSTEUNEND
_Arrangement_B3_ACTIVEREND = Arrangement.B3_ACTIVEREND
_Arrangement_B3_ONDERSTEUNEND = Arrangement.B3_ONDERSTEUNEND
_Arrangement_C1_ACTIVEREND = Arrangement.C1_ACTIVEREND
_Arrangement_C1_ONDERSTEUNEND = Arrangement.C1_ONDERSTEUNEND
_Arrangement_C2_ACTIVEREND = Arrangement.C2_ACTIVEREND
_Arrangement_C2_ONDERSTEUNEND = Arrangement.C2_ONDERSTEUNEND
_Arrangement_C3_ACTIVEREND = Arrangement.C3_ACTIVEREND
_Arrangement_C3_ONDERSTEUNEND = Arrangement.C3_ONDERSTEUNEND
_Besluit_AFWIJZING = Besluit.AFWIJZING
_Besluit_GEEN_MAATWERKVOORZIENING = Besluit.GEEN_MAATWERKVOORZIENING
_Besluit_SWT_BEOORDEELT = Besluit.SWT_BEOORDEELT
_Besluit_TOEKENNING = Besluit.TOEKENNING
_DATUM_2022_01_01 = datetime.date(2022, 1, 1)
_DUUR_1 = Duur(1)
_DUUR_12 = Duur(12)
_DUUR_24 = Duur(24)
_DUUR_6 = Duur(6)
_DUUR_60 = Duur(60)
_Intensiteit_GEMIDDELD = Intensiteit.GEMIDDELD
_Intensiteit_PLUS = Intensiteit.PLUS
_Intensiteit_PLUSPLUS = Intensiteit.PLUSPLUS
_Leveringsvorm_PGB = Leveringsvorm.PGB
_Leveringsvorm_ZIN = Leveringsvorm.ZIN
_Omstandigheid_BEDLEGERIGHEID = Omstandigheid.BEDLEGERIGHEID
_Omstandigheid_BESMET_WASGOED_OF_VAKER_WASSEN = Omstandigheid.BESMET_WASGOED_OF_VAKER_WASSEN
_Omstandigheid_COPD = Omstandigheid.COPD
_Omstandigheid_INCONTINENTIE = Omstandigheid.INCONTINENTIE
_Omstandigheid_LICHAMELIJKE_BEPERKINGEN_OF_BELEMMERINGEN = Omstandigheid.LICHAMELIJKE_BEPERKINGEN_OF_BELEMMERINGEN
_Omstandigheid_OVERNAME_VAN_DE_REGIE_OVER_HET_HUISHOUDEN = Omstandigheid.OVERNAME_VAN_DE_REGIE_OVER_HET_HUISHOUDEN
_Omstandigheid_ROLSTOELGEBONDENHEID = Omstandigheid.ROLSTOELGEBONDENHEID
_OordeelBasisarrangement_BASISARRANGEMENT_PAST = OordeelBasisarrangement.BASISARRANGEMENT_PAST
_OordeelBasisarrangement_HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN = OordeelBasisarrangement.HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN
_OordeelBasisarrangement_HOOGSTE_ARRANGEMENT_ONTOEREIKEND = OordeelBasisarrangement.HOOGSTE_ARRANGEMENT_ONTOEREIKEND
_OordeelBasisarrangement_LEUN_EN_STEUN_OM_AF_TE_BOUWEN = OordeelBasisarrangement.LEUN_EN_STEUN_OM_AF_TE_BOUWEN
_Resultaatgebied_HUISHOUDEN = Resultaatgebied.HUISHOUDEN
_Toegang_GEWEIGERD = Toegang.GEWEIGERD
_Toegang_SWT_BEOORDEELT = Toegang.SWT_BEOORDEELT
_Toegang_VERLEEND = Toegang.VERLEEND
_TypeOndersteuning_ACTIVEREND = TypeOndersteuning.ACTIVEREND
_TypeOndersteuning_ONDERSTEUNEND = TypeOndersteuning.ONDERSTEUNEND
_Typebeeld_GEEN_RESULTAATGEBIED = Typebeeld.GEEN_RESULTAATGEBIED
_Typebeeld_GEHEEL_ACTIVEREND = Typebeeld.GEHEEL_ACTIVEREND
_Typebeeld_GEHEEL_ONDERSTEUNEND = Typebeeld.GEHEEL_ONDERSTEUNEND
_Typebeeld_GEMENGD = Typebeeld.GEMENGD
_UitgeslotenOndersteuning_BEHANDELING_OF_THERAPIE = UitgeslotenOndersteuning.BEHANDELING_OF_THERAPIE
_UitgeslotenOndersteuning_BEKOSTIGEN_VAN_VERBLIJF = UitgeslotenOndersteuning.BEKOSTIGEN_VAN_VERBLIJF
_UitgeslotenOndersteuning_BOODSCHAPPEN_DOEN = UitgeslotenOndersteuning.BOODSCHAPPEN_DOEN
_UitgeslotenOndersteuning_DAGBESTEDING = UitgeslotenOndersteuning.DAGBESTEDING
_UitgeslotenOndersteuning_MEDICATIE = UitgeslotenOndersteuning.MEDICATIE
_UitgeslotenOndersteuning_ONDERWIJSBEGELEIDING = UitgeslotenOndersteuning.ONDERWIJSBEGELEIDING
_UitgeslotenOndersteuning_RECREATIEVE_EN_SOCIAAL_CULTURELE_ACTIVITEITEN = UitgeslotenOndersteuning.RECREATIEVE_EN_SOCIAAL_CULTURELE_ACTIVITEITEN
_UitgeslotenOndersteuning_VERVOER_NAAR_BEHANDELING = UitgeslotenOndersteuning.VERVOER_NAAR_BEHANDELING
_Zwaarte_A = Zwaarte.A
_Zwaarte_B = Zwaarte.B
_Zwaarte_C = Zwaarte.C


# Een bevroren dataclass zet in __init__ elk veld met object.__setattr__; Invoer en Resultaat
# zetten hun velden in één keer (__dict__), wat bij vijftig velden vele malen sneller is.
_zet = object.__setattr__


# -- Invoer

VELDEN: dict[str, Soort] = {
    'SWT-oordeel over het basisarrangement': Soort('keuze', ('basisarrangement past', 'leun en steun om af te bouwen', 'hoogste arrangement ontoereikend', 'hele huishouden tijdelijk overnemen'), None, None, False),
    'benodigde uren per week': Soort('getal', (), 0, 168, True),
    'ingangsdatum': Soort('datum', (), _DATUM_2022_01_01, None, False),
    'verandering op korte termijn verwacht': Soort('janee', (), None, None, False),
    'gevraagde duur': Soort('duur', (), _DUUR_1, None, True),
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


@dataclass(frozen=True, init=False)
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

    def __init__(
        self,
        swt_oordeel_over_het_basisarrangement: OordeelBasisarrangement,
        benodigde_uren_per_week: int | None,
        ingangsdatum: datetime.date,
        verandering_op_korte_termijn_verwacht: bool,
        gevraagde_duur: Duur | None,
        voorliggende_was_en_strijkservice_bruikbaar: bool | None,
        verzwarende_omstandigheden: frozenset[Omstandigheid],
        omstandigheden_die_de_inzet_verhogen: frozenset[Omstandigheid] | None,
        omstandigheden_binnen_gemiddeld: frozenset[OmstandigheidBinnenGemiddeld],
        verlichtende_omstandigheden: bool,
        leveringsvorm: Leveringsvorm,
        doelgroep: Doelgroep | None,
        leeftijd: int,
        nieuwe_toekenning: bool,
        swt_oordeel_uitzondering_leeftijd: bool | None,
        heeft_eigen_huisvesting: bool,
        huurovereenkomst_afhankelijk_van_de_ondersteuning: bool,
        beperkingen_op_terreinen: frozenset[Terrein],
        gevraagde_ondersteuning_buiten_de_voorziening: frozenset[UitgeslotenOndersteuning],
        activerend_op: frozenset[Resultaatgebied],
        zwaartepunt_type: TypeOndersteuning | None,
        resultaatgebieden_met_ondersteuningsvraag: frozenset[Resultaatgebied],
        via_voorliggende_voorziening: frozenset[Resultaatgebied],
        via_netwerk: frozenset[Resultaatgebied],
        later_opgepakt: frozenset[Resultaatgebied],
    ) -> None:
        _zet(self, "__dict__", {
            'swt_oordeel_over_het_basisarrangement': swt_oordeel_over_het_basisarrangement,
            'benodigde_uren_per_week': benodigde_uren_per_week,
            'ingangsdatum': ingangsdatum,
            'verandering_op_korte_termijn_verwacht': verandering_op_korte_termijn_verwacht,
            'gevraagde_duur': gevraagde_duur,
            'voorliggende_was_en_strijkservice_bruikbaar': voorliggende_was_en_strijkservice_bruikbaar,
            'verzwarende_omstandigheden': verzwarende_omstandigheden,
            'omstandigheden_die_de_inzet_verhogen': omstandigheden_die_de_inzet_verhogen,
            'omstandigheden_binnen_gemiddeld': omstandigheden_binnen_gemiddeld,
            'verlichtende_omstandigheden': verlichtende_omstandigheden,
            'leveringsvorm': leveringsvorm,
            'doelgroep': doelgroep,
            'leeftijd': leeftijd,
            'nieuwe_toekenning': nieuwe_toekenning,
            'swt_oordeel_uitzondering_leeftijd': swt_oordeel_uitzondering_leeftijd,
            'heeft_eigen_huisvesting': heeft_eigen_huisvesting,
            'huurovereenkomst_afhankelijk_van_de_ondersteuning': huurovereenkomst_afhankelijk_van_de_ondersteuning,
            'beperkingen_op_terreinen': beperkingen_op_terreinen,
            'gevraagde_ondersteuning_buiten_de_voorziening': gevraagde_ondersteuning_buiten_de_voorziening,
            'activerend_op': activerend_op,
            'zwaartepunt_type': zwaartepunt_type,
            'resultaatgebieden_met_ondersteuningsvraag': resultaatgebieden_met_ondersteuningsvraag,
            'via_voorliggende_voorziening': via_voorliggende_voorziening,
            'via_netwerk': via_netwerk,
            'later_opgepakt': later_opgepakt,
        })

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


_VELDNAMEN = frozenset(VELDEN)
# Per veld met een keuzelijst: van tekst naar lid (voor lees_veld).
_VAN_TEKST_PER_VELD: dict[str, dict[str, Any]] = {
    'SWT-oordeel over het basisarrangement': _OordeelBasisarrangement_VAN_TEKST,
    'verzwarende omstandigheden': _Omstandigheid_VAN_TEKST,
    'omstandigheden die de inzet verhogen': _Omstandigheid_VAN_TEKST,
    'omstandigheden binnen gemiddeld': _OmstandigheidBinnenGemiddeld_VAN_TEKST,
    'leveringsvorm': _Leveringsvorm_VAN_TEKST,
    'doelgroep': _Doelgroep_VAN_TEKST,
    'beperkingen op terreinen': _Terrein_VAN_TEKST,
    'gevraagde ondersteuning buiten de voorziening': _UitgeslotenOndersteuning_VAN_TEKST,
    'activerend op': _Resultaatgebied_VAN_TEKST,
    'zwaartepunt type': _TypeOndersteuning_VAN_TEKST,
    'resultaatgebieden met ondersteuningsvraag': _Resultaatgebied_VAN_TEKST,
    'via voorliggende voorziening': _Resultaatgebied_VAN_TEKST,
    'via netwerk': _Resultaatgebied_VAN_TEKST,
    'later opgepakt': _Resultaatgebied_VAN_TEKST,
}


def lees_invoer(casus: Any) -> Invoer:
    """Lees een casus (JSON-object met de Nederlandse veldnamen); elke fout wordt gemeld, niets beslist."""
    # Eerst het snelle pad: elk veld met zijn eigen controle, in de eenvoudigste JSON-vorm. Is er
    # iets fout of ongewoon (een getal als tekst, "ja" voor true), dan leest lees_casus de hele
    # casus: dezelfde waarden, en bij een fout elke fout met zijn reden.
    _snel = type(casus) is dict and casus.keys() <= _VELDNAMEN
    if _snel:
        try:
            swt_oordeel_over_het_basisarrangement = _OordeelBasisarrangement_VAN_TEKST[casus['SWT-oordeel over het basisarrangement']]
            benodigde_uren_per_week = casus.get('benodigde uren per week')
            if benodigde_uren_per_week is not None:
                if type(benodigde_uren_per_week) is not int or benodigde_uren_per_week < 0 or benodigde_uren_per_week > 168:
                    raise ValueError
            ingangsdatum = casus['ingangsdatum']
            ingangsdatum = datetime.date.fromisoformat(ingangsdatum)
            if ingangsdatum < _DATUM_2022_01_01:
                raise ValueError
            verandering_op_korte_termijn_verwacht = casus['verandering op korte termijn verwacht']
            if verandering_op_korte_termijn_verwacht is not True and verandering_op_korte_termijn_verwacht is not False:
                raise ValueError
            gevraagde_duur = casus.get('gevraagde duur')
            if gevraagde_duur is not None:
                gevraagde_duur = lees_duur(gevraagde_duur)
                if gevraagde_duur < _DUUR_1:
                    raise ValueError
            voorliggende_was_en_strijkservice_bruikbaar = casus.get('voorliggende was- en strijkservice bruikbaar')
            if voorliggende_was_en_strijkservice_bruikbaar is not None:
                if voorliggende_was_en_strijkservice_bruikbaar is not True and voorliggende_was_en_strijkservice_bruikbaar is not False:
                    raise ValueError
            verzwarende_omstandigheden = lees_leden(casus['verzwarende omstandigheden'], _Omstandigheid_VAN_TEKST)
            omstandigheden_die_de_inzet_verhogen = casus.get('omstandigheden die de inzet verhogen')
            if omstandigheden_die_de_inzet_verhogen is not None:
                omstandigheden_die_de_inzet_verhogen = lees_leden(omstandigheden_die_de_inzet_verhogen, _Omstandigheid_VAN_TEKST)
            omstandigheden_binnen_gemiddeld = lees_leden(casus['omstandigheden binnen gemiddeld'], _OmstandigheidBinnenGemiddeld_VAN_TEKST)
            verlichtende_omstandigheden = casus['verlichtende omstandigheden']
            if verlichtende_omstandigheden is not True and verlichtende_omstandigheden is not False:
                raise ValueError
            leveringsvorm = _Leveringsvorm_VAN_TEKST[casus['leveringsvorm']]
            doelgroep = casus.get('doelgroep')
            if doelgroep is not None:
                doelgroep = _Doelgroep_VAN_TEKST[doelgroep]
            leeftijd = casus['leeftijd']
            if type(leeftijd) is not int or leeftijd < 0 or leeftijd > 130:
                raise ValueError
            nieuwe_toekenning = casus['nieuwe toekenning']
            if nieuwe_toekenning is not True and nieuwe_toekenning is not False:
                raise ValueError
            swt_oordeel_uitzondering_leeftijd = casus.get('SWT-oordeel uitzondering leeftijd')
            if swt_oordeel_uitzondering_leeftijd is not None:
                if swt_oordeel_uitzondering_leeftijd is not True and swt_oordeel_uitzondering_leeftijd is not False:
                    raise ValueError
            heeft_eigen_huisvesting = casus['heeft eigen huisvesting']
            if heeft_eigen_huisvesting is not True and heeft_eigen_huisvesting is not False:
                raise ValueError
            huurovereenkomst_afhankelijk_van_de_ondersteuning = casus['huurovereenkomst afhankelijk van de ondersteuning']
            if huurovereenkomst_afhankelijk_van_de_ondersteuning is not True and huurovereenkomst_afhankelijk_van_de_ondersteuning is not False:
                raise ValueError
            beperkingen_op_terreinen = lees_leden(casus['beperkingen op terreinen'], _Terrein_VAN_TEKST)
            gevraagde_ondersteuning_buiten_de_voorziening = lees_leden(casus['gevraagde ondersteuning buiten de voorziening'], _UitgeslotenOndersteuning_VAN_TEKST)
            activerend_op = lees_leden(casus['activerend op'], _Resultaatgebied_VAN_TEKST)
            zwaartepunt_type = casus.get('zwaartepunt type')
            if zwaartepunt_type is not None:
                zwaartepunt_type = _TypeOndersteuning_VAN_TEKST[zwaartepunt_type]
            resultaatgebieden_met_ondersteuningsvraag = lees_leden(casus['resultaatgebieden met ondersteuningsvraag'], _Resultaatgebied_VAN_TEKST)
            via_voorliggende_voorziening = lees_leden(casus['via voorliggende voorziening'], _Resultaatgebied_VAN_TEKST)
            via_netwerk = lees_leden(casus['via netwerk'], _Resultaatgebied_VAN_TEKST)
            later_opgepakt = lees_leden(casus['later opgepakt'], _Resultaatgebied_VAN_TEKST)
        except (KeyError, TypeError, ValueError, ArithmeticError):
            _snel = False
    if not _snel:
        waarden = lees_casus(VELDEN, casus)
        swt_oordeel_over_het_basisarrangement = _OordeelBasisarrangement_VAN_TEKST[waarden['SWT-oordeel over het basisarrangement']]
        benodigde_uren_per_week = waarden['benodigde uren per week']
        ingangsdatum = waarden['ingangsdatum']
        verandering_op_korte_termijn_verwacht = waarden['verandering op korte termijn verwacht']
        gevraagde_duur = waarden['gevraagde duur']
        voorliggende_was_en_strijkservice_bruikbaar = waarden['voorliggende was- en strijkservice bruikbaar']
        verzwarende_omstandigheden = frozenset([_Omstandigheid_VAN_TEKST[v] for v in waarden['verzwarende omstandigheden']])
        omstandigheden_die_de_inzet_verhogen = None if waarden['omstandigheden die de inzet verhogen'] is None else frozenset([_Omstandigheid_VAN_TEKST[v] for v in waarden['omstandigheden die de inzet verhogen']])
        omstandigheden_binnen_gemiddeld = frozenset([_OmstandigheidBinnenGemiddeld_VAN_TEKST[v] for v in waarden['omstandigheden binnen gemiddeld']])
        verlichtende_omstandigheden = waarden['verlichtende omstandigheden']
        leveringsvorm = _Leveringsvorm_VAN_TEKST[waarden['leveringsvorm']]
        doelgroep = None if waarden['doelgroep'] is None else _Doelgroep_VAN_TEKST[waarden['doelgroep']]
        leeftijd = waarden['leeftijd']
        nieuwe_toekenning = waarden['nieuwe toekenning']
        swt_oordeel_uitzondering_leeftijd = waarden['SWT-oordeel uitzondering leeftijd']
        heeft_eigen_huisvesting = waarden['heeft eigen huisvesting']
        huurovereenkomst_afhankelijk_van_de_ondersteuning = waarden['huurovereenkomst afhankelijk van de ondersteuning']
        beperkingen_op_terreinen = frozenset([_Terrein_VAN_TEKST[v] for v in waarden['beperkingen op terreinen']])
        gevraagde_ondersteuning_buiten_de_voorziening = frozenset([_UitgeslotenOndersteuning_VAN_TEKST[v] for v in waarden['gevraagde ondersteuning buiten de voorziening']])
        activerend_op = frozenset([_Resultaatgebied_VAN_TEKST[v] for v in waarden['activerend op']])
        zwaartepunt_type = None if waarden['zwaartepunt type'] is None else _TypeOndersteuning_VAN_TEKST[waarden['zwaartepunt type']]
        resultaatgebieden_met_ondersteuningsvraag = frozenset([_Resultaatgebied_VAN_TEKST[v] for v in waarden['resultaatgebieden met ondersteuningsvraag']])
        via_voorliggende_voorziening = frozenset([_Resultaatgebied_VAN_TEKST[v] for v in waarden['via voorliggende voorziening']])
        via_netwerk = frozenset([_Resultaatgebied_VAN_TEKST[v] for v in waarden['via netwerk']])
        later_opgepakt = frozenset([_Resultaatgebied_VAN_TEKST[v] for v in waarden['later opgepakt']])
    return maak_invoer(
        swt_oordeel_over_het_basisarrangement,
        benodigde_uren_per_week,
        ingangsdatum,
        verandering_op_korte_termijn_verwacht,
        gevraagde_duur,
        voorliggende_was_en_strijkservice_bruikbaar,
        verzwarende_omstandigheden,
        omstandigheden_die_de_inzet_verhogen,
        omstandigheden_binnen_gemiddeld,
        verlichtende_omstandigheden,
        leveringsvorm,
        doelgroep,
        leeftijd,
        nieuwe_toekenning,
        swt_oordeel_uitzondering_leeftijd,
        heeft_eigen_huisvesting,
        huurovereenkomst_afhankelijk_van_de_ondersteuning,
        beperkingen_op_terreinen,
        gevraagde_ondersteuning_buiten_de_voorziening,
        activerend_op,
        zwaartepunt_type,
        resultaatgebieden_met_ondersteuningsvraag,
        via_voorliggende_voorziening,
        via_netwerk,
        later_opgepakt,
    )


def maak_invoer(
    swt_oordeel_over_het_basisarrangement: OordeelBasisarrangement,
    benodigde_uren_per_week: int | None,
    ingangsdatum: datetime.date,
    verandering_op_korte_termijn_verwacht: bool,
    gevraagde_duur: Duur | None,
    voorliggende_was_en_strijkservice_bruikbaar: bool | None,
    verzwarende_omstandigheden: frozenset[Omstandigheid],
    omstandigheden_die_de_inzet_verhogen: frozenset[Omstandigheid] | None,
    omstandigheden_binnen_gemiddeld: frozenset[OmstandigheidBinnenGemiddeld],
    verlichtende_omstandigheden: bool,
    leveringsvorm: Leveringsvorm,
    doelgroep: Doelgroep | None,
    leeftijd: int,
    nieuwe_toekenning: bool,
    swt_oordeel_uitzondering_leeftijd: bool | None,
    heeft_eigen_huisvesting: bool,
    huurovereenkomst_afhankelijk_van_de_ondersteuning: bool,
    beperkingen_op_terreinen: frozenset[Terrein],
    gevraagde_ondersteuning_buiten_de_voorziening: frozenset[UitgeslotenOndersteuning],
    activerend_op: frozenset[Resultaatgebied],
    zwaartepunt_type: TypeOndersteuning | None,
    resultaatgebieden_met_ondersteuningsvraag: frozenset[Resultaatgebied],
    via_voorliggende_voorziening: frozenset[Resultaatgebied],
    via_netwerk: frozenset[Resultaatgebied],
    later_opgepakt: frozenset[Resultaatgebied],
) -> Invoer:
    """Een Invoer uit gelezen waarden (keuzelijstwaarden als lid, zie lees_veld), na de controles."""
    controleer(
        swt_oordeel_over_het_basisarrangement,
        benodigde_uren_per_week,
        ingangsdatum,
        verandering_op_korte_termijn_verwacht,
        gevraagde_duur,
        voorliggende_was_en_strijkservice_bruikbaar,
        verzwarende_omstandigheden,
        omstandigheden_die_de_inzet_verhogen,
        omstandigheden_binnen_gemiddeld,
        verlichtende_omstandigheden,
        leveringsvorm,
        doelgroep,
        leeftijd,
        nieuwe_toekenning,
        swt_oordeel_uitzondering_leeftijd,
        heeft_eigen_huisvesting,
        huurovereenkomst_afhankelijk_van_de_ondersteuning,
        beperkingen_op_terreinen,
        gevraagde_ondersteuning_buiten_de_voorziening,
        activerend_op,
        zwaartepunt_type,
        resultaatgebieden_met_ondersteuningsvraag,
        via_voorliggende_voorziening,
        via_netwerk,
        later_opgepakt,
    )
    return Invoer(
        swt_oordeel_over_het_basisarrangement,
        benodigde_uren_per_week,
        ingangsdatum,
        verandering_op_korte_termijn_verwacht,
        gevraagde_duur,
        voorliggende_was_en_strijkservice_bruikbaar,
        verzwarende_omstandigheden,
        omstandigheden_die_de_inzet_verhogen,
        omstandigheden_binnen_gemiddeld,
        verlichtende_omstandigheden,
        leveringsvorm,
        doelgroep,
        leeftijd,
        nieuwe_toekenning,
        swt_oordeel_uitzondering_leeftijd,
        heeft_eigen_huisvesting,
        huurovereenkomst_afhankelijk_van_de_ondersteuning,
        beperkingen_op_terreinen,
        gevraagde_ondersteuning_buiten_de_voorziening,
        activerend_op,
        zwaartepunt_type,
        resultaatgebieden_met_ondersteuningsvraag,
        via_voorliggende_voorziening,
        via_netwerk,
        later_opgepakt,
    )


def controleer(
    swt_oordeel_over_het_basisarrangement: OordeelBasisarrangement,
    benodigde_uren_per_week: int | None,
    ingangsdatum: datetime.date,
    verandering_op_korte_termijn_verwacht: bool,
    gevraagde_duur: Duur | None,
    voorliggende_was_en_strijkservice_bruikbaar: bool | None,
    verzwarende_omstandigheden: frozenset[Omstandigheid],
    omstandigheden_die_de_inzet_verhogen: frozenset[Omstandigheid] | None,
    omstandigheden_binnen_gemiddeld: frozenset[OmstandigheidBinnenGemiddeld],
    verlichtende_omstandigheden: bool,
    leveringsvorm: Leveringsvorm,
    doelgroep: Doelgroep | None,
    leeftijd: int,
    nieuwe_toekenning: bool,
    swt_oordeel_uitzondering_leeftijd: bool | None,
    heeft_eigen_huisvesting: bool,
    huurovereenkomst_afhankelijk_van_de_ondersteuning: bool,
    beperkingen_op_terreinen: frozenset[Terrein],
    gevraagde_ondersteuning_buiten_de_voorziening: frozenset[UitgeslotenOndersteuning],
    activerend_op: frozenset[Resultaatgebied],
    zwaartepunt_type: TypeOndersteuning | None,
    resultaatgebieden_met_ondersteuningsvraag: frozenset[Resultaatgebied],
    via_voorliggende_voorziening: frozenset[Resultaatgebied],
    via_netwerk: frozenset[Resultaatgebied],
    later_opgepakt: frozenset[Resultaatgebied],
) -> None:
    """De controles op gelezen waarden, in de volgorde van VELDEN: OngeldigeInvoer bij een fout."""
    _fouten: dict[str, str] = {}
    if (None if omstandigheden_die_de_inzet_verhogen is None else (len((omstandigheden_die_de_inzet_verhogen - verzwarende_omstandigheden)) == 0)) is False:
        _fouten["controle 1"] = CONTROLES[0]
    if (len((((via_voorliggende_voorziening | via_netwerk) | later_opgepakt) - resultaatgebieden_met_ondersteuningsvraag)) == 0) is False:
        _fouten["controle 2"] = CONTROLES[1]
    if (((len(via_voorliggende_voorziening) + len(via_netwerk)) + len(later_opgepakt)) == len(((via_voorliggende_voorziening | via_netwerk) | later_opgepakt))) is False:
        _fouten["controle 3"] = CONTROLES[2]
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


TABEL_TYPEBEELD_REGELS = (
    Regel('typebeeld', 1, 44, ('§2.1 b',)),
    Regel('typebeeld', 2, 45, ('§2.1 b',)),
    Regel('typebeeld', 3, 46, ('§2.1 b',)),
    Regel('typebeeld', 4, 47, ('§2.1 b',)),
)
# Per rij met vaste uitkomsten de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen.
TABEL_TYPEBEELD_BESLISSINGEN: tuple[Beslissing | None, ...] = (
    Beslissing('typebeeld', MappingProxyType({'typebeeld': _Typebeeld_GEEN_RESULTAATGEBIED}), (TABEL_TYPEBEELD_REGELS[0],)),
    Beslissing('typebeeld', MappingProxyType({'typebeeld': _Typebeeld_GEHEEL_ACTIVEREND}), (TABEL_TYPEBEELD_REGELS[1],)),
    Beslissing('typebeeld', MappingProxyType({'typebeeld': _Typebeeld_GEHEEL_ONDERSTEUNEND}), (TABEL_TYPEBEELD_REGELS[2],)),
    Beslissing('typebeeld', MappingProxyType({'typebeeld': _Typebeeld_GEMENGD}), (TABEL_TYPEBEELD_REGELS[3],)),
)


def tabel_typebeeld(aantal_activerend: int, aantal_ondersteunend: int) -> Beslissing:
    """Beslistabel 'typebeeld' (uniek); bron §2.1 b."""
    if aantal_activerend <= 0 and aantal_ondersteunend <= 0:  # rij 1: t/m 0 | t/m 0
        return TABEL_TYPEBEELD_BESLISSINGEN[0]
    if aantal_activerend >= 1 and aantal_ondersteunend <= 0:  # rij 2: vanaf 1 | t/m 0
        return TABEL_TYPEBEELD_BESLISSINGEN[1]
    if aantal_activerend <= 0 and aantal_ondersteunend >= 1:  # rij 3: t/m 0 | vanaf 1
        return TABEL_TYPEBEELD_BESLISSINGEN[2]
    if aantal_activerend >= 1 and aantal_ondersteunend >= 1:  # rij 4: vanaf 1 | vanaf 1
        return TABEL_TYPEBEELD_BESLISSINGEN[3]
    raise GeenBeslissing('tabel “typebeeld”: geen rij past')


TABEL_TYPE_ONDERSTEUNING_REGELS = (
    Regel('type ondersteuning', 1, 56, ('§2.1 b',)),
    Regel('type ondersteuning', 2, 57, ('§2.1 b',)),
    Regel('type ondersteuning', 3, 58, ('§2.1 b',)),
    Regel('type ondersteuning', 4, 59, ('§2.1 b', 'bijlage B2, Type ondersteuning')),
    Regel('type ondersteuning', 5, 60, ('§2.1 b', 'bijlage B2, Type ondersteuning')),
    Regel('type ondersteuning', 6, 61, ('§2.1 b', 'bijlage B2, Type ondersteuning')),
)
# Per rij met vaste uitkomsten de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen.
TABEL_TYPE_ONDERSTEUNING_BESLISSINGEN: tuple[Beslissing | None, ...] = (
    Beslissing('type ondersteuning', MappingProxyType({'type ondersteuning': None, 'reden type': 'Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus ook geen type ondersteuning.'}), (TABEL_TYPE_ONDERSTEUNING_REGELS[0],)),
    Beslissing('type ondersteuning', MappingProxyType({'type ondersteuning': _TypeOndersteuning_ACTIVEREND, 'reden type': 'Op alle resultaatgebieden is de ondersteuning activerend.'}), (TABEL_TYPE_ONDERSTEUNING_REGELS[1],)),
    Beslissing('type ondersteuning', MappingProxyType({'type ondersteuning': _TypeOndersteuning_ONDERSTEUNEND, 'reden type': 'Op alle resultaatgebieden is de ondersteuning ondersteunend.'}), (TABEL_TYPE_ONDERSTEUNING_REGELS[2],)),
    Beslissing('type ondersteuning', MappingProxyType({'type ondersteuning': _TypeOndersteuning_ACTIVEREND, 'reden type': 'Het type verschilt per resultaatgebied; het SWT legt het zwaartepunt bij activerend.'}), (TABEL_TYPE_ONDERSTEUNING_REGELS[3],)),
    Beslissing('type ondersteuning', MappingProxyType({'type ondersteuning': _TypeOndersteuning_ONDERSTEUNEND, 'reden type': 'Het type verschilt per resultaatgebied; het SWT legt het zwaartepunt bij ondersteunend.'}), (TABEL_TYPE_ONDERSTEUNING_REGELS[4],)),
    Beslissing('type ondersteuning', MappingProxyType({'type ondersteuning': None, 'reden type': 'SWT beoordeelt waar het zwaartepunt ligt (§2.1 b): het type verschilt per resultaatgebied.'}), (TABEL_TYPE_ONDERSTEUNING_REGELS[5],)),
)


def tabel_type_ondersteuning(typebeeld: Typebeeld, zwaartepunt_type: TypeOndersteuning | None) -> Beslissing:
    """Beslistabel 'type ondersteuning' (uniek); bron §2.1 b, bijlage B2, Type ondersteuning."""
    if typebeeld == _Typebeeld_GEEN_RESULTAATGEBIED:  # rij 1: geen resultaatgebied | -
        return TABEL_TYPE_ONDERSTEUNING_BESLISSINGEN[0]
    if typebeeld == _Typebeeld_GEHEEL_ACTIVEREND:  # rij 2: geheel activerend | -
        return TABEL_TYPE_ONDERSTEUNING_BESLISSINGEN[1]
    if typebeeld == _Typebeeld_GEHEEL_ONDERSTEUNEND:  # rij 3: geheel ondersteunend | -
        return TABEL_TYPE_ONDERSTEUNING_BESLISSINGEN[2]
    if typebeeld == _Typebeeld_GEMENGD and zwaartepunt_type == _TypeOndersteuning_ACTIVEREND:  # rij 4: gemengd | activerend
        return TABEL_TYPE_ONDERSTEUNING_BESLISSINGEN[3]
    if typebeeld == _Typebeeld_GEMENGD and zwaartepunt_type == _TypeOndersteuning_ONDERSTEUNEND:  # rij 5: gemengd | ondersteunend
        return TABEL_TYPE_ONDERSTEUNING_BESLISSINGEN[4]
    if typebeeld == _Typebeeld_GEMENGD and zwaartepunt_type is None:  # rij 6: gemengd | onbekend
        return TABEL_TYPE_ONDERSTEUNING_BESLISSINGEN[5]
    raise GeenBeslissing('tabel “type ondersteuning”: geen rij past')


TABEL_DUUR_PER_TYPE_REGELS = (
    Regel('duur per type', 1, 28, ('§2.1 d',)),
    Regel('duur per type', 2, 29, ('§2.1 d',)),
    Regel('duur per type', 3, 30, ('§2.1 d',)),
)
# Per rij met vaste uitkomsten de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen.
TABEL_DUUR_PER_TYPE_BESLISSINGEN: tuple[Beslissing | None, ...] = (
    Beslissing('duur per type', MappingProxyType({'gemiddelde duur': _DUUR_12, 'maximale duur': _DUUR_24}), (TABEL_DUUR_PER_TYPE_REGELS[0],)),
    Beslissing('duur per type', MappingProxyType({'gemiddelde duur': _DUUR_24, 'maximale duur': _DUUR_60}), (TABEL_DUUR_PER_TYPE_REGELS[1],)),
    Beslissing('duur per type', MappingProxyType({'gemiddelde duur': None, 'maximale duur': None}), (TABEL_DUUR_PER_TYPE_REGELS[2],)),
)


def tabel_duur_per_type(type_ondersteuning: TypeOndersteuning | None) -> Beslissing:
    """Beslistabel 'duur per type' (uniek); bron §2.1 d, bijlage B2, Duur van de ondersteuning."""
    if type_ondersteuning == _TypeOndersteuning_ACTIVEREND:  # rij 1: activerend
        return TABEL_DUUR_PER_TYPE_BESLISSINGEN[0]
    if type_ondersteuning == _TypeOndersteuning_ONDERSTEUNEND:  # rij 2: ondersteunend
        return TABEL_DUUR_PER_TYPE_BESLISSINGEN[1]
    if type_ondersteuning is None:  # rij 3: onbekend
        return TABEL_DUUR_PER_TYPE_BESLISSINGEN[2]
    raise GeenBeslissing('tabel “duur per type”: geen rij past')


TABEL_TOEGEKENDE_DUUR_REGELS = (
    Regel('toegekende duur', 1, 54, ('§2.1 d',)),
    Regel('toegekende duur', 2, 55, ('§2.1 d',)),
    Regel('toegekende duur', 3, 56, ('§2.1 d',)),
)
# Per rij met vaste uitkomsten de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen.
TABEL_TOEGEKENDE_DUUR_BESLISSINGEN: tuple[Beslissing | None, ...] = (
    None,  # rij 1 rekent zijn uitkomst uit
    None,  # rij 2 rekent zijn uitkomst uit
    Beslissing('toegekende duur', MappingProxyType({'toegekende duur': None}), (TABEL_TOEGEKENDE_DUUR_REGELS[2],)),
)


def tabel_toegekende_duur(gevraagde_duur_boven_maximum: bool | None, gevraagde_duur: Any, maximale_duur: Any) -> Beslissing:
    """Beslistabel 'toegekende duur' (uniek); bron §2.1 d."""
    if gevraagde_duur_boven_maximum is True:  # rij 1: ja
        return Beslissing('toegekende duur', {'toegekende duur': maximale_duur}, (TABEL_TOEGEKENDE_DUUR_REGELS[0],))
    if gevraagde_duur_boven_maximum is False:  # rij 2: nee
        return Beslissing('toegekende duur', {'toegekende duur': gevraagde_duur}, (TABEL_TOEGEKENDE_DUUR_REGELS[1],))
    if gevraagde_duur_boven_maximum is None:  # rij 3: onbekend
        return TABEL_TOEGEKENDE_DUUR_BESLISSINGEN[2]
    raise GeenBeslissing('tabel “toegekende duur”: geen rij past')


TABEL_INTENSITEIT_REGELS = (
    Regel('intensiteit', 1, 87, ('§2.1 c',)),
    Regel('intensiteit', 2, 88, ('§2.1 c',)),
    Regel('intensiteit', 3, 89, ('§2.1 c', '§3.3')),
    Regel('intensiteit', 4, 90, ('§2.1 c', '§3.3')),
    Regel('intensiteit', 5, 91, ('§2.1 c', '§3.3', 'bijlage B2, Benodigde intensiteit')),
)
# Per rij met vaste uitkomsten de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen.
TABEL_INTENSITEIT_BESLISSINGEN: tuple[Beslissing | None, ...] = (
    Beslissing('intensiteit', MappingProxyType({'intensiteit': _Intensiteit_GEMIDDELD, 'reden intensiteit': 'Er zijn geen verzwarende omstandigheden: gemiddelde intensiteit, het vertrekpunt.'}), (TABEL_INTENSITEIT_REGELS[0],)),
    Beslissing('intensiteit', MappingProxyType({'intensiteit': None, 'reden intensiteit': 'SWT beoordeelt welke verzwarende omstandigheden de benodigde inzet echt verhogen (§2.1 c).'}), (TABEL_INTENSITEIT_REGELS[1],)),
    Beslissing('intensiteit', MappingProxyType({'intensiteit': _Intensiteit_GEMIDDELD, 'reden intensiteit': 'Er zijn verzwarende omstandigheden, maar die verhogen de benodigde inzet niet: gemiddelde intensiteit.'}), (TABEL_INTENSITEIT_REGELS[2],)),
    Beslissing('intensiteit', MappingProxyType({'intensiteit': _Intensiteit_PLUS, 'reden intensiteit': 'Eén verzwarende omstandigheid verhoogt de benodigde inzet: intensiteit plus.'}), (TABEL_INTENSITEIT_REGELS[3],)),
    Beslissing('intensiteit', MappingProxyType({'intensiteit': _Intensiteit_PLUSPLUS, 'reden intensiteit': 'Een combinatie van verzwarende omstandigheden verhoogt de benodigde inzet: intensiteit plusplus.'}), (TABEL_INTENSITEIT_REGELS[4],)),
)


def tabel_intensiteit(verzwarende_omstandigheden: frozenset[Omstandigheid], aantal_tellende_omstandigheden: int | None) -> Beslissing:
    """Beslistabel 'intensiteit' (eerste); bron §2.1 c, §3.3, bijlage B2, Benodigde intensiteit."""
    if len(verzwarende_omstandigheden) == 0:  # rij 1: leeg | -
        return TABEL_INTENSITEIT_BESLISSINGEN[0]
    if aantal_tellende_omstandigheden is None:  # rij 2: - | onbekend
        return TABEL_INTENSITEIT_BESLISSINGEN[1]
    if (aantal_tellende_omstandigheden is not None and aantal_tellende_omstandigheden <= 0):  # rij 3: - | t/m 0
        return TABEL_INTENSITEIT_BESLISSINGEN[2]
    if aantal_tellende_omstandigheden == 1:  # rij 4: - | 1
        return TABEL_INTENSITEIT_BESLISSINGEN[3]
    if (aantal_tellende_omstandigheden is not None and aantal_tellende_omstandigheden >= 2):  # rij 5: - | vanaf 2
        return TABEL_INTENSITEIT_BESLISSINGEN[4]
    raise GeenBeslissing('tabel “intensiteit”: geen rij past')


TABEL_ZWAARTE_REGELS = (
    Regel('zwaarte', 1, 59, ('§2.1 a',)),
    Regel('zwaarte', 2, 60, ('§2.1 a',)),
    Regel('zwaarte', 3, 61, ('§2.1 a',)),
    Regel('zwaarte', 4, 62, ('§2.1 a',)),
)
# Per rij met vaste uitkomsten de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen.
TABEL_ZWAARTE_BESLISSINGEN: tuple[Beslissing | None, ...] = (
    Beslissing('zwaarte', MappingProxyType({'zwaarte': None, 'reden zwaarte': 'Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus ook geen zwaarte.'}), (TABEL_ZWAARTE_REGELS[0],)),
    Beslissing('zwaarte', MappingProxyType({'zwaarte': _Zwaarte_A, 'reden zwaarte': 'Bij 1 of 2 resultaatgebieden hoort zwaarte A.'}), (TABEL_ZWAARTE_REGELS[1],)),
    Beslissing('zwaarte', MappingProxyType({'zwaarte': _Zwaarte_B, 'reden zwaarte': 'Bij 3 of 4 resultaatgebieden hoort zwaarte B.'}), (TABEL_ZWAARTE_REGELS[2],)),
    Beslissing('zwaarte', MappingProxyType({'zwaarte': _Zwaarte_C, 'reden zwaarte': 'Bij 5 of 6 resultaatgebieden hoort zwaarte C.'}), (TABEL_ZWAARTE_REGELS[3],)),
)


def tabel_zwaarte(aantal_resultaatgebieden: int) -> Beslissing:
    """Beslistabel 'zwaarte' (uniek); bron §1.1, §2.1 a, bijlage B2, Zwaarte van de ondersteuningsvraag."""
    if aantal_resultaatgebieden <= 0:  # rij 1: t/m 0
        return TABEL_ZWAARTE_BESLISSINGEN[0]
    if 1 <= aantal_resultaatgebieden <= 2:  # rij 2: 1 t/m 2
        return TABEL_ZWAARTE_BESLISSINGEN[1]
    if 3 <= aantal_resultaatgebieden <= 4:  # rij 3: 3 t/m 4
        return TABEL_ZWAARTE_BESLISSINGEN[2]
    if aantal_resultaatgebieden >= 5:  # rij 4: vanaf 5
        return TABEL_ZWAARTE_BESLISSINGEN[3]
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
    (_Intensiteit_GEMIDDELD, _Zwaarte_A, _TypeOndersteuning_ONDERSTEUNEND): (1, _Arrangement_A1_ONDERSTEUNEND),
    (_Intensiteit_GEMIDDELD, _Zwaarte_A, _TypeOndersteuning_ACTIVEREND): (2, _Arrangement_A1_ACTIVEREND),
    (_Intensiteit_GEMIDDELD, _Zwaarte_B, _TypeOndersteuning_ONDERSTEUNEND): (3, _Arrangement_B1_ONDERSTEUNEND),
    (_Intensiteit_GEMIDDELD, _Zwaarte_B, _TypeOndersteuning_ACTIVEREND): (4, _Arrangement_B1_ACTIVEREND),
    (_Intensiteit_GEMIDDELD, _Zwaarte_C, _TypeOndersteuning_ONDERSTEUNEND): (5, _Arrangement_C1_ONDERSTEUNEND),
    (_Intensiteit_GEMIDDELD, _Zwaarte_C, _TypeOndersteuning_ACTIVEREND): (6, _Arrangement_C1_ACTIVEREND),
    (_Intensiteit_PLUS, _Zwaarte_A, _TypeOndersteuning_ONDERSTEUNEND): (7, _Arrangement_A2_ONDERSTEUNEND),
    (_Intensiteit_PLUS, _Zwaarte_A, _TypeOndersteuning_ACTIVEREND): (8, _Arrangement_A2_ACTIVEREND),
    (_Intensiteit_PLUS, _Zwaarte_B, _TypeOndersteuning_ONDERSTEUNEND): (9, _Arrangement_B2_ONDERSTEUNEND),
    (_Intensiteit_PLUS, _Zwaarte_B, _TypeOndersteuning_ACTIVEREND): (10, _Arrangement_B2_ACTIVEREND),
    (_Intensiteit_PLUS, _Zwaarte_C, _TypeOndersteuning_ONDERSTEUNEND): (11, _Arrangement_C2_ONDERSTEUNEND),
    (_Intensiteit_PLUS, _Zwaarte_C, _TypeOndersteuning_ACTIVEREND): (12, _Arrangement_C2_ACTIVEREND),
    (_Intensiteit_PLUSPLUS, _Zwaarte_A, _TypeOndersteuning_ONDERSTEUNEND): (13, _Arrangement_A3_ONDERSTEUNEND),
    (_Intensiteit_PLUSPLUS, _Zwaarte_A, _TypeOndersteuning_ACTIVEREND): (14, _Arrangement_A3_ACTIVEREND),
    (_Intensiteit_PLUSPLUS, _Zwaarte_B, _TypeOndersteuning_ONDERSTEUNEND): (15, _Arrangement_B3_ONDERSTEUNEND),
    (_Intensiteit_PLUSPLUS, _Zwaarte_B, _TypeOndersteuning_ACTIVEREND): (16, _Arrangement_B3_ACTIVEREND),
    (_Intensiteit_PLUSPLUS, _Zwaarte_C, _TypeOndersteuning_ONDERSTEUNEND): (17, _Arrangement_C3_ONDERSTEUNEND),
    (_Intensiteit_PLUSPLUS, _Zwaarte_C, _TypeOndersteuning_ACTIVEREND): (18, _Arrangement_C3_ACTIVEREND),
}
# Per vak de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen (MappingProxyType).
TABEL_BASISARRANGEMENT_BESLISSINGEN: dict[tuple, Beslissing] = {
    sleutel: Beslissing('basisarrangement', MappingProxyType({'basisarrangement': waarde}), (TABEL_BASISARRANGEMENT_REGELS[rij - 1],))
    for sleutel, (rij, waarde) in TABEL_BASISARRANGEMENT_CELLEN.items()
}
TABEL_BASISARRANGEMENT_ONBEKEND = Beslissing('basisarrangement', MappingProxyType({'basisarrangement': None}), ())


def tabel_basisarrangement(intensiteit: Intensiteit | None, zwaarte: Zwaarte | None, type_ondersteuning: TypeOndersteuning | None) -> Beslissing:
    """Kruistabel 'basisarrangement' (uniek); bron §2."""
    if intensiteit is None or zwaarte is None or type_ondersteuning is None:
        return TABEL_BASISARRANGEMENT_ONBEKEND
    return TABEL_BASISARRANGEMENT_BESLISSINGEN[(intensiteit, zwaarte, type_ondersteuning)]


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
# Per rij met vaste uitkomsten de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen.
TABEL_TOEGANG_BESLISSINGEN: tuple[Beslissing | None, ...] = (
    Beslissing('toegang', MappingProxyType({'toegang': _Toegang_GEWEIGERD, 'reden toegang': 'U heeft geen eigen woning. Ondersteuning wordt alleen ingezet als u een woning heeft waar u kunt blijven wonen.'}), (TABEL_TOEGANG_REGELS[0],)),
    Beslissing('toegang', MappingProxyType({'toegang': _Toegang_GEWEIGERD, 'reden toegang': 'Uw huurcontract hangt af van het afnemen van ondersteuning. Een koppeling tussen wonen en zorg is uitgesloten.'}), (TABEL_TOEGANG_REGELS[1],)),
    Beslissing('toegang', MappingProxyType({'toegang': _Toegang_GEWEIGERD, 'reden toegang': 'U heeft geen beperkingen op de terreinen van §1.2 (cognitief, psychisch, oriëntatie en geheugen, lichamelijk).'}), (TABEL_TOEGANG_REGELS[2],)),
    Beslissing('toegang', MappingProxyType({'toegang': _Toegang_VERLEEND, 'reden toegang': 'U bent 18 jaar of ouder, u heeft beperkingen op een terrein uit §1.2 en u heeft een eigen woning.'}), (TABEL_TOEGANG_REGELS[3],)),
    Beslissing('toegang', MappingProxyType({'toegang': _Toegang_GEWEIGERD, 'reden toegang': 'U bent jonger dan 18. Een uitzondering kan alleen bij een nieuwe toekenning.'}), (TABEL_TOEGANG_REGELS[4],)),
    Beslissing('toegang', MappingProxyType({'toegang': _Toegang_VERLEEND, 'reden toegang': 'U bent jonger dan 18, maar het SWT vindt dit een uitzonderlijk geval bij een nieuwe toekenning.'}), (TABEL_TOEGANG_REGELS[5],)),
    Beslissing('toegang', MappingProxyType({'toegang': _Toegang_GEWEIGERD, 'reden toegang': 'U bent jonger dan 18 en het SWT vindt dit geen uitzonderlijk geval.'}), (TABEL_TOEGANG_REGELS[6],)),
    Beslissing('toegang', MappingProxyType({'toegang': _Toegang_SWT_BEOORDEELT, 'reden toegang': 'SWT beoordeelt of dit een uitzonderlijk geval is waarin iemand net voor het 18e jaar toegang krijgt (§1.2).'}), (TABEL_TOEGANG_REGELS[7],)),
)


def tabel_toegang(heeft_eigen_huisvesting: bool, huurovereenkomst_afhankelijk_van_de_ondersteuning: bool, beperkingen_op_terreinen: frozenset[Terrein], leeftijd: int, nieuwe_toekenning: bool, swt_oordeel_uitzondering_leeftijd: bool | None) -> Beslissing:
    """Beslistabel 'toegang' (eerste); bron §1.2, §1.3."""
    if heeft_eigen_huisvesting is False:  # rij 1: nee | - | - | - | - | -
        return TABEL_TOEGANG_BESLISSINGEN[0]
    if heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is True:  # rij 2: ja | ja | - | - | - | -
        return TABEL_TOEGANG_BESLISSINGEN[1]
    if heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and len(beperkingen_op_terreinen) == 0:  # rij 3: ja | nee | leeg | - | - | -
        return TABEL_TOEGANG_BESLISSINGEN[2]
    if heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd >= 18:  # rij 4: ja | nee | - | vanaf 18 | - | -
        return TABEL_TOEGANG_BESLISSINGEN[3]
    if heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is False:  # rij 5: ja | nee | - | tot 18 | nee | -
        return TABEL_TOEGANG_BESLISSINGEN[4]
    if heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is True and swt_oordeel_uitzondering_leeftijd is True:  # rij 6: ja | nee | - | tot 18 | ja | ja
        return TABEL_TOEGANG_BESLISSINGEN[5]
    if heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is True and swt_oordeel_uitzondering_leeftijd is False:  # rij 7: ja | nee | - | tot 18 | ja | nee
        return TABEL_TOEGANG_BESLISSINGEN[6]
    if heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is True and swt_oordeel_uitzondering_leeftijd is None:  # rij 8: ja | nee | - | tot 18 | ja | onbekend
        return TABEL_TOEGANG_BESLISSINGEN[7]
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
# Per rij met vaste uitkomsten de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen.
TABEL_ARRANGEMENT_BESLISSINGEN: tuple[Beslissing | None, ...] = (
    Beslissing('arrangement', MappingProxyType({'arrangement': None, 'op uurbasis': None, 'toelichting arrangement': 'Zonder toegang is er geen arrangement.'}), (TABEL_ARRANGEMENT_REGELS[0],)),
    Beslissing('arrangement', MappingProxyType({'arrangement': None, 'op uurbasis': None, 'toelichting arrangement': 'Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus geen arrangement.'}), (TABEL_ARRANGEMENT_REGELS[1],)),
    Beslissing('arrangement', MappingProxyType({'arrangement': None, 'op uurbasis': None, 'toelichting arrangement': 'Het arrangement is nog niet bekend: het type of de intensiteit wacht op een oordeel van het SWT.'}), (TABEL_ARRANGEMENT_REGELS[2],)),
    None,  # rij 4 rekent zijn uitkomst uit
    Beslissing('arrangement', MappingProxyType({'arrangement': _Arrangement_AANGEPAST_ARRANGEMENT_1, 'op uurbasis': True, 'toelichting arrangement': 'A1-ondersteunend is meer dan nodig. Om af te bouwen is tijdelijk leun en steun nodig; daarvoor worden op uurbasis afspraken gemaakt met de zorgaanbieder.'}), (TABEL_ARRANGEMENT_REGELS[4],)),
    Beslissing('arrangement', MappingProxyType({'arrangement': _Arrangement_AANGEPAST_ARRANGEMENT_1, 'op uurbasis': True, 'toelichting arrangement': 'C3-activerend is in deze uitzonderlijke situatie niet toereikend. Tijdelijk worden op uurbasis afspraken gemaakt met de zorgaanbieder.'}), (TABEL_ARRANGEMENT_REGELS[5],)),
    Beslissing('arrangement', MappingProxyType({'arrangement': _Arrangement_AANGEPAST_ARRANGEMENT_2, 'op uurbasis': True, 'toelichting arrangement': 'A3-ondersteunend is niet toereikend om het hele huishouden tijdelijk over te nemen. Er komt een beschikking op uurbasis, in overleg met de zorgaanbieder.'}), (TABEL_ARRANGEMENT_REGELS[6],)),
    Beslissing('arrangement', MappingProxyType({'arrangement': None, 'op uurbasis': None, 'toelichting arrangement': 'SWT beoordeelt hoeveel uur per week nodig is: aangepast arrangement 2 vraagt minimaal vijf uur per week (§3.3).'}), (TABEL_ARRANGEMENT_REGELS[7],)),
    None,  # rij 9 rekent zijn uitkomst uit
    None,  # rij 10 rekent zijn uitkomst uit
    None,  # rij 11 rekent zijn uitkomst uit
    None,  # rij 12 rekent zijn uitkomst uit
)


def tabel_arrangement(toegang: Toegang, aantal_resultaatgebieden: int, basisarrangement: Arrangement | None, huishouden_nu: bool, swt_oordeel_over_het_basisarrangement: OordeelBasisarrangement, benodigde_uren_per_week: int | None) -> Beslissing:
    """Beslistabel 'arrangement' (eerste); bron §2, §2.2."""
    if (toegang == _Toegang_GEWEIGERD or toegang == _Toegang_SWT_BEOORDEELT):  # rij 1: geweigerd of SWT beoordeelt | - | - | - | - | -
        return TABEL_ARRANGEMENT_BESLISSINGEN[0]
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden <= 0:  # rij 2: verleend | t/m 0 | - | - | - | -
        return TABEL_ARRANGEMENT_BESLISSINGEN[1]
    if toegang == _Toegang_VERLEEND and basisarrangement is None:  # rij 3: verleend | - | onbekend | - | - | -
        return TABEL_ARRANGEMENT_BESLISSINGEN[2]
    if toegang == _Toegang_VERLEEND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_BASISARRANGEMENT_PAST:  # rij 4: verleend | - | - | - | basisarrangement past | -
        return Beslissing('arrangement', {'arrangement': basisarrangement, 'op uurbasis': False, 'toelichting arrangement': 'Het arrangement volgt uit het schema van §2.'}, (TABEL_ARRANGEMENT_REGELS[3],))
    if toegang == _Toegang_VERLEEND and basisarrangement == _Arrangement_A1_ONDERSTEUNEND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_LEUN_EN_STEUN_OM_AF_TE_BOUWEN:  # rij 5: verleend | - | A1-ondersteunend | - | leun en steun om af te bouwen | -
        return TABEL_ARRANGEMENT_BESLISSINGEN[4]
    if toegang == _Toegang_VERLEEND and basisarrangement == _Arrangement_C3_ACTIVEREND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HOOGSTE_ARRANGEMENT_ONTOEREIKEND:  # rij 6: verleend | - | C3-activerend | - | hoogste arrangement ontoereikend | -
        return TABEL_ARRANGEMENT_BESLISSINGEN[5]
    if toegang == _Toegang_VERLEEND and basisarrangement == _Arrangement_A3_ONDERSTEUNEND and huishouden_nu is True and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN and (benodigde_uren_per_week is not None and benodigde_uren_per_week >= 5):  # rij 7: verleend | - | A3-ondersteunend | ja | hele huishouden tijdelijk overnemen | vanaf 5
        return TABEL_ARRANGEMENT_BESLISSINGEN[6]
    if toegang == _Toegang_VERLEEND and basisarrangement == _Arrangement_A3_ONDERSTEUNEND and huishouden_nu is True and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN and benodigde_uren_per_week is None:  # rij 8: verleend | - | A3-ondersteunend | ja | hele huishouden tijdelijk overnemen | onbekend
        return TABEL_ARRANGEMENT_BESLISSINGEN[7]
    if toegang == _Toegang_VERLEEND and basisarrangement == _Arrangement_A3_ONDERSTEUNEND and huishouden_nu is True and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN and (benodigde_uren_per_week is not None and benodigde_uren_per_week < 5):  # rij 9: verleend | - | A3-ondersteunend | ja | hele huishouden tijdelijk overnemen | tot 5
        return Beslissing('arrangement', {'arrangement': basisarrangement, 'op uurbasis': False, 'toelichting arrangement': 'Minder dan vijf uur per week: aangepast arrangement 2 is voor minimaal vijf uur per week. Het blijft A3-ondersteunend.'}, (TABEL_ARRANGEMENT_REGELS[8],))
    if toegang == _Toegang_VERLEEND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_LEUN_EN_STEUN_OM_AF_TE_BOUWEN:  # rij 10: verleend | - | - | - | leun en steun om af te bouwen | -
        return Beslissing('arrangement', {'arrangement': basisarrangement, 'op uurbasis': False, 'toelichting arrangement': 'Aangepast arrangement 1 om af te bouwen kan alleen als het laagste arrangement, A1-ondersteunend, meer is dan nodig. Het basisarrangement blijft.'}, (TABEL_ARRANGEMENT_REGELS[9],))
    if toegang == _Toegang_VERLEEND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HOOGSTE_ARRANGEMENT_ONTOEREIKEND:  # rij 11: verleend | - | - | - | hoogste arrangement ontoereikend | -
        return Beslissing('arrangement', {'arrangement': basisarrangement, 'op uurbasis': False, 'toelichting arrangement': 'Aangepast arrangement 1 omdat het arrangement niet toereikend is, kan alleen bij het hoogste arrangement, C3-activerend. Het basisarrangement blijft.'}, (TABEL_ARRANGEMENT_REGELS[10],))
    if toegang == _Toegang_VERLEEND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN:  # rij 12: verleend | - | - | - | hele huishouden tijdelijk overnemen | -
        return Beslissing('arrangement', {'arrangement': basisarrangement, 'op uurbasis': False, 'toelichting arrangement': 'Aangepast arrangement 2 kan alleen als A3-ondersteunend niet toereikend is om het hele huishouden over te nemen, dus alleen als huishouden een resultaatgebied is. Het basisarrangement blijft.'}, (TABEL_ARRANGEMENT_REGELS[11],))
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
# Per rij met vaste uitkomsten de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen.
TABEL_BESLUIT_BESLISSINGEN: tuple[Beslissing | None, ...] = (
    None,  # rij 1 rekent zijn uitkomst uit
    None,  # rij 2 rekent zijn uitkomst uit
    Beslissing('besluit', MappingProxyType({'besluit': _Besluit_GEEN_MAATWERKVOORZIENING, 'reden besluit': 'Er is nu op geen enkel resultaatgebied ondersteuning via de maatwerkvoorziening nodig: voorliggende voorzieningen of het netwerk pakken de vragen op, of ze komen later aan de beurt.'}), (TABEL_BESLUIT_REGELS[2],)),
    None,  # rij 4 rekent zijn uitkomst uit
    None,  # rij 5 rekent zijn uitkomst uit
    None,  # rij 6 rekent zijn uitkomst uit
    Beslissing('besluit', MappingProxyType({'besluit': _Besluit_SWT_BEOORDEELT, 'reden besluit': 'SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d).'}), (TABEL_BESLUIT_REGELS[6],)),
    Beslissing('besluit', MappingProxyType({'besluit': _Besluit_SWT_BEOORDEELT, 'reden besluit': 'SWT beoordeelt of een voorliggende was- en strijkservice bruikbaar is (§3.4 c).'}), (TABEL_BESLUIT_REGELS[7],)),
    Beslissing('besluit', MappingProxyType({'besluit': _Besluit_TOEKENNING, 'reden besluit': 'U krijgt Integrale Thuisondersteuning met het arrangement, de duur en de afspraken in dit besluit.'}), (TABEL_BESLUIT_REGELS[8],)),
)


def tabel_besluit(toegang: Toegang, aantal_resultaatgebieden: int, type_ondersteuning: TypeOndersteuning | None, intensiteit: Intensiteit | None, arrangement: Arrangement | None, toegekende_duur: Duur | None, huishouden_nu: bool, voorliggende_was_en_strijkservice_bruikbaar: bool | None, reden_intensiteit: Any, reden_toegang: Any, reden_type: Any, toelichting_arrangement: Any) -> Beslissing:
    """Beslistabel 'besluit' (eerste); bron §1.2, §1.3, §2.1."""
    if toegang == _Toegang_GEWEIGERD:  # rij 1: geweigerd | - | - | - | - | - | - | -
        return Beslissing('besluit', {'besluit': _Besluit_AFWIJZING, 'reden besluit': reden_toegang}, (TABEL_BESLUIT_REGELS[0],))
    if toegang == _Toegang_SWT_BEOORDEELT:  # rij 2: SWT beoordeelt | - | - | - | - | - | - | -
        return Beslissing('besluit', {'besluit': _Besluit_SWT_BEOORDEELT, 'reden besluit': reden_toegang}, (TABEL_BESLUIT_REGELS[1],))
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden <= 0:  # rij 3: verleend | t/m 0 | - | - | - | - | - | -
        return TABEL_BESLUIT_BESLISSINGEN[2]
    if toegang == _Toegang_VERLEEND and type_ondersteuning is None:  # rij 4: verleend | - | onbekend | - | - | - | - | -
        return Beslissing('besluit', {'besluit': _Besluit_SWT_BEOORDEELT, 'reden besluit': reden_type}, (TABEL_BESLUIT_REGELS[3],))
    if toegang == _Toegang_VERLEEND and intensiteit is None:  # rij 5: verleend | - | - | onbekend | - | - | - | -
        return Beslissing('besluit', {'besluit': _Besluit_SWT_BEOORDEELT, 'reden besluit': reden_intensiteit}, (TABEL_BESLUIT_REGELS[4],))
    if toegang == _Toegang_VERLEEND and arrangement is None:  # rij 6: verleend | - | - | - | onbekend | - | - | -
        return Beslissing('besluit', {'besluit': _Besluit_SWT_BEOORDEELT, 'reden besluit': toelichting_arrangement}, (TABEL_BESLUIT_REGELS[5],))
    if toegang == _Toegang_VERLEEND and toegekende_duur is None:  # rij 7: verleend | - | - | - | - | onbekend | - | -
        return TABEL_BESLUIT_BESLISSINGEN[6]
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is None:  # rij 8: verleend | - | - | - | - | - | ja | onbekend
        return TABEL_BESLUIT_BESLISSINGEN[7]
    if toegang == _Toegang_VERLEEND:  # rij 9: verleend | - | - | - | - | - | - | -
        return TABEL_BESLUIT_BESLISSINGEN[8]
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
    _regels: list[Regel] = []
    open_punt: list[Any] = []
    if toegang == _Toegang_SWT_BEOORDEELT:  # open punten, rij 1
        _regels.append(TABEL_OPEN_PUNTEN_REGELS[0])
        _v = reden_toegang
        if _v is not None:
            open_punt.append(_v)
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden >= 1 and type_ondersteuning is None:  # open punten, rij 2
        _regels.append(TABEL_OPEN_PUNTEN_REGELS[1])
        _v = reden_type
        if _v is not None:
            open_punt.append(_v)
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden >= 1 and intensiteit is None:  # open punten, rij 3
        _regels.append(TABEL_OPEN_PUNTEN_REGELS[2])
        _v = reden_intensiteit
        if _v is not None:
            open_punt.append(_v)
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden >= 1 and (basisarrangement is not None and not basisarrangement is None) and arrangement is None:  # open punten, rij 4
        _regels.append(TABEL_OPEN_PUNTEN_REGELS[3])
        _v = toelichting_arrangement
        if _v is not None:
            open_punt.append(_v)
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden >= 1 and gevraagde_duur is None:  # open punten, rij 5
        _regels.append(TABEL_OPEN_PUNTEN_REGELS[4])
        open_punt.append('SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d).')
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden >= 1 and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is None:  # open punten, rij 6
        _regels.append(TABEL_OPEN_PUNTEN_REGELS[5])
        open_punt.append('SWT beoordeelt of een voorliggende was- en strijkservice bruikbaar is (§3.4 c).')
    return Beslissing('open punten', {'open punt': tuple(open_punt)}, tuple(_regels))


TABEL_LEIDRAAD_DUUR_REGELS = (
    Regel('leidraad duur', 1, 38, ('§2.1 d',)),
    Regel('leidraad duur', 2, 39, ('§2.1 d',)),
    Regel('leidraad duur', 3, 40, ('§2.1 d',)),
    Regel('leidraad duur', 4, 41, ('§2.1 d',)),
)
# Per rij met vaste uitkomsten de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen.
TABEL_LEIDRAAD_DUUR_BESLISSINGEN: tuple[Beslissing | None, ...] = (
    Beslissing('leidraad duur', MappingProxyType({'leidraad duur': 'Korter dan 1 jaar, omdat de situatie op korte termijn waarschijnlijk verandert.'}), (TABEL_LEIDRAAD_DUUR_REGELS[0],)),
    Beslissing('leidraad duur', MappingProxyType({'leidraad duur': 'Activerend: gemiddeld 1 jaar, hooguit 2 jaar. Daarna kan verlenging na een evaluatie; vaak wordt het arrangement dan ondersteunend.'}), (TABEL_LEIDRAAD_DUUR_REGELS[1],)),
    Beslissing('leidraad duur', MappingProxyType({'leidraad duur': 'Ondersteunend: gemiddeld 2 jaar, hooguit 5 jaar. Daarna kan verlenging na een evaluatie.'}), (TABEL_LEIDRAAD_DUUR_REGELS[2],)),
    Beslissing('leidraad duur', MappingProxyType({'leidraad duur': 'Hangt af van het type ondersteuning; dat is nog niet bekend.'}), (TABEL_LEIDRAAD_DUUR_REGELS[3],)),
)


def tabel_leidraad_duur(verandering_op_korte_termijn_verwacht: bool, type_ondersteuning: TypeOndersteuning | None) -> Beslissing:
    """Beslistabel 'leidraad duur' (eerste); bron §2.1 d, bijlage B2, Duur van de ondersteuning."""
    if verandering_op_korte_termijn_verwacht is True:  # rij 1: ja | -
        return TABEL_LEIDRAAD_DUUR_BESLISSINGEN[0]
    if verandering_op_korte_termijn_verwacht is False and type_ondersteuning == _TypeOndersteuning_ACTIVEREND:  # rij 2: nee | activerend
        return TABEL_LEIDRAAD_DUUR_BESLISSINGEN[1]
    if verandering_op_korte_termijn_verwacht is False and type_ondersteuning == _TypeOndersteuning_ONDERSTEUNEND:  # rij 3: nee | ondersteunend
        return TABEL_LEIDRAAD_DUUR_BESLISSINGEN[2]
    if verandering_op_korte_termijn_verwacht is False and type_ondersteuning is None:  # rij 4: nee | onbekend
        return TABEL_LEIDRAAD_DUUR_BESLISSINGEN[3]
    raise GeenBeslissing('tabel “leidraad duur”: geen rij past')


TABEL_MELDINGEN_DUUR_REGELS = (
    Regel('meldingen duur', 1, 64, ('§2.1 d',)),
    Regel('meldingen duur', 2, 65, ('§2.1 d',)),
    Regel('meldingen duur', 3, 66, ('§2.1 d',)),
)


def tabel_meldingen_duur(gevraagde_duur: Duur | None, gevraagde_duur_boven_maximum: bool | None, verandering_op_korte_termijn_verwacht: bool) -> Beslissing:
    """Beslistabel 'meldingen duur' (verzamel); bron §2.1 d."""
    _regels: list[Regel] = []
    melding_duur: list[Any] = []
    if gevraagde_duur_boven_maximum is True:  # meldingen duur, rij 1
        _regels.append(TABEL_MELDINGEN_DUUR_REGELS[0])
        melding_duur.append('De gevraagde duur is langer dan de maximale duur voor dit type; toegekend is de maximale duur. Verlenging is mogelijk na een inhoudelijke evaluatie.')
    if (gevraagde_duur is not None and gevraagde_duur >= _DUUR_12) and verandering_op_korte_termijn_verwacht is True:  # meldingen duur, rij 2
        _regels.append(TABEL_MELDINGEN_DUUR_REGELS[1])
        melding_duur.append('Er wordt op korte termijn verandering verwacht; de leidraad is dan een duur korter dan 1 jaar.')
    if gevraagde_duur is None:  # meldingen duur, rij 3
        _regels.append(TABEL_MELDINGEN_DUUR_REGELS[2])
        melding_duur.append('SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d).')
    return Beslissing('meldingen duur', {'melding duur': tuple(melding_duur)}, tuple(_regels))


TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_REGELS = (
    Regel('extra huishoudelijke schoonmaak', 1, 13, ('§3.5',)),
    Regel('extra huishoudelijke schoonmaak', 2, 14, ('§3.5',)),
    Regel('extra huishoudelijke schoonmaak', 3, 15, ('§3.5',)),
    Regel('extra huishoudelijke schoonmaak', 4, 16, ('§3.5',)),
    Regel('extra huishoudelijke schoonmaak', 5, 17, ('§3.5',)),
    Regel('extra huishoudelijke schoonmaak', 6, 18, ('§3.5',)),
    Regel('extra huishoudelijke schoonmaak', 7, 19, ('§3.5',)),
)
# Per rij met vaste uitkomsten de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen.
TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_BESLISSINGEN: tuple[Beslissing | None, ...] = (
    Beslissing('extra huishoudelijke schoonmaak', MappingProxyType({'EHS': False, 'toelichting EHS': 'Er is geen toegang tot Integrale Thuisondersteuning, dus ook geen extra schoonmaak.'}), (TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_REGELS[0],)),
    Beslissing('extra huishoudelijke schoonmaak', MappingProxyType({'EHS': None, 'toelichting EHS': 'Eerst beoordeelt het SWT de toegang.'}), (TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_REGELS[1],)),
    Beslissing('extra huishoudelijke schoonmaak', MappingProxyType({'EHS': False, 'toelichting EHS': 'De extra schoonmaak geldt alleen bij zorg in natura (ZIN), niet bij een pgb.'}), (TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_REGELS[2],)),
    Beslissing('extra huishoudelijke schoonmaak', MappingProxyType({'EHS': False, 'toelichting EHS': 'Huishouden is geen resultaatgebied in het ondersteuningsplan, dus geen extra schoonmaak.'}), (TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_REGELS[3],)),
    Beslissing('extra huishoudelijke schoonmaak', MappingProxyType({'EHS': None, 'toelichting EHS': 'De duur van de beschikking is nog niet bekend; de extra schoonmaak vraagt minimaal zes maanden.'}), (TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_REGELS[4],)),
    Beslissing('extra huishoudelijke schoonmaak', MappingProxyType({'EHS': False, 'toelichting EHS': 'De beschikking duurt korter dan zes maanden, dus geen extra schoonmaak.'}), (TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_REGELS[5],)),
    Beslissing('extra huishoudelijke schoonmaak', MappingProxyType({'EHS': True, 'toelichting EHS': 'Tweemaal per jaar 2 uur extra schoonmaak (of eenmaal 4 uur), aan te vragen bij uw hulp. U kiest zelf waaraan: bijvoorbeeld de binnenkant van keukenkastjes, koelkast of oven, plinten en deuren, een keer extra ramen lappen, of een logeerkamer.'}), (TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_REGELS[6],)),
)


def tabel_extra_huishoudelijke_schoonmaak(toegang: Toegang, leveringsvorm: Leveringsvorm, huishouden_nu: bool, toegekende_duur: Duur | None) -> Beslissing:
    """Beslistabel 'extra huishoudelijke schoonmaak' (eerste); bron §3.5, bijlage B2, Huishouden."""
    if toegang == _Toegang_GEWEIGERD:  # rij 1: geweigerd | - | - | -
        return TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_BESLISSINGEN[0]
    if toegang == _Toegang_SWT_BEOORDEELT:  # rij 2: SWT beoordeelt | - | - | -
        return TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_BESLISSINGEN[1]
    if toegang == _Toegang_VERLEEND and leveringsvorm == _Leveringsvorm_PGB:  # rij 3: verleend | PGB | - | -
        return TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_BESLISSINGEN[2]
    if toegang == _Toegang_VERLEEND and leveringsvorm == _Leveringsvorm_ZIN and huishouden_nu is False:  # rij 4: verleend | ZIN | nee | -
        return TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_BESLISSINGEN[3]
    if toegang == _Toegang_VERLEEND and leveringsvorm == _Leveringsvorm_ZIN and huishouden_nu is True and toegekende_duur is None:  # rij 5: verleend | ZIN | ja | onbekend
        return TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_BESLISSINGEN[4]
    if toegang == _Toegang_VERLEEND and leveringsvorm == _Leveringsvorm_ZIN and huishouden_nu is True and (toegekende_duur is not None and toegekende_duur < _DUUR_6):  # rij 6: verleend | ZIN | ja | minder dan 6 maanden
        return TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_BESLISSINGEN[5]
    if toegang == _Toegang_VERLEEND and leveringsvorm == _Leveringsvorm_ZIN and huishouden_nu is True and (toegekende_duur is not None and toegekende_duur >= _DUUR_6):  # rij 7: verleend | ZIN | ja | vanaf 6 maanden
        return TABEL_EXTRA_HUISHOUDELIJKE_SCHOONMAAK_BESLISSINGEN[6]
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
# Per rij met vaste uitkomsten de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen.
TABEL_UREN_HUISHOUDEN_BESLISSINGEN: tuple[Beslissing | None, ...] = (
    Beslissing('uren huishouden', MappingProxyType({'uren huishouden per jaar': None, 'toelichting uren': 'Huishouden is nu geen resultaatgebied, dus er zijn geen uren voor huishoudelijke ondersteuning.'}), (TABEL_UREN_HUISHOUDEN_REGELS[0],)),
    Beslissing('uren huishouden', MappingProxyType({'uren huishouden per jaar': None, 'toelichting uren': 'Huishouden in combinatie met andere resultaatgebieden: de beleidsregel schrijft dan geen uren voor huishoudelijke ondersteuning voor.'}), (TABEL_UREN_HUISHOUDEN_REGELS[1],)),
    Beslissing('uren huishouden', MappingProxyType({'uren huishouden per jaar': 105, 'toelichting uren': 'Gemiddeld 105 uur per jaar inzet door een professional: daarmee is een schoon en leefbaar huis haalbaar.'}), (TABEL_UREN_HUISHOUDEN_REGELS[2],)),
    Beslissing('uren huishouden', MappingProxyType({'uren huishouden per jaar': 156, 'toelichting uren': '156 uur per jaar inzet door een professional (intensiteit plus).'}), (TABEL_UREN_HUISHOUDEN_REGELS[3],)),
    Beslissing('uren huishouden', MappingProxyType({'uren huishouden per jaar': 208, 'toelichting uren': '208 uur per jaar inzet door een professional (intensiteit plusplus).'}), (TABEL_UREN_HUISHOUDEN_REGELS[4],)),
    Beslissing('uren huishouden', MappingProxyType({'uren huishouden per jaar': None, 'toelichting uren': 'Aangepast arrangement: de uren worden op uurbasis afgesproken met de zorgaanbieder.'}), (TABEL_UREN_HUISHOUDEN_REGELS[5],)),
    Beslissing('uren huishouden', MappingProxyType({'uren huishouden per jaar': None, 'toelichting uren': 'Er is (nog) geen arrangement, dus ook geen uren.'}), (TABEL_UREN_HUISHOUDEN_REGELS[6],)),
    Beslissing('uren huishouden', MappingProxyType({'uren huishouden per jaar': None, 'toelichting uren': 'Activerend arrangement: alleen bij een enkelvoudig ondersteunend arrangement met alleen huishouden liggen de uren vast.'}), (TABEL_UREN_HUISHOUDEN_REGELS[7],)),
)


def tabel_uren_huishouden(huishouden_nu: bool, enkelvoudig_huishouden: bool, arrangement: Arrangement | None) -> Beslissing:
    """Beslistabel 'uren huishouden' (eerste); bron §3, §3.2, §3.3."""
    if huishouden_nu is False:  # rij 1: nee | - | -
        return TABEL_UREN_HUISHOUDEN_BESLISSINGEN[0]
    if huishouden_nu is True and enkelvoudig_huishouden is False:  # rij 2: ja | nee | -
        return TABEL_UREN_HUISHOUDEN_BESLISSINGEN[1]
    if huishouden_nu is True and enkelvoudig_huishouden is True and arrangement == _Arrangement_A1_ONDERSTEUNEND:  # rij 3: ja | ja | A1-ondersteunend
        return TABEL_UREN_HUISHOUDEN_BESLISSINGEN[2]
    if huishouden_nu is True and enkelvoudig_huishouden is True and arrangement == _Arrangement_A2_ONDERSTEUNEND:  # rij 4: ja | ja | A2-ondersteunend
        return TABEL_UREN_HUISHOUDEN_BESLISSINGEN[3]
    if huishouden_nu is True and enkelvoudig_huishouden is True and arrangement == _Arrangement_A3_ONDERSTEUNEND:  # rij 5: ja | ja | A3-ondersteunend
        return TABEL_UREN_HUISHOUDEN_BESLISSINGEN[4]
    if huishouden_nu is True and enkelvoudig_huishouden is True and (arrangement == _Arrangement_AANGEPAST_ARRANGEMENT_1 or arrangement == _Arrangement_AANGEPAST_ARRANGEMENT_2):  # rij 6: ja | ja | "aangepast arrangement 1" of "aangepast arrangement 2"
        return TABEL_UREN_HUISHOUDEN_BESLISSINGEN[5]
    if huishouden_nu is True and enkelvoudig_huishouden is True and arrangement is None:  # rij 7: ja | ja | onbekend
        return TABEL_UREN_HUISHOUDEN_BESLISSINGEN[6]
    if huishouden_nu is True and enkelvoudig_huishouden is True:  # rij 8: ja | ja | -
        return TABEL_UREN_HUISHOUDEN_BESLISSINGEN[7]
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
    _regels: list[Regel] = []
    ruimte: list[Any] = []
    frequentie: list[Any] = []
    activiteiten: list[Any] = []
    if toegang == _Toegang_VERLEEND and huishouden_nu is True:  # taken huishouden, rijen 1–19
        _regels += TABEL_TAKEN_HUISHOUDEN_REGELS[0:19]
        ruimte += (
            'Woonkamer',
            'Slaapkamer',
            'Keuken',
            'Sanitair',
            'Hal/ overloop',
            'Woonkamer',
            'Slaapkamer',
            'Hal/ overloop',
            'Slaapkamer',
            'Hal/ overloop',
            'Woonkamer',
            'Slaapkamer',
            'Keuken',
            'Sanitair',
            'Woonkamer',
            'Slaapkamer',
            'Keuken',
            'Sanitair',
            'Hal/ overloop',
        )
        frequentie += (
            '1x per week',
            '1x per week',
            '1x per week',
            '1x per week',
            '1x per week',
            '1x per 2 weken',
            '1x per 2 weken',
            '1x per 2 weken',
            '1x per 4 weken',
            '1x per 4 weken',
            '1x per 6 weken tot 1x per 8 weken',
            '1x per 6 weken tot 1x per 8 weken',
            '1x per 6 weken tot 1x per 8 weken',
            '1x per 6 weken tot 1x per 8 weken',
            'Incidenteel (1x tot 4x per jaar)',
            'Incidenteel (1x tot 4x per jaar)',
            'Incidenteel (1x tot 4x per jaar)',
            'Incidenteel (1x tot 4x per jaar)',
            'Incidenteel (1x tot 4x per jaar)',
        )
        activiteiten += (
            'Stof afnemen midden & laag, opruimen, stofzuigen',
            'Stof afnemen midden & laag, opruimen en stofzuigen',
            'Stofzuigen, dweilen, keukenblok keukenapparatuur schoonmaken, afval opruimen, afwassen',
            'Badkamer en toilet schoon-maken incl. stofzuigen en dweilen',
            'Stof afnemen midden, laag en hoog, stofzuigen',
            'Stof afnemen, hoog, dweilen',
            'Bed verschonen of opmaken',
            'Dweilen',
            'Dweilen',
            'Trap stofzuigen binnenshuis',
            'Deur (post)en nat afdoen, zitmeubels',
            'Stof afnemen hoog',
            'Bovenkast keukenkastjes, deur (post) en nat afdoen',
            'Deur (post)en nat afdoen',
            'Ramen binnenzijde wassen, radiatoren, raambekleding',
            'Ramen binnenzijde wassen, radiatoren, raambekleding, deur(post)en nat afdoen, matras draaien',
            'Ramen binnenzijde wassen, radiatoren, raambekleding, oven/magnetron, koelkast & keuken-kastjes binnenzijde, afzuigkap, losse tegelwand en vrie-zer schoonmaken',
            'Ramen binnenzijde wassen, radiatoren, raambekleding, tegelwand badkamer schoonmaken',
            'Deur(post)en nat afdoen, radiatoren',
        )
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is False:  # taken huishouden, rijen 20–21
        _regels += TABEL_TAKEN_HUISHOUDEN_REGELS[19:21]
        ruimte += (
            'Wasverzorging',
            'Wasverzorging',
        )
        frequentie += (
            '1x per week',
            '1x per twee weken',
        )
        activiteiten += (
            'Wassen, drogen, opbergen',
            'Strijken bovenkleding',
        )
    return Beslissing('taken huishouden', {'ruimte': tuple(ruimte), 'frequentie': tuple(frequentie), 'activiteiten': tuple(activiteiten)}, tuple(_regels))


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
    _regels: list[Regel] = []
    afspraak_huishouden: list[Any] = []
    if toegang == _Toegang_VERLEEND and huishouden_nu is True:  # afspraken huishouden, rijen 1–3
        _regels += TABEL_AFSPRAKEN_HUISHOUDEN_REGELS[0:3]
        afspraak_huishouden += (
            'Niet onder de ondersteuningsplicht van de gemeente: een zolder, kelder of garage schoonmaken, dieren verzorgen en werk buiten de woning. Daarvoor zorgt u zelf.',
            'Boodschappen en maaltijden: in bijna alle gevallen via gebruikelijke zorg, een mantelzorger, vrijwilligers of voorliggende voorzieningen, zoals een maaltijdservice of de boodschappendienst van een supermarkt. De zorgaanbieder doet dit niet binnen de maatwerkvoorziening.',
            'Het klaarzetten van, toezien op en toedienen van de maaltijd hoort niet bij huishouden, maar bij het resultaatgebied zelfzorg en gezondheid.',
        )
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is True:  # afspraken huishouden, rij 4
        _regels.append(TABEL_AFSPRAKEN_HUISHOUDEN_REGELS[3])
        afspraak_huishouden.append('Wassen en strijken gaan via een voorliggende was- en strijkservice; ze horen niet bij de maatwerkvoorziening.')
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is False:  # afspraken huishouden, rij 5
        _regels.append(TABEL_AFSPRAKEN_HUISHOUDEN_REGELS[4])
        afspraak_huishouden.append('Er is geen bruikbare voorliggende was- en strijkservice: wassen en strijken horen bij de maatwerkvoorziening (zie de taken).')
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is None:  # afspraken huishouden, rij 6
        _regels.append(TABEL_AFSPRAKEN_HUISHOUDEN_REGELS[5])
        afspraak_huishouden.append('SWT beoordeelt of een voorliggende was- en strijkservice bruikbaar is (§3.4 c).')
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and enkelvoudig_huishouden is True and arrangement == _Arrangement_A3_ONDERSTEUNEND:  # afspraken huishouden, rij 7
        _regels.append(TABEL_AFSPRAKEN_HUISHOUDEN_REGELS[6])
        afspraak_huishouden.append('Is 208 uur per jaar niet genoeg, bijvoorbeeld omdat in een eenoudergezin tijdelijk het hele huishouden overgenomen moet worden, dan kan tijdelijk aangepast arrangement 2: minimaal vijf uur per week, op uurbasis.')
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and enkelvoudig_huishouden is False:  # afspraken huishouden, rij 8
        _regels.append(TABEL_AFSPRAKEN_HUISHOUDEN_REGELS[7])
        afspraak_huishouden.append('Huishouden in combinatie met andere resultaatgebieden: er zijn geen voorgeschreven uren. Knelt de inzet, dan zoekt het SWT met u een passende oplossing.')
    return Beslissing('afspraken huishouden', {'afspraak huishouden': tuple(afspraak_huishouden)}, tuple(_regels))


TABEL_INTENSITEIT_TOELICHTING_REGELS = (
    Regel('intensiteit toelichting', 1, 99, ('§3.3', 'bijlage B2, Benodigde intensiteit')),
    Regel('intensiteit toelichting', 2, 100, ('§2.1 c',)),
    Regel('intensiteit toelichting', 3, 101, ('§3.3',)),
    Regel('intensiteit toelichting', 4, 102, ('§3.3',)),
)


def tabel_intensiteit_toelichting(omstandigheden_zonder_gevolg: frozenset[Omstandigheid] | None, huishoudelijke_omstandigheden_buiten_huishouden: bool | None, omstandigheden_binnen_gemiddeld: frozenset[OmstandigheidBinnenGemiddeld], verlichtende_omstandigheden: bool) -> Beslissing:
    """Beslistabel 'intensiteit toelichting' (verzamel); bron §2.1 c, §3.3, bijlage B2, Benodigde intensiteit."""
    _regels: list[Regel] = []
    intensiteit_toelichting: list[Any] = []
    if (omstandigheden_zonder_gevolg is not None and not len(omstandigheden_zonder_gevolg) == 0):  # intensiteit toelichting, rij 1
        _regels.append(TABEL_INTENSITEIT_TOELICHTING_REGELS[0])
        intensiteit_toelichting.append('Niet elke verzwarende omstandigheid telt: alleen als die ook echt gevolgen heeft voor de benodigde inzet.')
    if huishoudelijke_omstandigheden_buiten_huishouden is True:  # intensiteit toelichting, rij 2
        _regels.append(TABEL_INTENSITEIT_TOELICHTING_REGELS[1])
        intensiteit_toelichting.append('Omstandigheden die specifiek voor huishouden zijn (zoals COPD) tellen niet mee, omdat huishouden nu geen resultaatgebied is.')
    if (omstandigheden_binnen_gemiddeld is not None and not len(omstandigheden_binnen_gemiddeld) == 0):  # intensiteit toelichting, rij 3
        _regels.append(TABEL_INTENSITEIT_TOELICHTING_REGELS[2])
        intensiteit_toelichting.append('Omstandigheden zoals de grootte of de inrichting van de woning, de gezinssamenstelling of de was vragen soms iets meer tijd, maar blijven binnen het gemiddelde arrangement.')
    if verlichtende_omstandigheden is True:  # intensiteit toelichting, rij 4
        _regels.append(TABEL_INTENSITEIT_TOELICHTING_REGELS[3])
        intensiteit_toelichting.append('Verlichtende omstandigheden verlagen de intensiteit niet: de toekenning blijft hetzelfde. Het SWT legt vast welke taken u of uw netwerk zelf doet; de aanbieder zet daarvoor minder in.')
    return Beslissing('intensiteit toelichting', {'intensiteit toelichting': tuple(intensiteit_toelichting)}, tuple(_regels))


TABEL_KEUZE_ZORGAANBIEDER_REGELS = (
    Regel('keuze zorgaanbieder', 1, 36, ('§1',)),
    Regel('keuze zorgaanbieder', 2, 37, ('§1',)),
    Regel('keuze zorgaanbieder', 3, 38, ('§1', '§1.2')),
)
# Per rij met vaste uitkomsten de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen.
TABEL_KEUZE_ZORGAANBIEDER_BESLISSINGEN: tuple[Beslissing | None, ...] = (
    Beslissing('keuze zorgaanbieder', MappingProxyType({'keuze zorgaanbieder': 'U krijgt een pgb: de keuze uit de door de gemeente gecontracteerde zorgaanbieders geldt dan niet.'}), (TABEL_KEUZE_ZORGAANBIEDER_REGELS[0],)),
    Beslissing('keuze zorgaanbieder', MappingProxyType({'keuze zorgaanbieder': 'U kiest een van de door de gemeente Zwolle gecontracteerde zorgaanbieders.'}), (TABEL_KEUZE_ZORGAANBIEDER_REGELS[1],)),
    Beslissing('keuze zorgaanbieder', MappingProxyType({'keuze zorgaanbieder': 'U kiest een van de door de gemeente Zwolle gecontracteerde zorgaanbieders die voor uw doelgroep zijn ingeschreven. Die aanbieder moet u accepteren.'}), (TABEL_KEUZE_ZORGAANBIEDER_REGELS[2],)),
)


def tabel_keuze_zorgaanbieder(leveringsvorm: Leveringsvorm, doelgroep: Doelgroep | None) -> Beslissing:
    """Beslistabel 'keuze zorgaanbieder' (eerste); bron §1, §1.2."""
    if leveringsvorm == _Leveringsvorm_PGB:  # rij 1: PGB | -
        return TABEL_KEUZE_ZORGAANBIEDER_BESLISSINGEN[0]
    if leveringsvorm == _Leveringsvorm_ZIN and doelgroep is None:  # rij 2: ZIN | onbekend
        return TABEL_KEUZE_ZORGAANBIEDER_BESLISSINGEN[1]
    if leveringsvorm == _Leveringsvorm_ZIN:  # rij 3: ZIN | -
        return TABEL_KEUZE_ZORGAANBIEDER_BESLISSINGEN[2]
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
# Per rij met vaste uitkomsten de Beslissing, één keer gemaakt; de uitkomst is alleen-lezen.
TABEL_MAANDBUDGET_BESLISSINGEN: tuple[Beslissing | None, ...] = (
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Er is (nog) geen arrangement, dus ook geen maandbudget.'}), (TABEL_MAANDBUDGET_REGELS[0],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor A1-ondersteunend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[1],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor A1-activerend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[2],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor A2-ondersteunend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[3],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor A2-activerend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[4],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor A3-ondersteunend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[5],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor A3-activerend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[6],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor B1-ondersteunend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[7],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor B1-activerend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[8],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor B2-ondersteunend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[9],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor B2-activerend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[10],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor B3-ondersteunend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[11],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor B3-activerend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[12],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor C1-ondersteunend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[13],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor C1-activerend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[14],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor C2-ondersteunend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[15],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor C2-activerend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[16],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor C3-ondersteunend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[17],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Het maandbudget voor C3-activerend staat in het Tarievenblad.'}), (TABEL_MAANDBUDGET_REGELS[18],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Op uurbasis: er is geen vast maandbudget; de uren worden afgesproken met de zorgaanbieder.'}), (TABEL_MAANDBUDGET_REGELS[19],)),
    Beslissing('maandbudget', MappingProxyType({'maandbudget': None, 'maandbudget toelichting': 'Op uurbasis: er is geen vast maandbudget; de uren worden afgesproken met de zorgaanbieder.'}), (TABEL_MAANDBUDGET_REGELS[20],)),
)


def tabel_maandbudget(arrangement: Arrangement | None, ingangsdatum: datetime.date) -> Beslissing:
    """Beslistabel 'maandbudget' (uniek); bron §2."""
    if arrangement is None:  # rij 1: onbekend | -
        return TABEL_MAANDBUDGET_BESLISSINGEN[0]
    if arrangement == _Arrangement_A1_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 2: A1-ondersteunend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[1]
    if arrangement == _Arrangement_A1_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 3: A1-activerend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[2]
    if arrangement == _Arrangement_A2_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 4: A2-ondersteunend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[3]
    if arrangement == _Arrangement_A2_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 5: A2-activerend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[4]
    if arrangement == _Arrangement_A3_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 6: A3-ondersteunend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[5]
    if arrangement == _Arrangement_A3_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 7: A3-activerend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[6]
    if arrangement == _Arrangement_B1_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 8: B1-ondersteunend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[7]
    if arrangement == _Arrangement_B1_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 9: B1-activerend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[8]
    if arrangement == _Arrangement_B2_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 10: B2-ondersteunend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[9]
    if arrangement == _Arrangement_B2_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 11: B2-activerend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[10]
    if arrangement == _Arrangement_B3_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 12: B3-ondersteunend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[11]
    if arrangement == _Arrangement_B3_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 13: B3-activerend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[12]
    if arrangement == _Arrangement_C1_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 14: C1-ondersteunend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[13]
    if arrangement == _Arrangement_C1_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 15: C1-activerend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[14]
    if arrangement == _Arrangement_C2_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 16: C2-ondersteunend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[15]
    if arrangement == _Arrangement_C2_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 17: C2-activerend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[16]
    if arrangement == _Arrangement_C3_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 18: C3-ondersteunend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[17]
    if arrangement == _Arrangement_C3_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 19: C3-activerend | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[18]
    if arrangement == _Arrangement_AANGEPAST_ARRANGEMENT_1 and ingangsdatum >= _DATUM_2022_01_01:  # rij 20: "aangepast arrangement 1" | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[19]
    if arrangement == _Arrangement_AANGEPAST_ARRANGEMENT_2 and ingangsdatum >= _DATUM_2022_01_01:  # rij 21: "aangepast arrangement 2" | vanaf 1 januari 2022
        return TABEL_MAANDBUDGET_BESLISSINGEN[20]
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
    _regels: list[Regel] = []
    reden_uitsluiting: list[Any] = []
    voorliggende_voorziening: list[Any] = []
    if _UitgeslotenOndersteuning_RECREATIEVE_EN_SOCIAAL_CULTURELE_ACTIVITEITEN in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 1
        _regels.append(TABEL_UITGESLOTEN_ONDERDELEN_REGELS[0])
        reden_uitsluiting.append('Recreatieve en sociaal-culturele activiteiten, zoals structurele ondersteuning bij uitstapjes, vallen niet onder Integrale Thuisondersteuning.')
        voorliggende_voorziening.append('maatjesprojecten, vrijwilligers of mantelzorgers')
    if _UitgeslotenOndersteuning_BOODSCHAPPEN_DOEN in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 2
        _regels.append(TABEL_UITGESLOTEN_ONDERDELEN_REGELS[1])
        reden_uitsluiting.append('Boodschappen doen valt niet onder Integrale Thuisondersteuning; boodschappen laten doen via een boodschappenservice is algemeen gebruikelijk.')
        voorliggende_voorziening.append('boodschappenservice')
    if _UitgeslotenOndersteuning_DAGBESTEDING in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 3
        _regels.append(TABEL_UITGESLOTEN_ONDERDELEN_REGELS[2])
        reden_uitsluiting.append('Integrale Thuisondersteuning is geen invulling van de dag (dagbesteding).')
        voorliggende_voorziening.append('voorliggende dagbesteding')
    if _UitgeslotenOndersteuning_VERVOER_NAAR_BEHANDELING in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 4
        _regels.append(TABEL_UITGESLOTEN_ONDERDELEN_REGELS[3])
        reden_uitsluiting.append('Ondersteunen bij vervoer naar een behandeling valt niet onder Integrale Thuisondersteuning.')
    if _UitgeslotenOndersteuning_ONDERWIJSBEGELEIDING in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 5
        _regels.append(TABEL_UITGESLOTEN_ONDERDELEN_REGELS[4])
        reden_uitsluiting.append('Begeleiding specifiek gericht op onderwijs of studie valt niet onder Integrale Thuisondersteuning.')
    if _UitgeslotenOndersteuning_BEHANDELING_OF_THERAPIE in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 6
        _regels.append(TABEL_UITGESLOTEN_ONDERDELEN_REGELS[5])
        reden_uitsluiting.append('Behandeling of therapie, of een verlengde daarvan, valt niet onder Integrale Thuisondersteuning.')
    if _UitgeslotenOndersteuning_MEDICATIE in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 7
        _regels.append(TABEL_UITGESLOTEN_ONDERDELEN_REGELS[6])
        reden_uitsluiting.append('Toezien op, attenderen op, aanreiken en toedienen van medicatie valt niet onder Integrale Thuisondersteuning.')
    if _UitgeslotenOndersteuning_BEKOSTIGEN_VAN_VERBLIJF in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 8
        _regels.append(TABEL_UITGESLOTEN_ONDERDELEN_REGELS[7])
        reden_uitsluiting.append('Integrale Thuisondersteuning betaalt geen verblijf; een koppeling tussen wonen en zorg is uitgesloten.')
    return Beslissing('uitgesloten onderdelen', {'reden uitsluiting': tuple(reden_uitsluiting), 'voorliggende voorziening': tuple(voorliggende_voorziening)}, tuple(_regels))


# -- Een hele casus

@dataclass(frozen=True, init=False)
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

    def __init__(
        self,
        resultaatgebieden_nu: frozenset[Resultaatgebied],
        ondersteunend_nu: frozenset[Resultaatgebied],
        activerend_nu: frozenset[Resultaatgebied],
        aantal_activerend: int,
        aantal_ondersteunend: int,
        typebeeld: Typebeeld,
        type_ondersteuning: TypeOndersteuning | None,
        reden_type: str,
        gemiddelde_duur: Duur | None,
        maximale_duur: Duur | None,
        gevraagde_duur_boven_maximum: bool | None,
        toegekende_duur: Duur | None,
        einddatum: datetime.date | None,
        uiterste_evaluatiedatum: datetime.date | None,
        aantal_resultaatgebieden: int,
        huishouden_nu: bool,
        enkelvoudig_huishouden: bool,
        aantal_huishoudelijke_omstandigheden: int | None,
        aantal_tellende_omstandigheden: int | None,
        omstandigheden_zonder_gevolg: frozenset[Omstandigheid] | None,
        huishoudelijke_omstandigheden_buiten_huishouden: bool | None,
        intensiteit: Intensiteit | None,
        reden_intensiteit: str,
        zwaarte: Zwaarte | None,
        reden_zwaarte: str,
        basisarrangement: Arrangement | None,
        toegang: Toegang,
        reden_toegang: str,
        arrangement: Arrangement | None,
        op_uurbasis: bool | None,
        toelichting_arrangement: str,
        besluit: Besluit,
        reden_besluit: str | None,
        open_punt: tuple[str, ...] | None,
        leidraad_duur: str,
        melding_duur: tuple[str, ...],
        ehs: bool | None,
        toelichting_ehs: str,
        uren_huishouden_per_jaar: int | None,
        toelichting_uren: str,
        ruimte: tuple[str, ...],
        frequentie: tuple[str, ...],
        activiteiten: tuple[str, ...],
        afspraak_huishouden: tuple[str, ...],
        intensiteit_toelichting: tuple[str, ...],
        keuze_zorgaanbieder: str,
        maandbudget: Decimal | None,
        maandbudget_toelichting: str,
        reden_uitsluiting: tuple[str, ...],
        voorliggende_voorziening: tuple[str, ...] | None,
        beslissingen: tuple[Beslissing, ...],
    ) -> None:
        _zet(self, "__dict__", {
            'resultaatgebieden_nu': resultaatgebieden_nu,
            'ondersteunend_nu': ondersteunend_nu,
            'activerend_nu': activerend_nu,
            'aantal_activerend': aantal_activerend,
            'aantal_ondersteunend': aantal_ondersteunend,
            'typebeeld': typebeeld,
            'type_ondersteuning': type_ondersteuning,
            'reden_type': reden_type,
            'gemiddelde_duur': gemiddelde_duur,
            'maximale_duur': maximale_duur,
            'gevraagde_duur_boven_maximum': gevraagde_duur_boven_maximum,
            'toegekende_duur': toegekende_duur,
            'einddatum': einddatum,
            'uiterste_evaluatiedatum': uiterste_evaluatiedatum,
            'aantal_resultaatgebieden': aantal_resultaatgebieden,
            'huishouden_nu': huishouden_nu,
            'enkelvoudig_huishouden': enkelvoudig_huishouden,
            'aantal_huishoudelijke_omstandigheden': aantal_huishoudelijke_omstandigheden,
            'aantal_tellende_omstandigheden': aantal_tellende_omstandigheden,
            'omstandigheden_zonder_gevolg': omstandigheden_zonder_gevolg,
            'huishoudelijke_omstandigheden_buiten_huishouden': huishoudelijke_omstandigheden_buiten_huishouden,
            'intensiteit': intensiteit,
            'reden_intensiteit': reden_intensiteit,
            'zwaarte': zwaarte,
            'reden_zwaarte': reden_zwaarte,
            'basisarrangement': basisarrangement,
            'toegang': toegang,
            'reden_toegang': reden_toegang,
            'arrangement': arrangement,
            'op_uurbasis': op_uurbasis,
            'toelichting_arrangement': toelichting_arrangement,
            'besluit': besluit,
            'reden_besluit': reden_besluit,
            'open_punt': open_punt,
            'leidraad_duur': leidraad_duur,
            'melding_duur': melding_duur,
            'ehs': ehs,
            'toelichting_ehs': toelichting_ehs,
            'uren_huishouden_per_jaar': uren_huishouden_per_jaar,
            'toelichting_uren': toelichting_uren,
            'ruimte': ruimte,
            'frequentie': frequentie,
            'activiteiten': activiteiten,
            'afspraak_huishouden': afspraak_huishouden,
            'intensiteit_toelichting': intensiteit_toelichting,
            'keuze_zorgaanbieder': keuze_zorgaanbieder,
            'maandbudget': maandbudget,
            'maandbudget_toelichting': maandbudget_toelichting,
            'reden_uitsluiting': reden_uitsluiting,
            'voorliggende_voorziening': voorliggende_voorziening,
            'beslissingen': beslissingen,
        })

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
    resultaatgebieden_nu = (((resultaatgebieden_met_ondersteuningsvraag - via_voorliggende_voorziening) - via_netwerk) - later_opgepakt)
    ondersteunend_nu = (resultaatgebieden_nu - activerend_op)
    activerend_nu = (resultaatgebieden_nu - ondersteunend_nu)
    aantal_activerend = len(activerend_nu)
    aantal_ondersteunend = len(ondersteunend_nu)
    _b = tabel_typebeeld(aantal_activerend, aantal_ondersteunend)
    beslissingen.append(_b)
    typebeeld = _b.uitkomst['typebeeld']
    _b = tabel_type_ondersteuning(typebeeld, zwaartepunt_type)
    beslissingen.append(_b)
    type_ondersteuning = _b.uitkomst['type ondersteuning']
    reden_type = _b.uitkomst['reden type']
    _b = tabel_duur_per_type(type_ondersteuning)
    beslissingen.append(_b)
    gemiddelde_duur = _b.uitkomst['gemiddelde duur']
    maximale_duur = _b.uitkomst['maximale duur']
    gevraagde_duur_boven_maximum = (None if gevraagde_duur is None or maximale_duur is None else (gevraagde_duur > maximale_duur))
    _b = tabel_toegekende_duur(gevraagde_duur_boven_maximum, gevraagde_duur, maximale_duur)
    beslissingen.append(_b)
    toegekende_duur = _b.uitkomst['toegekende duur']
    einddatum = (None if toegekende_duur is None else plus_duur(ingangsdatum, toegekende_duur))
    uiterste_evaluatiedatum = halverwege(ingangsdatum, einddatum)
    aantal_resultaatgebieden = len(resultaatgebieden_nu)
    huishouden_nu = (_Resultaatgebied_HUISHOUDEN in resultaatgebieden_nu)
    enkelvoudig_huishouden = (huishouden_nu and (aantal_resultaatgebieden == 1))
    aantal_huishoudelijke_omstandigheden = (None if omstandigheden_die_de_inzet_verhogen is None else (((((((1 if (_Omstandigheid_COPD in omstandigheden_die_de_inzet_verhogen) else 0) + (1 if (_Omstandigheid_BEDLEGERIGHEID in omstandigheden_die_de_inzet_verhogen) else 0)) + (1 if (_Omstandigheid_INCONTINENTIE in omstandigheden_die_de_inzet_verhogen) else 0)) + (1 if (_Omstandigheid_ROLSTOELGEBONDENHEID in omstandigheden_die_de_inzet_verhogen) else 0)) + (1 if (_Omstandigheid_LICHAMELIJKE_BEPERKINGEN_OF_BELEMMERINGEN in omstandigheden_die_de_inzet_verhogen) else 0)) + (1 if (_Omstandigheid_OVERNAME_VAN_DE_REGIE_OVER_HET_HUISHOUDEN in omstandigheden_die_de_inzet_verhogen) else 0)) + (1 if (_Omstandigheid_BESMET_WASGOED_OF_VAKER_WASSEN in omstandigheden_die_de_inzet_verhogen) else 0)))
    aantal_tellende_omstandigheden = rekensom('-', (None if omstandigheden_die_de_inzet_verhogen is None else len(omstandigheden_die_de_inzet_verhogen)), als(huishouden_nu, 0, aantal_huishoudelijke_omstandigheden))
    omstandigheden_zonder_gevolg = (None if omstandigheden_die_de_inzet_verhogen is None else (verzwarende_omstandigheden - omstandigheden_die_de_inzet_verhogen))
    huishoudelijke_omstandigheden_buiten_huishouden = en((not huishouden_nu), (None if aantal_huishoudelijke_omstandigheden is None else (aantal_huishoudelijke_omstandigheden > 0)))
    _b = tabel_intensiteit(verzwarende_omstandigheden, aantal_tellende_omstandigheden)
    beslissingen.append(_b)
    intensiteit = _b.uitkomst['intensiteit']
    reden_intensiteit = _b.uitkomst['reden intensiteit']
    _b = tabel_zwaarte(aantal_resultaatgebieden)
    beslissingen.append(_b)
    zwaarte = _b.uitkomst['zwaarte']
    reden_zwaarte = _b.uitkomst['reden zwaarte']
    _b = tabel_basisarrangement(intensiteit, zwaarte, type_ondersteuning)
    beslissingen.append(_b)
    basisarrangement = _b.uitkomst['basisarrangement']
    _b = tabel_toegang(heeft_eigen_huisvesting, huurovereenkomst_afhankelijk_van_de_ondersteuning, beperkingen_op_terreinen, leeftijd, nieuwe_toekenning, swt_oordeel_uitzondering_leeftijd)
    beslissingen.append(_b)
    toegang = _b.uitkomst['toegang']
    reden_toegang = _b.uitkomst['reden toegang']
    _b = tabel_arrangement(toegang, aantal_resultaatgebieden, basisarrangement, huishouden_nu, swt_oordeel_over_het_basisarrangement, benodigde_uren_per_week)
    beslissingen.append(_b)
    arrangement = _b.uitkomst['arrangement']
    op_uurbasis = _b.uitkomst['op uurbasis']
    toelichting_arrangement = _b.uitkomst['toelichting arrangement']
    _b = tabel_besluit(toegang, aantal_resultaatgebieden, type_ondersteuning, intensiteit, arrangement, toegekende_duur, huishouden_nu, voorliggende_was_en_strijkservice_bruikbaar, reden_intensiteit, reden_toegang, reden_type, toelichting_arrangement)
    beslissingen.append(_b)
    besluit = _b.uitkomst['besluit']
    reden_besluit = _b.uitkomst['reden besluit']
    _b = tabel_open_punten(toegang, aantal_resultaatgebieden, type_ondersteuning, intensiteit, basisarrangement, arrangement, gevraagde_duur, huishouden_nu, voorliggende_was_en_strijkservice_bruikbaar, reden_intensiteit, reden_toegang, reden_type, toelichting_arrangement)
    beslissingen.append(_b)
    open_punt = _b.uitkomst['open punt']
    _b = tabel_leidraad_duur(verandering_op_korte_termijn_verwacht, type_ondersteuning)
    beslissingen.append(_b)
    leidraad_duur = _b.uitkomst['leidraad duur']
    _b = tabel_meldingen_duur(gevraagde_duur, gevraagde_duur_boven_maximum, verandering_op_korte_termijn_verwacht)
    beslissingen.append(_b)
    melding_duur = _b.uitkomst['melding duur']
    _b = tabel_extra_huishoudelijke_schoonmaak(toegang, leveringsvorm, huishouden_nu, toegekende_duur)
    beslissingen.append(_b)
    ehs = _b.uitkomst['EHS']
    toelichting_ehs = _b.uitkomst['toelichting EHS']
    _b = tabel_uren_huishouden(huishouden_nu, enkelvoudig_huishouden, arrangement)
    beslissingen.append(_b)
    uren_huishouden_per_jaar = _b.uitkomst['uren huishouden per jaar']
    toelichting_uren = _b.uitkomst['toelichting uren']
    _b = tabel_taken_huishouden(toegang, huishouden_nu, voorliggende_was_en_strijkservice_bruikbaar)
    beslissingen.append(_b)
    ruimte = _b.uitkomst['ruimte']
    frequentie = _b.uitkomst['frequentie']
    activiteiten = _b.uitkomst['activiteiten']
    _b = tabel_afspraken_huishouden(toegang, huishouden_nu, enkelvoudig_huishouden, arrangement, voorliggende_was_en_strijkservice_bruikbaar)
    beslissingen.append(_b)
    afspraak_huishouden = _b.uitkomst['afspraak huishouden']
    _b = tabel_intensiteit_toelichting(omstandigheden_zonder_gevolg, huishoudelijke_omstandigheden_buiten_huishouden, omstandigheden_binnen_gemiddeld, verlichtende_omstandigheden)
    beslissingen.append(_b)
    intensiteit_toelichting = _b.uitkomst['intensiteit toelichting']
    _b = tabel_keuze_zorgaanbieder(leveringsvorm, doelgroep)
    beslissingen.append(_b)
    keuze_zorgaanbieder = _b.uitkomst['keuze zorgaanbieder']
    _b = tabel_maandbudget(arrangement, ingangsdatum)
    beslissingen.append(_b)
    maandbudget = _b.uitkomst['maandbudget']
    maandbudget_toelichting = _b.uitkomst['maandbudget toelichting']
    _b = tabel_uitgesloten_onderdelen(gevraagde_ondersteuning_buiten_de_voorziening)
    beslissingen.append(_b)
    reden_uitsluiting = _b.uitkomst['reden uitsluiting']
    voorliggende_voorziening = _b.uitkomst['voorliggende voorziening']
    return Resultaat(
        resultaatgebieden_nu,
        ondersteunend_nu,
        activerend_nu,
        aantal_activerend,
        aantal_ondersteunend,
        typebeeld,
        type_ondersteuning,
        reden_type,
        gemiddelde_duur,
        maximale_duur,
        gevraagde_duur_boven_maximum,
        toegekende_duur,
        einddatum,
        uiterste_evaluatiedatum,
        aantal_resultaatgebieden,
        huishouden_nu,
        enkelvoudig_huishouden,
        aantal_huishoudelijke_omstandigheden,
        aantal_tellende_omstandigheden,
        omstandigheden_zonder_gevolg,
        huishoudelijke_omstandigheden_buiten_huishouden,
        intensiteit,
        reden_intensiteit,
        zwaarte,
        reden_zwaarte,
        basisarrangement,
        toegang,
        reden_toegang,
        arrangement,
        op_uurbasis,
        toelichting_arrangement,
        besluit,
        reden_besluit,
        open_punt,
        leidraad_duur,
        melding_duur,
        ehs,
        toelichting_ehs,
        uren_huishouden_per_jaar,
        toelichting_uren,
        ruimte,
        frequentie,
        activiteiten,
        afspraak_huishouden,
        intensiteit_toelichting,
        keuze_zorgaanbieder,
        maandbudget,
        maandbudget_toelichting,
        reden_uitsluiting,
        voorliggende_voorziening,
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
        invoer.swt_oordeel_over_het_basisarrangement,
        invoer.benodigde_uren_per_week,
        invoer.ingangsdatum,
        invoer.verandering_op_korte_termijn_verwacht,
        invoer.gevraagde_duur,
        invoer.voorliggende_was_en_strijkservice_bruikbaar,
        invoer.verzwarende_omstandigheden,
        invoer.omstandigheden_die_de_inzet_verhogen,
        invoer.omstandigheden_binnen_gemiddeld,
        invoer.verlichtende_omstandigheden,
        invoer.leveringsvorm,
        invoer.doelgroep,
        invoer.leeftijd,
        invoer.nieuwe_toekenning,
        invoer.swt_oordeel_uitzondering_leeftijd,
        invoer.heeft_eigen_huisvesting,
        invoer.huurovereenkomst_afhankelijk_van_de_ondersteuning,
        invoer.beperkingen_op_terreinen,
        invoer.gevraagde_ondersteuning_buiten_de_voorziening,
        invoer.activerend_op,
        invoer.zwaartepunt_type,
        invoer.resultaatgebieden_met_ondersteuningsvraag,
        invoer.via_voorliggende_voorziening,
        invoer.via_netwerk,
        invoer.later_opgepakt,
    )


def uitkomsten_waarden(
    swt_oordeel_over_het_basisarrangement: OordeelBasisarrangement,
    benodigde_uren_per_week: int | None,
    ingangsdatum: datetime.date,
    verandering_op_korte_termijn_verwacht: bool,
    gevraagde_duur: Duur | None,
    voorliggende_was_en_strijkservice_bruikbaar: bool | None,
    verzwarende_omstandigheden: frozenset[Omstandigheid],
    omstandigheden_die_de_inzet_verhogen: frozenset[Omstandigheid] | None,
    omstandigheden_binnen_gemiddeld: frozenset[OmstandigheidBinnenGemiddeld],
    verlichtende_omstandigheden: bool,
    leveringsvorm: Leveringsvorm,
    doelgroep: Doelgroep | None,
    leeftijd: int,
    nieuwe_toekenning: bool,
    swt_oordeel_uitzondering_leeftijd: bool | None,
    heeft_eigen_huisvesting: bool,
    huurovereenkomst_afhankelijk_van_de_ondersteuning: bool,
    beperkingen_op_terreinen: frozenset[Terrein],
    gevraagde_ondersteuning_buiten_de_voorziening: frozenset[UitgeslotenOndersteuning],
    activerend_op: frozenset[Resultaatgebied],
    zwaartepunt_type: TypeOndersteuning | None,
    resultaatgebieden_met_ondersteuningsvraag: frozenset[Resultaatgebied],
    via_voorliggende_voorziening: frozenset[Resultaatgebied],
    via_netwerk: frozenset[Resultaatgebied],
    later_opgepakt: frozenset[Resultaatgebied],
) -> tuple:
    """De uitkomsten zonder spoor uit gecontroleerde waarden (in de volgorde van VELDEN, zie
    controleer), als tuple in de volgorde van UITVOER.

    Het snelle pad voor `regels beslis --batch` en `regels vergelijk`, zonder Invoer: de tabellen
    staan hier uitgeschreven, zonder Beslissing-objecten; wie wil weten waarom, gebruikt beslis().
    """
    resultaatgebieden_nu = (((resultaatgebieden_met_ondersteuningsvraag - via_voorliggende_voorziening) - via_netwerk) - later_opgepakt)
    ondersteunend_nu = (resultaatgebieden_nu - activerend_op)
    activerend_nu = (resultaatgebieden_nu - ondersteunend_nu)
    aantal_activerend = len(activerend_nu)
    aantal_ondersteunend = len(ondersteunend_nu)
    if aantal_activerend <= 0 and aantal_ondersteunend <= 0:  # typebeeld, rij 1
        typebeeld = _Typebeeld_GEEN_RESULTAATGEBIED
    elif aantal_activerend >= 1 and aantal_ondersteunend <= 0:  # typebeeld, rij 2
        typebeeld = _Typebeeld_GEHEEL_ACTIVEREND
    elif aantal_activerend <= 0 and aantal_ondersteunend >= 1:  # typebeeld, rij 3
        typebeeld = _Typebeeld_GEHEEL_ONDERSTEUNEND
    elif aantal_activerend >= 1 and aantal_ondersteunend >= 1:  # typebeeld, rij 4
        typebeeld = _Typebeeld_GEMENGD
    else:
        raise GeenBeslissing('tabel “typebeeld”: geen rij past')
    if typebeeld == _Typebeeld_GEEN_RESULTAATGEBIED:  # type ondersteuning, rij 1
        type_ondersteuning = None
        reden_type = 'Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus ook geen type ondersteuning.'
    elif typebeeld == _Typebeeld_GEHEEL_ACTIVEREND:  # type ondersteuning, rij 2
        type_ondersteuning = _TypeOndersteuning_ACTIVEREND
        reden_type = 'Op alle resultaatgebieden is de ondersteuning activerend.'
    elif typebeeld == _Typebeeld_GEHEEL_ONDERSTEUNEND:  # type ondersteuning, rij 3
        type_ondersteuning = _TypeOndersteuning_ONDERSTEUNEND
        reden_type = 'Op alle resultaatgebieden is de ondersteuning ondersteunend.'
    elif typebeeld == _Typebeeld_GEMENGD and zwaartepunt_type == _TypeOndersteuning_ACTIVEREND:  # type ondersteuning, rij 4
        type_ondersteuning = _TypeOndersteuning_ACTIVEREND
        reden_type = 'Het type verschilt per resultaatgebied; het SWT legt het zwaartepunt bij activerend.'
    elif typebeeld == _Typebeeld_GEMENGD and zwaartepunt_type == _TypeOndersteuning_ONDERSTEUNEND:  # type ondersteuning, rij 5
        type_ondersteuning = _TypeOndersteuning_ONDERSTEUNEND
        reden_type = 'Het type verschilt per resultaatgebied; het SWT legt het zwaartepunt bij ondersteunend.'
    elif typebeeld == _Typebeeld_GEMENGD and zwaartepunt_type is None:  # type ondersteuning, rij 6
        type_ondersteuning = None
        reden_type = 'SWT beoordeelt waar het zwaartepunt ligt (§2.1 b): het type verschilt per resultaatgebied.'
    else:
        raise GeenBeslissing('tabel “type ondersteuning”: geen rij past')
    if type_ondersteuning == _TypeOndersteuning_ACTIVEREND:  # duur per type, rij 1
        gemiddelde_duur = _DUUR_12
        maximale_duur = _DUUR_24
    elif type_ondersteuning == _TypeOndersteuning_ONDERSTEUNEND:  # duur per type, rij 2
        gemiddelde_duur = _DUUR_24
        maximale_duur = _DUUR_60
    elif type_ondersteuning is None:  # duur per type, rij 3
        gemiddelde_duur = None
        maximale_duur = None
    else:
        raise GeenBeslissing('tabel “duur per type”: geen rij past')
    gevraagde_duur_boven_maximum = (None if gevraagde_duur is None or maximale_duur is None else (gevraagde_duur > maximale_duur))
    if gevraagde_duur_boven_maximum is True:  # toegekende duur, rij 1
        toegekende_duur = maximale_duur
    elif gevraagde_duur_boven_maximum is False:  # toegekende duur, rij 2
        toegekende_duur = gevraagde_duur
    elif gevraagde_duur_boven_maximum is None:  # toegekende duur, rij 3
        toegekende_duur = None
    else:
        raise GeenBeslissing('tabel “toegekende duur”: geen rij past')
    einddatum = (None if toegekende_duur is None else plus_duur(ingangsdatum, toegekende_duur))
    uiterste_evaluatiedatum = halverwege(ingangsdatum, einddatum)
    aantal_resultaatgebieden = len(resultaatgebieden_nu)
    huishouden_nu = (_Resultaatgebied_HUISHOUDEN in resultaatgebieden_nu)
    enkelvoudig_huishouden = (huishouden_nu and (aantal_resultaatgebieden == 1))
    aantal_huishoudelijke_omstandigheden = (None if omstandigheden_die_de_inzet_verhogen is None else (((((((1 if (_Omstandigheid_COPD in omstandigheden_die_de_inzet_verhogen) else 0) + (1 if (_Omstandigheid_BEDLEGERIGHEID in omstandigheden_die_de_inzet_verhogen) else 0)) + (1 if (_Omstandigheid_INCONTINENTIE in omstandigheden_die_de_inzet_verhogen) else 0)) + (1 if (_Omstandigheid_ROLSTOELGEBONDENHEID in omstandigheden_die_de_inzet_verhogen) else 0)) + (1 if (_Omstandigheid_LICHAMELIJKE_BEPERKINGEN_OF_BELEMMERINGEN in omstandigheden_die_de_inzet_verhogen) else 0)) + (1 if (_Omstandigheid_OVERNAME_VAN_DE_REGIE_OVER_HET_HUISHOUDEN in omstandigheden_die_de_inzet_verhogen) else 0)) + (1 if (_Omstandigheid_BESMET_WASGOED_OF_VAKER_WASSEN in omstandigheden_die_de_inzet_verhogen) else 0)))
    aantal_tellende_omstandigheden = rekensom('-', (None if omstandigheden_die_de_inzet_verhogen is None else len(omstandigheden_die_de_inzet_verhogen)), als(huishouden_nu, 0, aantal_huishoudelijke_omstandigheden))
    omstandigheden_zonder_gevolg = (None if omstandigheden_die_de_inzet_verhogen is None else (verzwarende_omstandigheden - omstandigheden_die_de_inzet_verhogen))
    huishoudelijke_omstandigheden_buiten_huishouden = en((not huishouden_nu), (None if aantal_huishoudelijke_omstandigheden is None else (aantal_huishoudelijke_omstandigheden > 0)))
    if len(verzwarende_omstandigheden) == 0:  # intensiteit, rij 1
        intensiteit = _Intensiteit_GEMIDDELD
        reden_intensiteit = 'Er zijn geen verzwarende omstandigheden: gemiddelde intensiteit, het vertrekpunt.'
    elif aantal_tellende_omstandigheden is None:  # intensiteit, rij 2
        intensiteit = None
        reden_intensiteit = 'SWT beoordeelt welke verzwarende omstandigheden de benodigde inzet echt verhogen (§2.1 c).'
    elif (aantal_tellende_omstandigheden is not None and aantal_tellende_omstandigheden <= 0):  # intensiteit, rij 3
        intensiteit = _Intensiteit_GEMIDDELD
        reden_intensiteit = 'Er zijn verzwarende omstandigheden, maar die verhogen de benodigde inzet niet: gemiddelde intensiteit.'
    elif aantal_tellende_omstandigheden == 1:  # intensiteit, rij 4
        intensiteit = _Intensiteit_PLUS
        reden_intensiteit = 'Eén verzwarende omstandigheid verhoogt de benodigde inzet: intensiteit plus.'
    elif (aantal_tellende_omstandigheden is not None and aantal_tellende_omstandigheden >= 2):  # intensiteit, rij 5
        intensiteit = _Intensiteit_PLUSPLUS
        reden_intensiteit = 'Een combinatie van verzwarende omstandigheden verhoogt de benodigde inzet: intensiteit plusplus.'
    else:
        raise GeenBeslissing('tabel “intensiteit”: geen rij past')
    if aantal_resultaatgebieden <= 0:  # zwaarte, rij 1
        zwaarte = None
        reden_zwaarte = 'Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus ook geen zwaarte.'
    elif 1 <= aantal_resultaatgebieden <= 2:  # zwaarte, rij 2
        zwaarte = _Zwaarte_A
        reden_zwaarte = 'Bij 1 of 2 resultaatgebieden hoort zwaarte A.'
    elif 3 <= aantal_resultaatgebieden <= 4:  # zwaarte, rij 3
        zwaarte = _Zwaarte_B
        reden_zwaarte = 'Bij 3 of 4 resultaatgebieden hoort zwaarte B.'
    elif aantal_resultaatgebieden >= 5:  # zwaarte, rij 4
        zwaarte = _Zwaarte_C
        reden_zwaarte = 'Bij 5 of 6 resultaatgebieden hoort zwaarte C.'
    else:
        raise GeenBeslissing('tabel “zwaarte”: geen rij past')
    if intensiteit is None or zwaarte is None or type_ondersteuning is None:
        basisarrangement = None
    else:
        basisarrangement = TABEL_BASISARRANGEMENT_CELLEN[(intensiteit, zwaarte, type_ondersteuning)][1]
    if heeft_eigen_huisvesting is False:  # toegang, rij 1
        toegang = _Toegang_GEWEIGERD
        reden_toegang = 'U heeft geen eigen woning. Ondersteuning wordt alleen ingezet als u een woning heeft waar u kunt blijven wonen.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is True:  # toegang, rij 2
        toegang = _Toegang_GEWEIGERD
        reden_toegang = 'Uw huurcontract hangt af van het afnemen van ondersteuning. Een koppeling tussen wonen en zorg is uitgesloten.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and len(beperkingen_op_terreinen) == 0:  # toegang, rij 3
        toegang = _Toegang_GEWEIGERD
        reden_toegang = 'U heeft geen beperkingen op de terreinen van §1.2 (cognitief, psychisch, oriëntatie en geheugen, lichamelijk).'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd >= 18:  # toegang, rij 4
        toegang = _Toegang_VERLEEND
        reden_toegang = 'U bent 18 jaar of ouder, u heeft beperkingen op een terrein uit §1.2 en u heeft een eigen woning.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is False:  # toegang, rij 5
        toegang = _Toegang_GEWEIGERD
        reden_toegang = 'U bent jonger dan 18. Een uitzondering kan alleen bij een nieuwe toekenning.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is True and swt_oordeel_uitzondering_leeftijd is True:  # toegang, rij 6
        toegang = _Toegang_VERLEEND
        reden_toegang = 'U bent jonger dan 18, maar het SWT vindt dit een uitzonderlijk geval bij een nieuwe toekenning.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is True and swt_oordeel_uitzondering_leeftijd is False:  # toegang, rij 7
        toegang = _Toegang_GEWEIGERD
        reden_toegang = 'U bent jonger dan 18 en het SWT vindt dit geen uitzonderlijk geval.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is True and swt_oordeel_uitzondering_leeftijd is None:  # toegang, rij 8
        toegang = _Toegang_SWT_BEOORDEELT
        reden_toegang = 'SWT beoordeelt of dit een uitzonderlijk geval is waarin iemand net voor het 18e jaar toegang krijgt (§1.2).'
    else:
        raise GeenBeslissing('tabel “toegang”: geen rij past')
    if (toegang == _Toegang_GEWEIGERD or toegang == _Toegang_SWT_BEOORDEELT):  # arrangement, rij 1
        arrangement = None
        op_uurbasis = None
        toelichting_arrangement = 'Zonder toegang is er geen arrangement.'
    elif toegang == _Toegang_VERLEEND and aantal_resultaatgebieden <= 0:  # arrangement, rij 2
        arrangement = None
        op_uurbasis = None
        toelichting_arrangement = 'Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus geen arrangement.'
    elif toegang == _Toegang_VERLEEND and basisarrangement is None:  # arrangement, rij 3
        arrangement = None
        op_uurbasis = None
        toelichting_arrangement = 'Het arrangement is nog niet bekend: het type of de intensiteit wacht op een oordeel van het SWT.'
    elif toegang == _Toegang_VERLEEND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_BASISARRANGEMENT_PAST:  # arrangement, rij 4
        arrangement = basisarrangement
        op_uurbasis = False
        toelichting_arrangement = 'Het arrangement volgt uit het schema van §2.'
    elif toegang == _Toegang_VERLEEND and basisarrangement == _Arrangement_A1_ONDERSTEUNEND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_LEUN_EN_STEUN_OM_AF_TE_BOUWEN:  # arrangement, rij 5
        arrangement = _Arrangement_AANGEPAST_ARRANGEMENT_1
        op_uurbasis = True
        toelichting_arrangement = 'A1-ondersteunend is meer dan nodig. Om af te bouwen is tijdelijk leun en steun nodig; daarvoor worden op uurbasis afspraken gemaakt met de zorgaanbieder.'
    elif toegang == _Toegang_VERLEEND and basisarrangement == _Arrangement_C3_ACTIVEREND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HOOGSTE_ARRANGEMENT_ONTOEREIKEND:  # arrangement, rij 6
        arrangement = _Arrangement_AANGEPAST_ARRANGEMENT_1
        op_uurbasis = True
        toelichting_arrangement = 'C3-activerend is in deze uitzonderlijke situatie niet toereikend. Tijdelijk worden op uurbasis afspraken gemaakt met de zorgaanbieder.'
    elif toegang == _Toegang_VERLEEND and basisarrangement == _Arrangement_A3_ONDERSTEUNEND and huishouden_nu is True and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN and (benodigde_uren_per_week is not None and benodigde_uren_per_week >= 5):  # arrangement, rij 7
        arrangement = _Arrangement_AANGEPAST_ARRANGEMENT_2
        op_uurbasis = True
        toelichting_arrangement = 'A3-ondersteunend is niet toereikend om het hele huishouden tijdelijk over te nemen. Er komt een beschikking op uurbasis, in overleg met de zorgaanbieder.'
    elif toegang == _Toegang_VERLEEND and basisarrangement == _Arrangement_A3_ONDERSTEUNEND and huishouden_nu is True and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN and benodigde_uren_per_week is None:  # arrangement, rij 8
        arrangement = None
        op_uurbasis = None
        toelichting_arrangement = 'SWT beoordeelt hoeveel uur per week nodig is: aangepast arrangement 2 vraagt minimaal vijf uur per week (§3.3).'
    elif toegang == _Toegang_VERLEEND and basisarrangement == _Arrangement_A3_ONDERSTEUNEND and huishouden_nu is True and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN and (benodigde_uren_per_week is not None and benodigde_uren_per_week < 5):  # arrangement, rij 9
        arrangement = basisarrangement
        op_uurbasis = False
        toelichting_arrangement = 'Minder dan vijf uur per week: aangepast arrangement 2 is voor minimaal vijf uur per week. Het blijft A3-ondersteunend.'
    elif toegang == _Toegang_VERLEEND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_LEUN_EN_STEUN_OM_AF_TE_BOUWEN:  # arrangement, rij 10
        arrangement = basisarrangement
        op_uurbasis = False
        toelichting_arrangement = 'Aangepast arrangement 1 om af te bouwen kan alleen als het laagste arrangement, A1-ondersteunend, meer is dan nodig. Het basisarrangement blijft.'
    elif toegang == _Toegang_VERLEEND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HOOGSTE_ARRANGEMENT_ONTOEREIKEND:  # arrangement, rij 11
        arrangement = basisarrangement
        op_uurbasis = False
        toelichting_arrangement = 'Aangepast arrangement 1 omdat het arrangement niet toereikend is, kan alleen bij het hoogste arrangement, C3-activerend. Het basisarrangement blijft.'
    elif toegang == _Toegang_VERLEEND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN:  # arrangement, rij 12
        arrangement = basisarrangement
        op_uurbasis = False
        toelichting_arrangement = 'Aangepast arrangement 2 kan alleen als A3-ondersteunend niet toereikend is om het hele huishouden over te nemen, dus alleen als huishouden een resultaatgebied is. Het basisarrangement blijft.'
    else:
        raise GeenBeslissing('tabel “arrangement”: geen rij past')
    if toegang == _Toegang_GEWEIGERD:  # besluit, rij 1
        besluit = _Besluit_AFWIJZING
        reden_besluit = reden_toegang
    elif toegang == _Toegang_SWT_BEOORDEELT:  # besluit, rij 2
        besluit = _Besluit_SWT_BEOORDEELT
        reden_besluit = reden_toegang
    elif toegang == _Toegang_VERLEEND and aantal_resultaatgebieden <= 0:  # besluit, rij 3
        besluit = _Besluit_GEEN_MAATWERKVOORZIENING
        reden_besluit = 'Er is nu op geen enkel resultaatgebied ondersteuning via de maatwerkvoorziening nodig: voorliggende voorzieningen of het netwerk pakken de vragen op, of ze komen later aan de beurt.'
    elif toegang == _Toegang_VERLEEND and type_ondersteuning is None:  # besluit, rij 4
        besluit = _Besluit_SWT_BEOORDEELT
        reden_besluit = reden_type
    elif toegang == _Toegang_VERLEEND and intensiteit is None:  # besluit, rij 5
        besluit = _Besluit_SWT_BEOORDEELT
        reden_besluit = reden_intensiteit
    elif toegang == _Toegang_VERLEEND and arrangement is None:  # besluit, rij 6
        besluit = _Besluit_SWT_BEOORDEELT
        reden_besluit = toelichting_arrangement
    elif toegang == _Toegang_VERLEEND and toegekende_duur is None:  # besluit, rij 7
        besluit = _Besluit_SWT_BEOORDEELT
        reden_besluit = 'SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d).'
    elif toegang == _Toegang_VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is None:  # besluit, rij 8
        besluit = _Besluit_SWT_BEOORDEELT
        reden_besluit = 'SWT beoordeelt of een voorliggende was- en strijkservice bruikbaar is (§3.4 c).'
    elif toegang == _Toegang_VERLEEND:  # besluit, rij 9
        besluit = _Besluit_TOEKENNING
        reden_besluit = 'U krijgt Integrale Thuisondersteuning met het arrangement, de duur en de afspraken in dit besluit.'
    else:
        raise GeenBeslissing('tabel “besluit”: geen rij past')
    open_punt = []
    if toegang == _Toegang_SWT_BEOORDEELT:  # open punten, rij 1
        _v = reden_toegang
        if _v is not None:
            open_punt.append(_v)
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden >= 1 and type_ondersteuning is None:  # open punten, rij 2
        _v = reden_type
        if _v is not None:
            open_punt.append(_v)
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden >= 1 and intensiteit is None:  # open punten, rij 3
        _v = reden_intensiteit
        if _v is not None:
            open_punt.append(_v)
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden >= 1 and (basisarrangement is not None and not basisarrangement is None) and arrangement is None:  # open punten, rij 4
        _v = toelichting_arrangement
        if _v is not None:
            open_punt.append(_v)
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden >= 1 and gevraagde_duur is None:  # open punten, rij 5
        open_punt.append('SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d).')
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden >= 1 and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is None:  # open punten, rij 6
        open_punt.append('SWT beoordeelt of een voorliggende was- en strijkservice bruikbaar is (§3.4 c).')
    open_punt = tuple(open_punt)
    if verandering_op_korte_termijn_verwacht is True:  # leidraad duur, rij 1
        leidraad_duur = 'Korter dan 1 jaar, omdat de situatie op korte termijn waarschijnlijk verandert.'
    elif verandering_op_korte_termijn_verwacht is False and type_ondersteuning == _TypeOndersteuning_ACTIVEREND:  # leidraad duur, rij 2
        leidraad_duur = 'Activerend: gemiddeld 1 jaar, hooguit 2 jaar. Daarna kan verlenging na een evaluatie; vaak wordt het arrangement dan ondersteunend.'
    elif verandering_op_korte_termijn_verwacht is False and type_ondersteuning == _TypeOndersteuning_ONDERSTEUNEND:  # leidraad duur, rij 3
        leidraad_duur = 'Ondersteunend: gemiddeld 2 jaar, hooguit 5 jaar. Daarna kan verlenging na een evaluatie.'
    elif verandering_op_korte_termijn_verwacht is False and type_ondersteuning is None:  # leidraad duur, rij 4
        leidraad_duur = 'Hangt af van het type ondersteuning; dat is nog niet bekend.'
    else:
        raise GeenBeslissing('tabel “leidraad duur”: geen rij past')
    melding_duur = []
    if gevraagde_duur_boven_maximum is True:  # meldingen duur, rij 1
        melding_duur.append('De gevraagde duur is langer dan de maximale duur voor dit type; toegekend is de maximale duur. Verlenging is mogelijk na een inhoudelijke evaluatie.')
    if (gevraagde_duur is not None and gevraagde_duur >= _DUUR_12) and verandering_op_korte_termijn_verwacht is True:  # meldingen duur, rij 2
        melding_duur.append('Er wordt op korte termijn verandering verwacht; de leidraad is dan een duur korter dan 1 jaar.')
    if gevraagde_duur is None:  # meldingen duur, rij 3
        melding_duur.append('SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d).')
    melding_duur = tuple(melding_duur)
    if toegang == _Toegang_GEWEIGERD:  # extra huishoudelijke schoonmaak, rij 1
        ehs = False
        toelichting_ehs = 'Er is geen toegang tot Integrale Thuisondersteuning, dus ook geen extra schoonmaak.'
    elif toegang == _Toegang_SWT_BEOORDEELT:  # extra huishoudelijke schoonmaak, rij 2
        ehs = None
        toelichting_ehs = 'Eerst beoordeelt het SWT de toegang.'
    elif toegang == _Toegang_VERLEEND and leveringsvorm == _Leveringsvorm_PGB:  # extra huishoudelijke schoonmaak, rij 3
        ehs = False
        toelichting_ehs = 'De extra schoonmaak geldt alleen bij zorg in natura (ZIN), niet bij een pgb.'
    elif toegang == _Toegang_VERLEEND and leveringsvorm == _Leveringsvorm_ZIN and huishouden_nu is False:  # extra huishoudelijke schoonmaak, rij 4
        ehs = False
        toelichting_ehs = 'Huishouden is geen resultaatgebied in het ondersteuningsplan, dus geen extra schoonmaak.'
    elif toegang == _Toegang_VERLEEND and leveringsvorm == _Leveringsvorm_ZIN and huishouden_nu is True and toegekende_duur is None:  # extra huishoudelijke schoonmaak, rij 5
        ehs = None
        toelichting_ehs = 'De duur van de beschikking is nog niet bekend; de extra schoonmaak vraagt minimaal zes maanden.'
    elif toegang == _Toegang_VERLEEND and leveringsvorm == _Leveringsvorm_ZIN and huishouden_nu is True and (toegekende_duur is not None and toegekende_duur < _DUUR_6):  # extra huishoudelijke schoonmaak, rij 6
        ehs = False
        toelichting_ehs = 'De beschikking duurt korter dan zes maanden, dus geen extra schoonmaak.'
    elif toegang == _Toegang_VERLEEND and leveringsvorm == _Leveringsvorm_ZIN and huishouden_nu is True and (toegekende_duur is not None and toegekende_duur >= _DUUR_6):  # extra huishoudelijke schoonmaak, rij 7
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
    elif huishouden_nu is True and enkelvoudig_huishouden is True and arrangement == _Arrangement_A1_ONDERSTEUNEND:  # uren huishouden, rij 3
        uren_huishouden_per_jaar = 105
        toelichting_uren = 'Gemiddeld 105 uur per jaar inzet door een professional: daarmee is een schoon en leefbaar huis haalbaar.'
    elif huishouden_nu is True and enkelvoudig_huishouden is True and arrangement == _Arrangement_A2_ONDERSTEUNEND:  # uren huishouden, rij 4
        uren_huishouden_per_jaar = 156
        toelichting_uren = '156 uur per jaar inzet door een professional (intensiteit plus).'
    elif huishouden_nu is True and enkelvoudig_huishouden is True and arrangement == _Arrangement_A3_ONDERSTEUNEND:  # uren huishouden, rij 5
        uren_huishouden_per_jaar = 208
        toelichting_uren = '208 uur per jaar inzet door een professional (intensiteit plusplus).'
    elif huishouden_nu is True and enkelvoudig_huishouden is True and (arrangement == _Arrangement_AANGEPAST_ARRANGEMENT_1 or arrangement == _Arrangement_AANGEPAST_ARRANGEMENT_2):  # uren huishouden, rij 6
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
    if toegang == _Toegang_VERLEEND and huishouden_nu is True:  # taken huishouden, rijen 1–19
        ruimte += (
            'Woonkamer',
            'Slaapkamer',
            'Keuken',
            'Sanitair',
            'Hal/ overloop',
            'Woonkamer',
            'Slaapkamer',
            'Hal/ overloop',
            'Slaapkamer',
            'Hal/ overloop',
            'Woonkamer',
            'Slaapkamer',
            'Keuken',
            'Sanitair',
            'Woonkamer',
            'Slaapkamer',
            'Keuken',
            'Sanitair',
            'Hal/ overloop',
        )
        frequentie += (
            '1x per week',
            '1x per week',
            '1x per week',
            '1x per week',
            '1x per week',
            '1x per 2 weken',
            '1x per 2 weken',
            '1x per 2 weken',
            '1x per 4 weken',
            '1x per 4 weken',
            '1x per 6 weken tot 1x per 8 weken',
            '1x per 6 weken tot 1x per 8 weken',
            '1x per 6 weken tot 1x per 8 weken',
            '1x per 6 weken tot 1x per 8 weken',
            'Incidenteel (1x tot 4x per jaar)',
            'Incidenteel (1x tot 4x per jaar)',
            'Incidenteel (1x tot 4x per jaar)',
            'Incidenteel (1x tot 4x per jaar)',
            'Incidenteel (1x tot 4x per jaar)',
        )
        activiteiten += (
            'Stof afnemen midden & laag, opruimen, stofzuigen',
            'Stof afnemen midden & laag, opruimen en stofzuigen',
            'Stofzuigen, dweilen, keukenblok keukenapparatuur schoonmaken, afval opruimen, afwassen',
            'Badkamer en toilet schoon-maken incl. stofzuigen en dweilen',
            'Stof afnemen midden, laag en hoog, stofzuigen',
            'Stof afnemen, hoog, dweilen',
            'Bed verschonen of opmaken',
            'Dweilen',
            'Dweilen',
            'Trap stofzuigen binnenshuis',
            'Deur (post)en nat afdoen, zitmeubels',
            'Stof afnemen hoog',
            'Bovenkast keukenkastjes, deur (post) en nat afdoen',
            'Deur (post)en nat afdoen',
            'Ramen binnenzijde wassen, radiatoren, raambekleding',
            'Ramen binnenzijde wassen, radiatoren, raambekleding, deur(post)en nat afdoen, matras draaien',
            'Ramen binnenzijde wassen, radiatoren, raambekleding, oven/magnetron, koelkast & keuken-kastjes binnenzijde, afzuigkap, losse tegelwand en vrie-zer schoonmaken',
            'Ramen binnenzijde wassen, radiatoren, raambekleding, tegelwand badkamer schoonmaken',
            'Deur(post)en nat afdoen, radiatoren',
        )
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is False:  # taken huishouden, rijen 20–21
        ruimte += (
            'Wasverzorging',
            'Wasverzorging',
        )
        frequentie += (
            '1x per week',
            '1x per twee weken',
        )
        activiteiten += (
            'Wassen, drogen, opbergen',
            'Strijken bovenkleding',
        )
    ruimte = tuple(ruimte)
    frequentie = tuple(frequentie)
    activiteiten = tuple(activiteiten)
    afspraak_huishouden = []
    if toegang == _Toegang_VERLEEND and huishouden_nu is True:  # afspraken huishouden, rijen 1–3
        afspraak_huishouden += (
            'Niet onder de ondersteuningsplicht van de gemeente: een zolder, kelder of garage schoonmaken, dieren verzorgen en werk buiten de woning. Daarvoor zorgt u zelf.',
            'Boodschappen en maaltijden: in bijna alle gevallen via gebruikelijke zorg, een mantelzorger, vrijwilligers of voorliggende voorzieningen, zoals een maaltijdservice of de boodschappendienst van een supermarkt. De zorgaanbieder doet dit niet binnen de maatwerkvoorziening.',
            'Het klaarzetten van, toezien op en toedienen van de maaltijd hoort niet bij huishouden, maar bij het resultaatgebied zelfzorg en gezondheid.',
        )
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is True:  # afspraken huishouden, rij 4
        afspraak_huishouden.append('Wassen en strijken gaan via een voorliggende was- en strijkservice; ze horen niet bij de maatwerkvoorziening.')
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is False:  # afspraken huishouden, rij 5
        afspraak_huishouden.append('Er is geen bruikbare voorliggende was- en strijkservice: wassen en strijken horen bij de maatwerkvoorziening (zie de taken).')
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is None:  # afspraken huishouden, rij 6
        afspraak_huishouden.append('SWT beoordeelt of een voorliggende was- en strijkservice bruikbaar is (§3.4 c).')
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and enkelvoudig_huishouden is True and arrangement == _Arrangement_A3_ONDERSTEUNEND:  # afspraken huishouden, rij 7
        afspraak_huishouden.append('Is 208 uur per jaar niet genoeg, bijvoorbeeld omdat in een eenoudergezin tijdelijk het hele huishouden overgenomen moet worden, dan kan tijdelijk aangepast arrangement 2: minimaal vijf uur per week, op uurbasis.')
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and enkelvoudig_huishouden is False:  # afspraken huishouden, rij 8
        afspraak_huishouden.append('Huishouden in combinatie met andere resultaatgebieden: er zijn geen voorgeschreven uren. Knelt de inzet, dan zoekt het SWT met u een passende oplossing.')
    afspraak_huishouden = tuple(afspraak_huishouden)
    intensiteit_toelichting = []
    if (omstandigheden_zonder_gevolg is not None and not len(omstandigheden_zonder_gevolg) == 0):  # intensiteit toelichting, rij 1
        intensiteit_toelichting.append('Niet elke verzwarende omstandigheid telt: alleen als die ook echt gevolgen heeft voor de benodigde inzet.')
    if huishoudelijke_omstandigheden_buiten_huishouden is True:  # intensiteit toelichting, rij 2
        intensiteit_toelichting.append('Omstandigheden die specifiek voor huishouden zijn (zoals COPD) tellen niet mee, omdat huishouden nu geen resultaatgebied is.')
    if (omstandigheden_binnen_gemiddeld is not None and not len(omstandigheden_binnen_gemiddeld) == 0):  # intensiteit toelichting, rij 3
        intensiteit_toelichting.append('Omstandigheden zoals de grootte of de inrichting van de woning, de gezinssamenstelling of de was vragen soms iets meer tijd, maar blijven binnen het gemiddelde arrangement.')
    if verlichtende_omstandigheden is True:  # intensiteit toelichting, rij 4
        intensiteit_toelichting.append('Verlichtende omstandigheden verlagen de intensiteit niet: de toekenning blijft hetzelfde. Het SWT legt vast welke taken u of uw netwerk zelf doet; de aanbieder zet daarvoor minder in.')
    intensiteit_toelichting = tuple(intensiteit_toelichting)
    if leveringsvorm == _Leveringsvorm_PGB:  # keuze zorgaanbieder, rij 1
        keuze_zorgaanbieder = 'U krijgt een pgb: de keuze uit de door de gemeente gecontracteerde zorgaanbieders geldt dan niet.'
    elif leveringsvorm == _Leveringsvorm_ZIN and doelgroep is None:  # keuze zorgaanbieder, rij 2
        keuze_zorgaanbieder = 'U kiest een van de door de gemeente Zwolle gecontracteerde zorgaanbieders.'
    elif leveringsvorm == _Leveringsvorm_ZIN:  # keuze zorgaanbieder, rij 3
        keuze_zorgaanbieder = 'U kiest een van de door de gemeente Zwolle gecontracteerde zorgaanbieders die voor uw doelgroep zijn ingeschreven. Die aanbieder moet u accepteren.'
    else:
        raise GeenBeslissing('tabel “keuze zorgaanbieder”: geen rij past')
    if arrangement is None:  # maandbudget, rij 1
        maandbudget = None
        maandbudget_toelichting = 'Er is (nog) geen arrangement, dus ook geen maandbudget.'
    elif arrangement == _Arrangement_A1_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 2
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor A1-ondersteunend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_A1_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 3
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor A1-activerend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_A2_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 4
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor A2-ondersteunend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_A2_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 5
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor A2-activerend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_A3_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 6
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor A3-ondersteunend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_A3_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 7
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor A3-activerend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_B1_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 8
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor B1-ondersteunend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_B1_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 9
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor B1-activerend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_B2_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 10
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor B2-ondersteunend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_B2_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 11
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor B2-activerend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_B3_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 12
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor B3-ondersteunend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_B3_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 13
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor B3-activerend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_C1_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 14
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor C1-ondersteunend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_C1_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 15
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor C1-activerend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_C2_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 16
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor C2-ondersteunend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_C2_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 17
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor C2-activerend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_C3_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 18
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor C3-ondersteunend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_C3_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 19
        maandbudget = None
        maandbudget_toelichting = 'Het maandbudget voor C3-activerend staat in het Tarievenblad.'
    elif arrangement == _Arrangement_AANGEPAST_ARRANGEMENT_1 and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 20
        maandbudget = None
        maandbudget_toelichting = 'Op uurbasis: er is geen vast maandbudget; de uren worden afgesproken met de zorgaanbieder.'
    elif arrangement == _Arrangement_AANGEPAST_ARRANGEMENT_2 and ingangsdatum >= _DATUM_2022_01_01:  # maandbudget, rij 21
        maandbudget = None
        maandbudget_toelichting = 'Op uurbasis: er is geen vast maandbudget; de uren worden afgesproken met de zorgaanbieder.'
    else:
        raise GeenBeslissing('tabel “maandbudget”: geen rij past')
    reden_uitsluiting = []
    voorliggende_voorziening = []
    if _UitgeslotenOndersteuning_RECREATIEVE_EN_SOCIAAL_CULTURELE_ACTIVITEITEN in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 1
        reden_uitsluiting.append('Recreatieve en sociaal-culturele activiteiten, zoals structurele ondersteuning bij uitstapjes, vallen niet onder Integrale Thuisondersteuning.')
        voorliggende_voorziening.append('maatjesprojecten, vrijwilligers of mantelzorgers')
    if _UitgeslotenOndersteuning_BOODSCHAPPEN_DOEN in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 2
        reden_uitsluiting.append('Boodschappen doen valt niet onder Integrale Thuisondersteuning; boodschappen laten doen via een boodschappenservice is algemeen gebruikelijk.')
        voorliggende_voorziening.append('boodschappenservice')
    if _UitgeslotenOndersteuning_DAGBESTEDING in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 3
        reden_uitsluiting.append('Integrale Thuisondersteuning is geen invulling van de dag (dagbesteding).')
        voorliggende_voorziening.append('voorliggende dagbesteding')
    if _UitgeslotenOndersteuning_VERVOER_NAAR_BEHANDELING in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 4
        reden_uitsluiting.append('Ondersteunen bij vervoer naar een behandeling valt niet onder Integrale Thuisondersteuning.')
    if _UitgeslotenOndersteuning_ONDERWIJSBEGELEIDING in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 5
        reden_uitsluiting.append('Begeleiding specifiek gericht op onderwijs of studie valt niet onder Integrale Thuisondersteuning.')
    if _UitgeslotenOndersteuning_BEHANDELING_OF_THERAPIE in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 6
        reden_uitsluiting.append('Behandeling of therapie, of een verlengde daarvan, valt niet onder Integrale Thuisondersteuning.')
    if _UitgeslotenOndersteuning_MEDICATIE in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 7
        reden_uitsluiting.append('Toezien op, attenderen op, aanreiken en toedienen van medicatie valt niet onder Integrale Thuisondersteuning.')
    if _UitgeslotenOndersteuning_BEKOSTIGEN_VAN_VERBLIJF in gevraagde_ondersteuning_buiten_de_voorziening:  # uitgesloten onderdelen, rij 8
        reden_uitsluiting.append('Integrale Thuisondersteuning betaalt geen verblijf; een koppeling tussen wonen en zorg is uitgesloten.')
    reden_uitsluiting = tuple(reden_uitsluiting)
    voorliggende_voorziening = tuple(voorliggende_voorziening)
    return (
        resultaatgebieden_nu,
        ondersteunend_nu,
        activerend_nu,
        aantal_activerend,
        aantal_ondersteunend,
        typebeeld,
        type_ondersteuning,
        reden_type,
        gemiddelde_duur,
        maximale_duur,
        gevraagde_duur_boven_maximum,
        toegekende_duur,
        einddatum,
        uiterste_evaluatiedatum,
        aantal_resultaatgebieden,
        huishouden_nu,
        enkelvoudig_huishouden,
        aantal_huishoudelijke_omstandigheden,
        aantal_tellende_omstandigheden,
        omstandigheden_zonder_gevolg,
        huishoudelijke_omstandigheden_buiten_huishouden,
        intensiteit,
        reden_intensiteit,
        zwaarte,
        reden_zwaarte,
        basisarrangement,
        toegang,
        reden_toegang,
        arrangement,
        op_uurbasis,
        toelichting_arrangement,
        besluit,
        reden_besluit,
        open_punt,
        leidraad_duur,
        melding_duur,
        ehs,
        toelichting_ehs,
        uren_huishouden_per_jaar,
        toelichting_uren,
        ruimte,
        frequentie,
        activiteiten,
        afspraak_huishouden,
        intensiteit_toelichting,
        keuze_zorgaanbieder,
        maandbudget,
        maandbudget_toelichting,
        reden_uitsluiting,
        voorliggende_voorziening,
    )


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
