"""The FEEL subset of decision-table cells: unary tests (`-`, literals, comparisons, ranges,
lists, `not(…)`, `null`) and literal output entries. Anything else raises NietTeLezen, so the
importer can name the element instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal


class NietTeLezen(ValueError):
    """A FEEL text outside the subset; the message says what it is, in Dutch."""


@dataclass(frozen=True)
class Waarde:
    """A FEEL literal. kind: getal (Decimal), tekst, janee, null, datum (ISO text)."""

    kind: str
    value: object


@dataclass(frozen=True)
class Toets:
    """One unary test. op: = < <= > >= tussen (lo, hi with open/closed ends)."""

    op: str
    value: Waarde
    upper: Waarde | None = None
    lo_open: bool = False
    hi_open: bool = False


@dataclass(frozen=True)
class Cel:
    """A parsed input entry: any (`-`), or tests (one of them matches; `negated` for not(…))."""

    any: bool
    tests: tuple[Toets, ...] = ()
    negated: bool = False


_TOKEN = re.compile(r'\s*(?:(?P<str>"(?:[^"\\]|\\.)*")|(?P<num>-?\d+(?:\.\d+)?)|(?P<op><=|>=|<|>|=|!=)'
                    r'|(?P<range>\.\.)|(?P<punct>[\[\]\(\),])|(?P<word>[A-Za-z_][\w]*))')


def _tokens(text: str) -> list[tuple[str, str]]:
    pos, out = 0, []
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise NietTeLezen(f"onbekend teken in FEEL “{text[pos:pos + 12]}”")
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


def _literal(tok: tuple[str, str]) -> Waarde:
    kind, text = tok
    if kind == "str":
        return Waarde("tekst", bytes(text[1:-1], "utf-8").decode("unicode_escape")
                      if "\\" in text else text[1:-1])
    if kind == "num":
        return Waarde("getal", Decimal(text))
    if kind == "word" and text in ("true", "false"):
        return Waarde("janee", text == "true")
    if kind == "word" and text == "null":
        return Waarde("null", None)
    raise NietTeLezen(f"“{text}” is geen letterlijke waarde (namen en berekeningen in een cel "
                      "worden niet geïmporteerd)")


def literal(text: str) -> Waarde:
    """An output entry: one literal (string, number, true/false, null), or a date("…")."""
    toks = _tokens(text)
    if len(toks) == 4 and toks[0] == ("word", "date") and toks[1] == ("punct", "(") and toks[2][0] == "str" \
            and toks[3] == ("punct", ")"):
        return Waarde("datum", toks[2][1][1:-1])
    if len(toks) != 1:
        raise NietTeLezen(f"“{text.strip()}” is een FEEL-expressie, geen letterlijke waarde")
    return _literal(toks[0])


def unary_tests(text: str) -> Cel:
    text = (text or "").strip()
    if text in ("", "-"):
        return Cel(True)
    toks = _tokens(text)
    negated = False
    if toks[0] == ("word", "not") and len(toks) > 2 and toks[1] == ("punct", "(") and toks[-1] == ("punct", ")"):
        negated, toks = True, toks[2:-1]
    tests, i = [], 0
    while i < len(toks):
        test, i = _one(toks, i, text)
        tests.append(test)
        if i < len(toks):
            if toks[i] != ("punct", ","):
                raise NietTeLezen(f"verwacht een komma in “{text}”")
            i += 1
    return Cel(False, tuple(tests), negated)


def _one(toks, i, text) -> tuple[Toets, int]:
    kind, val = toks[i]
    if kind == "op":
        if i + 1 >= len(toks):
            raise NietTeLezen(f"vergelijking zonder waarde in “{text}”")
        op = "=" if val == "=" else val
        if val == "!=":
            raise NietTeLezen(f"“!=” in een unaire toets wordt niet ondersteund (“{text}”); schrijf not(…)")
        return Toets(op, _literal(toks[i + 1])), i + 2
    if kind == "punct" and val in "[(]":
        # [a..b], (a..b), ]a..b[ and mixed ends
        if i + 4 >= len(toks) or toks[i + 2][0] != "range" or toks[i + 4][1] not in ("]", ")", "["):
            raise NietTeLezen(f"onvolledig bereik in “{text}”")
        lo, hi = _literal(toks[i + 1]), _literal(toks[i + 3])
        return Toets("tussen", lo, hi, lo_open=val != "[", hi_open=toks[i + 4][1] != "]"), i + 5
    return Toets("=", _literal(toks[i])), i + 1


# -- Writing FEEL (export)

def text_literal(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def number(d) -> str:
    s = format(Decimal(d), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s
