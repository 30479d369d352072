"""The tables of a regelset as an .xlsx workbook, and back: `regels export` and `regels import`.

A policy writer who would rather work in Excel or LibreOffice edits the tables there; the
rest of each .regels file (keuzelijsten, invoer, voorbeelden, comments) stays where it is.

The workbook: a first sheet `uitleg` that says how to read the others, then one sheet per
table. A table's sheet has, from the top:
- rows of `sleutel | waarde`: the kind and name of the table (A1, B1), its hit policy
  (`hitregel`, empty means uniek, as in the file), the file it lives in, then every field
  of the table in file order (bron, citaat, toelichting, uitleg, rijen, kolommen; `#` for a
  comment line) — a text is shown without its quotes;
- an empty row;
- a row that marks each column `als` (a condition) or `dan` (an outcome or a note), for a
  beslistabel; the table itself below it: column A says `kop` for a header line and the
  row's number (rij 1, rij 2 … as the checker's messages count them) for the others, and
  from column B on each cell holds exactly what the .regels cell holds (`3 t/m 4`, `-`,
  `"een tekst"`). Every cell is stored as text, so Excel turns no `1-2` into a date.

Import rebuilds each table block from its sheet, puts it in place of the block in its file,
and lays the file out with the formatter: export then import gives the same bytes as
`regels opmaak`, and one edited cell changes that one cell. Before anything is written the
project is checked with the new tables; a mistake is reported at its sheet and cell.
"""

from __future__ import annotations

import datetime
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from compiler.errors import Diagnostic, RegelsFout
from compiler.project import Project
from compiler.semantiek.runtime import MAANDEN
from compiler.taal.formatter import (_NOTE_CELL, _NOTE_ROW, _SEPROW, _cells, _levels, _split_lines, apply_notes,
                                     format_text, notes_of)

UITLEG = "uitleg"
KOP = "kop"
_KINDS = ("beslistabel", "kruistabel")
_TEXT_FIELDS = ("toelichting", "uitleg", "citaat")
_HEAD = re.compile(r"^(beslistabel|kruistabel) (.+?)(?: \((\w+)\))?$")


@dataclass
class Blok:
    """One table block of a .regels file, as lines of text."""

    file: str                    # relative to the project root
    start: int                   # first physical line (0-based)
    end: int                     # one past the last physical line
    kind: str
    name: str
    hit: str                     # as written in parentheses, or ""
    fields: list[tuple[str, str]] = field(default_factory=list)   # (sleutel, waarde as written)
    lines: list[tuple[list[str], list[str]]] = field(default_factory=list)  # (separators, cells)
    header_count: int = 1

    @property
    def split(self) -> int | None:
        """The number of condition columns (where the header writes ||), or None."""
        seps = self.lines[0][0] if self.lines else []
        return next((k for k, s in enumerate(seps) if s == "||"), None)


# -- Reading blocks from .regels text

def blocks_of(text: str, file: str) -> list[Blok]:
    lines = _split_lines(text)
    _levels(lines)
    physical, at = [], 0
    for line in lines:
        physical.append(at)
        at += 1 + len(line.more)
    found = []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = _HEAD.match(line.code) if line.indent == 0 else None
        if not m or line.comment:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and (lines[j].blank or lines[j].indent > 0):
            j += 1
        while j > i + 1 and lines[j - 1].blank:
            j -= 1
        blok = Blok(file, physical[i], physical[j] if j < len(lines) else at, m.group(1), m.group(2),
                    m.group(3) or "")
        if _fill(blok, lines[i + 1:j]):
            found.append(blok)
        i = j
    return found


def _fill(blok: Blok, body) -> bool:
    """Fields and table lines of a block; False when the block is not one we can round-trip
    (a string over more lines inside the table)."""
    seen_sep = False
    for at, line in enumerate(body):
        if blok.lines and not line.code.startswith("|") and not line.comment_only and not line.blank:
            # Cells written below the table (rij 2 / kolom: …) go back into their rows: the sheet
            # shows the whole table, and import lets the formatter write them below again.
            notes, end = notes_of(body, at, body[at - 1].level)
            return seen_sep and end == len(body) and blok.header_count == 1 and apply_notes(blok.lines, notes)
        if line.code.startswith("|"):
            if line.more or line.comment:
                return False
            if _SEPROW.fullmatch(line.code):
                blok.header_count = len(blok.lines)
                seen_sep = True
                continue
            split = _cells(line.code)
            if split is None:
                return False
            blok.lines.append(split)
        elif blok.lines:
            return False  # something after the table has started
        elif line.blank:
            blok.fields.append(("", ""))
        elif line.comment_only:
            blok.fields.append(("#", line.comment[1:].strip()))
        else:
            if line.comment:
                return False
            word, _, rest = line.code.partition(" ")
            value = rest  # a text over more lines is joined (the formatter wraps it again on import)
            blok.fields.append((word, value))
    return seen_sep


# -- Text in a cell

def _unquoted(value: str) -> str | None:
    """A field holding one plain string: its text, when quoting it again gives the same bytes."""
    if len(value) >= 2 and value[0] == value[-1] == '"' and "\n" not in value:
        inner = value[1:-1]
        text = inner.replace('\\"', '"').replace("\\\\", "\\")
        if _quoted(text) == value and not text.startswith('"'):
            return text
    return None


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _field_cell(key: str, value: str) -> str:
    if key in _TEXT_FIELDS:
        text = _unquoted(value)
        if text is not None:
            return text
    return value


def _field_text(key: str, cell: str) -> str:
    if key in _TEXT_FIELDS and not cell.startswith('"'):
        return _quoted(cell)
    return cell


def cell_text(value) -> str:
    """What a spreadsheet cell holds, as .regels text (Excel may have made a number or date of it)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return f"{value.day} {MAANDEN[value.month - 1]} {value.year}"
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return text.replace(".", ",")
    return str(value).strip()


# -- Export

def sheet_names(blokken: list[Blok]) -> list[str]:
    """Excel allows 31 characters and no []:*?/\\ in a sheet name; every name unique."""
    names, used = [], {UITLEG}
    for b in blokken:
        base = re.sub(r"[\[\]:*?/\\]", "-", b.name)[:31]
        name, n = base, 2
        while name.lower() in {u.lower() for u in used}:
            suffix = f" ({n})"
            name, n = base[: 31 - len(suffix)] + suffix, n + 1
        used.add(name)
        names.append(name)
    return names


def export(project: Project, files: list[Path], target: Path) -> int:
    """Write the tables of files to target (.xlsx); the number of tables written."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    blokken = [b for f in files for b in blocks_of(f.read_text(encoding="utf-8"), project.rel(f))]
    wb = Workbook()
    intro = wb.active
    intro.title = UITLEG
    for row in _intro_rows(blokken):
        intro.append(row)
    intro.column_dimensions["A"].width = 28
    intro.column_dimensions["B"].width = 100
    bold = Font(bold=True)
    als, dan = PatternFill("solid", fgColor="DDEBF7"), PatternFill("solid", fgColor="E2EFDA")
    for blok, name in zip(blokken, sheet_names(blokken)):
        ws = wb.create_sheet(name)
        rows = _sheet_rows(blok)
        for r, values in enumerate(rows, 1):
            for c, value in enumerate(values, 1):
                if value == "" and c > 1:
                    continue
                cell = ws.cell(row=r, column=c, value=value)
                cell.data_type = "s"  # text, also `= maximale duur`: a calculation of ours, no Excel formula
                cell.number_format = "@"
        first_table = len(rows) - len(blok.lines) + 1
        for r in range(1, first_table):
            ws.cell(row=r, column=1).font = bold
        split = blok.split
        for r in range(first_table - (1 if split is not None else 0), first_table + blok.header_count):
            for c in range(1, len(rows[r - 1]) + 1):
                ws.cell(row=r, column=c).font = bold
        if split is not None:
            for r in range(first_table - 1, len(rows) + 1):
                for k in range(len(blok.lines[0][1])):
                    ws.cell(row=r, column=k + 2).fill = als if k < split else dan
        for k in range(max(len(cells) for _, cells in blok.lines) + 1):
            letter = ws.cell(row=1, column=k + 1).column_letter
            width = max((len(str(v[k])) for v in rows[first_table - 1:] if k < len(v)), default=8)
            ws.column_dimensions[letter].width = min(max(width + 2, 8 if k else 6), 60)
        for r in range(1, first_table - 1):
            ws.cell(row=r, column=2).alignment = Alignment(wrap_text=False)
        ws.freeze_panes = ws.cell(row=first_table + blok.header_count, column=2)
    wb.save(target)
    return len(blokken)


def _intro_rows(blokken: list[Blok]) -> list[list[str]]:
    rows = [
        ["Regels als werkboek", "Elk ander blad is één beslistabel of kruistabel uit regels/."],
        ["bovenaan een blad", "soort en naam, hitregel (leeg = uniek), het bestand, en de velden van de tabel "
                              "(bron, citaat, toelichting, uitleg, rijen, kolommen; # is een opmerking)."],
        ["als / dan", "de rij boven de kop zegt per kolom of hij een voorwaarde (als) of een uitkomst "
                      "of aantekening (dan) is."],
        ["kolom A", "‘kop’ voor een kopregel; anders het nummer van de rij, zoals de meldingen van de "
                    "controle het noemen (rij 3). Een nieuwe rij mag zonder nummer; de volgorde telt."],
        ["een cel", "schrijf wat in het .regels-bestand in de cel staat: 3 t/m 4, vanaf 5, - (doet er niet toe), "
                    "\"een tekst tussen aanhalingstekens\". Een berekening (= …) typt u in Excel als '= … (met een apostrof "
                    "ervoor), zodat Excel er geen formule van maakt."],
        ["terug naar de regels", "regels import werkboek.xlsx — controleert eerst alles en noemt een fout met "
                                 "blad en cel; bij een fout verandert er niets."],
        [],
        ["blad", "tabel, bestand"],
    ]
    for blok, name in zip(blokken, sheet_names(blokken)):
        rows.append([name, f"{blok.kind} {blok.name} ({blok.hit or 'uniek'}), {blok.file}"])
    return rows


def _sheet_rows(blok: Blok) -> list[list[str]]:
    rows = [[blok.kind, blok.name], ["hitregel", blok.hit], ["bestand", blok.file]]
    rows += [[key, _field_cell(key, value)] for key, value in blok.fields]
    rows.append([])
    split = blok.split
    if split is not None:
        width = len(blok.lines[0][1])
        rows.append([""] + ["als" if k < split else "dan" for k in range(width)])
    number = 0
    for i, (_, cells) in enumerate(blok.lines):
        if i < blok.header_count:
            label = KOP
        else:
            number += 1
            label = str(number)
        rows.append([label, *cells])
    return rows


# -- Import

@dataclass(frozen=True)
class Plek:
    """Where a line of an imported table came from: a sheet, its row, and per cell its column."""

    sheet: str
    row: int
    first_column: int  # the column of the first cell (B = 2), or of the field value


@dataclass
class Blad:
    sheet: str
    kind: str
    name: str
    hit: str
    file: str
    fields: list[tuple[str, str, int]]            # (sleutel, waarde as .regels text, sheet row)
    split: int | None
    lines: list[tuple[list[str], int, bool]]       # (cells, sheet row, is header)

    def text(self) -> str:
        head = f"{self.kind} {self.name}" + (f" ({self.hit})" if self.hit else "")
        out = [head]
        for key, value, _ in self.fields:
            if key == "":
                out.append("")
            elif key == "#":
                out.append(f"  # {value}".rstrip())
            else:
                out.append(f"  {key} {value}".rstrip())
        headers = [c for c, _, h in self.lines if h]
        width = max(len(c) for c, _, _ in self.lines)
        for i, (cells, _, is_header) in enumerate(self.lines):
            out.append("  " + _row(cells, self.split))
            if is_header and i == len(headers) - 1:
                out.append("  " + _row(["---"] * width, self.split))
        return "\n".join(out)


def _row(cells: list[str], split: int | None) -> str:
    parts = []
    for k, cell in enumerate(cells):
        parts.append(("||" if split is not None and k == split else "|") + f" {cell} ")
    return "".join(parts) + "|"


def read_workbook(path: Path) -> list[Blad]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, data_only=True)
    except Exception as e:  # noqa: BLE001 - any unreadable file gets one Dutch message
        raise RegelsFout([Diagnostic("fout", f"“{path.name}” is geen leesbaar .xlsx-werkboek ({type(e).__name__})",
                                     hint="sla het werkboek op als Excel-werkmap (.xlsx)")]) from None
    bladen, problems = [], []
    for ws in wb.worksheets:
        if ws.title == UITLEG:
            continue
        rows = [[cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
        try:
            bladen.append(_read_sheet(ws.title, rows))
        except ValueError as e:
            problems.append(Diagnostic("fout", f"blad {ws.title}: {e}", hint="zie het blad ‘uitleg’"))
    if problems:
        raise RegelsFout(problems)
    return bladen


def _read_sheet(title: str, rows: list[list[str]]) -> Blad:
    def at(r: int, c: int) -> str:
        return rows[r][c] if r < len(rows) and c < len(rows[r]) else ""

    if at(0, 0) not in _KINDS or not at(0, 1):
        raise ValueError("cel A1 zegt beslistabel of kruistabel, en B1 de naam van de tabel")
    kind, name = at(0, 0), at(0, 1)
    hit = file = ""
    fields = []
    r = 1
    while r < len(rows) and any(rows[r]):
        key, value = at(r, 0), at(r, 1)
        if key == "hitregel":
            hit = value
        elif key == "bestand":
            file = value
        else:
            fields.append((key, _field_text(key, value), r + 1))
        r += 1
    while r < len(rows) and not any(rows[r]):
        r += 1
    split = None
    if r < len(rows) and at(r, 0) == "" and any(v in ("als", "dan") for v in rows[r][1:]):
        marks = [v for v in rows[r][1:]]
        split = next((k for k, v in enumerate(marks) if v == "dan"), None)
        r += 1
    lines = []
    while r < len(rows) and any(rows[r]):
        row = rows[r]
        last = max(k for k, v in enumerate(row) if v)
        width = max(last, len(lines[0][0]) if lines else 0)
        cells = [at(r, k) for k in range(1, width + 1)]
        lines.append((cells, r + 1, at(r, 0) == KOP))
        r += 1
    if not file:
        raise ValueError("de rij ‘bestand’ ontbreekt: het blad zegt niet in welk .regels-bestand de tabel staat")
    if not lines or not lines[0][2]:
        raise ValueError("de tabel begint met een kopregel: zet ‘kop’ in kolom A")
    return Blad(title, kind, name, hit, file, fields, split, lines)


@dataclass
class Uitkomst:
    texts: dict[str, str]                 # file → new text (formatted), only files that change
    plekken: dict[tuple[str, int], Plek]  # (file, line) → where it came from
    diagnostics: list[Diagnostic]
    cells_changed: int = 0


def apply(project: Project, bladen: list[Blad]) -> Uitkomst:
    """The new text of every file the workbook changes, checked; nothing is written here."""
    by_file: dict[str, list[Blad]] = {}
    for blad in bladen:
        by_file.setdefault(blad.file, []).append(blad)
    texts, plekken, problems = {}, {}, []
    changed_cells = 0
    for file, group in sorted(by_file.items()):
        path = (project.root / file).resolve()
        if not path.is_relative_to(project.regels.resolve()) or path.suffix != ".regels":
            problems.append(Diagnostic("fout", f"blad {group[0].sheet}: “{file}” is geen .regels-bestand in regels/",
                                       hint="de rij ‘bestand’ noemt een bestand in regels/, zoals export het schreef"))
            continue
        if not path.is_file():
            problems.append(Diagnostic("fout", f"blad {group[0].sheet}: het bestand “{file}” bestaat niet",
                                       hint="de rij ‘bestand’ noemt een bestand in regels/"))
            continue
        original = path.read_text(encoding="utf-8")
        lines = original.split("\n")
        blocks = {b.name: b for b in blocks_of(original, file)}
        replacements = []
        for blad in group:
            blok = blocks.get(blad.name)
            if blok is None:
                problems.append(Diagnostic(
                    "fout", f"blad {blad.sheet}: tabel “{blad.name}” staat niet in {file}",
                    hint="een nieuwe tabel voegt u in het .regels-bestand toe; het werkboek past bestaande aan"))
                continue
            replacements.append((blok, blad))
            changed_cells += _count_changes(blok, blad)
        for blok, blad in sorted(replacements, key=lambda p: -p[0].start):
            lines[blok.start:blok.end] = blad.text().split("\n")
        new = format_text("\n".join(lines))
        plekken.update(_places(new, file, [b for _, b in replacements]))
        if new != original:
            texts[file] = new
    return Uitkomst(texts, plekken, problems, changed_cells)


def _count_changes(blok: Blok, blad: Blad) -> int:
    old = [cells for _, cells in blok.lines]
    new = [cells for cells, _, _ in blad.lines]
    count = abs(len(old) - len(new))
    for a, b in zip(old, new):
        count += sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
    count += sum(1 for (k, v), (k2, v2, _) in zip(blok.fields, blad.fields) if (k, v) != (k2, v2))
    return count + abs(len(blok.fields) - len(blad.fields))


def _places(text: str, file: str, bladen: list[Blad]) -> dict[tuple[str, int], Plek]:
    """Each line of an imported table in the formatted text → its sheet row (and, for a cell
    written below the table, its column); a text over more lines maps every line it takes."""
    places: dict[tuple[str, int], Plek] = {}
    lines = _split_lines(text)
    _levels(lines)
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += 1 + len(line.more)
    first = {start: i for i, start in enumerate(starts)}

    def mark(i: int, plek: Plek) -> None:
        for physical in range(starts[i], starts[i] + 1 + len(lines[i].more)):
            places[(file, physical + 1)] = plek

    for blok in blocks_of(text, file):
        blad = next((b for b in bladen if b.name == blok.name), None)
        if blad is None or blok.start not in first:
            continue
        i = first[blok.start]
        mark(i, Plek(blad.sheet, 1, 2))
        header = [cells for cells, _, is_header in blad.lines if is_header]
        names = [c[1:-1] if c[:1] == c[-1:] == '"' and len(c) > 1 else c for c in (header[-1] if header else [])]
        body = [row for _, row, is_header in blad.lines if not is_header]
        fields, table, row = iter(blad.fields), iter(blad.lines), None
        for i in range(i + 1, len(lines)):
            line = lines[i]
            if starts[i] >= blok.end:
                break
            if line.code.startswith("|"):
                if not _SEPROW.fullmatch(line.code):
                    entry = next(table, None)
                    if entry is not None:
                        mark(i, Plek(blad.sheet, entry[1], 2))
                        row = -1
            elif row is not None:  # below the table: rij 2 / kolom: …
                m = _NOTE_ROW.fullmatch(line.code)
                if m:
                    number = int(m.group(1))
                    row = body[number - 1] if 0 < number <= len(body) else -1
                    if row > 0:
                        mark(i, Plek(blad.sheet, row, 2))
                    continue
                cell = _NOTE_CELL.fullmatch(line.code)
                if cell and row > 0 and cell.group(1) in names:
                    mark(i, Plek(blad.sheet, row, 2 + names.index(cell.group(1))))
            else:
                entry = next(fields, None)
                if entry is not None:
                    mark(i, Plek(blad.sheet, entry[2], 2))
    return places


def locate(d: Diagnostic, uitkomst: Uitkomst, texts: dict[str, str]) -> str:
    """‘blad zwaarte, cel C4’ for a diagnostic on an imported line, else ''."""
    plek = uitkomst.plekken.get((d.span.file, d.span.line))
    if plek is None:
        return ""
    from openpyxl.utils import get_column_letter

    column = plek.first_column
    source = texts.get(d.span.file, "").split("\n")
    if d.span.line - 1 < len(source) and source[d.span.line - 1].lstrip().startswith("|"):
        line = source[d.span.line - 1]
        before = line[: max(d.span.column - 1, 0)]
        column = plek.first_column + max(_bars(before) - 1, 0)
    return f"blad {plek.sheet}, cel {get_column_letter(column)}{plek.row}"


def _bars(text: str) -> int:
    """How many cell borders (| or ||) come before a position, outside strings."""
    count, in_string, j = 0, False, 0
    while j < len(text):
        ch = text[j]
        if ch == '"':
            in_string = not in_string
        elif ch == "|" and not in_string:
            count += 1
            if text.startswith("||", j):
                j += 1
        j += 1
    return count


def check_in_copy(project: Project, texts: dict[str, str]):
    """Check the project as it would be with the new texts, in a copy; the models or RegelsFout."""
    with tempfile.TemporaryDirectory(prefix="regels-import-") as tmp:
        copy = Path(tmp)
        shutil.copytree(project.regels, copy / "regels")
        for file, text in texts.items():
            (copy / file).write_text(text, encoding="utf-8")
        return Project(copy).models()
