"""Format .regels text in one canonical layout; comments and meaning stay as they are.

Input: the text of a .regels file. Output: the same rules, laid out canonically:
- two spaces of indentation per block level (comment lines follow the block they are in);
- inside a line, single spaces between words (not inside "…" or after #), no trailing spaces;
- at most one blank line in a row, none at the start or the end, a newline at the end;
- the fields under `regelset`, a table and a `voorbeeld` in a fixed order (stable, so two
  `bron` or `citaat` lines keep theirs);
- every table's columns aligned: cells padded to the widest in their column, `||` kept
  where it is written, the line under the header rebuilt from dashes; from the first column
  wider than MAX_ALIGNED (prose: reasons, citations) on, cells are written unpadded.
The work is done on lines, not by printing the syntax tree again, so every comment stays
where it is. `format_text` is idempotent; `check_same_rules` parses both texts and compares
the trees, and `format_file` refuses to write when they differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, is_dataclass, replace

from compiler.errors import Diagnostic, RegelsFout
from compiler.ast import Span

INDENT = "  "

# The fixed order of the fields under each kind of block; other lines end the run of fields.
FIELD_ORDER = {
    "regelset": ("document", "geldig", "vervangt", "toelichting"),
    "beslistabel": ("geldig", "bron", "citaat", "toelichting", "uitleg"),
    "kruistabel": ("geldig", "bron", "citaat", "toelichting", "uitleg", "rijen", "kolommen"),
    "voorbeeld": ("herkomst", "peildatum", "toelichting", "bron"),
}

# A column wider than this holds prose (a reason, a citation): from there on cells are not
# padded, so one long sentence does not push every other line far to the right.
MAX_ALIGNED = 40

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
        while open_string and i + 1 < len(physical):
            i += 1
            more.append(physical[i])
            _, comment2, open_string = _scan(physical[i], in_string=True)
            if not open_string:
                comment = comment2
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


def _format_table(block: list[_Line]) -> list[str] | None:
    rows = []
    for line in block:
        if line.comment_only:
            rows.append(None)
            continue
        if line.more:
            return None  # a string over more lines in a table: leave it as written
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
    ncols = max(len(cells) for _, cells in real)
    widths = [1] * ncols
    double = [False] * (ncols + 1)
    for seps, cells in real:
        for k, cell in enumerate(cells):
            widths[k] = max(widths[k], len(cell))
        for k, sep in enumerate(seps):
            double[k] = double[k] or sep == "||"
    # The line under the header takes its || from the header (the first row).
    header_seps, header_cells = real[0]
    prose = next((k for k, w in enumerate(widths) if w > MAX_ALIGNED), ncols)
    for k in range(prose, ncols):
        widths[k] = 0
    out = []
    for line, row in zip(block, rows):
        pad = INDENT * line.level
        if row is None:
            out.append(pad + line.comment)
            continue
        if row == "sep":
            dashes = [widths[k] + 2 if k < prose else max(3, len(header_cells[k]) + 2 if k < len(header_cells) else 3)
                      for k in range(ncols)]
            text = "".join(_sep_slot(header_seps, k, double) + "-" * dashes[k] for k in range(ncols))
            out.append(pad + text + _sep_slot(header_seps, ncols, double)
                       + (f"  {line.comment}" if line.comment else ""))
            continue
        seps, cells = row
        parts = []
        for k in range(len(cells)):
            cell = cells[k].ljust(widths[k])
            parts.append(_slot(seps[k], double[k]) + (f" {cell} " if cell else " "))
        parts.append(_slot(seps[len(cells)], double[len(cells)]))
        text = "".join(parts)
        if len(cells) < ncols:
            text = text.rstrip()
        out.append(pad + text + (f"  {line.comment}" if line.comment else ""))
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
            formatted = _format_table(block)
            if formatted is not None:
                out.extend(formatted)
                i = j
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
    if line.more:
        # The first line up to where its string opens is squeezed; the string runs on verbatim.
        return [pad + line.code] + line.more[:-1] + [line.more[-1].rstrip()]
    code = _squeeze(line.code)
    return [pad + code + (f"  {line.comment}" if line.comment else "")]


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
