"""The decision IR: per table its ordered rows as conditions over typed inputs, the hit policy and outcomes.

Input: made by midden/lower.py from a checked Model. Output: what the reference interpreter, the
Python backend and mutation testing read (and a JS or DMN backend would): plain values, no
syntax. The meaning of a condition, of `-`, of `onbekend` and of each hit policy is written once,
in semantiek/runtime.py (voldoet, hitregel); this module only holds the data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Union

from compiler import ast


@dataclass(frozen=True)
class Test:
    """One test on a value. op: = < <= > >= tussen (value..upper), bevat, leeg, onbekend."""

    op: str
    value: Any = None      # a runtime value (str for a keuzelijstwaarde, Decimal, date, Duur, …)
    upper: Any = None


@dataclass(frozen=True)
class Voorwaarde:
    """A condition cell: true when one of the tests holds; `negated`: the value is known and none holds.
    A `-` cell has no Voorwaarde (None): it holds for every value, onbekend included."""

    tests: tuple[Test, ...]
    negated: bool = False
    text: str = ""


@dataclass(frozen=True)
class Uitkomst:
    """An outcome cell: a fixed value (None is onbekend), or a calculation over the case's values."""

    value: Any = None
    expr: ast.Expr | None = None


@dataclass(frozen=True)
class Kolom:
    name: str
    type: ast.Type
    optional: bool


@dataclass(frozen=True)
class Rij:
    number: int                                   # 1-based, as the policy writer counts
    anders: bool                                  # fires only when no other row does
    voorwaarden: tuple[Voorwaarde | None, ...]    # one per input column
    uitkomsten: tuple[Uitkomst, ...]              # one per output column
    bron: tuple[str, ...]                         # paragraphs as a citizen reads them (the table's if none)
    line: int
    text: str = ""                                # the conditions as written, for a comment


@dataclass(frozen=True)
class Tabel:
    name: str
    hit: str                       # uniek, eerste, elke, verzamel
    inputs: tuple[Kolom, ...]
    outputs: tuple[Kolom, ...]
    rows: tuple[Rij, ...]
    bron: tuple[str, ...]
    line: int
    file: str
    # The analysis proved that no two rows match the same input: the first match is the only one.
    exclusief: bool = False
    # A matrix (kruistabel): an onbekend dimension gives onbekend outcomes and fires no row.
    onbekend_in_onbekend_uit: bool = False
    reads: tuple[str, ...] = ()    # names read by calculated outcomes, besides the inputs

    @property
    def rows_in_order(self) -> tuple[Rij, ...]:
        """The rows tried in order: every row but the anders row, which comes last."""
        return tuple(r for r in self.rows if not r.anders) + tuple(r for r in self.rows if r.anders)


@dataclass(frozen=True)
class Berekening:
    """An afgeleide waarde: a calculation over earlier values."""

    name: str
    type: ast.Type
    expr: ast.Expr


Stap = Union[Tabel, Berekening]


@dataclass(frozen=True)
class Beslissingen:
    """A whole regelset, lowered: its steps in evaluation order."""

    regelset: str
    invoer: tuple[Kolom, ...]
    stappen: tuple[Stap, ...]
    uitvoer: tuple[str, ...]

    @property
    def tabellen(self) -> tuple[Tabel, ...]:
        return tuple(s for s in self.stappen if isinstance(s, Tabel))
