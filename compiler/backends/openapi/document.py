"""API backend: checked Models → generated/openapi.json and, per regelset, generated/<naam>.regelset.json.

The OpenAPI 3.1 document is the contract of `regels serveer`: the case and outcome schemas come
from the regels' own types (keuzelijsten as enums, ranges as minimum/maximum, help texts as
Dutch descriptions). The .regelset.json beside each generated module is what the server needs
besides the module: the inputs, outcomes and tables with their bron and positions, and the
hashes of the sources for the receipt (ontvangstbewijs) — computed here, at build time, so the
server never reads or parses regels/.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from pathlib import Path
from typing import Any

from compiler import ast
from compiler.backends.python.names import Namer
from compiler.midden import tijd
from compiler.midden.model import Model
from compiler.semantiek.runtime import naar_json

MARKER = "Gegenereerd door `regels bouw`"
API_VERSIE = "1"
# A sentence of the normative text that says what this beleidsregel replaced (or withdrew).
_VOORGANGER = re.compile(r"[^.\n]*\b(?:ingetrokken|vervangt|vervalt)\b[^.\n]*\.")


def _dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _sha256(paths: list[Path], root: Path) -> str:
    """One hash over files: each relative path and its bytes, in sorted order; "sha256:<hex>"."""
    h = hashlib.sha256()
    for path in sorted(paths, key=lambda p: p.relative_to(root).as_posix()):
        h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return "sha256:" + h.hexdigest()


def module_naam(model: Model) -> str:
    """The name of the regelset's module in generated/ (and of its .regelset.json)."""
    return Namer()(model.regelset.slug)


def _datum(lit: ast.Lit | None) -> str | None:
    return lit.value.isoformat() if lit is not None and isinstance(lit.value, datetime.date) else None


# -- Types as JSON Schema (2020-12, as OpenAPI 3.1 uses it)

def schema_of(t: ast.Type, model: Model, optional: bool, description: str = "") -> dict:
    kind = t.kind
    if kind == "janee":
        s: dict[str, Any] = {"type": "boolean"}
    elif kind == "getal":
        s = {"type": "integer"}
        if t.lo is not None:
            s["minimum"] = t.lo.value
        if t.hi is not None:
            s["maximum"] = t.hi.value
    elif kind == "bedrag":
        s = {"type": "string", "pattern": r"^-?[0-9]+([.,][0-9]+)?$"}
    elif kind == "datum":
        s = {"type": "string", "format": "date"}
        extra = [f"vanaf {t.lo.text}" if t.lo is not None else "", f"tot en met {t.hi.text}" if t.hi is not None else ""]
        extra = [e for e in extra if e]
        if extra:
            description = (description + " " if description else "") + f"Toegestaan: {' en '.join(extra)}."
    elif kind == "duur":
        s = {"$ref": "#/components/schemas/Duur"}
    elif kind == "tekst":
        s = {"type": "string"}
    elif kind == "keuze":
        s = {"type": "string", "enum": list(model.enums[t.enum].names)}
    elif kind == "verzameling":
        s = {"type": "array", "uniqueItems": True, "items": {"type": "string", "enum": list(model.enums[t.enum].names)}}
    elif kind == "lijst":
        s = {"type": "array", "items": schema_of(t.element(), model, False)}
    else:
        s = {}
    if optional:
        s = {"anyOf": [s, {"type": "null"}]} if "$ref" in s or "anyOf" in s else \
            {**s, "type": [s["type"], "null"]} if "type" in s else s
        if "enum" in s:
            s["enum"] = s["enum"] + [None]
    if description:
        s = {**s, "description": description}
    return s


def _enum_text(model: Model, t: ast.Type) -> str:
    if t.kind not in ("keuze", "verzameling") or t.enum not in model.enums:
        return ""
    parts = [f"‘{v.name}’: {v.description}" if v.description else f"‘{v.name}’" for v in model.enums[t.enum].values]
    return " Waarden: " + "; ".join(parts)


def _invoer_description(model: Model, d: ast.Decl) -> str:
    text = d.description or d.name
    if d.oordeel and not text.startswith("Oordeel van het SWT"):
        text = "Oordeel van het SWT. " + text
    if d.optional:
        text += " Mag ontbreken of null zijn (onbekend)."
    return text + _enum_text(model, d.type)


def casus_schema(model: Model) -> dict:
    props = {d.name: schema_of(d.type, model, d.optional, _invoer_description(model, d)) for d in model.regelset.invoer}
    return {
        "type": "object",
        "title": f"Casus voor {model.regelset.header.name}",
        "description": "De invoer van één casus, met de Nederlandse veldnamen uit de regels. "
                       "Verplichte velden staan onder required; onbekende velden zijn een fout.",
        "properties": props,
        "required": [d.name for d in model.regelset.invoer if not d.optional],
        "additionalProperties": False,
    }


def uitkomst_schema(model: Model) -> dict:
    props = {}
    for name in model.output_names:
        props[name] = schema_of(model.types[name], model, True, model.descriptions.get(name) or name)
    return {"type": "object", "title": f"Uitkomst van {model.regelset.header.name}",
            "description": "Elke uitkomst en elke afgeleide waarde die van toepassing is; null is onbekend. "
                           "Een uitkomst die niet van toepassing is (zoals de duur bij een afwijzing), ontbreekt.",
            "properties": props, "additionalProperties": False}


# -- The description of a regelset (served by GET /regelsets/{naam}, and read for the receipt)

def _bron(model: Model, refs) -> list[dict]:
    paragraphs = model.paragraphs or {}
    out = []
    for b in refs:
        p = paragraphs.get(b.anchor)
        out.append({"paragraaf": model.bron_label(b), "anker": b.anchor,
                    "document": p.file if p is not None else None})
    return out


def _tabel(model: Model, table: ast.Table) -> dict:
    bt = table
    rows = []
    for row in bt.rows:
        rows.append({
            "rij": row.number,
            "id": f"{bt.name}#{row.number}",
            "positie": {"bestand": row.span.file, "regel": row.span.line, "kolom": row.span.column},
            "voorwaarden": [c.text for c in row.conditions],
            "uitkomsten": [c.text for c in row.conclusions],
            "bron": _bron(model, row.bron or bt.bron),
        })
    return {
        "naam": bt.name, "soort": "kruistabel" if table.kruis is not None else "beslistabel",
        "hit": bt.hit, "positie": {"bestand": bt.span.file, "regel": bt.span.line, "kolom": bt.span.column},
        "bron": _bron(model, bt.bron), "citaten": [c.text for c in bt.citaat], "toelichting": bt.toelichting,
        "invoer": [c.name for c in bt.inputs], "uitkomsten": [c.name for c in bt.outputs], "rijen": rows,
    }


def _soort(model: Model, t: ast.Type) -> dict:
    out: dict[str, Any] = {"soort": t.kind}
    if t.enum:
        out["keuzelijst"] = t.enum
        out["waarden"] = [{"waarde": v.name, "omschrijving": v.description} for v in model.enums[t.enum].values] \
            if t.enum in model.enums else []
    if t.lo is not None:
        out["minimum"] = naar_json(t.lo.value)
    if t.hi is not None:
        out["maximum"] = naar_json(t.hi.value)
    return out


def beschrijving(model: Model, project, module: str) -> dict:
    rs = model.regelset
    root = project.root
    regels_files = [root / f for f in rs.files]
    bron_dir = project.regels / "bron"
    # The source text as the rules read it: regels/bron/*.md and the text per period (vanaf-JJJJ-MM-DD/).
    bron_files = sorted([*bron_dir.glob("*.md"), *bron_dir.glob("vanaf-*/*.md")]) if bron_dir.is_dir() else []
    voorgangers = []
    for anchor, p in (model.paragraphs or {}).items():
        if p.file.endswith("beleidsregel.md"):
            for m in _VOORGANGER.finditer(p.text):
                voorgangers.append({"citaat": m.group(0).strip(), "paragraaf": p.label, "anker": anchor})
    return {
        "x-gegenereerd": f"{MARKER} uit {', '.join(rs.files)} en regels/bron/; niet met de hand bewerken.",
        "naam": rs.slug, "regelset": rs.header.name, "document": rs.header.document,
        "toelichting": rs.header.toelichting, "module": f"generated/{module}.py",
        # [vanaf, tot): `tot` is the first day on which these rules no longer apply (runtime.in_periode);
        # grenzen: the days inside it on which some rule starts or stops (the receipt's versie).
        "geldig": {"vanaf": _datum(rs.header.geldig_vanaf), "tot": _datum(rs.header.geldig_tot),
                   "vanaf_tekst": rs.header.geldig_vanaf.text if rs.header.geldig_vanaf else None,
                   "tot_tekst": rs.header.geldig_tot.text if rs.header.geldig_tot else None,
                   "grenzen": [d.isoformat() for d in tijd.grenzen(rs)]},
        "voorganger": voorgangers,
        "bronnen": {
            "regels": _sha256(regels_files, root),
            "brontekst": _sha256(bron_files, root) if bron_files else None,
            "bestanden": [project.rel(p) for p in regels_files + bron_files],
        },
        "invoer": [{"naam": d.name, **_soort(model, d.type), "optioneel": d.optional, "oordeel_swt": d.oordeel,
                    "omschrijving": d.description} for d in rs.invoer],
        "uitkomsten": [{"naam": n, **_soort(model, model.types[n]), "omschrijving": model.descriptions.get(n, "")}
                       for n in model.output_names],
        "tabellen": [_tabel(model, t) for t in model.tables()],
    }


# -- The OpenAPI document

def _problem_schema() -> dict:
    return {
        "type": "object",
        "description": "Een fout volgens RFC 9457 (application/problem+json), in het Nederlands.",
        "properties": {
            "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
            "detail": {"type": "string"}, "instance": {"type": "string"},
            "fouten": {"type": "object", "additionalProperties": {"type": "string"},
                       "description": "Per fout veld de reden, dezelfde tekst als `regels beslis` geeft."},
        },
        "required": ["type", "title", "status", "detail"],
    }


def _ontvangstbewijs_schema() -> dict:
    """The receipt as compiler/toepassingen/ontvangstbewijs.py builds it (the same for the CLI and the API)."""
    periode = {"type": "object", "required": ["vanaf", "tot"], "properties": {
        "vanaf": {"type": ["string", "null"], "format": "date"},
        "tot": {"type": ["string", "null"], "format": "date",
                "description": "De eerste dag waarop deze regels níet meer gelden (null: geen einddatum)."}}}
    bron = {"type": "object", "required": ["paragraaf", "anker"], "properties": {
        "paragraaf": {"type": "string"}, "anker": {"type": "string"}, "document": {"type": ["string", "null"]}}}
    stap = {"type": "object", "required": ["tabel", "rij", "rij_id", "plaats", "bron"], "properties": {
        "tabel": {"type": "string"}, "rij": {"type": "integer"}, "rij_id": {"type": "string"},
        "plaats": {"type": "string", "description": "bestand:regel:kolom van de rij in de .regels-bestanden"},
        "bron": {"type": "array", "items": bron}}}
    return {
        "type": "object",
        "description": "Het bewijs bij een beslissing: welke regels (met hun geldigheid en versie, en als hash) "
                       "op welke peildatum zijn toegepast op welke casus, met welke uitkomst, en per toegepaste "
                       "rij de tabel, de plek in de .regels-bestanden en de paragraaf. `regels herbereken` "
                       "beslist er opnieuw over met de regels van nu.",
        "required": ["soort", "versie", "regelset", "peildatum", "peildatum_gekozen", "hash", "casus", "uitkomst",
                     "stappen"],
        "properties": {
            "soort": {"const": "ontvangstbewijs"}, "versie": {"type": "integer"},
            "regelset": {"type": "object", "required": ["naam", "slug", "geldig", "versie"], "properties": {
                "naam": {"type": "string"}, "slug": {"type": "string"}, "document": {"type": ["string", "null"]},
                "geldig": periode,
                "versie": {**periode, "description": "De periode rond de peildatum waarin geen regel verandert."}}},
            "peildatum": {"type": "string", "format": "date"},
            "peildatum_gekozen": {"type": "string", "enum": ["gegeven", "casus", "vandaag"]},
            "hash": {"type": "object", "required": ["regels", "bron"], "properties": {
                "regels": {"type": "string"}, "bron": {"type": ["string", "null"]},
                "bestanden": {"type": "array", "items": {"type": "string"}}}},
            "module": {"type": "string"},
            "casus": {"type": "object"}, "uitkomst": {"type": "object"},
            "stappen": {"type": "array", "items": stap},
        },
    }


def openapi(models: list[Model], modules: dict[str, str]) -> dict:
    schemas: dict[str, Any] = {
        "Duur": {"oneOf": [
            {"type": "object", "properties": {"maanden": {"type": "integer"}}, "required": ["maanden"],
             "additionalProperties": False},
            {"type": "object", "properties": {"jaren": {"type": "integer"}}, "required": ["jaren"],
             "additionalProperties": False}],
            "description": "Een duur in hele maanden of jaren, bijvoorbeeld {\"maanden\": 6} of {\"jaren\": 1}."},
        "Probleem": _problem_schema(),
        "Ontvangstbewijs": _ontvangstbewijs_schema(),
    }
    casus_refs, uitkomst_refs = [], []
    for model in models:
        c = Namer()(model.regelset.slug).title().replace("_", "")
        schemas[f"Casus{c}"] = casus_schema(model)
        schemas[f"Uitkomst{c}"] = uitkomst_schema(model)
        casus_refs.append({"$ref": f"#/components/schemas/Casus{c}"})
        uitkomst_refs.append({"$ref": f"#/components/schemas/Uitkomst{c}"})
    casus = casus_refs[0] if len(casus_refs) == 1 else {"anyOf": casus_refs}
    uitkomst = uitkomst_refs[0] if len(uitkomst_refs) == 1 else {"anyOf": uitkomst_refs}
    slugs = [m.regelset.slug for m in models]
    schemas["Aanvraag"] = {
        "type": "object", "additionalProperties": False, "required": ["casus"],
        "properties": {
            "casus": casus,
            "peildatum": {"type": "string", "format": "date",
                          "description": "De datum waarvan de regels gelden (niet de ingangsdatum van de "
                                         "ondersteuning). Zonder peildatum: vandaag (Europe/Amsterdam)."},
            "regelset": {"type": "string", "enum": slugs,
                         "description": "Welke regelset; alleen nodig als er meer zijn."},
            "uitleg": {"type": "boolean", "description": "Ook de uitleg stap voor stap, in B1-Nederlands."},
            "motivering": {"type": "boolean",
                           "description": "Ook een motivering om in een beschikking te plakken (als `regels beslis "
                                          "--motivering`)."},
            "waarom_niet": {"type": "string", "minLength": 1,
                            "description": "Een uitkomst die u had willen zien: welke kleinste wijziging van de "
                                           "invoer had die gegeven? (als `regels beslis --waarom-niet`; de zoektocht "
                                           "duurt hoogstens 2 seconden). Een waarde die geen tabel kan geven, is "
                                           "een fout (422) met ‘bedoelde u …?’."},
        },
    }
    schemas["Beslissing"] = {
        "type": "object", "required": ["regelset", "uitkomst", "beslissingen", "ontvangstbewijs"],
        "properties": {
            "regelset": {"type": "string"}, "uitkomst": uitkomst,
            "beslissingen": {"type": "array", "items": {"type": "object", "required": ["tabel", "uitkomst", "rijen", "bron"],
                                                        "properties": {"tabel": {"type": "string"},
                                                                       "uitkomst": {"type": "object"},
                                                                       "rijen": {"type": "array", "items": {"type": "integer"}},
                                                                       "bron": {"type": "array", "items": {"type": "string"}}}}},
            "uitleg": {"type": "array", "items": {"type": "string"}},
            "motivering": {"type": "string"},
            "waarom_niet": {"type": "object", "required": ["doel", "uitkomst", "mogelijk", "volledig", "wijzigingen"],
                            "properties": {
                                "doel": {"type": "string"}, "uitkomst": {"type": "string"},
                                "mogelijk": {"type": "boolean"},
                                "volledig": {"type": "boolean",
                                             "description": "false: de tijd was op voordat alles geprobeerd was."},
                                "tijd_seconden": {"type": "number"},
                                "wijzigingen": {"type": "array", "items": {"type": "array", "items": {
                                    "type": "object", "required": ["invoer", "was", "wordt"],
                                    "properties": {"invoer": {"type": "string"}, "was": {}, "wordt": {}}}}}}},
            "ontvangstbewijs": {"$ref": "#/components/schemas/Ontvangstbewijs"},
        },
    }
    schemas["BatchRegel"] = {
        "type": "object", "required": ["regel", "status"],
        "description": "Eén regel van het antwoord op /beslis/batch: per ingestuurde regel precies één, in dezelfde volgorde.",
        "properties": {"regel": {"type": "integer"}, "status": {"type": "string", "enum": ["ok", "fout"]},
                       "uitkomst": uitkomst, "uitleg": {"type": "array", "items": {"type": "string"}},
                       "motivering": {"type": "string"},
                       "waarom_niet": schemas["Beslissing"]["properties"]["waarom_niet"],
                       "ontvangstbewijs": {"$ref": "#/components/schemas/Ontvangstbewijs"},
                       "fouten": {"type": "object", "additionalProperties": {"type": "string"}}},
    }

    def problems(*codes: int) -> dict:
        text = {400: "De aanvraag is geen geldige JSON of heeft een verkeerde vorm.",
                404: "Niet gevonden.", 408: "De body kwam niet binnen de tijdslimiet binnen.",
                413: "De aanvraag is te groot (body of aantal casussen).",
                415: "Verkeerd Content-Type.",
                501: "Motivering en waarom-niet zijn niet beschikbaar: de regels staan niet naast generated/.",
                503: "De regels zijn niet te lezen of veranderd sinds de bouw, of de dienst is te lang bezet met "
                     "motiveringen en waarom-niet-vragen; probeer het opnieuw.",
                422: "De casus is niet volledig of niet juist, of de peildatum valt buiten de geldigheid; er is niets beslist."}
        return {str(c): {"description": text[c], "content": {"application/problem+json": {
            "schema": {"$ref": "#/components/schemas/Probleem"}}}} for c in codes}

    naam = {"name": "naam", "in": "path", "required": True, "schema": {"type": "string"},
            "description": "De naam van de regelset (de map onder regels/)."}
    query = [
        {"name": "peildatum", "in": "query", "required": False, "schema": {"type": "string", "format": "date"},
         "description": "De datum waarvan de regels gelden; standaard vandaag."},
        {"name": "regelset", "in": "query", "required": False, "schema": {"type": "string", "enum": slugs}},
    ]
    json_ok = lambda ref, d: {"200": {"description": d, "content": {"application/json": {"schema": ref}}}}  # noqa: E731
    paths = {
        "/beslis": {"post": {
            "operationId": "beslis", "summary": "Beslis over één casus",
            "description": "Beslist met de gegenereerde module; het antwoord heeft dezelfde vorm als "
                           "`regels beslis --json`, met een ontvangstbewijs erbij.",
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Aanvraag"}}}},
            "responses": {**json_ok({"$ref": "#/components/schemas/Beslissing"}, "De beslissing."),
                          **problems(400, 408, 413, 415, 422, 501, 503)}}},
        "/beslis/batch": {"post": {
            "operationId": "beslisBatch", "summary": "Beslis over veel casussen (JSON Lines)",
            "description": "Eén casus per regel (application/x-ndjson) in; per regel precies één antwoordregel uit, "
                           "gestreamd en in dezelfde volgorde: de uitkomst met ontvangstbewijs, of per veld de fout. "
                           "Er valt nooit een casus weg.",
            "parameters": query + [
                {"name": "uitleg", "in": "query", "required": False, "schema": {"type": "boolean"},
                 "description": "Per casus ook de uitleg stap voor stap, in B1-Nederlands."},
                {"name": "motivering", "in": "query", "required": False, "schema": {"type": "boolean"},
                 "description": "Per casus ook een motivering om in een beschikking te plakken."},
                {"name": "waarom_niet", "in": "query", "required": False, "schema": {"type": "string", "minLength": 1},
                 "description": "Een uitkomst die u had willen zien: per casus de kleinste wijziging van de invoer "
                                "die haar had gegeven (hoogstens 2 seconden per casus; de tijdslimiet van de "
                                "aanvraag geldt voor de hele batch)."}],
            "requestBody": {"required": True, "content": {"application/x-ndjson": {
                "schema": {"type": "array", "items": casus}}}},
            "responses": {"200": {"description": "Eén JSON-object per regel.", "content": {"application/x-ndjson": {
                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/BatchRegel"}}}}},
                **problems(400, 408, 413, 415, 422, 501, 503)}}},
        "/regelsets": {"get": {"operationId": "regelsets", "summary": "De regelsets van deze dienst",
                               "responses": json_ok({"type": "array", "items": {"type": "object"}}, "De regelsets.")}},
        "/regelsets/{naam}": {"get": {"operationId": "regelset", "summary": "Eén regelset: geldigheid, invoer, uitkomsten",
                                      "parameters": [naam],
                                      "responses": {**json_ok({"type": "object"}, "De regelset."), **problems(404)}}},
        "/regelsets/{naam}/tabellen/{tabel}": {"get": {
            "operationId": "tabel", "summary": "Eén tabel met zijn rijen en bron",
            "parameters": [naam, {"name": "tabel", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {**json_ok({"type": "object"}, "De tabel."), **problems(404)}}},
    }
    names = ", ".join(m.regelset.header.name for m in models)
    return {
        "openapi": "3.1.0",
        "x-gegenereerd": f"{MARKER} uit regels/; niet met de hand bewerken.",
        "info": {"title": f"Regels als code: {names}", "version": API_VERSIE,
                 "description": "Beslissingen uit de gegenereerde regels, met een ontvangstbewijs. "
                                "Fouten zijn application/problem+json (RFC 9457), in het Nederlands."},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def generate(models: list[Model], project) -> dict[str, str]:
    files: dict[str, str] = {}
    modules = {}
    for model in models:
        module = module_naam(model)
        modules[model.regelset.slug] = module
        files[f"generated/{module}.regelset.json"] = _dump(beschrijving(model, project, module))
    if models:
        files["generated/openapi.json"] = _dump(openapi(models, modules))
    return files
