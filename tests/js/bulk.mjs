// Differentiële test in bulk: één Node-proces over alle casussen (JSONL-bestanden, in volgorde).
// Per casus één regel: een SHA-1 van de canonieke tekst (uitkomst per uitvoer in de volgorde van UITVOER
// en de rijen per tabel, of de fouten), of voor elke <volledig-elke>-de populatiecasus en elk voorbeeld
// (index >= <aantal-populatie>) het volledige antwoord als JSON (zoals vergelijk.mjs).
// Gebruik: node tests/js/bulk.mjs <module.js> <uitvoer.txt> <volledig-elke> <aantal-populatie> <casussen.jsonl>...
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, writeSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePad, uitvoer, elkeTekst, populatieTekst, ...bestanden] = process.argv.slice(2);
const elke = Number(elkeTekst), populatie = Number(populatieTekst);
const m = await import(pathToFileURL(modulePad).href);

function* regels(pad) {   // regel voor regel, in blokken van 8 MB gelezen
  const fd = openSync(pad, "r"), buf = Buffer.alloc(8 << 20);
  let rest = "";
  for (;;) {
    const n = readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    const stuk = rest + buf.toString("utf8", 0, n);
    const delen = stuk.split("\n");
    rest = delen.pop();
    yield* delen;
  }
  closeSync(fd);
  if (rest) yield rest;
}

const sha1 = (t) => createHash("sha1").update(t, "utf8").digest("hex");
const gesorteerd = (o) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));

function kort(casus) {
  try {
    const { waarden, beslissingen } = m.beslisWaarden(m.leesCasus(casus));
    const uit = m.UITVOER.map((u) => JSON.stringify(m.naarJson(waarden.get(u.naam))));
    const rijen = beslissingen.map((b) => JSON.stringify(b.rijen));
    return sha1("[[" + uit.join(",") + "],[" + rijen.join(",") + "]]");
  } catch (e) {
    if (e instanceof m.OngeldigeInvoer) return sha1(JSON.stringify({ fouten: gesorteerd(e.fouten) }));
    if (e instanceof m.GeenBeslissing) return sha1(JSON.stringify({ geen: e.message }));
    throw e;
  }
}

function volledig(casus) {
  try {
    return JSON.stringify({ ok: m.beslis(casus) });
  } catch (e) {
    if (e instanceof m.OngeldigeInvoer) return JSON.stringify({ fouten: e.fouten });
    if (e instanceof m.GeenBeslissing) return JSON.stringify({ geen: e.message });
    throw e;
  }
}

const fd = openSync(uitvoer, "w");
let blok = [], i = 0;
for (const pad of bestanden) {
  for (const regel of regels(pad)) {
    if (!regel) continue;
    const casus = JSON.parse(regel);
    blok.push(i >= populatie || i % elke === 0 ? volledig(casus) : kort(casus));
    i += 1;
    if (blok.length === 2000) { writeSync(fd, blok.join("\n") + "\n"); blok = []; }
  }
}
if (blok.length) writeSync(fd, blok.join("\n") + "\n");
closeSync(fd);
