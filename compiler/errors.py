"""Diagnostics: a Dutch message with a source span, rendered with the line and a caret.

Errors are collected, not thrown one at a time: a policy writer wants every problem in a
file at once. `RegelsFout` carries a list of diagnostics to the CLI, which prints them.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from pathlib import Path

from compiler.ast import NOWHERE, Span

FOUT = "fout"
WAARSCHUWING = "waarschuwing"


@dataclass(frozen=True)
class Diagnostic:
    level: str
    message: str
    span: Span = NOWHERE
    hint: str = ""
    code: str = ""
    related: tuple[tuple[str, Span], ...] = field(default=())
    # For the warnings page and editors: the table concerned, its rows (numbers), and the
    # toelichting in the rules that explains why a warning is left as it is.
    table: str = ""
    rows: tuple[int, ...] = ()
    toelichting: str = ""

    @property
    def is_error(self) -> bool:
        return self.level == FOUT

    def render(self, sources: dict[str, str] | Path | None = None) -> str:
        lines = [f"{self.span}: {self.level}: {self.message}"]
        lines += _quote(self.span, sources)
        for label, span in self.related:
            lines.append(f"  {label} ({span}):")
            lines += ["  " + q for q in _quote(span, sources)]
        if self.hint:
            lines.append(f"  tip: {self.hint}")
        if self.toelichting:
            lines.append(f"  toegelicht: {self.toelichting}")
        return "\n".join(lines)

    def to_json(self) -> dict:
        return {
            "niveau": self.level,
            "code": self.code,
            "bericht": self.message,
            "bestand": self.span.file,
            "regel": self.span.line,
            "kolom": self.span.column,
            "eindregel": self.span.end_line or self.span.line,
            "eindkolom": self.span.end_column or self.span.column,
            "tip": self.hint,
            "tabel": self.table,
            "rijen": list(self.rows),
            "toelichting": self.toelichting,
            "verwant": [
                {"omschrijving": label, "bestand": s.file, "regel": s.line, "kolom": s.column}
                for label, s in self.related
            ],
        }


def _quote(span: Span, sources: dict[str, str] | None) -> list[str]:
    text = _source_text(span.file, sources)
    if text is None or span.line < 1:
        return []
    all_lines = text.removeprefix("\ufeff").split("\n")  # as the parser reads it
    if span.line > len(all_lines):
        return []
    line = all_lines[span.line - 1]
    gutter = f"{span.line:>5} | "
    width = 1
    if span.end_line == span.line and span.end_column > span.column:
        width = span.end_column - span.column
    caret = " " * (len(gutter) - 2) + "| " + " " * max(span.column - 1, 0) + "^" * width
    return [gutter + line, caret]


def _source_text(file: str, sources) -> str | None:
    """sources: a dict of texts by file name, or the project root the names are relative to."""
    if isinstance(sources, dict) and file in sources:
        return sources[file]
    path = Path(file)
    if isinstance(sources, Path) and not path.is_absolute():
        path = sources / path
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


class RegelsFout(Exception):
    """Raised with every diagnostic found, when at least one of them is an error."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = diagnostics
        super().__init__("\n".join(d.message for d in diagnostics))


class Collector:
    """Collects diagnostics; `raise_if_errors` stops a pipeline stage only at its end."""

    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []

    def error(self, message: str, span: Span = NOWHERE, hint: str = "", code: str = "",
              related: tuple[tuple[str, Span], ...] = (), **about) -> None:
        self.diagnostics.append(Diagnostic(FOUT, message, span, hint, code, related, **about))

    def warning(self, message: str, span: Span = NOWHERE, hint: str = "", code: str = "",
                related: tuple[tuple[str, Span], ...] = (), **about) -> None:
        self.diagnostics.append(Diagnostic(WAARSCHUWING, message, span, hint, code, related, **about))

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)

    def raise_if_errors(self) -> None:
        if self.has_errors:
            raise RegelsFout(self.diagnostics)


def suggest(word: str, candidates) -> str:
    """'bedoelde u …?' for a misspelled name, or '' when nothing is close."""
    matches = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    if not matches:
        lowered = {c.lower(): c for c in candidates}
        if word.lower() in lowered:
            matches = [lowered[word.lower()]]
    return f"bedoelde u “{matches[0]}”?" if matches else ""


def render_all(diagnostics: list[Diagnostic], sources=None) -> str:
    return "\n\n".join(d.render(sources) for d in diagnostics)


def to_json(diagnostics: list[Diagnostic]) -> str:
    return json.dumps([d.to_json() for d in diagnostics], ensure_ascii=False, indent=2)
