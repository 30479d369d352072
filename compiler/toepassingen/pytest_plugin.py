"""pytest collects the voorbeelden of the rules: each voorbeeld one test item (entry point pytest11).

`pytest regels/` runs every voorbeeld as its own test; a failure is reported in Dutch: what
was expected, what the rules give, the rows that fired, and file:line of each. Works with
pytest-xdist (`-n 2`): collection is the same in every worker, each loads the regelset itself.

Only .regels files inside a project's regels/ folder are collected (not regels/bron/, and
not a stray .regels file elsewhere, such as a test fixture with a deliberate mistake).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compiler.errors import RegelsFout, render_all
from compiler.midden.model import Model
from compiler.project import Project

_MODELS: dict[tuple[Path, str], Model | RegelsFout] = {}


def pytest_collect_file(parent, file_path: Path):
    if file_path.suffix == ".regels" and _project_of(file_path) is not None:
        return RegelsBestand.from_parent(parent, path=file_path)
    return None


def _project_of(path: Path) -> tuple[Project, str, list[Path]] | None:
    path = path.resolve()
    for folder in path.parents:
        if folder.name == "regels" and path.parent.name != "bron":
            project = Project(folder.parent)
            for slug, files in project.regelsets():
                if path in [f.resolve() for f in files]:
                    return project, slug, files
            return None
    return None


def _model(project: Project, slug: str, files: list[Path]) -> Model:
    """The checked regelset, once per process (per xdist worker)."""
    from compiler.midden.passes import check

    key = (project.root.resolve(), slug)
    if key not in _MODELS:
        try:
            _MODELS[key] = check(project.load(slug, files), project.paragraphs())
        except RegelsFout as e:
            _MODELS[key] = e
    found = _MODELS[key]
    if isinstance(found, RegelsFout):
        raise found
    return found


class RegelsBestand(pytest.File):
    def collect(self):
        project, slug, files = _project_of(self.path)
        try:
            model = _model(project, slug, files)
        except RegelsFout as e:
            yield RegelsFouten.from_parent(self, name="de regels kloppen niet", diagnostics=e.diagnostics,
                                           project=project)
            return
        rel = project.rel(self.path)
        for v in model.regelset.voorbeelden:
            if v.span.file == rel:
                yield VoorbeeldItem.from_parent(self, name=v.name, voorbeeld=v, model=model)


class VoorbeeldFaalt(Exception):
    pass


class VoorbeeldItem(pytest.Item):
    def __init__(self, *, voorbeeld, model: Model, **kwargs):
        super().__init__(**kwargs)
        self.voorbeeld = voorbeeld
        self.model = model

    def runtest(self) -> None:
        from compiler.semantiek.voorbeelden import run

        outcome = run(self.voorbeeld, self.model)
        if not outcome.ok:
            raise VoorbeeldFaalt(outcome)

    def repr_failure(self, excinfo, style=None):
        if not isinstance(excinfo.value, VoorbeeldFaalt):
            return super().repr_failure(excinfo, style)
        return failure_report(excinfo.value.args[0], self.model)

    def reportinfo(self):
        return self.path, self.voorbeeld.span.line - 1, f"voorbeeld “{self.voorbeeld.name}”"


def failure_report(outcome, model: Model) -> str:
    """Dutch: the failing voorbeeld, each expected value against what the rules give, the rows that fired."""
    from compiler.semantiek.voorbeelden import failure_lines

    lines = failure_lines(outcome)
    if outcome.resultaat is not None:
        fired = [(b, r) for b in outcome.resultaat.beslissingen for r in b.regels]
        if fired:
            lines.append("rijen die vuurden:")
            tables = {t.name: t for t in model.tables()}
            for b, r in fired:
                table = tables.get(r.tabel)
                where = f"{table.span.file}:{r.regel}" if table is not None else f"regel {r.regel}"
                lines.append(f"  {where}: tabel “{r.tabel}”, rij {r.rij}")
        else:
            lines.append("geen enkele rij vuurde")
    return "\n".join(lines)


class RegelsFouten(pytest.Item):
    """The regelset has errors: one failing item that shows them, instead of a collection crash."""

    def __init__(self, *, diagnostics, project: Project, **kwargs):
        super().__init__(**kwargs)
        self.diagnostics = diagnostics
        self.project = project

    def runtest(self) -> None:
        raise RegelsFout(self.diagnostics)

    def repr_failure(self, excinfo, style=None):
        return render_all([d for d in self.diagnostics if d.is_error], self.project.root)

    def reportinfo(self):
        return self.path, 0, "de regels kloppen niet"
