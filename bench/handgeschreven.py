"""The practical floor, written by hand the way a developer would: no generator, no rule engine.

Two functions:
- `arrangement`: only the §2 arrangement matrix (a dict for the level, the scheme's naming pattern);
- `beslissing`: the whole decision of regels/thuisondersteuning, every outcome the generated
  `uitkomsten()` gives (toegang, zwaarte, type, intensiteit, arrangement, duur, evaluatiedatum,
  uren, EHS, besluit, the task list, all the reasons), from the beleidsregel's tables.

Straightforward Python: plain strings for the keuzelijsten, frozensets of strings, durations as
whole months (an int), datetime.date, None for onbekend; if/elif per table, dicts where a table is
a lookup, no caches, no tricks. bench/run.py checks both against the generated code on every
benchmark case before anything is timed: a floor that does not agree with the rules says nothing.
The texts are the rules' texts, copied.
"""

from __future__ import annotations

import calendar
import datetime
from typing import NamedTuple

# -- §2, the matrix alone

NIVEAU = {"gemiddeld": "1", "plus": "2", "plusplus": "3"}


def arrangement(intensiteit: str | None, zwaarte: str | None, type_ondersteuning: str | None) -> str | None:
    """§2: intensiteit in the rows, zwaarte and type in the columns; e.g. B2-activerend."""
    if intensiteit is None or zwaarte is None or type_ondersteuning is None:
        return None
    return f"{zwaarte}{NIVEAU[intensiteit]}-{type_ondersteuning}"


# -- The whole decision

class Casus(NamedTuple):
    """One case, read: strings, frozensets of strings, months as int, dates; None is onbekend."""

    oordeel_basisarrangement: str
    uren_per_week: int | None
    ingangsdatum: datetime.date
    verandering_verwacht: bool
    gevraagde_duur: int | None  # months
    was_en_strijkservice_bruikbaar: bool | None
    verzwarend: frozenset[str]
    verhogend: frozenset[str] | None
    binnen_gemiddeld: frozenset[str]
    verlichtend: bool
    leveringsvorm: str
    doelgroep: str | None
    leeftijd: int
    nieuwe_toekenning: bool
    uitzondering_leeftijd: bool | None
    eigen_huisvesting: bool
    huur_afhankelijk: bool
    beperkingen: frozenset[str]
    buiten_de_voorziening: frozenset[str]
    activerend_op: frozenset[str]
    zwaartepunt_type: str | None
    gevraagd: frozenset[str]  # resultaatgebieden met ondersteuningsvraag
    via_voorliggend: frozenset[str]
    via_netwerk: frozenset[str]
    later: frozenset[str]


def lees(casus: dict) -> Casus:
    """A valid JSON case (as `regels beslis` takes it) → Casus. Not timed; no checks."""
    def duur(d):
        return None if d is None else d.get("maanden", 0) + 12 * d.get("jaren", 0)

    def s(naam):
        return frozenset(casus[naam])

    return Casus(
        casus["SWT-oordeel over het basisarrangement"], casus.get("benodigde uren per week"),
        datetime.date.fromisoformat(casus["ingangsdatum"]), casus["verandering op korte termijn verwacht"],
        duur(casus.get("gevraagde duur")), casus.get("voorliggende was- en strijkservice bruikbaar"),
        s("verzwarende omstandigheden"),
        None if casus.get("omstandigheden die de inzet verhogen") is None else s("omstandigheden die de inzet verhogen"),
        s("omstandigheden binnen gemiddeld"), casus["verlichtende omstandigheden"], casus["leveringsvorm"],
        casus.get("doelgroep"), casus["leeftijd"], casus["nieuwe toekenning"],
        casus.get("SWT-oordeel uitzondering leeftijd"), casus["heeft eigen huisvesting"],
        casus["huurovereenkomst afhankelijk van de ondersteuning"], s("beperkingen op terreinen"),
        s("gevraagde ondersteuning buiten de voorziening"), s("activerend op"), casus.get("zwaartepunt type"),
        s("resultaatgebieden met ondersteuningsvraag"), s("via voorliggende voorziening"), s("via netwerk"),
        s("later opgepakt"),
    )


def plus_maanden(datum: datetime.date, maanden: int) -> datetime.date:
    m = datum.month - 1 + maanden
    jaar, maand = datum.year + m // 12, m % 12 + 1
    return datetime.date(jaar, maand, min(datum.day, calendar.monthrange(jaar, maand)[1]))


HUISHOUDELIJK = frozenset({  # §3.3: omstandigheden die alleen bij huishouden de inzet verhogen
    "COPD", "bedlegerigheid", "incontinentie", "rolstoelgebondenheid", "lichamelijke beperkingen of belemmeringen",
    "overname van de regie over het huishouden", "besmet wasgoed of vaker wassen",
})
DUUR = {"activerend": (12, 24), "ondersteunend": (24, 60)}  # §2.1 d: gemiddeld, maximaal (maanden)
ZWAARTE = {1: "A", 2: "A", 3: "B", 4: "B", 5: "C", 6: "C"}
UREN = {  # §3.2: alleen huishouden, ondersteunend
    "A1-ondersteunend": (105, ("Gemiddeld 105 uur per jaar inzet door een professional: daarmee is een schoon en "
                               "leefbaar huis haalbaar.")),
    "A2-ondersteunend": (156, "156 uur per jaar inzet door een professional (intensiteit plus)."),
    "A3-ondersteunend": (208, "208 uur per jaar inzet door een professional (intensiteit plusplus)."),
}
SWT_DUUR = "SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d)."
SWT_WAS = "SWT beoordeelt of een voorliggende was- en strijkservice bruikbaar is (§3.4 c)."
GEEN_RESULTAATGEBIED = "Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus ook geen "
TAKEN = (  # §3.4: ruimte, frequentie, activiteiten
    ("Woonkamer", "1x per week", "Stof afnemen midden & laag, opruimen, stofzuigen"),
    ("Slaapkamer", "1x per week", "Stof afnemen midden & laag, opruimen en stofzuigen"),
    ("Keuken", "1x per week", "Stofzuigen, dweilen, keukenblok keukenapparatuur schoonmaken, afval opruimen, afwassen"),
    ("Sanitair", "1x per week", "Badkamer en toilet schoon-maken incl. stofzuigen en dweilen"),
    ("Hal/ overloop", "1x per week", "Stof afnemen midden, laag en hoog, stofzuigen"),
    ("Woonkamer", "1x per 2 weken", "Stof afnemen, hoog, dweilen"),
    ("Slaapkamer", "1x per 2 weken", "Bed verschonen of opmaken"),
    ("Hal/ overloop", "1x per 2 weken", "Dweilen"),
    ("Slaapkamer", "1x per 4 weken", "Dweilen"),
    ("Hal/ overloop", "1x per 4 weken", "Trap stofzuigen binnenshuis"),
    ("Woonkamer", "1x per 6 weken tot 1x per 8 weken", "Deur (post)en nat afdoen, zitmeubels"),
    ("Slaapkamer", "1x per 6 weken tot 1x per 8 weken", "Stof afnemen hoog"),
    ("Keuken", "1x per 6 weken tot 1x per 8 weken", "Bovenkast keukenkastjes, deur (post) en nat afdoen"),
    ("Sanitair", "1x per 6 weken tot 1x per 8 weken", "Deur (post)en nat afdoen"),
    ("Woonkamer", "Incidenteel (1x tot 4x per jaar)", "Ramen binnenzijde wassen, radiatoren, raambekleding"),
    ("Slaapkamer", "Incidenteel (1x tot 4x per jaar)",
     "Ramen binnenzijde wassen, radiatoren, raambekleding, deur(post)en nat afdoen, matras draaien"),
    ("Keuken", "Incidenteel (1x tot 4x per jaar)",
     ("Ramen binnenzijde wassen, radiatoren, raambekleding, oven/magnetron, koelkast & keuken-kastjes binnenzijde, "
      "afzuigkap, losse tegelwand en vrie-zer schoonmaken")),
    ("Sanitair", "Incidenteel (1x tot 4x per jaar)",
     "Ramen binnenzijde wassen, radiatoren, raambekleding, tegelwand badkamer schoonmaken"),
    ("Hal/ overloop", "Incidenteel (1x tot 4x per jaar)", "Deur(post)en nat afdoen, radiatoren"),
)
WAS_TAKEN = (("Wasverzorging", "1x per week", "Wassen, drogen, opbergen"),
             ("Wasverzorging", "1x per twee weken", "Strijken bovenkleding"))
# The three outcome columns of the task list, with and without the laundry (§3.4 c)
TAKEN_KOLOMMEN = tuple(zip(*TAKEN))
TAKEN_MET_WAS_KOLOMMEN = tuple(zip(*(TAKEN + WAS_TAKEN)))
AFSPRAKEN = (
    ("Niet onder de ondersteuningsplicht van de gemeente: een zolder, kelder of garage schoonmaken, dieren verzorgen "
     "en werk buiten de woning. Daarvoor zorgt u zelf."),
    ("Boodschappen en maaltijden: in bijna alle gevallen via gebruikelijke zorg, een mantelzorger, vrijwilligers of "
     "voorliggende voorzieningen, zoals een maaltijdservice of de boodschappendienst van een supermarkt. De "
     "zorgaanbieder doet dit niet binnen de maatwerkvoorziening."),
    ("Het klaarzetten van, toezien op en toedienen van de maaltijd hoort niet bij huishouden, maar bij het "
     "resultaatgebied zelfzorg en gezondheid."),
)
UITGESLOTEN = {  # §1.3: gevraagd → (reden, voorliggende voorziening of None), in de volgorde van de beleidsregel
    "recreatieve en sociaal-culturele activiteiten": (
        ("Recreatieve en sociaal-culturele activiteiten, zoals structurele ondersteuning bij uitstapjes, vallen niet "
         "onder Integrale Thuisondersteuning."), "maatjesprojecten, vrijwilligers of mantelzorgers"),
    "boodschappen doen": (
        ("Boodschappen doen valt niet onder Integrale Thuisondersteuning; boodschappen laten doen via een "
         "boodschappenservice is algemeen gebruikelijk."), "boodschappenservice"),
    "dagbesteding": ("Integrale Thuisondersteuning is geen invulling van de dag (dagbesteding).",
                     "voorliggende dagbesteding"),
    "vervoer naar behandeling": (
        "Ondersteunen bij vervoer naar een behandeling valt niet onder Integrale Thuisondersteuning.", None),
    "onderwijsbegeleiding": (
        "Begeleiding specifiek gericht op onderwijs of studie valt niet onder Integrale Thuisondersteuning.", None),
    "behandeling of therapie": (
        "Behandeling of therapie, of een verlengde daarvan, valt niet onder Integrale Thuisondersteuning.", None),
    "medicatie": (
        ("Toezien op, attenderen op, aanreiken en toedienen van medicatie valt niet onder Integrale "
         "Thuisondersteuning."), None),
    "bekostigen van verblijf": (
        "Integrale Thuisondersteuning betaalt geen verblijf; een koppeling tussen wonen en zorg is uitgesloten.", None),
}


def beslissing(c: Casus) -> dict:
    """Every outcome of the regelset for one case, by the names the rules give them."""
    # §2.1 a/b: de resultaatgebieden waar de maatwerkvoorziening nu aan werkt, en hun type
    nu = c.gevraagd - c.via_voorliggend - c.via_netwerk - c.later
    ondersteunend_nu = nu - c.activerend_op
    activerend_nu = nu & c.activerend_op
    if activerend_nu and ondersteunend_nu:
        typebeeld, type_ = "gemengd", c.zwaartepunt_type
        reden_type = ("SWT beoordeelt waar het zwaartepunt ligt (§2.1 b): het type verschilt per resultaatgebied."
                      if type_ is None else
                      f"Het type verschilt per resultaatgebied; het SWT legt het zwaartepunt bij {type_}.")
    elif activerend_nu:
        typebeeld, type_ = "geheel activerend", "activerend"
        reden_type = "Op alle resultaatgebieden is de ondersteuning activerend."
    elif ondersteunend_nu:
        typebeeld, type_ = "geheel ondersteunend", "ondersteunend"
        reden_type = "Op alle resultaatgebieden is de ondersteuning ondersteunend."
    else:
        typebeeld, type_ = "geen resultaatgebied", None
        reden_type = GEEN_RESULTAATGEBIED + "type ondersteuning."

    # §2.1 d: duur, einddatum en evaluatie
    gemiddeld, maximaal = DUUR.get(type_, (None, None))
    boven = None if c.gevraagde_duur is None or maximaal is None else c.gevraagde_duur > maximaal
    toegekend = None if boven is None else (maximaal if boven else c.gevraagde_duur)
    einddatum = None if toegekend is None else plus_maanden(c.ingangsdatum, toegekend)
    evaluatie = None if einddatum is None else c.ingangsdatum + (einddatum - c.ingangsdatum) // 2

    # §2.1 c, §3.3: intensiteit
    aantal = len(nu)
    huishouden = "huishouden" in nu
    enkelvoudig = huishouden and aantal == 1
    if c.verhogend is None:
        n_huishoudelijk = tellend = zonder_gevolg = None
        buiten_huishouden = False if huishouden else None
    else:
        n_huishoudelijk = len(c.verhogend & HUISHOUDELIJK)
        tellend = len(c.verhogend) - (0 if huishouden else n_huishoudelijk)
        zonder_gevolg = c.verzwarend - c.verhogend
        buiten_huishouden = not huishouden and n_huishoudelijk > 0
    if not c.verzwarend:
        intensiteit = "gemiddeld"
        reden_intensiteit = "Er zijn geen verzwarende omstandigheden: gemiddelde intensiteit, het vertrekpunt."
    elif tellend is None:
        intensiteit = None
        reden_intensiteit = "SWT beoordeelt welke verzwarende omstandigheden de benodigde inzet echt verhogen (§2.1 c)."
    elif tellend <= 0:
        intensiteit = "gemiddeld"
        reden_intensiteit = ("Er zijn verzwarende omstandigheden, maar die verhogen de benodigde inzet niet: "
                             "gemiddelde intensiteit.")
    elif tellend == 1:
        intensiteit = "plus"
        reden_intensiteit = "Eén verzwarende omstandigheid verhoogt de benodigde inzet: intensiteit plus."
    else:
        intensiteit = "plusplus"
        reden_intensiteit = ("Een combinatie van verzwarende omstandigheden verhoogt de benodigde inzet: "
                             "intensiteit plusplus.")

    # §2.1 a: zwaarte; §2: het basisarrangement
    zwaarte = ZWAARTE.get(aantal)
    if zwaarte is None:
        reden_zwaarte = GEEN_RESULTAATGEBIED + "zwaarte."
    else:
        laag = {"A": 1, "B": 3, "C": 5}[zwaarte]
        reden_zwaarte = f"Bij {laag} of {laag + 1} resultaatgebieden hoort zwaarte {zwaarte}."
    basis = arrangement(intensiteit, zwaarte, type_)

    # §1.2, §1.3: toegang
    if not c.eigen_huisvesting:
        toegang, reden_toegang = "geweigerd", ("U heeft geen eigen woning. Ondersteuning wordt alleen ingezet als u "
                                               "een woning heeft waar u kunt blijven wonen.")
    elif c.huur_afhankelijk:
        toegang, reden_toegang = "geweigerd", ("Uw huurcontract hangt af van het afnemen van ondersteuning. Een "
                                               "koppeling tussen wonen en zorg is uitgesloten.")
    elif not c.beperkingen:
        toegang, reden_toegang = "geweigerd", ("U heeft geen beperkingen op de terreinen van §1.2 (cognitief, "
                                               "psychisch, oriëntatie en geheugen, lichamelijk).")
    elif c.leeftijd >= 18:
        toegang, reden_toegang = "verleend", ("U bent 18 jaar of ouder, u heeft beperkingen op een terrein uit §1.2 "
                                              "en u heeft een eigen woning.")
    elif not c.nieuwe_toekenning:
        toegang, reden_toegang = "geweigerd", "U bent jonger dan 18. Een uitzondering kan alleen bij een nieuwe toekenning."
    elif c.uitzondering_leeftijd is None:
        toegang, reden_toegang = "SWT beoordeelt", ("SWT beoordeelt of dit een uitzonderlijk geval is waarin iemand "
                                                    "net voor het 18e jaar toegang krijgt (§1.2).")
    elif c.uitzondering_leeftijd:
        toegang, reden_toegang = "verleend", ("U bent jonger dan 18, maar het SWT vindt dit een uitzonderlijk geval "
                                              "bij een nieuwe toekenning.")
    else:
        toegang, reden_toegang = "geweigerd", "U bent jonger dan 18 en het SWT vindt dit geen uitzonderlijk geval."
    verleend = toegang == "verleend"

    # §2.2: het arrangement, met de aangepaste arrangementen
    oordeel = c.oordeel_basisarrangement
    arr, uurbasis = basis, False
    if not verleend:
        arr, uurbasis, toelichting = None, None, "Zonder toegang is er geen arrangement."
    elif aantal == 0:
        arr, uurbasis = None, None
        toelichting = "Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus geen arrangement."
    elif basis is None:
        arr, uurbasis = None, None
        toelichting = "Het arrangement is nog niet bekend: het type of de intensiteit wacht op een oordeel van het SWT."
    elif oordeel == "basisarrangement past":
        toelichting = "Het arrangement volgt uit het schema van §2."
    elif oordeel == "leun en steun om af te bouwen":
        if basis == "A1-ondersteunend":
            arr, uurbasis = "aangepast arrangement 1", True
            toelichting = ("A1-ondersteunend is meer dan nodig. Om af te bouwen is tijdelijk leun en steun nodig; "
                           "daarvoor worden op uurbasis afspraken gemaakt met de zorgaanbieder.")
        else:
            toelichting = ("Aangepast arrangement 1 om af te bouwen kan alleen als het laagste arrangement, "
                           "A1-ondersteunend, meer is dan nodig. Het basisarrangement blijft.")
    elif oordeel == "hoogste arrangement ontoereikend":
        if basis == "C3-activerend":
            arr, uurbasis = "aangepast arrangement 1", True
            toelichting = ("C3-activerend is in deze uitzonderlijke situatie niet toereikend. Tijdelijk worden op "
                           "uurbasis afspraken gemaakt met de zorgaanbieder.")
        else:
            toelichting = ("Aangepast arrangement 1 omdat het arrangement niet toereikend is, kan alleen bij het "
                           "hoogste arrangement, C3-activerend. Het basisarrangement blijft.")
    elif basis == "A3-ondersteunend" and huishouden:  # hele huishouden tijdelijk overnemen
        if c.uren_per_week is None:
            arr, uurbasis = None, None
            toelichting = ("SWT beoordeelt hoeveel uur per week nodig is: aangepast arrangement 2 vraagt minimaal "
                           "vijf uur per week (§3.3).")
        elif c.uren_per_week >= 5:
            arr, uurbasis = "aangepast arrangement 2", True
            toelichting = ("A3-ondersteunend is niet toereikend om het hele huishouden tijdelijk over te nemen. Er "
                           "komt een beschikking op uurbasis, in overleg met de zorgaanbieder.")
        else:
            toelichting = ("Minder dan vijf uur per week: aangepast arrangement 2 is voor minimaal vijf uur per week. "
                           "Het blijft A3-ondersteunend.")
    else:
        toelichting = ("Aangepast arrangement 2 kan alleen als A3-ondersteunend niet toereikend is om het hele "
                       "huishouden over te nemen, dus alleen als huishouden een resultaatgebied is. Het "
                       "basisarrangement blijft.")

    # Het besluit, en wat het SWT nog moet beoordelen
    if toegang == "geweigerd":
        besluit, reden_besluit = "afwijzing", reden_toegang
    elif not verleend:
        besluit, reden_besluit = "SWT beoordeelt", reden_toegang
    elif aantal == 0:
        besluit, reden_besluit = "geen maatwerkvoorziening", (
            "Er is nu op geen enkel resultaatgebied ondersteuning via de maatwerkvoorziening nodig: voorliggende "
            "voorzieningen of het netwerk pakken de vragen op, of ze komen later aan de beurt.")
    elif type_ is None:
        besluit, reden_besluit = "SWT beoordeelt", reden_type
    elif intensiteit is None:
        besluit, reden_besluit = "SWT beoordeelt", reden_intensiteit
    elif arr is None:
        besluit, reden_besluit = "SWT beoordeelt", toelichting
    elif toegekend is None:
        besluit, reden_besluit = "SWT beoordeelt", SWT_DUUR
    elif huishouden and c.was_en_strijkservice_bruikbaar is None:
        besluit, reden_besluit = "SWT beoordeelt", SWT_WAS
    else:
        besluit, reden_besluit = "toekenning", ("U krijgt Integrale Thuisondersteuning met het arrangement, de duur "
                                                "en de afspraken in dit besluit.")
    open_punt = []
    if toegang == "SWT beoordeelt":
        open_punt.append(reden_toegang)
    if verleend and aantal:
        if type_ is None:
            open_punt.append(reden_type)
        if intensiteit is None:
            open_punt.append(reden_intensiteit)
        if basis is not None and arr is None:
            open_punt.append(toelichting)
        if c.gevraagde_duur is None:
            open_punt.append(SWT_DUUR)
        if huishouden and c.was_en_strijkservice_bruikbaar is None:
            open_punt.append(SWT_WAS)

    # §2.1 d: leidraad en meldingen over de duur
    if c.verandering_verwacht:
        leidraad = "Korter dan 1 jaar, omdat de situatie op korte termijn waarschijnlijk verandert."
    elif type_ == "activerend":
        leidraad = ("Activerend: gemiddeld 1 jaar, hooguit 2 jaar. Daarna kan verlenging na een evaluatie; vaak "
                    "wordt het arrangement dan ondersteunend.")
    elif type_ == "ondersteunend":
        leidraad = "Ondersteunend: gemiddeld 2 jaar, hooguit 5 jaar. Daarna kan verlenging na een evaluatie."
    else:
        leidraad = "Hangt af van het type ondersteuning; dat is nog niet bekend."
    meldingen = []
    if boven:
        meldingen.append("De gevraagde duur is langer dan de maximale duur voor dit type; toegekend is de maximale "
                         "duur. Verlenging is mogelijk na een inhoudelijke evaluatie.")
    if c.gevraagde_duur is not None and c.gevraagde_duur >= 12 and c.verandering_verwacht:
        meldingen.append("Er wordt op korte termijn verandering verwacht; de leidraad is dan een duur korter dan 1 jaar.")
    if c.gevraagde_duur is None:
        meldingen.append(SWT_DUUR)

    # §3.5: extra huishoudelijke schoonmaak
    if toegang == "geweigerd":
        ehs, toelichting_ehs = False, "Er is geen toegang tot Integrale Thuisondersteuning, dus ook geen extra schoonmaak."
    elif not verleend:
        ehs, toelichting_ehs = None, "Eerst beoordeelt het SWT de toegang."
    elif c.leveringsvorm == "PGB":
        ehs, toelichting_ehs = False, "De extra schoonmaak geldt alleen bij zorg in natura (ZIN), niet bij een pgb."
    elif not huishouden:
        ehs, toelichting_ehs = False, ("Huishouden is geen resultaatgebied in het ondersteuningsplan, dus geen extra "
                                       "schoonmaak.")
    elif toegekend is None:
        ehs, toelichting_ehs = None, ("De duur van de beschikking is nog niet bekend; de extra schoonmaak vraagt "
                                      "minimaal zes maanden.")
    elif toegekend < 6:
        ehs, toelichting_ehs = False, "De beschikking duurt korter dan zes maanden, dus geen extra schoonmaak."
    else:
        ehs, toelichting_ehs = True, (
            "Tweemaal per jaar 2 uur extra schoonmaak (of eenmaal 4 uur), aan te vragen bij uw hulp. U kiest zelf "
            "waaraan: bijvoorbeeld de binnenkant van keukenkastjes, koelkast of oven, plinten en deuren, een keer "
            "extra ramen lappen, of een logeerkamer.")

    # §3: uren, taken en afspraken bij huishouden
    uren = None
    if not huishouden:
        toelichting_uren = ("Huishouden is nu geen resultaatgebied, dus er zijn geen uren voor huishoudelijke "
                            "ondersteuning.")
    elif not enkelvoudig:
        toelichting_uren = ("Huishouden in combinatie met andere resultaatgebieden: de beleidsregel schrijft dan geen "
                            "uren voor huishoudelijke ondersteuning voor.")
    elif arr in UREN:
        uren, toelichting_uren = UREN[arr]
    elif arr in ("aangepast arrangement 1", "aangepast arrangement 2"):
        toelichting_uren = "Aangepast arrangement: de uren worden op uurbasis afgesproken met de zorgaanbieder."
    elif arr is None:
        toelichting_uren = "Er is (nog) geen arrangement, dus ook geen uren."
    else:
        toelichting_uren = ("Activerend arrangement: alleen bij een enkelvoudig ondersteunend arrangement met alleen "
                            "huishouden liggen de uren vast.")
    ruimte = frequentie = activiteiten = ()
    afspraken = []
    if verleend and huishouden:
        ruimte, frequentie, activiteiten = TAKEN_KOLOMMEN
        afspraken += AFSPRAKEN
        was = c.was_en_strijkservice_bruikbaar
        if was is False:
            ruimte, frequentie, activiteiten = TAKEN_MET_WAS_KOLOMMEN
            afspraken.append("Er is geen bruikbare voorliggende was- en strijkservice: wassen en strijken horen bij "
                             "de maatwerkvoorziening (zie de taken).")
        elif was:
            afspraken.append("Wassen en strijken gaan via een voorliggende was- en strijkservice; ze horen niet bij "
                             "de maatwerkvoorziening.")
        else:
            afspraken.append(SWT_WAS)
        if enkelvoudig and arr == "A3-ondersteunend":
            afspraken.append("Is 208 uur per jaar niet genoeg, bijvoorbeeld omdat in een eenoudergezin tijdelijk het "
                             "hele huishouden overgenomen moet worden, dan kan tijdelijk aangepast arrangement 2: "
                             "minimaal vijf uur per week, op uurbasis.")
        if not enkelvoudig:
            afspraken.append("Huishouden in combinatie met andere resultaatgebieden: er zijn geen voorgeschreven uren. "
                             "Knelt de inzet, dan zoekt het SWT met u een passende oplossing.")

    intensiteit_toelichting = []
    if zonder_gevolg:
        intensiteit_toelichting.append("Niet elke verzwarende omstandigheid telt: alleen als die ook echt gevolgen "
                                       "heeft voor de benodigde inzet.")
    if buiten_huishouden:
        intensiteit_toelichting.append("Omstandigheden die specifiek voor huishouden zijn (zoals COPD) tellen niet "
                                       "mee, omdat huishouden nu geen resultaatgebied is.")
    if c.binnen_gemiddeld:
        intensiteit_toelichting.append("Omstandigheden zoals de grootte of de inrichting van de woning, de "
                                       "gezinssamenstelling of de was vragen soms iets meer tijd, maar blijven "
                                       "binnen het gemiddelde arrangement.")
    if c.verlichtend:
        intensiteit_toelichting.append("Verlichtende omstandigheden verlagen de intensiteit niet: de toekenning blijft "
                                       "hetzelfde. Het SWT legt vast welke taken u of uw netwerk zelf doet; de "
                                       "aanbieder zet daarvoor minder in.")

    # §1, §1.2: leveringsvorm; §2: maandbudget (de bedragen staan in het Tarievenblad); §1.3
    if c.leveringsvorm == "PGB":
        keuze = "U krijgt een pgb: de keuze uit de door de gemeente gecontracteerde zorgaanbieders geldt dan niet."
    elif c.doelgroep is None:
        keuze = "U kiest een van de door de gemeente Zwolle gecontracteerde zorgaanbieders."
    else:
        keuze = ("U kiest een van de door de gemeente Zwolle gecontracteerde zorgaanbieders die voor uw doelgroep zijn "
                 "ingeschreven. Die aanbieder moet u accepteren.")
    if arr is None:
        budget_toelichting = "Er is (nog) geen arrangement, dus ook geen maandbudget."
    elif uurbasis:
        budget_toelichting = "Op uurbasis: er is geen vast maandbudget; de uren worden afgesproken met de zorgaanbieder."
    else:
        budget_toelichting = f"Het maandbudget voor {arr} staat in het Tarievenblad."
    uitgesloten = [UITGESLOTEN[x] for x in UITGESLOTEN if x in c.buiten_de_voorziening]

    return {
        "resultaatgebieden nu": nu, "ondersteunend nu": ondersteunend_nu, "activerend nu": activerend_nu,
        "aantal activerend": len(activerend_nu), "aantal ondersteunend": len(ondersteunend_nu),
        "typebeeld": typebeeld, "type ondersteuning": type_, "reden type": reden_type,
        "gemiddelde duur": gemiddeld, "maximale duur": maximaal, "gevraagde duur boven maximum": boven,
        "toegekende duur": toegekend, "einddatum": einddatum, "evaluatiedatum halverwege": evaluatie,
        "aantal resultaatgebieden": aantal, "huishouden nu": huishouden, "enkelvoudig huishouden": enkelvoudig,
        "aantal huishoudelijke omstandigheden": n_huishoudelijk, "aantal tellende omstandigheden": tellend,
        "omstandigheden zonder gevolg": zonder_gevolg,
        "huishoudelijke omstandigheden buiten huishouden": buiten_huishouden,
        "intensiteit": intensiteit, "reden intensiteit": reden_intensiteit,
        "zwaarte": zwaarte, "reden zwaarte": reden_zwaarte, "basisarrangement": basis,
        "toegang": toegang, "reden toegang": reden_toegang,
        "arrangement": arr, "op uurbasis": uurbasis, "toelichting arrangement": toelichting,
        "besluit": besluit, "reden besluit": reden_besluit, "open punt": tuple(open_punt),
        "leidraad duur": leidraad, "melding duur": tuple(meldingen),
        "EHS": ehs, "toelichting EHS": toelichting_ehs,
        "uren huishouden per jaar": uren, "toelichting uren": toelichting_uren,
        "ruimte": ruimte, "frequentie": frequentie,
        "activiteiten": activiteiten, "afspraak huishouden": tuple(afspraken),
        "intensiteit toelichting": tuple(intensiteit_toelichting), "keuze zorgaanbieder": keuze,
        "maandbudget": None, "maandbudget toelichting": budget_toelichting,
        "reden uitsluiting": tuple(u[0] for u in uitgesloten),
        "voorliggende voorziening": tuple(u[1] for u in uitgesloten if u[1] is not None),
    }
