"""`regels import`: the tables of an .xlsx workbook (made by `regels export`) back into regels/.

Everything is checked before anything is written: a mistake in the workbook is reported at
its sheet and cell (blad zwaarte, cel C4), and then no file changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from compiler.errors import RegelsFout
from compiler.project import Project
from . import FOUT, GEBRUIK, OK, dmn_import


def add_parser(sub) -> None:
    i = sub.add_parser("import", help="lees de tabellen uit een werkboek van `regels export` terug in regels/")
    i.add_argument("werkboek", type=Path, nargs="?", help="het .xlsx-werkboek")
    dmn_import.add_arguments(i)  # --dmn model.dmn: DMN decision tables instead (issue 15)
    i.add_argument("--controleer", action="store_true", help="schrijf niets; zeg alleen wat zou veranderen")


def vooraf(project: Project, args) -> int:
    from compiler.toepassingen import spreadsheet

    if args.dmn is not None:
        return dmn_import.vooraf(project, args)
    if args.werkboek is None:
        print("regels: fout: geef een werkboek (.xlsx) of --dmn model.dmn", file=sys.stderr)
        return GEBRUIK
    if not args.werkboek.is_file():
        print(f"regels: fout: werkboek {args.werkboek} bestaat niet", file=sys.stderr)
        return GEBRUIK
    try:
        bladen = spreadsheet.read_workbook(args.werkboek)
    except RegelsFout as e:
        _print(e.diagnostics, None, {})
        return FOUT
    uitkomst = spreadsheet.apply(project, bladen)
    if uitkomst.diagnostics:
        _print(uitkomst.diagnostics, None, {})
        return FOUT
    try:
        models = spreadsheet.check_in_copy(project, uitkomst.texts)
    except RegelsFout as e:
        _print(e.diagnostics, uitkomst, uitkomst.texts)
        print("\nhet werkboek heeft fouten; er is niets veranderd in regels/", file=sys.stderr)
        return FOUT
    warnings = [d for m in models for d in m.diagnostics if d.span.file in uitkomst.texts]
    if warnings:
        _print(warnings, uitkomst, uitkomst.texts)
    if not args.controleer:
        for file, text in uitkomst.texts.items():
            (project.root / file).write_text(text, encoding="utf-8")
    verb = "zou veranderen" if args.controleer else "veranderd"
    print(f"{uitkomst.cells_changed} cel(len) {verb} in {len(uitkomst.texts)} bestand(en)"
          + (f": {', '.join(sorted(uitkomst.texts))}" if uitkomst.texts else "")
          + ("; draai nu `regels bouw`" if uitkomst.texts and not args.controleer else ""))
    return OK


def _print(diagnostics, uitkomst, texts) -> None:
    from compiler.toepassingen.spreadsheet import locate

    for d in diagnostics:
        where = locate(d, uitkomst, texts) if uitkomst is not None else ""
        head = f"{where} ({d.span.file}:{d.span.line})" if where else (str(d.span) if d.span.line else "regels")
        print(f"{head}: {d.level}: {d.message}", file=sys.stderr)
        if d.hint:
            print(f"  tip: {d.hint}", file=sys.stderr)


def run(models, project: Project, args) -> int:  # pragma: no cover - vooraf always answers
    return OK
