"""The rekenhulp page: a checked Model → docs/rekenhulp/index.md and docs/rekenhulp/rekenhulp.js.

The page asks the invoer per step of the route (the steps of the site, site.yml), with the help text
from the regels, and decides in the browser with the generated ES module (module.py): offline, no
server. Every text reaches the page as escaped HTML (Jinja2 autoescape) or as JSON data.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from compiler.backends.docs.site import group_steps, site_data, table_dependencies
from compiler.backends.js.module import TEMPLATES, context, js_json

DOCS_TEMPLATES = TEMPLATES.parent / "docs"
MAP = "rekenhulp"


def stappen(model) -> list[dict]:
    """Per step of the route (in route order) the invoer it asks first; what no table reads comes last."""
    definition = site_data().regelsets.get(model.regelset.slug)
    from compiler.backends.docs.site import RegelsetDef

    steps = group_steps(model, model.regelset.slug, definition or RegelsetDef())
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
            uit.append({"titel": step.title, "nummer": step.number, "velden": velden})
    rest = [d.name for d in model.regelset.invoer if d.name not in gevraagd]
    if rest:
        uit.append({"titel": "Overige vragen", "nummer": len(steps) + 1, "velden": rest})
    return uit


def generate(models: list, project=None) -> dict[str, str]:
    """The page and its script, for the first regelset the JS backend can express."""
    from compiler.backends.js.module import NietUitTeDrukken, pad

    for model in models:
        try:
            context(model)
        except NietUitTeDrukken:
            continue
        env_js = Environment(loader=FileSystemLoader(str(TEMPLATES)), trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True, undefined=StrictUndefined, autoescape=False)
        env_md = Environment(loader=FileSystemLoader(str(DOCS_TEMPLATES)), trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True, undefined=StrictUndefined,
                             autoescape=select_autoescape(default=True, default_for_string=True))
        sources = list(model.regelset.files)
        ui = env_js.get_template("rekenhulp.js.jinja").render(
            sources=sources, module="./" + Path(pad(model)).name, stappen=js_json(stappen(model)))
        page = env_md.get_template("rekenhulp.md.jinja").render(
            sources=sources, regelset=model.regelset.header.name, document=model.regelset.header.document)
        return {f"docs/{MAP}/rekenhulp.js": ui, f"docs/{MAP}/index.md": page}
    return {}


MENU = '  - "Welk arrangement past bij mij?": rekenhulp/index.md\n'


def in_menu(mkdocs_yml: str) -> str:
    """mkdocs.yml with the rekenhulp in the menu, right after the home page."""
    start = "  - Start: index.md\n"
    return mkdocs_yml.replace(start, start + MENU, 1) if start in mkdocs_yml else mkdocs_yml
