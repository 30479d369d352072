"""The source text (regels/bron/*.md) as view models: paragraphs, (nested) lists, tables and bold.

Input: the Markdown of a paragraph of the source text. Output: nodes of views.py, which
_html.jinja writes as HTML. Everything else in the source is shown as the plain text it is.
"""

from __future__ import annotations

import re

from compiler.backends.docs.escape import _WHITESPACE
from compiler.backends.docs.views import Cell, ItemList, Node, Para, Plain, Row, Span, Strong, Table, Text

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_SOURCE_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]+\)")
_LIST_ITEM = re.compile(r"( *)([-*+]|\d+[.)])\s+(.*)")
_TABLE_SEP = re.compile(r"\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?")


def source_inline(text: str) -> list[Node]:
    """One line of source text → inline nodes: **bold** kept, a link shown as its text."""
    text = _WHITESPACE.sub(" ", _SOURCE_LINK.sub(r"\1", text)).strip()
    out: list[Node] = []
    for i, part in enumerate(_BOLD.split(text)):
        if i % 2:
            out.append(Strong(part))
        elif part:
            out.append(Plain(part))
    return out


def _table_cells(line: str) -> list[str]:
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", body)]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def source_blocks(text: str, caption: str = "Tabel uit de brontekst") -> list[Node]:
    """Markdown of the source text → blocks (paragraphs, lists, tables), for _html.jinja.

    Keeps the shapes the source uses: paragraphs, (nested) lists, tables and bold; every table
    gets a caption and header cells. Everything else is shown as the plain text it is.
    """
    counter = [0]

    def table(rows: list[str]) -> Table:
        counter[0] += 1
        cells = [_table_cells(r) for r in rows if not _TABLE_SEP.fullmatch(r.strip())]
        has_header = len(rows) > 1 and _TABLE_SEP.fullmatch(rows[1].strip()) is not None
        header = cells[0] if has_header else []
        body = cells[1:] if has_header else cells
        width = max(len(r) for r in cells)
        header = header + [""] * (width - len(header))
        head = [Row([Cell([Text(h)] if h else [Span(f"kolom {i}", cls="verborgen")], header=True, scope="col")
                     for i, h in enumerate(header, 1)])] if header else []
        rows_ = [Row([Cell(source_inline(c)) for c in row + [""] * (width - len(row))]) for row in body]
        return Table(caption if counter[0] == 1 else f"{caption} ({counter[0]})", head, rows_)

    def blocks(lines: list[str]) -> list[Node]:
        out: list[Node] = []
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
                    if len(inner) == 1 and isinstance(inner[0], Para):
                        inner = list(inner[0].content)
                    items.append(inner)
                    if i < len(lines) and not lines[i].strip():
                        k = i
                        while k < len(lines) and not lines[k].strip():
                            k += 1
                        nxt = _LIST_ITEM.fullmatch(lines[k]) if k < len(lines) else None
                        if nxt and _indent(lines[k]) == base:
                            i = k
                out.append(ItemList(ordered, items))
            else:
                j = i
                para = []
                while j < len(lines) and lines[j].strip() and not _LIST_ITEM.fullmatch(lines[j]) \
                        and not lines[j].lstrip().startswith("|"):
                    para.append(lines[j].strip())
                    j += 1
                out.append(Para(source_inline(" ".join(para))))
                i = j
        return out

    return blocks(text.split("\n"))  # only \n ends a line: U+2028, NEL and FF are text
