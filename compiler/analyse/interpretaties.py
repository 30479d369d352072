"""The register of interpretations: every place where the rules choose a reading of the text.

A regelset folder may hold `interpretaties.yml`: a list of entries, each recorded once, with
  onderwerp  what the choice is about
  bron       the paragraph(s), as in the rules: "§2.1 c" or "§2.1 c, §3.3"
  citaat     the sentence of the text that leaves room (checked: it must be in that paragraph)
  lezing     the reading the rules take
  waarom     why
  regels     the tables or values that carry the reading (checked: they must exist)
The checker reads it (`regels bouw` fails on a wrong entry), `regels dekking` lists it, and the
site has a page for the participatieraad with all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import re

import yaml

from compiler import ast
from compiler.errors import Collector, RegelsFout, suggest
from compiler.semantiek.uitleg import _normal

BESTAND = "interpretaties.yml"
VELDEN = ("onderwerp", "bron", "citaat", "lezing", "waarom", "regels")


def _anchor(text: str) -> str:
    """§2.1 c → 2.1-c, as the parser does for a `bron` (not imported: backends may not need the parser)."""
    body = text.lstrip("§").strip()
    m = re.fullmatch(r"(\d+(?:\.\d+)*)(?:[ \-]?([a-z]))?", body)
    if m:
        return m.group(1) + (f"-{m.group(2)}" if m.group(2) else "")
    return body


@dataclass(frozen=True)
class Interpretatie:
    nummer: int
    onderwerp: str
    bron: tuple[str, ...]        # labels as written, "§2.1 c"
    ankers: tuple[str, ...]      # "2.1-c"
    citaat: str
    lezing: str
    waarom: str
    regels: tuple[str, ...]
    span: ast.Span


def laad(path: Path, display: str) -> list[Interpretatie]:
    """The entries of one interpretaties.yml; RegelsFout (Dutch, with line numbers) when malformed."""
    c = Collector()
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        c.error(f"{BESTAND} is geen geldige YAML ({getattr(e, 'problem', e)})",
                ast.Span(display, (mark.line + 1) if mark else 1, (mark.column + 1) if mark else 1),
                "elke interpretatie begint met ‘- onderwerp: …’ en heeft de velden " + ", ".join(VELDEN))
        c.raise_if_errors()
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        c.error(f"{BESTAND} moet een lijst van interpretaties zijn", ast.Span(display, root.start_mark.line + 1, 1),
                "begin elke interpretatie met ‘- onderwerp: …’")
        c.raise_if_errors()
    out = []
    for i, node in enumerate(root.value, 1):
        span = ast.Span(display, node.start_mark.line + 1, node.start_mark.column + 1)
        if not isinstance(node, yaml.MappingNode):
            c.error(f"interpretatie {i} is geen lijst van velden", span, "schrijf ‘onderwerp: …’, ‘bron: …’ enzovoort")
            continue
        fields = {k.value: v for k, v in node.value}
        for key in fields:
            if key not in VELDEN:
                c.error(f"interpretatie {i} heeft een onbekend veld “{key}”", span,
                        suggest(key, VELDEN) or "de velden zijn: " + ", ".join(VELDEN))
        missing = [k for k in VELDEN if k not in fields]
        if missing:
            c.error(f"interpretatie {i} mist: " + ", ".join(missing), span, "elk veld is verplicht")
            continue
        regels = fields["regels"]
        names = tuple(str(x.value) for x in regels.value) if isinstance(regels, yaml.SequenceNode) \
            else tuple(s.strip() for s in str(regels.value).split(",") if s.strip())
        bron = tuple(s.strip() for s in str(fields["bron"].value).split(",") if s.strip())
        out.append(Interpretatie(i, str(fields["onderwerp"].value), bron, tuple(_anchor(b) for b in bron),
                                 " ".join(str(fields["citaat"].value).split()), str(fields["lezing"].value).strip(),
                                 str(fields["waarom"].value).strip(), names, span))
    c.raise_if_errors()
    return out


def controleer(items: list[Interpretatie], names: set[str], paragraphs: dict | None, c: Collector) -> None:
    """Every bron exists, every citaat is in its bron, every named rule exists, no topic twice."""
    seen: dict[str, Interpretatie] = {}
    for it in items:
        if it.onderwerp in seen:
            c.error(f"de interpretatie “{it.onderwerp}” staat er twee keer in", it.span,
                    "elke lezing staat één keer in het register", related=(("eerste keer", seen[it.onderwerp].span),))
        seen.setdefault(it.onderwerp, it)
        for name in it.regels:
            if name not in names:
                c.error(f"interpretatie “{it.onderwerp}” noemt “{name}”, maar zo'n tabel of waarde is er niet",
                        it.span, suggest(name, names) or "noem een tabel, invoer of uitkomst uit de regels")
        if paragraphs is None:
            continue
        texts = []
        for label, anchor in zip(it.bron, it.ankers):
            if anchor not in paragraphs:
                c.error(f"interpretatie “{it.onderwerp}”: paragraaf {label} bestaat niet", it.span,
                        suggest(anchor, paragraphs) or "zie regels/bron/ voor de paragrafen")
            else:
                texts.append(paragraphs[anchor].text)
        if texts and not any(_normal(it.citaat) in _normal(t) for t in texts):
            c.error(f"interpretatie “{it.onderwerp}”: het citaat staat niet (letterlijk) in {', '.join(it.bron)}",
                    it.span, "neem de zin letterlijk over uit de brontekst, of pas de bron aan")


def van_project(project, model) -> list[Interpretatie]:
    """The register of one regelset (its folder's interpretaties.yml), checked against its model."""
    folder = project.regels / model.regelset.slug
    path = folder / BESTAND
    if not path.is_file():
        return []
    items = laad(path, project.rel(path))
    c = Collector()
    names = {t.name for t in model.tables()} | set(model.types)
    controleer(items, names, project.paragraphs(), c)
    c.raise_if_errors()
    return items


__all__ = ["Interpretatie", "laad", "controleer", "van_project", "RegelsFout"]
