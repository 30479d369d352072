"""The rekenhulp "Welk arrangement past bij mij?": a page for citizens that asks the invoer per step of
the route, with the help text from the regels, and decides in the browser with the generated ES module
(compiler/backends/js): offline, without a server, nothing leaves the page.

Input: the checked Models and the Site (the steps of project.yml). Output: the view of the page for
templates/docs/rekenhulp.md.jinja; its script (templates/docs/rekenhulp.js) and style
(templates/docs/rekenhulp.css) are fixed files. Every text reaches the script as JSON data inside the
page (escape.js_json), never as code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compiler.backends.docs.stappen import RegelsetDef, group_steps, table_dependencies
from compiler.backends.js import module as js_module
from compiler.midden.model import Model

MAP = "rekenhulp"
PAGE = f"{MAP}/index.md"
SCRIPT = f"{MAP}/rekenhulp.js"
STYLE = f"{MAP}/rekenhulp.css"
TITLE = "Welk arrangement past bij mij?"


@dataclass(frozen=True)
class Rekenhulp:
    regelset: str
    document: str
    module: str                      # the ES module, relative to the page
    gegevens: dict[str, Any]         # what the script reads (as JSON): the steps and their questions


def stappen(model: Model, definition: RegelsetDef) -> list[dict[str, Any]]:
    """Per step of the route (in route order) the invoer it asks first; what no table reads comes last."""
    steps = group_steps(model, model.regelset.slug, definition)
    gevraagd: set[str] = set()
    uit = []
    for step in steps:
        velden = []
        for table in step.tables:
            for naam in table_dependencies(model, table)[0]:
                if naam not in gevraagd:
                    gevraagd.add(naam)
                    velden.append(naam)
        if velden:
            uit.append({"titel": step.title, "velden": velden})
    rest = [d.name for d in model.regelset.invoer if d.name not in gevraagd]
    if rest:
        uit.append({"titel": "Overige vragen", "velden": rest})
    return uit


def _names(raw: Any) -> list[str]:
    if isinstance(raw, str):
        return [raw]
    return [str(x) for x in raw] if isinstance(raw, list) else []


def instellingen(model: Model, settings: dict[str, Any]) -> dict[str, Any]:
    """regels/project.yml `rekenhulp.<regelset>`: the outcomes shown first, the outcomes that name open
    points, and per SWT judgement (invoer) the outcome that advises on it. Only names the rules know."""
    raw = settings.get("rekenhulp") if isinstance(settings, dict) else None
    raw = raw.get(model.regelset.slug) if isinstance(raw, dict) else None
    raw = raw if isinstance(raw, dict) else {}
    outputs = set(model.output_names)
    inputs = {d.name for d in model.regelset.invoer}
    advies = raw.get("advies") if isinstance(raw.get("advies"), dict) else {}
    return {"uitkomsten": [n for n in _names(raw.get("uitkomsten")) if n in outputs],
            "open": [n for n in _names(raw.get("open punten")) if n in outputs],
            "advies": {str(k): str(v) for k, v in advies.items() if str(k) in inputs and str(v) in outputs}}


def view(models: list[Model], regelsets: dict[str, RegelsetDef], settings: dict[str, Any]) -> Rekenhulp | None:
    """The rekenhulp of the first regelset the JavaScript backend can compute exactly; None when none can
    (then the site has no rekenhulp, rather than one that might differ from the rules)."""
    for model in models:
        if not js_module.uitdrukbaar(model):
            continue
        rs = model.regelset
        gegevens = {"stappen": stappen(model, regelsets.get(rs.slug, RegelsetDef())), **instellingen(model, settings)}
        return Rekenhulp(rs.header.name, rs.header.document, "./" + Path(js_module.pad(model)).name, gegevens)
    return None
