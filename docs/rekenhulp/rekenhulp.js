/* Gegenereerd door regels bouw uit compiler/templates/docs/rekenhulp.js — niet met de hand bewerken. */
// De rekenhulp "Welk arrangement past bij mij?": vragen per stap van de route, beslist in de browser met
// de gegenereerde ES-module (dezelfde beslis-IR als de Python). Geen server, geen verzoek naar buiten.
// Alle gegevens komen als JSON uit de pagina (#rekenhulp-gegevens); alle tekst komt als tekst in de
// pagina (textContent), nooit als HTML.

const wortel = document.getElementById("rekenhulp");
const GEGEVENS = JSON.parse(document.getElementById("rekenhulp-gegevens").textContent);
const { VELDEN, UITVOER, beslis, beslisWaarden, leesCasus, leesVeld, tekst, Fout, OngeldigeInvoer, GeenBeslissing } =
  await import(new URL(wortel.dataset.module, document.baseURI).href);

/** De stappen van de route met de vragen die daar voor het eerst nodig zijn. */
const STAPPEN = GEGEVENS.stappen;

const WEET_NIET = "Weet ik niet (het SWT beoordeelt dit)";
const veldVan = new Map(VELDEN.map((v) => [v.naam, v]));
const idVan = new Map(VELDEN.map((v, i) => [v.naam, `veld-${i + 1}`]));

function el(tag, attrs = {}, ...kinderen) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k === "tekst") e.textContent = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const k of kinderen) if (k) e.append(k);
  return e;
}

function hoofdletter(s) { return s.charAt(0).toUpperCase() + s.slice(1); }

// -- De vragen

function vraag(veld) {
  const id = idVan.get(veld.naam);
  const hulp = veld.uitleg ? el("p", { class: "rekenhulp-hulp", id: `${id}-hulp`, tekst: veld.uitleg }) : null;
  const oordeel = veld.oordeel ? el("p", { class: "rekenhulp-hulp", id: `${id}-swt`,
    tekst: "Dit beoordeelt het SWT in het gesprek met u." }) : null;
  const fout = el("p", { class: "rekenhulp-fout", id: `${id}-fout`, hidden: true });
  const beschreven = [hulp && `${id}-hulp`, oordeel && `${id}-swt`, `${id}-fout`].filter(Boolean).join(" ");
  const keuzes = veld.soort === "janee" ? [["ja", "Ja"], ["nee", "Nee"]]
    : veld.soort === "keuze" ? veld.waarden.map((w) => [w, hoofdletter(w)]) : null;
  if (keuzes || veld.soort === "verzameling") {
    const groep = el("fieldset", { class: "rekenhulp-vraag", id, "data-veld": veld.naam, "aria-describedby": beschreven },
      el("legend", { tekst: hoofdletter(veld.naam) }), hulp, oordeel);
    const type = keuzes ? "radio" : "checkbox";
    const opties = keuzes || veld.waarden.map((w) => [w, hoofdletter(w)]);
    opties.forEach(([waarde, label], i) => {
      const oid = `${id}-${i + 1}`;
      groep.append(el("div", { class: "rekenhulp-optie" },
        el("input", { type, id: oid, name: id, value: waarde }), el("label", { for: oid, tekst: label })));
    });
    if (veld.optioneel) {
      const oid = `${id}-onbekend`;
      groep.append(el("div", { class: "rekenhulp-optie" },
        el("input", { type, id: oid, name: id, value: "", "data-onbekend": true }), el("label", { for: oid, tekst: WEET_NIET })));
    }
    if (type === "checkbox") groep.append(el("p", { class: "rekenhulp-hulp", tekst: "Kies alles wat past. Past niets? Kies dan niets." }));
    groep.append(fout);
    return groep;
  }
  const soortHulp = { getal: "Een heel getal.", datum: "Een datum als jaar-maand-dag, bijvoorbeeld 2022-01-31.", duur: "Een aantal maanden.",
    bedrag: "Een bedrag in euro's, bijvoorbeeld 12,50.", tekst: "" }[veld.soort] || "";
  const invoer = el("input", { id: `${id}-invoer`, name: id, type: "text",
    inputmode: ["getal", "duur"].includes(veld.soort) ? "numeric" : null, "aria-describedby": beschreven,
    autocomplete: "off" });
  return el("div", { class: "rekenhulp-vraag", id, "data-veld": veld.naam },
    el("label", { for: `${id}-invoer`, tekst: hoofdletter(veld.naam) + (veld.soort === "duur" ? " (in maanden)" : "") }),
    hulp, oordeel, soortHulp ? el("p", { class: "rekenhulp-hulp", tekst: soortHulp + (veld.optioneel ? " Weet u het niet? Laat het leeg." : "") }) : null,
    invoer, fout);
}

/** Het antwoord op één vraag als JSON-waarde; undefined is: niet ingevuld. */
function antwoord(veld) {
  const id = idVan.get(veld.naam);
  const blok = document.getElementById(id);
  if (veld.soort === "verzameling") {
    const aan = [...blok.querySelectorAll("input:checked")];
    if (aan.some((i) => i.hasAttribute("data-onbekend"))) return null;
    return aan.map((i) => i.value);
  }
  if (veld.soort === "janee" || veld.soort === "keuze") {
    const gekozen = blok.querySelector("input:checked");
    if (!gekozen) return undefined;
    if (gekozen.hasAttribute("data-onbekend")) return null;
    return veld.soort === "janee" ? gekozen.value === "ja" : gekozen.value;
  }
  const ruw = document.getElementById(`${id}-invoer`).value.trim();
  if (ruw === "") return veld.optioneel ? null : undefined;
  if (veld.soort === "getal") return /^-?\d+$/.test(ruw) ? Number(ruw) : ruw;
  if (veld.soort === "duur") return /^\d+$/.test(ruw) ? { maanden: Number(ruw) } : ruw;
  return ruw;
}

function casus(namen) {
  const uit = {};
  for (const naam of namen) {
    const w = antwoord(veldVan.get(naam));
    if (w !== undefined && w !== null) uit[naam] = w;
  }
  return uit;
}

// -- Fouten: bij de vraag, en samen bovenaan in een aria-live-gebied

function toonFouten(fouten) {
  for (const p of document.querySelectorAll(".rekenhulp-fout")) { p.hidden = true; p.textContent = ""; }
  for (const e of document.querySelectorAll("[aria-invalid]")) e.removeAttribute("aria-invalid");
  const lijst = samenvatting.querySelector("ul");
  lijst.replaceChildren();
  const namen = Object.keys(fouten);
  samenvatting.hidden = namen.length === 0;
  let eerste = null;
  for (const naam of namen) {
    const id = idVan.get(naam);
    const tekstFout = `${hoofdletter(naam)}: ${fouten[naam]}`;
    if (id) {
      const p = document.getElementById(`${id}-fout`);
      p.textContent = `Fout: ${fouten[naam]}`;
      p.hidden = false;
      const doel = document.getElementById(`${id}-invoer`) || document.querySelector(`#${id} input`);
      doel.setAttribute("aria-invalid", "true");
      eerste = eerste || doel;
      const link = el("a", { href: `#${doel.id}`, tekst: tekstFout });
      link.addEventListener("click", (ev) => { ev.preventDefault(); doel.focus(); });
      lijst.append(el("li", {}, link));
    } else {
      lijst.append(el("li", { tekst: fouten[naam] }));
    }
  }
  if (namen.length) {
    live.textContent = `Er ${namen.length === 1 ? "is 1 fout" : `zijn ${namen.length} fouten`}. ${Object.values(fouten).join(" ")}`;
    (eerste || samenvatting).focus();
  }
}

function foutenVanStap(stap) {
  const fouten = {};
  for (const naam of stap.velden) {
    const veld = veldVan.get(naam);
    const w = antwoord(veld);
    if (w === undefined) { fouten[naam] = "Geef een antwoord op deze vraag."; continue; }
    try { leesVeld(naam, w); } catch (e) { if (e instanceof Fout) fouten[naam] = e.message; else throw e; }
  }
  return fouten;
}

// -- De pagina

wortel.replaceChildren();
const live = el("p", { class: "rekenhulp-live", "aria-live": "polite", role: "status" }); // voor schermlezers
const samenvatting = el("div", { class: "rekenhulp-fouten", role: "alert", tabindex: "-1", hidden: true },
  el("h2", { tekst: "Controleer uw antwoorden" }), el("ul"));
const voortgang = el("p", { class: "rekenhulp-voortgang" });
const form = el("form", { novalidate: true, "aria-labelledby": "rekenhulp-stap-titel" });
const titel = el("h2", { id: "rekenhulp-stap-titel", tabindex: "-1" });
const vragen = el("div");
const vorige = el("button", { type: "button", class: "md-button", tekst: "Vorige stap" });
const volgende = el("button", { type: "submit", class: "md-button md-button--primary", tekst: "Volgende stap" });
const uitkomst = el("section", { class: "rekenhulp-uitkomst", "aria-labelledby": "rekenhulp-uitkomst-titel", hidden: true });
form.append(voortgang, titel, vragen, el("div", { class: "rekenhulp-knoppen" }, vorige, volgende));
wortel.append(live, samenvatting, form, uitkomst);

const blokken = STAPPEN.map((stap) => {
  const blok = el("div", { class: "rekenhulp-stap", hidden: true });
  for (const naam of stap.velden) blok.append(vraag(veldVan.get(naam)));
  vragen.append(blok);
  return blok;
});

let huidig = 0;
function toonStap(n, focus = true) {
  huidig = n;
  blokken.forEach((b, i) => { b.hidden = i !== n; });
  const stap = STAPPEN[n];
  titel.textContent = `Stap ${n + 1} van ${STAPPEN.length}: ${stap.titel}`;
  voortgang.textContent = `Vragen over: ${STAPPEN.map((s) => s.titel).join(" → ")}`;
  vorige.hidden = n === 0;
  volgende.textContent = n === STAPPEN.length - 1 ? "Bekijk de uitkomst" : "Volgende stap";
  live.textContent = titel.textContent;
  if (focus) titel.focus();
}

vorige.addEventListener("click", () => { toonFouten({}); toonStap(Math.max(0, huidig - 1)); });
form.addEventListener("submit", (ev) => {
  ev.preventDefault();
  const fouten = foutenVanStap(STAPPEN[huidig]);
  toonFouten(fouten);
  if (Object.keys(fouten).length) return;
  if (huidig < STAPPEN.length - 1) { toonStap(huidig + 1); return; }
  bereken();
});

// -- De uitkomst: wat eruit komt, waarom (in de volgorde van de route), en wat het SWT nog beoordeelt

function lijstOfTekst(w) {
  return Array.isArray(w) ? w.filter((x) => x !== null && x !== "") : w === null || w === undefined ? [] : [w];
}

/** Wat het SWT nog moet beoordelen: de open punten die de regels noemen, en bij een oordeel van het SWT
 * met een advies uit de regels (zoals de intensiteit en bijlage B2) dat advies, naast uw keuze. */
function nogTeBeoordelen(alle, waarden, gegeven) {
  const punten = [];
  for (const naam of GEGEVENS.open || []) if (naam in gegeven) for (const p of lijstOfTekst(gegeven[naam])) punten.push(tekst(p));
  for (const [oordeel, advies] of Object.entries(GEGEVENS.advies || {})) {
    if (!(advies in gegeven) || gegeven[advies] === null) continue;
    const uitleg = (UITVOER.find((u) => u.naam === advies) || {}).uitleg || "Dit is een advies; het SWT beslist.";
    const keuze = oordeel in alle ? `u koos ${tekst(waarden.get(oordeel))}` : "u koos “Weet ik niet”";
    punten.push(`${hoofdletter(oordeel)}: ${keuze}. Dit beoordeelt het SWT in het gesprek met u. ` +
      `Advies: ${tekst(waarden.get(advies))}. ${uitleg}`);
  }
  return punten;
}

/** De oordelen van het SWT die u openliet ("Weet ik niet"): het SWT vult ze in het gesprek in. */
function opengelaten(alle) {
  return VELDEN.filter((v) => v.oordeel && !(v.naam in alle) && !((GEGEVENS.advies || {})[v.naam])).map((v) => hoofdletter(v.naam));
}

function bereken() {
  const alle = casus(VELDEN.map((v) => v.naam));
  let resultaat, waarden;
  try {
    resultaat = beslis(alle);
    waarden = beslisWaarden(leesCasus(alle)).waarden;
  } catch (e) {
    if (e instanceof OngeldigeInvoer) { toonFouten(e.fouten); return; }
    if (e instanceof GeenBeslissing) { toonFouten({ "(regels)": `De rekenhulp kan hier geen uitkomst geven: ${e.message}. Het SWT beoordeelt uw situatie.` }); return; }
    throw e;
  }
  // Alleen wat van toepassing is: een uitkomst die ontbreekt in het resultaat, geldt hier niet.
  const gegeven = resultaat.uitkomst;
  const kern = (GEGEVENS.uitkomsten || []).filter((n) => n in gegeven && gegeven[n] !== null);
  const dl = el("dl", { class: "rekenhulp-kern" });
  for (const naam of kern) dl.append(el("dt", { tekst: hoofdletter(naam) }), el("dd", { "data-uitkomst": naam, tekst: tekst(waarden.get(naam)) }));
  const open = nogTeBeoordelen(alle, waarden, gegeven);
  const leeg = opengelaten(alle);
  const waarom = el("ol", { class: "rekenhulp-uitleg" });
  for (const zin of resultaat.uitleg) waarom.append(el("li", { tekst: zin }));
  const alleUitkomsten = el("dl", { class: "rekenhulp-alle" });
  for (const u of UITVOER) {
    if (!(u.naam in gegeven)) continue;
    const w = waarden.get(u.naam);
    alleUitkomsten.append(el("dt", { tekst: hoofdletter(u.naam) }), el("dd", { tekst: w === null ? "nog open: het SWT beoordeelt dit" : tekst(w) }));
  }
  uitkomst.replaceChildren(...[
    el("h2", { id: "rekenhulp-uitkomst-titel", tabindex: "-1", tekst: "Uw uitkomst (een indicatie)" }),
    el("p", { class: "rekenhulp-let-op", tekst: "Dit is een indicatie, geen besluit. Het Sociaal Wijkteam (SWT) beslist, na een gesprek met u." }),
    dl,
    el("h3", { tekst: "Wat het SWT nog moet beoordelen" }),
    open.length ? el("ul", { class: "rekenhulp-open" }, ...open.map((p) => el("li", { tekst: p })))
      : el("p", { tekst: "Volgens uw antwoorden niets extra. Het SWT kijkt wel altijd naar uw hele situatie." }),
    leeg.length ? el("p", { tekst: `U koos “Weet ik niet” bij: ${leeg.join("; ")}. Het SWT beoordeelt dit in het gesprek met u.` }) : null,
    el("h3", { tekst: "Waarom: stap voor stap" }),
    waarom,
    el("details", {}, el("summary", { tekst: "Alle uitkomsten" }), alleUitkomsten),
    el("p", {}, el("button", { type: "button", class: "md-button", id: "rekenhulp-opnieuw", tekst: "Antwoorden aanpassen" })),
  ].filter(Boolean));
  uitkomst.hidden = false;
  form.hidden = true;
  uitkomst.querySelector("#rekenhulp-opnieuw").addEventListener("click", () => {
    uitkomst.hidden = true;
    form.hidden = false;
    toonStap(0);
  });
  live.textContent = `Uitkomst: ${kern.map((n) => `${n}: ${tekst(waarden.get(n))}`).join("; ")}. Dit is een indicatie; het SWT beslist.`;
  uitkomst.querySelector("h2").focus();
}

toonStap(0, false);
