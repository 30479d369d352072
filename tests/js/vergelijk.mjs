// Differentiële test: lees casussen (JSONL) en schrijf per casus de uitkomst van de JS-module (JSONL).
// Gebruik: node tests/js/vergelijk.mjs <module.js> <casussen.jsonl> <uitvoer.jsonl>
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePad, invoer, uitvoer] = process.argv.slice(2);
const m = await import(pathToFileURL(modulePad).href);
const regels = readFileSync(invoer, "utf8").split("\n").filter((r) => r.length);
const fd = openSync(uitvoer, "w");
let blok = [];
for (const regel of regels) {
  const casus = JSON.parse(regel);
  let antwoord;
  try {
    antwoord = { ok: m.beslis(casus) };
  } catch (e) {
    if (e instanceof m.OngeldigeInvoer) antwoord = { fouten: e.fouten };
    else if (e instanceof m.GeenBeslissing) antwoord = { geen: e.message };
    else throw e;
  }
  blok.push(JSON.stringify(antwoord));
  if (blok.length === 1000) { writeSync(fd, blok.join("\n") + "\n"); blok = []; }
}
if (blok.length) writeSync(fd, blok.join("\n") + "\n");
closeSync(fd);
