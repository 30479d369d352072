"""The glossary: the project's begrippen (regels/begrippen.yml) → Terms, and the linker that makes the
first use of each term in the prose of a page a link to its entry.

Input: the raw glossary list (compiler.projectdata) and Markdown pages. Output: Terms, and pages with links.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from compiler.backends.docs.escape import html_text
from compiler.backends.docs.urls import BEGRIPPEN, md_url, slugify, unique


@dataclass(frozen=True)
class Term:
    naam: str
    slug: str
    vormen: tuple[str, ...]
    exact: bool
    uitleg: str
    bron: tuple[str, ...]
    zie: tuple[str, ...]


def terms_from(raw: list[dict[str, Any]]) -> tuple[Term, ...]:
    """The entries of begrippen.yml as Terms, each with a unique anchor."""
    taken: set[str] = set()
    out = []
    for n, t in enumerate(raw, 1):
        if not isinstance(t, dict) or not t.get("naam") or not t.get("vormen") or not t.get("uitleg"):
            raise ValueError(f"begrippen.yml: begrip {n} heeft geen naam, vormen of uitleg")
        out.append(Term(str(t["naam"]), unique(slugify(str(t["naam"]), "begrip"), taken),
                        tuple(str(v) for v in t["vormen"]), bool(t.get("exact")), " ".join(str(t["uitleg"]).split()),
                        tuple(str(b) for b in t.get("bron", ())), tuple(str(z) for z in t.get("zie", ()))))
    return tuple(out)


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
            out.append(text[:m.start()] + f'[{m.group(0)}]({url} "Begrip: {html_text(term.naam)}")')
            text = text[m.end():]
        out.append(text)
    return "".join(out)


