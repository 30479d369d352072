"""The FEEL subset of decision-table cells: unary tests (`-`, literals, comparisons, ranges,
lists, `not(…)`, `null`) and literal output entries. Anything else raises NietTeLezen, so the
importer can name the element instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
import datetime
from decimal import Decimal
from enum import Enum
from typing import Any


class NietTeLezen(ValueError):
    """A FEEL text outside the subset; the message says what it is, in Dutch."""


@dataclass(frozen=True)
class Waarde:
    """A FEEL literal. kind: getal (Decimal), tekst, janee, null, datum (ISO text), duur (months)."""

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
                    r'|(?P<range>\.\.)|(?P<punct>[\[\]\(\),?])|(?P<word>[A-Za-z_][\w]*))')


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


_DUUR = re.compile(r"^(-)?P(?:(\d+)Y)?(?:(\d+)M)?$")


def _constructed(toks, i) -> tuple[Waarde, int] | None:
    """date("…") or duration("PnYnM") at toks[i], with the index after it."""
    if i + 3 < len(toks) and toks[i][0] == "word" and toks[i][1] in ("date", "duration") \
            and toks[i + 1] == ("punct", "(") and toks[i + 2][0] == "str" and toks[i + 3] == ("punct", ")"):
        text = toks[i + 2][1][1:-1]
        if toks[i][1] == "date":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise NietTeLezen(f"date(“{text}”) is geen datum als JJJJ-MM-DD")
            return Waarde("datum", text), i + 4
        m = _DUUR.match(text)
        if not m or text in ("P", "-P"):
            raise NietTeLezen(f"duration(“{text}”) is geen duur in jaren en maanden (alleen die kent .regels)")
        months = int(m.group(2) or 0) * 12 + int(m.group(3) or 0)
        return Waarde("duur", -months if m.group(1) else months), i + 4
    return None


def literal(text: str) -> Waarde:
    """An output entry: one literal (string, number, true/false, null), date("…") or duration("…")."""
    toks = _tokens(text)
    made = _constructed(toks, 0)
    if made is not None and made[1] == len(toks):
        return made[0]
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


def _value_at(toks, i) -> tuple[Waarde, int]:
    made = _constructed(toks, i)
    return made if made is not None else (_literal(toks[i]), i + 1)


def _one(toks, i, text) -> tuple[Toets, int]:
    # list contains(?, x) → bevat x; count(?) = 0 → leeg (the forms `regels export --dmn` writes);
    # `? != null and list contains(?, x)` too: an unknown set contains nothing, as in .regels
    if [t[1] for t in toks[i:i + 9]] == ["?", "!=", "null", "and", "list", "contains", "(", "?", ","]:
        i += 4
    words = [t[1] for t in toks[i:i + 5]]
    if words[:5] == ["list", "contains", "(", "?", ","]:
        value, j = _value_at(toks, i + 5)
        if j >= len(toks) or toks[j] != ("punct", ")"):
            raise NietTeLezen(f"onvolledige list contains(…) in “{text}”")
        return Toets("bevat", value), j + 1
    if [t[1] for t in toks[i:i + 6]] == ["count", "(", "?", ")", "=", "0"]:
        return Toets("leeg", Waarde("null", None)), i + 6
    kind, val = toks[i]
    if kind == "op":
        if i + 1 >= len(toks):
            raise NietTeLezen(f"vergelijking zonder waarde in “{text}”")
        if val == "!=":
            raise NietTeLezen(f"“!=” in een unaire toets wordt niet ondersteund (“{text}”); schrijf not(…)")
        value, j = _value_at(toks, i + 1)
        return Toets(val, value), j
    if kind == "punct" and val in "[(]":
        # [a..b], (a..b), ]a..b[ and mixed ends
        lo, j = _value_at(toks, i + 1)
        if j >= len(toks) or toks[j][0] != "range":
            raise NietTeLezen(f"onvolledig bereik in “{text}”")
        hi, k = _value_at(toks, j + 1)
        if k >= len(toks) or toks[k][1] not in ("]", ")", "["):
            raise NietTeLezen(f"onvolledig bereik in “{text}”")
        return Toets("tussen", lo, hi, lo_open=val != "[", hi_open=toks[k][1] != "]"), k + 1
    value, j = _value_at(toks, i)
    return Toets("=", value), j


# -- Writing FEEL (export)

def text_literal(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def number(d) -> str:
    s = format(Decimal(d), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


# -- FEEL expressions (literal expressions, input expressions, computed output entries)
#
# A small Pratt parser over the part of FEEL that decision logic of this kind uses. Names in
# FEEL may hold spaces and '-' ("SWT-oordeel over het basisarrangement"): the tokenizer first
# tries the names it is given, longest first, as FEEL engines do with the names in scope.
# The tree is tuples: ("num", Decimal) ("str", s) ("bool", b) ("null",) ("name", n)
# ("call", f, [args]) ("path", x, n) ("filter", x, cond) ("if", c, a, b) ("not", x)
# (op, a, b) for and or = != < <= > >= + - * /.

_FUNCS = ("list contains", "count", "union", "min", "max", "sum", "date", "duration", "string", "floor", "not")
_EXPR_TOKEN = re.compile(r'\s*(?:(?P<str>"(?:[^"\\]|\\.)*")|(?P<num>\d+(?:\.\d+)?)|(?P<op><=|>=|!=|[<>=+\-*/])'
                         r'|(?P<punct>[\[\]\(\),.])|(?P<word>[A-Za-z_][\w]*))')
_KEYWORDS = {"if", "then", "else", "and", "or", "true", "false", "null", "item", "days"}


def _expr_tokens(text: str, names: tuple[str, ...]) -> list[tuple[str, str]]:
    out, pos = [], 0
    known = sorted(set(names) | set(_FUNCS), key=len, reverse=True)
    while pos < len(text):
        if text[pos].isspace():
            pos += 1
            continue
        for n in known:
            end = pos + len(n)
            if text.startswith(n, pos) and (end == len(text) or not (text[end].isalnum() or text[end] == "_")):
                out.append(("name", n))
                pos = end
                break
        else:
            m = _EXPR_TOKEN.match(text, pos)
            if not m or m.end() == pos:
                raise NietTeLezen(f"onbekend teken in FEEL “{text[pos:pos + 12]}”")
            kind = m.lastgroup
            val = m.group(kind)
            if kind == "word" and val not in _KEYWORDS:
                raise NietTeLezen(f"onbekende naam “{val}” in FEEL “{text.strip()}”")
            out.append((kind if kind != "word" else "kw", val))
            pos = m.end()
    return out


_BINARY = {"or": 1, "and": 2, "=": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3, "+": 4, "-": 4, "*": 5, "/": 5}


class _ExprParser:
    def __init__(self, text: str, names: tuple[str, ...]):
        self.text = text.strip()
        self.toks = _expr_tokens(self.text, names)
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ("end", "")

    def take(self, value=None):
        tok = self.peek()
        if value is not None and tok[1] != value:
            raise NietTeLezen(f"verwacht “{value}” in FEEL “{self.text}”")
        self.i += 1
        return tok

    def parse(self):
        e = self.expr(0)
        if self.peek()[0] != "end":
            raise NietTeLezen(f"onverwacht “{self.peek()[1]}” in FEEL “{self.text}”")
        return e

    def expr(self, min_prec: int):
        if self.peek() == ("kw", "if"):
            self.take()
            c = self.expr(0)
            self.take("then")
            a = self.expr(0)
            self.take("else")
            return ("if", c, a, self.expr(0))
        left = self.postfix()
        while True:
            kind, val = self.peek()
            prec = _BINARY.get(val) if kind in ("op", "kw") else None
            if prec is None or prec < min_prec or prec == 0:
                return left
            self.take()
            right = self.expr(prec + 1)
            left = (val, left, right)

    def postfix(self):
        e = self.primary()
        while True:
            if self.peek() == ("punct", "."):
                self.take()
                kind, val = self.take()
                if kind not in ("name", "kw"):
                    raise NietTeLezen(f"verwacht een naam na “.” in FEEL “{self.text}”")
                e = ("path", e, val)
            elif self.peek() == ("punct", "["):
                self.take()
                cond = self.expr(0)
                self.take("]")
                e = ("filter", e, cond)
            else:
                return e

    def primary(self):
        kind, val = self.take()
        if kind == "num":
            return ("num", Decimal(val))
        if kind == "str":
            return ("str", _literal((kind, val)).value)
        if kind == "kw" and val in ("true", "false"):
            return ("bool", val == "true")
        if kind == "kw" and val == "null":
            return ("null",)
        if kind == "kw" and val == "item":
            return ("item",)
        if kind == "op" and val == "-":
            inner = self.primary()
            if inner[0] == "num":
                return ("num", -inner[1])
            return ("-", ("num", Decimal(0)), inner)
        if kind == "punct" and val == "(":
            e = self.expr(0)
            self.take(")")
            return e
        if kind == "name":
            if val in _FUNCS and self.peek() == ("punct", "("):
                self.take()
                args = []
                if self.peek() != ("punct", ")"):
                    args.append(self.expr(0))
                    while self.peek() == ("punct", ","):
                        self.take()
                        args.append(self.expr(0))
                self.take(")")
                return ("not", args[0]) if val == "not" and len(args) == 1 else ("call", val, args)
            return ("name", val)
        raise NietTeLezen(f"onverwacht “{val}” in FEEL “{self.text}”")


def expression(text: str, names: tuple[str, ...] = ()) -> tuple:
    """A FEEL expression as a tuple tree; `names` are the variables in scope (they may hold spaces)."""
    return _ExprParser(text, names).parse()


def feel_value(v: Any) -> str:
    """A runtime value (as the interpreter holds it) as a FEEL literal."""
    if v is None:
        return "null"
    if isinstance(v, Enum):
        v = v.value
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, Decimal)):
        return number(v)
    if isinstance(v, datetime.date):
        return f'date("{v.isoformat()}")'
    if hasattr(v, "maanden"):
        return f'duration("P{v.maanden}M")' if v.maanden >= 0 else f'duration("-P{-v.maanden}M")'
    if isinstance(v, (frozenset, set, tuple, list)):
        return "[" + ", ".join(feel_value(x) for x in sorted(v, key=str)) + "]"
    return text_literal(str(v))
