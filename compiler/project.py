"""Find the regelsets of a project and load them: files → parsed modules → one Regelset each → Model.

A regelset is a .regels file directly under regels/, or a folder of them (one file holds
the `regelset` header). regels/bron/ holds the source text, not rules.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from compiler import bron

if TYPE_CHECKING:  # the rules' machinery loads only when rules are read (not for a quick `regels beslis`)
    from compiler import ast
    from compiler.midden.model import Model


@dataclass(frozen=True)
class Project:
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

    def regelsets(self) -> list[tuple[str, list[Path]]]:
        found = []
        if not self.regels.is_dir():
            return found
        for entry in sorted(self.regels.iterdir()):
            if entry.is_file() and entry.suffix == ".regels":
                found.append((entry.stem, [entry]))
            elif entry.is_dir() and entry.name != "bron":
                files = sorted(entry.glob("*.regels"))
                if files:
                    found.append((entry.name, files))
        return found

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

    def bron_versies(self) -> list:
        """The source text per period: regels/bron/*.md from the start, and for each folder
        regels/bron/vanaf-JJJJ-MM-DD/ the text from that day on (its files replace those of the same name)."""
        from compiler.midden.tijd import BronVersie

        base = self.paragraphs()
        if base is None:
            return []
        versies = [BronVersie(None, base, "regels/bron")]
        for folder in sorted((self.regels / "bron").glob("vanaf-*")):
            try:
                day = datetime.date.fromisoformat(folder.name.removeprefix("vanaf-"))
            except ValueError:
                continue
            paragraphs = dict(versies[-1].paragraphs)
            for f in sorted(folder.glob("*.md")):
                paragraphs.update(bron.read_paragraphs(f, self.rel(f)))
            versies.append(BronVersie(day, paragraphs, self.rel(folder)))
        return versies

    def load(self, slug: str, files: list[Path]) -> ast.Regelset:
        return load_regelset(slug, [(f, self.rel(f)) for f in files])

    def models(self) -> list[Model]:
        """Every regelset checked; all errors of all files are raised together."""
        from compiler import bestandsnamen
        from compiler.errors import RegelsFout
        from compiler.midden.passes import check

        regelsets = self.regelsets()
        diagnostics = bestandsnamen.check(regelsets, self.rel)
        if diagnostics:
            raise RegelsFout(diagnostics)
        paragraphs = self.paragraphs()
        versies = self.bron_versies()
        models = []
        for slug, files in regelsets:
            try:
                models.append(check(self.load(slug, files), paragraphs, versies))
            except RegelsFout as e:
                diagnostics += e.diagnostics
        if any(d.is_error for d in diagnostics):
            raise RegelsFout(diagnostics)
        return models


def load_regelset(slug: str, files: list[tuple[Path, str]], texts: dict[Path, str] | None = None) -> ast.Regelset:
    """texts: the text of a file as an editor holds it, before it is saved (the language server)."""
    from compiler import ast
    from compiler.errors import Collector, RegelsFout
    from compiler.taal.parser import parse_file, parse_text

    modules, diagnostics = [], []
    for path, display in files:
        try:
            if texts and path in texts:
                modules.append(parse_text(texts[path], display))
            else:
                modules.append(parse_file(path, display))
        except RegelsFout as e:
            diagnostics += e.diagnostics
    if diagnostics:
        raise RegelsFout(diagnostics)
    c = Collector()
    headers = [m.header for m in modules if m.header is not None]
    if not headers:
        c.error(f"regelset “{slug}” heeft geen kop", ast.Span(files[0][1], 1, 1),
                "begin één bestand met: regelset \"Naam\" en daaronder geldig vanaf …")
    for extra in headers[1:]:
        c.error("deze regelset heeft al een kop", extra.span, related=(("eerste kop", headers[0].span),))
    c.raise_if_errors()
    def merged(attr: str) -> tuple:
        return tuple(x for m in modules for x in getattr(m, attr))

    return ast.Regelset(slug, headers[0], tuple(modules), merged("keuzelijsten"), merged("invoer"),
                        merged("uitvoer"), merged("afgeleid"), merged("tables"), merged("voorbeelden"),
                        merged("dekking"), merged("controles"))


__all__ = ["Project", "load_regelset"]
