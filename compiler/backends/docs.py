"""Docs backend: checked Models → Markdown pages and mkdocs.yml for MkDocs (Material), in plain Dutch.

Input: every Model of a project, and the Project (for the source text in regels/bron/).
Output: {path relative to the project root: file content}; `regels bouw` writes them.

Every text that comes from a .regels file or from the source text is escaped on its way into
a page: the `md` filter for Markdown, `html` inside the raw HTML of a kruistabel, `quote` for
a quoted paragraph, `yaml` in mkdocs.yml. A name can never break a table or inject markup.
Output is deterministic: no timestamps, everything in source order or sorted.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .. import ast, bron
from ..checks import Model, type_text
from ..project import Project
from ..runtime import tekst
from ..voorbeelden import Outcome, run_all

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "docs"

GEMEENTE = "gemeente Zwolle"

HIT_WORDS = {
    "uniek": "precies één rij past",
    "eerste": "de eerste rij die past",
    "elke": "alle passende rijen geven hetzelfde",
    "verzamel": "alle passende rijen samen",
}

# A keuzelijst with more values than this is named, not spelled out, in the inputs table.
_INLINE_VALUES = 6


# -- Escaping

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}|#])")
_WHITESPACE = re.compile(r"\s+")


def md(value: Any) -> str:
    """Text → inline Markdown that shows exactly that text and nothing else.

    HTML specials become entities, Markdown specials get a backslash, and what would start
    a block (a list, a quote, a heading, a numbered item) at the start is defused. Newlines
    become spaces, so the result is safe inside a table cell.
    """
    text = _WHITESPACE.sub(" ", str(value)).strip()
    text = html.escape(text, quote=False).replace('"', "&quot;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    if text[:1] in ("-", "+", "!"):
        text = "\\" + text
    elif text[:1] == "=":
        text = "&#61;" + text[1:]
    else:
        text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
    return text


def html_text(value: Any) -> str:
    """Text → HTML text (for the raw HTML of a kruistabel, where Markdown is not read).

    Braces become entities too, so no page ever holds a template tag such as {{ x }}.
    """
    text = html.escape(_WHITESPACE.sub(" ", str(value)).strip(), quote=True)
    return text.replace("{", "&#123;").replace("}", "&#125;")


def yaml_str(value: Any) -> str:
    """A YAML double-quoted scalar. The theme prints titles without escaping, so HTML-escape first."""
    return json.dumps(html_text(value), ensure_ascii=False)


def comment(value: Any) -> str:
    """Text that cannot end an HTML comment or a YAML comment line."""
    return _WHITESPACE.sub(" ", str(value)).replace("--", "- -").strip()


_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LIST_ITEM = re.compile(r"[-*+]\s+(.*)")
_NUMBERED = re.compile(r"(\d+)[.)]\s+(.*)")
_TABLE_SEP = re.compile(r"\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?")


def _inline_source(text: str) -> str:
    """One line of the source text, escaped, but with its **bold** kept."""
    out = []
    for i, part in enumerate(_BOLD.split(text)):
        if not part.strip():
            out.append(" " if part else "")
        elif i % 2:
            out.append(f"**{md(part)}**")
        else:
            lead = " " if part[0].isspace() and out else ""
            trail = " " if part[-1].isspace() else ""
            out.append(lead + md(part) + trail)
    return "".join(out).strip()


def _table_cells(line: str) -> list[str]:
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return re.split(r"(?<!\\)\|", body)


def quote(text: str) -> str:
    """Paragraph text of the source → a Markdown blockquote, every line escaped.

    The shape the source uses (paragraphs, bullet and numbered lists, tables, bold) is kept;
    everything else is shown as the plain text it is.
    """
    out: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            if out and out[-1] != ">":
                out.append(">")
            continue
        if line.startswith("|"):
            cells = _table_cells(line)
            if _TABLE_SEP.fullmatch(line):
                out.append("> |" + "|".join("---" for _ in cells) + "|")
            else:
                out.append("> | " + " | ".join(_inline_source(c) for c in cells) + " |")
        elif m := _LIST_ITEM.fullmatch(line):
            out.append("> - " + _inline_source(m.group(1)))
        elif m := _NUMBERED.fullmatch(line):
            out.append(f"> {m.group(1)}. " + _inline_source(m.group(2)))
        else:
            out.append("> " + _inline_source(line))
    while out and out[-1] == ">":
        out.pop()
    return "\n".join(out)


# -- Names for files and anchors

def slugify(text: str, fallback: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or fallback


def _unique(slug: str, taken: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate


def bron_id(anchor: str) -> str:
    """The HTML id of a quoted paragraph on a table page."""
    return "bron-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", anchor).strip("-") or "paragraaf")


# -- Expressions as a reader writes them

_PRECEDENCE = {"of": 1, "en": 2, "=": 4, "!=": 4, "<": 4, "<=": 4, ">": 4, ">=": 4, "bevat": 4,
               "+": 5, "-": 5, "*": 6, "/": 6}


def expr_text(e: ast.Expr, parent: int = 0) -> str:
    """An expression back in the notation of a .regels file (with only the brackets it needs)."""
    if isinstance(e, ast.ELit):
        return e.lit.text
    if isinstance(e, ast.ERef):
        return e.name
    if isinstance(e, ast.EUnknown):
        return "onbekend"
    if isinstance(e, ast.ECall):
        return f"{e.function}({', '.join(expr_text(a) for a in e.args)})"
    if isinstance(e, ast.ENot):
        text, own = "niet " + expr_text(e.operand, 3), 3
    elif isinstance(e, ast.EIf):
        text, own = (f"als {expr_text(e.condition, 1)} dan {expr_text(e.then, 1)} "
                     f"anders {expr_text(e.otherwise)}"), 0
    elif isinstance(e, ast.EBin):
        own = _PRECEDENCE.get(e.op, 4)
        text = f"{expr_text(e.left, own)} {e.op} {expr_text(e.right, own + 1)}"
    else:
        return "?"
    return f"({text})" if own < parent else text


# -- What the templates receive

@dataclass
class Soort:
    text: str
    values: tuple[str, ...] = ()


@dataclass
class Bronref:
    label: str
    id: str
    href: str


@dataclass
class Quoted:
    heading: str
    id: str
    text: str                          # Markdown of the source, unescaped: the template quotes it
    found: bool


@dataclass
class Fired:
    """One table's part in a worked case."""

    table: str
    page: str
    kind: str
    rows: list[str]
    outcome: list[tuple[str, str]]
    bron: list[Bronref]

    @property
    def summary(self) -> str:
        if not self.rows:
            if self.kind == "kruistabel":
                return "een waarde is onbekend, dus de uitkomst is ook onbekend."
            return "geen rij past."
        if len(self.rows) == 1:
            return f"hier past {self.rows[0]}."
        return f"hier passen {_and_list(self.rows)}."

    @property
    def outcome_text(self) -> str:
        return _and_list([f"{name} is {value}" for name, value in self.outcome])


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
    fired: list[Fired]

    @property
    def mismatch(self) -> bool:
        return any(expected is not None for _, _, expected in self.dan)


@dataclass
class TableRow:
    cells: list[str]
    bron: list[Bronref] | None        # None: the table has no bron column
    toelichting: str | None          # None: the table has no toelichting column


@dataclass
class TablePage:
    table: ast.Table
    page: str                          # file name inside the regelset folder
    title: str
    kind: str                          # beslistabel / kruistabel
    inputs: list[str]
    outputs: list[str]
    hit: str
    header: list[str] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)
    kruis: dict = field(default_factory=dict)
    bron: list[Bronref] = field(default_factory=list)
    quoted: list[Quoted] = field(default_factory=list)
    in_voorbeelden: list[tuple[Worked, str]] = field(default_factory=list)


class RegelsetWriter:
    """Turns one Model into the pages of one regelset folder."""

    def __init__(self, model: Model, folder: str, paragraphs: dict[str, bron.Paragraph] | None,
                 sources: list[str]):
        self.model = model
        self.rs = model.regelset
        self.folder = folder
        self.paragraphs = paragraphs
        self.sources = sources
        taken = {"index", "voorbeelden"}
        self.pages = {id(t): _unique(slugify(t.name, "tabel"), taken) + ".md" for t in self.rs.tables}
        self.by_name = {t.name: t for t in self.rs.tables}
        self.bron_anchor = {}
        for table in self.rs.tables:
            for ref in self._table_refs(table):
                self.bron_anchor.setdefault(ref.text, ref.anchor)

    # -- small pieces
    @staticmethod
    def _table_refs(table: ast.Table) -> list[ast.Bron]:
        refs = list(table.bron)
        if isinstance(table, ast.Beslistabel):
            for row in table.rows:
                refs += row.bron
        seen, out = set(), []
        for ref in refs:
            if ref.anchor not in seen:
                seen.add(ref.anchor)
                out.append(ref)
        return out

    @staticmethod
    def _link(label: str, anchor: str | None, page: str | None) -> Bronref:
        """A reference to a paragraph, linked when `page` ("" for this page) quotes it."""
        if anchor is None or page is None:
            return Bronref(label, "", "")
        return Bronref(label, bron_id(anchor), f"{page}#{bron_id(anchor)}")

    def _bronref(self, ref: ast.Bron) -> Bronref:
        """A paragraph quoted on the page itself (a table's or a row's bron)."""
        return self._link(ref.text, ref.anchor, "")

    def _bronref_elsewhere(self, ref: ast.Bron) -> Bronref:
        """A paragraph cited outside the tables: linked to the first table page that quotes it."""
        return self._link(ref.text, ref.anchor, self._page_citing(ref.anchor))

    def _page_citing(self, anchor: str) -> str | None:
        for table in self.rs.tables:
            if any(r.anchor == anchor for r in self._table_refs(table)):
                return self.pages[id(table)]
        return None

    def soort(self, t: ast.Type, optional: bool = False) -> Soort:
        text = type_text(t)
        if t.lo is not None and t.hi is not None:
            text += f" van {t.lo.text} t/m {t.hi.text}"
        elif t.lo is not None:
            text += f" vanaf {t.lo.text}"
        elif t.hi is not None:
            text += f" t/m {t.hi.text}"
        if optional:
            text += " (niet verplicht)"
        values: tuple[str, ...] = ()
        if t.enum in self.model.enums and len(self.model.enums[t.enum].values) <= _INLINE_VALUES:
            values = self.model.enums[t.enum].names
        return Soort(text, values)

    @classmethod
    def cell(cls, c: ast.Cell) -> str:
        """A cell as written, but a plain value (or a list of them) without its quotes."""
        if c.kind == "any":
            return "-"
        if c.kind == "leeg":
            return ""
        if c.kind == "tests" and not c.negated and c.tests and all(t.op == "=" for t in c.tests):
            return " of ".join(cls.lit(t.value) for t in c.tests)
        return c.text

    @staticmethod
    def lit(lit: ast.Lit) -> str:
        return str(lit.value) if lit.kind == "tekst" else lit.text

    def quoted(self, ref: ast.Bron) -> Quoted:
        p = (self.paragraphs or {}).get(ref.anchor)
        if p is None:
            return Quoted(ref.text, bron_id(ref.anchor), "", False)
        return Quoted(p.heading, bron_id(ref.anchor), p.text, True)

    # -- the tables
    def table_page(self, table: ast.Table) -> TablePage:
        bt = table.as_beslistabel()
        page = TablePage(table, self.pages[id(table)], table.name,
                         "kruistabel" if isinstance(table, ast.Kruistabel) else "beslistabel",
                         [c.name for c in bt.inputs], [c.name for c in bt.outputs], bt.hit)
        refs = self._table_refs(table)
        page.bron = [self._bronref(r) for r in table.bron]
        page.quoted = [self.quoted(r) for r in refs]
        if isinstance(table, ast.Kruistabel):
            page.kruis = self.kruis(table)
        else:
            with_bron = any(r.bron for r in table.rows)
            with_toel = any(r.toelichting for r in table.rows)
            page.header = ["Rij", *page.inputs, *(f"→ {name}" for name in page.outputs)]
            page.header += ["Bron"] * with_bron + ["Toelichting"] * with_toel
            for row in table.rows:
                page.rows.append(TableRow(
                    [str(row.number)] + [self.cell(c) for c in row.conditions + row.conclusions],
                    [self._bronref(r) for r in row.bron] if with_bron else None,
                    row.toelichting if with_toel else None))
        return page

    def kruis(self, kt: ast.Kruistabel) -> dict:
        """The matrix as it is drawn in the source: merged header cells where values repeat."""
        width = len(kt.cells[0]) if kt.cells else len(kt.header[0]) if kt.header else 0
        header_rows = []
        for d, dim in enumerate(kt.kolommen):
            groups: list[list] = []
            for c in range(width):
                key = tuple((kt.header[e][c].kind, str(kt.header[e][c].value)) for e in range(d + 1))
                if groups and groups[-1][2] == key:
                    groups[-1][1] += 1
                else:
                    groups.append([self.lit(kt.header[d][c]), 1, key])
            header_rows.append({"name": dim.name, "cells": [(g[0], g[1]) for g in groups]})
        rows = [{"value": self.lit(v), "cells": [self.cell(c) for c in kt.cells[r]]}
                for r, v in enumerate(kt.row_values)]
        return {"rijen": kt.rijen.name, "kolommen": [k.name for k in kt.kolommen],
                "header": header_rows, "rows": rows}

    # -- worked cases
    def worked(self, number: int, outcome: Outcome) -> Worked:
        v = outcome.voorbeeld
        given = {a.name: a for a in v.gegeven}
        gegeven = []
        for d in self.rs.invoer:
            if d.name in given:
                gegeven.append((d.name, _assignment_text(given[d.name])))
            else:
                gegeven.append((d.name, "onbekend"))
        wrong = {m.name: m for m in outcome.mismatches}
        dan = []
        for a in v.verwacht:
            if outcome.resultaat is None:
                continue
            actual = tekst(outcome.resultaat.waarden.get(a.name))
            dan.append((a.name, actual, wrong[a.name].expected if a.name in wrong else None))
        fired = [self.fired(b) for b in outcome.resultaat.beslissingen] if outcome.resultaat else []
        return Worked(number, f"voorbeeld-{number}", v.name, v.herkomst, v.toelichting,
                      [self._bronref_elsewhere(r) for r in v.bron],
                      gegeven, dan, outcome.error, fired)

    def fired(self, b) -> Fired:
        table = self.by_name.get(b.tabel)
        page = self.pages[id(table)] if table is not None else ""
        kind = "kruistabel" if isinstance(table, ast.Kruistabel) else "beslistabel"
        rows = [self.row_words(table, r.rij) for r in b.regels] if table is not None else []
        # A fired row's bron is the row's own or its table's: both are quoted on the table page.
        refs = [self._link(text, self.bron_anchor.get(text), page if table is not None else None)
                for text in dict.fromkeys(t for r in b.regels for t in r.bron)]
        outcome = [(name, tekst(value)) for name, value in b.uitkomst.items()]
        return Fired(b.tabel, page, kind, rows, outcome, refs)

    def row_words(self, table: ast.Table, number: int) -> str:
        """Which row fired, in words: its number and what it asks, or the cell of the matrix."""
        if isinstance(table, ast.Kruistabel):
            width = len(table.cells[0])
            r, c = divmod(number - 1, width)
            where = [f"{table.rijen.name} {self.lit(table.row_values[r])}"]
            where += [f"{k.name} {self.lit(table.header[d][c])}" for d, k in enumerate(table.kolommen)]
            return "het vak bij " + _and_list(where)
        row = next((x for x in table.rows if x.number == number), None)
        if row is None:
            return f"rij {number}"
        if row.anders:
            return f"rij {number} (anders: geen andere rij past)"
        asks = [f"{col.name}: {self.cell(c)}" for col, c in zip(table.inputs, row.conditions)
                if c.kind not in ("any", "leeg")]
        return f"rij {number}" + (f" ({'; '.join(asks)})" if asks else "")

    # -- all pages of this regelset
    def pages_of(self, env: Environment, outcomes: list[Outcome]) -> tuple[dict[str, str], list]:
        worked = [self.worked(i, o) for i, o in enumerate(outcomes, 1)]
        tables = [self.table_page(t) for t in self.rs.tables]
        for tp in tables:
            for w in worked:
                for f in w.fired:
                    if f.table == tp.title and f.page == tp.page:
                        tp.in_voorbeelden.append((w, _and_list(f.rows)))
        outputs = []
        for table in self.rs.tables:
            for col in table.as_beslistabel().outputs:
                t = self.model.types.get(col.name)
                outputs.append((col.name, type_text(t) if t is not None else "",
                                self.model.descriptions.get(col.name, ""), table.name, self.pages[id(table)]))
        by_id = {id(tp.table): tp for tp in tables}
        in_order = [by_id[id(t)] for t in self.model.tables() if id(t) in by_id]
        common = {"sources": self.sources, "rs": self.rs, "hit_words": HIT_WORDS}
        files = {}
        files[f"docs/{self.folder}/index.md"] = env.get_template("regelset.md.jinja").render(
            **common, validity=self.validity(), inputs=[(d, self.soort(d.type, d.optional)) for d in self.rs.invoer],
            derived=[(d, expr_text(d.expr)) for d in self.rs.afgeleid], outputs=outputs, tables=in_order,
            keuzelijsten=list(self.rs.keuzelijsten), worked=worked,
            dekking=[(self._bronref_elsewhere(d.bron), d) for d in self.rs.dekking],
        )
        for tp in tables:
            files[f"docs/{self.folder}/{tp.page}"] = env.get_template("tabel.md.jinja").render(**common, t=tp)
        if worked:
            files[f"docs/{self.folder}/voorbeelden.md"] = env.get_template("voorbeelden.md.jinja").render(
                **common, worked=worked)
        nav = [("Overzicht", f"{self.folder}/index.md")]
        nav += [(f"{'Kruistabel' if tp.kind == 'kruistabel' else 'Tabel'}: {tp.title}", f"{self.folder}/{tp.page}")
                for tp in tables]
        if worked:
            nav.append(("Voorbeelden", f"{self.folder}/voorbeelden.md"))
        return files, nav

    def validity(self) -> str:
        h = self.rs.header
        if h.geldig_vanaf is not None and h.geldig_tot is not None:
            return f"Deze regels gelden van {_date(h.geldig_vanaf)} tot {_date(h.geldig_tot)}."
        if h.geldig_vanaf is not None:
            return f"Deze regels gelden vanaf {_date(h.geldig_vanaf)}. Er is geen einddatum."
        return "Bij deze regels staat geen datum waarop ze gaan gelden."


def _date(lit: ast.Lit) -> str:
    return tekst(lit.value) if lit.kind == "datum" else lit.text


def _assignment_text(a: ast.Assignment) -> str:
    if a.kind == "onbekend":
        return "onbekend"
    if a.kind == "geen" or not a.values:
        return "geen"
    return ", ".join(tekst(lit.value) for lit in a.values)


def _and_list(items: list[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


# -- The whole site

def bronlinks(refs: list[Bronref]) -> str:
    """Links to quoted paragraphs: [§2.1 a](zwaarte.md#bron-2-1-a), label escaped."""
    return ", ".join(f"[{md(r.label)}]({r.href})" if r.href else md(r.label) for r in refs)


def count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=False, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(md=md, html=html_text, yaml=yaml_str, comment=comment, quote=quote, bronlinks=bronlinks,
                       and_list=_and_list)
    env.globals.update(count=count)
    return env


def generate(models: list[Model], project: Project) -> dict[str, str]:
    """Return {relative path from the project root: file content} for every generated docs file."""
    env = environment()
    paragraphs = project.paragraphs()
    bron_file = [project.rel(project.regels / "bron" / bron.NORMATIVE)] if paragraphs is not None else []
    files: dict[str, str] = {}
    sections = []
    taken: set[str] = set()
    for model in models:
        rs = model.regelset
        folder = _unique(slugify(rs.slug, "regelset") if not re.fullmatch(r"[A-Za-z0-9_-]+", rs.slug) else rs.slug,
                         taken)
        writer = RegelsetWriter(model, folder, paragraphs, [*rs.files, *bron_file])
        pages, nav = writer.pages_of(env, run_all(model))
        files.update(pages)
        sections.append({"rs": rs, "folder": folder, "nav": nav, "validity": writer.validity(),
                         "tables": len(rs.tables), "voorbeelden": len(rs.voorbeelden)})
    all_sources = [f for model in models for f in model.regelset.files] + bron_file
    site_name = (models[0].regelset.header.name if models else "Regels") + " — " + GEMEENTE
    common = {"sources": all_sources, "sections": sections, "gemeente": GEMEENTE, "site_name": site_name,
              "hit_words": HIT_WORDS}
    files["docs/index.md"] = env.get_template("home.md.jinja").render(**common)
    files["mkdocs.yml"] = env.get_template("mkdocs.yml.jinja").render(**common)
    return {path: _tidy(content) for path, content in sorted(files.items())}


def _tidy(content: str) -> str:
    """At most one blank line in a row, and exactly one newline at the end."""
    return re.sub(r"\n{3,}", "\n\n", content).rstrip("\n") + "\n"
