# Gegenereerd door `regels bouw` uit regels/thuisondersteuning/arrangement.regels, regels/thuisondersteuning/besluit.regels, regels/thuisondersteuning/dekking.regels, regels/thuisondersteuning/duur.regels, regels/thuisondersteuning/ehs.regels, regels/thuisondersteuning/huishouden.regels, regels/thuisondersteuning/intensiteit.regels, regels/thuisondersteuning/leveringsvorm.regels, regels/thuisondersteuning/regelset.regels, regels/thuisondersteuning/tarieven.regels, regels/thuisondersteuning/toegang.regels, regels/thuisondersteuning/type.regels, regels/thuisondersteuning/zwaarte.regels.
# Niet met de hand bewerken: wijzig de .regels-bestanden en draai `regels bouw`.
"""Regelset 'Integrale Thuisondersteuning': de beslissing, gegenereerd uit de regels.

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
    ANDERE_OMSTANDIGHEID = 'andere omstandigheid'


class OmstandigheidBinnenGemiddeld(str, Enum):
    """Keuzelijst 'omstandigheid binnen gemiddeld'."""

    GROOTTE_OF_TYPE_VAN_DE_WONING = 'grootte of type van de woning'
    GEZINSSAMENSTELLING = 'gezinssamenstelling'
    INRICHTING_VAN_DE_WONING = 'inrichting van de woning'
    HET_DOEN_VAN_DE_WAS = 'het doen van de was'
    ANDERE_OMSTANDIGHEID_BINNEN_GEMIDDELD = 'andere omstandigheid binnen gemiddeld'


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
    ANDER_TERREIN = 'ander terrein'


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
_Omstandigheid_ACUTE_SITUATIE = Omstandigheid.ACUTE_SITUATIE
_Omstandigheid_ANDERE_OMSTANDIGHEID = Omstandigheid.ANDERE_OMSTANDIGHEID
_Omstandigheid_BEDLEGERIGHEID = Omstandigheid.BEDLEGERIGHEID
_Omstandigheid_BESMET_WASGOED_OF_VAKER_WASSEN = Omstandigheid.BESMET_WASGOED_OF_VAKER_WASSEN
_Omstandigheid_COPD = Omstandigheid.COPD
_Omstandigheid_GEDRAGSMATIGE_KANT_VAN_DE_CLIENT = Omstandigheid.GEDRAGSMATIGE_KANT_VAN_DE_CLIENT
_Omstandigheid_GEVAAR_VOOR_OMGEVING = Omstandigheid.GEVAAR_VOOR_OMGEVING
_Omstandigheid_GEZINSSITUATIE = Omstandigheid.GEZINSSITUATIE
_Omstandigheid_INCONTINENTIE = Omstandigheid.INCONTINENTIE
_Omstandigheid_LICHAMELIJKE_BEPERKINGEN_OF_BELEMMERINGEN = Omstandigheid.LICHAMELIJKE_BEPERKINGEN_OF_BELEMMERINGEN
_Omstandigheid_LIFE_EVENTS = Omstandigheid.LIFE_EVENTS
_Omstandigheid_OVERNAME_VAN_DE_REGIE_OVER_HET_HUISHOUDEN = Omstandigheid.OVERNAME_VAN_DE_REGIE_OVER_HET_HUISHOUDEN
_Omstandigheid_ROLSTOELGEBONDENHEID = Omstandigheid.ROLSTOELGEBONDENHEID
_Omstandigheid_SPECIFIEKE_BENADERING = Omstandigheid.SPECIFIEKE_BENADERING
_OordeelBasisarrangement_BASISARRANGEMENT_PAST = OordeelBasisarrangement.BASISARRANGEMENT_PAST
_OordeelBasisarrangement_HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN = OordeelBasisarrangement.HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN
_OordeelBasisarrangement_HOOGSTE_ARRANGEMENT_ONTOEREIKEND = OordeelBasisarrangement.HOOGSTE_ARRANGEMENT_ONTOEREIKEND
_OordeelBasisarrangement_LEUN_EN_STEUN_OM_AF_TE_BOUWEN = OordeelBasisarrangement.LEUN_EN_STEUN_OM_AF_TE_BOUWEN
_Resultaatgebied_HUISHOUDEN = Resultaatgebied.HUISHOUDEN
_Terrein_ANDER_TERREIN = Terrein.ANDER_TERREIN
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


# -- Invoer

VELDEN: dict[str, Soort] = {
    'SWT-oordeel over het basisarrangement': Soort('keuze', ('basisarrangement past', 'leun en steun om af te bouwen', 'hoogste arrangement ontoereikend', 'hele huishouden tijdelijk overnemen'), None, None, False),
    'benodigde uren per week': Soort('getal', (), 0, 168, True),
    'uren op uurbasis': Soort('tekst', (), None, None, True),
    'ingangsdatum': Soort('datum', (), _DATUM_2022_01_01, None, False),
    'verandering op korte termijn verwacht': Soort('janee', (), None, None, False),
    'gevraagde duur': Soort('duur', (), _DUUR_1, None, True),
    'voorliggende was- en strijkservice bruikbaar': Soort('janee', (), None, None, True),
    'benodigde uren huishouden per jaar': Soort('getal', (), 0, 8760, True),
    'verzwarende omstandigheden': Soort('verzameling', ('gedragsmatige kant van de cliënt', 'life-events', 'acute situatie', 'specifieke benadering', 'gevaar voor omgeving', 'gezinssituatie', 'COPD', 'bedlegerigheid', 'incontinentie', 'rolstoelgebondenheid', 'lichamelijke beperkingen of belemmeringen', 'overname van de regie over het huishouden', 'besmet wasgoed of vaker wassen', 'andere omstandigheid'), None, None, False),
    'beschrijving andere omstandigheid': Soort('tekst', (), None, None, True),
    'omstandigheden die de inzet verhogen': Soort('verzameling', ('gedragsmatige kant van de cliënt', 'life-events', 'acute situatie', 'specifieke benadering', 'gevaar voor omgeving', 'gezinssituatie', 'COPD', 'bedlegerigheid', 'incontinentie', 'rolstoelgebondenheid', 'lichamelijke beperkingen of belemmeringen', 'overname van de regie over het huishouden', 'besmet wasgoed of vaker wassen', 'andere omstandigheid'), None, None, True),
    'intensiteit volgens SWT': Soort('keuze', ('gemiddeld', 'plus', 'plusplus'), None, None, True),
    'omstandigheden binnen gemiddeld': Soort('verzameling', ('grootte of type van de woning', 'gezinssamenstelling', 'inrichting van de woning', 'het doen van de was', 'andere omstandigheid binnen gemiddeld'), None, None, False),
    'verlichtende omstandigheden': Soort('janee', (), None, None, False),
    'leveringsvorm': Soort('keuze', ('ZIN', 'PGB'), None, None, False),
    'doelgroep': Soort('keuze', ('psychogeriatrische of somatische aandoening', 'psychiatrische of psychosociale aandoening', 'niet aangeboren hersenletsel', 'licht verstandelijke beperking', 'complexe problematiek'), None, None, True),
    'leeftijd': Soort('getal', (), 0, 130, False),
    'nieuwe toekenning': Soort('janee', (), None, None, False),
    'SWT-oordeel uitzondering leeftijd': Soort('janee', (), None, None, True),
    'heeft eigen huisvesting': Soort('janee', (), None, None, False),
    'huurovereenkomst afhankelijk van de ondersteuning': Soort('janee', (), None, None, False),
    'beperkingen op terreinen': Soort('verzameling', ('cognitief functioneren', 'psychisch functioneren', 'oriëntatie en geheugen', 'lichamelijke beperkingen', 'ander terrein'), None, None, False),
    'beschrijving ander terrein': Soort('tekst', (), None, None, True),
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


class Invoer(NamedTuple):
    """De invoer van één casus, gelezen en gecontroleerd (in de volgorde van VELDEN)."""

    swt_oordeel_over_het_basisarrangement: OordeelBasisarrangement
    benodigde_uren_per_week: int | None
    uren_op_uurbasis: str | None
    ingangsdatum: datetime.date
    verandering_op_korte_termijn_verwacht: bool
    gevraagde_duur: Duur | None
    voorliggende_was_en_strijkservice_bruikbaar: bool | None
    benodigde_uren_huishouden_per_jaar: int | None
    verzwarende_omstandigheden: frozenset[Omstandigheid]
    beschrijving_andere_omstandigheid: str | None
    omstandigheden_die_de_inzet_verhogen: frozenset[Omstandigheid] | None
    intensiteit_volgens_swt: Intensiteit | None
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
    beschrijving_ander_terrein: str | None
    gevraagde_ondersteuning_buiten_de_voorziening: frozenset[UitgeslotenOndersteuning]
    activerend_op: frozenset[Resultaatgebied]
    zwaartepunt_type: TypeOndersteuning | None
    resultaatgebieden_met_ondersteuningsvraag: frozenset[Resultaatgebied]
    via_voorliggende_voorziening: frozenset[Resultaatgebied]
    via_netwerk: frozenset[Resultaatgebied]
    later_opgepakt: frozenset[Resultaatgebied]

    def waarden(self) -> dict[str, Any]:
        return dict(zip(VELDEN, self))


# Van tekst naar keuzelijstwaarde in één opzoeking: Doelgroep(tekst) is tien keer zo traag.
_Doelgroep_VAN_TEKST = {lid.value: lid for lid in Doelgroep}
_Intensiteit_VAN_TEKST = {lid.value: lid for lid in Intensiteit}
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
    'intensiteit volgens SWT': _Intensiteit_VAN_TEKST,
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
                if type(benodigde_uren_per_week) is not int or not -1000000000000000 < benodigde_uren_per_week < 1000000000000000 or benodigde_uren_per_week < 0 or benodigde_uren_per_week > 168:
                    raise ValueError
            uren_op_uurbasis = casus.get('uren op uurbasis')
            if uren_op_uurbasis is not None:
                if type(uren_op_uurbasis) is not str:
                    raise ValueError
            ingangsdatum = casus['ingangsdatum']
            ingangsdatum = lees_datum(ingangsdatum)
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
            benodigde_uren_huishouden_per_jaar = casus.get('benodigde uren huishouden per jaar')
            if benodigde_uren_huishouden_per_jaar is not None:
                if type(benodigde_uren_huishouden_per_jaar) is not int or not -1000000000000000 < benodigde_uren_huishouden_per_jaar < 1000000000000000 or benodigde_uren_huishouden_per_jaar < 0 or benodigde_uren_huishouden_per_jaar > 8760:
                    raise ValueError
            verzwarende_omstandigheden = lees_leden(casus['verzwarende omstandigheden'], _Omstandigheid_VAN_TEKST)
            beschrijving_andere_omstandigheid = casus.get('beschrijving andere omstandigheid')
            if beschrijving_andere_omstandigheid is not None:
                if type(beschrijving_andere_omstandigheid) is not str:
                    raise ValueError
            omstandigheden_die_de_inzet_verhogen = casus.get('omstandigheden die de inzet verhogen')
            if omstandigheden_die_de_inzet_verhogen is not None:
                omstandigheden_die_de_inzet_verhogen = lees_leden(omstandigheden_die_de_inzet_verhogen, _Omstandigheid_VAN_TEKST)
            intensiteit_volgens_swt = casus.get('intensiteit volgens SWT')
            if intensiteit_volgens_swt is not None:
                intensiteit_volgens_swt = _Intensiteit_VAN_TEKST[intensiteit_volgens_swt]
            omstandigheden_binnen_gemiddeld = lees_leden(casus['omstandigheden binnen gemiddeld'], _OmstandigheidBinnenGemiddeld_VAN_TEKST)
            verlichtende_omstandigheden = casus['verlichtende omstandigheden']
            if verlichtende_omstandigheden is not True and verlichtende_omstandigheden is not False:
                raise ValueError
            leveringsvorm = _Leveringsvorm_VAN_TEKST[casus['leveringsvorm']]
            doelgroep = casus.get('doelgroep')
            if doelgroep is not None:
                doelgroep = _Doelgroep_VAN_TEKST[doelgroep]
            leeftijd = casus['leeftijd']
            if type(leeftijd) is not int or not -1000000000000000 < leeftijd < 1000000000000000 or leeftijd < 0 or leeftijd > 130:
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
            beschrijving_ander_terrein = casus.get('beschrijving ander terrein')
            if beschrijving_ander_terrein is not None:
                if type(beschrijving_ander_terrein) is not str:
                    raise ValueError
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
        uren_op_uurbasis = waarden['uren op uurbasis']
        ingangsdatum = waarden['ingangsdatum']
        verandering_op_korte_termijn_verwacht = waarden['verandering op korte termijn verwacht']
        gevraagde_duur = waarden['gevraagde duur']
        voorliggende_was_en_strijkservice_bruikbaar = waarden['voorliggende was- en strijkservice bruikbaar']
        benodigde_uren_huishouden_per_jaar = waarden['benodigde uren huishouden per jaar']
        verzwarende_omstandigheden = frozenset([_Omstandigheid_VAN_TEKST[v] for v in waarden['verzwarende omstandigheden']])
        beschrijving_andere_omstandigheid = waarden['beschrijving andere omstandigheid']
        omstandigheden_die_de_inzet_verhogen = None if waarden['omstandigheden die de inzet verhogen'] is None else frozenset([_Omstandigheid_VAN_TEKST[v] for v in waarden['omstandigheden die de inzet verhogen']])
        intensiteit_volgens_swt = None if waarden['intensiteit volgens SWT'] is None else _Intensiteit_VAN_TEKST[waarden['intensiteit volgens SWT']]
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
        beschrijving_ander_terrein = waarden['beschrijving ander terrein']
        gevraagde_ondersteuning_buiten_de_voorziening = frozenset([_UitgeslotenOndersteuning_VAN_TEKST[v] for v in waarden['gevraagde ondersteuning buiten de voorziening']])
        activerend_op = frozenset([_Resultaatgebied_VAN_TEKST[v] for v in waarden['activerend op']])
        zwaartepunt_type = None if waarden['zwaartepunt type'] is None else _TypeOndersteuning_VAN_TEKST[waarden['zwaartepunt type']]
        resultaatgebieden_met_ondersteuningsvraag = frozenset([_Resultaatgebied_VAN_TEKST[v] for v in waarden['resultaatgebieden met ondersteuningsvraag']])
        via_voorliggende_voorziening = frozenset([_Resultaatgebied_VAN_TEKST[v] for v in waarden['via voorliggende voorziening']])
        via_netwerk = frozenset([_Resultaatgebied_VAN_TEKST[v] for v in waarden['via netwerk']])
        later_opgepakt = frozenset([_Resultaatgebied_VAN_TEKST[v] for v in waarden['later opgepakt']])
    return maak_invoer(
        swt_oordeel_over_het_basisarrangement, benodigde_uren_per_week, uren_op_uurbasis, ingangsdatum,
        verandering_op_korte_termijn_verwacht, gevraagde_duur, voorliggende_was_en_strijkservice_bruikbaar,
        benodigde_uren_huishouden_per_jaar, verzwarende_omstandigheden, beschrijving_andere_omstandigheid,
        omstandigheden_die_de_inzet_verhogen, intensiteit_volgens_swt, omstandigheden_binnen_gemiddeld,
        verlichtende_omstandigheden, leveringsvorm, doelgroep, leeftijd, nieuwe_toekenning,
        swt_oordeel_uitzondering_leeftijd, heeft_eigen_huisvesting,
        huurovereenkomst_afhankelijk_van_de_ondersteuning, beperkingen_op_terreinen,
        beschrijving_ander_terrein, gevraagde_ondersteuning_buiten_de_voorziening, activerend_op,
        zwaartepunt_type, resultaatgebieden_met_ondersteuningsvraag, via_voorliggende_voorziening,
        via_netwerk, later_opgepakt,
    )


def maak_invoer(*waarden: Any) -> Invoer:
    """Een Invoer uit gelezen waarden in de volgorde van VELDEN (keuzelijstwaarden als lid, zie
    lees_veld), na de controles."""
    controleer(*waarden)
    return Invoer(*waarden)


def controleer(
    swt_oordeel_over_het_basisarrangement: OordeelBasisarrangement, benodigde_uren_per_week: int | None,
    uren_op_uurbasis: str | None, ingangsdatum: datetime.date, verandering_op_korte_termijn_verwacht: bool,
    gevraagde_duur: Duur | None, voorliggende_was_en_strijkservice_bruikbaar: bool | None,
    benodigde_uren_huishouden_per_jaar: int | None, verzwarende_omstandigheden: frozenset[Omstandigheid],
    beschrijving_andere_omstandigheid: str | None,
    omstandigheden_die_de_inzet_verhogen: frozenset[Omstandigheid] | None,
    intensiteit_volgens_swt: Intensiteit | None,
    omstandigheden_binnen_gemiddeld: frozenset[OmstandigheidBinnenGemiddeld],
    verlichtende_omstandigheden: bool, leveringsvorm: Leveringsvorm, doelgroep: Doelgroep | None,
    leeftijd: int, nieuwe_toekenning: bool, swt_oordeel_uitzondering_leeftijd: bool | None,
    heeft_eigen_huisvesting: bool, huurovereenkomst_afhankelijk_van_de_ondersteuning: bool,
    beperkingen_op_terreinen: frozenset[Terrein], beschrijving_ander_terrein: str | None,
    gevraagde_ondersteuning_buiten_de_voorziening: frozenset[UitgeslotenOndersteuning],
    activerend_op: frozenset[Resultaatgebied], zwaartepunt_type: TypeOndersteuning | None,
    resultaatgebieden_met_ondersteuningsvraag: frozenset[Resultaatgebied],
    via_voorliggende_voorziening: frozenset[Resultaatgebied], via_netwerk: frozenset[Resultaatgebied],
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


# -- De beslissing: elke tabel één keer, in volgorde van afhankelijkheid


# Kruistabel 'basisarrangement': per vak (rij, uitkomst).
TABEL_BASISARRANGEMENT: dict[tuple, tuple[int, Any]] = {
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


def _beslis(
    swt_oordeel_over_het_basisarrangement: OordeelBasisarrangement, benodigde_uren_per_week: int | None,
    uren_op_uurbasis: str | None, ingangsdatum: datetime.date, verandering_op_korte_termijn_verwacht: bool,
    gevraagde_duur: Duur | None, voorliggende_was_en_strijkservice_bruikbaar: bool | None,
    benodigde_uren_huishouden_per_jaar: int | None, verzwarende_omstandigheden: frozenset[Omstandigheid],
    beschrijving_andere_omstandigheid: str | None,
    omstandigheden_die_de_inzet_verhogen: frozenset[Omstandigheid] | None,
    intensiteit_volgens_swt: Intensiteit | None,
    omstandigheden_binnen_gemiddeld: frozenset[OmstandigheidBinnenGemiddeld],
    verlichtende_omstandigheden: bool, leveringsvorm: Leveringsvorm, doelgroep: Doelgroep | None,
    leeftijd: int, nieuwe_toekenning: bool, swt_oordeel_uitzondering_leeftijd: bool | None,
    heeft_eigen_huisvesting: bool, huurovereenkomst_afhankelijk_van_de_ondersteuning: bool,
    beperkingen_op_terreinen: frozenset[Terrein], beschrijving_ander_terrein: str | None,
    gevraagde_ondersteuning_buiten_de_voorziening: frozenset[UitgeslotenOndersteuning],
    activerend_op: frozenset[Resultaatgebied], zwaartepunt_type: TypeOndersteuning | None,
    resultaatgebieden_met_ondersteuningsvraag: frozenset[Resultaatgebied],
    via_voorliggende_voorziening: frozenset[Resultaatgebied], via_netwerk: frozenset[Resultaatgebied],
    later_opgepakt: frozenset[Resultaatgebied],
) -> tuple[tuple, tuple]:
    """Alle uitkomsten (in de volgorde van UITVOER) en per tabel de rij(en) die de doorslag gaven
    (in de volgorde van TABELLEN), uit gecontroleerde waarden in de volgorde van VELDEN."""
    _v: Any  # een berekende waarde van een verzameltabel, vóór ze in de lijst gaat

    # Beslistabel toegang (eerste), §1.2, §1.3
    rij_toegang: int | None
    toegang: Toegang | None
    reden_toegang: str | None
    if heeft_eigen_huisvesting is False:  # rij 1: nee | - | - | - | - | -
        rij_toegang, toegang = 1, _Toegang_GEWEIGERD
        reden_toegang = 'U beschikt niet over huisvesting waar u kunt blijven wonen. Ondersteuning wordt alleen ingezet als u beschikt over huisvesting waar u ook kunt blijven wonen als de ondersteuning afneemt of als u een andere zorgaanbieder kiest.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is True:  # rij 2: ja | ja | - | - | - | -
        rij_toegang, toegang = 2, _Toegang_GEWEIGERD
        reden_toegang = 'Uw huurcontract hangt af van het afnemen van ondersteuning. Een koppeling tussen wonen en zorg is uitgesloten.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and len(beperkingen_op_terreinen) == 0:  # rij 3: ja | nee | leeg | - | - | -
        rij_toegang, toegang = 3, _Toegang_GEWEIGERD
        reden_toegang = 'Het SWT heeft geen beperkingen in uw zelfredzaamheid of participatie vastgesteld, op geen enkel terrein. Integrale Thuisondersteuning is voor wie niet zelfredzaam is of niet zelfstandig kan participeren.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd >= 18:  # rij 4: ja | nee | - | vanaf 18 | - | -
        rij_toegang, toegang = 4, _Toegang_VERLEEND
        reden_toegang = 'U bent 18 jaar of ouder, het SWT heeft beperkingen in uw zelfredzaamheid of participatie vastgesteld en u beschikt over huisvesting.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is False:  # rij 5: ja | nee | - | tot 18 | nee | -
        rij_toegang, toegang = 5, _Toegang_GEWEIGERD
        reden_toegang = 'U bent jonger dan 18. Een uitzondering kan alleen bij een nieuwe toekenning.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is True and swt_oordeel_uitzondering_leeftijd is True:  # rij 6: ja | nee | - | tot 18 | ja | ja
        rij_toegang, toegang = 6, _Toegang_VERLEEND
        reden_toegang = 'U bent jonger dan 18, maar het SWT vindt dit een uitzonderlijk geval bij een nieuwe toekenning.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is True and swt_oordeel_uitzondering_leeftijd is False:  # rij 7: ja | nee | - | tot 18 | ja | nee
        rij_toegang, toegang = 7, _Toegang_GEWEIGERD
        reden_toegang = 'U bent jonger dan 18 en het SWT vindt dit geen uitzonderlijk geval.'
    elif heeft_eigen_huisvesting is True and huurovereenkomst_afhankelijk_van_de_ondersteuning is False and leeftijd < 18 and nieuwe_toekenning is True and swt_oordeel_uitzondering_leeftijd is None:  # rij 8: ja | nee | - | tot 18 | ja | onbekend
        rij_toegang, toegang = 8, _Toegang_SWT_BEOORDEELT
        reden_toegang = 'SWT beoordeelt of dit een uitzonderlijk geval is waarin iemand net voor het 18e jaar toegang krijgt (§1.2).'
    else:
        raise GeenBeslissing('tabel “toegang”: geen rij past')
    resultaatgebieden_nu = (resultaatgebieden_met_ondersteuningsvraag - ((via_voorliggende_voorziening | via_netwerk) | later_opgepakt))
    ondersteunend_nu = (resultaatgebieden_nu - activerend_op)
    activerend_nu = (resultaatgebieden_nu - ondersteunend_nu)
    aantal_activerend = len(activerend_nu)
    aantal_ondersteunend = len(ondersteunend_nu)

    # Beslistabel typebeeld (uniek), §2.1 b
    rij_typebeeld: int | None
    typebeeld: Typebeeld | None
    if toegang == _Toegang_GEWEIGERD:  # rij 1: geweigerd | - | -
        rij_typebeeld, typebeeld = 1, None
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and aantal_activerend <= 0 and aantal_ondersteunend <= 0:  # rij 2: niet geweigerd | t/m 0 | t/m 0
        rij_typebeeld, typebeeld = 2, _Typebeeld_GEEN_RESULTAATGEBIED
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and aantal_activerend >= 1 and aantal_ondersteunend <= 0:  # rij 3: niet geweigerd | vanaf 1 | t/m 0
        rij_typebeeld, typebeeld = 3, _Typebeeld_GEHEEL_ACTIVEREND
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and aantal_activerend <= 0 and aantal_ondersteunend >= 1:  # rij 4: niet geweigerd | t/m 0 | vanaf 1
        rij_typebeeld, typebeeld = 4, _Typebeeld_GEHEEL_ONDERSTEUNEND
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and aantal_activerend >= 1 and aantal_ondersteunend >= 1:  # rij 5: niet geweigerd | vanaf 1 | vanaf 1
        rij_typebeeld, typebeeld = 5, _Typebeeld_GEMENGD
    else:
        raise GeenBeslissing('tabel “typebeeld”: geen rij past')

    # Beslistabel type ondersteuning (uniek), §2.1 b, bijlage B2, Type ondersteuning
    rij_type_ondersteuning: int | None
    type_ondersteuning: TypeOndersteuning | None
    reden_type: str | None
    if typebeeld is None:  # rij 1: onbekend | -
        rij_type_ondersteuning, type_ondersteuning, reden_type = 1, None, None
    elif typebeeld == _Typebeeld_GEEN_RESULTAATGEBIED:  # rij 2: geen resultaatgebied | -
        rij_type_ondersteuning, type_ondersteuning = 2, None
        reden_type = 'Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus ook geen type ondersteuning.'
    elif typebeeld == _Typebeeld_GEHEEL_ACTIVEREND:  # rij 3: geheel activerend | -
        rij_type_ondersteuning, type_ondersteuning = 3, _TypeOndersteuning_ACTIVEREND
        reden_type = 'Op alle resultaatgebieden is de ondersteuning activerend.'
    elif typebeeld == _Typebeeld_GEHEEL_ONDERSTEUNEND:  # rij 4: geheel ondersteunend | -
        rij_type_ondersteuning, type_ondersteuning = 4, _TypeOndersteuning_ONDERSTEUNEND
        reden_type = 'Op alle resultaatgebieden is de ondersteuning ondersteunend.'
    elif typebeeld == _Typebeeld_GEMENGD and zwaartepunt_type == _TypeOndersteuning_ACTIVEREND:  # rij 5: gemengd | activerend
        rij_type_ondersteuning, type_ondersteuning = 5, _TypeOndersteuning_ACTIVEREND
        reden_type = 'Het type verschilt per resultaatgebied; het SWT legt het zwaartepunt bij activerend.'
    elif typebeeld == _Typebeeld_GEMENGD and zwaartepunt_type == _TypeOndersteuning_ONDERSTEUNEND:  # rij 6: gemengd | ondersteunend
        rij_type_ondersteuning, type_ondersteuning = 6, _TypeOndersteuning_ONDERSTEUNEND
        reden_type = 'Het type verschilt per resultaatgebied; het SWT legt het zwaartepunt bij ondersteunend.'
    elif typebeeld == _Typebeeld_GEMENGD and zwaartepunt_type is None:  # rij 7: gemengd | onbekend
        rij_type_ondersteuning, type_ondersteuning = 7, None
        reden_type = 'SWT beoordeelt waar het zwaartepunt ligt (§2.1 b): het type verschilt per resultaatgebied.'
    else:
        raise GeenBeslissing('tabel “type ondersteuning”: geen rij past')

    # Beslistabel duur per type (uniek), §2.1 d, bijlage B2, Duur van de ondersteuning
    rij_duur_per_type: int | None
    gemiddelde_duur: Duur | None
    maximale_duur: Duur | None
    if toegang == _Toegang_GEWEIGERD:  # rij 1: geweigerd | -
        rij_duur_per_type, gemiddelde_duur, maximale_duur = 1, None, None
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and type_ondersteuning == _TypeOndersteuning_ACTIVEREND:  # rij 2: niet geweigerd | activerend
        rij_duur_per_type, gemiddelde_duur, maximale_duur = 2, _DUUR_12, _DUUR_24
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and type_ondersteuning == _TypeOndersteuning_ONDERSTEUNEND:  # rij 3: niet geweigerd | ondersteunend
        rij_duur_per_type, gemiddelde_duur, maximale_duur = 3, _DUUR_24, _DUUR_60
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and type_ondersteuning is None:  # rij 4: niet geweigerd | onbekend
        rij_duur_per_type, gemiddelde_duur, maximale_duur = 4, None, None
    else:
        raise GeenBeslissing('tabel “duur per type”: geen rij past')
    gevraagde_duur_boven_maximum = (None if gevraagde_duur is None or maximale_duur is None else (gevraagde_duur > maximale_duur))

    # Beslistabel toegekende duur (uniek), §2.1 d
    rij_toegekende_duur: int | None
    toegekende_duur: Duur | None
    if toegang == _Toegang_GEWEIGERD:  # rij 1: geweigerd | -
        rij_toegekende_duur, toegekende_duur = 1, None
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and gevraagde_duur_boven_maximum is True:  # rij 2: niet geweigerd | ja
        rij_toegekende_duur, toegekende_duur = 2, maximale_duur
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and gevraagde_duur_boven_maximum is False:  # rij 3: niet geweigerd | nee
        rij_toegekende_duur, toegekende_duur = 3, gevraagde_duur
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and gevraagde_duur_boven_maximum is None:  # rij 4: niet geweigerd | onbekend
        rij_toegekende_duur, toegekende_duur = 4, None
    else:
        raise GeenBeslissing('tabel “toegekende duur”: geen rij past')
    einddatum = (None if toegekende_duur is None else plus_duur(ingangsdatum, toegekende_duur))
    evaluatiedatum_halverwege = (None if einddatum is None else halverwege(ingangsdatum, einddatum))
    aantal_resultaatgebieden = len(resultaatgebieden_nu)
    huishouden_nu = (_Resultaatgebied_HUISHOUDEN in resultaatgebieden_nu)
    enkelvoudig_huishouden = (huishouden_nu and (aantal_resultaatgebieden == 1))

    # Beslistabel intensiteit (eerste), §2.1 c, §3.3
    rij_intensiteit: int | None
    intensiteit: Intensiteit | None
    reden_intensiteit: str | None
    if toegang == _Toegang_GEWEIGERD:  # rij 1: geweigerd | - | -
        rij_intensiteit, intensiteit, reden_intensiteit = 1, None, None
    elif (intensiteit_volgens_swt is not None and not intensiteit_volgens_swt is None):  # rij 2: - | niet onbekend | -
        rij_intensiteit, intensiteit = 2, intensiteit_volgens_swt
        reden_intensiteit = 'Het SWT heeft de benodigde intensiteit beoordeeld, gezien de context.'
    elif intensiteit_volgens_swt is None and len(verzwarende_omstandigheden) == 0:  # rij 3: - | onbekend | leeg
        rij_intensiteit, intensiteit = 3, _Intensiteit_GEMIDDELD
        reden_intensiteit = 'Er zijn geen verzwarende omstandigheden: gemiddelde intensiteit, het vertrekpunt.'
    elif intensiteit_volgens_swt is None:  # rij 4: - | onbekend | -
        rij_intensiteit, intensiteit = 4, None
        reden_intensiteit = 'SWT beoordeelt welke intensiteit nodig is, gezien de verzwarende omstandigheden en de context (§2.1 c).'
    else:
        raise GeenBeslissing('tabel “intensiteit”: geen rij past')

    # Beslistabel zwaarte (uniek), §1.1, §2.1 a, bijlage B2, Zwaarte van de ondersteuningsvraag
    rij_zwaarte: int | None
    zwaarte: Zwaarte | None
    reden_zwaarte: str | None
    if toegang == _Toegang_GEWEIGERD:  # rij 1: geweigerd | -
        rij_zwaarte, zwaarte, reden_zwaarte = 1, None, None
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and aantal_resultaatgebieden <= 0:  # rij 2: niet geweigerd | t/m 0
        rij_zwaarte, zwaarte = 2, None
        reden_zwaarte = 'Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus ook geen zwaarte.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and 1 <= aantal_resultaatgebieden <= 2:  # rij 3: niet geweigerd | 1 t/m 2
        rij_zwaarte, zwaarte, reden_zwaarte = 3, _Zwaarte_A, 'Bij 1 of 2 resultaatgebieden hoort zwaarte A.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and 3 <= aantal_resultaatgebieden <= 4:  # rij 4: niet geweigerd | 3 t/m 4
        rij_zwaarte, zwaarte, reden_zwaarte = 4, _Zwaarte_B, 'Bij 3 of 4 resultaatgebieden hoort zwaarte B.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and aantal_resultaatgebieden >= 5:  # rij 5: niet geweigerd | vanaf 5
        rij_zwaarte, zwaarte, reden_zwaarte = 5, _Zwaarte_C, 'Bij 5 of 6 resultaatgebieden hoort zwaarte C.'
    else:
        raise GeenBeslissing('tabel “zwaarte”: geen rij past')

    # Kruistabel basisarrangement (uniek), §2
    rij_basisarrangement: int | None
    basisarrangement: Arrangement | None
    if intensiteit is None or zwaarte is None or type_ondersteuning is None:
        rij_basisarrangement = basisarrangement = None
    else:
        rij_basisarrangement, basisarrangement = TABEL_BASISARRANGEMENT[(intensiteit, zwaarte, type_ondersteuning)]

    # Beslistabel arrangement (eerste), §2, §2.2
    rij_arrangement: int | None
    arrangement: Arrangement | None
    op_uurbasis: bool | None
    toelichting_arrangement: str | None
    if toegang == _Toegang_GEWEIGERD:  # rij 1: geweigerd | - | - | - | - | -
        rij_arrangement, arrangement, op_uurbasis, toelichting_arrangement = 1, None, None, None
    elif toegang == _Toegang_SWT_BEOORDEELT:  # rij 2: SWT beoordeelt | - | - | - | - | -
        rij_arrangement, arrangement, op_uurbasis = 2, None, None
        toelichting_arrangement = 'Zonder toegang is er geen arrangement.'
    elif toegang == _Toegang_VERLEEND and aantal_resultaatgebieden <= 0:  # rij 3: verleend | t/m 0 | - | - | - | -
        rij_arrangement, arrangement, op_uurbasis = 3, None, None
        toelichting_arrangement = 'Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus geen arrangement.'
    elif toegang == _Toegang_VERLEEND and basisarrangement is None:  # rij 4: verleend | - | onbekend | - | - | -
        rij_arrangement, arrangement, op_uurbasis = 4, None, None
        toelichting_arrangement = 'Het arrangement is nog niet bekend: het type of de intensiteit wacht op een oordeel van het SWT.'
    elif toegang == _Toegang_VERLEEND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_BASISARRANGEMENT_PAST:  # rij 5: verleend | - | - | - | basisarrangement past | -
        rij_arrangement, arrangement, op_uurbasis = 5, basisarrangement, False
        toelichting_arrangement = 'Het arrangement volgt uit het schema van §2.'
    elif toegang == _Toegang_VERLEEND and basisarrangement == _Arrangement_A1_ONDERSTEUNEND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_LEUN_EN_STEUN_OM_AF_TE_BOUWEN:  # rij 6: verleend | - | A1-ondersteunend | - | leun en steun om af te bouwen | -
        rij_arrangement, arrangement, op_uurbasis = 6, _Arrangement_AANGEPAST_ARRANGEMENT_1, True
        toelichting_arrangement = 'A1-ondersteunend is meer dan nodig. Om af te bouwen is tijdelijk leun en steun nodig; daarvoor worden op uurbasis afspraken gemaakt met de zorgaanbieder.'
    elif toegang == _Toegang_VERLEEND and basisarrangement == _Arrangement_C3_ACTIVEREND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HOOGSTE_ARRANGEMENT_ONTOEREIKEND:  # rij 7: verleend | - | C3-activerend | - | hoogste arrangement ontoereikend | -
        rij_arrangement, arrangement, op_uurbasis = 7, _Arrangement_AANGEPAST_ARRANGEMENT_1, True
        toelichting_arrangement = 'C3-activerend is in deze uitzonderlijke situatie niet toereikend. Tijdelijk worden op uurbasis afspraken gemaakt met de zorgaanbieder.'
    elif toegang == _Toegang_VERLEEND and basisarrangement == _Arrangement_A3_ONDERSTEUNEND and huishouden_nu is True and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN and (benodigde_uren_per_week is not None and benodigde_uren_per_week >= 5):  # rij 8: verleend | - | A3-ondersteunend | ja | hele huishouden tijdelijk overnemen | vanaf 5
        rij_arrangement, arrangement, op_uurbasis = 8, _Arrangement_AANGEPAST_ARRANGEMENT_2, True
        toelichting_arrangement = 'A3-ondersteunend is niet toereikend om het hele huishouden tijdelijk over te nemen. Er komt een beschikking op uurbasis, in overleg met de zorgaanbieder.'
    elif toegang == _Toegang_VERLEEND and basisarrangement == _Arrangement_A3_ONDERSTEUNEND and huishouden_nu is True and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN and benodigde_uren_per_week is None:  # rij 9: verleend | - | A3-ondersteunend | ja | hele huishouden tijdelijk overnemen | onbekend
        rij_arrangement, arrangement, op_uurbasis = 9, None, None
        toelichting_arrangement = 'SWT beoordeelt hoeveel uur per week nodig is: aangepast arrangement 2 vraagt minimaal vijf uur per week (§3.3).'
    elif toegang == _Toegang_VERLEEND and basisarrangement == _Arrangement_A3_ONDERSTEUNEND and huishouden_nu is True and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN and (benodigde_uren_per_week is not None and benodigde_uren_per_week < 5):  # rij 10: verleend | - | A3-ondersteunend | ja | hele huishouden tijdelijk overnemen | tot 5
        rij_arrangement, arrangement, op_uurbasis = 10, None, None
        toelichting_arrangement = 'SWT beoordeelt de oplossing: het SWT vraagt aangepast arrangement 2, maar schat minder dan vijf uur per week, en dat arrangement is voor minimaal vijf uur per week (§3.3). De regels vallen niet stil terug op A3-ondersteunend.'
    elif toegang == _Toegang_VERLEEND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_LEUN_EN_STEUN_OM_AF_TE_BOUWEN:  # rij 11: verleend | - | - | - | leun en steun om af te bouwen | -
        rij_arrangement, arrangement, op_uurbasis = 11, None, None
        toelichting_arrangement = 'SWT beoordeelt de oplossing: aangepast arrangement 1 om af te bouwen past alleen als het laagste arrangement, A1-ondersteunend, meer is dan nodig (§2.2); het basisarrangement is hoger. De regels vallen niet stil terug op het basisarrangement.'
    elif toegang == _Toegang_VERLEEND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HOOGSTE_ARRANGEMENT_ONTOEREIKEND:  # rij 12: verleend | - | - | - | hoogste arrangement ontoereikend | -
        rij_arrangement, arrangement, op_uurbasis = 12, None, None
        toelichting_arrangement = 'SWT beoordeelt de oplossing: aangepast arrangement 1 omdat het arrangement niet toereikend is, past alleen bij het hoogste arrangement, C3-activerend (§2.2). De regels vallen niet stil terug op het basisarrangement.'
    elif toegang == _Toegang_VERLEEND and swt_oordeel_over_het_basisarrangement == _OordeelBasisarrangement_HELE_HUISHOUDEN_TIJDELIJK_OVERNEMEN:  # rij 13: verleend | - | - | - | hele huishouden tijdelijk overnemen | -
        rij_arrangement, arrangement, op_uurbasis = 13, None, None
        toelichting_arrangement = 'SWT beoordeelt de oplossing: aangepast arrangement 2 past alleen als A3-ondersteunend met huishouden als resultaatgebied niet toereikend is om het hele huishouden over te nemen (§2.2). De regels vallen niet stil terug op het basisarrangement.'
    else:
        raise GeenBeslissing('tabel “arrangement”: geen rij past')

    # Beslistabel uren huishouden (eerste), §3, §3.2, §3.3
    rij_uren_huishouden: int | None
    uren_huishouden_per_jaar: int | None
    toelichting_uren: str | None
    if toegang == _Toegang_GEWEIGERD:  # rij 1: geweigerd | - | - | -
        rij_uren_huishouden, uren_huishouden_per_jaar, toelichting_uren = 1, None, None
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and huishouden_nu is False:  # rij 2: niet geweigerd | nee | - | -
        rij_uren_huishouden, uren_huishouden_per_jaar = 2, None
        toelichting_uren = 'Huishouden is nu geen resultaatgebied, dus er zijn geen uren voor huishoudelijke ondersteuning.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and huishouden_nu is True and enkelvoudig_huishouden is False:  # rij 3: niet geweigerd | ja | nee | -
        rij_uren_huishouden, uren_huishouden_per_jaar = 3, None
        toelichting_uren = 'Huishouden in combinatie met andere resultaatgebieden: de beleidsregel schrijft dan geen uren voor huishoudelijke ondersteuning voor.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and huishouden_nu is True and enkelvoudig_huishouden is True and arrangement == _Arrangement_A1_ONDERSTEUNEND:  # rij 4: niet geweigerd | ja | ja | A1-ondersteunend
        rij_uren_huishouden, uren_huishouden_per_jaar = 4, 105
        toelichting_uren = 'Gemiddeld 105 uur per jaar inzet door een professional: daarmee is een schoon en leefbaar huis haalbaar.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and huishouden_nu is True and enkelvoudig_huishouden is True and arrangement == _Arrangement_A2_ONDERSTEUNEND:  # rij 5: niet geweigerd | ja | ja | A2-ondersteunend
        rij_uren_huishouden, uren_huishouden_per_jaar = 5, 156
        toelichting_uren = '156 uur per jaar inzet door een professional (intensiteit plus).'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and huishouden_nu is True and enkelvoudig_huishouden is True and arrangement == _Arrangement_A3_ONDERSTEUNEND:  # rij 6: niet geweigerd | ja | ja | A3-ondersteunend
        rij_uren_huishouden, uren_huishouden_per_jaar = 6, 208
        toelichting_uren = '208 uur per jaar inzet door een professional (intensiteit plusplus).'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and huishouden_nu is True and enkelvoudig_huishouden is True and (arrangement == _Arrangement_AANGEPAST_ARRANGEMENT_1 or arrangement == _Arrangement_AANGEPAST_ARRANGEMENT_2):  # rij 7: niet geweigerd | ja | ja | "aangepast arrangement 1" of "aangepast arrangement 2"
        rij_uren_huishouden, uren_huishouden_per_jaar = 7, None
        toelichting_uren = 'Aangepast arrangement: de uren worden op uurbasis afgesproken met de zorgaanbieder.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and huishouden_nu is True and enkelvoudig_huishouden is True and arrangement is None:  # rij 8: niet geweigerd | ja | ja | onbekend
        rij_uren_huishouden, uren_huishouden_per_jaar = 8, None
        toelichting_uren = 'Er is (nog) geen arrangement, dus ook geen uren.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and huishouden_nu is True and enkelvoudig_huishouden is True:  # rij 9: niet geweigerd | ja | ja | -
        rij_uren_huishouden, uren_huishouden_per_jaar = 9, None
        toelichting_uren = 'Activerend arrangement: alleen bij een enkelvoudig ondersteunend arrangement met alleen huishouden liggen de uren vast.'
    else:
        raise GeenBeslissing('tabel “uren huishouden”: geen rij past')
    uren_huishouden_tekort = (None if benodigde_uren_huishouden_per_jaar is None or uren_huishouden_per_jaar is None else (benodigde_uren_huishouden_per_jaar > uren_huishouden_per_jaar))

    # Beslistabel huishoudelijke omstandigheden (verzamel), §3.3, §3.4 c, bijlage B2, Benodigde intensiteit
    rij_huishoudelijke_omstandigheden: list[int] = []
    _lijst_huishoudelijke_omstandigheid: list[str] = []
    if (omstandigheden_die_de_inzet_verhogen is not None and _Omstandigheid_COPD in omstandigheden_die_de_inzet_verhogen):  # rij 1
        rij_huishoudelijke_omstandigheden.append(1)
        _lijst_huishoudelijke_omstandigheid.append('COPD')
    if (omstandigheden_die_de_inzet_verhogen is not None and _Omstandigheid_BEDLEGERIGHEID in omstandigheden_die_de_inzet_verhogen):  # rij 2
        rij_huishoudelijke_omstandigheden.append(2)
        _lijst_huishoudelijke_omstandigheid.append('bedlegerigheid')
    if (omstandigheden_die_de_inzet_verhogen is not None and (_Omstandigheid_INCONTINENTIE in omstandigheden_die_de_inzet_verhogen or _Omstandigheid_BESMET_WASGOED_OF_VAKER_WASSEN in omstandigheden_die_de_inzet_verhogen)):  # rij 3
        rij_huishoudelijke_omstandigheden.append(3)
        _lijst_huishoudelijke_omstandigheid.append('incontinentie of besmet wasgoed')
    if (omstandigheden_die_de_inzet_verhogen is not None and _Omstandigheid_ROLSTOELGEBONDENHEID in omstandigheden_die_de_inzet_verhogen):  # rij 4
        rij_huishoudelijke_omstandigheden.append(4)
        _lijst_huishoudelijke_omstandigheid.append('rolstoelgebondenheid')
    if (omstandigheden_die_de_inzet_verhogen is not None and _Omstandigheid_LICHAMELIJKE_BEPERKINGEN_OF_BELEMMERINGEN in omstandigheden_die_de_inzet_verhogen):  # rij 5
        rij_huishoudelijke_omstandigheden.append(5)
        _lijst_huishoudelijke_omstandigheid.append('lichamelijke beperkingen of belemmeringen')
    if (omstandigheden_die_de_inzet_verhogen is not None and _Omstandigheid_OVERNAME_VAN_DE_REGIE_OVER_HET_HUISHOUDEN in omstandigheden_die_de_inzet_verhogen):  # rij 6
        rij_huishoudelijke_omstandigheden.append(6)
        _lijst_huishoudelijke_omstandigheid.append('overname van de regie over het huishouden')
    huishoudelijke_omstandigheid = tuple(_lijst_huishoudelijke_omstandigheid)
    aantal_huishoudelijke_omstandigheden = (None if omstandigheden_die_de_inzet_verhogen is None else (len(huishoudelijke_omstandigheid) if (len(omstandigheden_die_de_inzet_verhogen) > 0) else 0))

    # Beslistabel algemene omstandigheden (verzamel), §2.1 c, bijlage B2, Benodigde intensiteit
    rij_algemene_omstandigheden: list[int] = []
    _lijst_algemene_omstandigheid: list[str] = []
    if (omstandigheden_die_de_inzet_verhogen is not None and _Omstandigheid_GEDRAGSMATIGE_KANT_VAN_DE_CLIENT in omstandigheden_die_de_inzet_verhogen):  # rij 1
        rij_algemene_omstandigheden.append(1)
        _lijst_algemene_omstandigheid.append('gedragsmatige kant van de cliënt')
    if (omstandigheden_die_de_inzet_verhogen is not None and _Omstandigheid_LIFE_EVENTS in omstandigheden_die_de_inzet_verhogen):  # rij 2
        rij_algemene_omstandigheden.append(2)
        _lijst_algemene_omstandigheid.append('life-events')
    if (omstandigheden_die_de_inzet_verhogen is not None and _Omstandigheid_ACUTE_SITUATIE in omstandigheden_die_de_inzet_verhogen):  # rij 3
        rij_algemene_omstandigheden.append(3)
        _lijst_algemene_omstandigheid.append('acute situatie')
    if (omstandigheden_die_de_inzet_verhogen is not None and _Omstandigheid_SPECIFIEKE_BENADERING in omstandigheden_die_de_inzet_verhogen):  # rij 4
        rij_algemene_omstandigheden.append(4)
        _lijst_algemene_omstandigheid.append('specifieke benadering')
    if (omstandigheden_die_de_inzet_verhogen is not None and _Omstandigheid_GEVAAR_VOOR_OMGEVING in omstandigheden_die_de_inzet_verhogen):  # rij 5
        rij_algemene_omstandigheden.append(5)
        _lijst_algemene_omstandigheid.append('gevaar voor omgeving')
    if (omstandigheden_die_de_inzet_verhogen is not None and _Omstandigheid_GEZINSSITUATIE in omstandigheden_die_de_inzet_verhogen):  # rij 6
        rij_algemene_omstandigheden.append(6)
        _lijst_algemene_omstandigheid.append('gezinssituatie')
    algemene_omstandigheid = tuple(_lijst_algemene_omstandigheid)
    aantal_algemene_omstandigheden = (None if omstandigheden_die_de_inzet_verhogen is None else (len(algemene_omstandigheid) if (len(omstandigheden_die_de_inzet_verhogen) > 0) else 0))
    aantal_tellende_omstandigheden = rekensom('+', rekensom('+', als(huishouden_nu, aantal_huishoudelijke_omstandigheden, 0), als(enkelvoudig_huishouden, 0, aantal_algemene_omstandigheden)), (None if omstandigheden_die_de_inzet_verhogen is None else (1 if (_Omstandigheid_ANDERE_OMSTANDIGHEID in omstandigheden_die_de_inzet_verhogen) else 0)))
    omstandigheden_zonder_gevolg = (None if omstandigheden_die_de_inzet_verhogen is None else (verzwarende_omstandigheden - omstandigheden_die_de_inzet_verhogen))
    huishoudelijke_omstandigheden_buiten_huishouden = en((not huishouden_nu), (None if aantal_huishoudelijke_omstandigheden is None else (aantal_huishoudelijke_omstandigheden > 0)))
    algemene_omstandigheden_bij_alleen_huishouden = en(enkelvoudig_huishouden, (None if aantal_algemene_omstandigheden is None else (aantal_algemene_omstandigheden > 0)))
    incontinentie_en_besmet_wasgoed_samen = en((None if omstandigheden_die_de_inzet_verhogen is None else (_Omstandigheid_INCONTINENTIE in omstandigheden_die_de_inzet_verhogen)), (None if omstandigheden_die_de_inzet_verhogen is None else (_Omstandigheid_BESMET_WASGOED_OF_VAKER_WASSEN in omstandigheden_die_de_inzet_verhogen)))

    # Beslistabel advies intensiteit (eerste), bijlage B2, Benodigde intensiteit
    rij_advies_intensiteit: int | None
    advies_intensiteit: Intensiteit | None
    reden_advies: str | None
    if toegang == _Toegang_GEWEIGERD:  # rij 1: geweigerd | - | -
        rij_advies_intensiteit, advies_intensiteit, reden_advies = 1, None, None
    elif len(verzwarende_omstandigheden) == 0:  # rij 2: - | leeg | -
        rij_advies_intensiteit, advies_intensiteit = 2, _Intensiteit_GEMIDDELD
        reden_advies = 'Er zijn geen verzwarende omstandigheden.'
    elif aantal_tellende_omstandigheden is None:  # rij 3: - | - | onbekend
        rij_advies_intensiteit, advies_intensiteit = 3, None
        reden_advies = 'Het SWT heeft nog niet gezegd welke verzwarende omstandigheden de inzet verhogen; bijlage B2 geeft dan geen advies.'
    elif (aantal_tellende_omstandigheden is not None and aantal_tellende_omstandigheden <= 0):  # rij 4: - | - | t/m 0
        rij_advies_intensiteit, advies_intensiteit = 4, _Intensiteit_GEMIDDELD
        reden_advies = 'Volgens het SWT verhoogt geen van de verzwarende omstandigheden de inzet, of alleen een die hier niet meetelt.'
    elif aantal_tellende_omstandigheden == 1:  # rij 5: - | - | 1
        rij_advies_intensiteit, advies_intensiteit = 5, _Intensiteit_PLUS
        reden_advies = 'Eén verzwarende omstandigheid verhoogt de inzet en telt mee.'
    elif (aantal_tellende_omstandigheden is not None and aantal_tellende_omstandigheden >= 2):  # rij 6: - | - | vanaf 2
        rij_advies_intensiteit, advies_intensiteit = 6, _Intensiteit_PLUSPLUS
        reden_advies = 'Een combinatie van verzwarende omstandigheden verhoogt de inzet en telt mee.'
    else:
        raise GeenBeslissing('tabel “advies intensiteit”: geen rij past')
    oordeel_wijkt_af_van_advies = (None if advies_intensiteit is None or intensiteit is None else (intensiteit != advies_intensiteit))
    woord_resultaatgebieden = ('resultaatgebied' if (aantal_resultaatgebieden == 1) else 'resultaatgebieden')

    # Beslistabel afspraak op uurbasis (eerste), §2.2, §3.3
    rij_afspraak_op_uurbasis: int | None
    afgesproken_uren_op_uurbasis: str | None
    uren_op_uurbasis_open: bool | None
    toelichting_uurbasis: str | None
    if op_uurbasis is True and (uren_op_uurbasis is not None and not uren_op_uurbasis is None):  # rij 1: ja | niet onbekend
        rij_afspraak_op_uurbasis, afgesproken_uren_op_uurbasis = 1, uren_op_uurbasis
        uren_op_uurbasis_open = False
        toelichting_uurbasis = 'Aangepast arrangement op uurbasis: de uren zijn afgesproken met de zorgaanbieder.'
    elif op_uurbasis is True and uren_op_uurbasis is None:  # rij 2: ja | onbekend
        rij_afspraak_op_uurbasis, afgesproken_uren_op_uurbasis, uren_op_uurbasis_open = 2, None, True
        toelichting_uurbasis = 'SWT legt de uren op uurbasis vast, in overleg met de zorgaanbieder (§2.2, §3.3).'
    elif True:  # rij 3: - | -
        rij_afspraak_op_uurbasis, afgesproken_uren_op_uurbasis, uren_op_uurbasis_open = 3, None, None
        toelichting_uurbasis = None
    else:
        raise GeenBeslissing('tabel “afspraak op uurbasis”: geen rij past')

    # Beslistabel besluit (eerste), §1.2, §1.3, §2.1
    rij_besluit: int | None
    besluit: Besluit | None
    reden_besluit: str | None
    if toegang == _Toegang_GEWEIGERD:  # rij 1: geweigerd | - | - | - | - | - | - | -
        rij_besluit, besluit, reden_besluit = 1, _Besluit_AFWIJZING, reden_toegang
    elif toegang == _Toegang_SWT_BEOORDEELT:  # rij 2: SWT beoordeelt | - | - | - | - | - | - | -
        rij_besluit, besluit, reden_besluit = 2, _Besluit_SWT_BEOORDEELT, reden_toegang
    elif toegang == _Toegang_VERLEEND and aantal_resultaatgebieden <= 0:  # rij 3: verleend | t/m 0 | - | - | - | - | - | -
        rij_besluit, besluit = 3, _Besluit_GEEN_MAATWERKVOORZIENING
        reden_besluit = 'Er is nu op geen enkel resultaatgebied ondersteuning via de maatwerkvoorziening nodig: voorliggende voorzieningen of het netwerk pakken de vragen op, of ze komen later aan de beurt.'
    elif toegang == _Toegang_VERLEEND and type_ondersteuning is None:  # rij 4: verleend | - | onbekend | - | - | - | - | -
        rij_besluit, besluit, reden_besluit = 4, _Besluit_SWT_BEOORDEELT, reden_type
    elif toegang == _Toegang_VERLEEND and intensiteit is None:  # rij 5: verleend | - | - | onbekend | - | - | - | -
        rij_besluit, besluit, reden_besluit = 5, _Besluit_SWT_BEOORDEELT, reden_intensiteit
    elif toegang == _Toegang_VERLEEND and arrangement is None:  # rij 6: verleend | - | - | - | onbekend | - | - | -
        rij_besluit, besluit, reden_besluit = 6, _Besluit_SWT_BEOORDEELT, toelichting_arrangement
    elif toegang == _Toegang_VERLEEND and toegekende_duur is None:  # rij 7: verleend | - | - | - | - | onbekend | - | -
        rij_besluit, besluit = 7, _Besluit_SWT_BEOORDEELT
        reden_besluit = 'SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d).'
    elif toegang == _Toegang_VERLEEND and uren_op_uurbasis_open is True:  # rij 8: verleend | - | - | - | - | - | ja | -
        rij_besluit, besluit, reden_besluit = 8, _Besluit_SWT_BEOORDEELT, toelichting_uurbasis
    elif toegang == _Toegang_VERLEEND and uren_huishouden_tekort is True:  # rij 9: verleend | - | - | - | - | - | - | ja
        rij_besluit, besluit = 9, _Besluit_SWT_BEOORDEELT
        reden_besluit = 'SWT beoordeelt de oplossing: volgens het SWT heeft het huishouden meer uren nodig dan de vaste uren van dit arrangement. De beleidsregel kent daarvoor geen automatische route: aangepast arrangement 2 is er alleen kortdurend, om het hele huishouden over te nemen, bij minimaal vijf uur per week (§2.2, §3.3).'
    elif toegang == _Toegang_VERLEEND:  # rij 10: verleend | - | - | - | - | - | - | -
        rij_besluit, besluit = 10, _Besluit_TOEKENNING
        reden_besluit = 'U krijgt Integrale Thuisondersteuning met het arrangement, de duur en de afspraken in dit besluit.'
    else:
        raise GeenBeslissing('tabel “besluit”: geen rij past')

    # Beslistabel open punten (verzamel), §1.2, §2.1 b, §2.1 c, §2.1 d, §3.3, §3.4 c
    rij_open_punten: list[int] = []
    _lijst_open_punt: list[str] = []
    if toegang == _Toegang_SWT_BEOORDEELT:  # rij 1
        rij_open_punten.append(1)
        _v = reden_toegang
        if _v is not None:
            _lijst_open_punt.append(_v)
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden >= 1 and type_ondersteuning is None:  # rij 2
        rij_open_punten.append(2)
        _v = reden_type
        if _v is not None:
            _lijst_open_punt.append(_v)
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden >= 1 and intensiteit is None:  # rij 3
        rij_open_punten.append(3)
        _v = reden_intensiteit
        if _v is not None:
            _lijst_open_punt.append(_v)
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden >= 1 and (basisarrangement is not None and not basisarrangement is None) and arrangement is None:  # rij 4
        rij_open_punten.append(4)
        _v = toelichting_arrangement
        if _v is not None:
            _lijst_open_punt.append(_v)
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden >= 1 and gevraagde_duur is None:  # rij 5
        rij_open_punten.append(5)
        _lijst_open_punt.append('SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d).')
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden >= 1 and uren_op_uurbasis_open is True:  # rij 6
        rij_open_punten.append(6)
        _v = toelichting_uurbasis
        if _v is not None:
            _lijst_open_punt.append(_v)
    if toegang == _Toegang_VERLEEND and aantal_resultaatgebieden >= 1 and uren_huishouden_tekort is True:  # rij 7
        rij_open_punten.append(7)
        _lijst_open_punt.append('SWT beoordeelt de oplossing: volgens het SWT heeft het huishouden meer uren nodig dan de vaste uren van dit arrangement. De beleidsregel kent daarvoor geen automatische route: aangepast arrangement 2 is er alleen kortdurend, om het hele huishouden over te nemen, bij minimaal vijf uur per week (§2.2, §3.3).')
    open_punt = tuple(_lijst_open_punt)

    # Beslistabel leidraad duur (eerste), §2.1 d, bijlage B2, Duur van de ondersteuning
    rij_leidraad_duur: int | None
    leidraad_duur: str | None
    if toegang == _Toegang_GEWEIGERD:  # rij 1: geweigerd | - | -
        rij_leidraad_duur, leidraad_duur = 1, None
    elif verandering_op_korte_termijn_verwacht is True:  # rij 2: - | ja | -
        rij_leidraad_duur = 2
        leidraad_duur = 'Korter dan 1 jaar, omdat de situatie op korte termijn waarschijnlijk verandert.'
    elif verandering_op_korte_termijn_verwacht is False and type_ondersteuning == _TypeOndersteuning_ACTIVEREND:  # rij 3: - | nee | activerend
        rij_leidraad_duur = 3
        leidraad_duur = 'Activerend: gemiddeld 1 jaar, hooguit 2 jaar. Daarna kan verlenging na een evaluatie; vaak wordt het arrangement dan ondersteunend.'
    elif verandering_op_korte_termijn_verwacht is False and type_ondersteuning == _TypeOndersteuning_ONDERSTEUNEND:  # rij 4: - | nee | ondersteunend
        rij_leidraad_duur = 4
        leidraad_duur = 'Ondersteunend: gemiddeld 2 jaar, hooguit 5 jaar. Daarna kan verlenging na een evaluatie.'
    elif verandering_op_korte_termijn_verwacht is False and type_ondersteuning is None:  # rij 5: - | nee | onbekend
        rij_leidraad_duur, leidraad_duur = 5, 'Hangt af van het type ondersteuning; dat is nog niet bekend.'
    else:
        raise GeenBeslissing('tabel “leidraad duur”: geen rij past')

    # Beslistabel meldingen duur (verzamel), §2.1 d, §2.2
    rij_meldingen_duur: list[int] = []
    _lijst_melding_duur: list[str] = []
    if (toegang is not None and not toegang == _Toegang_GEWEIGERD) and gevraagde_duur_boven_maximum is True:  # rij 1
        rij_meldingen_duur.append(1)
        _lijst_melding_duur.append('De gevraagde duur is langer dan de maximale duur voor dit type; toegekend is de maximale duur. Verlenging is mogelijk na een inhoudelijke evaluatie.')
    if (toegang is not None and not toegang == _Toegang_GEWEIGERD) and (gevraagde_duur is not None and gevraagde_duur >= _DUUR_12) and verandering_op_korte_termijn_verwacht is True:  # rij 2
        rij_meldingen_duur.append(2)
        _lijst_melding_duur.append('Er wordt op korte termijn verandering verwacht; de leidraad is dan een duur korter dan 1 jaar.')
    if (toegang is not None and not toegang == _Toegang_GEWEIGERD) and gevraagde_duur is None:  # rij 3
        rij_meldingen_duur.append(3)
        _lijst_melding_duur.append('SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d).')
    if (toegang is not None and not toegang == _Toegang_GEWEIGERD) and op_uurbasis is True and (toegekende_duur is not None and toegekende_duur >= _DUUR_12):  # rij 4
        rij_meldingen_duur.append(4)
        _lijst_melding_duur.append('Een aangepast arrangement is tijdelijk (§2.2), maar deze duur is 1 jaar of langer. De beleidsregel noemt geen grens; SWT: motiveer waarom deze duur past, of kies een kortere.')
    melding_duur = tuple(_lijst_melding_duur)

    # Beslistabel extra huishoudelijke schoonmaak (eerste), §3.5, bijlage B2, Huishouden
    rij_extra_huishoudelijke_schoonmaak: int | None
    ehs: bool | None
    toelichting_ehs: str | None
    if toegang == _Toegang_GEWEIGERD:  # rij 1: geweigerd | - | - | -
        rij_extra_huishoudelijke_schoonmaak, ehs, toelichting_ehs = 1, None, None
    elif toegang == _Toegang_SWT_BEOORDEELT:  # rij 2: SWT beoordeelt | - | - | -
        rij_extra_huishoudelijke_schoonmaak, ehs = 2, None
        toelichting_ehs = 'Eerst beoordeelt het SWT de toegang.'
    elif toegang == _Toegang_VERLEEND and leveringsvorm == _Leveringsvorm_PGB:  # rij 3: verleend | PGB | - | -
        rij_extra_huishoudelijke_schoonmaak, ehs = 3, False
        toelichting_ehs = 'De extra schoonmaak geldt alleen bij zorg in natura (ZIN), niet bij een pgb.'
    elif toegang == _Toegang_VERLEEND and leveringsvorm == _Leveringsvorm_ZIN and huishouden_nu is False:  # rij 4: verleend | ZIN | nee | -
        rij_extra_huishoudelijke_schoonmaak, ehs = 4, False
        toelichting_ehs = 'Huishouden is geen resultaatgebied in het ondersteuningsplan, dus geen extra schoonmaak.'
    elif toegang == _Toegang_VERLEEND and leveringsvorm == _Leveringsvorm_ZIN and huishouden_nu is True and toegekende_duur is None:  # rij 5: verleend | ZIN | ja | onbekend
        rij_extra_huishoudelijke_schoonmaak, ehs = 5, None
        toelichting_ehs = 'De duur van de beschikking is nog niet bekend; de extra schoonmaak vraagt minimaal zes maanden.'
    elif toegang == _Toegang_VERLEEND and leveringsvorm == _Leveringsvorm_ZIN and huishouden_nu is True and (toegekende_duur is not None and toegekende_duur < _DUUR_6):  # rij 6: verleend | ZIN | ja | minder dan 6 maanden
        rij_extra_huishoudelijke_schoonmaak, ehs = 6, False
        toelichting_ehs = 'De beschikking duurt korter dan zes maanden, dus geen extra schoonmaak.'
    elif toegang == _Toegang_VERLEEND and leveringsvorm == _Leveringsvorm_ZIN and huishouden_nu is True and (toegekende_duur is not None and toegekende_duur >= _DUUR_6):  # rij 7: verleend | ZIN | ja | vanaf 6 maanden
        rij_extra_huishoudelijke_schoonmaak, ehs = 7, True
        toelichting_ehs = 'Tweemaal per jaar 2 uur extra schoonmaak (of eenmaal 4 uur), aan te vragen bij uw hulp. U kiest zelf waaraan: bijvoorbeeld de binnenkant van keukenkastjes, koelkast of oven, plinten en deuren, een keer extra ramen lappen, of een logeerkamer.'
    else:
        raise GeenBeslissing('tabel “extra huishoudelijke schoonmaak”: geen rij past')

    # Beslistabel taken huishouden (verzamel), §3.1, §3.4, §3.4 a, §3.4 c, bijlage B2, Huishouden
    rij_taken_huishouden: list[int] = []
    _lijst_ruimte: list[str] = []
    _lijst_frequentie: list[str] = []
    _lijst_activiteiten: list[str] = []
    if toegang == _Toegang_VERLEEND and huishouden_nu is True:  # rijen 1–19
        rij_taken_huishouden += (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)
        _lijst_ruimte += (
            'Woonkamer', 'Slaapkamer', 'Keuken', 'Sanitair', 'Hal/ overloop', 'Woonkamer', 'Slaapkamer',
            'Hal/ overloop', 'Slaapkamer', 'Hal/ overloop', 'Woonkamer', 'Slaapkamer', 'Keuken',
            'Sanitair', 'Woonkamer', 'Slaapkamer', 'Keuken', 'Sanitair', 'Hal/ overloop',
        )
        _lijst_frequentie += (
            '1x per week', '1x per week', '1x per week', '1x per week', '1x per week', '1x per 2 weken',
            '1x per 2 weken', '1x per 2 weken', '1x per 4 weken', '1x per 4 weken',
            '1x per 6 weken tot 1x per 8 weken', '1x per 6 weken tot 1x per 8 weken',
            '1x per 6 weken tot 1x per 8 weken', '1x per 6 weken tot 1x per 8 weken',
            'Incidenteel (1x tot 4x per jaar)', 'Incidenteel (1x tot 4x per jaar)',
            'Incidenteel (1x tot 4x per jaar)', 'Incidenteel (1x tot 4x per jaar)',
            'Incidenteel (1x tot 4x per jaar)',
        )
        _lijst_activiteiten += (
            'Stof afnemen midden & laag, opruimen, stofzuigen',
            'Stof afnemen midden & laag, opruimen en stofzuigen',
            'Stofzuigen, dweilen, keukenblok keukenapparatuur schoonmaken, afval opruimen, afwassen',
            'Badkamer en toilet schoon-maken incl. stofzuigen en dweilen',
            'Stof afnemen midden, laag en hoog, stofzuigen', 'Stof afnemen, hoog, dweilen',
            'Bed verschonen of opmaken', 'Dweilen', 'Dweilen', 'Trap stofzuigen binnenshuis',
            'Deur (post)en nat afdoen, zitmeubels', 'Stof afnemen hoog',
            'Bovenkast keukenkastjes, deur (post) en nat afdoen', 'Deur (post)en nat afdoen',
            'Ramen binnenzijde wassen, radiatoren, raambekleding',
            'Ramen binnenzijde wassen, radiatoren, raambekleding, deur(post)en nat afdoen, matras draaien',
            'Ramen binnenzijde wassen, radiatoren, raambekleding, oven/magnetron, koelkast & keuken-kastjes binnenzijde, afzuigkap, losse tegelwand en vrie-zer schoonmaken',
            'Ramen binnenzijde wassen, radiatoren, raambekleding, tegelwand badkamer schoonmaken',
            'Deur(post)en nat afdoen, radiatoren',
        )
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is False:  # rijen 20–21
        rij_taken_huishouden += (20, 21)
        _lijst_ruimte += (
            'Wasverzorging', 'Wasverzorging',
        )
        _lijst_frequentie += (
            'max 1x per week', 'max 1x per twee weken',
        )
        _lijst_activiteiten += (
            'Wassen, drogen, opbergen', 'Strijken bovenkleding',
        )
    ruimte = tuple(_lijst_ruimte)
    frequentie = tuple(_lijst_frequentie)
    activiteiten = tuple(_lijst_activiteiten)

    # Beslistabel afspraken huishouden (verzamel), §3, §3.3, §3.4 a, §3.4 b, §3.4 c
    rij_afspraken_huishouden: list[int] = []
    _lijst_afspraak_huishouden: list[str] = []
    if toegang == _Toegang_VERLEEND and huishouden_nu is True:  # rijen 1–3
        rij_afspraken_huishouden += (1, 2, 3)
        _lijst_afspraak_huishouden += (
            'Niet onder de ondersteuningsplicht van de gemeente: een zolder, kelder of garage schoonmaken, dieren verzorgen en werk buiten de woning. Daarvoor zorgt u zelf.',
            'Boodschappen en maaltijden: in eigenlijk alle gevallen via gebruikelijke zorg, een mantelzorger, vrijwilligers of voorliggende voorzieningen, zoals een maaltijdservice of de boodschappendienst van een supermarkt. In de praktijk hoeft de zorgaanbieder dit dus niet binnen de maatwerkvoorziening te doen.',
            'Het klaarzetten van, toezien op en toedienen van de maaltijd hoort niet bij huishouden, maar bij het resultaatgebied zelfzorg en gezondheid.',
        )
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is True:  # rij 4
        rij_afspraken_huishouden.append(4)
        _lijst_afspraak_huishouden.append('Wassen en strijken gaan via een voorliggende was- en strijkservice; ze horen niet bij de maatwerkvoorziening.')
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is False:  # rij 5
        rij_afspraken_huishouden.append(5)
        _lijst_afspraak_huishouden.append('Er is geen bruikbare voorliggende was- en strijkservice: wassen en strijken horen bij de maatwerkvoorziening (zie de taken).')
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and voorliggende_was_en_strijkservice_bruikbaar is None:  # rij 6
        rij_afspraken_huishouden.append(6)
        _lijst_afspraak_huishouden.append('Open punt bij de taken: het SWT beoordeelt nog of een voorliggende was- en strijkservice bruikbaar is (§3.4 c). Tot dan staan wassen en strijken niet bij de taken; de rest van het besluit wacht daar niet op.')
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and enkelvoudig_huishouden is True and arrangement == _Arrangement_A3_ONDERSTEUNEND:  # rij 7
        rij_afspraken_huishouden.append(7)
        _lijst_afspraak_huishouden.append('Is 208 uur per jaar niet genoeg, bijvoorbeeld omdat in een eenoudergezin tijdelijk het hele huishouden overgenomen moet worden, dan kan tijdelijk aangepast arrangement 2: minimaal vijf uur per week, op uurbasis.')
    if toegang == _Toegang_VERLEEND and huishouden_nu is True and enkelvoudig_huishouden is False:  # rij 8
        rij_afspraken_huishouden.append(8)
        _lijst_afspraak_huishouden.append('Huishouden in combinatie met andere resultaatgebieden: er zijn geen voorgeschreven uren. Knelt de inzet, dan zoekt het SWT met u een passende oplossing.')
    afspraak_huishouden = tuple(_lijst_afspraak_huishouden)

    # Beslistabel andere omstandigheid (verzamel), §2.1 c, §3.3
    rij_andere_omstandigheid: list[int] = []
    _lijst_andere_omstandigheid_volgens_swt: list[str] = []
    if _Omstandigheid_ANDERE_OMSTANDIGHEID in verzwarende_omstandigheden and (beschrijving_andere_omstandigheid is not None and not beschrijving_andere_omstandigheid is None):  # rij 1
        rij_andere_omstandigheid.append(1)
        _v = beschrijving_andere_omstandigheid
        if _v is not None:
            _lijst_andere_omstandigheid_volgens_swt.append(_v)
    if _Omstandigheid_ANDERE_OMSTANDIGHEID in verzwarende_omstandigheden and beschrijving_andere_omstandigheid is None:  # rij 2
        rij_andere_omstandigheid.append(2)
        _lijst_andere_omstandigheid_volgens_swt.append('SWT: beschrijf de andere omstandigheid in het ondersteuningsplan.')
    andere_omstandigheid_volgens_swt = tuple(_lijst_andere_omstandigheid_volgens_swt)

    # Beslistabel intensiteit toelichting (verzamel), §2.1 c, §3.3, §3.4 c, bijlage B2, Benodigde intensiteit
    rij_intensiteit_toelichting: list[int] = []
    _lijst_intensiteit_toelichting: list[str] = []
    if oordeel_wijkt_af_van_advies is True:  # rij 1
        rij_intensiteit_toelichting.append(1)
        _lijst_intensiteit_toelichting.append('De intensiteit die het SWT gaf, wijkt af van het advies van bijlage B2 (een concept-bijlage). Dat mag: het oordeel is aan het SWT. SWT: motiveer in het ondersteuningsplan waarom.')
    if (omstandigheden_zonder_gevolg is not None and not len(omstandigheden_zonder_gevolg) == 0):  # rij 2
        rij_intensiteit_toelichting.append(2)
        _lijst_intensiteit_toelichting.append('Niet elke verzwarende omstandigheid telt: alleen als die ook echt gevolgen heeft voor de benodigde inzet.')
    if huishoudelijke_omstandigheden_buiten_huishouden is True:  # rij 3
        rij_intensiteit_toelichting.append(3)
        _lijst_intensiteit_toelichting.append('Omstandigheden die specifiek voor huishouden zijn (zoals COPD) tellen in het advies niet mee, omdat huishouden nu geen resultaatgebied is.')
    if algemene_omstandigheden_bij_alleen_huishouden is True:  # rij 4
        rij_intensiteit_toelichting.append(4)
        _lijst_intensiteit_toelichting.append('De maatwerkvoorziening werkt alleen aan huishouden. Bijlage B2 noemt de algemene omstandigheden (zoals gezinssituatie of life-events) voor de overige resultaatgebieden; in het advies tellen ze hier niet mee. Verhogen ze volgens het SWT toch het huishoudelijk werk, dan motiveert het SWT dat.')
    if incontinentie_en_besmet_wasgoed_samen is True:  # rij 5
        rij_intensiteit_toelichting.append(5)
        _lijst_intensiteit_toelichting.append('Incontinentie en besmet wasgoed kunnen hetzelfde feit zijn; in het advies tellen ze als één omstandigheid. Volgens §3.4 c is zulke was aanleiding om te verhogen naar intensiteit plus.')
    if (omstandigheden_binnen_gemiddeld is not None and not len(omstandigheden_binnen_gemiddeld) == 0):  # rij 6
        rij_intensiteit_toelichting.append(6)
        _lijst_intensiteit_toelichting.append('Omstandigheden zoals de grootte of de inrichting van de woning, de gezinssamenstelling of de was vragen soms iets meer tijd, maar blijven binnen het gemiddelde arrangement.')
    if verlichtende_omstandigheden is True:  # rij 7
        rij_intensiteit_toelichting.append(7)
        _lijst_intensiteit_toelichting.append('Verlichtende omstandigheden verlagen de intensiteit niet: de toekenning blijft hetzelfde. Het SWT legt vast welke taken u of uw netwerk zelf doet; de aanbieder zet daarvoor minder in.')
    intensiteit_toelichting = tuple(_lijst_intensiteit_toelichting)

    # Beslistabel keuze zorgaanbieder (eerste), §1, §1.2
    rij_keuze_zorgaanbieder: int | None
    keuze_zorgaanbieder: str | None
    if toegang == _Toegang_GEWEIGERD:  # rij 1: geweigerd | - | -
        rij_keuze_zorgaanbieder, keuze_zorgaanbieder = 1, None
    elif leveringsvorm == _Leveringsvorm_PGB:  # rij 2: - | PGB | -
        rij_keuze_zorgaanbieder = 2
        keuze_zorgaanbieder = 'U krijgt een pgb: de keuze uit de door de gemeente gecontracteerde zorgaanbieders geldt dan niet.'
    elif leveringsvorm == _Leveringsvorm_ZIN and doelgroep is None:  # rij 3: - | ZIN | onbekend
        rij_keuze_zorgaanbieder = 3
        keuze_zorgaanbieder = 'U kiest een van de door de gemeente Zwolle gecontracteerde zorgaanbieders.'
    elif leveringsvorm == _Leveringsvorm_ZIN:  # rij 4: - | ZIN | -
        rij_keuze_zorgaanbieder = 4
        keuze_zorgaanbieder = 'U kiest een van de door de gemeente Zwolle gecontracteerde zorgaanbieders. Een aanbieder die voor uw doelgroep is ingeschreven en aan wie het SWT u toekent, moet u accepteren.'
    else:
        raise GeenBeslissing('tabel “keuze zorgaanbieder”: geen rij past')

    # Beslistabel maandbudget (uniek), §2
    rij_maandbudget: int | None
    maandbudget: Decimal | None
    maandbudget_toelichting: str | None
    if toegang == _Toegang_GEWEIGERD:  # rij 1: geweigerd | - | -
        rij_maandbudget, maandbudget, maandbudget_toelichting = 1, None, None
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement is None:  # rij 2: niet geweigerd | onbekend | -
        rij_maandbudget, maandbudget = 2, None
        maandbudget_toelichting = 'Er is (nog) geen arrangement, dus ook geen maandbudget.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_A1_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 3: niet geweigerd | A1-ondersteunend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 3, None
        maandbudget_toelichting = 'Het maandbudget voor A1-ondersteunend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_A1_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 4: niet geweigerd | A1-activerend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 4, None
        maandbudget_toelichting = 'Het maandbudget voor A1-activerend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_A2_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 5: niet geweigerd | A2-ondersteunend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 5, None
        maandbudget_toelichting = 'Het maandbudget voor A2-ondersteunend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_A2_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 6: niet geweigerd | A2-activerend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 6, None
        maandbudget_toelichting = 'Het maandbudget voor A2-activerend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_A3_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 7: niet geweigerd | A3-ondersteunend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 7, None
        maandbudget_toelichting = 'Het maandbudget voor A3-ondersteunend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_A3_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 8: niet geweigerd | A3-activerend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 8, None
        maandbudget_toelichting = 'Het maandbudget voor A3-activerend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_B1_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 9: niet geweigerd | B1-ondersteunend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 9, None
        maandbudget_toelichting = 'Het maandbudget voor B1-ondersteunend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_B1_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 10: niet geweigerd | B1-activerend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 10, None
        maandbudget_toelichting = 'Het maandbudget voor B1-activerend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_B2_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 11: niet geweigerd | B2-ondersteunend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 11, None
        maandbudget_toelichting = 'Het maandbudget voor B2-ondersteunend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_B2_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 12: niet geweigerd | B2-activerend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 12, None
        maandbudget_toelichting = 'Het maandbudget voor B2-activerend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_B3_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 13: niet geweigerd | B3-ondersteunend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 13, None
        maandbudget_toelichting = 'Het maandbudget voor B3-ondersteunend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_B3_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 14: niet geweigerd | B3-activerend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 14, None
        maandbudget_toelichting = 'Het maandbudget voor B3-activerend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_C1_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 15: niet geweigerd | C1-ondersteunend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 15, None
        maandbudget_toelichting = 'Het maandbudget voor C1-ondersteunend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_C1_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 16: niet geweigerd | C1-activerend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 16, None
        maandbudget_toelichting = 'Het maandbudget voor C1-activerend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_C2_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 17: niet geweigerd | C2-ondersteunend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 17, None
        maandbudget_toelichting = 'Het maandbudget voor C2-ondersteunend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_C2_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 18: niet geweigerd | C2-activerend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 18, None
        maandbudget_toelichting = 'Het maandbudget voor C2-activerend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_C3_ONDERSTEUNEND and ingangsdatum >= _DATUM_2022_01_01:  # rij 19: niet geweigerd | C3-ondersteunend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 19, None
        maandbudget_toelichting = 'Het maandbudget voor C3-ondersteunend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_C3_ACTIVEREND and ingangsdatum >= _DATUM_2022_01_01:  # rij 20: niet geweigerd | C3-activerend | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 20, None
        maandbudget_toelichting = 'Het maandbudget voor C3-activerend staat in het Tarievenblad.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_AANGEPAST_ARRANGEMENT_1 and ingangsdatum >= _DATUM_2022_01_01:  # rij 21: niet geweigerd | "aangepast arrangement 1" | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 21, None
        maandbudget_toelichting = 'Op uurbasis: er is geen vast maandbudget; de uren worden afgesproken met de zorgaanbieder.'
    elif (toegang is not None and not toegang == _Toegang_GEWEIGERD) and arrangement == _Arrangement_AANGEPAST_ARRANGEMENT_2 and ingangsdatum >= _DATUM_2022_01_01:  # rij 22: niet geweigerd | "aangepast arrangement 2" | vanaf 1 januari 2022
        rij_maandbudget, maandbudget = 22, None
        maandbudget_toelichting = 'Op uurbasis: er is geen vast maandbudget; de uren worden afgesproken met de zorgaanbieder.'
    else:
        raise GeenBeslissing('tabel “maandbudget”: geen rij past')

    # Beslistabel ander terrein (verzamel), §1.2
    rij_ander_terrein: list[int] = []
    _lijst_ander_terrein_volgens_swt: list[str] = []
    if _Terrein_ANDER_TERREIN in beperkingen_op_terreinen and (beschrijving_ander_terrein is not None and not beschrijving_ander_terrein is None):  # rij 1
        rij_ander_terrein.append(1)
        _v = beschrijving_ander_terrein
        if _v is not None:
            _lijst_ander_terrein_volgens_swt.append(_v)
    if _Terrein_ANDER_TERREIN in beperkingen_op_terreinen and beschrijving_ander_terrein is None:  # rij 2
        rij_ander_terrein.append(2)
        _lijst_ander_terrein_volgens_swt.append('SWT: beschrijf het andere terrein in het ondersteuningsplan.')
    ander_terrein_volgens_swt = tuple(_lijst_ander_terrein_volgens_swt)

    # Beslistabel uitgesloten onderdelen (verzamel), §1.3
    rij_uitgesloten_onderdelen: list[int] = []
    _lijst_reden_uitsluiting: list[str] = []
    _lijst_voorliggende_voorziening: list[str] = []
    if _UitgeslotenOndersteuning_RECREATIEVE_EN_SOCIAAL_CULTURELE_ACTIVITEITEN in gevraagde_ondersteuning_buiten_de_voorziening:  # rij 1
        rij_uitgesloten_onderdelen.append(1)
        _lijst_reden_uitsluiting.append('Recreatieve en sociaal-culturele activiteiten, zoals structurele ondersteuning bij uitstapjes, vallen niet onder Integrale Thuisondersteuning.')
        _lijst_voorliggende_voorziening.append('maatjesprojecten, vrijwilligers of mantelzorgers')
    if _UitgeslotenOndersteuning_BOODSCHAPPEN_DOEN in gevraagde_ondersteuning_buiten_de_voorziening:  # rij 2
        rij_uitgesloten_onderdelen.append(2)
        _lijst_reden_uitsluiting.append('Boodschappen doen valt niet onder Integrale Thuisondersteuning; boodschappen laten doen via een boodschappenservice is algemeen gebruikelijk.')
        _lijst_voorliggende_voorziening.append('boodschappenservice')
    if _UitgeslotenOndersteuning_DAGBESTEDING in gevraagde_ondersteuning_buiten_de_voorziening:  # rij 3
        rij_uitgesloten_onderdelen.append(3)
        _lijst_reden_uitsluiting.append('Integrale Thuisondersteuning is geen invulling van de dag (dagbesteding).')
        _lijst_voorliggende_voorziening.append('voorliggende dagbesteding')
    if _UitgeslotenOndersteuning_VERVOER_NAAR_BEHANDELING in gevraagde_ondersteuning_buiten_de_voorziening:  # rij 4
        rij_uitgesloten_onderdelen.append(4)
        _lijst_reden_uitsluiting.append('Ondersteunen bij vervoer naar een behandeling valt niet onder Integrale Thuisondersteuning.')
    if _UitgeslotenOndersteuning_ONDERWIJSBEGELEIDING in gevraagde_ondersteuning_buiten_de_voorziening:  # rij 5
        rij_uitgesloten_onderdelen.append(5)
        _lijst_reden_uitsluiting.append('Begeleiding specifiek gericht op onderwijs of studie valt niet onder Integrale Thuisondersteuning.')
    if _UitgeslotenOndersteuning_BEHANDELING_OF_THERAPIE in gevraagde_ondersteuning_buiten_de_voorziening:  # rij 6
        rij_uitgesloten_onderdelen.append(6)
        _lijst_reden_uitsluiting.append('Behandeling of therapie, of een verlengde daarvan, valt niet onder Integrale Thuisondersteuning.')
    if _UitgeslotenOndersteuning_MEDICATIE in gevraagde_ondersteuning_buiten_de_voorziening:  # rij 7
        rij_uitgesloten_onderdelen.append(7)
        _lijst_reden_uitsluiting.append('Toezien op, attenderen op, aanreiken en toedienen van medicatie valt niet onder Integrale Thuisondersteuning.')
    if _UitgeslotenOndersteuning_BEKOSTIGEN_VAN_VERBLIJF in gevraagde_ondersteuning_buiten_de_voorziening:  # rij 8
        rij_uitgesloten_onderdelen.append(8)
        _lijst_reden_uitsluiting.append('Integrale Thuisondersteuning betaalt geen verblijf; een koppeling tussen wonen en zorg is uitgesloten.')
    reden_uitsluiting = tuple(_lijst_reden_uitsluiting)
    voorliggende_voorziening = tuple(_lijst_voorliggende_voorziening)
    uitkomsten = (
        toegang, reden_toegang, resultaatgebieden_nu, ondersteunend_nu, activerend_nu, aantal_activerend,
        aantal_ondersteunend, typebeeld, type_ondersteuning, reden_type, gemiddelde_duur, maximale_duur,
        gevraagde_duur_boven_maximum, toegekende_duur, einddatum, evaluatiedatum_halverwege,
        aantal_resultaatgebieden, huishouden_nu, enkelvoudig_huishouden, intensiteit, reden_intensiteit,
        zwaarte, reden_zwaarte, basisarrangement, arrangement, op_uurbasis, toelichting_arrangement,
        uren_huishouden_per_jaar, toelichting_uren, uren_huishouden_tekort, huishoudelijke_omstandigheid,
        aantal_huishoudelijke_omstandigheden, algemene_omstandigheid, aantal_algemene_omstandigheden,
        aantal_tellende_omstandigheden, omstandigheden_zonder_gevolg,
        huishoudelijke_omstandigheden_buiten_huishouden, algemene_omstandigheden_bij_alleen_huishouden,
        incontinentie_en_besmet_wasgoed_samen, advies_intensiteit, reden_advies, oordeel_wijkt_af_van_advies,
        woord_resultaatgebieden, afgesproken_uren_op_uurbasis, uren_op_uurbasis_open, toelichting_uurbasis,
        besluit, reden_besluit, open_punt, leidraad_duur, melding_duur, ehs, toelichting_ehs, ruimte,
        frequentie, activiteiten, afspraak_huishouden, andere_omstandigheid_volgens_swt,
        intensiteit_toelichting, keuze_zorgaanbieder, maandbudget, maandbudget_toelichting,
        ander_terrein_volgens_swt, reden_uitsluiting, voorliggende_voorziening,
    )
    return uitkomsten, (rij_toegang, rij_typebeeld, rij_type_ondersteuning, rij_duur_per_type, rij_toegekende_duur,
            rij_intensiteit, rij_zwaarte, rij_basisarrangement, rij_arrangement, rij_uren_huishouden,
            rij_huishoudelijke_omstandigheden, rij_algemene_omstandigheden, rij_advies_intensiteit,
            rij_afspraak_op_uurbasis, rij_besluit, rij_open_punten, rij_leidraad_duur, rij_meldingen_duur,
            rij_extra_huishoudelijke_schoonmaak, rij_taken_huishouden, rij_afspraken_huishouden,
            rij_andere_omstandigheid, rij_intensiteit_toelichting, rij_keuze_zorgaanbieder, rij_maandbudget,
            rij_ander_terrein, rij_uitgesloten_onderdelen,)


# -- Wat een spoor per tabel nodig heeft: naam, uitkomsten, bron, en per rij (regel in de bron, eigen bron)

TABELLEN: tuple[Spoortabel, ...] = (
    Spoortabel('toegang', ('toegang', 'reden toegang'), ('§1.2', '§1.3'), (
        (96, ('§1.3',)), (97, ('§1.3',)), (98, ('§1.2',)), (99, ('§1.2',)), (100, ('§1.2',)),
        (101, ('§1.2',)), (102, ('§1.2',)), (103, ('§1.2',)),
    )),
    Spoortabel('typebeeld', ('typebeeld',), ('§2.1 b',), (
        (50,), (51,), (52,), (53,), (54,),
    )),
    Spoortabel('type ondersteuning', ('type ondersteuning', 'reden type'), ('§2.1 b', 'bijlage B2, Type ondersteuning'), (
        (73,), (74, ('§2.1 b',)), (75, ('§2.1 b',)), (76, ('§2.1 b',)), (77,), (78,), (79,),
    )),
    Spoortabel('duur per type', ('gemiddelde duur', 'maximale duur'), ('§2.1 d', 'bijlage B2, Duur van de ondersteuning'), (
        (32,), (33, ('§2.1 d',)), (34, ('§2.1 d',)), (35, ('§2.1 d',)),
    )),
    Spoortabel('toegekende duur', ('toegekende duur',), ('§2.1 d',), (
        (85,), (86,), (87,), (88,),
    )),
    Spoortabel('intensiteit', ('intensiteit', 'reden intensiteit'), ('§2.1 c', '§3.3'), (
        (211,), (212, ('§2.1 c',)), (213, ('§2.1 c',)), (214, ('§2.1 c',)),
    )),
    Spoortabel('zwaarte', ('zwaarte', 'reden zwaarte'), ('§1.1', '§2.1 a', 'bijlage B2, Zwaarte van de ondersteuningsvraag'), (
        (83,), (84, ('§2.1 a',)), (85, ('§2.1 a',)), (86, ('§2.1 a',)), (87, ('§2.1 a',)),
    )),
    Spoortabel('basisarrangement', ('basisarrangement',), ('§2',), (
        (73,), (73,), (73,), (73,), (73,), (73,), (74,), (74,), (74,), (74,), (74,), (74,), (75,), (75,),
        (75,), (75,), (75,), (75,),
    )),
    Spoortabel('arrangement', ('arrangement', 'op uurbasis', 'toelichting arrangement'), ('§2', '§2.2'), (
        (98,), (99, ('§1.2', '§1.3')), (100, ('§2.1 a',)), (101, ('§2',)), (102, ('§2',)), (103, ('§2.2',)),
        (104, ('§2.2',)), (105, ('§2.2', '§3.3')), (106, ('§3.3',)), (107, ('§3.3',)), (108, ('§2.2',)),
        (109, ('§2.2',)), (110, ('§2.2',)),
    )),
    Spoortabel('uren huishouden', ('uren huishouden per jaar', 'toelichting uren'), ('§3', '§3.2', '§3.3'), (
        (34,), (35, ('§3',)), (36, ('§3',)), (37, ('§3.2', '§3.3')), (38, ('§3.3',)), (39, ('§3.3',)),
        (40, ('§2.2', '§3.3')), (41, ('§3',)), (42, ('§2',)),
    )),
    Spoortabel('huishoudelijke omstandigheden', ('huishoudelijke omstandigheid',), ('§3.3', '§3.4 c', 'bijlage B2, Benodigde intensiteit'), (
        (130,), (131,), (132,), (133,), (134,), (135,),
    )),
    Spoortabel('algemene omstandigheden', ('algemene omstandigheid',), ('§2.1 c', 'bijlage B2, Benodigde intensiteit'), (
        (146,), (147,), (148,), (149,), (150,), (151,),
    )),
    Spoortabel('advies intensiteit', ('advies intensiteit', 'reden advies'), ('bijlage B2, Benodigde intensiteit',), (
        (178,), (179,), (180,), (181,), (182,), (183,),
    )),
    Spoortabel('afspraak op uurbasis', ('afgesproken uren op uurbasis', 'uren op uurbasis open', 'toelichting uurbasis'), ('§2.2', '§3.3'), (
        (212,), (213,), (214,),
    )),
    Spoortabel('besluit', ('besluit', 'reden besluit'), ('§1.2', '§1.3', '§2.1'), (
        (40, ('§1.2', '§1.3')), (41, ('§1.2',)), (42, ('§2.1 a',)), (43, ('§2.1 b',)), (44, ('§2.1 c',)),
        (45, ('§2.2', '§3.3')), (46, ('§2.1 d',)), (47, ('§2.2', '§3.3')), (48, ('§3.3',)),
        (49, ('§2', '§2.1')),
    )),
    Spoortabel('open punten', ('open punt',), ('§1.2', '§2.1 b', '§2.1 c', '§2.1 d', '§3.3', '§3.4 c'), (
        (123,), (124,), (125,), (126,), (127,), (128,), (129,),
    )),
    Spoortabel('leidraad duur', ('leidraad duur',), ('§2.1 d', 'bijlage B2, Duur van de ondersteuning'), (
        (48,), (49, ('§2.1 d',)), (50, ('§2.1 d',)), (51, ('§2.1 d',)), (52, ('§2.1 d',)),
    )),
    Spoortabel('meldingen duur', ('melding duur',), ('§2.1 d', '§2.2'), (
        (105,), (106,), (107,), (108,),
    )),
    Spoortabel('extra huishoudelijke schoonmaak', ('EHS', 'toelichting EHS'), ('§3.5', 'bijlage B2, Huishouden'), (
        (16, ('§3.5',)), (17, ('§3.5',)), (18, ('§3.5',)), (19, ('§3.5',)), (20, ('§3.5',)), (21, ('§3.5',)),
        (22, ('§3.5',)),
    )),
    Spoortabel('taken huishouden', ('ruimte', 'frequentie', 'activiteiten'), ('§3.1', '§3.4', '§3.4 a', '§3.4 c', 'bijlage B2, Huishouden'), (
        (113, ('§3.4 a',)), (114, ('§3.4 a',)), (115, ('§3.4 a',)), (116, ('§3.4 a',)), (117, ('§3.4 a',)),
        (118, ('§3.4 a',)), (119, ('§3.4 a',)), (120, ('§3.4 a',)), (121, ('§3.4 a',)), (122, ('§3.4 a',)),
        (123, ('§3.4 a',)), (124, ('§3.4 a',)), (125, ('§3.4 a',)), (126, ('§3.4 a',)), (127, ('§3.4 a',)),
        (128, ('§3.4 a',)), (129, ('§3.4 a',)), (130, ('§3.4 a',)), (131, ('§3.4 a',)), (132, ('§3.4 c',)),
        (133, ('§3.4 c',)),
    )),
    Spoortabel('afspraken huishouden', ('afspraak huishouden',), ('§3', '§3.3', '§3.4 a', '§3.4 b', '§3.4 c'), (
        (220, ('§3.4 a',)), (221, ('§3.4 b',)), (222, ('§3.4 b',)), (223, ('§3.4 c',)), (224, ('§3.4 c',)),
        (225, ('§3.4 c',)), (226, ('§3.3',)), (227, ('§3',)),
    )),
    Spoortabel('andere omstandigheid', ('andere omstandigheid volgens SWT',), ('§2.1 c', '§3.3'), (
        (162,), (163,),
    )),
    Spoortabel('intensiteit toelichting', ('intensiteit toelichting',), ('§2.1 c', '§3.3', '§3.4 c', 'bijlage B2, Benodigde intensiteit'), (
        (247, ('§2.1 c',)), (248, ('§3.3', 'bijlage B2, Benodigde intensiteit')), (249, ('§2.1 c',)),
        (250, ('bijlage B2, Benodigde intensiteit',)), (251, ('§3.4 c',)), (252, ('§3.3',)), (253, ('§3.3',)),
    )),
    Spoortabel('keuze zorgaanbieder', ('keuze zorgaanbieder',), ('§1', '§1.2'), (
        (43,), (44, ('§1',)), (45, ('§1',)), (46,),
    )),
    Spoortabel('maandbudget', ('maandbudget', 'maandbudget toelichting'), ('§2',), (
        (23,), (24,), (25,), (26,), (27,), (28,), (29,), (30,), (31,), (32,), (33,), (34,), (35,), (36,),
        (37,), (38,), (39,), (40,), (41,), (42,), (43,), (44,),
    )),
    Spoortabel('ander terrein', ('ander terrein volgens SWT',), ('§1.2',), (
        (151,), (152,),
    )),
    Spoortabel('uitgesloten onderdelen', ('reden uitsluiting', 'voorliggende voorziening'), ('§1.3',), (
        (169,), (170,), (171,), (172,), (173,), (174,), (175,), (176,),
    )),
)


# -- Een hele casus

class Resultaat(NamedTuple):
    """Alle uitkomsten van één casus (in de volgorde van UITVOER), en per tabel de rij(en) die de
    doorslag gaven."""

    toegang: Toegang
    reden_toegang: str
    resultaatgebieden_nu: frozenset[Resultaatgebied]
    ondersteunend_nu: frozenset[Resultaatgebied]
    activerend_nu: frozenset[Resultaatgebied]
    aantal_activerend: int
    aantal_ondersteunend: int
    typebeeld: Typebeeld | None
    type_ondersteuning: TypeOndersteuning | None
    reden_type: str | None
    gemiddelde_duur: Duur | None
    maximale_duur: Duur | None
    gevraagde_duur_boven_maximum: bool | None
    toegekende_duur: Duur | None
    einddatum: datetime.date | None
    evaluatiedatum_halverwege: datetime.date | None
    aantal_resultaatgebieden: int
    huishouden_nu: bool
    enkelvoudig_huishouden: bool
    intensiteit: Intensiteit | None
    reden_intensiteit: str | None
    zwaarte: Zwaarte | None
    reden_zwaarte: str | None
    basisarrangement: Arrangement | None
    arrangement: Arrangement | None
    op_uurbasis: bool | None
    toelichting_arrangement: str | None
    uren_huishouden_per_jaar: int | None
    toelichting_uren: str | None
    uren_huishouden_tekort: bool | None
    huishoudelijke_omstandigheid: tuple[str, ...]
    aantal_huishoudelijke_omstandigheden: int | None
    algemene_omstandigheid: tuple[str, ...]
    aantal_algemene_omstandigheden: int | None
    aantal_tellende_omstandigheden: int | None
    omstandigheden_zonder_gevolg: frozenset[Omstandigheid] | None
    huishoudelijke_omstandigheden_buiten_huishouden: bool | None
    algemene_omstandigheden_bij_alleen_huishouden: bool | None
    incontinentie_en_besmet_wasgoed_samen: bool | None
    advies_intensiteit: Intensiteit | None
    reden_advies: str | None
    oordeel_wijkt_af_van_advies: bool | None
    woord_resultaatgebieden: str
    afgesproken_uren_op_uurbasis: str | None
    uren_op_uurbasis_open: bool | None
    toelichting_uurbasis: str | None
    besluit: Besluit
    reden_besluit: str | None
    open_punt: tuple[str, ...] | None
    leidraad_duur: str | None
    melding_duur: tuple[str, ...]
    ehs: bool | None
    toelichting_ehs: str | None
    ruimte: tuple[str, ...]
    frequentie: tuple[str, ...]
    activiteiten: tuple[str, ...]
    afspraak_huishouden: tuple[str, ...]
    andere_omstandigheid_volgens_swt: tuple[str, ...] | None
    intensiteit_toelichting: tuple[str, ...]
    keuze_zorgaanbieder: str | None
    maandbudget: Decimal | None
    maandbudget_toelichting: str | None
    ander_terrein_volgens_swt: tuple[str, ...] | None
    reden_uitsluiting: tuple[str, ...]
    voorliggende_voorziening: tuple[str, ...] | None
    rijen: tuple

    @property
    def beslissingen(self) -> tuple[Beslissing, ...]:
        """Per tabel de Beslissing: uitkomst en rijen met bron. Pas gemaakt als iemand erom vraagt."""
        return spoor(TABELLEN, self.waarden(), self.rijen)

    def waarden(self) -> dict[str, Any]:
        return dict(zip(UITVOER, self))


UITVOER: list[str] = [
    'toegang', 'reden toegang', 'resultaatgebieden nu', 'ondersteunend nu', 'activerend nu',
    'aantal activerend', 'aantal ondersteunend', 'typebeeld', 'type ondersteuning', 'reden type',
    'gemiddelde duur', 'maximale duur', 'gevraagde duur boven maximum', 'toegekende duur', 'einddatum',
    'evaluatiedatum halverwege', 'aantal resultaatgebieden', 'huishouden nu', 'enkelvoudig huishouden',
    'intensiteit', 'reden intensiteit', 'zwaarte', 'reden zwaarte', 'basisarrangement', 'arrangement',
    'op uurbasis', 'toelichting arrangement', 'uren huishouden per jaar', 'toelichting uren',
    'uren huishouden tekort', 'huishoudelijke omstandigheid', 'aantal huishoudelijke omstandigheden',
    'algemene omstandigheid', 'aantal algemene omstandigheden', 'aantal tellende omstandigheden',
    'omstandigheden zonder gevolg', 'huishoudelijke omstandigheden buiten huishouden',
    'algemene omstandigheden bij alleen huishouden', 'incontinentie en besmet wasgoed samen',
    'advies intensiteit', 'reden advies', 'oordeel wijkt af van advies', 'woord resultaatgebieden',
    'afgesproken uren op uurbasis', 'uren op uurbasis open', 'toelichting uurbasis', 'besluit',
    'reden besluit', 'open punt', 'leidraad duur', 'melding duur', 'EHS', 'toelichting EHS', 'ruimte',
    'frequentie', 'activiteiten', 'afspraak huishouden', 'andere omstandigheid volgens SWT',
    'intensiteit toelichting', 'keuze zorgaanbieder', 'maandbudget', 'maandbudget toelichting',
    'ander terrein volgens SWT', 'reden uitsluiting', 'voorliggende voorziening',
]
# Per uitkomst (volgorde van UITVOER) haar soort: zo zet beslis_json een waarde om zonder naar haar type te kijken.
UITVOER_SOORT: list[str] = [
    'keuze', 'tekst', 'verzameling', 'verzameling', 'verzameling', 'getal', 'getal', 'keuze', 'keuze',
    'tekst', 'duur', 'duur', 'janee', 'duur', 'datum', 'datum', 'getal', 'janee', 'janee', 'keuze', 'tekst',
    'keuze', 'tekst', 'keuze', 'keuze', 'janee', 'tekst', 'getal', 'tekst', 'janee', 'lijst van tekst',
    'getal', 'lijst van tekst', 'getal', 'getal', 'verzameling', 'janee', 'janee', 'janee', 'keuze', 'tekst',
    'janee', 'tekst', 'tekst', 'janee', 'tekst', 'keuze', 'tekst', 'lijst van tekst', 'tekst',
    'lijst van tekst', 'janee', 'tekst', 'lijst van tekst', 'lijst van tekst', 'lijst van tekst',
    'lijst van tekst', 'lijst van tekst', 'lijst van tekst', 'tekst', 'bedrag', 'tekst', 'lijst van tekst',
    'lijst van tekst', 'lijst van tekst',
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
    ('toegang', None): '{reden toegang} Uw toegang tot Integrale Thuisondersteuning is daarom: {toegang}. Dit staat in {bron} van de beleidsregel.',
    ('typebeeld', None): 'Volgens het SWT is uw ondersteuning activerend op: {activerend nu}. Op de andere resultaatgebieden van nu is ze ondersteunend: {ondersteunend nu}. Volgens {bron} is het beeld daarom: {typebeeld}.',
    ('type ondersteuning', None): '{reden type} Het type ondersteuning is dus: {type ondersteuning}. Dit staat in {bron}.',
    ('duur per type', None): 'Uw type ondersteuning is {type ondersteuning}. Volgens de leidraad in {bron} is de gemiddelde duur dan {gemiddelde duur} en de maximale duur {maximale duur}.',
    ('toegekende duur', None): 'De gevraagde duur is {gevraagde duur}. De maximale duur voor uw type ondersteuning is {maximale duur}. Volgens {bron} is de duur van uw toekenning daarom {toegekende duur}.',
    ('intensiteit', None): '{reden intensiteit} Intensiteit: {intensiteit}. Dit staat in {bron} van de beleidsregel.',
    ('zwaarte', None): 'U heeft een ondersteuningsvraag op deze resultaatgebieden: {resultaatgebieden met ondersteuningsvraag}. Een voorliggende voorziening pakt op: {via voorliggende voorziening}. Uw netwerk pakt op: {via netwerk}. Later aan de beurt: {later opgepakt}. De maatwerkvoorziening werkt nu dus tegelijk aan {aantal resultaatgebieden} {woord resultaatgebieden}: {resultaatgebieden nu}. {reden zwaarte} Dit staat in {bron} van de beleidsregel.',
    ('basisarrangement', None): 'Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}.',
    ('arrangement', None): '{toelichting arrangement} Uw arrangement: {arrangement}. Dit staat in {bron} van de beleidsregel.',
    ('uren huishouden', None): '{toelichting uren} Dit staat in {bron}.',
    ('huishoudelijke omstandigheden', None): 'Omstandigheden specifiek voor huishouden die de inzet verhogen: {huishoudelijke omstandigheid}',
    ('algemene omstandigheden', None): 'Omstandigheden uit de algemene lijst die de inzet verhogen: {algemene omstandigheid}',
    ('advies intensiteit', None): '{reden advies} Advies van bijlage B2 (concept; het SWT beslist): {advies intensiteit}. Dit staat in {bron}.',
    ('afspraak op uurbasis', None): '{toelichting uurbasis} Dit staat in {bron} van de beleidsregel.',
    ('besluit', None): 'Het besluit is: {besluit}. {reden besluit} Dit staat in {bron} van de beleidsregel.',
    ('open punten', None): 'Wat het SWT nog moet beoordelen voordat er een besluit is: {open punt}',
    ('leidraad duur', None): 'Leidraad voor de duur volgens {bron}: {leidraad duur}',
    ('meldingen duur', None): 'Meldingen over de duur volgens {bron}: {melding duur}',
    ('extra huishoudelijke schoonmaak', None): '{toelichting EHS} Extra huishoudelijke schoonmaak: {EHS}. Dit staat in {bron} van de beleidsregel.',
    ('taken huishouden', None): 'Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c).',
    ('afspraken huishouden', None): 'Afspraken over huishouden volgens {bron}: {afspraak huishouden}',
    ('andere omstandigheid', None): 'Een andere verzwarende omstandigheid dan de voorbeelden in {bron}: {andere omstandigheid volgens SWT}',
    ('intensiteit toelichting', None): 'Wat u verder moet weten over de intensiteit: {intensiteit toelichting}',
    ('keuze zorgaanbieder', None): '{keuze zorgaanbieder} Dit staat in {bron} van de beleidsregel.',
    ('maandbudget', None): 'Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}',
    ('ander terrein', None): 'Beperkingen door een ander terrein dan de vier in {bron}: {ander terrein volgens SWT}',
    ('uitgesloten onderdelen', None): 'Hulp die u vroeg, maar die volgens {bron} niet onder Integrale Thuisondersteuning valt: {gevraagde ondersteuning buiten de voorziening}. Andere mogelijkheden die de beleidsregel daarvoor noemt: {voorliggende voorziening}.',
}
TABEL_BRON: dict[str, str] = {t.naam: ", ".join(t.bron) for t in TABELLEN}
# De volgorde van de route (zie compiler/semantiek/route.py): zo leest de uitleg.
ROUTE: dict[str, int] = {
    'toegang': 0,
    'ander terrein': 1,
    'uitgesloten onderdelen': 2,
    'zwaarte': 3,
    'typebeeld': 4,
    'type ondersteuning': 5,
    'huishoudelijke omstandigheden': 6,
    'algemene omstandigheden': 7,
    'andere omstandigheid': 8,
    'advies intensiteit': 9,
    'intensiteit': 10,
    'intensiteit toelichting': 11,
    'basisarrangement': 12,
    'arrangement': 13,
    'afspraak op uurbasis': 14,
    'duur per type': 15,
    'leidraad duur': 16,
    'toegekende duur': 17,
    'meldingen duur': 18,
    'uren huishouden': 19,
    'taken huishouden': 20,
    'afspraken huishouden': 21,
    'extra huishoudelijke schoonmaak': 22,
    'keuze zorgaanbieder': 23,
    'maandbudget': 24,
    'besluit': 25,
    'open punten': 26,
}
VERZAMEL: frozenset[str] = frozenset({
    'afspraken huishouden',
    'algemene omstandigheden',
    'ander terrein',
    'andere omstandigheid',
    'huishoudelijke omstandigheden',
    'intensiteit toelichting',
    'meldingen duur',
    'open punten',
    'taken huishouden',
    'uitgesloten onderdelen',
})


# De zinnen bij het laden gesplitst op hun {plaatshouders}; per casus alleen de waarden als tekst:
# dezelfde zinnen als vul_in(UITLEG[…], invoer en uitkomsten, {bron, rij}) per Beslissing, in de
# volgorde van de route, zonder de stappen die voor deze casus niet gelden.
_UITLEGGER = Uitlegger(TABELLEN, list(VELDEN), UITVOER, UITLEG, ROUTE, VERZAMEL)


def uitleg(invoer: Invoer, resultaat: Resultaat) -> list[str]:
    """Hoe de uitkomst tot stand kwam: per tabel een zin in gewone taal, met de paragraaf."""
    return _UITLEGGER.zinnen(invoer, resultaat, resultaat.rijen)
