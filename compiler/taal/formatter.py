"""Format .regels text in one canonical layout; comments and meaning stay as they are.

Input: the text of a .regels file. Output: the same rules, laid out canonically:
- two spaces of indentation per block level (comment lines follow the block they are in);
- inside a line, single spaces between words (not inside "…" or after #), no trailing spaces;
- at most one blank line in a row, none at the start or the end, a newline at the end;
- the fields under `regelset`, a table and a `voorbeeld` in a fixed order (stable, so two
  `bron` or `citaat` lines keep theirs);
- every table's columns aligned: cells padded to the widest in their column, `||` kept
  where it is written, the line under the header rebuilt from dashes;
- no line longer than MAX_LINE where the language allows a break: a beslistabel wider than
  that writes its widest outcome columns below the table, per row (`rij 2` / `kolom: …`,
  the same rows and cells, see notes_of); a text ("…") runs on over more lines, and a list
  of values goes on after a comma. What is written below a table or over more lines is
  joined first, so the layout depends only on the content (and `regels import` gives it too).
The work is done on lines, not by printing the syntax tree again, so every comment stays
where it is. `format_text` is idempotent; `check_same_rules` parses both texts and compares
the trees, and `format_file` refuses to write when they differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, is_dataclass, replace

from compiler.errors import Diagnostic, RegelsFout
from compiler.ast import Span
from compiler.taal.woorden import GAAT_DOOR

INDENT = "  "

# The fixed order of the fields under each kind of block; other lines end the run of fields.
FIELD_ORDER = {
    "regelset": ("document", "geldig", "vervangt", "toelichting"),
    "beslistabel": ("geldig", "bron", "citaat", "toelichting", "uitleg", "kolom"),
    "kruistabel": ("geldig", "bron", "citaat", "toelichting", "uitleg", "rijen", "kolommen"),
    "voorbeeld": ("herkomst", "peildatum", "toelichting", "bron", "zoals"),
}

# The longest line the formatter writes where it can break one (a policy writer's editor,
# a printed page, a side-by-side diff).
MAX_LINE = 120

# Where a calculation may break: after an operator (a line with a calculation only).
_CALCULATION = re.compile(r'^(?:[^"|:=]+ = |"(?:[^"\\]|\\.)*": |[^"|:]+: = )')
_OPERATOR_END = re.compile(r"(?:^|(?<= ))(?:[+*×/=≠<>]|!=|<=|>=|en|of|dan)$")


# A cell written below its table: `rij 2` at the table's level, `naam: waarde` one deeper.
_NOTE_ROW = re.compile(r"rij (\d+)")
_NOTE_CELL = re.compile(r"([^\W\d_][\w\-'’/]*(?: [^\W\d_][\w\-'’/]*)*): ?(.*)")

_SEPROW = re.compile(r"\|[\-|: \t]*-{3}[\-|: \t]*")


# -- Lines

@dataclass
class _Line:
    """A logical line: its first physical line, and the lines a multi-line string continues on."""

    code: str          # the part before a comment, without indentation
    comment: str       # '# …' or ''
    indent: int        # columns of indentation as written
    more: list[str]    # continuation lines inside a string, kept verbatim
    level: int = 0

    @property
    def blank(self) -> bool:
        return not self.code and not self.comment and not self.more

    @property
    def comment_only(self) -> bool:
        return not self.code and bool(self.comment)

    @property
    def word(self) -> str:
        m = re.match(r"[^\s|\"]+", self.code)
        return m.group(0) if m else ""


def _split_lines(text: str) -> list[_Line]:
    """Physical lines → logical lines, tracking strings so a '#' or '|' inside one is text."""
    out: list[_Line] = []
    physical = text.split("\n")
    if physical and physical[-1] == "":
        physical.pop()
    i = 0
    while i < len(physical):
        raw = physical[i]
        stripped = raw.lstrip(" ")
        indent = len(raw) - len(stripped)
        code, comment, open_string = _scan(stripped)
        more = []
        # A text that runs on, or a line that ends in a comma, continues on the next line:
        # one logical line, its parts joined with one space (as the parser reads them).
        while i + 1 < len(physical) and (open_string or (GAAT_DOOR.search(code) and not comment)):
            i += 1
            more.append(physical[i])
            part, comment, still_open = _scan(physical[i].strip(" "), in_string=open_string)
            if part:
                code = code.rstrip(" ") + " " + part
            open_string = still_open
        out.append(_Line(code, comment, indent, more))
        i += 1
    return out


def _scan(line: str, in_string: bool = False) -> tuple[str, str, bool]:
    """Split a line into code and comment; say whether it ends inside a string."""
    j, escaped = 0, False
    while j < len(line):
        ch = line[j]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch == "#":
            return line[:j].rstrip(), line[j:].rstrip(), False
        j += 1
    return (line.rstrip() if not in_string else line), "", in_string


def _squeeze(code: str) -> str:
    """Single spaces between words, except inside strings."""
    out, j, in_string, escaped = [], 0, False, False
    while j < len(code):
        ch = code[j]
        if in_string:
            out.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
            out.append(ch)
        elif ch == " ":
            if out and out[-1] != " ":
                out.append(" ")
        else:
            out.append(ch)
        j += 1
    return "".join(out).strip()


# -- Levels

def _levels(lines: list[_Line]) -> None:
    """Block level of every line, as the parser's indenter sees it; comments join a block."""
    stack = [0]
    stacks: list[list[int] | None] = []
    for line in lines:
        if line.code:
            if line.indent > stack[-1]:
                stack.append(line.indent)
            else:
                while len(stack) > 1 and line.indent < stack[-1]:
                    stack.pop()
            line.level = len(stack) - 1
            stacks.append(list(stack))
        else:
            stacks.append(None)
    previous: list[int] = [0]
    for i, line in enumerate(lines):
        if stacks[i] is not None:
            previous = stacks[i]
            continue
        if line.blank:
            continue
        following = next((lines[k] for k in range(i + 1, len(lines)) if lines[k].code), None)
        open_indents = list(previous)
        if following is not None and following.indent > open_indents[-1]:
            open_indents.append(following.indent)
        line.level = max(k for k, ind in enumerate(open_indents) if ind <= line.indent or k == 0)


# -- Tables

def _cells(code: str) -> tuple[list[str], list[str]] | None:
    """'| a || b |' → separators ['|', '||', '|'] and cells ['a', 'b']; None if not a row."""
    if not code.startswith("|") or not code.endswith("|"):
        return None
    seps, cells, current = [], [], []
    j, in_string, escaped = 0, False, False
    while j < len(code):
        ch = code[j]
        if in_string:
            current.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            j += 1
            continue
        if ch == '"':
            in_string = True
            current.append(ch)
            j += 1
        elif ch == "|":
            sep = "||" if code.startswith("||", j) else "|"
            if seps:
                cells.append(_squeeze("".join(current)))
            current = []
            seps.append(sep)
            j += len(sep)
        else:
            current.append(ch)
            j += 1
    if in_string or len(seps) < 2:
        return None
    return seps, cells


def _unquote_name(cell: str) -> str:
    return cell[1:-1] if len(cell) >= 2 and cell[0] == cell[-1] == '"' else cell


def notes_of(lines: list[_Line], start: int, level: int) -> tuple[list[tuple[int, str, str]], int]:
    """The cells written below a table from lines[start]: [(row number, column, cell)], and the
    index of the first line after them. Blank and comment lines end them."""
    notes: list[tuple[int, str, str]] = []
    i = start
    while i < len(lines):
        line = lines[i]
        m = _NOTE_ROW.fullmatch(_squeeze(line.code)) if line.level == level and not line.comment else None
        if m is None:
            break
        j = i + 1
        cells = []
        while j < len(lines) and lines[j].level == level + 1 and lines[j].code and not lines[j].comment:
            cell = _NOTE_CELL.fullmatch(_squeeze(lines[j].code))
            if cell is None:
                break
            cells.append((int(m.group(1)), cell.group(1), cell.group(2).strip()))
            j += 1
        if not cells:
            break
        notes += cells
        i = j
    return notes, i


# Notes on a row rather than outcomes: written below the table, they leave its header too.
ANNOTATIONS = ("bron", "citaat", "toelichting")


def apply_notes(rows: list[tuple[list[str], list[str]]], notes: list[tuple[int, str, str]]) -> bool:
    """Put the cells written below a table in its rows (rows[0] the header, then the body rows).
    A column that only the notes name joins the header at its end: an annotation (bron, citaat,
    toelichting) in that order, an outcome in the order the notes first name it. False when a
    note does not fit (no such row, a cell already filled, no || in the header)."""
    if not notes:
        return True
    names = [_unquote_name(c) for c in rows[0][1]]
    if "||" not in rows[0][0]:
        return False
    extra = [name for name in dict.fromkeys(n for _, n, _ in notes) if name not in names]
    for name in [n for n in extra if n not in ANNOTATIONS] + [n for n in ANNOTATIONS if n in extra]:
        names.append(name)
        for seps, cells in rows:
            seps.append("|")
            cells.append(name if cells is rows[0][1] else "")
    for number, name, text in notes:
        if not 1 <= number < len(rows):
            return False
        k = names.index(name)
        cells = rows[number][1]
        if k >= len(cells) or cells[k]:
            return False
        cells[k] = text
    return True


def _without(row: tuple[list[str], list[str]], gone: set[int]) -> tuple[list[str], list[str]]:
    """A row without the cells at `gone` (and a separator for each; || stays where it is)."""
    seps, cells = list(row[0]), list(row[1])
    for k in sorted(gone, reverse=True):
        del seps[k + 1 if seps[k] == "||" else k]
        del cells[k]
    return seps, cells


def _render(block, rows) -> list[str]:
    real = [r for r in rows if isinstance(r, tuple)]
    ncols = max(len(cells) for _, cells in real)
    widths = [1] * ncols
    double = [False] * (ncols + 1)
    for seps, cells in real:
        for k, cell in enumerate(cells):
            widths[k] = max(widths[k], len(cell))
        for k, sep in enumerate(seps):
            double[k] = double[k] or sep == "||"
    # The line under the header takes its || from the header (the first row).
    header_seps = real[0][0]
    out = []
    for line, row in zip(block, rows):
        pad = INDENT * line.level
        if row is None:
            out.append(pad + line.comment)
            continue
        if row == "sep":
            text = "".join(_sep_slot(header_seps, k, double) + "-" * (widths[k] + 2) for k in range(ncols))
            out.append(pad + text + _sep_slot(header_seps, ncols, double)
                       + (f"  {line.comment}" if line.comment else ""))
            continue
        seps, cells = row
        parts = []
        for k in range(len(cells)):
            cell = cells[k].ljust(widths[k])
            parts.append(_slot(seps[k], double[k]) + f" {cell} ")
        parts.append(_slot(seps[len(cells)], double[len(cells)]))
        text = "".join(parts)
        if len(cells) < ncols:
            text = text.rstrip()
        out.append(pad + text + (f"  {line.comment}" if line.comment else ""))
    return out


def _format_table(block: list[_Line], notes: list[tuple[int, str, str]] | None = None,
                  may_note: bool = False) -> list[str] | None:
    """A table block, aligned; notes: cells written below it. may_note (a beslistabel): the
    columns that make the table wider than MAX_LINE are written below it, per row: first the
    annotations (bron, citaat, toelichting), which then leave the header, then the widest outcomes,
    which keep their place in the header with empty cells."""
    rows = []
    for line in block:
        if line.comment_only:
            rows.append(None)
            continue
        if _SEPROW.fullmatch(line.code):
            rows.append("sep")
            continue
        split = _cells(line.code)
        if split is None:
            return None
        rows.append(split)
    real = [r for r in rows if isinstance(r, tuple)]
    if not real:
        return None
    simple = rows.count("sep") == 1 and [r for r in rows if r is not None][1] == "sep" \
        and all(len(cells) == len(real[0][1]) for _, cells in real)
    if notes and (not simple or not apply_notes(real, notes)):
        return None
    header_seps, header_cells = real[0]
    split = next((k for k, sep in enumerate(header_seps) if sep == "||"), None)
    gone: set[int] = set()      # columns written below the table, per row

    def layout() -> list:
        return [_without(r, gone) if isinstance(r, tuple) else r for r in rows]

    if may_note and split is not None and simple:
        names = [_unquote_name(c) for c in header_cells]
        movable = [k for k in range(split, len(names))
                   if names[k] == header_cells[k] and _NOTE_CELL.fullmatch(names[k] + ": x")]
        annotations = [k for k in movable if names[k] in ANNOTATIONS]
        # Outcomes leave from the right, so those that stay keep their order in the header.
        outcomes = []
        for k in reversed(range(split, len(names))):
            if k in annotations:
                continue
            if k not in movable:
                break
            outcomes.append(k)

        def width(k: int) -> int:
            return max(len(cells[k]) for _, cells in real[1:]) if len(real) > 1 else 0
        while max(len(text) for text in _render(block, layout())) > MAX_LINE:
            left = [k for k in annotations if k not in gone]
            if left:
                gone.add(max(left, key=lambda k: (width(k), k)))
            elif len(gone) < len(annotations) + len(outcomes):
                gone.add(outcomes[len(gone) - len(annotations)])
            else:
                break
    out = _render(block, layout())
    if gone:
        pad = INDENT * next(line.level for line, row in zip(block, rows) if row is not None)
        for number, (_, cells) in enumerate(real[1:], 1):
            # An outcome below the table is written for every row (so their order is clear);
            # an annotation only where the row has one.
            filled = [k for k in sorted(gone) if cells[k] or names[k] not in ANNOTATIONS]
            if not filled:
                continue
            out.append(f"{pad}rij {number}")
            for k in filled:
                out.extend(_wrap(pad + INDENT, f"{header_cells[k]}:" + (f" {cells[k]}" if cells[k] else ""), ""))
    return out


def _sep_slot(header_seps: list[str], k: int, double: list[bool]) -> str:
    sep = header_seps[k] if k < len(header_seps) else "|"
    if sep == "||":
        return "||"
    return "-|" if double[k] else "|"


def _slot(sep: str, double: bool) -> str:
    """A separator in a column where some row writes ||: keep the row's own, right-aligned."""
    return sep.rjust(2) if double else sep


# -- Field order

def _reorder_fields(lines: list[_Line]) -> list[_Line]:
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        order = FIELD_ORDER.get(line.word) if line.code else None
        i += 1
        if not order:
            continue
        level = line.level + 1
        units: list[list[_Line]] = []
        pending: list[_Line] = []
        j = i
        while j < len(lines):
            cur = lines[j]
            if cur.blank or cur.comment_only:
                pending.append(cur)
                j += 1
                continue
            if cur.level != level or cur.word not in order:
                break
            units.append(pending + [cur])
            pending = []
            j += 1
        if len(units) > 1:
            ranked = sorted(range(len(units)), key=lambda u: (order.index(units[u][-1].word), u))
            for u in ranked:
                out.extend(units[u])
            i = j - len(pending)
    return out


# -- The whole text

def format_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    lines = _split_lines(text)
    _levels(lines)
    lines = _reorder_fields(lines)
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.code.startswith("|") and not line.more:
            j = i
            block = []
            while j < len(lines) and (lines[j].code.startswith("|") or lines[j].comment_only) \
                    and lines[j].level == line.level:
                block.append(lines[j])
                j += 1
            while block and block[-1].comment_only:
                block.pop()
                j -= 1
            parent = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].code
                           and lines[k].level < line.level), None)
            beslistabel = parent is not None and parent.word == "beslistabel"
            notes, after = notes_of(lines, j, line.level) if beslistabel else ([], j)
            formatted = _format_table(block, notes, beslistabel)
            if formatted is not None:
                out.extend(formatted)
                i = after
                continue
        out.extend(_plain(line))
        i += 1
    # At most one blank line in a row; none at the start or the end.
    result: list[str] = []
    for text_line in out:
        if text_line == "" and (not result or result[-1] == ""):
            continue
        result.append(text_line)
    while result and result[-1] == "":
        result.pop()
    return "\n".join(result) + "\n" if result else ""


def _plain(line: _Line) -> list[str]:
    if line.blank:
        return [""]
    pad = INDENT * line.level
    if not line.code:
        return [pad + line.comment]
    return _wrap(pad, _squeeze(line.code), line.comment)


def _wrap(pad: str, code: str, comment: str) -> list[str]:
    """One logical line as physical lines of at most MAX_LINE characters where it can break:
    at a space inside a text ("…"), or after a comma. The lines it goes on at are indented
    one level deeper. A line without a place to break stays long."""
    suffix = f"  {comment}" if comment else ""
    if len(pad) + len(code) + len(suffix) <= MAX_LINE:
        return [pad + code + suffix]
    breaks, in_string, escaped = [], False, False
    calculation = _CALCULATION.match(code)
    for j, ch in enumerate(code):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            elif ch == " " and code[j - 1] != " " and j + 1 < len(code) and code[j + 1] not in ' "':
                breaks.append(j)
        elif ch == '"':
            in_string = True
        elif ch == " " and j + 1 < len(code) and (code[j - 1] == "," or (
                calculation and _OPERATOR_END.search(code[:j]) and j > calculation.end())):
            breaks.append(j)
    out, start, current = [], 0, pad
    more = pad + INDENT * (2 if calculation else 1)  # below a calculation comes its description, one deeper
    while True:
        room = MAX_LINE - len(current)
        if len(code) - start <= MAX_LINE - len(current) - len(suffix):
            out.append(current + code[start:] + suffix)
            return out
        fitting = [b for b in breaks if start < b and b - start <= room]
        later = [b for b in breaks if b > start]
        if not fitting and not later:
            out.append(current + code[start:] + suffix)
            return out
        b = fitting[-1] if fitting else later[0]
        out.append(current + code[start:b])
        start, current = b + 1, more


# -- Safety: the formatted text must mean exactly what the original meant

def check_same_rules(original: str, formatted: str, file: str) -> None:
    """Parse both texts; raise RegelsFout when their syntax trees differ (beyond layout)."""
    from compiler.taal.parser import parse_text

    a = _normalised(parse_text(original, file))
    b = _normalised(parse_text(formatted, file))
    if a != b:
        raise RegelsFout([Diagnostic("fout", "opmaken zou de betekenis van het bestand veranderen; het blijft "
                                     "zoals het is", Span(file, 1, 1),
                                     "meld dit als fout in `regels opmaak`, met het bestand erbij", "opmaak")])


def _normalised(node):
    """The tree with the layout-only text of cells made canonical (single spaces)."""
    if isinstance(node, tuple):
        return tuple(_normalised(x) for x in node)
    if is_dataclass(node) and not isinstance(node, type):
        changes = {}
        for f in fields(node):
            if not f.compare:
                continue
            value = getattr(node, f.name)
            if f.name == "text" and isinstance(value, str) and type(node).__name__ == "Cell":
                changes[f.name] = _squeeze(value)
            else:
                new = _normalised(value)
                if new is not value:
                    changes[f.name] = new
        return replace(node, **changes) if changes else node
    return node


def format_file(path, display: str | None = None, write: bool = True) -> bool:
    """Format one file in place; True when it was (or, with write=False, would be) changed."""
    from pathlib import Path

    from .parser import parse_file

    p = Path(path)
    parse_file(p, display or str(path))  # a file that does not read or parse is reported, never "opgemaakt"
    original = p.read_bytes().decode("utf-8").replace("\r\n", "\n")
    formatted = format_text(original.removeprefix("\ufeff"))
    if formatted == original:
        return False
    check_same_rules(original, formatted, display or str(path))
    if write:
        p.write_text(formatted, encoding="utf-8")
    return True
