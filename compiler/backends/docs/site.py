"""Docs backend: checked Models → Markdown pages and mkdocs.yml for MkDocs (Material), in plain Dutch.

Input: every checked Model of a project, and the project's files (compiler.projectdata.ProjectFiles: paths,
source text, project data). The backend never parses: it reads no .regels file.
Output: {path relative to the project root: file content}; `regels bouw` writes them.

The site, per regelset: an overview, a route page ("how do the rules get to the outcome?") with a
diagram, one page per step (a group of tables: a dimension of the beleidsregel) with the source
text beside each table and worked voorbeelden with their full uitleg, and all voorbeelden.
For the project: the home page, a glossary, the resultaatgebieden, the coverage of the
beleidsregel, and pages for policy writers with the language reference.

This module builds the view models of every page (what it shows); the templates in templates/docs/
write them (HTML in _html.jinja and _macros.jinja, Markdown in the page templates), and escape every
text on the way through the filters of escape.py: a name can never break a table or inject markup.
Jobs of their own: the glossary (begrippen.py), the pictures (diagram.py), the steps (stappen.py),
the source text (brontekst.py), the rules in words (woorden.py), links (urls.py).
Output is deterministic: no timestamps, everything in source order or sorted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from compiler import ast
from compiler import bron
from compiler.analyse import dekking, interpretaties
from compiler.backends.docs import diagram, rekenhulp
from compiler.backends.docs.begrippen import Term, link_terms, terms_from
from compiler.backends.docs.brontekst import source_blocks
from compiler.backends.docs.escape import comment, html_exact, html_text, js_json, md, md_code, yaml_key, yaml_str
from compiler.backends.docs.views import (Blockquote, Break, Cell, Link, Node, Para, Plain, Quote, Row, Span, Strong,
                                          Table, Text, joined, table as make_table)
from compiler.backends.docs.stappen import (RegelsetDef, Step, StepDef, capital as _capital,
                                            group_steps, table_refs)
from compiler.backends.docs.woorden import (and_list, assignment_text, cell_text, cell_values, count, expr_text,
                                            lit_text, ranges, validity)
from compiler.backends.docs.urls import (BEGRIPPEN, CONTACT, DEKKING, HOME, INTERPRETATIES, MELDINGEN, RESULTAATGEBIEDEN,
                                         RG_INDEX, ROUTE, SCHRIJVEN, SCRIPT, STYLESHEET, TABELLEN, TAAL, TOP_LEVEL, VOORBEELDEN,
                                         bron_id, html_url, md_url, slugify, unique as _unique)
from compiler.midden.model import Model, type_text
from compiler.projectdata import ProjectFiles
from compiler.semantiek import uitleg
from compiler.semantiek.runtime import tekst
from compiler.semantiek.voorbeelden import Outcome, run_all
from compiler.bestandsnamen import module_name
from compiler.backends.docs import onderhoud, wijzigingen

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "docs"

HIT_WORDS = {
    "uniek": "precies één rij past",
    "eerste": "de eerste rij die past",
    "elke": "alle passende rijen geven hetzelfde",
    "verzamel": "alle passende rijen samen",
}

# A keuzelijst with more values than this is named, not spelled out, in the inputs table.
_INLINE_VALUES = 6
# A table this narrow (in columns, with Rij, Bron and Toelichting) gets the source text beside it.
_BESIDE_COLUMNS = 3
# How many voorbeelden a step page works out when none is about that step in particular.
_FALLBACK_VOORBEELDEN = 3


# -- The project's data: what the rules cannot say (regels/project.yml, regels/begrippen.yml)

@dataclass(frozen=True)
class Taakpagina:
    """A page for citizens that the municipality writes in project.yml (`inwoners`)."""
    titel: str
    page: str
    tekst: list[Node]              # the text as blocks (paragraphs, lists, tables, bold): never raw HTML
    bron: tuple[str, ...]          # the legal sources the page names (e.g. an article of the Awb)


# What a citizen needs to reach the municipality; never invented: a missing field shows as a marked gap.
CONTACT_FIELDS = (("telefoon", "Telefoon"), ("email", "E-mail"), ("adres", "Adres"), ("website", "Website"),
                  ("openingstijden", "Bereikbaar"))


@dataclass(frozen=True)
class SiteData:
    gemeente: str
    regelsets: dict[str, RegelsetDef]
    inwoners: tuple[Taakpagina, ...] = ()
    contact: tuple[tuple[str, str, str], ...] = ()   # (field, label, value or "" when not filled in)


def site_data(project: ProjectFiles) -> SiteData:
    """regels/project.yml → the municipality's name and the steps per regelset (all optional)."""
    raw = project.settings()
    regelsets = {}
    for slug, rs in (raw.get("regelsets") or {}).items():
        rs = rs or {}
        steps = tuple(StepDef(str(s["titel"]), tuple(s.get("bestanden", ())), tuple(s.get("bron", ())),
                              tuple(s.get("bijlage", ()))) for s in rs.get("stappen", ()))
        regelsets[str(slug)] = RegelsetDef(str(rs.get("route", RegelsetDef.route)), steps)
    taken: set[str] = {"index", "hulp-en-contact"}
    pages = tuple(Taakpagina(str(t["titel"]), f"inwoners/{_unique(slugify(str(t['titel']), 'pagina'), taken)}.md",
                             source_blocks(str(t.get("tekst") or ""), f"Tabel: {t['titel']}"),
                             tuple(str(b) for b in t.get("bron", ())))
                  for t in (raw.get("inwoners") or ()) if isinstance(t, dict) and t.get("titel"))
    contact_raw = raw.get("contact") if isinstance(raw.get("contact"), dict) else {}
    contact = tuple((key, label, str(contact_raw.get(key) or "").strip()) for key, label in CONTACT_FIELDS)
    return SiteData(str(raw.get("gemeente") or "gemeente"), regelsets, pages,
                    contact if "contact" in raw or pages else ())


def terms(project: ProjectFiles) -> tuple[Term, ...]:
    return terms_from(project.glossary())


# -- What the templates receive

@dataclass
class Bronref:
    label: str
    href: str            # Markdown link, "" when nothing quotes the paragraph
    url: str = ""        # the same in raw HTML

    @property
    def node(self) -> Node:
        """The reference inside raw HTML: a link to the quoted text, or only its label."""
        return Link(self.url, self.label, f"Tekst van {self.label}") if self.url else Text(self.label)


@dataclass
class UitlegStap:
    """One step of a voorbeeld's uitleg, as the page shows it."""

    number: int
    step: str            # the title of the step (dimension) of the table
    table: str
    kind: str
    link: str            # Markdown link to the table
    where: str           # which row fired, in words
    zin: str             # the uitleg's plain Dutch sentence
    bron: list[tuple[Bronref, str]]   # paragraph, quoted sentence ("" when none)
    step_page: str


@dataclass
class Worked:
    number: int
    id: str
    name: str
    herkomst: str
    toelichting: str
    bron: list[Bronref]
    gegeven: list[tuple[str, str]]
    dan: list[tuple[str, str, str | None]]   # name, actual, expected when different
    error: str
    uitleg: list[UitlegStap]
    outcomes: dict[str, str]                 # every value the rules worked out, as text
    fired: dict[str, bool]                   # per table: did a row fire
    page: str = ""                           # the voorbeeld's own page

    @property
    def known(self) -> list[tuple[str, str]]:
        """The givens the voorbeeld fills in (the rest is unknown: listed apart, not one by one)."""
        return [(name, value) for name, value in self.gegeven if value != "onbekend"]

    @property
    def unknown(self) -> list[str]:
        return [name for name, value in self.gegeven if value == "onbekend"]

    @property
    def mismatch(self) -> bool:
        return any(expected is not None for _, _, expected in self.dan)

    def text(self) -> str:
        """The uitleg as plain text (for the golden files): what the site shows, without markup."""
        out = [f"Voorbeeld {self.number}: {self.name}"]
        out += [f"  gegeven {name}: {value}" for name, value in self.gegeven]
        if self.error:
            out.append(f"  geen uitkomst: {self.error}")
        out += [f"  dan {name}: {actual}" + (f" (verwacht: {exp})" if exp is not None else "")
                for name, actual, exp in self.dan]
        for s in self.uitleg:
            out.append(f"  {s.number}. [{s.step}] {s.kind} {s.table}, {s.where}: {s.zin}")
            out += [f"     bron {ref.label}" + (f": “{quote}”" if quote else "") for ref, quote in s.bron]
        return "\n".join(out)


@dataclass
class TableView:
    """One table on its step page."""

    table: Any
    id: str
    kind: str                          # beslistabel / kruistabel
    inputs: list[str]
    outputs: list[str]
    hit: str
    html: Table                        # the table itself
    source: list[Node]                 # the quoted paragraphs
    beside: bool
    bron: list[Bronref]
    meanings: Table | None = None      # a kruistabel: what each value in the schema means
    meanings_title: str = ""
    toelichting: str = ""              # the table's toelichting for every reader (onderhoud.split)


# -- One regelset

class RegelsetWriter:
    """Turns one Model into the pages of one regelset folder."""

    def __init__(self, model: Model, folder: str, site: Site):
        self.model = model
        self.rs = model.regelset
        self.folder = folder
        self.site = site
        self.definition = site.data.regelsets.get(self.rs.slug, RegelsetDef())
        self.steps = group_steps(model, folder, self.definition)
        self.step_of: dict[str, Step] = {}
        self.table_id: dict[str, str] = {}
        for step in self.steps:
            taken: set[str] = set()
            for table in step.tables:
                self.step_of[table.name] = step
                self.table_id[table.name] = _unique("tabel-" + slugify(table.name, "tabel"), taken)
        self.index = f"{folder}/index.md"
        self.route = f"{folder}/{ROUTE}.md"
        self.voorbeelden_page = f"{folder}/{VOORBEELDEN}/index.md"
        # Every voorbeeld on a page of its own (a phone loads one situation, not all of them),
        # named after its title.
        taken_v: set[str] = {"index"}
        self.voorbeeld_pages = [f"{folder}/{VOORBEELDEN}/{_unique(_short_slug(v.name), taken_v)}.md"
                                for v in self.rs.voorbeelden]
        self.value_ids: dict[tuple[str, str], tuple[str, str]] = {}   # (keuzelijst, value) → page, id
        for step in self.steps:
            for table in step.tables:
                if table.kruis is not None:
                    enum = self._enum_of(table.name)
                    for row in table.kruis.cells:
                        for c in row:
                            for v in cell_values(c):
                                self.value_ids.setdefault((enum, v), (step.page, "waarde-" + slugify(v, "waarde")))
        self.derived_ids = {d.name: "waarde-" + slugify(d.name, "waarde") for d in self.rs.afgeleid}

    # -- links
    def table_link(self, page: str, name: str) -> str:
        step = self.step_of[name]
        return md_url(page, step.page, self.table_id[name])

    def table_url(self, page: str, name: str) -> str:
        step = self.step_of[name]
        return html_url(page, step.page, self.table_id[name])

    def bronref(self, page: str, ref: ast.Bron) -> Bronref:
        label = self.site.label(ref)
        where = self.site.quoted_at.get(ref.anchor)
        if where is None:
            return Bronref(label, "")
        target = page if page in self.site.quoted_on.get(ref.anchor, ()) else where
        return Bronref(label, md_url(page, target, bron_id(ref.anchor)), html_url(page, target, bron_id(ref.anchor)))

    def _enum_of(self, name: str) -> str | None:
        t = self.model.types.get(name)
        return t.element().enum if t is not None else None

    # -- the tables as HTML
    def soort(self, t: ast.Type, optional: bool = False) -> str:
        text = type_text(t)
        if t.lo is not None and t.hi is not None:
            text += f" van {t.lo.text} t/m {t.hi.text}"
        elif t.lo is not None:
            text += f" vanaf {t.lo.text}"
        elif t.hi is not None:
            text += f" t/m {t.hi.text}"
        if t.enum in self.model.enums and len(self.model.enums[t.enum].values) <= _INLINE_VALUES:
            text += ": " + ", ".join(self.model.enums[t.enum].names)
        if optional:
            text += " (niet verplicht)"
        return text

    def beslistabel_view(self, page: str, table: ast.Beslistabel) -> Table:
        with_bron = any(r.bron for r in table.rows)
        with_toel = any(r.toelichting for r in table.rows)
        with_citaat = any(r.citaat for r in table.rows)
        header = ["Rij", *(c.name for c in table.inputs), *(f"→ {c.name}" for c in table.outputs)]
        header += ["Bron"] * with_bron + ["Toelichting"] * with_toel + ["Citaat"] * with_citaat
        rows = []
        for row in table.rows:
            cells = [[Text(row.number)]] + [[Text(cell_text(c))] for c in row.conditions + row.conclusions]
            if with_bron:
                cells.append(joined([[self.bronref(page, r).node] for r in row.bron], [Plain(", ")]))
            if with_toel:
                cells.append([Text(row.toelichting)])
            if with_citaat:
                cells.append(joined([[Quote(c.text)] for c in row.citaat], [Plain(" ")]))
            rows.append(cells)
        caption = f"Beslistabel {table.name}. Welke rij telt: {HIT_WORDS[table.hit]}."
        return make_table(caption, header, rows, row_header=True)

    def kruistabel_view(self, page: str, kt: ast.Kruistabel) -> Table:
        """The schema as it is drawn in the source: merged header cells where values repeat,
        every value in a cell a link to what it means."""
        width = len(kt.cells[0]) if kt.cells else len(kt.header[0]) if kt.header else 0
        head = []
        for d, dim in enumerate(kt.kolommen):
            groups: list[list] = []
            for c in range(width):
                key = tuple((kt.header[e][c].kind, str(kt.header[e][c].value)) for e in range(d + 1))
                if groups and groups[-1][2] == key:
                    groups[-1][1] += 1
                else:
                    groups.append([lit_text(kt.header[d][c]), 1, key])
            cells = [Cell([Text(f"{dim.name} →")], header=True, scope="row")]
            cells += [Cell([Text(text)], header=True, scope="colgroup" if span > 1 else "col",
                           colspan=span if span > 1 else None) for text, span, _ in groups]
            head.append(Row(cells))
        enum = self._enum_of(kt.name)
        # On a phone a row of the schema becomes a card: each cell says which column it is in.
        labels = [", ".join(f"{k.name} {lit_text(kt.header[d][c])}" for d, k in enumerate(kt.kolommen))
                  for c in range(width)]
        body = []
        for r, value in enumerate(kt.row_values):
            cells = [Cell([Text(lit_text(value))], header=True, scope="row", label=kt.rijen.name)]
            for i, c in enumerate(kt.cells[r]):
                values = cell_values(c)
                links = [[Link(html_url(page, *self.value_ids[(enum, v)]), v, f"Wat betekent {v}?")]
                         for v in values if (enum, v) in self.value_ids]
                cells.append(Cell(joined(links, [Plain(" of ")]) if links and len(links) == len(values)
                                  else [Text(cell_text(c))], label=labels[i] if i < len(labels) else ""))
            body.append(Row(cells))
        caption = (f"Kruistabel {kt.name}: {kt.rijen.name} in de rijen, "
                   f"{and_list([k.name for k in kt.kolommen])} in de kolommen.")
        return Table(caption, head, body)

    def describe_value(self, page: str, name: str, value: str) -> list[Node]:
        """What a value of a dimension of a schema means: the keuzelijst's own words,
        or else the rows of the table that gives it."""
        enum = self.model.enums.get(self._enum_of(name) or "")
        if enum is not None:
            for v in enum.values:
                if v.name == value and v.description:
                    return [Text(name), Plain(" "), Strong(value), Plain(": "), Text(v.description)]
        producer = self.model.producers.get(name)
        if isinstance(producer, ast.Beslistabel):
            out = producer.outputs
            conditions = []
            for row in producer.rows:
                for col, cell in zip(out, row.conclusions):
                    if col.name == name and value in cell_values(cell):
                        asks = [f"{c.name} {cell_text(x)}" for c, x in zip(producer.inputs, row.conditions)
                                if x.kind not in ("any", "leeg") and not row.anders]
                        conditions.append(and_list(asks) or "in alle andere gevallen")
            if conditions:
                link = Link(self.table_url(page, producer.name), f"tabel {producer.name}")
                return [Text(name), Plain(" "), Strong(value), Plain(": als "), Text(" of als ".join(conditions)),
                        Plain(" ("), link, Plain(")")]
        return [Text(name), Plain(" "), Strong(value)]

    def meanings_view(self, page: str, kt: ast.Kruistabel) -> Table:
        """Per value in the schema: where it sits (each dimension in words) and what follows from it."""
        enum = self._enum_of(kt.name)
        width = len(kt.cells[0]) if kt.cells else 0
        seen: dict[str, list[list[Node]]] = {}
        for r, row_value in enumerate(kt.row_values):
            for c in range(width):
                for v in cell_values(kt.cells[r][c]):
                    parts = [self.describe_value(page, kt.rijen.name, tekst(row_value.value))]
                    parts += [self.describe_value(page, k.name, tekst(kt.header[d][c].value))
                              for d, k in enumerate(kt.kolommen)]
                    seen.setdefault(v, []).append(joined(parts, [Break()]))
        rows, ids = [], []
        for v, places in seen.items():
            follows = self.consequences(page, enum, v, exclude=kt.name)
            rows.append([[Text(v)], joined(places, [Break(), Strong("of"), Break()]),
                         joined(follows, [Break()]) if follows else [Text("Geen andere tabel noemt deze waarde apart.")]])
            ids.append(self.value_ids[(enum, v)][1])
        return make_table(f"Wat elke waarde in de kruistabel {kt.name} betekent",
                          [_capital(kt.name), "Wanneer", "Wat eruit volgt"], rows, row_header=True, row_ids=ids)

    def consequences(self, page: str, enum: str | None, value: str, exclude: str) -> list[list[Node]]:
        """Rows of other tables that name this value of the keuzelijst in a condition, in words."""
        found = []
        for table in self.model.tables():
            if table.name == exclude or not isinstance(table, ast.Beslistabel):
                continue
            for row in table.rows:
                for i, (col, cell) in enumerate(zip(table.inputs, row.conditions)):
                    if self._enum_of(col.name) != enum or value not in cell_values(cell):
                        continue
                    also = [f"{c.name} {cell_text(x)}" for j, (c, x) in enumerate(zip(table.inputs, row.conditions))
                            if j != i and x.kind not in ("any", "leeg")]
                    gives = [f"{c.name}: {cell_text(x)}" for c, x in zip(table.outputs, row.conclusions)
                             if x.kind not in ("any", "leeg")]
                    link = Link(self.table_url(page, table.name), f"tabel {table.name}, rij {row.number}")
                    text = ("als ook " + and_list(also) + ": " if also else "") + ("; ".join(gives) or "geen uitkomst")
                    if row.toelichting:
                        text += f" ({row.toelichting})"
                    found.append([link, Plain(": "), Text(text)])
        return found

    def source_block(self, page: str, refs: list[ast.Bron], shown: set[str]) -> tuple[list[Node], int]:
        """The paragraphs a table cites, quoted (once per page). Returns them and their length in text."""
        parts: list[Node] = []
        size = 0
        for ref in refs:
            p = (self.site.paragraphs or {}).get(ref.anchor)
            if ref.anchor in shown:
                label = self.site.label(ref)
                parts.append(Para([Plain("Zie "), Link(f"#{bron_id(ref.anchor)}", label, f"Tekst van {label}"),
                                   Plain(" hierboven.")]))
                continue
            shown.add(ref.anchor)
            if p is None:
                parts.append(Para([Text(f"{ref.text}: deze paragraaf staat niet in de brontekst.")]))
                continue
            body = source_blocks(p.text, f"Tabel uit {self.site.label(ref)}") if p.text else [
                Para([Text("Deze paragraaf heeft geen eigen tekst. De tekst staat in de delen eronder.")])]
            size += len(p.text)
            parts.append(Blockquote([Para([Strong(self.site.heading(p))]), *body], id=bron_id(ref.anchor), cls="bron"))
        return parts, size

    def table_view(self, page: str, table: ast.Table, shown: set[str]) -> TableView:
        bt = table
        kind = "kruistabel" if table.kruis is not None else "beslistabel"
        html_ = self.kruistabel_view(page, table.kruis) if table.kruis is not None \
            else self.beslistabel_view(page, table)
        source, size = self.source_block(page, table_refs(table), shown)
        columns = 1 + len(bt.inputs) + len(bt.outputs) + any(getattr(r, "bron", ()) for r in bt.rows) \
            + any(getattr(r, "toelichting", "") for r in bt.rows)
        beside = kind == "beslistabel" and columns <= _BESIDE_COLUMNS and size > 0
        view = TableView(table, self.table_id[table.name], kind, [c.name for c in bt.inputs],
                         [c.name for c in bt.outputs], bt.hit, html_, source, beside,
                         [self.bronref(page, r) for r in table.bron],
                         toelichting=onderhoud.split(table.toelichting or "")[0])
        if kind == "kruistabel" and self._enum_of(table.name) is not None:
            view.meanings = self.meanings_view(page, table.kruis)
        return view

    # -- worked voorbeelden with their uitleg
    def worked(self, number: int, outcome: Outcome, page: str) -> Worked:
        v = outcome.voorbeeld
        gegeven, dan, outcomes, fired, explained = self._worked_parts(outcome)
        steps = []
        for i, (s, table, kind, words) in enumerate(explained, 1):
            refs = [(self.bronref(page, ast.Bron(anchor, label)), quote) for label, anchor, quote in s.bron]
            steps.append(UitlegStap(i, self.step_of[s.tabel].title, s.tabel, kind, self.table_link(page, s.tabel),
                                    words, s.zin, refs, md_url(page, self.step_of[s.tabel].page)))
        return Worked(number, f"voorbeeld-{number}", v.name, v.herkomst, v.toelichting,
                      [self.bronref(page, r) for r in v.bron], list(gegeven), list(dan), outcome.error, steps,
                      dict(outcomes), dict(fired), self.voorbeeld_pages[number - 1])

    def _worked_parts(self, outcome: Outcome) -> tuple:
        """What worked() shows of a voorbeeld that is the same on every page, worked out once."""
        cache = self.__dict__.setdefault("_worked_cache", {})
        if id(outcome) in cache:
            return cache[id(outcome)][1]
        v = outcome.voorbeeld
        given = {x.name: x for x in v.gegeven}
        gegeven = [(d.name, assignment_text(given[d.name]) if d.name in given else "onbekend")
                   for d in self.rs.invoer]
        wrong = {m.name: m for m in outcome.mismatches}
        dan = []
        if outcome.resultaat is not None:
            for x in v.verwacht:
                actual = tekst(outcome.resultaat.waarden.get(x.name))
                dan.append((x.name, actual, wrong[x.name].expected if x.name in wrong else None))
        explained, outcomes, fired = [], {}, {}
        if outcome.resultaat is not None:
            outcomes = {k: tekst(val) for k, val in outcome.resultaat.waarden.items()}
            fired = {b.tabel: bool(b.regels) for b in outcome.resultaat.beslissingen}
            for s in uitleg.explain(self.model, outcome.resultaat, self.site.paragraphs):
                table = next(t for t in self.rs.tables if t.name == s.tabel)
                explained.append((s, table, "kruistabel" if table.kruis is not None else "tabel",
                                  self.row_words(table, s.rijen)))
        cache[id(outcome)] = (outcome, (gegeven, dan, outcomes, fired, explained))
        return cache[id(outcome)][1]

    def row_words(self, table: ast.Table, numbers: tuple[int, ...]) -> str:
        """Which rows fired, in words: the number and what it asks, or the cell of the schema."""
        if not numbers:
            return "geen rij past" if table.kruis is None else "een waarde is onbekend"
        if table.kruis is not None:
            kt = table.kruis
            r, c = divmod(numbers[0] - 1, len(kt.cells[0]))
            where = [f"{kt.rijen.name} {lit_text(kt.row_values[r])}"]
            where += [f"{k.name} {lit_text(kt.header[d][c])}" for d, k in enumerate(kt.kolommen)]
            return "het vak bij " + and_list(where)
        if len(numbers) > 2:
            return "rijen " + ranges(numbers)
        parts = []
        for number in numbers:
            row = next((x for x in table.rows if x.number == number), None)
            if row is None or row.anders:
                parts.append(f"rij {number}" + (" (anders)" if row is not None else ""))
                continue
            asks = [f"{col.name}: {cell_text(c)}" for col, c in zip(table.inputs, row.conditions)
                    if c.kind not in ("any", "leeg")]
            parts.append(f"rij {number}" + (f" ({'; '.join(asks)})" if asks else ""))
        return and_list(parts)

    def relevant(self, step: Step, worked: list[Worked]) -> list[Worked]:
        """The voorbeelden a step page works out: those about this step (by what they expect or cite),
        or else a few where the step's tables gave different outcomes."""
        outputs = {c.name for t in step.tables for c in t.outputs}
        anchors = {r.anchor for t in step.tables for r in table_refs(t)}
        by_voorbeeld = {v.name: v for v in self.rs.voorbeelden}
        chosen = []
        for w in worked:
            v = by_voorbeeld[w.name]
            if any(x.name in outputs for x in v.verwacht) or any(r.anchor in anchors for r in v.bron):
                chosen.append(w)
        if chosen:
            return chosen
        seen = set()
        for w in worked:
            if not any(w.fired.get(t.name) for t in step.tables):
                continue
            key = tuple(w.outcomes.get(o) for o in sorted(outputs))
            if key not in seen:
                seen.add(key)
                chosen.append(w)
            if len(chosen) == _FALLBACK_VOORBEELDEN:
                break
        return chosen

    # -- all pages of this regelset
    def pages(self, env: Environment, outcomes: list[Outcome]) -> tuple[dict[str, str], list]:
        files: dict[str, str] = {}
        common = {"rs": self.rs, "hit_words": HIT_WORDS, "route_title": self.definition.route,
                  "steps": self.steps, "folder": self.folder}
        has_voorbeelden = bool(outcomes)

        def render(template: str, page: str, **values: Any) -> None:
            link = lambda target, anchor="": md_url(page, target, anchor)  # noqa: E731
            files[page] = env.get_template(template).render(
                **common, **values, page=page, link=link, url=lambda t, anchor="": html_url(page, t, anchor),
                sources=self.site.sources_of(self.rs), has_voorbeelden=has_voorbeelden,
                voorbeelden_page=self.voorbeelden_page, glossary=BEGRIPPEN,
                table_link=lambda name: self.table_link(page, name))

        # The overview.
        page = self.index
        outputs = []
        for table in self.rs.tables:
            for col in table.outputs:
                t = self.model.types.get(col.name)
                outputs.append([[Text(col.name)], [Text(type_text(t) if t is not None else "")],
                                [Link(self.table_url(page, table.name), table.name, f"Naar de tabel {table.name}")],
                                [Text(self.model.descriptions.get(col.name, ""))]])
        inputs = [[[Text(d.name)], [Text(self.soort(d.type, d.optional))], [Text(_met_standaard(d))]]
                  for d in self.rs.invoer]
        derived = [[[Text(d.name)], [Text(expr_text(d.expr))], [Text(d.description)]] for d in self.rs.afgeleid]
        dekking_rows = [[[self.bronref(page, d.bron).node], [Text(d.status)], [Text(d.text)]]
                        for d in self.rs.dekking]
        worked_index = [self.worked(i, o, self.voorbeelden_page) for i, o in enumerate(outcomes, 1)]
        render("regelset.md.jinja", page, validity=validity(self.rs.header),
               inputs_table=make_table("De invoer: de gegevens die de regels nodig hebben",
                                       ["Gegeven", "Soort", "Uitleg"], inputs, row_header=True) if inputs else None,
               derived_table=make_table("Afgeleide waarden: wat de regels zelf uitrekenen",
                                        ["Waarde", "Berekening", "Uitleg"], derived, row_header=True)
               if derived else None,
               outputs_table=make_table("De uitkomsten en de tabel die ze bepaalt",
                                        ["Uitkomst", "Soort", "Bepaald door", "Uitleg"], outputs, row_header=True)
               if outputs else None,
               dekking_table=make_table("Delen van de beleidsregel die geen regel in een tabel zijn",
                                        ["Paragraaf", "Soort", "Uitleg"], dekking_rows, row_header=True)
               if dekking_rows else None,
               keuzelijsten=list(self.rs.keuzelijsten), worked=worked_index)

        # The route: every step in order, with its tables and a diagram.
        page = self.route
        shown: set[str] = set()
        route_steps = []
        for step in self.steps:
            views = [self.table_view(page, t, shown) for t in step.tables]
            for view in views:
                view.source, view.beside, view.meanings = [], False, None
            route_steps.append((step, views))
        first = worked_index[0] if outcomes else None
        derived_rows = [[[Span(d.name, id=self.derived_ids[d.name])], [Text(expr_text(d.expr))], [Text(d.description)]]
                        for d in self.rs.afgeleid]
        render("route.md.jinja", page, route_steps=route_steps, diagram=diagram.route_graphic(self.model, self.steps),
               first=first, derived_table=make_table("Wat de regels zelf uitrekenen", ["Waarde", "Berekening", "Uitleg"],
                                                     derived_rows, row_header=True) if derived_rows else None)

        # One page per step.
        for step in self.steps:
            page = step.page
            shown = set()
            views = [self.table_view(page, t, shown) for t in step.tables]
            # The voorbeelden about this step: a link to each one's own page.
            worked = self.relevant(step, worked_index)
            render("stap.md.jinja", page, step=step, views=views, diagram=diagram.step_graphic(self.model, step, self.step_of),
                   worked=worked, all_worked=len(outcomes),
                   bijlagen=[b for b in map(self.site.bijlage, step.bijlage) if b and b.anchor not in shown],
                   previous=self.steps[step.number - 2] if step.number > 1 else None,
                   next=self.steps[step.number] if step.number < len(self.steps) else None)

        # All voorbeelden: a list, and each one on its own page.
        if outcomes:
            render("voorbeelden.md.jinja", self.voorbeelden_page, worked=worked_index)
            for i, outcome in enumerate(outcomes, 1):
                page = self.voorbeeld_pages[i - 1]
                render("voorbeeld.md.jinja", page, w=self.worked(i, outcome, page), total=len(outcomes),
                       previous=worked_index[i - 2] if i > 1 else None,
                       next=worked_index[i] if i < len(outcomes) else None)

        nav = [("Overzicht", self.index), (self.definition.route, self.route)]
        nav += [(f"Stap {s.number}: {s.title}", s.page) for s in self.steps]
        if outcomes:
            nav.append(("Voorbeelden", self.voorbeelden_page))
        return files, nav


# -- The whole site

@dataclass
class Bijlage:
    title: str
    label: str
    html: list[Node]
    anchor: str


class Site:
    """What every page needs to know about the others: where paragraphs are quoted, the source files."""

    def __init__(self, project: ProjectFiles, models: list[Model]):
        self.project = project
        self.data = site_data(project)
        self.terms = terms(project)
        self.paragraphs = project.paragraphs()
        files = sorted({p.file for p in (self.paragraphs or {}).values()},
                       key=lambda f: (not f.endswith(bron.NORMATIVE), f))
        self.bron_files = files
        self.doc_titles = {}
        for f in files:
            first = (project.root / f).read_text(encoding="utf-8-sig").split("\n")[:1]
            self.doc_titles[f] = first[0].lstrip("# ").split(":")[0].strip() if first else f
        self.quoted_at: dict[str, str] = {}           # anchor → the page a link to the paragraph goes to
        self.quoted_on: dict[str, set[str]] = {}      # anchor → every page that quotes it
        self.folders: dict[str, str] = {}
        taken = set(TOP_LEVEL)
        for model in models:
            rs = model.regelset
            slug = rs.slug if re.fullmatch(r"[A-Za-z0-9_-]+", rs.slug) else slugify(rs.slug, "regelset")
            self.folders[rs.slug] = _unique(slug, taken)

    def note_quotes(self, writer: RegelsetWriter) -> None:
        """Every step page quotes the paragraphs its tables cite. A link from elsewhere goes to the
        step that is the paragraph's home in project.yml, or else to the first step that quotes it."""
        for step in writer.steps:
            for table in step.tables:
                for ref in table_refs(table):
                    if self.paragraphs is not None and ref.anchor in self.paragraphs:
                        self.quoted_on.setdefault(ref.anchor, set()).add(step.page)
                        if ref.anchor in step.bron:
                            self.quoted_at[ref.anchor] = step.page
                        self.quoted_at.setdefault(ref.anchor, step.page)

    def label(self, ref: ast.Bron) -> str:
        """How a reader sees a reference: §2.1 a, or the title and document of an unnumbered part."""
        p = (self.paragraphs or {}).get(ref.anchor)
        if p is None or p.label.startswith("§"):
            return ref.text
        return f"{p.title} ({self.doc_titles.get(p.file, p.file)})"

    def heading(self, p: bron.Paragraph) -> str:
        if p.label.startswith("§") or p.file.endswith(bron.NORMATIVE):
            return p.heading
        return f"{p.heading} (uit {self.doc_titles.get(p.file, p.file)})"

    def sources_of(self, rs: ast.Regelset) -> list[str]:
        return [*rs.files, *self.bron_files]

    def bijlage(self, ref: str) -> Bijlage | None:
        """A part of another file in regels/bron/ (file#anchor), as HTML."""
        name, _, anchor = ref.partition("#")
        path = self.project.regels / "bron" / name
        if not path.exists():
            return None
        p = bron.read_paragraphs(path, self.project.rel(path)).get(anchor)
        if p is None:
            return None
        heading = path.read_text(encoding="utf-8-sig").split("\n")[0].lstrip("# ").strip()
        return Bijlage(p.title, heading, source_blocks(p.text, f"Tabel uit de bijlage: {p.title}"), anchor)


def _short_slug(title: str) -> str:
    """The name of a voorbeeld's page: its title as a slug, cut at a word to at most 60 characters."""
    slug = slugify(title, "voorbeeld")
    if len(slug) <= 60:
        return slug
    return slug[:61].rsplit("-", 1)[0].strip("-") or slug[:60]


def resultaatgebieden(project: ProjectFiles) -> tuple[list[Node], list[dict]]:
    """regels/bron/resultaatgebieden.md: the preamble, and per resultaatgebied its parts."""
    path = project.regels / "bron" / RESULTAATGEBIEDEN
    if not path.exists():
        return [], []
    text = path.read_text(encoding="utf-8-sig")
    preamble = []
    for line in text.split("\n")[1:]:
        if line.startswith("## "):
            break
        preamble.append(line)
    areas = []
    taken: set[str] = {"index"}
    for anchor, p in bron.read_paragraphs(path, project.rel(path)).items():
        parts, current, lines = [], None, []
        for line in p.text.split("\n") + ["### "]:
            if line.startswith("### "):
                if current is not None or any(x.strip() for x in lines):
                    parts.append((current or "Over dit resultaatgebied",
                                  source_blocks("\n".join(lines), f"Tabel uit bijlage B2: {p.title}")))
                current, lines = line[4:].strip(), []
            else:
                lines.append(line)
        slug = _unique(slugify(anchor, "gebied"), taken)
        summary = next((h for t, h in parts if t.lower() == "omschrijving"), [])
        areas.append({"title": p.title, "page": f"resultaatgebieden/{slug}.md", "parts": parts,
                      "summary": summary})
    return source_blocks("\n".join(preamble)), areas


def updated(models: list[Model]) -> str:
    """"Laatst bijgewerkt": the newest date the rules themselves carry (their `geldig vanaf`),
    so a build is the same on every machine and every day."""
    dates = [m.regelset.header.geldig_vanaf for m in models if m.regelset.header.geldig_vanaf is not None]
    dates = [d for d in dates if d.kind == "datum"]
    return tekst(max(d.value for d in dates)) if dates else ""


def environment() -> Environment:
    """The templates, with the escapers of escape.py as their filters (autoescape is off: each context
    needs its own escaping, and every value passes through one of these)."""
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=False, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(md=md, html=html_text, html_exact=html_exact, yaml=yaml_str, yaml_key=yaml_key, comment=comment,
                       md_code=md_code, js=js_json, and_list=and_list, capital=_capital,
                       indent4=lambda s: s.replace("\n", "\n    "))
    env.globals.update(count=count)
    # A name from the rules inside prose, marked so no glossary link splits it: the macro of _html.jinja.
    env.filters["nm"] = env.get_template("_html.jinja").module.naam
    return env


def render_html(nodes: Node | list[Node]) -> str:
    """View models as HTML, through _html.jinja (for tests and for a caller outside the templates)."""
    macros = environment().get_template("_html.jinja").module
    return str(macros.nodes(nodes if isinstance(nodes, list) else [nodes]))


def _warnings_view(model: Model) -> dict:
    """The checker's warnings of one regelset, per table, for its maintainers."""
    from compiler.analyse.rapport import warnings_for_docs

    rows = []
    for d in warnings_for_docs(model):
        place = f"{d.span.file}:{d.span.line}" if d.span.line else d.span.file
        status = f"toegelicht: {d.toelichting}" if d.toelichting else "open"
        rows.append([[Text(d.table or "(hele regelset)")], [Text(d.message)], [Text(d.hint)], [Text(place)],
                     [Text(status)]])
    table = make_table(f"Waarschuwingen bij {model.regelset.header.name}",
                       ["Tabel", "Melding", "Wat te doen", "Plaats", "Stand"], rows, row_header=True) if rows else None
    return {"name": model.regelset.header.name, "table": table}


def _tables_view(w: RegelsetWriter) -> dict:
    """Per table of one regelset: its file and line, and the note for its maintainers (onderhoud.py)."""
    rows = []
    for table in w.rs.tables:
        note = onderhoud.split(table.toelichting or "")[1]
        rows.append([[Link(w.table_url(TABELLEN, table.name), table.name, f"Naar de tabel {table.name}")],
                     [Text(f"{table.span.file}, regel {table.span.line}")], [Text(note or "—")]])
    table = make_table(f"De tabellen van {w.rs.header.name}: plaats en notitie voor onderhoud",
                       ["Tabel", "Bestand en regel", "Notitie voor onderhoud"], rows, row_header=True) if rows else None
    return {"name": w.rs.header.name, "table": table}


def _interpretaties_view(register: list) -> list[dict[str, Any]]:
    """The register of readings (analyse/interpretaties.py) for the participatieraad's page: plain
    one-line texts; the template escapes each of them."""
    def line(text: str) -> str:
        return " ".join(text.split())
    return [{"nummer": it.nummer, "onderwerp": line(it.onderwerp), "bron": ", ".join(it.bron),
             "citaat": line(it.citaat), "lezing": line(it.lezing), "waarom": line(it.waarom),
             "regels": and_list(list(it.regels))} for it in register]


def generate(models: list[Model], project: ProjectFiles) -> dict[str, str]:
    """Return {relative path from the project root: file content} for every generated docs file."""
    env = environment()
    site = Site(project, models)
    files: dict[str, str] = {}
    writers = [RegelsetWriter(m, site.folders[m.regelset.slug], site) for m in models]
    for w in writers:
        site.note_quotes(w)
    sections = []
    all_sources = [f for m in models for f in m.regelset.files] + site.bron_files
    hulp = rekenhulp.view(models, site.data.regelsets, project.settings())   # None when no regelset can be computed in JS
    for w in writers:
        pages, nav = w.pages(env, run_all(w.model))
        files.update(pages)
        sections.append({"rs": w.rs, "folder": w.folder, "nav": nav, "validity": validity(w.rs.header),
                         "route": w.route, "route_title": w.definition.route, "steps": w.steps,
                         "tables": len(w.rs.tables), "voorbeelden": len(w.rs.voorbeelden)})

    def render(template: str, page: str, **values: Any) -> None:
        files[page] = env.get_template(template).render(
            **values, page=page, sources=all_sources, sections=sections, gemeente=site.data.gemeente,
            link=lambda target, anchor="": md_url(page, target, anchor),
            url=lambda target, anchor="": html_url(page, target, anchor), glossary=BEGRIPPEN,
            has_rg=bool(areas), has_dekking=site.paragraphs is not None, hit_words=HIT_WORDS,
            has_interpretaties=bool(register), rekenhulp=rekenhulp.PAGE if hulp else "")

    register = [it for m in models for it in interpretaties.van_project(project, m)]

    preamble, areas = resultaatgebieden(project)
    render("home.md.jinja", HOME, inwoners=site.data.inwoners, has_contact=bool(site.data.contact))
    for t in site.data.inwoners:
        render("inwoner.md.jinja", t.page, taak=t, has_contact=bool(site.data.contact))
    if site.data.contact:
        render("contact.md.jinja", CONTACT, contact=site.data.contact)
    fixed = [(TAAL, "taal.md"), (STYLESHEET, "regels.css"), (SCRIPT, "regels.js")]
    if hulp:
        render("rekenhulp.md.jinja", rekenhulp.PAGE, hulp=hulp)
        fixed += [(rekenhulp.SCRIPT, "rekenhulp.js"), (rekenhulp.STYLE, "rekenhulp.css")]
    render("begrippen.md.jinja", BEGRIPPEN, terms=[_term_view(t, site, writers) for t in site.terms])
    if areas:
        render("resultaatgebieden.md.jinja", RG_INDEX, preamble=preamble, areas=areas)
        for area in areas:
            render("resultaatgebied.md.jinja", area["page"], area=area, areas=areas)
    if site.paragraphs is not None:
        render("dekking.md.jinja", DEKKING, **_coverage(models, site, writers))
    if register:
        render("interpretaties.md.jinja", INTERPRETATIES, readings=_interpretaties_view(register),
               register_files=sorted({it.span.file for it in register}))
    render("beleidsmakers.md.jinja", SCHRIJVEN, writers=writers,
           dmn_files=[(m.regelset.header.name, f"dmn/{module_name(m.regelset.slug)}.dmn") for m in models])  # issue 15
    render("meldingen.md.jinja", MELDINGEN, warning_sections=[_warnings_view(m) for m in models])
    render("tabellen.md.jinja", TABELLEN, table_sections=[_tables_view(w) for w in writers])
    files[wijzigingen.PAGE] = wijzigingen.pagina(models, all_sources)
    for page, name in fixed:
        files[page] = env.get_template("_vast.jinja").render(
            bron=f"compiler/templates/docs/{name}", css=name.endswith((".css", ".js")),
            body=(TEMPLATES / name).read_text(encoding="utf-8"))

    site_name = (models[0].regelset.header.name if models else "Regels") + " — " + site.data.gemeente
    footer = [f"{_capital(site.data.gemeente)}."]
    footer += [f"{s['rs'].header.name}: {s['validity']}" for s in sections]
    if updated(models):
        footer.append(f"Laatst bijgewerkt: {updated(models)}.")
    nav = [("Start", HOME)]
    render("mkdocs.yml.jinja", "mkdocs.yml", inwoners=site.data.inwoners, has_contact=bool(site.data.contact),
           site_name=site_name, footer=" ".join(footer), areas=areas,
           site_nav=nav)
    out = {}
    for path, content in sorted(files.items()):
        if path.endswith(".md") and path != BEGRIPPEN:
            content = link_terms(content, path, site.terms)
        out[path if path == "mkdocs.yml" else f"docs/{path}"] = _tidy(content)
    return out


def _term_view(t: Term, site: Site, writers: list[RegelsetWriter]) -> dict:
    refs = []
    for anchor in t.bron:
        p = (site.paragraphs or {}).get(anchor)
        label = p.label if p is not None else anchor
        where = site.quoted_at.get(anchor)
        refs.append({"label": label, "href": md_url(BEGRIPPEN, where, bron_id(anchor)) if where else ""})
    see = []
    for key in t.zie:
        if key == "resultaatgebieden" and (site.project.regels / "bron" / RESULTAATGEBIEDEN).exists():
            see.append({"label": "De zes resultaatgebieden", "href": md_url(BEGRIPPEN, RG_INDEX)})
        elif key == "arrangementen":
            for w in writers:
                for step in w.steps:
                    for table in step.tables:
                        if table.kruis is not None:
                            see.append({"label": f"Het schema {table.name}",
                                        "href": w.table_link(BEGRIPPEN, table.name)})
    return {"term": t, "bron": refs, "zie": see}


def _coverage(models: list[Model], site: Site, writers: list[RegelsetWriter]) -> dict:
    page = DEKKING
    rows, counts = [], {}
    cited: dict[str, list[Node]] = {}
    for w in writers:
        for table in w.rs.tables:
            for ref in table_refs(table):
                cited.setdefault(ref.anchor, []).append(
                    Link(w.table_url(page, table.name), f"tabel {table.name}", f"Naar de tabel {table.name}"))
        for i, v in enumerate(w.rs.voorbeelden, 1):
            for ref in v.bron:
                cited.setdefault(ref.anchor, []).append(
                    Link(html_url(page, w.voorbeeld_pages[i - 1]), f"voorbeeld {v.name}"))
    for row in dekking.report(models, site.paragraphs or {}):
        p = row.paragraph
        counts[row.status] = counts.get(row.status, 0) + 1
        where = site.quoted_at.get(p.anchor)
        label = Link(html_url(page, where, bron_id(p.anchor)), p.heading, f"Tekst van {p.label}") if where \
            else Text(p.heading)
        links = [[x] for x in dict.fromkeys(cited.get(p.anchor, []))]
        rules = [[Text(r)] for r in row.rules if not r.startswith(("beslistabel", "kruistabel", "voorbeeld"))]
        rows.append([[label], [Text(row.status)], joined(links + rules, [Break()]) or [Text("—")],
                     joined([[Text(r)] for r in row.reasons], [Break()]) or [Text("—")]])
    table = make_table("Per paragraaf van de beleidsregel: waar het in de regels staat, of waarom niet",
                       ["Paragraaf", "Status", "Waar in de regels", "Toelichting"], rows, row_header=True)
    order = [dekking.GECODEERD, dekking.OORDEEL, dekking.INFORMATIEF, dekking.NIET]
    known = [(s, counts.get(s, 0)) for s in order]
    return {"table": table, "counts": known + sorted((s, n) for s, n in counts.items() if s not in order),
            "total": len(rows)}


def _tidy(content: str) -> str:
    """At most one blank line in a row, exactly one newline at the end, and no NUL (no HTML text)."""
    return re.sub(r"\n{3,}", "\n\n", content).rstrip("\n").replace("\x00", "\ufffd") + "\n"


def _met_standaard(d: ast.Decl) -> str:
    """The uitleg of an input, with the value a voorbeeld gets when it does not name it."""
    if d.standaard is None:
        return d.description
    a = d.standaard
    value = ", ".join(lit.text for lit in a.values) if a.kind == "waarden" else a.kind
    return f"{d.description} In voorbeelden standaard: {value}.".strip()
