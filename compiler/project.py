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
from compiler.projectdata import ProjectFiles

if TYPE_CHECKING:  # the rules' machinery loads only when rules are read (not for a quick `regels beslis`)
    from compiler import ast
    from compiler.midden.model import Model


@dataclass(frozen=True)
class Project(ProjectFiles):
    """The project's files and data (compiler.projectdata) and its rules, parsed and checked."""

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
        from compiler.analyse import interpretaties
        from compiler.errors import RegelsFout
        from compiler.midden.passes import check
        from compiler.semantiek import route

        regelsets = self.regelsets()
        diagnostics = bestandsnamen.check(regelsets, self.rel)
        if diagnostics:
            raise RegelsFout(diagnostics)
        paragraphs = self.paragraphs()
        versies = self.bron_versies()
        settings = self.settings()
        models = []
        for slug, files in regelsets:
            try:
                model = check(self.load(slug, files), paragraphs, versies, route.stappen(settings, slug))
                interpretaties.van_project(self, model)   # the register of readings is checked too
                models.append(model)
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

    from compiler.midden.voorbeeldbasis import vul_aan

    voorbeelden = vul_aan(merged("voorbeelden"), merged("invoer"), c)  # zoals …, standaard in voorbeelden
    c.raise_if_errors()
    return ast.Regelset(slug, headers[0], tuple(modules), merged("keuzelijsten"), merged("invoer"),
                        merged("uitvoer"), merged("afgeleid"), merged("tables"), voorbeelden,
                        merged("dekking"), merged("controles"))


__all__ = ["Project", "load_regelset"]
