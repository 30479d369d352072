"""The source text inside the project: regels/bron/*.md, one heading per paragraph.

A heading `### §2.1 a Titel {#2.1-a}` opens paragraph `2.1-a`; its text runs to the next
heading. A `bron §2.1 a` in a .regels file must name such a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_HEADING = re.compile(r"^(#{2,4}) (?:(§\S+(?: [a-z])?) )?(.*?) \{#([^}]+)\}\s*$")

NORMATIVE = "beleidsregel.md"


@dataclass(frozen=True)
class Paragraph:
    anchor: str
    label: str      # "§2.1 a", or the title for unnumbered parts
    title: str
    level: int
    text: str       # Markdown of the paragraph body
    file: str
    line: int

    @property
    def heading(self) -> str:
        return f"{self.label} {self.title}" if self.label != self.title else self.title


def read_paragraphs(path: Path, display: str | None = None) -> dict[str, Paragraph]:
    lines = path.read_text(encoding="utf-8-sig").split("\n")  # a BOM is no text; U+2028 is no line break
    found: dict[str, Paragraph] = {}
    current: tuple | None = None
    body: list[str] = []

    def close() -> None:
        if current is not None:
            anchor, label, title, level, line = current
            found[anchor] = Paragraph(anchor, label, title, level, "\n".join(body).strip(),
                                      display or str(path), line)

    for number, line in enumerate(lines, 1):
        m = _HEADING.match(line)
        if m:
            close()
            hashes, label, title, anchor = m.groups()
            current = (anchor, label or title, title, len(hashes), number)
            body = []
        elif current is not None:
            body.append(line)
    close()
    return found


def load(regels_dir: Path) -> dict[str, Paragraph] | None:
    """The normative paragraphs, or None when the project has no source text."""
    path = regels_dir / "bron" / NORMATIVE
    if not path.exists():
        return None
    return read_paragraphs(path, str(path.relative_to(regels_dir.parent)) if regels_dir.is_absolute() else str(path))
