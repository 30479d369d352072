"""The practical floor, written by hand the way a developer would: no generator, no rule engine.

Two functions:
- `arrangement`: only the §2 arrangement matrix (a dict for the level, the scheme's naming pattern);
- `beslissing`: the whole decision of regels/thuisondersteuning, every outcome the generated
  `uitkomsten()` gives (toegang, zwaarte, type, intensiteit with the advice of bijlage B2 beside
  the SWT's judgement, arrangement, duur, evaluatiedatum, uren, EHS, besluit, open punten, the task
  list, all the reasons), from the beleidsregel's tables.

Straightforward Python: plain strings for the keuzelijsten, frozensets of strings, durations as
whole months (an int), datetime.date, None for onbekend (and for what does not apply, e.g. after a
refusal); if/elif per table, dicts where a table is a lookup, no caches, no tricks. bench/run.py
checks both against the generated code on every benchmark case before anything is timed, and stops
when one differs: a floor that does not agree with the rules says nothing. The texts are the rules'
texts, copied.
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
    uren_op_uurbasis: str | None
    ingangsdatum: datetime.date
    verandering_verwacht: bool
    gevraagde_duur: int | None  # months
    was_en_strijkservice_bruikbaar: bool | None
    benodigde_uren_per_jaar: int | None
    verzwarend: frozenset[str]
    beschrijving_andere_omstandigheid: str | None
    verhogend: frozenset[str] | None
    intensiteit_swt: str | None
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
    beschrijving_ander_terrein: str | None
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

    verhogend = casus.get("omstandigheden die de inzet verhogen")
    return Casus(
        casus["SWT-oordeel over het basisarrangement"], casus.get("benodigde uren per week"),
        casus.get("uren op uurbasis"), datetime.date.fromisoformat(casus["ingangsdatum"]),
        casus["verandering op korte termijn verwacht"], duur(casus.get("gevraagde duur")),
        casus.get("voorliggende was- en strijkservice bruikbaar"), casus.get("benodigde uren huishouden per jaar"),
        s("verzwarende omstandigheden"), casus.get("beschrijving andere omstandigheid"),
        None if verhogend is None else frozenset(verhogend), casus.get("intensiteit volgens SWT"),
        s("omstandigheden binnen gemiddeld"), casus["verlichtende omstandigheden"], casus["leveringsvorm"],
        casus.get("doelgroep"), casus["leeftijd"], casus["nieuwe toekenning"],
        casus.get("SWT-oordeel uitzondering leeftijd"), casus["heeft eigen huisvesting"],
        casus["huurovereenkomst afhankelijk van de ondersteuning"], s("beperkingen op terreinen"),
        casus.get("beschrijving ander terrein"), s("gevraagde ondersteuning buiten de voorziening"),
        s("activerend op"), casus.get("zwaartepunt type"), s("resultaatgebieden met ondersteuningsvraag"),
        s("via voorliggende voorziening"), s("via netwerk"), s("later opgepakt"),
    )


def plus_maanden(datum: datetime.date, maanden: int) -> datetime.date:
    m = datum.month - 1 + maanden
    jaar, maand = datum.year + m // 12, m % 12 + 1
    return datetime.date(jaar, maand, min(datum.day, calendar.monthrange(jaar, maand)[1]))


# §3.3 and §3.4 c: omstandigheden specifiek voor huishouden. Incontinentie and besmet wasgoed can be
# one fact and count once in the advice, so they are not in this set but counted together below.
HUISHOUDELIJK = frozenset({
    "COPD", "bedlegerigheid", "rolstoelgebondenheid", "lichamelijke beperkingen of belemmeringen",
    "overname van de regie over het huishouden",
})
ALGEMEEN = frozenset({  # §2.1 c, the general list (B2: "voor de overige resultaatgebieden")
    "gedragsmatige kant van de cliënt", "life-events", "acute situatie", "specifieke benadering",
    "gevaar voor omgeving", "gezinssituatie",
})
# The two lists the rules report (verzamel tables, in their row order); incontinentie and besmet
# wasgoed share one entry (§3.3, §3.4 c).
HUISHOUDELIJKE_LIJST = (
    ("COPD",), ("bedlegerigheid",), ("incontinentie", "besmet wasgoed of vaker wassen"), ("rolstoelgebondenheid",),
    ("lichamelijke beperkingen of belemmeringen",), ("overname van de regie over het huishouden",),
)
ALGEMENE_LIJST = ("gedragsmatige kant van de cliënt", "life-events", "acute situatie", "specifieke benadering",
                  "gevaar voor omgeving", "gezinssituatie")
AANGEPAST = ("aangepast arrangement 1", "aangepast arrangement 2")
DUUR = {"activerend": (12, 24), "ondersteunend": (24, 60)}  # §2.1 d: gemiddeld, maximaal (maanden)
ZWAARTE = {1: "A", 2: "A", 3: "B", 4: "B", 5: "C", 6: "C"}
UREN = {  # §3.2: alleen huishouden, ondersteunend
    "A1-ondersteunend": (105, ("Gemiddeld 105 uur per jaar inzet door een professional: daarmee is een schoon en "
                               "leefbaar huis haalbaar.")),
    "A2-ondersteunend": (156, "156 uur per jaar inzet door een professional (intensiteit plus)."),
    "A3-ondersteunend": (208, "208 uur per jaar inzet door een professional (intensiteit plusplus)."),
}
SWT_DUUR = "SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d)."
TEKORT = ("SWT beoordeelt de oplossing: volgens het SWT heeft het huishouden meer uren nodig dan de vaste uren van "
          "dit arrangement. De beleidsregel kent daarvoor geen automatische route: aangepast arrangement 2 is er "
          "alleen kortdurend, om het hele huishouden over te nemen, bij minimaal vijf uur per week (§2.2, §3.3).")
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
WAS_TAKEN = (("Wasverzorging", "max 1x per week", "Wassen, drogen, opbergen"),
             ("Wasverzorging", "max 1x per twee weken", "Strijken bovenkleding"))
# The three outcome columns of the task list, with and without the laundry (§3.4 c)
TAKEN_KOLOMMEN = tuple(zip(*TAKEN))
TAKEN_MET_WAS_KOLOMMEN = tuple(zip(*(TAKEN + WAS_TAKEN)))
AFSPRAKEN = (
    ("Niet onder de ondersteuningsplicht van de gemeente: een zolder, kelder of garage schoonmaken, dieren verzorgen "
     "en werk buiten de woning. Daarvoor zorgt u zelf."),
    ("Boodschappen en maaltijden: in eigenlijk alle gevallen via gebruikelijke zorg, een mantelzorger, vrijwilligers "
     "of voorliggende voorzieningen, zoals een maaltijdservice of de boodschappendienst van een supermarkt. In de "
     "praktijk hoeft de zorgaanbieder dit dus niet binnen de maatwerkvoorziening te doen."),
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
    # §1.2, §1.3: toegang. After a refusal, what does not apply stays None (not "onbekend").
    if not c.eigen_huisvesting:
        toegang, reden_toegang = "geweigerd", (
            "U beschikt niet over huisvesting waar u kunt blijven wonen. Ondersteuning wordt alleen ingezet als u "
            "beschikt over huisvesting waar u ook kunt blijven wonen als de ondersteuning afneemt of als u een andere "
            "zorgaanbieder kiest.")
    elif c.huur_afhankelijk:
        toegang, reden_toegang = "geweigerd", ("Uw huurcontract hangt af van het afnemen van ondersteuning. Een "
                                               "koppeling tussen wonen en zorg is uitgesloten.")
    elif not c.beperkingen:
        toegang, reden_toegang = "geweigerd", (
            "Het SWT heeft geen beperkingen in uw zelfredzaamheid of participatie vastgesteld, op geen enkel terrein. "
            "Integrale Thuisondersteuning is voor wie niet zelfredzaam is of niet zelfstandig kan participeren.")
    elif c.leeftijd >= 18:
        toegang, reden_toegang = "verleend", ("U bent 18 jaar of ouder, het SWT heeft beperkingen in uw "
                                              "zelfredzaamheid of participatie vastgesteld en u beschikt over "
                                              "huisvesting.")
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
    geweigerd = toegang == "geweigerd"
    verleend = toegang == "verleend"

    # §2.1 a/b: de resultaatgebieden waar de maatwerkvoorziening nu aan werkt, en hun type
    nu = c.gevraagd - c.via_voorliggend - c.via_netwerk - c.later
    ondersteunend_nu = nu - c.activerend_op
    activerend_nu = nu & c.activerend_op
    aantal = len(nu)
    huishouden = "huishouden" in nu
    enkelvoudig = huishouden and aantal == 1
    if geweigerd:
        typebeeld = type_ = reden_type = None
    elif activerend_nu and ondersteunend_nu:
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
    gemiddeld, maximaal = (None, None) if geweigerd else DUUR.get(type_, (None, None))
    boven = None if c.gevraagde_duur is None or maximaal is None else c.gevraagde_duur > maximaal
    toegekend = None if boven is None else (maximaal if boven else c.gevraagde_duur)
    einddatum = None if toegekend is None else plus_maanden(c.ingangsdatum, toegekend)
    evaluatie = None if einddatum is None else c.ingangsdatum + (einddatum - c.ingangsdatum) // 2

    # §2.1 c, §3.3: de intensiteit is een oordeel van het SWT; zonder verzwarende omstandigheden gemiddeld
    if geweigerd:
        intensiteit = reden_intensiteit = None
    elif c.intensiteit_swt is not None:
        intensiteit = c.intensiteit_swt
        reden_intensiteit = "Het SWT heeft de benodigde intensiteit beoordeeld, gezien de context."
    elif not c.verzwarend:
        intensiteit = "gemiddeld"
        reden_intensiteit = "Er zijn geen verzwarende omstandigheden: gemiddelde intensiteit, het vertrekpunt."
    else:
        intensiteit = None
        reden_intensiteit = ("SWT beoordeelt welke intensiteit nodig is, gezien de verzwarende omstandigheden en de "
                             "context (§2.1 c).")

    # Bijlage B2 (concept): het advies telt de omstandigheden die volgens het SWT de inzet verhogen
    v = c.verhogend
    if v is None:
        n_huishoudelijk = n_algemeen = tellend = zonder_gevolg = samen = None
        huishoudelijke, algemene = (), ()
    else:
        huishoudelijke = tuple("incontinentie of besmet wasgoed" if len(rij) == 2 else rij[0]
                               for rij in HUISHOUDELIJKE_LIJST if any(o in v for o in rij))
        algemene = tuple(o for o in ALGEMENE_LIJST if o in v)
        incontinentie, wasgoed = "incontinentie" in v, "besmet wasgoed of vaker wassen" in v
        n_huishoudelijk = len(v & HUISHOUDELIJK) + (1 if incontinentie or wasgoed else 0)
        n_algemeen = len(v & ALGEMEEN)
        tellend = ((n_huishoudelijk if huishouden else 0) + (0 if enkelvoudig else n_algemeen)
                   + (1 if "andere omstandigheid" in v else 0))
        zonder_gevolg = c.verzwarend - v
        samen = incontinentie and wasgoed
    if huishouden:
        buiten_huishouden = False
    else:
        buiten_huishouden = None if n_huishoudelijk is None else n_huishoudelijk > 0
    if not enkelvoudig:
        algemeen_bij_huishouden = False
    else:
        algemeen_bij_huishouden = None if n_algemeen is None else n_algemeen > 0
    if geweigerd:
        advies = reden_advies = None
    elif not c.verzwarend:
        advies, reden_advies = "gemiddeld", "Er zijn geen verzwarende omstandigheden."
    elif tellend is None:
        advies, reden_advies = None, ("Het SWT heeft nog niet gezegd welke verzwarende omstandigheden de inzet "
                                      "verhogen; bijlage B2 geeft dan geen advies.")
    elif tellend <= 0:
        advies, reden_advies = "gemiddeld", ("Volgens het SWT verhoogt geen van de verzwarende omstandigheden de "
                                             "inzet, of alleen een die hier niet meetelt.")
    elif tellend == 1:
        advies, reden_advies = "plus", "Eén verzwarende omstandigheid verhoogt de inzet en telt mee."
    else:
        advies, reden_advies = "plusplus", "Een combinatie van verzwarende omstandigheden verhoogt de inzet en telt mee."
    wijkt_af = None if advies is None or intensiteit is None else intensiteit != advies

    # §2.1 a: zwaarte; §2: het basisarrangement
    if geweigerd:
        zwaarte = reden_zwaarte = None
    elif aantal == 0:
        zwaarte, reden_zwaarte = None, GEEN_RESULTAATGEBIED + "zwaarte."
    else:
        zwaarte = ZWAARTE[aantal]
        laag = {"A": 1, "B": 3, "C": 5}[zwaarte]
        reden_zwaarte = f"Bij {laag} of {laag + 1} resultaatgebieden hoort zwaarte {zwaarte}."
    basis = arrangement(intensiteit, zwaarte, type_)

    # §2.2: het arrangement, met de aangepaste arrangementen; wat niet past is een open punt, geen terugval
    oordeel = c.oordeel_basisarrangement
    arr = uurbasis = None
    if geweigerd:
        toelichting = None
    elif not verleend:
        toelichting = "Zonder toegang is er geen arrangement."
    elif aantal == 0:
        toelichting = "Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus geen arrangement."
    elif basis is None:
        toelichting = "Het arrangement is nog niet bekend: het type of de intensiteit wacht op een oordeel van het SWT."
    elif oordeel == "basisarrangement past":
        arr, uurbasis = basis, False
        toelichting = "Het arrangement volgt uit het schema van §2."
    elif oordeel == "leun en steun om af te bouwen":
        if basis == "A1-ondersteunend":
            arr, uurbasis = "aangepast arrangement 1", True
            toelichting = ("A1-ondersteunend is meer dan nodig. Om af te bouwen is tijdelijk leun en steun nodig; "
                           "daarvoor worden op uurbasis afspraken gemaakt met de zorgaanbieder.")
        else:
            toelichting = ("SWT beoordeelt de oplossing: aangepast arrangement 1 om af te bouwen past alleen als het "
                           "laagste arrangement, A1-ondersteunend, meer is dan nodig (§2.2); het basisarrangement is "
                           "hoger. De regels vallen niet stil terug op het basisarrangement.")
    elif oordeel == "hoogste arrangement ontoereikend":
        if basis == "C3-activerend":
            arr, uurbasis = "aangepast arrangement 1", True
            toelichting = ("C3-activerend is in deze uitzonderlijke situatie niet toereikend. Tijdelijk worden op "
                           "uurbasis afspraken gemaakt met de zorgaanbieder.")
        else:
            toelichting = ("SWT beoordeelt de oplossing: aangepast arrangement 1 omdat het arrangement niet "
                           "toereikend is, past alleen bij het hoogste arrangement, C3-activerend (§2.2). De regels "
                           "vallen niet stil terug op het basisarrangement.")
    elif basis == "A3-ondersteunend" and huishouden:  # hele huishouden tijdelijk overnemen
        if c.uren_per_week is None:
            toelichting = ("SWT beoordeelt hoeveel uur per week nodig is: aangepast arrangement 2 vraagt minimaal "
                           "vijf uur per week (§3.3).")
        elif c.uren_per_week >= 5:
            arr, uurbasis = "aangepast arrangement 2", True
            toelichting = ("A3-ondersteunend is niet toereikend om het hele huishouden tijdelijk over te nemen. Er "
                           "komt een beschikking op uurbasis, in overleg met de zorgaanbieder.")
        else:
            toelichting = ("SWT beoordeelt de oplossing: het SWT vraagt aangepast arrangement 2, maar schat minder "
                           "dan vijf uur per week, en dat arrangement is voor minimaal vijf uur per week (§3.3). De "
                           "regels vallen niet stil terug op A3-ondersteunend.")
    else:
        toelichting = ("SWT beoordeelt de oplossing: aangepast arrangement 2 past alleen als A3-ondersteunend met "
                       "huishouden als resultaatgebied niet toereikend is om het hele huishouden over te nemen "
                       "(§2.2). De regels vallen niet stil terug op het basisarrangement.")

    # §2.2, §3.3: de uren van een aangepast arrangement, op uurbasis afgesproken
    afgesproken = uren_open = toelichting_uurbasis = None
    if uurbasis:
        if c.uren_op_uurbasis is None:
            uren_open = True
            toelichting_uurbasis = "SWT legt de uren op uurbasis vast, in overleg met de zorgaanbieder (§2.2, §3.3)."
        else:
            afgesproken, uren_open = c.uren_op_uurbasis, False
            toelichting_uurbasis = "Aangepast arrangement op uurbasis: de uren zijn afgesproken met de zorgaanbieder."

    # §3, §3.2, §3.3: de vaste uren bij alleen huishouden, en of het SWT meer nodig vindt
    uren = None
    if geweigerd:
        toelichting_uren = None
    elif not huishouden:
        toelichting_uren = ("Huishouden is nu geen resultaatgebied, dus er zijn geen uren voor huishoudelijke "
                            "ondersteuning.")
    elif not enkelvoudig:
        toelichting_uren = ("Huishouden in combinatie met andere resultaatgebieden: de beleidsregel schrijft dan geen "
                            "uren voor huishoudelijke ondersteuning voor.")
    elif arr in UREN:
        uren, toelichting_uren = UREN[arr]
    elif arr in AANGEPAST:
        toelichting_uren = "Aangepast arrangement: de uren worden op uurbasis afgesproken met de zorgaanbieder."
    elif arr is None:
        toelichting_uren = "Er is (nog) geen arrangement, dus ook geen uren."
    else:
        toelichting_uren = ("Activerend arrangement: alleen bij een enkelvoudig ondersteunend arrangement met alleen "
                            "huishouden liggen de uren vast.")
    tekort = None if c.benodigde_uren_per_jaar is None or uren is None else c.benodigde_uren_per_jaar > uren

    # Het besluit, en wat het SWT nog moet beoordelen
    if geweigerd:
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
    elif uren_open:
        besluit, reden_besluit = "SWT beoordeelt", toelichting_uurbasis
    elif tekort:
        besluit, reden_besluit = "SWT beoordeelt", TEKORT
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
        if uren_open:
            open_punt.append(toelichting_uurbasis)
        if tekort:
            open_punt.append(TEKORT)

    # §2.1 d, §2.2: leidraad en meldingen over de duur
    if geweigerd:
        leidraad = None
    elif c.verandering_verwacht:
        leidraad = "Korter dan 1 jaar, omdat de situatie op korte termijn waarschijnlijk verandert."
    elif type_ == "activerend":
        leidraad = ("Activerend: gemiddeld 1 jaar, hooguit 2 jaar. Daarna kan verlenging na een evaluatie; vaak "
                    "wordt het arrangement dan ondersteunend.")
    elif type_ == "ondersteunend":
        leidraad = "Ondersteunend: gemiddeld 2 jaar, hooguit 5 jaar. Daarna kan verlenging na een evaluatie."
    else:
        leidraad = "Hangt af van het type ondersteuning; dat is nog niet bekend."
    meldingen = []
    if not geweigerd:
        if boven:
            meldingen.append("De gevraagde duur is langer dan de maximale duur voor dit type; toegekend is de "
                             "maximale duur. Verlenging is mogelijk na een inhoudelijke evaluatie.")
        if c.gevraagde_duur is not None and c.gevraagde_duur >= 12 and c.verandering_verwacht:
            meldingen.append("Er wordt op korte termijn verandering verwacht; de leidraad is dan een duur korter dan "
                             "1 jaar.")
        if c.gevraagde_duur is None:
            meldingen.append(SWT_DUUR)
        if arr in AANGEPAST and toegekend is not None and toegekend >= 12:
            meldingen.append("Een aangepast arrangement is tijdelijk (§2.2), maar deze duur is 1 jaar of langer. De "
                             "beleidsregel noemt geen grens; SWT: motiveer waarom deze duur past, of kies een "
                             "kortere.")

    # §3.5: extra huishoudelijke schoonmaak
    if geweigerd:
        ehs = toelichting_ehs = None
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

    # §3.4: taken en afspraken bij huishouden; de wasservice is een open punt bij de taken, niet bij het besluit
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
            afspraken.append("Open punt bij de taken: het SWT beoordeelt nog of een voorliggende was- en "
                             "strijkservice bruikbaar is (§3.4 c). Tot dan staan wassen en strijken niet bij de "
                             "taken; de rest van het besluit wacht daar niet op.")
        if enkelvoudig and arr == "A3-ondersteunend":
            afspraken.append("Is 208 uur per jaar niet genoeg, bijvoorbeeld omdat in een eenoudergezin tijdelijk het "
                             "hele huishouden overgenomen moet worden, dan kan tijdelijk aangepast arrangement 2: "
                             "minimaal vijf uur per week, op uurbasis.")
        if not enkelvoudig:
            afspraken.append("Huishouden in combinatie met andere resultaatgebieden: er zijn geen voorgeschreven uren. "
                             "Knelt de inzet, dan zoekt het SWT met u een passende oplossing.")

    # §2.1 c, §3.3: een andere omstandigheid dan de voorbeelden, in de woorden van het SWT
    andere = ()
    if "andere omstandigheid" in c.verzwarend:
        andere = (("SWT: beschrijf de andere omstandigheid in het ondersteuningsplan.",)
                  if c.beschrijving_andere_omstandigheid is None else (c.beschrijving_andere_omstandigheid,))

    intensiteit_toelichting = []
    if wijkt_af:
        intensiteit_toelichting.append("De intensiteit die het SWT gaf, wijkt af van het advies van bijlage B2 (een "
                                       "concept-bijlage). Dat mag: het oordeel is aan het SWT. SWT: motiveer in het "
                                       "ondersteuningsplan waarom.")
    if zonder_gevolg:
        intensiteit_toelichting.append("Niet elke verzwarende omstandigheid telt: alleen als die ook echt gevolgen "
                                       "heeft voor de benodigde inzet.")
    if buiten_huishouden:
        intensiteit_toelichting.append("Omstandigheden die specifiek voor huishouden zijn (zoals COPD) tellen in het "
                                       "advies niet mee, omdat huishouden nu geen resultaatgebied is.")
    if algemeen_bij_huishouden:
        intensiteit_toelichting.append("De maatwerkvoorziening werkt alleen aan huishouden. Bijlage B2 noemt de "
                                       "algemene omstandigheden (zoals gezinssituatie of life-events) voor de overige "
                                       "resultaatgebieden; in het advies tellen ze hier niet mee. Verhogen ze volgens "
                                       "het SWT toch het huishoudelijk werk, dan motiveert het SWT dat.")
    if samen:
        intensiteit_toelichting.append("Incontinentie en besmet wasgoed kunnen hetzelfde feit zijn; in het advies "
                                       "tellen ze als één omstandigheid. Volgens §3.4 c is zulke was aanleiding om te "
                                       "verhogen naar intensiteit plus.")
    if c.binnen_gemiddeld:
        intensiteit_toelichting.append("Omstandigheden zoals de grootte of de inrichting van de woning, de "
                                       "gezinssamenstelling of de was vragen soms iets meer tijd, maar blijven "
                                       "binnen het gemiddelde arrangement.")
    if c.verlichtend:
        intensiteit_toelichting.append("Verlichtende omstandigheden verlagen de intensiteit niet: de toekenning blijft "
                                       "hetzelfde. Het SWT legt vast welke taken u of uw netwerk zelf doet; de "
                                       "aanbieder zet daarvoor minder in.")

    # §1: leveringsvorm en keuze van de zorgaanbieder; §2: maandbudget (de bedragen staan in het Tarievenblad)
    if geweigerd:
        keuze = None
    elif c.leveringsvorm == "PGB":
        keuze = "U krijgt een pgb: de keuze uit de door de gemeente gecontracteerde zorgaanbieders geldt dan niet."
    elif c.doelgroep is None:
        keuze = "U kiest een van de door de gemeente Zwolle gecontracteerde zorgaanbieders."
    else:
        keuze = ("U kiest een van de door de gemeente Zwolle gecontracteerde zorgaanbieders. Een aanbieder die voor uw "
                 "doelgroep is ingeschreven en aan wie het SWT u toekent, moet u accepteren.")
    if geweigerd:
        budget_toelichting = None
    elif arr is None:
        budget_toelichting = "Er is (nog) geen arrangement, dus ook geen maandbudget."
    elif uurbasis:
        budget_toelichting = "Op uurbasis: er is geen vast maandbudget; de uren worden afgesproken met de zorgaanbieder."
    else:
        budget_toelichting = f"Het maandbudget voor {arr} staat in het Tarievenblad."

    # §1.2: een ander terrein dan de vier genoemde, in de woorden van het SWT
    ander_terrein = ()
    if "ander terrein" in c.beperkingen:
        ander_terrein = (("SWT: beschrijf het andere terrein in het ondersteuningsplan.",)
                         if c.beschrijving_ander_terrein is None else (c.beschrijving_ander_terrein,))
    uitgesloten = [UITGESLOTEN[x] for x in UITGESLOTEN if x in c.buiten_de_voorziening]

    return {
        "toegang": toegang, "reden toegang": reden_toegang,
        "resultaatgebieden nu": nu, "ondersteunend nu": ondersteunend_nu, "activerend nu": activerend_nu,
        "aantal activerend": len(activerend_nu), "aantal ondersteunend": len(ondersteunend_nu),
        "typebeeld": typebeeld, "type ondersteuning": type_, "reden type": reden_type,
        "gemiddelde duur": gemiddeld, "maximale duur": maximaal, "gevraagde duur boven maximum": boven,
        "toegekende duur": toegekend, "einddatum": einddatum, "evaluatiedatum halverwege": evaluatie,
        "aantal resultaatgebieden": aantal, "huishouden nu": huishouden, "enkelvoudig huishouden": enkelvoudig,
        "intensiteit": intensiteit, "reden intensiteit": reden_intensiteit,
        "zwaarte": zwaarte, "reden zwaarte": reden_zwaarte, "basisarrangement": basis,
        "arrangement": arr, "op uurbasis": uurbasis, "toelichting arrangement": toelichting,
        "uren huishouden per jaar": uren, "toelichting uren": toelichting_uren, "uren huishouden tekort": tekort,
        "huishoudelijke omstandigheid": huishoudelijke, "aantal huishoudelijke omstandigheden": n_huishoudelijk,
        "algemene omstandigheid": algemene, "aantal algemene omstandigheden": n_algemeen,
        "aantal tellende omstandigheden": tellend, "omstandigheden zonder gevolg": zonder_gevolg,
        "huishoudelijke omstandigheden buiten huishouden": buiten_huishouden,
        "algemene omstandigheden bij alleen huishouden": algemeen_bij_huishouden,
        "incontinentie en besmet wasgoed samen": samen,
        "advies intensiteit": advies, "reden advies": reden_advies, "oordeel wijkt af van advies": wijkt_af,
        "woord resultaatgebieden": "resultaatgebied" if aantal == 1 else "resultaatgebieden",
        "afgesproken uren op uurbasis": afgesproken, "uren op uurbasis open": uren_open,
        "toelichting uurbasis": toelichting_uurbasis,
        "besluit": besluit, "reden besluit": reden_besluit, "open punt": tuple(open_punt),
        "leidraad duur": leidraad, "melding duur": tuple(meldingen),
        "EHS": ehs, "toelichting EHS": toelichting_ehs,
        "ruimte": ruimte, "frequentie": frequentie, "activiteiten": activiteiten,
        "afspraak huishouden": tuple(afspraken), "andere omstandigheid volgens SWT": andere,
        "intensiteit toelichting": tuple(intensiteit_toelichting), "keuze zorgaanbieder": keuze,
        "maandbudget": None, "maandbudget toelichting": budget_toelichting,
        "ander terrein volgens SWT": ander_terrein,
        "reden uitsluiting": tuple(u[0] for u in uitgesloten),
        "voorliggende voorziening": tuple(u[1] for u in uitgesloten if u[1] is not None),
    }
