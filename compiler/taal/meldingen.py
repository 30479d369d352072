"""Layout errors that name their cause, in words a policy writer knows.

Lark reports *where* parsing stopped and which tokens it expected; a writer needs to hear
*what* they did: indented a row one space too far, wrote a range as `3-4`, pasted a Word
quote. Three steps, before and after the parser:

- `normaliseer` accepts what Word and Notepad put in a text (a byte-order mark, non-breaking
  spaces, “curly” quotes around a text) by writing the plain character in its place; every
  replacement keeps the length of the line, so columns in messages stay right.
- `inspringing` compares each line's indentation with the lines around it (tabs are counted
  as the parser counts them, 4 spaces) before the grammar gets a say: a row one space deeper
  than its table, or an outdented line under `gegeven`, is an indentation mistake whatever
  token the parser happens to stumble on.
- `benoem` classifies the remaining syntax errors with Lark's `match_examples` against
  VOORBEELDEN, a corpus of bad snippets, one label each (tests/fixtures/fout/ holds one file
  per label with the exact message it gets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from compiler.ast import Span
from compiler.errors import Diagnostic
from compiler.taal.woorden import GAAT_DOOR

# -- Word and Notepad typography

_SPACES = "\u00a0\u202f\u2007"  # non-breaking, narrow non-breaking, figure space
_OPEN = "“„"
_CLOSE = "”“"
# After a closing quote comes the end of the line, a cell border, a comma, a colon or a comment.
_AFTER_TEXT = re.compile(r"\s*(?:$|[|,:#)])")


def normaliseer(text: str) -> str:
    """The text with Word/Notepad typography replaced by what the grammar reads."""
    if text.startswith("\ufeff"):
        text = text[1:]
    for ch in _SPACES:
        text = text.replace(ch, " ")
    return "\n".join(_straight_quotes(line) for line in text.split("\n"))


def _straight_quotes(line: str) -> str:
    """“…” used as the quotes of a text become "…"; curly quotes inside a text stay."""
    if not any(ch in line for ch in _OPEN):
        return line
    out = list(line)
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        if ch == "#":
            break
        if ch == '"':  # a plain text: skip to its end
            j = i + 1
            while j < n and line[j] != '"':
                j += 2 if line[j] == "\\" else 1
            i = j + 1
            continue
        if ch in _OPEN and (i == 0 or line[i - 1] in " |(,:"):
            close = _closing(line, i + 1)
            if close is not None:
                out[i] = out[close] = '"'
                i = close + 1
                continue
        i += 1
    return "".join(out)


def _closing(line: str, start: int) -> int | None:
    for j in range(start, len(line)):
        if line[j] == '"' and not _AFTER_TEXT.match(line, j + 1):
            return None  # a plain quote inside: not ours to rewrite
        if line[j] in _CLOSE + '"' and _AFTER_TEXT.match(line, j + 1):
            return j
    return None


_INVISIBLE = {"\u200b": "een onzichtbare spatie (zero-width space)", "\ufeff": "een onzichtbaar BOM-teken",
              "\u00ad": "een onzichtbaar afbreekstreepje"}
_NAMED = {"“": "een typografisch aanhalingsteken “", "”": "een typografisch aanhalingsteken ”",
          "„": "een typografisch aanhalingsteken „", "‘": "een enkel typografisch aanhalingsteken ‘",
          "–": "een gedachtestreepje –", "—": "een lang gedachtestreepje —", "\t": "een tab"}


# -- Indentation, line by line

@dataclass(frozen=True)
class _Line:
    number: int
    indent: int
    text: str  # without the indentation
    tab: bool


def _lines(original: str) -> list[_Line]:
    """The lines that start something: no blank lines, comments or lines inside a text that
    runs on over more lines."""
    found = []
    in_text = goes_on = False
    for number, raw in enumerate(original.split("\n"), 1):
        was_in_text, went_on = in_text, goes_on
        in_text = _ends_in_text(raw, in_text)
        stripped = raw.lstrip(" \t")
        if not in_text and stripped.strip() and (was_in_text or not stripped.startswith("#")):
            # A list or a calculation that goes on at the next line.
            goes_on = bool(GAAT_DOOR.search(raw.rstrip() if was_in_text else _code(raw)))
        if was_in_text or went_on:
            continue
        if not stripped.strip() or stripped.startswith("#"):
            continue
        lead = raw[: len(raw) - len(stripped)]
        found.append(_Line(number, len(lead.replace("\t", "    ")), stripped.rstrip(), "\t" in lead))
    return found


def _code(line: str) -> str:
    """A line without its comment and trailing spaces (a # inside a text is text)."""
    in_text, i = False, 0
    while i < len(line):
        ch = line[i]
        if in_text and ch == "\\":
            i += 2
            continue
        if ch == '"':
            in_text = not in_text
        elif ch == "#" and not in_text:
            return line[:i].rstrip()
        i += 1
    return line.rstrip()


def _ends_in_text(line: str, in_text: bool) -> bool:
    i = 0
    while i < len(line):
        ch = line[i]
        if in_text and ch == "\\":
            i += 2
            continue
        if ch == '"':
            in_text = not in_text
        elif ch == "#" and not in_text:
            break
        i += 1
    return in_text


_OPENS_BLOCK = re.compile(
    r"^(regelset|keuzelijst|invoer|uitvoer|afgeleid|controles|beslistabel|kruistabel|voorbeeld|dekking|"
    r"gegeven|verwacht)\b")


def _spaces(n: int) -> str:
    return "1 spatie" if n == 1 else f"{n} spaties"


def inspringing(original: str, file: str) -> Diagnostic | None:
    """The first line whose indentation does not fit the lines around it, named as such."""
    lines = _lines(original)
    ouders = _ouders(lines)
    for prev, line, ouder in zip(lines, lines[1:], ouders):
        if line.tab:
            where = prev.indent if line.indent > prev.indent and not _may_open(prev, ouder) else None
            expected = f"; hier {_spaces(where)}, zoals de regel erboven" if where is not None else ""
            return Diagnostic(
                "fout", "deze regel springt in met een tab", Span(file, line.number, 1),
                f"spring in met spaties: 2 per niveau{expected}", "inspringen")
        if line.indent > prev.indent and not _may_open(prev, ouder):
            return _too_deep(prev, line, file)
        if line.text.startswith("|") and prev.text.startswith("|") and line.indent < prev.indent:
            return Diagnostic(
                "fout", f"deze tabelrij springt {_spaces(line.indent)} in, de rij erboven {_spaces(prev.indent)}",
                Span(file, line.number, 1, line.number, line.indent + 1),
                f"laat alle rijen van een tabel even ver inspringen: {_spaces(prev.indent)}", "inspringen")
    return _outdented(lines, file)


def _ouders(lines: list[_Line]) -> list[_Line | None]:
    """Per line, the nearest line above it that is indented less (the line it belongs under)."""
    ouders, stapel = [], []
    for line in lines:
        while stapel and stapel[-1].indent >= line.indent:
            stapel.pop()
        ouders.append(stapel[-1] if stapel else None)
        stapel.append(line)
    return ouders


def _may_open(line: _Line, ouder: _Line | None = None) -> bool:
    """May the next line be indented deeper? Block keywords, and a name (a keuzelijst value,
    a declaration) whose description follows on an indented line; a keuzelijst value may be a
    text in quotes ("aangepast arrangement 1"), any other text cannot open a block."""
    if _OPENS_BLOCK.match(line.text):
        return True
    if line.text.startswith('"'):
        return ouder is not None and ouder.text.startswith("keuzelijst")
    return not line.text.startswith("|") and not re.match(
        r"^(bron|toelichting|uitleg|citaat|herkomst|document|geldig|rijen|kolommen)\b", line.text)


def _too_deep(prev: _Line, line: _Line, file: str) -> Diagnostic:
    what = "tabelrij" if line.text.startswith("|") else "regel"
    return Diagnostic(
        "fout", f"deze {what} springt {_spaces(line.indent)} in, de regel erboven {_spaces(prev.indent)}",
        Span(file, line.number, 1, line.number, line.indent + 1),
        f"laat de regel {_spaces(prev.indent)} inspringen, net als de regel erboven; "
        "alleen onder een sleutelwoord als gegeven of beslistabel springt een regel verder in", "inspringen")


_ASSIGNMENT = re.compile(r"^[^\W\d_][\w\-'’/ ]*:\s*\S")


def _outdented(lines: list[_Line], file: str) -> Diagnostic | None:
    """A `naam: waarde` line under gegeven/verwacht (or a declaration under invoer) that
    came out of its block: it is shallower than the line before and is no keyword line."""
    stack: list[tuple[str, int]] = []  # (opening keyword, indent of its lines)
    for prev, line in zip(lines, lines[1:]):
        m = _OPENS_BLOCK.match(prev.text)
        if m and line.indent > prev.indent:
            stack.append((m.group(1), line.indent))
        while stack and line.indent < stack[-1][1]:
            keyword, depth = stack.pop()
            if keyword in ("gegeven", "verwacht", "invoer", "uitvoer", "afgeleid") and \
                    _ASSIGNMENT.match(line.text) and not _keyword_line(line.text) and line.indent > 0:
                return Diagnostic(
                    "fout", f"deze regel springt minder ver in ({_spaces(line.indent)}) dan de regels "
                    f"onder “{keyword}” erboven ({_spaces(depth)})",
                    Span(file, line.number, 1, line.number, line.indent + 1),
                    f"laat de regel {_spaces(depth)} inspringen, net als de andere regels onder “{keyword}”",
                    "inspringen")
    return None


def _keyword_line(text: str) -> bool:
    word = re.match(r"[^\s:]+", text)
    return bool(word) and word.group(0) in _KEYWORD_PLACES


# -- Keywords in the wrong place

_KEYWORD_PLACES = {
    "regelset": "bovenaan het bestand, niet ingesprongen",
    "document": "in de kop, onder regelset \"…\"",
    "geldig": "in de kop, onder regelset \"…\" (een tabel is geldig zolang de regelset dat is)",
    "keuzelijst": "bovenaan een regel, niet ingesprongen",
    "invoer": "bovenaan een regel, niet ingesprongen",
    "uitvoer": "bovenaan een regel, niet ingesprongen",
    "afgeleid": "bovenaan een regel, niet ingesprongen",
    "controles": "bovenaan een regel, niet ingesprongen",
    "beslistabel": "bovenaan een regel, niet ingesprongen",
    "kruistabel": "bovenaan een regel, niet ingesprongen",
    "voorbeeld": "bovenaan een regel, niet ingesprongen",
    "dekking": "bovenaan een regel, niet ingesprongen",
    "bron": "onder een beslistabel, kruistabel of voorbeeld, boven de tabel of boven gegeven",
    "toelichting": "onder de regelset-kop, een tabel of een voorbeeld, boven de tabel of boven gegeven",
    "uitleg": "onder een beslistabel of kruistabel, boven de tabel",
    "citaat": "onder een beslistabel of kruistabel, boven de tabel",
    "rijen": "onder een kruistabel, boven de tabel",
    "kolommen": "onder een kruistabel, boven de tabel",
    "herkomst": "onder een voorbeeld, boven gegeven",
    "gegeven": "onder een voorbeeld, ingesprongen",
    "verwacht": "onder een voorbeeld, na gegeven",
}


# -- The corpus for match_examples: label → bad snippets that fail in the same parser state

_TABLE = "keuzelijst z: A, B\ninvoer\n  n: geheel getal\nbeslistabel z (uniek)\n  | n || z |\n  |---||---|\n"

VOORBEELDEN: dict[str, list[str]] = {
    "reeks-streep": [_TABLE + "  | 3-4 || A |\n", _TABLE + "  | 3 - 4 || A |\n",
                     _TABLE + "  | 3 t/m 4 || A |\n  | 5-6 || B |\n"],
    "reeks-komma": [_TABLE + "  | 3, 4 || A |\n", _TABLE + "  | 3,4, 5 || A |\n",
                    _TABLE + "  | A, B || A |\n", _TABLE + "  | \"A\", \"B\" || A |\n"],
    "waarde-met-cijfer": [
        "keuzelijst z\n  zwaarte 1\n", "keuzelijst z: zwaarte 1, zwaarte 2\n",
        "keuzelijst z: A, zwaarte 2\n",
        _TABLE + "  | 1 || zwaarte 1 |\n", _TABLE + "  | zwaarte 1 || A |\n",
        'voorbeeld "v"\n  gegeven\n    n: zwaarte 1\n  verwacht\n    z: A\n',
        'voorbeeld "v"\n  gegeven\n    n: 1\n  verwacht\n    z: zwaarte 1\n',
    ],
    "dubbele-punt": ["invoer\n  leeftijd geheel getal\n", "invoer\n  n: ja/nee\n  leeftijd geheel getal\n",
                     'voorbeeld "v"\n  gegeven\n    leeftijd 45\n  verwacht\n    z: A\n',
                     'voorbeeld "v"\n  gegeven\n    n: 1\n  verwacht\n    z A\n'],
    "tekst-zonder-aanhalingstekens": ["regelset \"R\"\n  toelichting Dit is uitleg\n",
                                      _TABLE.replace("  | n ||", "  toelichting Dit is uitleg\n  | n ||"),
                                      "beslistabel z (uniek)\n  toelichting Dit is uitleg\n",
                                      "beslistabel z (uniek)\n  citaat Dit is uitleg\n",
                                      'voorbeeld "v"\n  toelichting Dit is uitleg\n'],
    "naam-zonder-aanhalingstekens": ["regelset R\n", "voorbeeld v\n", "voorbeeld Een geval\n"],
}


@dataclass(frozen=True)
class Context:
    """What a message may quote: the offending line and where the parser stopped in it."""
    file: str
    line: int
    column: int
    source_line: str
    found: str

    @property
    def span(self) -> Span:
        return Span(self.file, self.line, self.column, self.line, self.column + max(len(self.found), 1))


def _reeks_streep(c: Context) -> Diagnostic:
    m = _around(c, r"(\d+)\s*[-–—]\s*(\d+)")
    a, b = (m.group(1), m.group(2)) if m else ("3", "4")
    return Diagnostic("fout", f"een reeks schrijft u als “{a} t/m {b}”, niet met een streepje", c.span,
                      f"schrijf {a} t/m {b} (van {a} tot en met {b}); een streepje alleen betekent: "
                      "doet niet ter zake", "syntax")


def _reeks_komma(c: Context) -> Diagnostic:
    m = _around(c, r"([^\s|,][^|,]*?)\s*,\s*([^|,]*[^\s|,])")
    a, b = (m.group(1), m.group(2)) if m else ("3", "4")
    hint = f"schrijf {a} of {b}"
    if a.isdigit() and b.isdigit() and int(a) < int(b):
        hint += f", of als het een reeks is: {a} t/m {b}"
    return Diagnostic("fout", "in een tabelcel scheidt u waarden met “of”, niet met een komma", c.span,
                      hint, "syntax")


def _waarde_met_cijfer(c: Context) -> Diagnostic:
    m = _around(c, r"([^\W\d_][\w\-'’]*(?: [\w\-'’]+)*)")
    value = m.group(1).strip() if m else c.found
    return Diagnostic("fout", f"in “{value}” begint een woord met een cijfer; zo’n waarde staat tussen "
                      "aanhalingstekens", c.span, f"schrijf \"{value}\"", "syntax")


_TYPE_WORDS = re.compile(r"\s(geheel getal|ja/nee|bedrag|datum|duur|tekst|keuze uit|verzameling uit)\b")


def _dubbele_punt(c: Context) -> Diagnostic:
    line = c.source_line.strip()
    typed = _TYPE_WORDS.search(line)
    at = typed.start() if typed else len(c.source_line[: c.column - 1].strip())
    name, rest = line[:at].strip(), line[at:].strip()
    return Diagnostic("fout", f"na de naam “{name}” hoort een dubbele punt", c.span,
                      f"schrijf {name}: {rest}".rstrip(), "syntax")


def _tekst_zonder_aanhalingstekens(c: Context) -> Diagnostic:
    rest = c.source_line[c.column - 1:].strip()
    return Diagnostic("fout", "een tekst staat tussen rechte aanhalingstekens (\")", c.span,
                      f"schrijf \"{rest}\"", "syntax")


def _naam_zonder_aanhalingstekens(c: Context) -> Diagnostic:
    rest = c.source_line[c.column - 1:].strip()
    keyword = c.source_line.split()[0]
    return Diagnostic("fout", f"de naam na “{keyword}” staat tussen rechte aanhalingstekens (\")", c.span,
                      f"schrijf {keyword} \"{rest}\"", "syntax")


_MESSAGES: dict[str, Callable[[Context], Diagnostic]] = {
    "reeks-streep": _reeks_streep,
    "reeks-komma": _reeks_komma,
    "waarde-met-cijfer": _waarde_met_cijfer,
    "dubbele-punt": _dubbele_punt,
    "tekst-zonder-aanhalingstekens": _tekst_zonder_aanhalingstekens,
    "naam-zonder-aanhalingstekens": _naam_zonder_aanhalingstekens,
}


def _around(c: Context, pattern: str):
    """The match of pattern in the line that contains (or ends just before) the error column."""
    for m in re.finditer(pattern, c.source_line):
        if m.start() < c.column <= m.end() + 1:
            return m
    return None


def benoem(error, parse: Callable[[str], object], c: Context) -> Diagnostic | None:
    """A named message for a syntax error, or None when it matches nothing in the corpus."""
    for ch, name in {**_NAMED, **_INVISIBLE}.items():
        if ch in c.found or c.source_line[c.column - 1: c.column] == ch:
            return _typografie(c, ch, name)
    word = c.found.split()[0] if c.found.split() else ""
    if c.source_line[: c.column - 1].strip() == "" and word in _KEYWORD_PLACES:
        return Diagnostic("fout", f"het sleutelwoord “{word}” kan hier niet staan", c.span,
                          f"“{word}” hoort {_KEYWORD_PLACES[word]}", "syntax")
    # Only snippets that stumble on the same kind of token are candidates.
    token_type = getattr(getattr(error, "token", None), "type", None)
    corpus = {label: [s for s, t in snippets if t == token_type] for label, snippets in _typed_corpus(parse).items()}
    error.state = _SameState(error.state)
    try:
        label = error.match_examples(parse, {k: v for k, v in corpus.items() if v})
    except Exception:  # a corpus snippet that parses is a defect of the corpus, not of the user's file
        label = None
    if label is None:
        return None
    return _MESSAGES[label](c)


_TYPED: dict[str, list[tuple[str, str | None]]] = {}


def _typed_corpus(parse) -> dict[str, list[tuple[str, str | None]]]:
    """Each snippet with the type of the token it fails on (computed once)."""
    if not _TYPED:
        for label, snippets in VOORBEELDEN.items():
            _TYPED[label] = []
            for snippet in snippets:
                try:
                    parse(snippet)
                    token_type = None
                except Exception as e:  # noqa: BLE001 - any failure; the type is what we keep
                    token_type = getattr(getattr(e, "token", None), "type", None)
                _TYPED[label].append((snippet, token_type))
    return _TYPED


class _SameState:
    """Lark compares parser states by stack depth and position; the depth differs with how
    many fields a block had before the mistake, so for our corpus only the position counts."""

    def __init__(self, state):
        self.state = state
        self.position = getattr(state, "position", state)

    def __eq__(self, other) -> bool:
        return getattr(other, "position", other) == self.position

    __hash__ = None


def _typografie(c: Context, ch: str, name: str) -> Diagnostic:
    column = c.source_line.find(ch, max(c.column - 1, 0))
    column = column + 1 if column >= 0 else c.column
    span = Span(c.file, c.line, column, c.line, column + 1)
    plain = {"“": '"', "”": '"', "„": '"', "‘": "'", "–": "-", "—": "-", "\t": "spaties"}.get(ch)
    hint = f"gebruik {plain}" if plain else "haal het weg (het komt vaak mee bij kopiëren uit Word)"
    if ch in "“”„‘":
        hint = "gebruik een recht aanhalingsteken \" aan het begin en het eind van een tekst"
    if ch in "–—":
        hint = "schrijf een reeks als 3 t/m 4"
    return Diagnostic("fout", f"hier staat {name}", span, hint, "typografie")
