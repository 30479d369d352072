"""The syntax tree of a regelset: frozen dataclasses, every node with its source span.

taal/parser.py builds these; the middle, the analysis, the semantics and the backends only read them.
One generic walker (iter_child_nodes, walk) serves every pass that looks for names in a tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Iterator, Union


@dataclass(frozen=True)
class Span:
    file: str
    line: int
    column: int
    end_line: int = 0
    end_column: int = 0

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


NOWHERE = Span("<onbekend>", 0, 0)


# -- Values written in the source

@dataclass(frozen=True)
class Lit:
    """A literal. kind: getal, bedrag, duur, datum, janee, tekst, woord (an unresolved bare word)."""

    kind: str
    value: object
    text: str
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class Citaat:
    """A sentence quoted from the source text; the checker verifies it is really there."""

    text: str
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class Plek:
    """A {naam} placeholder in an uitleg, and where it is written."""

    name: str
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class Bron:
    """A reference to a paragraph of the source text, e.g. §2.1 a → anchor '2.1-a'."""

    anchor: str
    text: str
    span: Span = field(compare=False, default=NOWHERE)


# -- Types

@dataclass(frozen=True)
class Type:
    """kind: janee, getal, bedrag, datum, duur, tekst, keuze, verzameling, lijst.

    A lijst (what a `verzamel` table gives) holds values of kind `elem` (and `enum`, for keuze).
    """

    kind: str
    enum: str | None = None
    lo: Lit | None = None
    hi: Lit | None = None
    span: Span = field(compare=False, default=NOWHERE)
    elem: str | None = None

    def element(self) -> Type:
        """The type of one value: itself, or the element type of a verzameling or lijst."""
        if self.kind == "verzameling":
            return Type("keuze", self.enum)
        if self.kind == "lijst":
            return Type(self.elem or "tekst", self.enum)
        return self


# -- Expressions

@dataclass(frozen=True)
class ELit:
    lit: Lit
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class ERef:
    name: str
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class EUnknown:
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class ECall:
    function: str
    args: tuple[Expr, ...]
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class EBin:
    """op: + - * / = != < <= > >= en of bevat."""

    op: str
    left: Expr
    right: Expr
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class ENot:
    operand: Expr
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class EIf:
    condition: Expr
    then: Expr
    otherwise: Expr
    span: Span = field(compare=False, default=NOWHERE)


Expr = Union[ELit, ERef, EUnknown, ECall, EBin, ENot, EIf]


# -- Cells of a decision table

@dataclass(frozen=True)
class Test:
    """One test in a condition cell. op: = < <= > >= tussen onbekend bevat leeg."""

    op: str
    value: Lit | None = None
    upper: Lit | None = None
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class Cell:
    """kind: any ('-'), anders, leeg (empty), tests, expr.

    For 'tests' the cell matches when one of the tests matches (or none, if negated).
    """

    kind: str
    tests: tuple[Test, ...] = ()
    negated: bool = False
    expr: Expr | None = None
    text: str = ""
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class Column:
    name: str
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class Row:
    number: int
    conditions: tuple[Cell, ...]
    conclusions: tuple[Cell, ...]
    anders: bool = False
    bron: tuple[Bron, ...] = ()
    toelichting: str = ""
    span: Span = field(compare=False, default=NOWHERE)
    citaat: tuple[Citaat, ...] = ()




@dataclass(frozen=True)
class Beslistabel:
    name: str
    hit: str
    inputs: tuple[Column, ...]
    outputs: tuple[Column, ...]
    rows: tuple[Row, ...]
    bron: tuple[Bron, ...] = ()
    toelichting: str = ""
    uitleg: str = ""
    span: Span = field(compare=False, default=NOWHERE)
    citaat: tuple[Citaat, ...] = ()
    # `geldig vanaf … tot …` under the table: midden/tijd.py desugars it into a peildatum condition.
    geldig_vanaf: Lit | None = None
    geldig_tot: Lit | None = None
    # Made by midden/desugar.py from a kruistabel: the matrix as written (for the docs, DMN and the
    # type pass), and its meaning "an onbekend dimension gives onbekend outcomes". Not a child node.
    kruis: Kruistabel | None = field(default=None, compare=False, repr=False, metadata={"bron_vorm": True})
    plekken: tuple[Plek, ...] = ()  # the {naam} placeholders of `uitleg`, in order, each with its span


@dataclass(frozen=True)
class Kruistabel:
    """A matrix: one input down the side, one or more across the top, the outcome in the cells.
    The parser makes it; midden/desugar.py turns it into a Beslistabel that keeps it in `kruis`."""

    name: str
    rijen: Column
    kolommen: tuple[Column, ...]
    header: tuple[tuple[Lit, ...], ...]  # per kolom-dimension, the value above each cell column
    row_values: tuple[Lit, ...]
    cells: tuple[tuple[Cell, ...], ...]  # [row][column]
    bron: tuple[Bron, ...] = ()
    toelichting: str = ""
    uitleg: str = ""
    span: Span = field(compare=False, default=NOWHERE)
    citaat: tuple[Citaat, ...] = ()
    geldig_vanaf: Lit | None = None
    geldig_tot: Lit | None = None
    plekken: tuple[Plek, ...] = ()


Table = Union[Beslistabel, Kruistabel]


# -- Declarations

@dataclass(frozen=True)
class EnumValue:
    name: str
    description: str = ""
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class Keuzelijst:
    name: str
    values: tuple[EnumValue, ...]
    span: Span = field(compare=False, default=NOWHERE)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(v.name for v in self.values)


@dataclass(frozen=True)
class Decl:
    """An invoer or uitvoer declaration."""

    name: str
    type: Type
    optional: bool = False
    description: str = ""
    span: Span = field(compare=False, default=NOWHERE)
    oordeel: bool = False  # a judgement of the SWT, not a fact
    # `standaard in voorbeelden: …`: the value a voorbeeld gets when it does not name this input.
    standaard: Assignment | None = None


@dataclass(frozen=True)
class Derived:
    name: str
    expr: Expr
    description: str = ""
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class Assignment:
    """kind: waarden (values), geen (empty set), onbekend (no value)."""

    name: str
    kind: str
    values: tuple[Lit, ...] = ()
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class Voorbeeld:
    name: str
    gegeven: tuple[Assignment, ...]
    verwacht: tuple[Assignment, ...]
    herkomst: str = ""
    toelichting: str = ""
    bron: tuple[Bron, ...] = ()
    span: Span = field(compare=False, default=NOWHERE)
    peildatum: Lit | None = None  # the date whose rules apply; None: every validity boundary
    # `zoals "…", maar`: the voorbeeld whose gegeven (and peildatum) this one starts from;
    # midden/voorbeeldbasis.py fills in what it does not restate.
    zoals: str = ""
    zoals_span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class DekkingItem:
    """status: informatief, oordeel SWT, gecodeerd."""

    bron: Bron
    status: str
    text: str
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class Controle:
    """A condition every case must meet; the message says what is wrong when it does not."""

    message: str
    expr: Expr
    span: Span = field(compare=False, default=NOWHERE)


@dataclass(frozen=True)
class Header:
    name: str
    document: str = ""
    geldig_vanaf: Lit | None = None
    geldig_tot: Lit | None = None
    toelichting: str = ""
    span: Span = field(compare=False, default=NOWHERE)
    vervangt: str = ""  # what applied before this regelset, as the sources name it


Item = Union[Header, Keuzelijst, Decl, Derived, Beslistabel, Kruistabel, Voorbeeld, DekkingItem]


@dataclass(frozen=True)
class Module:
    """One parsed .regels file. Decls carry their role in `invoer`/`uitvoer`."""

    file: str
    header: Header | None
    keuzelijsten: tuple[Keuzelijst, ...] = ()
    invoer: tuple[Decl, ...] = ()
    uitvoer: tuple[Decl, ...] = ()
    afgeleid: tuple[Derived, ...] = ()
    tables: tuple[Table, ...] = ()
    voorbeelden: tuple[Voorbeeld, ...] = ()
    dekking: tuple[DekkingItem, ...] = ()
    controles: tuple[Controle, ...] = ()


@dataclass(frozen=True)
class Regelset:
    """All modules of one regelset (a .regels file, or a folder of them), merged."""

    slug: str
    header: Header
    modules: tuple[Module, ...]
    keuzelijsten: tuple[Keuzelijst, ...]
    invoer: tuple[Decl, ...]
    uitvoer: tuple[Decl, ...]
    afgeleid: tuple[Derived, ...]
    tables: tuple[Table, ...]
    voorbeelden: tuple[Voorbeeld, ...]
    dekking: tuple[DekkingItem, ...]
    controles: tuple[Controle, ...] = ()

    @property
    def files(self) -> tuple[str, ...]:
        return tuple(m.file for m in self.modules)


# -- Walking the tree (as Jinja2's Node.iter_child_nodes): every pass that looks for names uses these

_LEAVES = (Span, Lit, Citaat, Bron, Type, Plek)


def iter_child_nodes(node: object) -> Iterator[object]:
    """The direct child nodes of a node, in field order (tuples are looked into; spans are not nodes)."""
    for f in fields(node):  # type: ignore[arg-type]
        if f.metadata.get("bron_vorm"):
            continue  # the form a node was desugared from is not a child of it
        value = getattr(node, f.name)
        if isinstance(value, tuple):
            for item in value:
                if is_dataclass(item) and not isinstance(item, _LEAVES):
                    yield item
        elif is_dataclass(value) and not isinstance(value, _LEAVES):
            yield value


def walk(node: object) -> Iterator[object]:
    """The node and all its descendants, depth first."""
    todo = [node]
    while todo:
        n = todo.pop()
        yield n
        todo.extend(reversed(list(iter_child_nodes(n))))


def expr_refs(e: Expr | None) -> set[str]:
    """Every name an expression reads."""
    if e is None:
        return set()
    return {n.name for n in walk(e) if isinstance(n, ERef)}


def expr_words(e: Expr | None) -> set[str]:
    """Names and words an expression mentions: enumeration values may be either."""
    if e is None:
        return set()
    out = {n.name for n in walk(e) if isinstance(n, ERef)}
    return out | {str(n.lit.value) for n in walk(e) if isinstance(n, ELit) and n.lit.kind in ("woord", "tekst")}
