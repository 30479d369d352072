"""The JavaScript backend: a checked Model's decision IR → docs/rekenhulp/<regelset>.js, an ES module.

The module holds the IR as data (JSON, every text from the regels through escape.js_json: no `<`, `>`,
`&` or line separator survives, never pasted into code) and one small evaluator with the meaning of a table as in
semantiek/runtime.py (voldoet, hitregel, spoor) and the reference interpreter. No runtime
dependencies; it runs in the browser offline and in Node. Money is exact: a bedrag is a scaled
integer (BigInt coefficient and decimal exponent), as Python's Decimal; no float ever.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from compiler import ast, ir
from compiler.backends.docs.escape import js_json
from compiler.semantiek.route import rang
from compiler.semantiek.runtime import Duur
from compiler.semantiek.uitleg import templates as uitleg_templates

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates" / "js"
MARKER = "Gegenereerd door `regels bouw`"


class NietUitTeDrukken(ValueError):
    """Something in the regels the JavaScript backend cannot compute exactly (named in Dutch)."""


def waarde(v: Any) -> Any:
    """A runtime value as tagged JSON data (the module's `lees()` turns it back)."""
    if v is None or isinstance(v, (bool, int, str)):
        return v.value if hasattr(v, "value") and not isinstance(v, (bool, int)) else v
    if isinstance(v, Decimal):
        return {"bedrag": str(v)}
    if isinstance(v, datetime.date):
        return {"datum": v.isoformat()}
    if isinstance(v, Duur):
        return {"duur": v.maanden}
    if isinstance(v, (frozenset, set)):
        return {"verzameling": sorted(waarde(x) for x in v)}
    raise NietUitTeDrukken(f"waarde van soort {type(v).__name__} kan niet naar JavaScript")


def expr(e: ast.Expr | None) -> Any:
    """An expression as a JSON tree."""
    if e is None:
        return None
    if isinstance(e, ast.ELit):
        return {"waarde": waarde(e.lit.value)}
    if isinstance(e, ast.ERef):
        return {"naam": e.name}
    if isinstance(e, ast.EUnknown):
        return {"onbekend": True}
    if isinstance(e, ast.ENot):
        return {"niet": expr(e.operand)}
    if isinstance(e, ast.EIf):
        return {"als": expr(e.condition), "dan": expr(e.then), "anders": expr(e.otherwise)}
    if isinstance(e, ast.ECall):
        return {"functie": e.function, "args": [expr(a) for a in e.args]}
    if isinstance(e, ast.EBin):
        return {"op": e.op, "links": expr(e.left), "rechts": expr(e.right)}
    raise NietUitTeDrukken(type(e).__name__)


def _voorwaarde(v: ir.Voorwaarde | None) -> Any:
    if v is None:
        return None
    out: dict[str, Any] = {"tests": [[t.op, waarde(t.value), waarde(t.upper)] for t in v.tests]}
    if v.negated:
        out["niet"] = True
    return out


def _uitkomst(u: ir.Uitkomst) -> Any:
    return {"reken": expr(u.expr)} if u.expr is not None else {"waarde": waarde(u.value)}


def _tabel(t: ir.Tabel) -> dict:
    return {
        "soort": "tabel", "naam": t.name, "hit": t.hit,
        "invoer": [k.name for k in t.inputs], "uitvoer": [k.name for k in t.outputs],
        "bron": list(t.bron), "onbekendInOnbekendUit": t.onbekend_in_onbekend_uit,
        "rijen": [{"nr": r.number, "anders": r.anders, "bron": list(r.bron),
                   "als": [_voorwaarde(v) for v in r.voorwaarden],
                   "dan": [_uitkomst(u) for u in r.uitkomsten]} for r in t.rows],
    }


def _deling(e: Any) -> bool:
    """Does a JSON expression tree divide? (Exact Decimal division is not in the JS runtime.)"""
    if isinstance(e, dict):
        if e.get("op") == "/":
            return True
        return any(_deling(x) for x in e.values())
    if isinstance(e, list):
        return any(_deling(x) for x in e)
    return False


def context(model) -> dict:
    rs = model.regelset
    b = model.beslissingen
    velden = []
    for d in rs.invoer:
        s = model.soorten[d.name]
        velden.append({"naam": d.name, "soort": d.type.kind, "waarden": list(s.waarden),
                       "min": waarde(s.lo), "max": waarde(s.hi), "optioneel": s.optioneel,
                       "uitleg": d.description, "oordeel": d.oordeel})
    stappen = [{"soort": "berekening", "naam": s.name, "reken": expr(s.expr)} if isinstance(s, ir.Berekening)
               else _tabel(s) for s in b.stappen]
    # A table reads best with one row per line: the head, then its rows.
    opgemaakt = [{"kop": js_json(s)} if s["soort"] == "berekening" else
                 {"kop": js_json({k: v for k, v in s.items() if k != "rijen"}), "rijen": [js_json(r) for r in s["rijen"]]}
                 for s in stappen]
    controles = [{"melding": c.message, "reken": expr(c.expr)} for c in rs.controles]
    if _deling(stappen) or _deling(controles):
        raise NietUitTeDrukken("delen (/) kan de JavaScript-rekenhulp nog niet exact; haal de deling "
                               "uit de regels of breid compiler/templates/js uit")
    alle = uitleg_templates(model)
    uitleg: dict[str, dict[str, str]] = {}
    for (naam, rij), text in alle.items():
        if rij is None or text != alle[(naam, None)]:
            uitleg.setdefault(naam, {})["*" if rij is None else str(rij)] = text
    uitvoer = [{"naam": n, "uitleg": _description(rs, n)} for n in model.output_names]
    route = {name: i for i, (name, _) in enumerate(sorted(rang(model).items(), key=lambda kv: kv[1]))}
    return {
        "sources": list(rs.files), "regelset": rs.header.name, "document": rs.header.document,
        "velden": [js_json(v) for v in velden],
        "stappen": opgemaakt,
        "controles": [js_json(c) for c in controles],
        "uitvoer": [js_json(u) for u in uitvoer],
        "uitleg": [(js_json(k), js_json(v)) for k, v in uitleg.items()],
        "route": js_json(route),
        "kop": js_json({"regelset": rs.header.name, "document": rs.header.document}),
    }


def _description(rs, name: str) -> str:
    for d in rs.uitvoer:
        if d.name == name:
            return d.description
    return ""


def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), trim_blocks=True, lstrip_blocks=True,
                       keep_trailing_newline=True, undefined=StrictUndefined, autoescape=False)


def pad(model) -> str:
    return f"docs/rekenhulp/{model.regelset.slug}.js"


def uitdrukbaar(model) -> bool:
    """Can this backend compute the regelset exactly (see NietUitTeDrukken)?"""
    try:
        context(model)
    except NietUitTeDrukken:
        return False
    return True


def generate(models: list, project=None) -> dict[str, str]:
    """docs/rekenhulp/<regelset>.js per regelset; a regelset the JS cannot compute exactly is left out."""
    env = _environment()
    files = {}
    for model in models:
        try:
            ctx = context(model)
        except NietUitTeDrukken:
            continue  # `regels bouw` writes no half module; the rekenhulp page then says it is absent
        files[pad(model)] = env.get_template("regelset.js.jinja").render(**ctx)
    return files
