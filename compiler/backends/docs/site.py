"""Docs backend: checked Models → Markdown pages and mkdocs.yml for MkDocs (Material), in plain Dutch.

Input: every Model of a project, and the project (compiler.project.Project: its paths and source text).
Output: {path relative to the project root: file content}; `regels bouw` writes them.

The site, per regelset: an overview, a route page ("how do the rules get to the outcome?") with a
diagram, one page per step (a group of tables: a dimension of the beleidsregel) with the source
text beside each table and worked voorbeelden with their full uitleg, and all voorbeelden.
For the project: the home page, a glossary, the resultaatgebieden, the coverage of the
beleidsregel, and pages for policy writers with the language reference.

Every text that comes from a .regels file or from the source text is escaped on its way into
a page: `md` for Markdown, `html_text` inside raw HTML (every table is HTML, with a caption and
header cells), `mermaid_label` in a diagram, `yaml_str` in mkdocs.yml. A name can never break a
table or inject markup. Output is deterministic: no timestamps, everything in source order or sorted.
"""

from __future__ import annotations

import bisect
import html
import json
import posixpath
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from compiler import ast
from compiler import bron
from compiler.analyse import dekking
from compiler.semantiek import uitleg
from compiler.midden.model import Model, type_text
from compiler.semantiek.runtime import tekst
from compiler.semantiek.voorbeelden import Outcome, run_all
from compiler.bestandsnamen import module_name
from compiler.backends.docs import wijzigingen

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
# How many input names a node of the route diagram spells out.
_DIAGRAM_NAMES = 3

RESULTAATGEBIEDEN = "resultaatgebieden.md"
# Pages of the project, relative to docs/.
HOME, BEGRIPPEN, DEKKING = "index.md", "begrippen.md", "dekking.md"
RG_INDEX = "resultaatgebieden/index.md"
SCHRIJVEN, TAAL = "beleidsmakers/index.md", "beleidsmakers/taal.md"
MELDINGEN = "beleidsmakers/meldingen.md"
_TOP_LEVEL = {"index", "begrippen", "dekking", "resultaatgebieden", "beleidsmakers", "stylesheets"}
# Pages inside a regelset folder whose names a step may not take.
OVERVIEW, ROUTE, VOORBEELDEN = "index", "route", "voorbeelden"
STYLESHEET = "stylesheets/regels.css"


# -- Site data: what the rules cannot say (site.yml, begrippen.yml)

@dataclass(frozen=True)
class StepDef:
    titel: str
    bestanden: tuple[str, ...] = ()
    bron: tuple[str, ...] = ()
    bijlage: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegelsetDef:
    route: str = "Hoe komen de regels tot een uitkomst?"
    stappen: tuple[StepDef, ...] = ()


@dataclass(frozen=True)
class SiteData:
    gemeente: str
    regelsets: dict[str, RegelsetDef]


@dataclass(frozen=True)
class Term:
    naam: str
    slug: str
    vormen: tuple[str, ...]
    exact: bool
    uitleg: str
    bron: tuple[str, ...]
    zie: tuple[str, ...]


@lru_cache(maxsize=1)
def site_data() -> SiteData:
    raw = yaml.safe_load((TEMPLATES / "site.yml").read_text(encoding="utf-8"))
    regelsets = {}
    for slug, rs in (raw.get("regelsets") or {}).items():
        steps = tuple(StepDef(s["titel"], tuple(s.get("bestanden", ())), tuple(s.get("bron", ())),
                              tuple(s.get("bijlage", ()))) for s in rs.get("stappen", ()))
        regelsets[slug] = RegelsetDef(rs.get("route", RegelsetDef.route), steps)
    return SiteData(raw["gemeente"], regelsets)


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    raw = yaml.safe_load((TEMPLATES / "begrippen.yml").read_text(encoding="utf-8"))
    taken: set[str] = set()
    return tuple(Term(t["naam"], _unique(slugify(t["naam"], "begrip"), taken), tuple(t["vormen"]),
                      bool(t.get("exact")), " ".join(t["uitleg"].split()), tuple(t.get("bron", ())),
                      tuple(t.get("zie", ()))) for t in raw)


GEMEENTE = site_data().gemeente


# -- Escaping

_MD_SPECIAL = re.compile(r"([\\`*_\[\]#])")
_WHITESPACE = re.compile(r"\s+")
_BRACES_PIPE = str.maketrans({"{": "&#123;", "}": "&#125;", "|": "&#124;"})


def md(value: Any) -> str:
    """Text → inline Markdown that shows exactly that text and nothing else (see _md)."""
    return _md(str(value))


@lru_cache(maxsize=1 << 16)
def _md(value: str) -> str:
    """Text → inline Markdown that shows exactly that text and nothing else.

    Markdown specials get a backslash, HTML specials become entities, and so do braces and
    the pipe (no page ever holds {{ or a | that could split a table). What would start a
    block (a list, a heading, a numbered item) at the start is defused. Newlines become spaces.
    """
    text = _WHITESPACE.sub(" ", str(value)).strip().replace("\x00", "\ufffd")  # NUL is no HTML text
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = html.escape(text, quote=False).replace('"', "&quot;").translate(_BRACES_PIPE)
    if text[:1] in ("-", "+", "!"):
        text = "\\" + text
    elif text[:1] == "=":
        text = "&#61;" + text[1:]
    else:
        text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
    return text


def name(value: Any) -> str:
    """A name from the rules inside prose: escaped, and marked so no glossary link splits it."""
    return f'<span class="naam">{md(value)}</span>'


def html_text(value: Any) -> str:
    """Text → HTML text, for raw HTML where Markdown is not read. Braces and pipes become entities."""
    text = _WHITESPACE.sub(" ", str(value)).strip().replace("\x00", "\ufffd")  # NUL is no HTML text
    return html.escape(text, quote=True).translate(_BRACES_PIPE)


def yaml_str(value: Any) -> str:
    """A YAML double-quoted scalar. The theme prints titles without escaping, so HTML-escape first."""
    return json.dumps(html_text(value), ensure_ascii=False)


def yaml_key(value: Any) -> str:
    """A YAML key (a menu title): as yaml_str, and short, since YAML reads a key of at most 1024 characters."""
    text = _WHITESPACE.sub(" ", str(value)).strip()
    return yaml_str(text if len(text) <= 120 else text[:119].rstrip() + "…")


def comment(value: Any) -> str:
    """Text that cannot end an HTML comment or a YAML comment line: one line, no --, no < or >."""
    text = _WHITESPACE.sub(" ", str(value)).strip()
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    while "--" in text:
        text = text.replace("--", "- -")
    return text.replace("<", "‹").replace(">", "›")


_MERMAID_CODES = {"#": "#35;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "{": "#123;",
                  "}": "#125;", "|": "#124;", "[": "#91;", "]": "#93;", "`": "#96;", "\\": "#92;"}
_MERMAID_SPECIAL = re.compile("[" + re.escape("".join(_MERMAID_CODES)) + "]")


def mermaid_label(value: Any) -> str:
    """Text → a quoted Mermaid label: every character Mermaid or HTML reads becomes an entity code."""
    text = _WHITESPACE.sub(" ", str(value)).strip()
    return '"' + _MERMAID_SPECIAL.sub(lambda m: _MERMAID_CODES[m.group(0)], text) + '"'


def tag(name: str, content: str, **attrs: Any) -> str:
    """An HTML element; `content` is HTML already, attribute values are escaped here."""
    text = "".join(f' {k.rstrip("_")}="{html_text(v)}"' for k, v in attrs.items() if v not in (None, ""))
    return f"<{name}{text}>{content}</{name}>"


def a(href: str, text: str, title: str = "") -> str:
    """A link in raw HTML; `text` is plain text."""
    return tag("a", html_text(text), href=href, title=title)


# -- The source text (regels/bron/*.md) as HTML

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_SOURCE_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]+\)")
_LIST_ITEM = re.compile(r"( *)([-*+]|\d+[.)])\s+(.*)")
_TABLE_SEP = re.compile(r"\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?")


def source_inline(text: str) -> str:
    """One line of source text → HTML: escaped, with **bold** kept and a link shown as its text."""
    text = _SOURCE_LINK.sub(r"\1", text)
    out = []
    for i, part in enumerate(_BOLD.split(text)):
        if i % 2:
            out.append(tag("strong", html_text(part)))
        elif part:
            out.append(html.escape(part, quote=True).translate(_BRACES_PIPE))
    return _WHITESPACE.sub(" ", "".join(out)).strip()


def _table_cells(line: str) -> list[str]:
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", body)]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def source_html(text: str, caption: str = "Tabel uit de brontekst") -> str:
    """Markdown of the source text → HTML on one line per block, with no blank lines.

    Keeps the shapes the source uses: paragraphs, (nested) lists, tables and bold; every table
    gets a caption and header cells. Everything else is shown as the plain text it is.
    """
    counter = [0]

    def table(rows: list[str]) -> str:
        counter[0] += 1
        cells = [_table_cells(r) for r in rows if not _TABLE_SEP.fullmatch(r.strip())]
        has_header = len(rows) > 1 and _TABLE_SEP.fullmatch(rows[1].strip()) is not None
        header = cells[0] if has_header else []
        body = cells[1:] if has_header else cells
        width = max(len(r) for r in cells)
        header = header + [""] * (width - len(header))
        head = "".join(tag("th", html_text(h) if h else tag("span", f"kolom {i}", class_="verborgen"), scope="col")
                       for i, h in enumerate(header, 1))
        lines = [tag("tr", head)] if header else []
        for row in body:
            row = row + [""] * (width - len(row))
            lines.append("<tr>" + "".join(tag("td", source_inline(c)) for c in row) + "</tr>")
        name = caption if counter[0] == 1 else f"{caption} ({counter[0]})"
        thead = f"<thead>{lines[0]}</thead>" if header else ""
        return (f"<table><caption>{html_text(name)}</caption>{thead}"
                f"<tbody>{''.join(lines[1:] if header else lines)}</tbody></table>")

    def blocks(lines: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                i += 1
                continue
            if line.lstrip().startswith("|"):
                j = i
                while j < len(lines) and lines[j].lstrip().startswith("|"):
                    j += 1
                out.append(table([x.strip() for x in lines[i:j]]))
                i = j
            elif m := _LIST_ITEM.fullmatch(line):
                ordered = m.group(2)[0].isdigit()
                base = _indent(line)
                items = []
                while i < len(lines):
                    m = _LIST_ITEM.fullmatch(lines[i])
                    if not m or _indent(lines[i]) != base or m.group(2)[0].isdigit() != ordered:
                        break
                    body = [" " * (base + 2) + m.group(3)]
                    i += 1
                    while i < len(lines) and (not lines[i].strip() or _indent(lines[i]) > base):
                        body.append(lines[i])
                        i += 1
                    while body and not body[-1].strip():
                        body.pop()
                    cut = min(_indent(x) for x in body if x.strip())
                    inner = blocks([x[cut:] for x in body])
                    if len(inner) == 1 and inner[0].startswith("<p>"):
                        inner = [inner[0][3:-4]]
                    items.append("<li>" + "".join(inner) + "</li>")
                    if i < len(lines) and not lines[i].strip():
                        k = i
                        while k < len(lines) and not lines[k].strip():
                            k += 1
                        nxt = _LIST_ITEM.fullmatch(lines[k]) if k < len(lines) else None
                        if nxt and _indent(lines[k]) == base:
                            i = k
                out.append(tag("ol" if ordered else "ul", "".join(items)))
            else:
                j = i
                para = []
                while j < len(lines) and lines[j].strip() and not _LIST_ITEM.fullmatch(lines[j]) \
                        and not lines[j].lstrip().startswith("|"):
                    para.append(lines[j].strip())
                    j += 1
                out.append(tag("p", source_inline(" ".join(para))))
                i = j
        return out

    return "".join(blocks(text.split("\n")))


# -- Names for files, anchors and links

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


@lru_cache(maxsize=None)
def bron_id(anchor: str) -> str:
    """The HTML id of a quoted paragraph."""
    return "bron-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", anchor).strip("-") or "paragraaf")


@lru_cache(maxsize=None)
def md_url(src: str, dst: str, anchor: str = "") -> str:
    """A Markdown link from page `src` to page `dst` (paths inside docs/); MkDocs checks and rewrites it."""
    path = "" if src == dst else posixpath.relpath(dst, posixpath.dirname(src) or ".")
    return path + (f"#{anchor}" if anchor else "")


def _folder_url(page: str) -> str:
    stem = page[:-3]
    if stem == "index":
        return "."
    return stem[:-6] if stem.endswith("/index") else stem


@lru_cache(maxsize=None)
def html_url(src: str, dst: str, anchor: str = "") -> str:
    """A link in raw HTML, which MkDocs does not rewrite: the final URL (use_directory_urls)."""
    if src == dst:
        return f"#{anchor}" if anchor else "./"
    rel = posixpath.relpath(_folder_url(dst), _folder_url(src))
    return ("./" if rel == "." else rel + "/") + (f"#{anchor}" if anchor else "")


def _parents(anchor: str) -> list[str]:
    """§3.4 a → 3.4-a, 3.4, 3."""
    out = [anchor]
    while True:
        if re.search(r"-[a-z]$", anchor):
            anchor = anchor[:-2]
        elif "." in anchor:
            anchor = anchor.rsplit(".", 1)[0]
        else:
            return out
        out.append(anchor)


# -- Expressions and cells as a reader writes them

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
        return f"{e.function}({', '.join(expr_text(x) for x in e.args)})"
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


def expr_refs(e: ast.Expr | None) -> list[str]:
    """The names an expression reads, in order, once each."""
    if e is None:
        return []
    return list(dict.fromkeys(n.name for n in ast.walk(e) if isinstance(n, ast.ERef)))


def lit_text(lit: ast.Lit) -> str:
    return str(lit.value) if lit.kind == "tekst" else lit.text


def cell_text(c: ast.Cell) -> str:
    """A cell as written, but a plain value (or a list of them) without its quotes."""
    if c.kind == "any":
        return "-"
    if c.kind == "leeg":
        return ""
    if c.kind == "tests" and not c.negated and c.tests and all(t.op == "=" for t in c.tests):
        return " of ".join(lit_text(t.value) for t in c.tests)
    return c.text


def cell_values(c: ast.Cell) -> list[str]:
    """The values a condition cell names one by one (`x of y`), as text; [] for anything else."""
    if c.kind == "tests" and not c.negated and all(t.op == "=" and t.value is not None for t in c.tests):
        return [tekst(t.value.value) for t in c.tests]
    return []


def _and_list(items: list[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def _ranges(numbers: tuple[int, ...]) -> str:
    """1, 2, 3, 5 → "1 t/m 3 en 5"."""
    spans: list[list[int]] = []
    for n in sorted(numbers):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return _and_list([f"{x} t/m {y}" if y > x + 1 else (f"{x}, {y}" if y == x + 1 else str(x)) for x, y in spans])


def count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _date(lit: ast.Lit) -> str:
    return tekst(lit.value) if lit.kind == "datum" else lit.text


def _assignment_text(x: ast.Assignment) -> str:
    if x.kind == "onbekend":
        return "onbekend"
    if x.kind == "geen" or not x.values:
        return "geen"
    return ", ".join(tekst(lit.value) for lit in x.values)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def validity(h: ast.Header) -> str:
    if h.geldig_vanaf is not None and h.geldig_tot is not None:
        return f"Deze regels gelden van {_date(h.geldig_vanaf)} tot {_date(h.geldig_tot)}."
    if h.geldig_vanaf is not None:
        return f"Deze regels gelden vanaf {_date(h.geldig_vanaf)}. Er is geen einddatum."
    return "Bij deze regels staat geen datum waarop ze gaan gelden."


# -- HTML tables: a caption, header cells with a scope, everything escaped

def html_table(caption: str, header: list[str], rows: list[list[str]], row_header: bool = False,
               row_ids: list[str] | None = None) -> str:
    """Header and caption are plain text; row cells are HTML already. One line: no blank lines."""
    head = "".join(tag("th", html_text(h), scope="col") for h in header)
    body = []
    for i, row in enumerate(rows):
        cells = []
        for j, c in enumerate(row):
            cells.append(tag("th", c, scope="row") if row_header and j == 0 else tag("td", c))
        body.append(tag("tr", "".join(cells), id=(row_ids[i] if row_ids else "")))
    return tag("table", tag("caption", html_text(caption)) + tag("thead", tag("tr", head))
               + tag("tbody", "".join(body)))


# -- Glossary links: the first use of each term on a page links to the glossary

_PROTECTED = re.compile(
    r'<span class="naam">.*?</span>'          # a name from the rules
    r"|(?<!\\)\[(?:\\.|[^\]\\])*\]\([^)]*\)"  # a Markdown link
    r"|`[^`]*`"                               # code
    r"|<[^>]*>"                               # an HTML tag
    r"|&#?\w+;"                               # an entity
    r"|\{:[^}]*\}"                            # an attribute list
    r"|\\."                                   # an escaped character
)


def link_terms(markdown: str, page: str, glossary: tuple[Term, ...]) -> str:
    """Link the first use of each term in the prose of a page (not in headings, tables, HTML or quotes)."""
    lines = markdown.split("\n")
    prose = _prose(lines)
    # Only a prose line that holds a form of a term not yet linked can link something. Per term,
    # the lines holding one of its forms come from one search over all prose, read only as far
    # as needed: a term is mostly linked near the top, and the rest of the page is not searched.
    text = "\n".join(lines[n] for n in prose)
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    found = {term.slug: (bisect.bisect_right(starts, m.start()) - 1 for m in _form_pattern(term).finditer(text))
             for term in glossary}
    ahead = {slug: next(lines_of, None) for slug, lines_of in found.items()}
    linked: set[str] = set()
    while True:
        k = min((k for slug, k in ahead.items() if k is not None and slug not in linked), default=None)
        if k is None:
            return "\n".join(lines)
        lines[prose[k]] = _link_line(lines[prose[k]], page, glossary, linked)
        for slug, at in ahead.items():
            while at is not None and at <= k and slug not in linked:
                at = next(found[slug], None)
            ahead[slug] = at


def _prose(lines: list[str]) -> list[int]:
    """The numbers of the lines whose text may link a term: not the first, not in a code fence or a
    block of raw HTML, not a heading, table, quote, admonition, comment or attribute list."""
    out = []
    raw_html = fence = False
    for n, line in enumerate(lines):
        stripped = line.lstrip()
        if stripped.startswith("```"):
            fence = not fence
        if n == 0 or fence or stripped.startswith("```"):
            continue
        if raw_html or (line.startswith("<") and not line.startswith("<!--")):
            raw_html = bool(line.strip())
            continue
        if not stripped or stripped[0] in "#|>" or stripped.startswith(("!!!", "???", "<!--", "{:")):
            continue
        out.append(n)
    return out


@lru_cache(maxsize=None)
def _form_pattern(term: Term) -> re.Pattern:
    """_term_pattern without its look-behind: in a piece of a line that starts after an escaped
    character, a form can follow a letter on the page and still be a whole word in the piece."""
    forms = "|".join(re.escape(f) for f in sorted(term.vormen, key=len, reverse=True))
    return re.compile(rf"(?:{forms})(?![\w-])", 0 if term.exact else re.IGNORECASE)


@lru_cache(maxsize=None)
def _term_pattern(term: Term) -> re.Pattern:
    """Any form of the term as a whole word (the longest form first), compiled once."""
    forms = "|".join(re.escape(f) for f in sorted(term.vormen, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{forms})(?![\w-])", 0 if term.exact else re.IGNORECASE)


def _link_line(line: str, page: str, glossary: tuple[Term, ...], linked: set[str]) -> str:
    pieces, last = [], 0
    for m in _PROTECTED.finditer(line):
        pieces.append((line[last:m.start()], True))
        pieces.append((m.group(0), False))
        last = m.end()
    pieces.append((line[last:], True))
    out = []
    for text, free in pieces:
        while free and text:
            best = None
            for term in glossary:
                if term.slug in linked:
                    continue
                m = _term_pattern(term).search(text)
                if m and (best is None or m.start() < best[1].start()):
                    best = (term, m)
            if best is None:
                break
            term, m = best
            linked.add(term.slug)
            url = md_url(page, BEGRIPPEN, term.slug)
            out.append(text[:m.start()] + f'[{m.group(0)}]({url} "Begrip: {term.naam}")')
            text = text[m.end():]
        out.append(text)
    return "".join(out)


# -- Steps: the tables grouped into the dimensions of the beleidsregel

@dataclass
class Step:
    number: int
    title: str
    page: str                                   # docs-relative path
    tables: list[Any] = field(default_factory=list)
    bijlage: tuple[str, ...] = ()
    bron: tuple[str, ...] = ()                  # the paragraphs this step is the home of (site.yml)
    needs: list[int] = field(default_factory=list)   # numbers of the steps whose outcomes it reads


def group_steps(model: Model, folder: str, definition: RegelsetDef) -> list[Step]:
    """The tables grouped into steps (site.yml), in an order that never shows a step before the
    steps it needs: the order of site.yml where the rules allow it, else evaluation order."""
    by_file: dict[str, StepDef] = {}
    by_anchor: dict[str, StepDef] = {}
    for s in definition.stappen:
        for f in s.bestanden:
            by_file.setdefault(f, s)
        for anchor in s.bron:
            by_anchor.setdefault(anchor, s)

    def definition_of(table: ast.Table) -> StepDef | None:
        stem = Path(table.span.file).stem
        if stem in by_file:
            return by_file[stem]
        for ref in table_refs(table):
            for candidate in _parents(ref.anchor):
                if candidate in by_anchor:
                    return by_anchor[candidate]
        return None

    groups: dict[str, tuple[StepDef | None, list]] = {}
    for table in model.tables():
        d = definition_of(table)
        title = d.titel if d else _capital(table.name)
        groups.setdefault(title, (d, []))[1].append(table)

    evaluation = {t.name: i for i, t in enumerate(model.tables())}
    titles = [s.titel for s in definition.stappen]
    step_of_table = {t.name: title for title, (_, tables) in groups.items() for t in tables}
    needs = {title: {step_of_table[n] for t in tables for n in table_dependencies(model, t)[1]} - {title}
             for title, (_, tables) in groups.items()}

    def rank(title: str) -> tuple:
        first = evaluation[groups[title][1][0].name]
        return (titles.index(title), first) if title in titles else (len(titles), first)

    remaining = sorted(groups, key=rank)
    placed: list[str] = []
    while remaining:
        ready = next((t for t in remaining if needs[t] <= set(placed)), None)
        pick = ready or min(remaining, key=lambda t: evaluation[groups[t][1][0].name])
        placed.append(pick)
        remaining.remove(pick)

    taken = {OVERVIEW, ROUTE, VOORBEELDEN}
    steps = []
    number_of = {title: n for n, title in enumerate(placed, 1)}
    for number, title in enumerate(placed, 1):
        d, tables = groups[title]
        slug = _unique(slugify(title, "stap"), taken)
        steps.append(Step(number, title, f"{folder}/{slug}.md", tables, d.bijlage if d else (),
                          d.bron if d else (), sorted(number_of[t] for t in needs[title])))
    return steps


def table_dependencies(model: Model, table: ast.Table) -> tuple[list[str], list[str]]:
    """What a table depends on, through derived values: (invoer names, names of tables)."""
    inputs, tables, seen = [], [], set()

    def visit(name: str) -> None:
        if name in seen:
            return
        seen.add(name)
        producer = model.producers.get(name)
        if isinstance(producer, ast.Derived):
            for n in expr_refs(producer.expr):
                visit(n)
        elif isinstance(producer, (ast.Beslistabel, ast.Kruistabel)):
            if producer.name != table.name:
                tables.append(producer.name)
        elif producer is not None:
            inputs.append(name)

    bt = table.as_beslistabel()
    for col in bt.inputs:
        visit(col.name)
    for row in bt.rows:
        for cell in row.conclusions:
            for n in expr_refs(cell.expr):
                visit(n)
    return inputs, list(dict.fromkeys(tables))


def table_refs(table: ast.Table) -> list[ast.Bron]:
    """The paragraphs a table cites, its own first, then its rows', once each."""
    refs = list(table.bron)
    if isinstance(table, ast.Beslistabel):
        for row in table.rows:
            refs += row.bron
    return list({r.anchor: r for r in reversed(refs)}.values())[::-1]


# -- What the templates receive

@dataclass
class Bronref:
    label: str
    href: str            # Markdown link, "" when nothing quotes the paragraph
    url: str = ""        # the same in raw HTML

    @property
    def md(self) -> str:
        return f"[{md(self.label)}]({self.href})" if self.href else md(self.label)

    @property
    def html(self) -> str:
        return a(self.url, self.label, f"Tekst van {self.label}") if self.url else html_text(self.label)


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
    html: str                          # the table itself
    source: str                        # the quoted paragraphs, HTML
    beside: bool
    bron: list[Bronref]
    meanings: str = ""                 # a kruistabel: what each value in the schema means (HTML)
    meanings_title: str = ""


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
        self.voorbeelden_page = f"{folder}/{VOORBEELDEN}.md"
        self.value_ids: dict[tuple[str, str], tuple[str, str]] = {}   # (keuzelijst, value) → page, id
        for step in self.steps:
            for table in step.tables:
                if isinstance(table, ast.Kruistabel):
                    enum = self._enum_of(table.name)
                    for row in table.cells:
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

    def beslistabel_html(self, page: str, table: ast.Beslistabel) -> str:
        with_bron = any(r.bron for r in table.rows)
        with_toel = any(r.toelichting for r in table.rows)
        with_citaat = any(r.citaat for r in table.rows)
        header = ["Rij", *(c.name for c in table.inputs), *(f"→ {c.name}" for c in table.outputs)]
        header += ["Bron"] * with_bron + ["Toelichting"] * with_toel + ["Citaat"] * with_citaat
        rows = []
        for row in table.rows:
            cells = [html_text(row.number)] + [html_text(cell_text(c)) for c in row.conditions + row.conclusions]
            if with_bron:
                cells.append(", ".join(self.bronref(page, r).html for r in row.bron))
            if with_toel:
                cells.append(html_text(row.toelichting))
            if with_citaat:
                cells.append(" ".join(tag("q", html_text(c.text)) for c in row.citaat))
            rows.append(cells)
        caption = f"Beslistabel {table.name}. Welke rij telt: {HIT_WORDS[table.hit]}."
        return html_table(caption, header, rows, row_header=True)

    def kruistabel_html(self, page: str, kt: ast.Kruistabel) -> str:
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
            cells = tag("th", html_text(f"{dim.name} →"), scope="row")
            cells += "".join(tag("th", html_text(text), scope="colgroup" if span > 1 else "col",
                                 colspan=span if span > 1 else None) for text, span, _ in groups)
            head.append(tag("tr", cells))
        enum = self._enum_of(kt.name)
        body = []
        for r, value in enumerate(kt.row_values):
            cells = tag("th", html_text(lit_text(value)), scope="row")
            for c in kt.cells[r]:
                values = cell_values(c)
                links = [a(html_url(page, *self.value_ids[(enum, v)]), v, f"Wat betekent {v}?")
                         for v in values if (enum, v) in self.value_ids]
                cells += tag("td", " of ".join(links) if links and len(links) == len(values)
                             else html_text(cell_text(c)))
            body.append(tag("tr", cells))
        caption = (f"Kruistabel {kt.name}: {kt.rijen.name} in de rijen, "
                   f"{_and_list([k.name for k in kt.kolommen])} in de kolommen.")
        return tag("table", tag("caption", html_text(caption)) + tag("thead", "".join(head))
                   + tag("tbody", "".join(body)))

    def describe_value(self, page: str, name: str, value: str) -> str:
        """What a value of a dimension of a schema means, in HTML: the keuzelijst's own words,
        or else the rows of the table that gives it."""
        enum = self.model.enums.get(self._enum_of(name) or "")
        if enum is not None:
            for v in enum.values:
                if v.name == value and v.description:
                    return f"{html_text(name)} <strong>{html_text(value)}</strong>: {html_text(v.description)}"
        producer = self.model.producers.get(name)
        if isinstance(producer, ast.Beslistabel):
            out = producer.outputs
            conditions = []
            for row in producer.rows:
                for col, cell in zip(out, row.conclusions):
                    if col.name == name and value in cell_values(cell):
                        asks = [f"{c.name} {cell_text(x)}" for c, x in zip(producer.inputs, row.conditions)
                                if x.kind not in ("any", "leeg") and not row.anders]
                        conditions.append(_and_list(asks) or "in alle andere gevallen")
            if conditions:
                link = a(self.table_url(page, producer.name), f"tabel {producer.name}")
                return (f"{html_text(name)} <strong>{html_text(value)}</strong>: als "
                        f"{html_text(' of als '.join(conditions))} ({link})")
        return f"{html_text(name)} <strong>{html_text(value)}</strong>"

    def meanings_html(self, page: str, kt: ast.Kruistabel) -> str:
        """Per value in the schema: where it sits (each dimension in words) and what follows from it."""
        enum = self._enum_of(kt.name)
        width = len(kt.cells[0]) if kt.cells else 0
        seen: dict[str, list[str]] = {}
        for r, row_value in enumerate(kt.row_values):
            for c in range(width):
                for v in cell_values(kt.cells[r][c]):
                    parts = [self.describe_value(page, kt.rijen.name, tekst(row_value.value))]
                    parts += [self.describe_value(page, k.name, tekst(kt.header[d][c].value))
                              for d, k in enumerate(kt.kolommen)]
                    seen.setdefault(v, []).append("<br>".join(parts))
        rows, ids = [], []
        for v, places in seen.items():
            follows = self.consequences(page, enum, v, exclude=kt.name)
            rows.append([html_text(v), "<br><strong>of</strong><br>".join(places),
                         "<br>".join(follows) if follows else "Geen andere tabel noemt deze waarde apart."])
            ids.append(self.value_ids[(enum, v)][1])
        return html_table(f"Wat elke waarde in de kruistabel {kt.name} betekent",
                          [_capital(kt.name), "Wanneer", "Wat eruit volgt"], rows, row_header=True, row_ids=ids)

    def consequences(self, page: str, enum: str | None, value: str, exclude: str) -> list[str]:
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
                    link = a(self.table_url(page, table.name), f"tabel {table.name}, rij {row.number}")
                    text = ("als ook " + _and_list(also) + ": " if also else "") + ("; ".join(gives) or "geen uitkomst")
                    if row.toelichting:
                        text += f" ({row.toelichting})"
                    found.append(f"{link}: {html_text(text)}")
        return found

    def source_block(self, page: str, refs: list[ast.Bron], shown: set[str]) -> tuple[str, int]:
        """The paragraphs a table cites, quoted (once per page). Returns HTML and its length in text."""
        parts, size = [], 0
        for ref in refs:
            p = (self.site.paragraphs or {}).get(ref.anchor)
            if ref.anchor in shown:
                label = self.site.label(ref)
                parts.append(tag("p", "Zie " + a(f"#{bron_id(ref.anchor)}", label, f"Tekst van {label}")
                                 + " hierboven."))
                continue
            shown.add(ref.anchor)
            if p is None:
                parts.append(tag("p", html_text(f"{ref.text}: deze paragraaf staat niet in de brontekst.")))
                continue
            body = source_html(p.text, f"Tabel uit {self.site.label(ref)}") if p.text else tag(
                "p", "Deze paragraaf heeft geen eigen tekst. De tekst staat in de delen eronder.")
            size += len(p.text)
            parts.append(tag("blockquote", tag("p", tag("strong", html_text(self.site.heading(p)))) + body,
                             id=bron_id(ref.anchor), class_="bron"))
        return "".join(parts), size

    def table_view(self, page: str, table: ast.Table, shown: set[str]) -> TableView:
        bt = table.as_beslistabel()
        kind = "kruistabel" if isinstance(table, ast.Kruistabel) else "beslistabel"
        html_ = self.kruistabel_html(page, table) if kind == "kruistabel" else self.beslistabel_html(page, table)
        source, size = self.source_block(page, table_refs(table), shown)
        columns = 1 + len(bt.inputs) + len(bt.outputs) + any(getattr(r, "bron", ()) for r in bt.rows) \
            + any(getattr(r, "toelichting", "") for r in bt.rows)
        beside = kind == "beslistabel" and columns <= _BESIDE_COLUMNS and size > 0
        view = TableView(table, self.table_id[table.name], kind, [c.name for c in bt.inputs],
                         [c.name for c in bt.outputs], bt.hit, html_, source, beside,
                         [self.bronref(page, r) for r in table.bron])
        if kind == "kruistabel" and self._enum_of(table.name) is not None:
            view.meanings = self.meanings_html(page, table)
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
                      dict(outcomes), dict(fired))

    def _worked_parts(self, outcome: Outcome) -> tuple:
        """What worked() shows of a voorbeeld that is the same on every page, worked out once."""
        cache = self.__dict__.setdefault("_worked_cache", {})
        if id(outcome) in cache:
            return cache[id(outcome)][1]
        v = outcome.voorbeeld
        given = {x.name: x for x in v.gegeven}
        gegeven = [(d.name, _assignment_text(given[d.name]) if d.name in given else "onbekend")
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
                explained.append((s, table, "kruistabel" if isinstance(table, ast.Kruistabel) else "tabel",
                                  self.row_words(table, s.rijen)))
        cache[id(outcome)] = (outcome, (gegeven, dan, outcomes, fired, explained))
        return cache[id(outcome)][1]

    def row_words(self, table: ast.Table, numbers: tuple[int, ...]) -> str:
        """Which rows fired, in words: the number and what it asks, or the cell of the schema."""
        if not numbers:
            return "geen rij past" if isinstance(table, ast.Beslistabel) else "een waarde is onbekend"
        if isinstance(table, ast.Kruistabel):
            width = len(table.cells[0])
            r, c = divmod(numbers[0] - 1, width)
            where = [f"{table.rijen.name} {lit_text(table.row_values[r])}"]
            where += [f"{k.name} {lit_text(table.header[d][c])}" for d, k in enumerate(table.kolommen)]
            return "het vak bij " + _and_list(where)
        if len(numbers) > 2:
            return "rijen " + _ranges(numbers)
        parts = []
        for number in numbers:
            row = next((x for x in table.rows if x.number == number), None)
            if row is None or row.anders:
                parts.append(f"rij {number}" + (" (anders)" if row is not None else ""))
                continue
            asks = [f"{col.name}: {cell_text(c)}" for col, c in zip(table.inputs, row.conditions)
                    if c.kind not in ("any", "leeg")]
            parts.append(f"rij {number}" + (f" ({'; '.join(asks)})" if asks else ""))
        return _and_list(parts)

    def relevant(self, step: Step, worked: list[Worked]) -> list[Worked]:
        """The voorbeelden a step page works out: those about this step (by what they expect or cite),
        or else a few where the step's tables gave different outcomes."""
        outputs = {c.name for t in step.tables for c in t.as_beslistabel().outputs}
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

    # -- the diagram
    def overview_diagram(self) -> str:
        """A Mermaid flowchart of the route: one node per step, an arrow where a step uses what an
        earlier step decided (only the arrows no other path already implies), and per step the
        inputs it is the first to read."""
        lines = ["flowchart LR"]
        reach: dict[int, set[int]] = {}
        for s in self.steps:
            reach[s.number] = set(s.needs).union(*(reach.get(n, set()) for n in s.needs))
        used: set[str] = set()
        edges = []
        for s in self.steps:
            lines.append(f"  s{s.number}[{mermaid_label(f'Stap {s.number}: {s.title}')}]")
            new = []
            for t in s.tables:
                for n in table_dependencies(self.model, t)[0]:
                    if n not in used:
                        used.add(n)
                        new.append(n)
            if new:
                shown = new[:_DIAGRAM_NAMES]
                rest = len(new) - len(shown)
                label = "Gegevens: " + ", ".join(shown) + (f" en {rest} meer" if rest else "")
                lines.append(f"  g{s.number}([{mermaid_label(label)}])")
                edges.append(f"  g{s.number} --> s{s.number}")
            for n in s.needs:
                implied = any(n in reach.get(m, set()) for m in s.needs if m != n)
                if not implied:
                    edges.append(f"  s{n} --> s{s.number}")
        return "\n".join(lines + edges)

    def step_diagram(self, step: Step) -> str:
        """A Mermaid flowchart of one step: each input, and each table of another step it reads,
        into the tables of this step, and out of them what they decide."""
        lines = ["flowchart LR", f"  subgraph s{step.number}[{mermaid_label(f'Stap {step.number}: {step.title}')}]"]
        ids = {t.name: f"t{i}" for i, t in enumerate(step.tables, 1)}
        lines += [f"    {ids[t.name]}[[{mermaid_label(t.name)}]]" for t in step.tables]
        lines.append("  end")
        nodes: dict[str, str] = {}
        edges = []
        for t in step.tables:
            inputs, tables = table_dependencies(self.model, t)
            for other in tables:
                if other in ids:
                    edges.append(f"  {ids[other]} --> {ids[t.name]}")
                    continue
                label = f"{other} (uit stap {self.step_of[other].number}: {self.step_of[other].title})"
                if label not in nodes:
                    nodes[label] = f"v{len(nodes) + 1}"
                    lines.append(f"  {nodes[label]}[[{mermaid_label(label)}]]")
                edges.append(f"  {nodes[label]} --> {ids[t.name]}")
            for n in inputs:
                if n not in nodes:
                    nodes[n] = f"i{len(nodes) + 1}"
                    lines.append(f"  {nodes[n]}([{mermaid_label(n)}])")
                edges.append(f"  {nodes[n]} --> {ids[t.name]}")
        for t in step.tables:
            for i, col in enumerate(t.as_beslistabel().outputs, 1):
                node = f"{ids[t.name]}u{i}"
                lines.append(f"  {node}({mermaid_label(col.name)})")
                edges.append(f"  {ids[t.name]} --> {node}")
        return "\n".join(lines + list(dict.fromkeys(edges)))

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
            for col in table.as_beslistabel().outputs:
                t = self.model.types.get(col.name)
                outputs.append([html_text(col.name), html_text(type_text(t) if t is not None else ""),
                                a(self.table_url(page, table.name), table.name, f"Naar de tabel {table.name}"),
                                html_text(self.model.descriptions.get(col.name, ""))])
        inputs = [[html_text(d.name), html_text(self.soort(d.type, d.optional)), html_text(d.description)]
                  for d in self.rs.invoer]
        derived = [[html_text(d.name), html_text(expr_text(d.expr)), html_text(d.description)]
                   for d in self.rs.afgeleid]
        dekking_rows = [[self.bronref(page, d.bron).html, html_text(d.status), html_text(d.text)]
                        for d in self.rs.dekking]
        worked_index = [self.worked(i, o, self.voorbeelden_page) for i, o in enumerate(outcomes, 1)]
        render("regelset.md.jinja", page, validity=validity(self.rs.header),
               inputs_table=html_table("De invoer: de gegevens die de regels nodig hebben",
                                       ["Gegeven", "Soort", "Uitleg"], inputs, row_header=True) if inputs else "",
               derived_table=html_table("Afgeleide waarden: wat de regels zelf uitrekenen",
                                        ["Waarde", "Berekening", "Uitleg"], derived, row_header=True)
               if derived else "",
               outputs_table=html_table("De uitkomsten en de tabel die ze bepaalt",
                                        ["Uitkomst", "Soort", "Bepaald door", "Uitleg"], outputs, row_header=True)
               if outputs else "",
               dekking_table=html_table("Delen van de beleidsregel die geen regel in een tabel zijn",
                                        ["Paragraaf", "Soort", "Uitleg"], dekking_rows, row_header=True)
               if dekking_rows else "",
               keuzelijsten=list(self.rs.keuzelijsten), worked=worked_index)

        # The route: every step in order, with its tables and a diagram.
        page = self.route
        shown: set[str] = set()
        route_steps = []
        for step in self.steps:
            views = [self.table_view(page, t, shown) for t in step.tables]
            for view in views:
                view.source, view.beside, view.meanings = "", False, ""
            route_steps.append((step, views))
        first = self.worked(1, outcomes[0], page) if outcomes else None
        derived_rows = [[tag("span", html_text(d.name), id=self.derived_ids[d.name]), html_text(expr_text(d.expr)),
                         html_text(d.description)] for d in self.rs.afgeleid]
        render("route.md.jinja", page, route_steps=route_steps, diagram=self.overview_diagram(),
               first=first, derived_table=html_table("Wat de regels zelf uitrekenen", ["Waarde", "Berekening",
                                                                                      "Uitleg"],
                                                     derived_rows, row_header=True) if derived_rows else "")

        # One page per step.
        for step in self.steps:
            page = step.page
            shown = set()
            views = [self.table_view(page, t, shown) for t in step.tables]
            # Which voorbeelden a step works out does not depend on the page (relevant() reads names
            # and outcomes): choose from the index's, then work out only those, with this page's links.
            worked = [self.worked(w.number, outcomes[w.number - 1], page) for w in self.relevant(step, worked_index)]
            render("stap.md.jinja", page, step=step, views=views, diagram=self.step_diagram(step),
                   worked=worked, all_worked=len(outcomes),
                   bijlagen=[b for b in map(self.site.bijlage, step.bijlage) if b and b.anchor not in shown],
                   previous=self.steps[step.number - 2] if step.number > 1 else None,
                   next=self.steps[step.number] if step.number < len(self.steps) else None)

        # All voorbeelden.
        if outcomes:
            render("voorbeelden.md.jinja", self.voorbeelden_page, worked=worked_index)
        
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
    html: str
    anchor: str


class Site:
    """What every page needs to know about the others: where paragraphs are quoted, the source files."""

    def __init__(self, project: Any, models: list[Model]):
        self.project = project
        self.data = site_data()
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
        taken = set(_TOP_LEVEL)
        for model in models:
            rs = model.regelset
            slug = rs.slug if re.fullmatch(r"[A-Za-z0-9_-]+", rs.slug) else slugify(rs.slug, "regelset")
            self.folders[rs.slug] = _unique(slug, taken)

    def note_quotes(self, writer: RegelsetWriter) -> None:
        """Every step page quotes the paragraphs its tables cite. A link from elsewhere goes to the
        step that is the paragraph's home in site.yml, or else to the first step that quotes it."""
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
        return Bijlage(p.title, heading, source_html(p.text, f"Tabel uit de bijlage: {p.title}"), anchor)


def resultaatgebieden(project: Any) -> tuple[str, list[dict]]:
    """regels/bron/resultaatgebieden.md: the preamble, and per resultaatgebied its parts as HTML."""
    path = project.regels / "bron" / RESULTAATGEBIEDEN
    if not path.exists():
        return "", []
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
                                  source_html("\n".join(lines), f"Tabel uit bijlage B2: {p.title}")))
                current, lines = line[4:].strip(), []
            else:
                lines.append(line)
        slug = _unique(slugify(anchor, "gebied"), taken)
        summary = next((h for t, h in parts if t.lower() == "omschrijving"), "")
        areas.append({"title": p.title, "page": f"resultaatgebieden/{slug}.md", "parts": parts,
                      "summary": summary})
    return source_html("\n".join(preamble)), areas


def updated(models: list[Model]) -> str:
    """"Laatst bijgewerkt": the newest date the rules themselves carry (their `geldig vanaf`),
    so a build is the same on every machine and every day."""
    dates = [m.regelset.header.geldig_vanaf for m in models if m.regelset.header.geldig_vanaf is not None]
    dates = [d for d in dates if d.kind == "datum"]
    return tekst(max(d.value for d in dates)) if dates else ""


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=False, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(md=md, nm=name, html=html_text, yaml=yaml_str, yaml_key=yaml_key, comment=comment, and_list=_and_list,
                       capital=_capital, indent4=lambda s: s.replace("\n", "\n    "))
    env.globals.update(count=count)
    return env


def _warnings_view(model: Model) -> dict:
    """The checker's warnings of one regelset, per table, for its maintainers."""
    from compiler.analyse.rapport import warnings_for_docs

    rows = []
    for d in warnings_for_docs(model):
        place = f"{d.span.file}:{d.span.line}" if d.span.line else d.span.file
        status = f"toegelicht: {d.toelichting}" if d.toelichting else "open"
        rows.append([html_text(d.table or "(hele regelset)"), html_text(d.message), html_text(d.hint),
                     html_text(place), html_text(status)])
    table = html_table(f"Waarschuwingen bij {model.regelset.header.name}",
                       ["Tabel", "Melding", "Wat te doen", "Plaats", "Stand"], rows, row_header=True) if rows else ""
    return {"name": model.regelset.header.name, "table": table}


def generate(models: list[Model], project: Any) -> dict[str, str]:
    """Return {relative path from the project root: file content} for every generated docs file."""
    env = environment()
    site = Site(project, models)
    files: dict[str, str] = {}
    writers = [RegelsetWriter(m, site.folders[m.regelset.slug], site) for m in models]
    for w in writers:
        site.note_quotes(w)
    sections = []
    all_sources = [f for m in models for f in m.regelset.files] + site.bron_files
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
            has_rg=bool(areas), has_dekking=site.paragraphs is not None, hit_words=HIT_WORDS)

    preamble, areas = resultaatgebieden(project)
    render("home.md.jinja", HOME)
    render("begrippen.md.jinja", BEGRIPPEN, terms=[_term_view(t, site, writers) for t in terms()])
    if areas:
        render("resultaatgebieden.md.jinja", RG_INDEX, preamble=preamble, areas=areas)
        for area in areas:
            render("resultaatgebied.md.jinja", area["page"], area=area, areas=areas)
    if site.paragraphs is not None:
        render("dekking.md.jinja", DEKKING, **_coverage(models, site, writers))
    render("beleidsmakers.md.jinja", SCHRIJVEN, writers=writers,
           dmn_files=[(m.regelset.header.name, f"dmn/{module_name(m.regelset.slug)}.dmn") for m in models])  # issue 15
    render("meldingen.md.jinja", MELDINGEN, warning_sections=[_warnings_view(m) for m in models])
    files[wijzigingen.PAGE] = wijzigingen.pagina(models, all_sources)
    files[TAAL] = (f"<!-- Gegenereerd door regels bouw uit compiler/templates/docs/taal.md "
                   f"— niet met de hand bewerken. -->\n" + (TEMPLATES / "taal.md").read_text(encoding="utf-8"))
    files[STYLESHEET] = ("/* Gegenereerd door regels bouw uit compiler/templates/docs/regels.css "
                         "— niet met de hand bewerken. */\n" + (TEMPLATES / "regels.css").read_text(encoding="utf-8"))

    site_name = (models[0].regelset.header.name if models else "Regels") + " — " + site.data.gemeente
    footer = [f"{_capital(site.data.gemeente)}."]
    footer += [f"{s['rs'].header.name}: {s['validity']}" for s in sections]
    if updated(models):
        footer.append(f"Laatst bijgewerkt: {updated(models)}.")
    nav = [("Start", HOME)]
    render("mkdocs.yml.jinja", "mkdocs.yml", site_name=site_name, footer=" ".join(footer), areas=areas,
           site_nav=nav)
    out = {}
    for path, content in sorted(files.items()):
        if path.endswith(".md") and path != BEGRIPPEN:
            content = link_terms(content, path, terms())
        out[path if path == "mkdocs.yml" else f"docs/{path}"] = _tidy(content)
    return out


def _term_view(t: Term, site: Site, writers: list[RegelsetWriter]) -> dict:
    refs = []
    for anchor in t.bron:
        p = (site.paragraphs or {}).get(anchor)
        label = p.label if p is not None else anchor
        where = site.quoted_at.get(anchor)
        refs.append(f"[{md(label)}]({md_url(BEGRIPPEN, where, bron_id(anchor))})" if where else md(label))
    see = []
    for key in t.zie:
        if key == "resultaatgebieden" and (site.project.regels / "bron" / RESULTAATGEBIEDEN).exists():
            see.append(f"[De zes resultaatgebieden]({md_url(BEGRIPPEN, RG_INDEX)})")
        elif key == "arrangementen":
            for w in writers:
                for step in w.steps:
                    for table in step.tables:
                        if isinstance(table, ast.Kruistabel):
                            see.append(f"[Het schema {md(table.name)}]({w.table_link(BEGRIPPEN, table.name)})")
    return {"term": t, "bron": refs, "zie": see}


def _coverage(models: list[Model], site: Site, writers: list[RegelsetWriter]) -> dict:
    page = DEKKING
    rows, counts = [], {}
    cited: dict[str, list[str]] = {}
    for w in writers:
        for table in w.rs.tables:
            for ref in table_refs(table):
                cited.setdefault(ref.anchor, []).append(
                    a(w.table_url(page, table.name), f"tabel {table.name}", f"Naar de tabel {table.name}"))
        for i, v in enumerate(w.rs.voorbeelden, 1):
            for ref in v.bron:
                cited.setdefault(ref.anchor, []).append(
                    a(html_url(page, w.voorbeelden_page, f"voorbeeld-{i}"), f"voorbeeld {v.name}"))
    for row in dekking.report(models, site.paragraphs or {}):
        p = row.paragraph
        counts[row.status] = counts.get(row.status, 0) + 1
        where = site.quoted_at.get(p.anchor)
        label = a(html_url(page, where, bron_id(p.anchor)), p.heading, f"Tekst van {p.label}") if where \
            else html_text(p.heading)
        links = list(dict.fromkeys(cited.get(p.anchor, [])))
        rules = [html_text(r) for r in row.rules if not r.startswith(("beslistabel", "kruistabel", "voorbeeld"))]
        rows.append([label, html_text(row.status), "<br>".join(links + rules) or "—",
                     "<br>".join(html_text(r) for r in row.reasons) or "—"])
    table = html_table("Per paragraaf van de beleidsregel: waar het in de regels staat, of waarom niet",
                       ["Paragraaf", "Status", "Waar in de regels", "Toelichting"], rows, row_header=True)
    order = [dekking.GECODEERD, dekking.OORDEEL, dekking.INFORMATIEF, dekking.NIET]
    known = [(s, counts.get(s, 0)) for s in order]
    return {"table": table, "counts": known + sorted((s, n) for s, n in counts.items() if s not in order),
            "total": len(rows)}


def _tidy(content: str) -> str:
    """At most one blank line in a row, exactly one newline at the end, and no NUL (no HTML text)."""
    return re.sub(r"\n{3,}", "\n\n", content).rstrip("\n").replace("\x00", "\ufffd") + "\n"
