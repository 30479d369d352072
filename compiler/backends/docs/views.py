"""View models of the HTML parts of a page: tables, the quoted source text, links and emphasis.

Python decides what a page shows (these values); the template `_html.jinja` decides how it is
written as HTML, and escapes every text on the way (filters from escape.py). No module of the
docs backend writes HTML itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Sequence, Union


@dataclass(frozen=True)
class Text:
    """Text, its whitespace collapsed and trimmed."""
    text: object
    kind: ClassVar[str] = "text"


@dataclass(frozen=True)
class Plain:
    """Text exactly as it is, spaces included (a separator, or a piece of a line)."""
    text: str
    kind: ClassVar[str] = "plain"


@dataclass(frozen=True)
class Link:
    href: str
    text: str
    title: str = ""
    kind: ClassVar[str] = "link"


@dataclass(frozen=True)
class Strong:
    text: str
    kind: ClassVar[str] = "strong"


@dataclass(frozen=True)
class Quote:
    text: str
    kind: ClassVar[str] = "quote"


@dataclass(frozen=True)
class Break:
    kind: ClassVar[str] = "break"


@dataclass(frozen=True)
class Span:
    text: str
    id: str = ""
    cls: str = ""
    kind: ClassVar[str] = "span"


@dataclass(frozen=True)
class Cell:
    content: Sequence["Node"]
    header: bool = False
    scope: str = ""
    colspan: int | None = None
    kind: ClassVar[str] = "cell"


@dataclass(frozen=True)
class Row:
    cells: Sequence[Cell]
    id: str = ""
    kind: ClassVar[str] = "row"


@dataclass(frozen=True)
class Table:
    """A table with a caption; `head` rows go in <thead> (none: no <thead>)."""
    caption: str
    head: Sequence[Row]
    body: Sequence[Row]
    kind: ClassVar[str] = "table"


@dataclass(frozen=True)
class Para:
    content: Sequence["Node"]
    kind: ClassVar[str] = "para"


@dataclass(frozen=True)
class ItemList:
    ordered: bool
    items: Sequence[Sequence["Node"]]
    kind: ClassVar[str] = "list"


@dataclass(frozen=True)
class Blockquote:
    content: Sequence["Node"]
    id: str = ""
    cls: str = ""
    kind: ClassVar[str] = "blockquote"


Node = Union[Text, Plain, Link, Strong, Quote, Break, Span, Cell, Row, Table, Para, ItemList, Blockquote]


def joined(parts: Sequence[Sequence[Node]], separator: Sequence[Node]) -> list[Node]:
    """Fragments with a separator between them (a comma, a line break)."""
    out: list[Node] = []
    for i, part in enumerate(parts):
        if i:
            out += separator
        out += part
    return out


def table(caption: str, header: Sequence[str], rows: Sequence[Sequence[Sequence[Node]]], row_header: bool = False,
          row_ids: Sequence[str] | None = None) -> Table:
    """A table with one header row of plain texts; each body cell is a fragment (a list of nodes)."""
    head = Row([Cell([Text(h)], header=True, scope="col") for h in header])
    body = [Row([Cell(c, header=True, scope="row") if row_header and j == 0 else Cell(c) for j, c in enumerate(row)],
                row_ids[i] if row_ids else "") for i, row in enumerate(rows)]
    return Table(caption, [head], body)
