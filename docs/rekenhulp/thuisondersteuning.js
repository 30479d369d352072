// Gegenereerd door `regels bouw` uit regels/thuisondersteuning/arrangement.regels, regels/thuisondersteuning/besluit.regels, regels/thuisondersteuning/dekking.regels, regels/thuisondersteuning/duur.regels, regels/thuisondersteuning/ehs.regels, regels/thuisondersteuning/huishouden.regels, regels/thuisondersteuning/intensiteit.regels, regels/thuisondersteuning/leveringsvorm.regels, regels/thuisondersteuning/regelset.regels, regels/thuisondersteuning/tarieven.regels, regels/thuisondersteuning/toegang.regels, regels/thuisondersteuning/type.regels, regels/thuisondersteuning/zwaarte.regels.
// Niet met de hand bewerken: wijzig de .regels-bestanden en draai `regels bouw`.
//
// Regelset {"document": "Beleidsregel Integrale Thuisondersteuning, gemeente Zwolle", "regelset": "Integrale Thuisondersteuning"} als ES-module, zonder afhankelijkheden: dezelfde beslis-IR als de
// gegenereerde Python (generated/), met dezelfde betekenis van een tabel (compiler/semantiek/runtime.py).
// Elke tekst uit de regels staat hier als JSON-gegeven, nooit als code.
//
// Gebruik: beslis(casus) → {uitkomst, beslissingen, uitleg} (de JSON-vorm van `regels beslis --json`,
// plus de uitleg per tabel in de volgorde van de route). Ongeldige invoer: OngeldigeInvoer met `fouten`
// (veld → Nederlandse melding); geen passende rij: GeenBeslissing. Nooit een gok.
//
// Waarden: ja/nee is een boolean, een getal een geheel getal (Number), een keuze een tekst, een
// verzameling een Set van teksten, onbekend is null. Een bedrag is exact: een BigInt-coëfficiënt met een
// decimale exponent (zoals Python's Decimal), nooit een kommagetal; in JSON een tekst ("12.50").
// Een datum is een dagnummer (zoals Python's date.toordinal); een duur een aantal maanden.

// -- De regelset als gegevens (uit de beslis-IR)

export const KOP = {"document": "Beleidsregel Integrale Thuisondersteuning, gemeente Zwolle", "regelset": "Integrale Thuisondersteuning"};

/** De invoervelden in volgorde, met hun soort, domein en de uitleg uit de regels. */
export const VELDEN = [
  {"max": null, "min": null, "naam": "SWT-oordeel over het basisarrangement", "oordeel": true, "optioneel": false, "soort": "keuze", "uitleg": "Oordeel van het SWT: past het arrangement uit het schema, of is een aangepast arrangement nodig?", "waarden": ["basisarrangement past", "leun en steun om af te bouwen", "hoogste arrangement ontoereikend", "hele huishouden tijdelijk overnemen"]},
  {"max": 168, "min": 0, "naam": "benodigde uren per week", "oordeel": true, "optioneel": true, "soort": "getal", "uitleg": "Oordeel van het SWT: hoeveel uur per week nodig is als het hele huishouden tijdelijk wordt overgenomen.", "waarden": []},
  {"max": null, "min": null, "naam": "uren op uurbasis", "oordeel": true, "optioneel": true, "soort": "tekst", "uitleg": "Bij een aangepast arrangement: de uren die SWT en zorgaanbieder op uurbasis afspreken, in woorden, bijvoorbeeld ‘1 uur per maand’ of ‘12,5 uur per week’.", "waarden": []},
  {"max": null, "min": {"datum": "2022-01-01"}, "naam": "ingangsdatum", "oordeel": false, "optioneel": false, "soort": "datum", "uitleg": "De datum waarop de ondersteuning begint. De beleidsregel geldt vanaf 1 januari 2022.", "waarden": []},
  {"max": null, "min": null, "naam": "verandering op korte termijn verwacht", "oordeel": true, "optioneel": false, "soort": "janee", "uitleg": "Oordeel van het SWT: zijn er aanwijzingen dat de situatie op korte termijn verandert, bijvoorbeeld door een life-event?", "waarden": []},
  {"max": null, "min": {"duur": 1}, "naam": "gevraagde duur", "oordeel": true, "optioneel": true, "soort": "duur", "uitleg": "Oordeel van het SWT: de duur die het SWT met de cliënt voor de toekenning voorstelt (maatwerk).", "waarden": []},
  {"max": null, "min": null, "naam": "voorliggende was- en strijkservice bruikbaar", "oordeel": true, "optioneel": true, "soort": "janee", "uitleg": "Oordeel van het SWT: kan de cliënt voor wassen en strijken een voorliggende was- en strijkservice gebruiken, en is die geschikt?", "waarden": []},
  {"max": 8760, "min": 0, "naam": "benodigde uren huishouden per jaar", "oordeel": true, "optioneel": true, "soort": "getal", "uitleg": "Oordeel van het SWT: hoeveel uur inzet door een professional het huishouden per jaar nodig heeft (4,5 uur per week is bijvoorbeeld 234 uur per jaar). Alleen nodig als de vaste uren van het arrangement misschien niet genoeg zijn.", "waarden": []},
  {"max": null, "min": null, "naam": "verzwarende omstandigheden", "oordeel": false, "optioneel": false, "soort": "verzameling", "uitleg": "Welke verzwarende omstandigheden er bij de cliënt zijn.", "waarden": ["gedragsmatige kant van de cliënt", "life-events", "acute situatie", "specifieke benadering", "gevaar voor omgeving", "gezinssituatie", "COPD", "bedlegerigheid", "incontinentie", "rolstoelgebondenheid", "lichamelijke beperkingen of belemmeringen", "overname van de regie over het huishouden", "besmet wasgoed of vaker wassen", "andere omstandigheid"]},
  {"max": null, "min": null, "naam": "beschrijving andere omstandigheid", "oordeel": true, "optioneel": true, "soort": "tekst", "uitleg": "Als er een andere omstandigheid is: wat die is, in de woorden van het SWT.", "waarden": []},
  {"max": null, "min": null, "naam": "omstandigheden die de inzet verhogen", "oordeel": true, "optioneel": true, "soort": "verzameling", "uitleg": "Oordeel van het SWT: welke van die omstandigheden de benodigde inzet echt verhogen, gezien de hele situatie. Daaruit volgt het advies van bijlage B2.", "waarden": ["gedragsmatige kant van de cliënt", "life-events", "acute situatie", "specifieke benadering", "gevaar voor omgeving", "gezinssituatie", "COPD", "bedlegerigheid", "incontinentie", "rolstoelgebondenheid", "lichamelijke beperkingen of belemmeringen", "overname van de regie over het huishouden", "besmet wasgoed of vaker wassen", "andere omstandigheid"]},
  {"max": null, "min": null, "naam": "intensiteit volgens SWT", "oordeel": true, "optioneel": true, "soort": "keuze", "uitleg": "Oordeel van het SWT: welke intensiteit nodig is, gezien de context (§2.1 c). Het advies uit bijlage B2 (concept) staat ernaast, maar beslist niet.", "waarden": ["gemiddeld", "plus", "plusplus"]},
  {"max": null, "min": null, "naam": "omstandigheden binnen gemiddeld", "oordeel": false, "optioneel": false, "soort": "verzameling", "uitleg": "Omstandigheden in het huishouden die iets meer tijd vragen, maar binnen het gemiddelde arrangement blijven.", "waarden": ["grootte of type van de woning", "gezinssamenstelling", "inrichting van de woning", "het doen van de was", "andere omstandigheid binnen gemiddeld"]},
  {"max": null, "min": null, "naam": "verlichtende omstandigheden", "oordeel": false, "optioneel": false, "soort": "janee", "uitleg": "Kan de cliënt zelf een deel van de taken doen, of helpt iemand uit het netwerk of een mantelzorger?", "waarden": []},
  {"max": null, "min": null, "naam": "leveringsvorm", "oordeel": false, "optioneel": false, "soort": "keuze", "uitleg": "Krijgt de cliënt de ondersteuning in natura (ZIN) of als pgb?", "waarden": ["ZIN", "PGB"]},
  {"max": null, "min": null, "naam": "doelgroep", "oordeel": true, "optioneel": true, "soort": "keuze", "uitleg": "Oordeel van het SWT: bij welke doelgroep de cliënt hoort. Dat is niet altijd af te bakenen.", "waarden": ["psychogeriatrische of somatische aandoening", "psychiatrische of psychosociale aandoening", "niet aangeboren hersenletsel", "licht verstandelijke beperking", "complexe problematiek"]},
  {"max": 130, "min": 0, "naam": "leeftijd", "oordeel": false, "optioneel": false, "soort": "getal", "uitleg": "Leeftijd van de cliënt in jaren.", "waarden": []},
  {"max": null, "min": null, "naam": "nieuwe toekenning", "oordeel": false, "optioneel": false, "soort": "janee", "uitleg": "Gaat het om een nieuwe toekenning (en niet om een voortzetting)?", "waarden": []},
  {"max": null, "min": null, "naam": "SWT-oordeel uitzondering leeftijd", "oordeel": true, "optioneel": true, "soort": "janee", "uitleg": "Oordeel van het SWT: is dit een uitzonderlijk geval waarin iemand net voor het 18e jaar toegang krijgt? Alleen nodig bij een nieuwe toekenning onder de 18.", "waarden": []},
  {"max": null, "min": null, "naam": "heeft eigen huisvesting", "oordeel": false, "optioneel": false, "soort": "janee", "uitleg": "Beschikt de cliënt over huisvesting (een woning, gekocht of gehuurd) waar hij kan blijven wonen, ook als de ondersteuning afneemt of hij een andere aanbieder kiest? (§1.3: ‘beschikt over huisvesting’; eigendom is niet nodig.)", "waarden": []},
  {"max": null, "min": null, "naam": "huurovereenkomst afhankelijk van de ondersteuning", "oordeel": false, "optioneel": false, "soort": "janee", "uitleg": "Hangt de huurovereenkomst af van het afnemen van ondersteuning bij een bepaalde aanbieder?", "waarden": []},
  {"max": null, "min": null, "naam": "beperkingen op terreinen", "oordeel": true, "optioneel": false, "soort": "verzameling", "uitleg": "Oordeel van het SWT: op welke terreinen de cliënt beperkingen heeft in zelfredzaamheid en participatie. ‘Ander terrein’ als de oorzaak buiten de vier terreinen van §1.2 ligt.", "waarden": ["cognitief functioneren", "psychisch functioneren", "oriëntatie en geheugen", "lichamelijke beperkingen", "ander terrein"]},
  {"max": null, "min": null, "naam": "beschrijving ander terrein", "oordeel": true, "optioneel": true, "soort": "tekst", "uitleg": "Als het SWT ‘ander terrein’ kiest: welke belemmering dat is, in de woorden van het SWT.", "waarden": []},
  {"max": null, "min": null, "naam": "gevraagde ondersteuning buiten de voorziening", "oordeel": false, "optioneel": false, "soort": "verzameling", "uitleg": "Welke gevraagde hulp niet onder Integrale Thuisondersteuning valt (zie §1.3).", "waarden": ["recreatieve en sociaal-culturele activiteiten", "boodschappen doen", "dagbesteding", "vervoer naar behandeling", "onderwijsbegeleiding", "behandeling of therapie", "medicatie", "bekostigen van verblijf"]},
  {"max": null, "min": null, "naam": "activerend op", "oordeel": true, "optioneel": false, "soort": "verzameling", "uitleg": "Oordeel van het SWT: op welke resultaatgebieden de ondersteuning activerend is. De andere resultaatgebieden van nu zijn ondersteunend.", "waarden": ["administratie en financiën", "huishouden", "regelvermogen en dagstructuur", "sociaal en persoonlijk functioneren", "zelfzorg en gezondheid", "gezin"]},
  {"max": null, "min": null, "naam": "zwaartepunt type", "oordeel": true, "optioneel": true, "soort": "keuze", "uitleg": "Oordeel van het SWT: waar het zwaartepunt ligt als het type per resultaatgebied verschilt.", "waarden": ["ondersteunend", "activerend"]},
  {"max": null, "min": null, "naam": "resultaatgebieden met ondersteuningsvraag", "oordeel": false, "optioneel": false, "soort": "verzameling", "uitleg": "Op welke resultaatgebieden de cliënt een ondersteuningsvraag heeft.", "waarden": ["administratie en financiën", "huishouden", "regelvermogen en dagstructuur", "sociaal en persoonlijk functioneren", "zelfzorg en gezondheid", "gezin"]},
  {"max": null, "min": null, "naam": "via voorliggende voorziening", "oordeel": true, "optioneel": false, "soort": "verzameling", "uitleg": "Oordeel van het SWT: welke van die resultaatgebieden een voorliggende (wijk)voorziening of algemene voorziening oppakt.", "waarden": ["administratie en financiën", "huishouden", "regelvermogen en dagstructuur", "sociaal en persoonlijk functioneren", "zelfzorg en gezondheid", "gezin"]},
  {"max": null, "min": null, "naam": "via netwerk", "oordeel": true, "optioneel": false, "soort": "verzameling", "uitleg": "Oordeel van het SWT: welke van die resultaatgebieden het eigen netwerk oppakt (gebruikelijke zorg).", "waarden": ["administratie en financiën", "huishouden", "regelvermogen en dagstructuur", "sociaal en persoonlijk functioneren", "zelfzorg en gezondheid", "gezin"]},
  {"max": null, "min": null, "naam": "later opgepakt", "oordeel": true, "optioneel": false, "soort": "verzameling", "uitleg": "Oordeel van het SWT: welke van die resultaatgebieden pas later aan de beurt komen (gefaseerd, prioriteren).", "waarden": ["administratie en financiën", "huishouden", "regelvermogen en dagstructuur", "sociaal en persoonlijk functioneren", "zelfzorg en gezondheid", "gezin"]},
];

/** Controles die elke casus moet halen: een casus die er een niet haalt, wordt niet beslist. */
const CONTROLES = [
  {"melding": "Een omstandigheid kan de inzet alleen verhogen als het ook een verzwarende omstandigheid is.", "reken": {"links": {"args": [{"links": {"naam": "omstandigheden die de inzet verhogen"}, "op": "-", "rechts": {"naam": "verzwarende omstandigheden"}}], "functie": "aantal"}, "op": "=", "rechts": {"waarde": 0}}},
  {"melding": "Wat een voorliggende voorziening, het netwerk of later oppakt, is ook een resultaatgebied met een ondersteuningsvraag.", "reken": {"links": {"args": [{"links": {"links": {"links": {"naam": "via voorliggende voorziening"}, "op": "+", "rechts": {"naam": "via netwerk"}}, "op": "+", "rechts": {"naam": "later opgepakt"}}, "op": "-", "rechts": {"naam": "resultaatgebieden met ondersteuningsvraag"}}], "functie": "aantal"}, "op": "=", "rechts": {"waarde": 0}}},
  {"melding": "Een resultaatgebied staat bij hooguit één van ‘via voorliggende voorziening’, ‘via netwerk’ en ‘later opgepakt’.", "reken": {"links": {"links": {"links": {"args": [{"naam": "via voorliggende voorziening"}], "functie": "aantal"}, "op": "+", "rechts": {"args": [{"naam": "via netwerk"}], "functie": "aantal"}}, "op": "+", "rechts": {"args": [{"naam": "later opgepakt"}], "functie": "aantal"}}, "op": "=", "rechts": {"args": [{"links": {"links": {"naam": "via voorliggende voorziening"}, "op": "+", "rechts": {"naam": "via netwerk"}}, "op": "+", "rechts": {"naam": "later opgepakt"}}], "functie": "aantal"}}},
];

function tabel(kop, rijen) { return { ...kop, rijen }; }

/** De stappen in volgorde van afhankelijkheid: tabellen en berekeningen. Een rij: nr, anders (alleen als
 * geen andere rij past), bron, `als` (per invoerkolom null voor `-`, of tests [op, waarde, bovengrens],
 * `niet` voor "niet …") en `dan` (per uitkomst een vaste waarde of een berekening). */
export const STAPPEN = [
  tabel({"bron": ["§1.2", "§1.3"], "hit": "eerste", "invoer": ["heeft eigen huisvesting", "huurovereenkomst afhankelijk van de ondersteuning", "beperkingen op terreinen", "leeftijd", "nieuwe toekenning", "SWT-oordeel uitzondering leeftijd"], "naam": "toegang", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["toegang", "reden toegang"]}, [
    {"als": [{"tests": [["=", false, null]]}, null, null, null, null, null], "anders": false, "bron": ["§1.3"], "dan": [{"waarde": "geweigerd"}, {"waarde": "U beschikt niet over huisvesting waar u kunt blijven wonen. Ondersteuning wordt alleen ingezet als u beschikt over huisvesting waar u ook kunt blijven wonen als de ondersteuning afneemt of als u een andere zorgaanbieder kiest."}], "nr": 1},
    {"als": [{"tests": [["=", true, null]]}, {"tests": [["=", true, null]]}, null, null, null, null], "anders": false, "bron": ["§1.3"], "dan": [{"waarde": "geweigerd"}, {"waarde": "Uw huurcontract hangt af van het afnemen van ondersteuning. Een koppeling tussen wonen en zorg is uitgesloten."}], "nr": 2},
    {"als": [{"tests": [["=", true, null]]}, {"tests": [["=", false, null]]}, {"tests": [["leeg", null, null]]}, null, null, null], "anders": false, "bron": ["§1.2"], "dan": [{"waarde": "geweigerd"}, {"waarde": "Het SWT heeft geen beperkingen in uw zelfredzaamheid of participatie vastgesteld, op geen enkel terrein. Integrale Thuisondersteuning is voor wie niet zelfredzaam is of niet zelfstandig kan participeren."}], "nr": 3},
    {"als": [{"tests": [["=", true, null]]}, {"tests": [["=", false, null]]}, null, {"tests": [["\u003e=", 18, null]]}, null, null], "anders": false, "bron": ["§1.2"], "dan": [{"waarde": "verleend"}, {"waarde": "U bent 18 jaar of ouder, het SWT heeft beperkingen in uw zelfredzaamheid of participatie vastgesteld en u beschikt over huisvesting."}], "nr": 4},
    {"als": [{"tests": [["=", true, null]]}, {"tests": [["=", false, null]]}, null, {"tests": [["\u003c", 18, null]]}, {"tests": [["=", false, null]]}, null], "anders": false, "bron": ["§1.2"], "dan": [{"waarde": "geweigerd"}, {"waarde": "U bent jonger dan 18. Een uitzondering kan alleen bij een nieuwe toekenning."}], "nr": 5},
    {"als": [{"tests": [["=", true, null]]}, {"tests": [["=", false, null]]}, null, {"tests": [["\u003c", 18, null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", true, null]]}], "anders": false, "bron": ["§1.2"], "dan": [{"waarde": "verleend"}, {"waarde": "U bent jonger dan 18, maar het SWT vindt dit een uitzonderlijk geval bij een nieuwe toekenning."}], "nr": 6},
    {"als": [{"tests": [["=", true, null]]}, {"tests": [["=", false, null]]}, null, {"tests": [["\u003c", 18, null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", false, null]]}], "anders": false, "bron": ["§1.2"], "dan": [{"waarde": "geweigerd"}, {"waarde": "U bent jonger dan 18 en het SWT vindt dit geen uitzonderlijk geval."}], "nr": 7},
    {"als": [{"tests": [["=", true, null]]}, {"tests": [["=", false, null]]}, null, {"tests": [["\u003c", 18, null]]}, {"tests": [["=", true, null]]}, {"tests": [["onbekend", null, null]]}], "anders": false, "bron": ["§1.2"], "dan": [{"waarde": "SWT beoordeelt"}, {"waarde": "SWT beoordeelt of dit een uitzonderlijk geval is waarin iemand net voor het 18e jaar toegang krijgt (§1.2)."}], "nr": 8},
  ]),
  {"naam": "resultaatgebieden nu", "reken": {"links": {"naam": "resultaatgebieden met ondersteuningsvraag"}, "op": "-", "rechts": {"links": {"links": {"naam": "via voorliggende voorziening"}, "op": "+", "rechts": {"naam": "via netwerk"}}, "op": "+", "rechts": {"naam": "later opgepakt"}}}, "soort": "berekening"},
  {"naam": "ondersteunend nu", "reken": {"links": {"naam": "resultaatgebieden nu"}, "op": "-", "rechts": {"naam": "activerend op"}}, "soort": "berekening"},
  {"naam": "activerend nu", "reken": {"links": {"naam": "resultaatgebieden nu"}, "op": "-", "rechts": {"naam": "ondersteunend nu"}}, "soort": "berekening"},
  {"naam": "aantal activerend", "reken": {"args": [{"naam": "activerend nu"}], "functie": "aantal"}, "soort": "berekening"},
  {"naam": "aantal ondersteunend", "reken": {"args": [{"naam": "ondersteunend nu"}], "functie": "aantal"}, "soort": "berekening"},
  tabel({"bron": ["§2.1 b"], "hit": "uniek", "invoer": ["toegang", "aantal activerend", "aantal ondersteunend"], "naam": "typebeeld", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["typebeeld"]}, [
    {"als": [{"tests": [["=", "geweigerd", null]]}, null, null], "anders": false, "bron": ["§2.1 b"], "dan": [{"waarde": null}], "nr": 1},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["\u003c=", 0, null]]}, {"tests": [["\u003c=", 0, null]]}], "anders": false, "bron": ["§2.1 b"], "dan": [{"waarde": "geen resultaatgebied"}], "nr": 2},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["\u003e=", 1, null]]}, {"tests": [["\u003c=", 0, null]]}], "anders": false, "bron": ["§2.1 b"], "dan": [{"waarde": "geheel activerend"}], "nr": 3},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["\u003c=", 0, null]]}, {"tests": [["\u003e=", 1, null]]}], "anders": false, "bron": ["§2.1 b"], "dan": [{"waarde": "geheel ondersteunend"}], "nr": 4},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["\u003e=", 1, null]]}, {"tests": [["\u003e=", 1, null]]}], "anders": false, "bron": ["§2.1 b"], "dan": [{"waarde": "gemengd"}], "nr": 5},
  ]),
  tabel({"bron": ["§2.1 b", "bijlage B2, Type ondersteuning"], "hit": "uniek", "invoer": ["typebeeld", "zwaartepunt type"], "naam": "type ondersteuning", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["type ondersteuning", "reden type"]}, [
    {"als": [{"tests": [["onbekend", null, null]]}, null], "anders": false, "bron": ["§2.1 b", "bijlage B2, Type ondersteuning"], "dan": [{"waarde": null}, {"waarde": null}], "nr": 1},
    {"als": [{"tests": [["=", "geen resultaatgebied", null]]}, null], "anders": false, "bron": ["§2.1 b"], "dan": [{"waarde": null}, {"waarde": "Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus ook geen type ondersteuning."}], "nr": 2},
    {"als": [{"tests": [["=", "geheel activerend", null]]}, null], "anders": false, "bron": ["§2.1 b"], "dan": [{"waarde": "activerend"}, {"waarde": "Op alle resultaatgebieden is de ondersteuning activerend."}], "nr": 3},
    {"als": [{"tests": [["=", "geheel ondersteunend", null]]}, null], "anders": false, "bron": ["§2.1 b"], "dan": [{"waarde": "ondersteunend"}, {"waarde": "Op alle resultaatgebieden is de ondersteuning ondersteunend."}], "nr": 4},
    {"als": [{"tests": [["=", "gemengd", null]]}, {"tests": [["=", "activerend", null]]}], "anders": false, "bron": ["§2.1 b", "bijlage B2, Type ondersteuning"], "dan": [{"waarde": "activerend"}, {"waarde": "Het type verschilt per resultaatgebied; het SWT legt het zwaartepunt bij activerend."}], "nr": 5},
    {"als": [{"tests": [["=", "gemengd", null]]}, {"tests": [["=", "ondersteunend", null]]}], "anders": false, "bron": ["§2.1 b", "bijlage B2, Type ondersteuning"], "dan": [{"waarde": "ondersteunend"}, {"waarde": "Het type verschilt per resultaatgebied; het SWT legt het zwaartepunt bij ondersteunend."}], "nr": 6},
    {"als": [{"tests": [["=", "gemengd", null]]}, {"tests": [["onbekend", null, null]]}], "anders": false, "bron": ["§2.1 b", "bijlage B2, Type ondersteuning"], "dan": [{"waarde": null}, {"waarde": "SWT beoordeelt waar het zwaartepunt ligt (§2.1 b): het type verschilt per resultaatgebied."}], "nr": 7},
  ]),
  tabel({"bron": ["§2.1 d", "bijlage B2, Duur van de ondersteuning"], "hit": "uniek", "invoer": ["toegang", "type ondersteuning"], "naam": "duur per type", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["gemiddelde duur", "maximale duur"]}, [
    {"als": [{"tests": [["=", "geweigerd", null]]}, null], "anders": false, "bron": ["§2.1 d", "bijlage B2, Duur van de ondersteuning"], "dan": [{"waarde": null}, {"waarde": null}], "nr": 1},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "activerend", null]]}], "anders": false, "bron": ["§2.1 d"], "dan": [{"waarde": {"duur": 12}}, {"waarde": {"duur": 24}}], "nr": 2},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "ondersteunend", null]]}], "anders": false, "bron": ["§2.1 d"], "dan": [{"waarde": {"duur": 24}}, {"waarde": {"duur": 60}}], "nr": 3},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["onbekend", null, null]]}], "anders": false, "bron": ["§2.1 d"], "dan": [{"waarde": null}, {"waarde": null}], "nr": 4},
  ]),
  {"naam": "gevraagde duur boven maximum", "reken": {"links": {"naam": "gevraagde duur"}, "op": "\u003e", "rechts": {"naam": "maximale duur"}}, "soort": "berekening"},
  tabel({"bron": ["§2.1 d"], "hit": "uniek", "invoer": ["toegang", "gevraagde duur boven maximum"], "naam": "toegekende duur", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["toegekende duur"]}, [
    {"als": [{"tests": [["=", "geweigerd", null]]}, null], "anders": false, "bron": ["§2.1 d"], "dan": [{"waarde": null}], "nr": 1},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", true, null]]}], "anders": false, "bron": ["§2.1 d"], "dan": [{"reken": {"naam": "maximale duur"}}], "nr": 2},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", false, null]]}], "anders": false, "bron": ["§2.1 d"], "dan": [{"reken": {"naam": "gevraagde duur"}}], "nr": 3},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["onbekend", null, null]]}], "anders": false, "bron": ["§2.1 d"], "dan": [{"waarde": null}], "nr": 4},
  ]),
  {"naam": "einddatum", "reken": {"links": {"naam": "ingangsdatum"}, "op": "+", "rechts": {"naam": "toegekende duur"}}, "soort": "berekening"},
  {"naam": "evaluatiedatum halverwege", "reken": {"args": [{"naam": "ingangsdatum"}, {"naam": "einddatum"}], "functie": "halverwege"}, "soort": "berekening"},
  {"naam": "aantal resultaatgebieden", "reken": {"args": [{"naam": "resultaatgebieden nu"}], "functie": "aantal"}, "soort": "berekening"},
  {"naam": "huishouden nu", "reken": {"links": {"naam": "resultaatgebieden nu"}, "op": "bevat", "rechts": {"naam": "huishouden"}}, "soort": "berekening"},
  {"naam": "enkelvoudig huishouden", "reken": {"links": {"naam": "huishouden nu"}, "op": "en", "rechts": {"links": {"naam": "aantal resultaatgebieden"}, "op": "=", "rechts": {"waarde": 1}}}, "soort": "berekening"},
  tabel({"bron": ["§2.1 c", "§3.3"], "hit": "eerste", "invoer": ["toegang", "intensiteit volgens SWT", "verzwarende omstandigheden"], "naam": "intensiteit", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["intensiteit", "reden intensiteit"]}, [
    {"als": [{"tests": [["=", "geweigerd", null]]}, null, null], "anders": false, "bron": ["§2.1 c", "§3.3"], "dan": [{"waarde": null}, {"waarde": null}], "nr": 1},
    {"als": [null, {"niet": true, "tests": [["onbekend", null, null]]}, null], "anders": false, "bron": ["§2.1 c"], "dan": [{"reken": {"naam": "intensiteit volgens SWT"}}, {"waarde": "Het SWT heeft de benodigde intensiteit beoordeeld, gezien de context."}], "nr": 2},
    {"als": [null, {"tests": [["onbekend", null, null]]}, {"tests": [["leeg", null, null]]}], "anders": false, "bron": ["§2.1 c"], "dan": [{"waarde": "gemiddeld"}, {"waarde": "Er zijn geen verzwarende omstandigheden: gemiddelde intensiteit, het vertrekpunt."}], "nr": 3},
    {"als": [null, {"tests": [["onbekend", null, null]]}, null], "anders": false, "bron": ["§2.1 c"], "dan": [{"waarde": null}, {"waarde": "SWT beoordeelt welke intensiteit nodig is, gezien de verzwarende omstandigheden en de context (§2.1 c)."}], "nr": 4},
  ]),
  tabel({"bron": ["§1.1", "§2.1 a", "bijlage B2, Zwaarte van de ondersteuningsvraag"], "hit": "uniek", "invoer": ["toegang", "aantal resultaatgebieden"], "naam": "zwaarte", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["zwaarte", "reden zwaarte"]}, [
    {"als": [{"tests": [["=", "geweigerd", null]]}, null], "anders": false, "bron": ["§1.1", "§2.1 a", "bijlage B2, Zwaarte van de ondersteuningsvraag"], "dan": [{"waarde": null}, {"waarde": null}], "nr": 1},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["\u003c=", 0, null]]}], "anders": false, "bron": ["§2.1 a"], "dan": [{"waarde": null}, {"waarde": "Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus ook geen zwaarte."}], "nr": 2},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["tussen", 1, 2]]}], "anders": false, "bron": ["§2.1 a"], "dan": [{"waarde": "A"}, {"waarde": "Bij 1 of 2 resultaatgebieden hoort zwaarte A."}], "nr": 3},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["tussen", 3, 4]]}], "anders": false, "bron": ["§2.1 a"], "dan": [{"waarde": "B"}, {"waarde": "Bij 3 of 4 resultaatgebieden hoort zwaarte B."}], "nr": 4},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["\u003e=", 5, null]]}], "anders": false, "bron": ["§2.1 a"], "dan": [{"waarde": "C"}, {"waarde": "Bij 5 of 6 resultaatgebieden hoort zwaarte C."}], "nr": 5},
  ]),
  tabel({"bron": ["§2"], "hit": "uniek", "invoer": ["intensiteit", "zwaarte", "type ondersteuning"], "naam": "basisarrangement", "onbekendInOnbekendUit": true, "soort": "tabel", "uitvoer": ["basisarrangement"]}, [
    {"als": [{"tests": [["=", "gemiddeld", null]]}, {"tests": [["=", "A", null]]}, {"tests": [["=", "ondersteunend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "A1-ondersteunend"}], "nr": 1},
    {"als": [{"tests": [["=", "gemiddeld", null]]}, {"tests": [["=", "A", null]]}, {"tests": [["=", "activerend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "A1-activerend"}], "nr": 2},
    {"als": [{"tests": [["=", "gemiddeld", null]]}, {"tests": [["=", "B", null]]}, {"tests": [["=", "ondersteunend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "B1-ondersteunend"}], "nr": 3},
    {"als": [{"tests": [["=", "gemiddeld", null]]}, {"tests": [["=", "B", null]]}, {"tests": [["=", "activerend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "B1-activerend"}], "nr": 4},
    {"als": [{"tests": [["=", "gemiddeld", null]]}, {"tests": [["=", "C", null]]}, {"tests": [["=", "ondersteunend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "C1-ondersteunend"}], "nr": 5},
    {"als": [{"tests": [["=", "gemiddeld", null]]}, {"tests": [["=", "C", null]]}, {"tests": [["=", "activerend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "C1-activerend"}], "nr": 6},
    {"als": [{"tests": [["=", "plus", null]]}, {"tests": [["=", "A", null]]}, {"tests": [["=", "ondersteunend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "A2-ondersteunend"}], "nr": 7},
    {"als": [{"tests": [["=", "plus", null]]}, {"tests": [["=", "A", null]]}, {"tests": [["=", "activerend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "A2-activerend"}], "nr": 8},
    {"als": [{"tests": [["=", "plus", null]]}, {"tests": [["=", "B", null]]}, {"tests": [["=", "ondersteunend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "B2-ondersteunend"}], "nr": 9},
    {"als": [{"tests": [["=", "plus", null]]}, {"tests": [["=", "B", null]]}, {"tests": [["=", "activerend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "B2-activerend"}], "nr": 10},
    {"als": [{"tests": [["=", "plus", null]]}, {"tests": [["=", "C", null]]}, {"tests": [["=", "ondersteunend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "C2-ondersteunend"}], "nr": 11},
    {"als": [{"tests": [["=", "plus", null]]}, {"tests": [["=", "C", null]]}, {"tests": [["=", "activerend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "C2-activerend"}], "nr": 12},
    {"als": [{"tests": [["=", "plusplus", null]]}, {"tests": [["=", "A", null]]}, {"tests": [["=", "ondersteunend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "A3-ondersteunend"}], "nr": 13},
    {"als": [{"tests": [["=", "plusplus", null]]}, {"tests": [["=", "A", null]]}, {"tests": [["=", "activerend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "A3-activerend"}], "nr": 14},
    {"als": [{"tests": [["=", "plusplus", null]]}, {"tests": [["=", "B", null]]}, {"tests": [["=", "ondersteunend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "B3-ondersteunend"}], "nr": 15},
    {"als": [{"tests": [["=", "plusplus", null]]}, {"tests": [["=", "B", null]]}, {"tests": [["=", "activerend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "B3-activerend"}], "nr": 16},
    {"als": [{"tests": [["=", "plusplus", null]]}, {"tests": [["=", "C", null]]}, {"tests": [["=", "ondersteunend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "C3-ondersteunend"}], "nr": 17},
    {"als": [{"tests": [["=", "plusplus", null]]}, {"tests": [["=", "C", null]]}, {"tests": [["=", "activerend", null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": "C3-activerend"}], "nr": 18},
  ]),
  tabel({"bron": ["§2", "§2.2"], "hit": "eerste", "invoer": ["toegang", "aantal resultaatgebieden", "basisarrangement", "huishouden nu", "SWT-oordeel over het basisarrangement", "benodigde uren per week"], "naam": "arrangement", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["arrangement", "op uurbasis", "toelichting arrangement"]}, [
    {"als": [{"tests": [["=", "geweigerd", null]]}, null, null, null, null, null], "anders": false, "bron": ["§2", "§2.2"], "dan": [{"waarde": null}, {"waarde": null}, {"waarde": null}], "nr": 1},
    {"als": [{"tests": [["=", "SWT beoordeelt", null]]}, null, null, null, null, null], "anders": false, "bron": ["§1.2", "§1.3"], "dan": [{"waarde": null}, {"waarde": null}, {"waarde": "Zonder toegang is er geen arrangement."}], "nr": 2},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["\u003c=", 0, null]]}, null, null, null, null], "anders": false, "bron": ["§2.1 a"], "dan": [{"waarde": null}, {"waarde": null}, {"waarde": "Er is nu geen resultaatgebied voor de maatwerkvoorziening, dus geen arrangement."}], "nr": 3},
    {"als": [{"tests": [["=", "verleend", null]]}, null, {"tests": [["onbekend", null, null]]}, null, null, null], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": null}, {"waarde": "Het arrangement is nog niet bekend: het type of de intensiteit wacht op een oordeel van het SWT."}], "nr": 4},
    {"als": [{"tests": [["=", "verleend", null]]}, null, null, null, {"tests": [["=", "basisarrangement past", null]]}, null], "anders": false, "bron": ["§2"], "dan": [{"reken": {"naam": "basisarrangement"}}, {"waarde": false}, {"waarde": "Het arrangement volgt uit het schema van §2."}], "nr": 5},
    {"als": [{"tests": [["=", "verleend", null]]}, null, {"tests": [["=", "A1-ondersteunend", null]]}, null, {"tests": [["=", "leun en steun om af te bouwen", null]]}, null], "anders": false, "bron": ["§2.2"], "dan": [{"waarde": "aangepast arrangement 1"}, {"waarde": true}, {"waarde": "A1-ondersteunend is meer dan nodig. Om af te bouwen is tijdelijk leun en steun nodig; daarvoor worden op uurbasis afspraken gemaakt met de zorgaanbieder."}], "nr": 6},
    {"als": [{"tests": [["=", "verleend", null]]}, null, {"tests": [["=", "C3-activerend", null]]}, null, {"tests": [["=", "hoogste arrangement ontoereikend", null]]}, null], "anders": false, "bron": ["§2.2"], "dan": [{"waarde": "aangepast arrangement 1"}, {"waarde": true}, {"waarde": "C3-activerend is in deze uitzonderlijke situatie niet toereikend. Tijdelijk worden op uurbasis afspraken gemaakt met de zorgaanbieder."}], "nr": 7},
    {"als": [{"tests": [["=", "verleend", null]]}, null, {"tests": [["=", "A3-ondersteunend", null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", "hele huishouden tijdelijk overnemen", null]]}, {"tests": [["\u003e=", 5, null]]}], "anders": false, "bron": ["§2.2", "§3.3"], "dan": [{"waarde": "aangepast arrangement 2"}, {"waarde": true}, {"waarde": "A3-ondersteunend is niet toereikend om het hele huishouden tijdelijk over te nemen. Er komt een beschikking op uurbasis, in overleg met de zorgaanbieder."}], "nr": 8},
    {"als": [{"tests": [["=", "verleend", null]]}, null, {"tests": [["=", "A3-ondersteunend", null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", "hele huishouden tijdelijk overnemen", null]]}, {"tests": [["onbekend", null, null]]}], "anders": false, "bron": ["§3.3"], "dan": [{"waarde": null}, {"waarde": null}, {"waarde": "SWT beoordeelt hoeveel uur per week nodig is: aangepast arrangement 2 vraagt minimaal vijf uur per week (§3.3)."}], "nr": 9},
    {"als": [{"tests": [["=", "verleend", null]]}, null, {"tests": [["=", "A3-ondersteunend", null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", "hele huishouden tijdelijk overnemen", null]]}, {"tests": [["\u003c", 5, null]]}], "anders": false, "bron": ["§3.3"], "dan": [{"waarde": null}, {"waarde": null}, {"waarde": "SWT beoordeelt de oplossing: het SWT vraagt aangepast arrangement 2, maar schat minder dan vijf uur per week, en dat arrangement is voor minimaal vijf uur per week (§3.3). De regels vallen niet stil terug op A3-ondersteunend."}], "nr": 10},
    {"als": [{"tests": [["=", "verleend", null]]}, null, null, null, {"tests": [["=", "leun en steun om af te bouwen", null]]}, null], "anders": false, "bron": ["§2.2"], "dan": [{"waarde": null}, {"waarde": null}, {"waarde": "SWT beoordeelt de oplossing: aangepast arrangement 1 om af te bouwen past alleen als het laagste arrangement, A1-ondersteunend, meer is dan nodig (§2.2); het basisarrangement is hoger. De regels vallen niet stil terug op het basisarrangement."}], "nr": 11},
    {"als": [{"tests": [["=", "verleend", null]]}, null, null, null, {"tests": [["=", "hoogste arrangement ontoereikend", null]]}, null], "anders": false, "bron": ["§2.2"], "dan": [{"waarde": null}, {"waarde": null}, {"waarde": "SWT beoordeelt de oplossing: aangepast arrangement 1 omdat het arrangement niet toereikend is, past alleen bij het hoogste arrangement, C3-activerend (§2.2). De regels vallen niet stil terug op het basisarrangement."}], "nr": 12},
    {"als": [{"tests": [["=", "verleend", null]]}, null, null, null, {"tests": [["=", "hele huishouden tijdelijk overnemen", null]]}, null], "anders": false, "bron": ["§2.2"], "dan": [{"waarde": null}, {"waarde": null}, {"waarde": "SWT beoordeelt de oplossing: aangepast arrangement 2 past alleen als A3-ondersteunend met huishouden als resultaatgebied niet toereikend is om het hele huishouden over te nemen (§2.2). De regels vallen niet stil terug op het basisarrangement."}], "nr": 13},
  ]),
  tabel({"bron": ["§3", "§3.2", "§3.3"], "hit": "eerste", "invoer": ["toegang", "huishouden nu", "enkelvoudig huishouden", "arrangement"], "naam": "uren huishouden", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["uren huishouden per jaar", "toelichting uren"]}, [
    {"als": [{"tests": [["=", "geweigerd", null]]}, null, null, null], "anders": false, "bron": ["§3", "§3.2", "§3.3"], "dan": [{"waarde": null}, {"waarde": null}], "nr": 1},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", false, null]]}, null, null], "anders": false, "bron": ["§3"], "dan": [{"waarde": null}, {"waarde": "Huishouden is nu geen resultaatgebied, dus er zijn geen uren voor huishoudelijke ondersteuning."}], "nr": 2},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", false, null]]}, null], "anders": false, "bron": ["§3"], "dan": [{"waarde": null}, {"waarde": "Huishouden in combinatie met andere resultaatgebieden: de beleidsregel schrijft dan geen uren voor huishoudelijke ondersteuning voor."}], "nr": 3},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", "A1-ondersteunend", null]]}], "anders": false, "bron": ["§3.2", "§3.3"], "dan": [{"waarde": 105}, {"waarde": "Gemiddeld 105 uur per jaar inzet door een professional: daarmee is een schoon en leefbaar huis haalbaar."}], "nr": 4},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", "A2-ondersteunend", null]]}], "anders": false, "bron": ["§3.3"], "dan": [{"waarde": 156}, {"waarde": "156 uur per jaar inzet door een professional (intensiteit plus)."}], "nr": 5},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", "A3-ondersteunend", null]]}], "anders": false, "bron": ["§3.3"], "dan": [{"waarde": 208}, {"waarde": "208 uur per jaar inzet door een professional (intensiteit plusplus)."}], "nr": 6},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", "aangepast arrangement 1", null], ["=", "aangepast arrangement 2", null]]}], "anders": false, "bron": ["§2.2", "§3.3"], "dan": [{"waarde": null}, {"waarde": "Aangepast arrangement: de uren worden op uurbasis afgesproken met de zorgaanbieder."}], "nr": 7},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", true, null]]}, {"tests": [["onbekend", null, null]]}], "anders": false, "bron": ["§3"], "dan": [{"waarde": null}, {"waarde": "Er is (nog) geen arrangement, dus ook geen uren."}], "nr": 8},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Activerend arrangement: alleen bij een enkelvoudig ondersteunend arrangement met alleen huishouden liggen de uren vast."}], "nr": 9},
  ]),
  {"naam": "uren huishouden tekort", "reken": {"links": {"naam": "benodigde uren huishouden per jaar"}, "op": "\u003e", "rechts": {"naam": "uren huishouden per jaar"}}, "soort": "berekening"},
  tabel({"bron": ["§3.3", "§3.4 c", "bijlage B2, Benodigde intensiteit"], "hit": "verzamel", "invoer": ["omstandigheden die de inzet verhogen"], "naam": "huishoudelijke omstandigheden", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["huishoudelijke omstandigheid"]}, [
    {"als": [{"tests": [["bevat", "COPD", null]]}], "anders": false, "bron": ["§3.3", "§3.4 c", "bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "COPD"}], "nr": 1},
    {"als": [{"tests": [["bevat", "bedlegerigheid", null]]}], "anders": false, "bron": ["§3.3", "§3.4 c", "bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "bedlegerigheid"}], "nr": 2},
    {"als": [{"tests": [["bevat", "incontinentie", null], ["bevat", "besmet wasgoed of vaker wassen", null]]}], "anders": false, "bron": ["§3.3", "§3.4 c", "bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "incontinentie of besmet wasgoed"}], "nr": 3},
    {"als": [{"tests": [["bevat", "rolstoelgebondenheid", null]]}], "anders": false, "bron": ["§3.3", "§3.4 c", "bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "rolstoelgebondenheid"}], "nr": 4},
    {"als": [{"tests": [["bevat", "lichamelijke beperkingen of belemmeringen", null]]}], "anders": false, "bron": ["§3.3", "§3.4 c", "bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "lichamelijke beperkingen of belemmeringen"}], "nr": 5},
    {"als": [{"tests": [["bevat", "overname van de regie over het huishouden", null]]}], "anders": false, "bron": ["§3.3", "§3.4 c", "bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "overname van de regie over het huishouden"}], "nr": 6},
  ]),
  {"naam": "aantal huishoudelijke omstandigheden", "reken": {"als": {"links": {"args": [{"naam": "omstandigheden die de inzet verhogen"}], "functie": "aantal"}, "op": "\u003e", "rechts": {"waarde": 0}}, "anders": {"waarde": 0}, "dan": {"args": [{"naam": "huishoudelijke omstandigheid"}], "functie": "aantal"}}, "soort": "berekening"},
  tabel({"bron": ["§2.1 c", "bijlage B2, Benodigde intensiteit"], "hit": "verzamel", "invoer": ["omstandigheden die de inzet verhogen"], "naam": "algemene omstandigheden", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["algemene omstandigheid"]}, [
    {"als": [{"tests": [["bevat", "gedragsmatige kant van de cliënt", null]]}], "anders": false, "bron": ["§2.1 c", "bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "gedragsmatige kant van de cliënt"}], "nr": 1},
    {"als": [{"tests": [["bevat", "life-events", null]]}], "anders": false, "bron": ["§2.1 c", "bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "life-events"}], "nr": 2},
    {"als": [{"tests": [["bevat", "acute situatie", null]]}], "anders": false, "bron": ["§2.1 c", "bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "acute situatie"}], "nr": 3},
    {"als": [{"tests": [["bevat", "specifieke benadering", null]]}], "anders": false, "bron": ["§2.1 c", "bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "specifieke benadering"}], "nr": 4},
    {"als": [{"tests": [["bevat", "gevaar voor omgeving", null]]}], "anders": false, "bron": ["§2.1 c", "bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "gevaar voor omgeving"}], "nr": 5},
    {"als": [{"tests": [["bevat", "gezinssituatie", null]]}], "anders": false, "bron": ["§2.1 c", "bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "gezinssituatie"}], "nr": 6},
  ]),
  {"naam": "aantal algemene omstandigheden", "reken": {"als": {"links": {"args": [{"naam": "omstandigheden die de inzet verhogen"}], "functie": "aantal"}, "op": "\u003e", "rechts": {"waarde": 0}}, "anders": {"waarde": 0}, "dan": {"args": [{"naam": "algemene omstandigheid"}], "functie": "aantal"}}, "soort": "berekening"},
  {"naam": "aantal tellende omstandigheden", "reken": {"links": {"links": {"als": {"naam": "huishouden nu"}, "anders": {"waarde": 0}, "dan": {"naam": "aantal huishoudelijke omstandigheden"}}, "op": "+", "rechts": {"als": {"naam": "enkelvoudig huishouden"}, "anders": {"naam": "aantal algemene omstandigheden"}, "dan": {"waarde": 0}}}, "op": "+", "rechts": {"als": {"links": {"naam": "omstandigheden die de inzet verhogen"}, "op": "bevat", "rechts": {"naam": "andere omstandigheid"}}, "anders": {"waarde": 0}, "dan": {"waarde": 1}}}, "soort": "berekening"},
  {"naam": "omstandigheden zonder gevolg", "reken": {"links": {"naam": "verzwarende omstandigheden"}, "op": "-", "rechts": {"naam": "omstandigheden die de inzet verhogen"}}, "soort": "berekening"},
  {"naam": "huishoudelijke omstandigheden buiten huishouden", "reken": {"links": {"niet": {"naam": "huishouden nu"}}, "op": "en", "rechts": {"links": {"naam": "aantal huishoudelijke omstandigheden"}, "op": "\u003e", "rechts": {"waarde": 0}}}, "soort": "berekening"},
  {"naam": "algemene omstandigheden bij alleen huishouden", "reken": {"links": {"naam": "enkelvoudig huishouden"}, "op": "en", "rechts": {"links": {"naam": "aantal algemene omstandigheden"}, "op": "\u003e", "rechts": {"waarde": 0}}}, "soort": "berekening"},
  {"naam": "incontinentie en besmet wasgoed samen", "reken": {"links": {"links": {"naam": "omstandigheden die de inzet verhogen"}, "op": "bevat", "rechts": {"naam": "incontinentie"}}, "op": "en", "rechts": {"links": {"naam": "omstandigheden die de inzet verhogen"}, "op": "bevat", "rechts": {"waarde": "besmet wasgoed of vaker wassen"}}}, "soort": "berekening"},
  tabel({"bron": ["bijlage B2, Benodigde intensiteit"], "hit": "eerste", "invoer": ["toegang", "verzwarende omstandigheden", "aantal tellende omstandigheden"], "naam": "advies intensiteit", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["advies intensiteit", "reden advies"]}, [
    {"als": [{"tests": [["=", "geweigerd", null]]}, null, null], "anders": false, "bron": ["bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": null}, {"waarde": null}], "nr": 1},
    {"als": [null, {"tests": [["leeg", null, null]]}, null], "anders": false, "bron": ["bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "gemiddeld"}, {"waarde": "Er zijn geen verzwarende omstandigheden."}], "nr": 2},
    {"als": [null, null, {"tests": [["onbekend", null, null]]}], "anders": false, "bron": ["bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": null}, {"waarde": "Het SWT heeft nog niet gezegd welke verzwarende omstandigheden de inzet verhogen; bijlage B2 geeft dan geen advies."}], "nr": 3},
    {"als": [null, null, {"tests": [["\u003c=", 0, null]]}], "anders": false, "bron": ["bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "gemiddeld"}, {"waarde": "Volgens het SWT verhoogt geen van de verzwarende omstandigheden de inzet, of alleen een die hier niet meetelt."}], "nr": 4},
    {"als": [null, null, {"tests": [["=", 1, null]]}], "anders": false, "bron": ["bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "plus"}, {"waarde": "Eén verzwarende omstandigheid verhoogt de inzet en telt mee."}], "nr": 5},
    {"als": [null, null, {"tests": [["\u003e=", 2, null]]}], "anders": false, "bron": ["bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "plusplus"}, {"waarde": "Een combinatie van verzwarende omstandigheden verhoogt de inzet en telt mee."}], "nr": 6},
  ]),
  {"naam": "oordeel wijkt af van advies", "reken": {"links": {"naam": "intensiteit"}, "op": "!=", "rechts": {"naam": "advies intensiteit"}}, "soort": "berekening"},
  {"naam": "woord resultaatgebieden", "reken": {"als": {"links": {"naam": "aantal resultaatgebieden"}, "op": "=", "rechts": {"waarde": 1}}, "anders": {"waarde": "resultaatgebieden"}, "dan": {"waarde": "resultaatgebied"}}, "soort": "berekening"},
  tabel({"bron": ["§2.2", "§3.3"], "hit": "eerste", "invoer": ["op uurbasis", "uren op uurbasis"], "naam": "afspraak op uurbasis", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["afgesproken uren op uurbasis", "uren op uurbasis open", "toelichting uurbasis"]}, [
    {"als": [{"tests": [["=", true, null]]}, {"niet": true, "tests": [["onbekend", null, null]]}], "anders": false, "bron": ["§2.2", "§3.3"], "dan": [{"reken": {"naam": "uren op uurbasis"}}, {"waarde": false}, {"waarde": "Aangepast arrangement op uurbasis: de uren zijn afgesproken met de zorgaanbieder."}], "nr": 1},
    {"als": [{"tests": [["=", true, null]]}, {"tests": [["onbekend", null, null]]}], "anders": false, "bron": ["§2.2", "§3.3"], "dan": [{"waarde": null}, {"waarde": true}, {"waarde": "SWT legt de uren op uurbasis vast, in overleg met de zorgaanbieder (§2.2, §3.3)."}], "nr": 2},
    {"als": [null, null], "anders": false, "bron": ["§2.2", "§3.3"], "dan": [{"waarde": null}, {"waarde": null}, {"waarde": null}], "nr": 3},
  ]),
  tabel({"bron": ["§1.2", "§1.3", "§2.1"], "hit": "eerste", "invoer": ["toegang", "aantal resultaatgebieden", "type ondersteuning", "intensiteit", "arrangement", "toegekende duur", "uren op uurbasis open", "uren huishouden tekort"], "naam": "besluit", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["besluit", "reden besluit"]}, [
    {"als": [{"tests": [["=", "geweigerd", null]]}, null, null, null, null, null, null, null], "anders": false, "bron": ["§1.2", "§1.3"], "dan": [{"waarde": "afwijzing"}, {"reken": {"naam": "reden toegang"}}], "nr": 1},
    {"als": [{"tests": [["=", "SWT beoordeelt", null]]}, null, null, null, null, null, null, null], "anders": false, "bron": ["§1.2"], "dan": [{"waarde": "SWT beoordeelt"}, {"reken": {"naam": "reden toegang"}}], "nr": 2},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["\u003c=", 0, null]]}, null, null, null, null, null, null], "anders": false, "bron": ["§2.1 a"], "dan": [{"waarde": "geen maatwerkvoorziening"}, {"waarde": "Er is nu op geen enkel resultaatgebied ondersteuning via de maatwerkvoorziening nodig: voorliggende voorzieningen of het netwerk pakken de vragen op, of ze komen later aan de beurt."}], "nr": 3},
    {"als": [{"tests": [["=", "verleend", null]]}, null, {"tests": [["onbekend", null, null]]}, null, null, null, null, null], "anders": false, "bron": ["§2.1 b"], "dan": [{"waarde": "SWT beoordeelt"}, {"reken": {"naam": "reden type"}}], "nr": 4},
    {"als": [{"tests": [["=", "verleend", null]]}, null, null, {"tests": [["onbekend", null, null]]}, null, null, null, null], "anders": false, "bron": ["§2.1 c"], "dan": [{"waarde": "SWT beoordeelt"}, {"reken": {"naam": "reden intensiteit"}}], "nr": 5},
    {"als": [{"tests": [["=", "verleend", null]]}, null, null, null, {"tests": [["onbekend", null, null]]}, null, null, null], "anders": false, "bron": ["§2.2", "§3.3"], "dan": [{"waarde": "SWT beoordeelt"}, {"reken": {"naam": "toelichting arrangement"}}], "nr": 6},
    {"als": [{"tests": [["=", "verleend", null]]}, null, null, null, null, {"tests": [["onbekend", null, null]]}, null, null], "anders": false, "bron": ["§2.1 d"], "dan": [{"waarde": "SWT beoordeelt"}, {"waarde": "SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d)."}], "nr": 7},
    {"als": [{"tests": [["=", "verleend", null]]}, null, null, null, null, null, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§2.2", "§3.3"], "dan": [{"waarde": "SWT beoordeelt"}, {"reken": {"naam": "toelichting uurbasis"}}], "nr": 8},
    {"als": [{"tests": [["=", "verleend", null]]}, null, null, null, null, null, null, {"tests": [["=", true, null]]}], "anders": false, "bron": ["§3.3"], "dan": [{"waarde": "SWT beoordeelt"}, {"waarde": "SWT beoordeelt de oplossing: volgens het SWT heeft het huishouden meer uren nodig dan de vaste uren van dit arrangement. De beleidsregel kent daarvoor geen automatische route: aangepast arrangement 2 is er alleen kortdurend, om het hele huishouden over te nemen, bij minimaal vijf uur per week (§2.2, §3.3)."}], "nr": 9},
    {"als": [{"tests": [["=", "verleend", null]]}, null, null, null, null, null, null, null], "anders": false, "bron": ["§2", "§2.1"], "dan": [{"waarde": "toekenning"}, {"waarde": "U krijgt Integrale Thuisondersteuning met het arrangement, de duur en de afspraken in dit besluit."}], "nr": 10},
  ]),
  tabel({"bron": ["§1.2", "§2.1 b", "§2.1 c", "§2.1 d", "§3.3", "§3.4 c"], "hit": "verzamel", "invoer": ["toegang", "aantal resultaatgebieden", "type ondersteuning", "intensiteit", "basisarrangement", "arrangement", "gevraagde duur", "uren op uurbasis open", "uren huishouden tekort"], "naam": "open punten", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["open punt"]}, [
    {"als": [{"tests": [["=", "SWT beoordeelt", null]]}, null, null, null, null, null, null, null, null], "anders": false, "bron": ["§1.2", "§2.1 b", "§2.1 c", "§2.1 d", "§3.3", "§3.4 c"], "dan": [{"reken": {"naam": "reden toegang"}}], "nr": 1},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["\u003e=", 1, null]]}, {"tests": [["onbekend", null, null]]}, null, null, null, null, null, null], "anders": false, "bron": ["§1.2", "§2.1 b", "§2.1 c", "§2.1 d", "§3.3", "§3.4 c"], "dan": [{"reken": {"naam": "reden type"}}], "nr": 2},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["\u003e=", 1, null]]}, null, {"tests": [["onbekend", null, null]]}, null, null, null, null, null], "anders": false, "bron": ["§1.2", "§2.1 b", "§2.1 c", "§2.1 d", "§3.3", "§3.4 c"], "dan": [{"reken": {"naam": "reden intensiteit"}}], "nr": 3},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["\u003e=", 1, null]]}, null, null, {"niet": true, "tests": [["onbekend", null, null]]}, {"tests": [["onbekend", null, null]]}, null, null, null], "anders": false, "bron": ["§1.2", "§2.1 b", "§2.1 c", "§2.1 d", "§3.3", "§3.4 c"], "dan": [{"reken": {"naam": "toelichting arrangement"}}], "nr": 4},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["\u003e=", 1, null]]}, null, null, null, null, {"tests": [["onbekend", null, null]]}, null, null], "anders": false, "bron": ["§1.2", "§2.1 b", "§2.1 c", "§2.1 d", "§3.3", "§3.4 c"], "dan": [{"waarde": "SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d)."}], "nr": 5},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["\u003e=", 1, null]]}, null, null, null, null, null, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§1.2", "§2.1 b", "§2.1 c", "§2.1 d", "§3.3", "§3.4 c"], "dan": [{"reken": {"naam": "toelichting uurbasis"}}], "nr": 6},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["\u003e=", 1, null]]}, null, null, null, null, null, null, {"tests": [["=", true, null]]}], "anders": false, "bron": ["§1.2", "§2.1 b", "§2.1 c", "§2.1 d", "§3.3", "§3.4 c"], "dan": [{"waarde": "SWT beoordeelt de oplossing: volgens het SWT heeft het huishouden meer uren nodig dan de vaste uren van dit arrangement. De beleidsregel kent daarvoor geen automatische route: aangepast arrangement 2 is er alleen kortdurend, om het hele huishouden over te nemen, bij minimaal vijf uur per week (§2.2, §3.3)."}], "nr": 7},
  ]),
  tabel({"bron": ["§2.1 d", "bijlage B2, Duur van de ondersteuning"], "hit": "eerste", "invoer": ["toegang", "verandering op korte termijn verwacht", "type ondersteuning"], "naam": "leidraad duur", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["leidraad duur"]}, [
    {"als": [{"tests": [["=", "geweigerd", null]]}, null, null], "anders": false, "bron": ["§2.1 d", "bijlage B2, Duur van de ondersteuning"], "dan": [{"waarde": null}], "nr": 1},
    {"als": [null, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§2.1 d"], "dan": [{"waarde": "Korter dan 1 jaar, omdat de situatie op korte termijn waarschijnlijk verandert."}], "nr": 2},
    {"als": [null, {"tests": [["=", false, null]]}, {"tests": [["=", "activerend", null]]}], "anders": false, "bron": ["§2.1 d"], "dan": [{"waarde": "Activerend: gemiddeld 1 jaar, hooguit 2 jaar. Daarna kan verlenging na een evaluatie; vaak wordt het arrangement dan ondersteunend."}], "nr": 3},
    {"als": [null, {"tests": [["=", false, null]]}, {"tests": [["=", "ondersteunend", null]]}], "anders": false, "bron": ["§2.1 d"], "dan": [{"waarde": "Ondersteunend: gemiddeld 2 jaar, hooguit 5 jaar. Daarna kan verlenging na een evaluatie."}], "nr": 4},
    {"als": [null, {"tests": [["=", false, null]]}, {"tests": [["onbekend", null, null]]}], "anders": false, "bron": ["§2.1 d"], "dan": [{"waarde": "Hangt af van het type ondersteuning; dat is nog niet bekend."}], "nr": 5},
  ]),
  tabel({"bron": ["§2.1 d", "§2.2"], "hit": "verzamel", "invoer": ["toegang", "gevraagde duur", "gevraagde duur boven maximum", "verandering op korte termijn verwacht", "op uurbasis", "toegekende duur"], "naam": "meldingen duur", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["melding duur"]}, [
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, null, {"tests": [["=", true, null]]}, null, null, null], "anders": false, "bron": ["§2.1 d", "§2.2"], "dan": [{"waarde": "De gevraagde duur is langer dan de maximale duur voor dit type; toegekend is de maximale duur. Verlenging is mogelijk na een inhoudelijke evaluatie."}], "nr": 1},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["\u003e=", {"duur": 12}, null]]}, null, {"tests": [["=", true, null]]}, null, null], "anders": false, "bron": ["§2.1 d", "§2.2"], "dan": [{"waarde": "Er wordt op korte termijn verandering verwacht; de leidraad is dan een duur korter dan 1 jaar."}], "nr": 2},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["onbekend", null, null]]}, null, null, null, null], "anders": false, "bron": ["§2.1 d", "§2.2"], "dan": [{"waarde": "SWT bepaalt de duur van de toekenning; dat is maatwerk (§2.1 d)."}], "nr": 3},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, null, null, null, {"tests": [["=", true, null]]}, {"tests": [["\u003e=", {"duur": 12}, null]]}], "anders": false, "bron": ["§2.1 d", "§2.2"], "dan": [{"waarde": "Een aangepast arrangement is tijdelijk (§2.2), maar deze duur is 1 jaar of langer. De beleidsregel noemt geen grens; SWT: motiveer waarom deze duur past, of kies een kortere."}], "nr": 4},
  ]),
  tabel({"bron": ["§3.5", "bijlage B2, Huishouden"], "hit": "eerste", "invoer": ["toegang", "leveringsvorm", "huishouden nu", "toegekende duur"], "naam": "extra huishoudelijke schoonmaak", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["EHS", "toelichting EHS"]}, [
    {"als": [{"tests": [["=", "geweigerd", null]]}, null, null, null], "anders": false, "bron": ["§3.5"], "dan": [{"waarde": null}, {"waarde": null}], "nr": 1},
    {"als": [{"tests": [["=", "SWT beoordeelt", null]]}, null, null, null], "anders": false, "bron": ["§3.5"], "dan": [{"waarde": null}, {"waarde": "Eerst beoordeelt het SWT de toegang."}], "nr": 2},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", "PGB", null]]}, null, null], "anders": false, "bron": ["§3.5"], "dan": [{"waarde": false}, {"waarde": "De extra schoonmaak geldt alleen bij zorg in natura (ZIN), niet bij een pgb."}], "nr": 3},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", "ZIN", null]]}, {"tests": [["=", false, null]]}, null], "anders": false, "bron": ["§3.5"], "dan": [{"waarde": false}, {"waarde": "Huishouden is geen resultaatgebied in het ondersteuningsplan, dus geen extra schoonmaak."}], "nr": 4},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", "ZIN", null]]}, {"tests": [["=", true, null]]}, {"tests": [["onbekend", null, null]]}], "anders": false, "bron": ["§3.5"], "dan": [{"waarde": null}, {"waarde": "De duur van de beschikking is nog niet bekend; de extra schoonmaak vraagt minimaal zes maanden."}], "nr": 5},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", "ZIN", null]]}, {"tests": [["=", true, null]]}, {"tests": [["\u003c", {"duur": 6}, null]]}], "anders": false, "bron": ["§3.5"], "dan": [{"waarde": false}, {"waarde": "De beschikking duurt korter dan zes maanden, dus geen extra schoonmaak."}], "nr": 6},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", "ZIN", null]]}, {"tests": [["=", true, null]]}, {"tests": [["\u003e=", {"duur": 6}, null]]}], "anders": false, "bron": ["§3.5"], "dan": [{"waarde": true}, {"waarde": "Tweemaal per jaar 2 uur extra schoonmaak (of eenmaal 4 uur), aan te vragen bij uw hulp. U kiest zelf waaraan: bijvoorbeeld de binnenkant van keukenkastjes, koelkast of oven, plinten en deuren, een keer extra ramen lappen, of een logeerkamer."}], "nr": 7},
  ]),
  tabel({"bron": ["§3.1", "§3.4", "§3.4 a", "§3.4 c", "bijlage B2, Huishouden"], "hit": "verzamel", "invoer": ["toegang", "huishouden nu", "voorliggende was- en strijkservice bruikbaar"], "naam": "taken huishouden", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["ruimte", "frequentie", "activiteiten"]}, [
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Woonkamer"}, {"waarde": "1x per week"}, {"waarde": "Stof afnemen midden \u0026 laag, opruimen, stofzuigen"}], "nr": 1},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Slaapkamer"}, {"waarde": "1x per week"}, {"waarde": "Stof afnemen midden \u0026 laag, opruimen en stofzuigen"}], "nr": 2},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Keuken"}, {"waarde": "1x per week"}, {"waarde": "Stofzuigen, dweilen, keukenblok keukenapparatuur schoonmaken, afval opruimen, afwassen"}], "nr": 3},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Sanitair"}, {"waarde": "1x per week"}, {"waarde": "Badkamer en toilet schoon-maken incl. stofzuigen en dweilen"}], "nr": 4},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Hal/ overloop"}, {"waarde": "1x per week"}, {"waarde": "Stof afnemen midden, laag en hoog, stofzuigen"}], "nr": 5},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Woonkamer"}, {"waarde": "1x per 2 weken"}, {"waarde": "Stof afnemen, hoog, dweilen"}], "nr": 6},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Slaapkamer"}, {"waarde": "1x per 2 weken"}, {"waarde": "Bed verschonen of opmaken"}], "nr": 7},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Hal/ overloop"}, {"waarde": "1x per 2 weken"}, {"waarde": "Dweilen"}], "nr": 8},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Slaapkamer"}, {"waarde": "1x per 4 weken"}, {"waarde": "Dweilen"}], "nr": 9},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Hal/ overloop"}, {"waarde": "1x per 4 weken"}, {"waarde": "Trap stofzuigen binnenshuis"}], "nr": 10},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Woonkamer"}, {"waarde": "1x per 6 weken tot 1x per 8 weken"}, {"waarde": "Deur (post)en nat afdoen, zitmeubels"}], "nr": 11},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Slaapkamer"}, {"waarde": "1x per 6 weken tot 1x per 8 weken"}, {"waarde": "Stof afnemen hoog"}], "nr": 12},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Keuken"}, {"waarde": "1x per 6 weken tot 1x per 8 weken"}, {"waarde": "Bovenkast keukenkastjes, deur (post) en nat afdoen"}], "nr": 13},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Sanitair"}, {"waarde": "1x per 6 weken tot 1x per 8 weken"}, {"waarde": "Deur (post)en nat afdoen"}], "nr": 14},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Woonkamer"}, {"waarde": "Incidenteel (1x tot 4x per jaar)"}, {"waarde": "Ramen binnenzijde wassen, radiatoren, raambekleding"}], "nr": 15},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Slaapkamer"}, {"waarde": "Incidenteel (1x tot 4x per jaar)"}, {"waarde": "Ramen binnenzijde wassen, radiatoren, raambekleding, deur(post)en nat afdoen, matras draaien"}], "nr": 16},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Keuken"}, {"waarde": "Incidenteel (1x tot 4x per jaar)"}, {"waarde": "Ramen binnenzijde wassen, radiatoren, raambekleding, oven/magnetron, koelkast \u0026 keuken-kastjes binnenzijde, afzuigkap, losse tegelwand en vrie-zer schoonmaken"}], "nr": 17},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Sanitair"}, {"waarde": "Incidenteel (1x tot 4x per jaar)"}, {"waarde": "Ramen binnenzijde wassen, radiatoren, raambekleding, tegelwand badkamer schoonmaken"}], "nr": 18},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Hal/ overloop"}, {"waarde": "Incidenteel (1x tot 4x per jaar)"}, {"waarde": "Deur(post)en nat afdoen, radiatoren"}], "nr": 19},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", false, null]]}], "anders": false, "bron": ["§3.4 c"], "dan": [{"waarde": "Wasverzorging"}, {"waarde": "max 1x per week"}, {"waarde": "Wassen, drogen, opbergen"}], "nr": 20},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", false, null]]}], "anders": false, "bron": ["§3.4 c"], "dan": [{"waarde": "Wasverzorging"}, {"waarde": "max 1x per twee weken"}, {"waarde": "Strijken bovenkleding"}], "nr": 21},
  ]),
  tabel({"bron": ["§3", "§3.3", "§3.4 a", "§3.4 b", "§3.4 c"], "hit": "verzamel", "invoer": ["toegang", "huishouden nu", "enkelvoudig huishouden", "arrangement", "voorliggende was- en strijkservice bruikbaar"], "naam": "afspraken huishouden", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["afspraak huishouden"]}, [
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null, null, null], "anders": false, "bron": ["§3.4 a"], "dan": [{"waarde": "Niet onder de ondersteuningsplicht van de gemeente: een zolder, kelder of garage schoonmaken, dieren verzorgen en werk buiten de woning. Daarvoor zorgt u zelf."}], "nr": 1},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null, null, null], "anders": false, "bron": ["§3.4 b"], "dan": [{"waarde": "Boodschappen en maaltijden: in eigenlijk alle gevallen via gebruikelijke zorg, een mantelzorger, vrijwilligers of voorliggende voorzieningen, zoals een maaltijdservice of de boodschappendienst van een supermarkt. In de praktijk hoeft de zorgaanbieder dit dus niet binnen de maatwerkvoorziening te doen."}], "nr": 2},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null, null, null], "anders": false, "bron": ["§3.4 b"], "dan": [{"waarde": "Het klaarzetten van, toezien op en toedienen van de maaltijd hoort niet bij huishouden, maar bij het resultaatgebied zelfzorg en gezondheid."}], "nr": 3},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null, null, {"tests": [["=", true, null]]}], "anders": false, "bron": ["§3.4 c"], "dan": [{"waarde": "Wassen en strijken gaan via een voorliggende was- en strijkservice; ze horen niet bij de maatwerkvoorziening."}], "nr": 4},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null, null, {"tests": [["=", false, null]]}], "anders": false, "bron": ["§3.4 c"], "dan": [{"waarde": "Er is geen bruikbare voorliggende was- en strijkservice: wassen en strijken horen bij de maatwerkvoorziening (zie de taken)."}], "nr": 5},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, null, null, {"tests": [["onbekend", null, null]]}], "anders": false, "bron": ["§3.4 c"], "dan": [{"waarde": "Open punt bij de taken: het SWT beoordeelt nog of een voorliggende was- en strijkservice bruikbaar is (§3.4 c). Tot dan staan wassen en strijken niet bij de taken; de rest van het besluit wacht daar niet op."}], "nr": 6},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", "A3-ondersteunend", null]]}, null], "anders": false, "bron": ["§3.3"], "dan": [{"waarde": "Is 208 uur per jaar niet genoeg, bijvoorbeeld omdat in een eenoudergezin tijdelijk het hele huishouden overgenomen moet worden, dan kan tijdelijk aangepast arrangement 2: minimaal vijf uur per week, op uurbasis."}], "nr": 7},
    {"als": [{"tests": [["=", "verleend", null]]}, {"tests": [["=", true, null]]}, {"tests": [["=", false, null]]}, null, null], "anders": false, "bron": ["§3"], "dan": [{"waarde": "Huishouden in combinatie met andere resultaatgebieden: er zijn geen voorgeschreven uren. Knelt de inzet, dan zoekt het SWT met u een passende oplossing."}], "nr": 8},
  ]),
  tabel({"bron": ["§2.1 c", "§3.3"], "hit": "verzamel", "invoer": ["verzwarende omstandigheden", "beschrijving andere omstandigheid"], "naam": "andere omstandigheid", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["andere omstandigheid volgens SWT"]}, [
    {"als": [{"tests": [["bevat", "andere omstandigheid", null]]}, {"niet": true, "tests": [["onbekend", null, null]]}], "anders": false, "bron": ["§2.1 c", "§3.3"], "dan": [{"reken": {"naam": "beschrijving andere omstandigheid"}}], "nr": 1},
    {"als": [{"tests": [["bevat", "andere omstandigheid", null]]}, {"tests": [["onbekend", null, null]]}], "anders": false, "bron": ["§2.1 c", "§3.3"], "dan": [{"waarde": "SWT: beschrijf de andere omstandigheid in het ondersteuningsplan."}], "nr": 2},
  ]),
  tabel({"bron": ["§2.1 c", "§3.3", "§3.4 c", "bijlage B2, Benodigde intensiteit"], "hit": "verzamel", "invoer": ["oordeel wijkt af van advies", "omstandigheden zonder gevolg", "huishoudelijke omstandigheden buiten huishouden", "algemene omstandigheden bij alleen huishouden", "incontinentie en besmet wasgoed samen", "omstandigheden binnen gemiddeld", "verlichtende omstandigheden"], "naam": "intensiteit toelichting", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["intensiteit toelichting"]}, [
    {"als": [{"tests": [["=", true, null]]}, null, null, null, null, null, null], "anders": false, "bron": ["§2.1 c"], "dan": [{"waarde": "De intensiteit die het SWT gaf, wijkt af van het advies van bijlage B2 (een concept-bijlage). Dat mag: het oordeel is aan het SWT. SWT: motiveer in het ondersteuningsplan waarom."}], "nr": 1},
    {"als": [null, {"niet": true, "tests": [["leeg", null, null]]}, null, null, null, null, null], "anders": false, "bron": ["§3.3", "bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "Niet elke verzwarende omstandigheid telt: alleen als die ook echt gevolgen heeft voor de benodigde inzet."}], "nr": 2},
    {"als": [null, null, {"tests": [["=", true, null]]}, null, null, null, null], "anders": false, "bron": ["§2.1 c"], "dan": [{"waarde": "Omstandigheden die specifiek voor huishouden zijn (zoals COPD) tellen in het advies niet mee, omdat huishouden nu geen resultaatgebied is."}], "nr": 3},
    {"als": [null, null, null, {"tests": [["=", true, null]]}, null, null, null], "anders": false, "bron": ["bijlage B2, Benodigde intensiteit"], "dan": [{"waarde": "De maatwerkvoorziening werkt alleen aan huishouden. Bijlage B2 noemt de algemene omstandigheden (zoals gezinssituatie of life-events) voor de overige resultaatgebieden; in het advies tellen ze hier niet mee. Verhogen ze volgens het SWT toch het huishoudelijk werk, dan motiveert het SWT dat."}], "nr": 4},
    {"als": [null, null, null, null, {"tests": [["=", true, null]]}, null, null], "anders": false, "bron": ["§3.4 c"], "dan": [{"waarde": "Incontinentie en besmet wasgoed kunnen hetzelfde feit zijn; in het advies tellen ze als één omstandigheid. Volgens §3.4 c is zulke was aanleiding om te verhogen naar intensiteit plus."}], "nr": 5},
    {"als": [null, null, null, null, null, {"niet": true, "tests": [["leeg", null, null]]}, null], "anders": false, "bron": ["§3.3"], "dan": [{"waarde": "Omstandigheden zoals de grootte of de inrichting van de woning, de gezinssamenstelling of de was vragen soms iets meer tijd, maar blijven binnen het gemiddelde arrangement."}], "nr": 6},
    {"als": [null, null, null, null, null, null, {"tests": [["=", true, null]]}], "anders": false, "bron": ["§3.3"], "dan": [{"waarde": "Verlichtende omstandigheden verlagen de intensiteit niet: de toekenning blijft hetzelfde. Het SWT legt vast welke taken u of uw netwerk zelf doet; de aanbieder zet daarvoor minder in."}], "nr": 7},
  ]),
  tabel({"bron": ["§1", "§1.2"], "hit": "eerste", "invoer": ["toegang", "leveringsvorm", "doelgroep"], "naam": "keuze zorgaanbieder", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["keuze zorgaanbieder"]}, [
    {"als": [{"tests": [["=", "geweigerd", null]]}, null, null], "anders": false, "bron": ["§1", "§1.2"], "dan": [{"waarde": null}], "nr": 1},
    {"als": [null, {"tests": [["=", "PGB", null]]}, null], "anders": false, "bron": ["§1"], "dan": [{"waarde": "U krijgt een pgb: de keuze uit de door de gemeente gecontracteerde zorgaanbieders geldt dan niet."}], "nr": 2},
    {"als": [null, {"tests": [["=", "ZIN", null]]}, {"tests": [["onbekend", null, null]]}], "anders": false, "bron": ["§1"], "dan": [{"waarde": "U kiest een van de door de gemeente Zwolle gecontracteerde zorgaanbieders."}], "nr": 3},
    {"als": [null, {"tests": [["=", "ZIN", null]]}, null], "anders": false, "bron": ["§1", "§1.2"], "dan": [{"waarde": "U kiest een van de door de gemeente Zwolle gecontracteerde zorgaanbieders. Een aanbieder die voor uw doelgroep is ingeschreven en aan wie het SWT u toekent, moet u accepteren."}], "nr": 4},
  ]),
  tabel({"bron": ["§2"], "hit": "uniek", "invoer": ["toegang", "arrangement", "ingangsdatum"], "naam": "maandbudget", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["maandbudget", "maandbudget toelichting"]}, [
    {"als": [{"tests": [["=", "geweigerd", null]]}, null, null], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": null}], "nr": 1},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["onbekend", null, null]]}, null], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Er is (nog) geen arrangement, dus ook geen maandbudget."}], "nr": 2},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "A1-ondersteunend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor A1-ondersteunend staat in het Tarievenblad."}], "nr": 3},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "A1-activerend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor A1-activerend staat in het Tarievenblad."}], "nr": 4},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "A2-ondersteunend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor A2-ondersteunend staat in het Tarievenblad."}], "nr": 5},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "A2-activerend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor A2-activerend staat in het Tarievenblad."}], "nr": 6},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "A3-ondersteunend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor A3-ondersteunend staat in het Tarievenblad."}], "nr": 7},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "A3-activerend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor A3-activerend staat in het Tarievenblad."}], "nr": 8},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "B1-ondersteunend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor B1-ondersteunend staat in het Tarievenblad."}], "nr": 9},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "B1-activerend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor B1-activerend staat in het Tarievenblad."}], "nr": 10},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "B2-ondersteunend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor B2-ondersteunend staat in het Tarievenblad."}], "nr": 11},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "B2-activerend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor B2-activerend staat in het Tarievenblad."}], "nr": 12},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "B3-ondersteunend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor B3-ondersteunend staat in het Tarievenblad."}], "nr": 13},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "B3-activerend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor B3-activerend staat in het Tarievenblad."}], "nr": 14},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "C1-ondersteunend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor C1-ondersteunend staat in het Tarievenblad."}], "nr": 15},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "C1-activerend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor C1-activerend staat in het Tarievenblad."}], "nr": 16},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "C2-ondersteunend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor C2-ondersteunend staat in het Tarievenblad."}], "nr": 17},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "C2-activerend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor C2-activerend staat in het Tarievenblad."}], "nr": 18},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "C3-ondersteunend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor C3-ondersteunend staat in het Tarievenblad."}], "nr": 19},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "C3-activerend", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Het maandbudget voor C3-activerend staat in het Tarievenblad."}], "nr": 20},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "aangepast arrangement 1", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Op uurbasis: er is geen vast maandbudget; de uren worden afgesproken met de zorgaanbieder."}], "nr": 21},
    {"als": [{"niet": true, "tests": [["=", "geweigerd", null]]}, {"tests": [["=", "aangepast arrangement 2", null]]}, {"tests": [["\u003e=", {"datum": "2022-01-01"}, null]]}], "anders": false, "bron": ["§2"], "dan": [{"waarde": null}, {"waarde": "Op uurbasis: er is geen vast maandbudget; de uren worden afgesproken met de zorgaanbieder."}], "nr": 22},
  ]),
  tabel({"bron": ["§1.2"], "hit": "verzamel", "invoer": ["beperkingen op terreinen", "beschrijving ander terrein"], "naam": "ander terrein", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["ander terrein volgens SWT"]}, [
    {"als": [{"tests": [["bevat", "ander terrein", null]]}, {"niet": true, "tests": [["onbekend", null, null]]}], "anders": false, "bron": ["§1.2"], "dan": [{"reken": {"naam": "beschrijving ander terrein"}}], "nr": 1},
    {"als": [{"tests": [["bevat", "ander terrein", null]]}, {"tests": [["onbekend", null, null]]}], "anders": false, "bron": ["§1.2"], "dan": [{"waarde": "SWT: beschrijf het andere terrein in het ondersteuningsplan."}], "nr": 2},
  ]),
  tabel({"bron": ["§1.3"], "hit": "verzamel", "invoer": ["gevraagde ondersteuning buiten de voorziening"], "naam": "uitgesloten onderdelen", "onbekendInOnbekendUit": false, "soort": "tabel", "uitvoer": ["reden uitsluiting", "voorliggende voorziening"]}, [
    {"als": [{"tests": [["bevat", "recreatieve en sociaal-culturele activiteiten", null]]}], "anders": false, "bron": ["§1.3"], "dan": [{"waarde": "Recreatieve en sociaal-culturele activiteiten, zoals structurele ondersteuning bij uitstapjes, vallen niet onder Integrale Thuisondersteuning."}, {"waarde": "maatjesprojecten, vrijwilligers of mantelzorgers"}], "nr": 1},
    {"als": [{"tests": [["bevat", "boodschappen doen", null]]}], "anders": false, "bron": ["§1.3"], "dan": [{"waarde": "Boodschappen doen valt niet onder Integrale Thuisondersteuning; boodschappen laten doen via een boodschappenservice is algemeen gebruikelijk."}, {"waarde": "boodschappenservice"}], "nr": 2},
    {"als": [{"tests": [["bevat", "dagbesteding", null]]}], "anders": false, "bron": ["§1.3"], "dan": [{"waarde": "Integrale Thuisondersteuning is geen invulling van de dag (dagbesteding)."}, {"waarde": "voorliggende dagbesteding"}], "nr": 3},
    {"als": [{"tests": [["bevat", "vervoer naar behandeling", null]]}], "anders": false, "bron": ["§1.3"], "dan": [{"waarde": "Ondersteunen bij vervoer naar een behandeling valt niet onder Integrale Thuisondersteuning."}, {"waarde": null}], "nr": 4},
    {"als": [{"tests": [["bevat", "onderwijsbegeleiding", null]]}], "anders": false, "bron": ["§1.3"], "dan": [{"waarde": "Begeleiding specifiek gericht op onderwijs of studie valt niet onder Integrale Thuisondersteuning."}, {"waarde": null}], "nr": 5},
    {"als": [{"tests": [["bevat", "behandeling of therapie", null]]}], "anders": false, "bron": ["§1.3"], "dan": [{"waarde": "Behandeling of therapie, of een verlengde daarvan, valt niet onder Integrale Thuisondersteuning."}, {"waarde": null}], "nr": 6},
    {"als": [{"tests": [["bevat", "medicatie", null]]}], "anders": false, "bron": ["§1.3"], "dan": [{"waarde": "Toezien op, attenderen op, aanreiken en toedienen van medicatie valt niet onder Integrale Thuisondersteuning."}, {"waarde": null}], "nr": 7},
    {"als": [{"tests": [["bevat", "bekostigen van verblijf", null]]}], "anders": false, "bron": ["§1.3"], "dan": [{"waarde": "Integrale Thuisondersteuning betaalt geen verblijf; een koppeling tussen wonen en zorg is uitgesloten."}, {"waarde": null}], "nr": 8},
  ]),
];

/** De uitkomsten, in de volgorde van de regelset. */
export const UITVOER = [
  {"naam": "toegang", "uitleg": ""},
  {"naam": "reden toegang", "uitleg": ""},
  {"naam": "resultaatgebieden nu", "uitleg": ""},
  {"naam": "ondersteunend nu", "uitleg": ""},
  {"naam": "activerend nu", "uitleg": ""},
  {"naam": "aantal activerend", "uitleg": ""},
  {"naam": "aantal ondersteunend", "uitleg": ""},
  {"naam": "typebeeld", "uitleg": ""},
  {"naam": "type ondersteuning", "uitleg": ""},
  {"naam": "reden type", "uitleg": ""},
  {"naam": "gemiddelde duur", "uitleg": "De gemiddelde duur voor dit type ondersteuning (leidraad)."},
  {"naam": "maximale duur", "uitleg": "De langste duur voor dit type ondersteuning; daarna kan verlenging na een evaluatie."},
  {"naam": "gevraagde duur boven maximum", "uitleg": ""},
  {"naam": "toegekende duur", "uitleg": "De duur van de toekenning."},
  {"naam": "einddatum", "uitleg": ""},
  {"naam": "evaluatiedatum halverwege", "uitleg": ""},
  {"naam": "aantal resultaatgebieden", "uitleg": ""},
  {"naam": "huishouden nu", "uitleg": ""},
  {"naam": "enkelvoudig huishouden", "uitleg": ""},
  {"naam": "intensiteit", "uitleg": ""},
  {"naam": "reden intensiteit", "uitleg": ""},
  {"naam": "zwaarte", "uitleg": ""},
  {"naam": "reden zwaarte", "uitleg": ""},
  {"naam": "basisarrangement", "uitleg": "Het arrangement volgens het schema van §2."},
  {"naam": "arrangement", "uitleg": ""},
  {"naam": "op uurbasis", "uitleg": ""},
  {"naam": "toelichting arrangement", "uitleg": ""},
  {"naam": "uren huishouden per jaar", "uitleg": ""},
  {"naam": "toelichting uren", "uitleg": ""},
  {"naam": "uren huishouden tekort", "uitleg": ""},
  {"naam": "huishoudelijke omstandigheid", "uitleg": ""},
  {"naam": "aantal huishoudelijke omstandigheden", "uitleg": ""},
  {"naam": "algemene omstandigheid", "uitleg": ""},
  {"naam": "aantal algemene omstandigheden", "uitleg": ""},
  {"naam": "aantal tellende omstandigheden", "uitleg": ""},
  {"naam": "omstandigheden zonder gevolg", "uitleg": ""},
  {"naam": "huishoudelijke omstandigheden buiten huishouden", "uitleg": ""},
  {"naam": "algemene omstandigheden bij alleen huishouden", "uitleg": ""},
  {"naam": "incontinentie en besmet wasgoed samen", "uitleg": ""},
  {"naam": "advies intensiteit", "uitleg": "Het advies van bijlage B2 (concept) over de intensiteit; het SWT beslist."},
  {"naam": "reden advies", "uitleg": ""},
  {"naam": "oordeel wijkt af van advies", "uitleg": ""},
  {"naam": "woord resultaatgebieden", "uitleg": ""},
  {"naam": "afgesproken uren op uurbasis", "uitleg": "Bij een aangepast arrangement: de uren die op uurbasis zijn afgesproken."},
  {"naam": "uren op uurbasis open", "uitleg": ""},
  {"naam": "toelichting uurbasis", "uitleg": ""},
  {"naam": "besluit", "uitleg": ""},
  {"naam": "reden besluit", "uitleg": ""},
  {"naam": "open punt", "uitleg": ""},
  {"naam": "leidraad duur", "uitleg": ""},
  {"naam": "melding duur", "uitleg": ""},
  {"naam": "EHS", "uitleg": ""},
  {"naam": "toelichting EHS", "uitleg": ""},
  {"naam": "ruimte", "uitleg": ""},
  {"naam": "frequentie", "uitleg": ""},
  {"naam": "activiteiten", "uitleg": ""},
  {"naam": "afspraak huishouden", "uitleg": ""},
  {"naam": "andere omstandigheid volgens SWT", "uitleg": ""},
  {"naam": "intensiteit toelichting", "uitleg": ""},
  {"naam": "keuze zorgaanbieder", "uitleg": ""},
  {"naam": "maandbudget", "uitleg": "Het vaste maandbudget dat de zorgaanbieder voor dit arrangement krijgt (zie het Tarievenblad)."},
  {"naam": "maandbudget toelichting", "uitleg": ""},
  {"naam": "ander terrein volgens SWT", "uitleg": ""},
  {"naam": "reden uitsluiting", "uitleg": ""},
  {"naam": "voorliggende voorziening", "uitleg": ""},
];

/** Per tabel zijn plaats op de route (compiler/semantiek/route.py): zo leest de uitleg. */
const ROUTE = {"advies intensiteit": 9, "afspraak op uurbasis": 14, "afspraken huishouden": 21, "algemene omstandigheden": 7, "ander terrein": 1, "andere omstandigheid": 8, "arrangement": 13, "basisarrangement": 12, "besluit": 25, "duur per type": 15, "extra huishoudelijke schoonmaak": 22, "huishoudelijke omstandigheden": 6, "intensiteit": 10, "intensiteit toelichting": 11, "keuze zorgaanbieder": 23, "leidraad duur": 16, "maandbudget": 24, "meldingen duur": 18, "open punten": 26, "taken huishouden": 20, "toegang": 0, "toegekende duur": 17, "type ondersteuning": 5, "typebeeld": 4, "uitgesloten onderdelen": 2, "uren huishouden": 19, "zwaarte": 3};

/** Per tabel de uitlegzin; "*" geldt voor elke rij zonder eigen zin. */
const UITLEG = {
  "toegang": {"*": "{reden toegang} Uw toegang tot Integrale Thuisondersteuning is daarom: {toegang}. Dit staat in {bron} van de beleidsregel."},
  "typebeeld": {"*": "Volgens het SWT is uw ondersteuning activerend op: {activerend nu}. Op de andere resultaatgebieden van nu is ze ondersteunend: {ondersteunend nu}. Volgens {bron} is het beeld daarom: {typebeeld}."},
  "type ondersteuning": {"*": "{reden type} Het type ondersteuning is dus: {type ondersteuning}. Dit staat in {bron}."},
  "duur per type": {"*": "Uw type ondersteuning is {type ondersteuning}. Volgens de leidraad in {bron} is de gemiddelde duur dan {gemiddelde duur} en de maximale duur {maximale duur}."},
  "toegekende duur": {"*": "De gevraagde duur is {gevraagde duur}. De maximale duur voor uw type ondersteuning is {maximale duur}. Volgens {bron} is de duur van uw toekenning daarom {toegekende duur}."},
  "intensiteit": {"*": "{reden intensiteit} Intensiteit: {intensiteit}. Dit staat in {bron} van de beleidsregel."},
  "zwaarte": {"*": "U heeft een ondersteuningsvraag op deze resultaatgebieden: {resultaatgebieden met ondersteuningsvraag}. Een voorliggende voorziening pakt op: {via voorliggende voorziening}. Uw netwerk pakt op: {via netwerk}. Later aan de beurt: {later opgepakt}. De maatwerkvoorziening werkt nu dus tegelijk aan {aantal resultaatgebieden} {woord resultaatgebieden}: {resultaatgebieden nu}. {reden zwaarte} Dit staat in {bron} van de beleidsregel."},
  "basisarrangement": {"*": "Volgens het schema in {bron} hoort bij zwaarte {zwaarte}, type {type ondersteuning} en intensiteit {intensiteit} het arrangement {basisarrangement}."},
  "arrangement": {"*": "{toelichting arrangement} Uw arrangement: {arrangement}. Dit staat in {bron} van de beleidsregel."},
  "uren huishouden": {"*": "{toelichting uren} Dit staat in {bron}."},
  "huishoudelijke omstandigheden": {"*": "Omstandigheden specifiek voor huishouden die de inzet verhogen: {huishoudelijke omstandigheid}"},
  "algemene omstandigheden": {"*": "Omstandigheden uit de algemene lijst die de inzet verhogen: {algemene omstandigheid}"},
  "advies intensiteit": {"*": "{reden advies} Advies van bijlage B2 (concept; het SWT beslist): {advies intensiteit}. Dit staat in {bron}."},
  "afspraak op uurbasis": {"*": "{toelichting uurbasis} Dit staat in {bron} van de beleidsregel."},
  "besluit": {"*": "Het besluit is: {besluit}. {reden besluit} Dit staat in {bron} van de beleidsregel."},
  "open punten": {"*": "Wat het SWT nog moet beoordelen voordat er een besluit is: {open punt}"},
  "leidraad duur": {"*": "Leidraad voor de duur volgens {bron}: {leidraad duur}"},
  "meldingen duur": {"*": "Meldingen over de duur volgens {bron}: {melding duur}"},
  "extra huishoudelijke schoonmaak": {"*": "{toelichting EHS} Extra huishoudelijke schoonmaak: {EHS}. Dit staat in {bron} van de beleidsregel."},
  "taken huishouden": {"*": "Werkt de maatwerkvoorziening nu aan huishouden: {huishouden nu}. Alleen dan horen de taken en frequenties uit de tabel van §3.4 bij uw ondersteuningsplan. Wassen en strijken horen daar alleen bij als u geen voorliggende was- en strijkservice kunt gebruiken (§3.4 c)."},
  "afspraken huishouden": {"*": "Afspraken over huishouden volgens {bron}: {afspraak huishouden}"},
  "andere omstandigheid": {"*": "Een andere verzwarende omstandigheid dan de voorbeelden in {bron}: {andere omstandigheid volgens SWT}"},
  "intensiteit toelichting": {"*": "Wat u verder moet weten over de intensiteit: {intensiteit toelichting}"},
  "keuze zorgaanbieder": {"*": "{keuze zorgaanbieder} Dit staat in {bron} van de beleidsregel."},
  "maandbudget": {"*": "Volgens {bron} hoort bij elk arrangement een vast maandbudget. {maandbudget toelichting}"},
  "ander terrein": {"*": "Beperkingen door een ander terrein dan de vier in {bron}: {ander terrein volgens SWT}"},
  "uitgesloten onderdelen": {"*": "Hulp die u vroeg, maar die volgens {bron} niet onder Integrale Thuisondersteuning valt: {gevraagde ondersteuning buiten de voorziening}. Andere mogelijkheden die de beleidsregel daarvoor noemt: {voorliggende voorziening}."},
};

// -- Waarden

export class Duur {
  constructor(maanden) { this.maanden = maanden; }
  toString() {
    const m = this.maanden;
    if (m && m % 12 === 0) return `${m / 12} jaar`;
    return m === 1 ? "1 maand" : `${m} maanden`;
  }
}

export class Datum {
  /** Een dag als dagnummer: 1 januari van jaar 1 is dag 1 (Python's date.toordinal). */
  constructor(dag) { this.dag = dag; }
  static van(jaar, maand, dag) {
    return new Datum(dagenVoorJaar(jaar) + dagenVoorMaand(jaar, maand) + dag);
  }
  delen() {
    let n = this.dag - 1;
    const n400 = Math.floor(n / 146097); n -= n400 * 146097;
    let n100 = Math.floor(n / 36524); n -= n100 * 36524;
    const n4 = Math.floor(n / 1461); n -= n4 * 1461;
    let n1 = Math.floor(n / 365); n -= n1 * 365;
    const jaar = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
    if (n1 === 4 || n100 === 4) return [jaar - 1, 12, 31];
    let maand = 1;
    while (maand < 12 && n >= dagenVoorMaand(jaar, maand + 1)) maand += 1;
    return [jaar, maand, n - dagenVoorMaand(jaar, maand) + 1];
  }
  iso() {
    const [j, m, d] = this.delen();
    return `${String(j).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
}

const DAGEN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function schrikkeljaar(j) { return j % 4 === 0 && (j % 100 !== 0 || j % 400 === 0); }
function dagenInMaand(j, m) { return m === 2 && schrikkeljaar(j) ? 29 : DAGEN[m - 1]; }
function dagenVoorJaar(j) { const y = j - 1; return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400); }
function dagenVoorMaand(j, m) { let n = 0; for (let i = 1; i < m; i++) n += dagenInMaand(j, i); return n; }

/** Een bedrag, exact: coëfficiënt (BigInt) × 10^exponent, zoals Python's Decimal. */
export class Bedrag {
  constructor(coef, exp) { this.coef = coef; this.exp = exp; }
  static lees(tekst) {
    const m = /^\s*([+-]?)(\d+)?(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(tekst);
    if (!m || (m[2] === undefined && !m[3])) return null;
    const frac = m[3] || "";
    const coef = BigInt((m[1] === "-" ? "-" : "") + ((m[2] || "") + frac || "0"));
    return new Bedrag(coef, Number(m[4] || 0) - frac.length);
  }
  static van(x) { return x instanceof Bedrag ? x : new Bedrag(BigInt(x), 0); }
  schaal(exp) { return this.coef * 10n ** BigInt(this.exp - exp); }
  plus(b) { const e = Math.min(this.exp, b.exp); return new Bedrag(this.schaal(e) + b.schaal(e), e); }
  min(b) { const e = Math.min(this.exp, b.exp); return new Bedrag(this.schaal(e) - b.schaal(e), e); }
  maal(b) { return new Bedrag(this.coef * b.coef, this.exp + b.exp); }
  vergelijk(b) { const e = Math.min(this.exp, b.exp); const x = this.schaal(e), y = b.schaal(e); return x < y ? -1 : x > y ? 1 : 0; }
  /** Zoals str(Decimal): gewone schrijfwijze, of wetenschappelijk bij een positieve exponent of heel klein. */
  toString() {
    const neg = this.coef < 0n;
    const s = (neg ? -this.coef : this.coef).toString();
    const adj = this.exp + s.length - 1;
    let out;
    if (this.exp <= 0 && adj >= -6) {
      const punt = s.length + this.exp;
      out = this.exp === 0 ? s : punt <= 0 ? "0." + "0".repeat(-punt) + s : s.slice(0, punt) + "." + s.slice(punt);
    } else {
      out = s[0] + (s.length > 1 ? "." + s.slice(1) : "") + "E" + (adj >= 0 ? "+" : "-") + Math.abs(adj);
    }
    return (neg ? "-" : "") + out;
  }
  /** In centen, half naar even afgerond (Python's f"{d:.2f}"), als "€ 12,50". */
  tekst() {
    let c;
    if (this.exp >= -2) c = this.schaal(-2);
    else {
      const deler = 10n ** BigInt(-2 - this.exp);
      const neg = this.coef < 0n, a = neg ? -this.coef : this.coef;
      let q = a / deler; const r = a % deler;
      if (2n * r > deler || (2n * r === deler && q % 2n === 1n)) q += 1n;
      c = neg ? -q : q;
    }
    const neg = c < 0n, s = (neg ? -c : c).toString().padStart(3, "0");
    return "€ " + (neg ? "-" : "") + s.slice(0, -2) + "," + s.slice(-2);
  }
}

/** Een gegeven uit de IR (JSON) als waarde. */
function lees(w) {
  if (w === null || typeof w !== "object") return w;
  if ("duur" in w) return new Duur(w.duur);
  if ("datum" in w) return leesDatum(w.datum);
  if ("bedrag" in w) return Bedrag.lees(w.bedrag);
  if ("verzameling" in w) return new Set(w.verzameling);
  throw new Error("onbekend gegeven");
}

function leesDatum(tekst) {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(tekst);
  if (!m || (tekst.length === 10) !== tekst.includes("-") || (tekst.length === 10 && tekst[7] !== "-")) return null;
  const j = Number(m[1]), mnd = Number(m[2]), d = Number(m[3]);
  if (j < 1 || mnd < 1 || mnd > 12 || d < 1 || d > dagenInMaand(j, mnd)) return null;
  return Datum.van(j, mnd, d);
}

/** Twee waarden vergelijken: -1, 0 of 1 (getal, bedrag, datum, duur, tekst). */
function vergelijkWaarden(a, b) {
  if (a instanceof Bedrag || b instanceof Bedrag) return Bedrag.van(a).vergelijk(Bedrag.van(b));
  if (a instanceof Datum) return Math.sign(a.dag - b.dag);
  if (a instanceof Duur) return Math.sign(a.maanden - b.maanden);
  return a < b ? -1 : a > b ? 1 : 0;
}

function gelijk(a, b) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((x) => b.has(x));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => gelijk(x, b[i]));
  if (a.constructor !== b.constructor && !(a instanceof Bedrag && b instanceof Bedrag)) return false;
  return vergelijkWaarden(a, b) === 0;
}

/** Een sleutel per waarde, om uitkomsten van rijen te vergelijken (uniek, elke). */
function sleutel(w) { return JSON.stringify(naarJson(w)) + "|" + (w === null ? "n" : w.constructor.name); }

// Eén keer bij het laden: elk gegeven uit de IR wordt een waarde (een Set, Duur, Datum, Bedrag), zodat een
// beslissing niets meer hoeft te lezen. Na het laden verandert niets meer (Object.freeze).
function bereid(e) {
  if (e === null || typeof e !== "object") return;
  if ("waarde" in e) { e.waarde = lees(e.waarde); return; }
  for (const k of ["niet", "als", "dan", "anders", "links", "rechts"]) if (e[k]) bereid(e[k]);
  if (e.args) e.args.forEach(bereid);
}
for (const v of VELDEN) { v.min = lees(v.min); v.max = lees(v.max); Object.freeze(v.waarden); Object.freeze(v); }
for (const c of CONTROLES) bereid(c.reken);
for (const stap of STAPPEN) {
  if (stap.soort === "berekening") { bereid(stap.reken); continue; }
  stap.perNummer = new Map(stap.rijen.map((r) => [r.nr, r]));
  for (const r of stap.rijen) {
    for (const v of r.als) if (v) v.tests = v.tests.map(([op, w, boven]) => [op, lees(w), lees(boven)]);
    for (const u of r.dan) { if ("reken" in u) bereid(u.reken); else u.waarde = lees(u.waarde); }
  }
}

// -- De betekenis van een tabel (compiler/semantiek/runtime.py: voldoet, hitregel)

export class OngeldigeInvoer extends Error {
  constructor(fouten) {
    super(Object.entries(fouten).map(([k, v]) => `${k}: ${v}`).join("; "));
    this.name = "OngeldigeInvoer";
    this.fouten = fouten;
  }
}

export class GeenBeslissing extends Error {
  constructor(melding) { super(melding); this.name = "GeenBeslissing"; }
}

function voldoet(voorwaarde, waarde) {
  if (voorwaarde === null) return true;
  const raak = voorwaarde.tests.some(([op, v, boven]) => test(op, v, boven, waarde));
  if (voorwaarde.niet) return waarde !== null && !raak; // onbekend is niet "niet X"
  return raak;
}

function test(op, v, boven, waarde) {
  if (op === "onbekend") return waarde === null;
  if (waarde === null) return false; // onbekend haalt geen test behalve `onbekend`
  switch (op) {
    case "=": return gelijk(waarde, v);
    case "leeg": return (waarde instanceof Set ? waarde.size : waarde.length) === 0;
    case "bevat": return waarde instanceof Set ? waarde.has(v) : waarde.includes(v);
    case "tussen": return vergelijkWaarden(v, waarde) <= 0 && vergelijkWaarden(waarde, boven) <= 0;
    case "<": return vergelijkWaarden(waarde, v) < 0;
    case "<=": return vergelijkWaarden(waarde, v) <= 0;
    case ">": return vergelijkWaarden(waarde, v) > 0;
    case ">=": return vergelijkWaarden(waarde, v) >= 0;
  }
  throw new Error(op);
}

function hitregel(tabel, hit, treffers, invoer, aantalUitvoer) {
  if (hit === "verzamel") {
    const uit = [];
    for (let i = 0; i < aantalUitvoer; i++) uit.push(treffers.map((t) => t[1][i]).filter((w) => w !== null));
    return [treffers.map((t) => t[0]), uit];
  }
  if (treffers.length === 0) {
    throw new GeenBeslissing(`tabel “${tabel}”: geen rij past bij ` +
      Object.entries(invoer).map(([k, v]) => `${k} = ${tekst(v)}`).join(", "));
  }
  if (hit === "eerste") return [[treffers[0][0]], treffers[0][1]];
  if (new Set(treffers.map((t) => t[1].map(sleutel).join("§"))).size > 1) {
    throw new GeenBeslissing(`tabel “${tabel}”: rijen ${treffers.map((t) => t[0]).join(", ")} ` +
      "passen tegelijk en geven verschillende uitkomsten");
  }
  return [treffers.map((t) => t[0]), treffers[0][1]];
}

// -- Rekenen, met onbekend (null): onbekend in is onbekend uit, behalve waar het bekende deel al beslist

function en(a, b) { if (a === false || b === false) return false; return a === null || b === null ? null : true; }
function of(a, b) { if (a === true || b === true) return true; return a === null || b === null ? null : false; }

function plusDuur(datum, duur) {
  const [j, m, d] = datum.delen();
  const maanden = m - 1 + duur.maanden;
  const jaar = j + Math.floor(maanden / 12), maand = ((maanden % 12) + 12) % 12 + 1;
  return Datum.van(jaar, maand, Math.min(d, dagenInMaand(jaar, maand)));
}

function rekensom(op, a, b) {
  if (a === null || b === null) return null;
  if (op === "+") {
    if (a instanceof Set) return new Set([...a, ...b]);
    if (a instanceof Datum && b instanceof Duur) return plusDuur(a, b);
    if (a instanceof Duur && b instanceof Datum) return plusDuur(b, a);
    if (a instanceof Duur) return new Duur(a.maanden + b.maanden);
    if (a instanceof Bedrag || b instanceof Bedrag) return Bedrag.van(a).plus(Bedrag.van(b));
    return a + b;
  }
  if (op === "-") {
    if (a instanceof Set) return new Set([...a].filter((x) => !b.has(x)));
    if (a instanceof Datum && b instanceof Duur) return plusDuur(a, new Duur(-b.maanden));
    if (a instanceof Datum) return a.dag - b.dag;
    if (a instanceof Duur) return new Duur(a.maanden - b.maanden);
    if (a instanceof Bedrag || b instanceof Bedrag) return Bedrag.van(a).min(Bedrag.van(b));
    return a - b;
  }
  if (op === "*") {
    if (a instanceof Duur) return new Duur(a.maanden * b);
    if (b instanceof Duur) return new Duur(b.maanden * a);
    if (a instanceof Bedrag || b instanceof Bedrag) return Bedrag.van(a).maal(Bedrag.van(b));
    return a * b;
  }
  if (op === "/" && a instanceof Duur) return new Duur(Math.floor(a.maanden / b));
  throw new Error(`rekensom ${op} wordt in de rekenhulp niet ondersteund`); // de bouw weigert delen al
}

const FUNCTIES = {
  aantal: (w) => (w === null ? null : w instanceof Set ? w.size : w.length),
  halverwege: (b, e) => (b === null || e === null ? null : new Datum(b.dag + Math.floor((e.dag - b.dag) / 2))),
  min: (a, b) => (a === null || b === null ? null : vergelijkWaarden(a, b) <= 0 ? a : b),
  max: (a, b) => (a === null || b === null ? null : vergelijkWaarden(a, b) >= 0 ? a : b),
  som: (w) => (!w || w.length === 0 ? null : w.slice(1).reduce((x, y) => rekensom("+", x, y), w[0])),
  kleinste: (w) => (!w || w.length === 0 ? null : w.reduce((x, y) => (vergelijkWaarden(y, x) < 0 ? y : x))),
  grootste: (w) => (!w || w.length === 0 ? null : w.reduce((x, y) => (vergelijkWaarden(y, x) > 0 ? y : x))),
};

function reken(e, env) {
  if ("waarde" in e) return e.waarde;
  if ("naam" in e) return env.has(e.naam) ? env.get(e.naam) : e.naam; // een los woord is een keuzelijstwaarde
  if ("onbekend" in e) return null;
  if ("niet" in e) { const a = reken(e.niet, env); return a === null ? null : !a; }
  if ("als" in e) {
    const c = reken(e.als, env), dan = reken(e.dan, env), anders = reken(e.anders, env);
    return c === null ? null : c ? dan : anders;
  }
  if ("functie" in e) return FUNCTIES[e.functie](...e.args.map((a) => reken(a, env)));
  const a = reken(e.links, env), b = reken(e.rechts, env);
  switch (e.op) {
    case "en": return en(a, b);
    case "of": return of(a, b);
    case "bevat": return a === null || b === null ? null : a.has(b);
    case "+": case "-": case "*": case "/": return rekensom(e.op, a, b);
  }
  if (a === null || b === null) return null;
  if (e.op === "=") return gelijk(a, b);
  if (e.op === "!=") return !gelijk(a, b);
  const c = vergelijkWaarden(a, b);
  return { "<": c < 0, "<=": c <= 0, ">": c > 0, ">=": c >= 0 }[e.op];
}

function beslisTabel(t, env) {
  const waarden = t.invoer.map((n) => env.get(n));
  if (t.onbekendInOnbekendUit && waarden.some((w) => w === null)) {
    return { tabel: t.naam, uitkomst: t.uitvoer.map(() => null), rijen: [] };
  }
  let passend = t.rijen.filter((r) => !r.anders && r.als.every((v, i) => voldoet(v, waarden[i])));
  if (passend.length === 0) passend = t.rijen.filter((r) => r.anders);
  if (t.hit === "eerste") passend = passend.slice(0, 1);
  const treffers = passend.map((r) => [r.nr, r.dan.map((u) => ("reken" in u ? reken(u.reken, env) : u.waarde))]);
  const invoer = Object.fromEntries(t.invoer.map((n, i) => [n, waarden[i]]));
  const [rijen, uitkomst] = hitregel(t.naam, t.hit, treffers, invoer, t.uitvoer.length);
  return { tabel: t.naam, uitkomst, rijen };
}

// -- Een casus lezen: dezelfde meldingen als compiler/semantiek/runtime.py (lees_casus, lees_waarde)

/** Een JSON-waarde zoals Python's repr() hem in een melding schrijft. */
function pyRepr(w) {
  if (w === null || w === undefined) return "None";
  if (w === true) return "True";
  if (w === false) return "False";
  if (typeof w === "number") return Number.isInteger(w) ? String(w) : String(w).replace("e+", "e+");
  if (typeof w === "string") {
    const q = w.includes("'") && !w.includes('"') ? '"' : "'";
    let s = "";
    for (const ch of w) {
      const c = ch.codePointAt(0);
      if (ch === "\\") s += "\\\\";
      else if (ch === q) s += "\\" + q;
      else if (ch === "\n") s += "\\n";
      else if (ch === "\r") s += "\\r";
      else if (ch === "\t") s += "\\t";
      else if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0xad) s += "\\x" + c.toString(16).padStart(2, "0");
      else if (c === 0x2028 || c === 0x2029) s += "\\u" + c.toString(16);
      else s += ch;
    }
    return q + s + q;
  }
  if (Array.isArray(w)) return "[" + w.map(pyRepr).join(", ") + "]";
  return "{" + Object.entries(w).map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).join(", ") + "}";
}

function isObject(w) { return w !== null && typeof w === "object" && !Array.isArray(w); }

/** Een waarde in een melding: zoals Python hem toont, hoogstens 80 tekens (runtime._kort). */
function kort(w) {
  const t = (Array.isArray(w) && w.length >= 20) ? "<list>" : (isObject(w) && Object.keys(w).length >= 20) ? "<dict>" : pyRepr(w);
  const tekens = Array.from(t);
  return tekens.length <= 80 ? t : tekens.slice(0, 77).join("") + "…";
}

// Grenzen zoals in de runtime: wat een mens kan bedoelen, niet meer.
const MIN_JAAR = 1900, MAX_JAAR = 2200, MAX_MAANDEN = 12 * 200, MAX_CIJFERS = 15, MAX_DECIMALEN = 6;
const GETAL = new RegExp(`^-?[0-9]{1,${MAX_CIJFERS}}$`);
const BEDRAG = new RegExp(`^-?[0-9]{1,${MAX_CIJFERS}}(?:[.,][0-9]{1,${MAX_DECIMALEN}})?$`);
const GROOT = 10 ** MAX_CIJFERS;

function pyStrip(t) { return t.replace(/^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/g, ""); }

function leesDatumVeld(ruw) {
  if (typeof ruw !== "string" || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(ruw)) throw new Fout(`verwacht een datum als JJJJ-MM-DD, kreeg ${kort(ruw)}`);
  const waarde = leesDatum(ruw);
  if (waarde === null) throw new Fout(`${ruw} is geen bestaande datum`);
  const jaar = Number(ruw.slice(0, 4));
  if (jaar < MIN_JAAR || jaar > MAX_JAAR) throw new Fout(`de datum ${ruw} ligt buiten de jaren ${MIN_JAAR}–${MAX_JAAR}`);
  return waarde;
}

function leesBedragVeld(ruw) {
  if (typeof ruw === "boolean" || (typeof ruw === "number" && !Number.isInteger(ruw))) {
    throw new Fout('verwacht een bedrag als tekst, bijvoorbeeld "12.50" (geen kommagetal)');
  }
  if (typeof ruw === "number") {
    if (!(-GROOT < ruw && ruw < GROOT)) throw new Fout(`het bedrag is te groot (hoogstens ${MAX_CIJFERS} cijfers)`);
    return new Bedrag(BigInt(ruw), 0);
  }
  if (typeof ruw !== "string" || !BEDRAG.test(pyStrip(ruw))) throw new Fout(`verwacht een bedrag, bijvoorbeeld "12.50", kreeg ${kort(ruw)}`);
  return Bedrag.lees(pyStrip(ruw).replace(",", "."));
}

function leesWaarde(veld, ruw) {
  if (ruw === null || ruw === undefined) {
    if (veld.optioneel) return null;
    throw new Fout("ontbreekt (dit veld is verplicht)");
  }
  let waarde;
  switch (veld.soort) {
    case "janee":
      if (typeof ruw === "boolean") return ruw;
      if (ruw === "ja" || ruw === "nee") return ruw === "ja";
      throw new Fout(`verwacht ja of nee (true/false), kreeg ${pyRepr(ruw)}`);
    case "getal":
      if (typeof ruw !== "number" || !Number.isInteger(ruw)) {
        if (typeof ruw === "string" && GETAL.test(pyStrip(ruw))) ruw = Number.parseInt(pyStrip(ruw), 10);
        else throw new Fout(`verwacht een geheel getal, kreeg ${kort(ruw)}`);
      }
      if (!(-GROOT < ruw && ruw < GROOT)) throw new Fout(`het getal is te groot (hoogstens ${MAX_CIJFERS} cijfers)`);
      waarde = ruw;
      break;
    case "bedrag":
      waarde = leesBedragVeld(ruw);
      break;
    case "datum":
      waarde = leesDatumVeld(ruw);
      break;
    case "duur": {
      const sleutels = isObject(ruw) ? Object.keys(ruw) : [];
      if (sleutels.length === 0 || !sleutels.every((k) => k === "maanden" || k === "jaren")) {
        throw new Fout(`verwacht een duur als {"maanden": 6} of {"jaren": 1}, kreeg ${kort(ruw)}`);
      }
      let totaal = 0;
      for (const k of sleutels) {
        const n = ruw[k];
        if (typeof n !== "number" || !Number.isInteger(n)) throw new Fout(`verwacht een geheel aantal ${k}, kreeg ${kort(n)}`);
        const maanden = n * (k === "jaren" ? 12 : 1);
        if (!(-MAX_MAANDEN <= maanden && maanden <= MAX_MAANDEN)) throw new Fout(`de duur is te lang (hoogstens ${MAX_MAANDEN / 12} jaar)`);
        totaal += maanden;
      }
      if (!(-MAX_MAANDEN <= totaal && totaal <= MAX_MAANDEN)) throw new Fout(`de duur is te lang (hoogstens ${MAX_MAANDEN / 12} jaar)`);
      waarde = new Duur(totaal);
      break;
    }
    case "tekst":
      if (typeof ruw !== "string") throw new Fout(`verwacht tekst, kreeg ${kort(ruw)}`);
      return ruw;
    case "keuze":
      if (typeof ruw !== "string" || !veld.waarden.includes(ruw)) throw new Fout(`${kort(ruw)} is geen toegestane waarde; kies uit: ${veld.waarden.join(", ")}`);
      return ruw;
    case "verzameling": {
      if (!Array.isArray(ruw)) throw new Fout(`verwacht een lijst van waarden, kreeg ${kort(ruw)}`);
      const fout = ruw.filter((w) => typeof w !== "string" || !veld.waarden.includes(w));
      if (fout.length) throw new Fout(`${fout.slice(0, 5).map(kort).join(", ")} niet toegestaan; kies uit: ${veld.waarden.join(", ")}`);
      if (new Set(ruw).size !== ruw.length) throw new Fout("een waarde staat er meer dan eens in");
      return new Set(ruw);
    }
    default:
      throw new Fout(`onbekend soort ${veld.soort}`);
  }
  const lo = veld.min, hi = veld.max;
  if (lo !== null && vergelijkWaarden(waarde, lo) < 0) throw new Fout(`${tekst(waarde)} is kleiner dan het minimum ${tekst(lo)}`);
  if (hi !== null && vergelijkWaarden(waarde, hi) > 0) throw new Fout(`${tekst(waarde)} is groter dan het maximum ${tekst(hi)}`);
  return waarde;
}

class Fout extends Error {}

/** Eén veld lezen (voor de vraagstappen van de rekenhulp): de waarde, of een Fout met de Nederlandse reden. */
export function leesVeld(naam, ruw) {
  const veld = VELDEN.find((v) => v.naam === naam);
  return leesWaarde(veld, ruw);
}
export { Fout };

/** Een hele casus lezen; elke fout tegelijk gemeld (OngeldigeInvoer), en niets beslist. */
export function leesCasus(casus) {
  if (!isObject(casus)) throw new OngeldigeInvoer({ "(casus)": "verwacht een JSON-object met de invoervelden" });
  const fouten = {}, waarden = new Map();
  const heeft = (k) => Object.prototype.hasOwnProperty.call(casus, k);
  for (const veld of VELDEN) {
    if (!heeft(veld.naam) && !veld.optioneel) { fouten[veld.naam] = "ontbreekt (dit veld is verplicht)"; continue; }
    try {
      waarden.set(veld.naam, leesWaarde(veld, heeft(veld.naam) ? casus[veld.naam] : null));
    } catch (e) {
      if (!(e instanceof Fout)) throw e;
      fouten[veld.naam] = e.message;
    }
  }
  const namen = VELDEN.map((v) => v.naam);
  for (const k of Object.keys(casus)) {
    if (!namen.includes(k)) fouten[k] = "onbekend veld" + bedoelde(k, namen);
  }
  if (Object.keys(fouten).length) throw new OngeldigeInvoer(fouten);
  CONTROLES.forEach((c, i) => { if (reken(c.reken, waarden) === false) fouten[`controle ${i + 1}`] = c.melding; });
  if (Object.keys(fouten).length) throw new OngeldigeInvoer(fouten);
  return waarden;
}

/** "; bedoelde u …?" zoals difflib.get_close_matches(naam, velden, n=1, cutoff=0.6). */
function bedoelde(naam, namen) {
  let beste = null, score = -1;
  for (const x of namen) {
    const r = gelijkenis(x, naam);
    if (r >= 0.6 && (r > score || (r === score && x > beste))) { beste = x; score = r; }
  }
  return beste === null ? "" : `; bedoelde u “${beste}”?`;
}

/** difflib.SequenceMatcher(None, a, b).ratio() voor korte teksten (zonder junk). */
function gelijkenis(a, b) {
  a = [...a]; b = [...b];
  const b2j = new Map();
  b.forEach((c, j) => { if (!b2j.has(c)) b2j.set(c, []); b2j.get(c).push(j); });
  if (b.length >= 200) { // difflib's autojunk: een teken dat vaker dan 1% voorkomt telt niet mee
    const grens = Math.floor(b.length / 100) + 1;
    for (const [c, js] of [...b2j]) if (js.length > grens) b2j.delete(c);
  }
  const langste = (alo, ahi, blo, bhi) => {
    let bi = alo, bj = blo, bk = 0, j2len = new Map();
    for (let i = alo; i < ahi; i++) {
      const nieuw = new Map();
      for (const j of b2j.get(a[i]) || []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) || 0) + 1;
        nieuw.set(j, k);
        if (k > bk) { bi = i - k + 1; bj = j - k + 1; bk = k; }
      }
      j2len = nieuw;
    }
    return [bi, bj, bk];
  };
  let m = 0;
  const rij = [[0, a.length, 0, b.length]];
  while (rij.length) {
    const [alo, ahi, blo, bhi] = rij.pop();
    const [i, j, k] = langste(alo, ahi, blo, bhi);
    if (k) {
      m += k;
      if (alo < i && blo < j) rij.push([alo, i, blo, j]);
      if (i + k < ahi && j + k < bhi) rij.push([i + k, ahi, j + k, bhi]);
    }
  }
  const t = a.length + b.length;
  return t ? (2 * m) / t : 1;
}

// -- Waarden naar JSON en naar tekst (zoals naar_json en tekst in de runtime)

export function naarJson(w) {
  if (w === null || typeof w === "boolean" || typeof w === "number" || typeof w === "string") return w;
  if (w instanceof Bedrag) return w.toString();
  if (w instanceof Datum) return w.iso();
  if (w instanceof Duur) return { maanden: w.maanden };
  if (w instanceof Set) return [...w].map(naarJson).sort(codepunt);
  if (Array.isArray(w)) return w.map(naarJson);
  throw new Error("onbekende waarde");
}

function codepunt(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
  "september", "oktober", "november", "december"];

/** Een waarde zoals een inwoner hem leest. */
export function tekst(w) {
  if (w === null || w === undefined) return "onbekend";
  if (w === true) return "ja";
  if (w === false) return "nee";
  if (w instanceof Bedrag) return w.tekst();
  if (w instanceof Datum) { const [j, m, d] = w.delen(); return `${d} ${MAANDEN[m - 1]} ${j}`; }
  if (w instanceof Set) return w.size ? [...w].map(tekst).sort(codepunt).join(", ") : "geen";
  if (Array.isArray(w)) {
    if (w.length === 0) return "geen";
    const delen = w.map(tekst);
    // Een lijst van zinnen leest als zinnen, niet als opsomming.
    return delen.every((d) => /[.!?]$/.test(d.trimEnd())) ? delen.join(" ") : delen.join(", ");
  }
  return String(w);
}

function vulIn(sjabloon, waarden, extra) {
  const out = [];
  let i = 0;
  for (;;) {
    const start = sjabloon.indexOf("{", i);
    const eind = start >= 0 ? sjabloon.indexOf("}", start + 1) : -1;
    if (start < 0 || eind < 0) { out.push(sjabloon.slice(i)); return out.join(""); }
    const k = sjabloon.slice(start + 1, eind);
    out.push(sjabloon.slice(i, start));
    let w = Object.prototype.hasOwnProperty.call(extra, k) ? extra[k] : tekst(waarden.has(k) ? waarden.get(k) : null);
    if (w.endsWith(".") && sjabloon.slice(eind + 1, eind + 2) === ".") w = w.slice(0, -1); // geen dubbele punt
    out.push(w);
    i = eind + 1;
  }
}

// -- Een hele casus beslissen

/** Alle waarden (invoer, berekeningen, uitkomsten) en per tabel de rijen die de doorslag gaven. */
export function beslisWaarden(invoer) {
  const env = new Map(invoer), beslissingen = [];
  for (const stap of STAPPEN) {
    if (stap.soort === "berekening") { env.set(stap.naam, reken(stap.reken, env)); continue; }
    const b = beslisTabel(stap, env);
    stap.uitvoer.forEach((n, i) => env.set(n, b.uitkomst[i]));
    beslissingen.push({ ...b, stap });
  }
  return { waarden: env, beslissingen };
}

/** Zegt een stap iets: is een van zijn uitkomsten bekend en niet leeg? */
function zegtIets(uitkomst) {
  return uitkomst.some((w) => w !== null && !(Array.isArray(w) && w.length === 0) && !(w instanceof Set && w.size === 0));
}

function plaats(tabel) { return Object.prototype.hasOwnProperty.call(ROUTE, tabel) ? ROUTE[tabel] : 1 << 30; }

/** De stappen die gelden, in de volgorde van de route: een verzameltabel zonder rij en een stap waarvan
 * elke uitkomst onbekend of leeg is, vallen weg (zoals `uitleg` in de gegenereerde Python). */
export function opDeRoute(beslissingen) {
  return [...beslissingen].sort((a, b) => plaats(a.tabel) - plaats(b.tabel))
    .filter(({ rijen, stap, uitkomst }) => !(rijen.length === 0 && stap.hit === "verzamel") && zegtIets(uitkomst));
}

/** Per tabel een zin in gewone taal, met de paragraaf (dezelfde als `uitleg` in de gegenereerde Python). */
function uitlegZinnen(waarden, beslissingen) {
  return opDeRoute(beslissingen).map(({ tabel, rijen, stap }) => {
    const rijBron = [...new Set(rijen.flatMap((nr) => stap.perNummer.get(nr).bron))].join(", ");
    const bron = rijBron || stap.bron.join(", ");
    const zinnen = UITLEG[tabel];
    const sjabloon = (rijen.length && zinnen[String(rijen[0])]) || zinnen["*"];
    return vulIn(sjabloon, waarden, { bron: bron || "de regels", rij: rijen.join(", ") });
  });
}

/** JSON in, JSON uit: dezelfde vorm als `regels beslis --json`, plus `uitleg` (zin per tabel). */
export function beslis(casus) {
  const { waarden, beslissingen } = beslisWaarden(leesCasus(casus));
  const spreekt = new Set(beslissingen.filter((b) => zegtIets(b.uitkomst)).flatMap((b) => b.stap.uitvoer));
  return {
    regelset: KOP.regelset,
    // Een uitkomst die niet van toepassing is, ontbreekt (runtime.resultaat_json): onbekend staat er alleen
    // als de tabel die hem geeft iets zei (een andere uitkomst van die tabel is bekend).
    uitkomst: Object.fromEntries(UITVOER.filter((u) => waarden.get(u.naam) !== null || spreekt.has(u.naam))
      .map((u) => [u.naam, naarJson(waarden.get(u.naam))])),
    beslissingen: beslissingen.map(({ tabel, uitkomst, rijen, stap }) => ({
      tabel,
      uitkomst: Object.fromEntries(stap.uitvoer.map((n, i) => [n, naarJson(uitkomst[i])])),
      rijen,
      bron: [...new Set(rijen.flatMap((nr) => stap.perNummer.get(nr).bron))].sort(codepunt),
    })),
    uitleg: uitlegZinnen(waarden, beslissingen),
  };
}
