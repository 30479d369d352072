"""The project's own data, read without the parser: paths, the source text (regels/bron/), and the
files a policy writer edits beside the rules — regels/project.yml (site texts, steps, contact),
regels/begrippen.yml (the glossary) and regels/populatie.yml (assumptions of a synthetic population).

Input: a project root. Output: plain data (dicts, lists, bron.Paragraph); every backend reads it
from here, so nothing about one municipality lives in the compiler package.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compiler import bron

PROJECT, BEGRIPPEN, POPULATIE = "project.yml", "begrippen.yml", "populatie.yml"


@dataclass(frozen=True)
class ProjectFiles:
    """Where a project keeps its files, and what they hold (all but the rules themselves)."""

    root: Path

    @property
    def regels(self) -> Path:
        return self.root / "regels"

    @property
    def generated(self) -> Path:
        return self.root / "generated"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    def rel(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)

    def paragraphs(self) -> dict[str, bron.Paragraph] | None:
        """Every anchored paragraph of regels/bron/*.md; the normative text first, the
        background documents (bijlagen) after it, so both can be cited."""
        path = self.regels / "bron" / bron.NORMATIVE
        if not path.exists():
            return None
        found = bron.read_paragraphs(path, self.rel(path))
        for other in sorted((self.regels / "bron").glob("*.md")):
            if other != path:
                for anchor, p in bron.read_paragraphs(other, self.rel(other)).items():
                    found.setdefault(anchor, p)
        return found

    def bron_file(self, name: str) -> Path:
        return self.regels / "bron" / name

    # -- the data files a policy writer edits; absent means empty
    def settings(self) -> dict[str, Any]:
        """regels/project.yml: the municipality, texts of the site, steps per regelset, contact."""
        data = self._yaml(PROJECT, {})
        return data if isinstance(data, dict) else self._wrong(PROJECT, "een lijst van sleutels en waarden")

    def glossary(self) -> list[dict[str, Any]]:
        """regels/begrippen.yml: the glossary, one entry per term."""
        data = self._yaml(BEGRIPPEN, [])
        return data if isinstance(data, list) else self._wrong(BEGRIPPEN, "een lijst van begrippen")

    def population(self) -> dict[str, Any]:
        """regels/populatie.yml: the size of a synthetic population and the assumptions per input."""
        data = self._yaml(POPULATIE, {})
        return data if isinstance(data, dict) else self._wrong(POPULATIE, "een lijst van sleutels en waarden")

    def _yaml(self, name: str, empty: Any) -> Any:
        # yaml and the diagnostics load only when a data file is read (a quick `regels beslis` reads none)
        import yaml

        from compiler.ast import Span
        from compiler.errors import FOUT, Diagnostic, RegelsFout

        path = self.regels / name
        if not path.exists():
            return empty
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            raise RegelsFout([Diagnostic(FOUT, f"{name} is geen UTF-8-tekst", Span(self.rel(path), 1, 1),
                                         "sla het bestand op als UTF-8")]) from None
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
            problem = getattr(e, "problem", None) or "onleesbare YAML"
            raise RegelsFout([Diagnostic(FOUT, f"{name} is geen geldige YAML ({problem})",
                                         Span(self.rel(path), line, column),
                                         "let op inspringen met spaties en op een dubbele punt na elke sleutel")]) from None
        return empty if data is None else data

    def _wrong(self, name: str, expected: str) -> Any:
        from compiler.ast import Span
        from compiler.errors import FOUT, Diagnostic, RegelsFout

        raise RegelsFout([Diagnostic(FOUT, f"{name} moet {expected} zijn",
                                     Span(self.rel(self.regels / name), 1, 1),
                                     "kijk naar het voorbeeld in de README")])
