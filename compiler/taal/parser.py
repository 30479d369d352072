"""Parse .regels text into AST nodes (ast.py), keeping the source span of every node.

Lark parses with grammar.lark (LALR, contextual lexer, indentation); a separate
transformer step turns the tree into frozen dataclasses. Syntax errors become Dutch
diagnostics with the line, a caret and a hint; never a traceback.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import UnexpectedEOF, UnexpectedInput, VisitError
from lark.indenter import DedentError, Indenter

from compiler import ast
from compiler.ast import Span
from compiler.errors import Collector, Diagnostic, RegelsFout, suggest
from compiler.taal import grenzen, meldingen
from compiler.taal.woorden import KEYWORDS, PARAGRAAF, PLACEHOLDER
from compiler.semantiek.runtime import MAANDEN, Duur


# After these a line goes on at the next one (not after -: a cell may be just -).
_GOES_ON = frozenset({"COMMA", "PLUS", "MAAL", "DEEL", "EN", "OF", "EQ", "EQUAL", "CMP", "DAN", "LPAR"})


class _RegelsIndenter(Indenter):
    NL_type = "_NL"
    OPEN_PAREN_types: list[str] = []
    CLOSE_PAREN_types: list[str] = []
    INDENT_type = "_INDENT"
    DEDENT_type = "_DEDENT"
    tab_len = 4

    def _process(self, stream):
        # A line that ends in a comma or an operator goes on at the next line: a long list of
        # values or paragraphs, or a long calculation, may be wrapped (the formatter does so
        # past 120 characters).
        def joined():
            previous = None
            for token in stream:
                if token.type == self.NL_type and previous is not None and previous.type in _GOES_ON:
                    continue
                previous = token
                yield token
        return super()._process(joined())


@lru_cache(maxsize=1)
def _lark() -> Lark:
    return Lark.open(
        "grammar.lark", rel_to=__file__, parser="lalr", lexer="contextual",
        postlex=_RegelsIndenter(), propagate_positions=True, maybe_placeholders=True,
        cache=True,  # the analysed grammar in the temp folder: 60 ms less at every start
    )


# What the parser expected, in words a policy writer knows.
_EXPECTED = {
    "NAME": "een naam", "STRING": "een tekst tussen aanhalingstekens", "NUMBER": "een getal",
    "_NL": "het einde van de regel", "_INDENT": "een ingesprongen regel",
    "_DEDENT": "het einde van het blok", "COLON": "een dubbele punt (:)", "COMMA": "een komma",
    "_BAR": "een | ", "DBAR": "||", "SEPROW": "een scheidingsregel |---|", "PARAGRAAF": "een paragraaf zoals §2.1 a",
    "CELLWORDS": "een waarde", "EXPRWORDS": "een naam of waarde", "EQUAL": "=", "LPAR": "(", "RPAR": ")",
    "HIT": "uniek, eerste, elke of verzamel", "STATUS": "informatief, oordeel SWT of gecodeerd",
    "MAAND": "een maand (januari … december)", "ISODATE": "een datum",
}


def parse_text(text: str, file: str) -> ast.Module:
    """Parse one file; raise RegelsFout with every Dutch diagnostic the file gets, not only the first."""
    text = text.removeprefix("\ufeff")  # a BOM, as some Windows editors write it
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.endswith("\n"):
        text += "\n"
    original = text
    text = meldingen.normaliseer(text).replace("\t", "    ")
    _check_limits(text, file)
    try:
        tree = _lark().parse(text)
    except (UnexpectedInput, DedentError) as e:
        first = _failure(e, text, original, file)
        raise RegelsFout([first, *_recover(first, text, original, file)]) from None
    except RecursionError:
        raise RegelsFout([_too_deep(text, file)]) from None
    module, diagnostics = _build(tree, file, text)
    if any(d.is_error for d in diagnostics):
        raise RegelsFout(diagnostics)
    _check_depth(module, file)
    return module


def _failure(e: Exception, text: str, original: str, file: str) -> Diagnostic:
    """The diagnostic for the place where Lark stopped."""
    if isinstance(e, DedentError):
        return meldingen.inspringing(original, file) or _dedent_diagnostic(e, text, file)
    diagnostic = _syntax_diagnostic(e, text, file)
    layout = meldingen.inspringing(original, file)  # a layout mistake above the error is its cause
    if layout is not None and layout.span.line <= diagnostic.span.line + 1:
        diagnostic = layout
    return diagnostic


def _build(tree, file: str, text: str) -> tuple[ast.Module | None, list[Diagnostic]]:
    builder = _Builder(file, text)
    try:
        module = builder.transform(tree)
    except VisitError as e:
        if isinstance(e.orig_exc, RegelsFout):
            return None, [*builder.collector.diagnostics,
                          *(d for d in e.orig_exc.diagnostics if d not in builder.collector.diagnostics)]
        if isinstance(e.orig_exc, RecursionError):
            return None, [_too_deep(text, file)]
        raise
    except RecursionError:
        return None, [_too_deep(text, file)]
    return module, builder.collector.diagnostics


def _recover(first: Diagnostic, text: str, original: str, file: str) -> list[Diagnostic]:
    """The other errors of a file whose parse stopped at `first`: every top-level block is parsed on its
    own, and the errors of the blocks other than the one that stopped the parse are collected in the
    order of the file (moved to the block's lines), at most grenzen.MAX_FOUTEN of them."""
    lines, originals = text.splitlines(), original.splitlines()
    found: list[Diagnostic] = []
    for start, end in _blocks(lines):
        if len(found) >= grenzen.MAX_FOUTEN:
            break
        if start <= first.span.line <= end:
            continue  # this block's error is `first`
        chunk = "\n".join(lines[start - 1:end]) + "\n"
        try:
            tree = _lark().parse(chunk)
        except (UnexpectedInput, DedentError) as e:
            errors = [_failure(e, chunk, "\n".join(originals[start - 1:end]) + "\n", file)]
        except RecursionError:
            errors = [_too_deep(chunk, file)]
        else:
            errors = [d for d in _build(tree, file, chunk)[1] if d.is_error]
        found.extend(_moved(d, start - 1) for d in errors)
    return sorted(found, key=lambda d: (d.span.line, d.span.column))[:grenzen.MAX_FOUTEN]


def _moved(d: Diagnostic, lines: int) -> Diagnostic:
    """A diagnostic of a block read on its own, at its place in the file."""
    s = d.span
    if not s.line:
        return d
    return replace(d, span=replace(s, line=s.line + lines, end_line=s.end_line + lines if s.end_line else 0))


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, last line) of each top-level block: a block starts at a line that is not indented."""
    starts = [n for n, line in enumerate(lines, 1)
              if line[:1] not in ("", " ", "#") and line.strip()]
    return [(s, (starts[i + 1] - 1) if i + 1 < len(starts) else len(lines)) for i, s in enumerate(starts)]


def _check_limits(text: str, file: str) -> None:
    """File size and line length: a Dutch error before Lark sees a file it would choke on."""
    if len(text) > grenzen.MAX_BESTAND:
        raise RegelsFout([Diagnostic("fout", f"het bestand is te groot (meer dan {grenzen.MAX_BESTAND:,} tekens)"
                                     .replace(",", "."), Span(file, 1, 1), "verdeel de regels over meer bestanden",
                                     "grens")])
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > grenzen.MAX_REGEL:
            raise RegelsFout([Diagnostic(
                "fout", f"deze regel is te lang ({len(line)} tekens; hoogstens {grenzen.MAX_REGEL})",
                Span(file, number, grenzen.MAX_REGEL + 1), "verdeel de tabel of de berekening over meer regels",
                "grens")])


_OPERATOR = re.compile(r"\b(?:en|of|niet|als|bevat)\b|[()+\-*/×]")


def _too_deep(text: str, file: str) -> Diagnostic:
    lines = text.split("\n")
    number = max(range(len(lines)), key=lambda i: len(_OPERATOR.findall(lines[i]))) + 1
    return Diagnostic("fout", f"deze berekening is te diep genest (hoogstens {grenzen.MAX_DIEPTE} niveaus)",
                      Span(file, number, 1), "splits de berekening in afgeleide waarden met elk een eigen naam",
                      "grens")


def _check_depth(module: ast.Module, file: str) -> None:
    """Every calculation at most MAX_DIEPTE deep, so no later step (checks, code, uitleg) recurses too far."""
    exprs = [d.expr for d in module.afgeleid] + [c.expr for c in module.controles]
    exprs += [cell.expr for t in module.tables if isinstance(t, ast.Beslistabel)
              for row in t.rows for cell in row.conclusions if cell.expr is not None]
    for e in exprs:
        stack, deepest = [(e, 1)], 1
        while stack:
            node, depth = stack.pop()
            deepest = max(deepest, depth)
            if deepest > grenzen.MAX_DIEPTE:
                raise RegelsFout([Diagnostic(
                    "fout", f"deze berekening is te diep genest (hoogstens {grenzen.MAX_DIEPTE} niveaus)",
                    node.span if node.span.line else e.span,
                    "splits de berekening in afgeleide waarden met elk een eigen naam", "grens")])
            for attr in ("left", "right", "operand", "condition", "then", "otherwise"):
                child = getattr(node, attr, None)
                if child is not None:
                    stack.append((child, depth + 1))
            stack += [(a, depth + 1) for a in getattr(node, "args", ())]


def parse_file(path, display: str | None = None) -> ast.Module:
    from pathlib import Path

    p = Path(path)
    name = display or str(path)
    try:
        text = p.read_bytes().decode("utf-8")
    except OSError as e:
        raise RegelsFout([Diagnostic("fout", f"kan het bestand niet lezen ({e.strerror or e.__class__.__name__})",
                                     Span(name, 1, 1))]) from None
    except UnicodeDecodeError as e:
        raise RegelsFout([Diagnostic("fout", f"het bestand is geen geldige UTF-8-tekst (byte {e.start})",
                                     Span(name, 1, 1), "sla het bestand op als UTF-8")]) from None
    return parse_text(text, name)


# -- Syntax errors in Dutch

def _line_of(text: str, line: int) -> str:
    lines = text.split("\n")
    return lines[line - 1] if 0 < line <= len(lines) else ""


def _syntax_diagnostic(e: UnexpectedInput, text: str, file: str) -> Diagnostic:
    line, column = getattr(e, "line", 0) or 0, getattr(e, "column", 0) or 0
    if isinstance(e, UnexpectedEOF) or line in (0, -1):
        lines = text.rstrip("\n").split("\n")
        line, column = len(lines), len(lines[-1]) + 1 if lines else 1
        return Diagnostic("fout", "het bestand houdt onverwacht op", Span(file, line, column),
                          "maak het laatste blok af", "syntax")
    source_line = _line_of(text, line)
    rest = source_line[column - 1:]
    word = re.match(r"[^\s|:,()]+", rest)
    found = word.group(0) if word else rest[:1]
    expected = sorted(getattr(e, "expected", None) or getattr(e, "allowed", None) or [])
    at_line_start = source_line[: column - 1].strip() == ""
    span = Span(file, line, column, line, column + max(len(found), 1))
    hint = ""

    token = getattr(e, "token", None)
    token_type = getattr(token, "type", "")
    unclosed = source_line.lstrip().startswith("|") and not source_line.rstrip().endswith("|")
    named = None if unclosed else meldingen.benoem(
        e, _lark().parse, meldingen.Context(file, line, column, source_line, found))
    if named is not None:
        return named
    if source_line.lstrip().startswith("|") and token_type == "_NL" and "_BAR" in expected or (
        source_line.lstrip().startswith("|") and not source_line.rstrip().endswith("|")
    ):
        message = "deze tabelrij is niet afgesloten"
        hint = "een tabelrij begint en eindigt met |, bijvoorbeeld: | 1 t/m 2 || A |"
        span = Span(file, line, len(source_line.rstrip()) + 1)
    elif at_line_start and found and found[0].isalpha() and any(
        k.upper() in expected or k in expected for k in KEYWORDS
    ) or (at_line_start and found.isalpha() and token_type in ("NAME", "CELLWORDS", "EXPRWORDS", "")):
        keyword = found.split()[0] if found else ""
        hint = suggest(keyword, KEYWORDS) or "een regel begint met een sleutelwoord: " + ", ".join(KEYWORDS[:8]) + " …"
        message = f"onbekend sleutelwoord “{keyword}” op deze plaats"
    elif token_type == "_INDENT" or (at_line_start and token_type == "_INDENT"):
        message = "deze regel springt onverwacht in"
        hint = "laat de regel even ver inspringen als de regel erboven"
    elif found == "":
        message = "onverwacht einde van de regel"
        hint = _expected_words(expected)
    else:
        message = f"onverwacht “{found}”"
        hint = _expected_words(expected)
        if ":" in expected or "COLON" in expected:
            hint = "zet een dubbele punt (:) na de naam"
    return Diagnostic("fout", message, span, hint, "syntax")


def _expected_words(expected: list[str]) -> str:
    words = []
    for name in expected:
        if name in _EXPECTED:
            words.append(_EXPECTED[name])
        elif name.isupper() and name.isalpha() and not name.startswith("_"):
            words.append(f"“{name.lower()}”")
    words = sorted(set(words))
    return ("verwacht hier: " + ", ".join(words[:6])) if words else ""


def _dedent_diagnostic(e: DedentError, text: str, file: str) -> Diagnostic:
    # DedentError carries no position; find the first line whose indent matches no open block.
    stack = [0]
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" "))
        if indent > stack[-1]:
            stack.append(indent)
        else:
            options = list(stack)
            while indent < stack[-1]:
                stack.pop()
            if indent != stack[-1]:
                choices = " of ".join(str(n) for n in options)
                return Diagnostic("fout", "deze regel springt niet even ver in als een blok erboven",
                                  Span(file, number, 1, number, indent + 1),
                                  f"laat de regel even ver inspringen als een regel erboven ({choices} spaties)",
                                  "inspringen")
    return Diagnostic("fout", "de inspringing klopt niet", Span(file, 1, 1), "", "inspringen")


# -- Tree to AST

def _span(file: str, meta_or_token) -> Span:
    if isinstance(meta_or_token, Token):
        return Span(file, meta_or_token.line or 0, meta_or_token.column or 0,
                    meta_or_token.end_line or 0, meta_or_token.end_column or 0)
    m = meta_or_token
    if getattr(m, "empty", True):
        return Span(file, 0, 0)
    return Span(file, m.line, m.column, m.end_line, m.end_column)


def _unquote(token: str) -> str:
    body = token[1:-1]
    body = re.sub(r"\\(.)", r"\1", body)
    return re.sub(r"\s+", " ", body).strip()


def anchor(text: str) -> str:
    body = text.lstrip("§").strip()
    m = re.fullmatch(r"(\d+(?:\.\d+)*)(?:[ \-]?([a-z]))?", body)
    if m:
        return m.group(1) + (f"-{m.group(2)}" if m.group(2) else "")
    return body


def _number(text: str) -> object:
    whole, _, fraction = text.partition(",")
    if len(whole.lstrip("0")) > grenzen.MAX_CIJFERS or len(fraction) > grenzen.MAX_DECIMALEN:
        raise _TooLong(text)
    return Decimal(text.replace(",", ".")) if "," in text else int(text)


class _TooLong(ValueError):
    """A number with more digits than grenzen allows."""


@v_args(meta=True)
class _Builder(Transformer):
    def __init__(self, file: str, text: str):
        super().__init__()
        self.file = file
        self.source = text
        self.lines = text.split("\n")  # once: a cell's text is a slice of its line
        self.collector = Collector()

    def _num(self, token, meta=None):
        """A NUMBER token as int or Decimal; too many digits is an error (the value is then 0)."""
        try:
            return _number(str(token))
        except _TooLong:
            self.collector.error(f"dit getal is te lang (hoogstens {grenzen.MAX_CIJFERS} cijfers voor en "
                                 f"{grenzen.MAX_DECIMALEN} na de komma)", self.sp(token), code="grens")
            return 0

    def sp(self, x) -> Span:
        return _span(self.file, x)

    # -- literals
    def getal(self, meta, c):
        return ast.Lit("getal", self._num(c[0]), str(c[0]), self.sp(c[0]))

    def bedrag(self, meta, c):
        value = Decimal(self._num(c[0]))
        return ast.Lit("bedrag", value, f"€ {c[0]}", self.sp(meta))

    def duur(self, meta, c):
        n = self._num(c[0])
        unit = str(c[1])
        if not isinstance(n, int):
            self.collector.error("een duur is een geheel aantal maanden of jaren", self.sp(meta),
                                 "schrijf bijvoorbeeld 18 maanden in plaats van 1,5 jaar")
            n = 0
        months = n * 12 if unit.startswith("ja") else n
        if months > grenzen.MAX_MAANDEN:
            self.collector.error(f"deze duur is te lang (hoogstens {grenzen.MAX_MAANDEN // 12} jaar)", self.sp(meta),
                                 code="grens")
            months = 0
        return ast.Lit("duur", Duur(months), f"{c[0]} {unit}", self.sp(meta))

    def datum_nl(self, meta, c):
        day, month, year = str(c[0]), str(c[1]), str(c[2])
        return self._date(meta, int(day) if day.isdigit() and len(day) <= 2 else 0, MAANDEN.index(month) + 1,
                          int(year) if year.isdigit() and len(year) <= 4 else 0, f"{day} {month} {year}")

    def datum_iso(self, meta, c):
        y, m, d = (int(p) for p in str(c[0]).split("-"))
        return self._date(meta, d, m, y, str(c[0]))

    def _date(self, meta, d, m, y, text):
        try:
            value = datetime.date(y, m, d)
        except (ValueError, OverflowError):
            self.collector.error(f"“{text}” is geen bestaande datum", self.sp(meta))
            value = datetime.date(grenzen.MIN_JAAR, 1, 1)
        if not grenzen.MIN_JAAR <= value.year <= grenzen.MAX_JAAR:
            self.collector.error(f"“{text}” ligt buiten de jaren {grenzen.MIN_JAAR}–{grenzen.MAX_JAAR}",
                                 self.sp(meta), code="grens")
            value = datetime.date(grenzen.MIN_JAAR, 1, 1)
        return ast.Lit("datum", value, text, self.sp(meta))

    def ja(self, meta, c):
        return ast.Lit("janee", True, "ja", self.sp(meta))

    def nee(self, meta, c):
        return ast.Lit("janee", False, "nee", self.sp(meta))

    def tekst(self, meta, c):
        written = str(c[0])
        if "\n" in written:  # a text over more lines is written as one: the layout is not its meaning
            written = re.sub(r" *\n *", " ", written)
        return ast.Lit("tekst", _unquote(c[0]), written, self.sp(c[0]))

    def woord(self, meta, c):
        return ast.Lit("woord", str(c[0]).strip(), str(c[0]).strip(), self.sp(c[0]))

    def text(self, meta, c):
        self._strings = c  # the STRING tokens of the text just read: uitleg() finds its placeholders in them
        return " ".join(_unquote(s) for s in c)

    def bronnen(self, meta, c):
        return tuple(ast.Bron(anchor(str(t)), str(t), self.sp(t)) for t in c)

    # -- header
    def header(self, meta, c):
        fields = dict(x for x in c[1:] if x is not None) if len(c) > 1 else {}
        vanaf, tot = fields.get("geldig", (None, None))
        return ast.Header(_unquote(c[0]), fields.get("document", ""), vanaf, tot,
                          fields.get("toelichting", ""), self.sp(meta), fields.get("vervangt", ""))

    def vervangt(self, meta, c):
        return ("vervangt", c[0])

    def peildatum(self, meta, c):
        return ("peildatum", c[0])

    def document(self, meta, c):
        return ("document", _unquote(c[0]))

    def geldig(self, meta, c):
        return ("geldig", (c[0], c[1]))

    def toelichting(self, meta, c):
        return ("toelichting", c[0])

    def uitleg(self, meta, c):
        return ("uitleg", (c[0], self._plekken(c[0], meta)))

    def _plekken(self, text: str, meta) -> tuple[ast.Plek, ...]:
        """Each {naam} of an uitleg with the span where it is written (one split over two strings:
        the uitleg's line)."""
        written = []
        for tok in getattr(self, "_strings", ()):
            for m in PLACEHOLDER.finditer(tok[1:-1]):
                column = tok.column + 1 + m.start()
                name = re.sub(r"\s+", " ", re.sub(r"\\(.)", r"\1", m.group(1)))
                written.append((name, Span(self.file, tok.line, column, tok.line, column + len(m.group(0)))))
        out = []
        for name in PLACEHOLDER.findall(text):
            i = next((k for k, (n, _) in enumerate(written) if n == name), None)
            out.append(ast.Plek(name, written.pop(i)[1] if i is not None else self.sp(meta)))
        return tuple(out)

    def bron(self, meta, c):
        return ("bron", c[0])

    def citaat(self, meta, c):
        return ("citaat", (ast.Citaat(c[0], self.sp(meta)),))

    def herkomst(self, meta, c):
        return ("herkomst", c[0])

    def rijen(self, meta, c):
        return ("rijen", ast.Column(str(c[0]), self.sp(c[0])))

    def kolom(self, meta, c):
        return ("kolom", ((str(c[0]).strip(), str(c[1]).strip(), self.sp(c[0])),))

    def kolommen(self, meta, c):
        return ("kolommen", tuple(ast.Column(str(t), self.sp(t)) for t in c))

    # -- keuzelijsten
    def _enum_value(self, v) -> ast.EnumValue:
        name = _unquote(v) if v.type == "STRING" else str(v).strip()
        return ast.EnumValue(name, "", self.sp(v))

    def keuzelijst_inline(self, meta, c):
        return ast.Keuzelijst(str(c[0]), tuple(self._enum_value(v) for v in c[1:]), self.sp(meta))

    def keuzelijst_block(self, meta, c):
        return ast.Keuzelijst(str(c[0]), tuple(c[1:]), self.sp(meta))

    def enum_item(self, meta, c):
        v = self._enum_value(c[0])
        return ast.EnumValue(v.name, c[1] or "", v.span)

    # -- declarations
    def invoer(self, meta, c):
        return ("invoer", tuple(c))

    def uitvoer(self, meta, c):
        return ("uitvoer", tuple(c))

    def decl(self, meta, c):
        name, type_, optional, oordeel, body = c
        description, standaard = body if body is not None else ("", None)
        if standaard is not None:
            standaard = ast.Assignment(str(name), standaard[0], standaard[1], standaard[2])
        return ast.Decl(str(name), type_, optional is not None, description or "", self.sp(name),
                        oordeel is not None, standaard)

    def decl_body(self, meta, c):
        return (c[0], c[1])

    def decl_standaard(self, meta, c):
        return ("", c[0])

    def standaard(self, meta, c):
        kind, values = c[0]
        return (kind, values, self.sp(meta))

    def _type(self, kind, meta, c, enum=None):
        lo = hi = None
        if c and isinstance(c[-1], tuple):
            lo, hi = c[-1]
        return ast.Type(kind, enum, lo, hi, self.sp(meta))

    def t_janee(self, meta, c):
        return self._type("janee", meta, c)

    def t_getal(self, meta, c):
        return self._type("getal", meta, c)

    def t_bedrag(self, meta, c):
        return self._type("bedrag", meta, c)

    def t_datum(self, meta, c):
        return self._type("datum", meta, c)

    def t_duur(self, meta, c):
        return self._type("duur", meta, c)

    def t_tekst(self, meta, c):
        return self._type("tekst", meta, c)

    def t_keuze(self, meta, c):
        return ast.Type("keuze", str(c[0]), span=self.sp(meta))

    def t_verzameling(self, meta, c):
        return ast.Type("verzameling", str(c[0]), span=self.sp(meta))

    def b_tussen(self, meta, c):
        return (c[0], c[1])

    def b_vanaf(self, meta, c):
        return (c[0], None)

    def b_tm(self, meta, c):
        return (None, c[0])

    def afgeleid(self, meta, c):
        return ("afgeleid", tuple(c))

    def derived(self, meta, c):
        return ast.Derived(str(c[0]), self._expr(c[1]), c[2] or "", self.sp(c[0]))

    # -- expressions
    def als(self, meta, c):
        return ast.EIf(self._expr(c[0]), self._expr(c[1]), self._expr(c[2]), self.sp(meta))

    def of(self, meta, c):
        return ast.EBin("of", self._expr(c[0]), self._expr(c[1]), self.sp(meta))

    def en(self, meta, c):
        return ast.EBin("en", self._expr(c[0]), self._expr(c[1]), self.sp(meta))

    def niet(self, meta, c):
        return ast.ENot(self._expr(c[0]), self.sp(meta))

    def vergelijk(self, meta, c):
        op = {"≠": "!=", "≤": "<=", "≥": ">="}.get(str(c[1]), str(c[1]))
        return ast.EBin(op, self._expr(c[0]), self._expr(c[2]), self.sp(meta))

    def bevat(self, meta, c):
        return ast.EBin("bevat", self._expr(c[0]), self._expr(c[1]), self.sp(meta))

    def rekensom(self, meta, c):
        op = {"×": "*"}.get(str(c[1]), str(c[1]))
        return ast.EBin(op, self._expr(c[0]), self._expr(c[2]), self.sp(meta))

    def onbekend(self, meta, c):
        return ast.EUnknown(self.sp(meta))

    def verwijzing(self, meta, c):
        return ast.ERef(str(c[0]).strip(), self.sp(c[0]))

    def aanroep(self, meta, c):
        args = tuple(self._expr(a) for a in c[1:] if a is not None)
        return ast.ECall(str(c[0]).strip(), args, self.sp(meta))

    def _expr(self, x):
        return ast.ELit(x, x.span) if isinstance(x, ast.Lit) else x

    # -- cells
    def _test(self, op, meta, value=None, upper=None):
        return ast.Test(op, value, upper, self.sp(meta))

    def t_gelijk(self, meta, c):
        return self._test("=", meta, c[0])

    def t_tussen(self, meta, c):
        return self._test("tussen", meta, c[0], c[1])

    def t_vanaf(self, meta, c):
        return self._test(">=", meta, c[0])

    def t_totenmet(self, meta, c):
        return self._test("<=", meta, c[0])

    def t_tot(self, meta, c):
        return self._test("<", meta, c[0])

    def t_meer(self, meta, c):
        return self._test(">", meta, c[0])

    def t_cmp(self, meta, c):
        op = {"≤": "<=", "≥": ">="}.get(str(c[0]), str(c[0]))
        return self._test(op, meta, c[1])

    def t_onbekend(self, meta, c):
        return self._test("onbekend", meta)

    def t_bevat(self, meta, c):
        return self._test("bevat", meta, c[0])

    def t_leeg(self, meta, c):
        return self._test("leeg", meta)

    def _cell(self, kind, meta, **kw):
        span = self.sp(meta)
        text = self.source[meta.start_pos:meta.end_pos] if span.line else ""
        if "\n" in text:  # a text that runs on over more lines reads as one line
            text = re.sub(r" *\n *", " ", text)
        return ast.Cell(kind, text=text.strip(), span=span, **kw)

    def c_any(self, meta, c):
        return self._cell("any", meta)

    def c_anders(self, meta, c):
        return self._cell("anders", meta)

    def c_tests(self, meta, c):
        return self._cell("tests", meta, tests=tuple(c))

    def c_niet(self, meta, c):
        return self._cell("tests", meta, tests=tuple(c), negated=True)

    def c_expr(self, meta, c):
        return self._cell("expr", meta, expr=self._expr(c[0]))

    def c_bron(self, meta, c):
        return self._cell("bron", meta)

    def c_leeg(self, meta, c):
        return ast.Cell("leeg", span=Span(self.file, 0, 0))

    def row(self, meta, c):
        cells, split = [], None
        for x in c:
            if isinstance(x, Token):  # DBAR: conditions left, conclusions right
                split = len(cells) if split is None else split
            else:
                cells.append(x)
        return (tuple(cells), split, self.sp(meta))

    def table(self, meta, c):
        sep_index = next(i for i, x in enumerate(c) if isinstance(x, Token) and x.type == "SEPROW")
        return (tuple(c[:sep_index]), tuple(c[sep_index + 1:]), self.sp(meta))

    # -- tables
    def beslistabel(self, meta, c):
        name_tok, hit_tok = c[0], c[1]
        at = next(i for i, x in enumerate(c) if isinstance(x, tuple) and len(x) == 3 and isinstance(x[0], tuple))
        meta_fields = [x for x in c[2:at]]
        table = c[at]
        notes = c[at + 1:]
        hit = str(hit_tok) if hit_tok is not None else "uniek"
        fields = _fields(meta_fields)
        header_rows, body_rows, _ = table
        span = self.sp(name_tok)
        if len(header_rows) != 1:
            self.collector.error("een beslistabel heeft precies één kopregel boven de scheidingsregel |---|",
                                 span, "zet de kolomnamen op één regel")
            return None  # reported; the other blocks are still read
        head_cells, split, head_span = header_rows[0]
        names = []
        for cell in head_cells:
            if cell.kind != "tests" or len(cell.tests) != 1 or cell.tests[0].op != "=" or cell.negated \
                    or cell.tests[0].value.kind not in ("woord", "tekst"):
                self.collector.error("een kolomkop is een naam", cell.span if cell.span.line else head_span,
                                     "schrijf de naam van de invoer of uitkomst boven de kolom")
                names.append(ast.Column("?", cell.span))
            else:
                lit = cell.tests[0].value
                names.append(ast.Column(str(lit.value), lit.span))
        if split is None:
            self.collector.error("de kopregel zegt niet welke kolommen voorwaarden en welke uitkomsten zijn",
                                 head_span, "zet || tussen de laatste voorwaarde en de eerste uitkomst: "
                                 "| aantal || zwaarte |")
            return None  # reported; the other blocks are still read
        body_rows = self._apply_notes(body_rows, names, notes)
        names = self._aliases(names, fields.get("kolom", ()))
        annotation = {"bron", "toelichting", "citaat"}
        ann_idx = {i: col.name for i, col in enumerate(names) if col.name in annotation and i >= split}
        inputs = tuple(names[:split])
        outputs = tuple(col for i, col in enumerate(names[split:], split) if i not in ann_idx)
        rows = []
        for number, (cells, row_split, row_span) in enumerate(body_rows, 1):
            if len(cells) != len(names):
                self.collector.error(
                    f"rij {number} heeft {len(cells)} cellen, de kopregel {len(names)}", row_span,
                    "elke rij heeft een cel per kolom; gebruik - voor ‘doet niet ter zake’", "rij-cellen")
                continue
            if row_split is not None and row_split != split:
                self.collector.error(f"in rij {number} staat || op een andere plaats dan in de kopregel",
                                     row_span, "zet || op dezelfde plaats als in de kopregel, of gebruik |")
            conds = cells[:split]
            anders = bool(conds) and conds[0].kind == "anders"
            if anders and any(x.kind not in ("leeg", "any") for x in conds[1:]):
                self.collector.error("in een anders-rij zijn de andere voorwaarden leeg of -", row_span)
            bron: tuple = ()
            toel = ""
            citaat: tuple = ()
            concl = []
            for i, cell in enumerate(cells[split:], split):
                if i in ann_idx:
                    if cell.kind == "leeg":
                        continue
                    if ann_idx[i] == "bron":
                        bron = self._bron_cell(cell)
                    elif ann_idx[i] == "citaat":
                        citaat = (ast.Citaat(_cell_text(cell), cell.span),)
                    else:
                        toel = _cell_text(cell)
                else:
                    concl.append(cell)
            rows.append(ast.Row(number, tuple(conds), tuple(concl), anders, bron, toel, row_span, citaat))
        uitleg, plekken = fields.get("uitleg", ("", ()))
        return ast.Beslistabel(str(name_tok), hit, inputs, outputs, tuple(rows), fields.get("bron", ()),
                               fields.get("toelichting", ""), uitleg, span,
                               fields.get("citaat", ()), *fields.get("geldig", (None, None)), plekken=plekken)

    def _aliases(self, names: list[ast.Column], aliases) -> list[ast.Column]:
        """`kolom huur: huurovereenkomst …`: the header writes the short name, the table means the long one."""
        full: dict[str, str] = {}
        for short, long, span in aliases:
            if short in full:
                self.collector.error(f"de korte naam “{short}” staat al voor “{full[short]}”", span, code="naam")
            full[short] = long
        used = {col.name for col in names}
        for short, _, span in aliases:
            if short not in used:
                self.collector.error(f"de korte naam “{short}” staat niet in de kopregel", span,
                                     suggest(short, sorted(used)) or "schrijf hem boven een kolom, of haal de regel weg",
                                     "naam")
        return [ast.Column(full[col.name], col.span) if col.name in full else col for col in names]

    def noot(self, meta, c):
        return ("noot", c[0], tuple(c[1:]), self.sp(meta))

    def noot_cel(self, meta, c):
        return (str(c[0]).strip(), c[1], self.sp(c[0]))

    def _apply_notes(self, body_rows, names: list, notes):
        """Put the cells written below the table (`rij 2` / `kolom: waarde`) into their rows."""
        if not notes:
            return body_rows
        rows = [(list(cells), split, span) for cells, split, span in body_rows]
        columns = [col.name for col in names]
        seen: dict[tuple[int, str], Span] = {}
        for _, number_tok, cells, span in notes:
            number = int(str(number_tok)) if str(number_tok).isdigit() else 0
            if not 1 <= number <= len(rows):
                self.collector.error(f"de tabel heeft geen rij {number_tok} (de rijen tellen van 1 t/m {len(rows)})",
                                     self.sp(number_tok), "tel de rijen onder de scheidingsregel |---|, vanaf 1",
                                     "noot")
                continue
            row_cells = rows[number - 1][0]
            for name, cell, name_span in cells:
                if name not in columns:  # an outcome written below the table only
                    columns.append(name)
                    names.append(ast.Column(name, name_span))
                    for other, _, _ in rows:
                        other.append(ast.Cell("leeg", span=Span(self.file, 0, 0)))
                if (number, name) in seen:
                    self.collector.error(f"rij {number} krijgt “{name}” twee keer", name_span,
                                         "schrijf de waarde één keer onder ‘rij’", "noot")
                    continue
                seen[(number, name)] = name_span
                k = columns.index(name)
                if k >= len(row_cells):
                    continue  # the row has too few cells: reported with the row
                if row_cells[k].kind != "leeg":
                    self.collector.error(f"rij {number} heeft in de tabel al een waarde voor “{name}”", name_span,
                                         "laat de cel in de tabel leeg als de waarde onder de tabel staat", "noot")
                    continue
                row_cells[k] = cell
        return tuple((tuple(cells), split, span) for cells, split, span in rows)

    def _bron_cell(self, cell: ast.Cell) -> tuple:
        refs = [m.group(0) for m in PARAGRAAF.finditer(cell.text)]
        if not refs:
            self.collector.error("een bron-cel noemt een paragraaf, zoals §1.3", cell.span)
        return tuple(ast.Bron(anchor(r), r, cell.span) for r in refs)

    def kruistabel(self, meta, c):
        name_tok = c[0]
        fields = _fields(c[1:-1])
        header_rows, body_rows, _ = c[-1]
        span = self.sp(name_tok)
        if "rijen" not in fields or "kolommen" not in fields:
            self.collector.error("een kruistabel noemt wat in de rijen en wat in de kolommen staat", span,
                                 "voeg toe: rijen intensiteit / kolommen zwaarte, type ondersteuning")
            return None  # reported; the other blocks are still read
        kolommen = fields["kolommen"]
        uitleg, plekken = fields.get("uitleg", ("", ()))
        if len(header_rows) != len(kolommen):
            self.collector.error(
                f"de kruistabel heeft {len(kolommen)} kolom-dimensie(s) maar {len(header_rows)} kopregel(s)", span,
                "geef één kopregel per naam achter ‘kolommen’")
            return None  # reported; the other blocks are still read
        width = len(header_rows[0][0])
        header = []
        for cells, _, row_span in header_rows:
            if len(cells) != width:
                self.collector.error(f"deze kopregel heeft {len(cells)} cellen, de eerste {width}", row_span)
                return None  # reported; the other blocks are still read
            header.append(tuple(self._single_lit(cell, row_span) for cell in cells[1:]))
        row_values, grid = [], []
        for number, (cells, _, row_span) in enumerate(body_rows, 1):
            if len(cells) != width:
                self.collector.error(f"rij {number} heeft {len(cells)} cellen, de kopregel {width}", row_span,
                                     "elke rij heeft een cel per kolom", "rij-cellen")
                continue
            row_values.append(self._single_lit(cells[0], row_span))
            grid.append(tuple(cells[1:]))
        return ast.Kruistabel(str(name_tok), fields["rijen"], kolommen, tuple(header), tuple(row_values),
                              tuple(grid), fields.get("bron", ()), fields.get("toelichting", ""),
                              uitleg, span, fields.get("citaat", ()),
                              *fields.get("geldig", (None, None)), plekken=plekken)

    def _single_lit(self, cell: ast.Cell, row_span: Span) -> ast.Lit:
        if cell.kind == "tests" and len(cell.tests) == 1 and cell.tests[0].op == "=" and not cell.negated:
            return cell.tests[0].value
        self.collector.error("hier hoort één waarde", cell.span if cell.span.line else row_span)
        return ast.Lit("woord", "?", "?", cell.span)

    # -- voorbeelden
    def voorbeeld(self, meta, c):
        name = _unquote(c[0])
        fields = _fields([x for x in c[1:-2]])
        zoals, zoals_span = fields.get("zoals", ("", ast.NOWHERE))
        return ast.Voorbeeld(name, c[-2] or (), c[-1], fields.get("herkomst", ""), fields.get("toelichting", ""),
                             fields.get("bron", ()), self.sp(c[0]), fields.get("peildatum"), zoals, zoals_span)

    def zoals(self, meta, c):
        return ("zoals", (_unquote(c[0]), self.sp(c[0])))

    def gegeven(self, meta, c):
        return tuple(c)

    def verwacht(self, meta, c):
        return tuple(c)

    def assignment(self, meta, c):
        kind, values = c[1]
        return ast.Assignment(str(c[0]).strip(), kind, values, self.sp(c[0]))

    def waarden(self, meta, c):
        return ("waarden", tuple(c))

    def waarde_onbekend(self, meta, c):
        return ("onbekend", ())

    def geen(self, meta, c):
        return ("geen", ())

    def controles(self, meta, c):
        return ("controles", tuple(c))

    def controle(self, meta, c):
        return ast.Controle(_unquote(c[0]), self._expr(c[1]), self.sp(c[0]))

    # -- dekking
    def dekking(self, meta, c):
        return ("dekking", tuple(c))

    def dekking_item(self, meta, c):
        bron = ast.Bron(anchor(str(c[0])), str(c[0]), self.sp(c[0]))
        return ast.DekkingItem(bron, str(c[1]), c[2], self.sp(c[0]))

    # -- the file
    def start(self, meta, items):
        header = None
        parts: dict[str, list] = {k: [] for k in ("keuzelijsten", "invoer", "uitvoer", "afgeleid", "tables",
                                                  "voorbeelden", "dekking", "controles")}
        for item in items:
            if isinstance(item, ast.Header):
                if header is not None:
                    self.collector.error("een bestand heeft maar één regelset-kop", item.span)
                header = item
            elif isinstance(item, ast.Keuzelijst):
                parts["keuzelijsten"].append(item)
            elif isinstance(item, (ast.Beslistabel, ast.Kruistabel)):
                parts["tables"].append(item)
            elif isinstance(item, ast.Voorbeeld):
                parts["voorbeelden"].append(item)
            elif isinstance(item, tuple):
                parts[item[0]].extend(item[1])
        return ast.Module(self.file, header, *(tuple(parts[k]) for k in parts))


def _fields(items) -> dict:
    out: dict = {}
    for item in items:
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
            key, value = item
            if key in ("bron", "citaat", "kolom") and key in out:
                value = out[key] + value
            out[key] = value
    return out


def _cell_text(cell: ast.Cell) -> str:
    text = cell.text
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return _unquote(text)
    return text
