"""`regels opmaak`: lay out .regels files canonically (formatter.py); --controleer only checks.

Works on the text before any checking, so a file with a type error can still be formatted;
a file with a syntax error is reported and left alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

from compiler.errors import RegelsFout
from compiler.project import Project
from . import FOUT, GEBRUIK, OK, report


def add_parser(sub) -> None:
    o = sub.add_parser("opmaak", help="zet .regels-bestanden in de vaste opmaak (uitgelijnde tabellen, inspringing)")
    o.add_argument("bestanden", nargs="*", type=Path, help="welke bestanden of mappen (standaard: alles in regels/)")
    o.add_argument("--controleer", action="store_true",
                   help="schrijf niets; stop met code 1 als een bestand niet in de vaste opmaak staat")


def vooraf(project: Project, args) -> int:
    """Everything happens here: the rules need not check cleanly to be formatted."""
    from compiler.taal.formatter import format_file

    files = _files(project, args.bestanden)
    if files is None:
        return GEBRUIK
    changed, diagnostics = [], []
    for path in files:
        try:
            if format_file(path, project.rel(path), write=not args.controleer):
                changed.append(project.rel(path))
        except RegelsFout as e:
            diagnostics += e.diagnostics
    long_lines = _long_lines(project, files, changed if args.controleer else [])
    for rel in changed:
        if args.controleer:
            print(f"niet opgemaakt: {rel}", file=sys.stderr)
        else:
            print(f"opgemaakt: {rel}")
    if diagnostics:
        report(diagnostics, project, False)
        return FOUT
    if args.controleer and changed:
        print(f"{len(changed)} van {len(files)} bestand(en) staan niet in de vaste opmaak; draai `regels opmaak`",
              file=sys.stderr)
        return FOUT
    if not changed:
        print(f"{len(files)} bestand(en) staan al in de vaste opmaak")
    for line in long_lines:
        print(line, file=sys.stderr)
    return OK


def _long_lines(project: Project, files: list[Path], unformatted: list[str]) -> list[str]:
    """Lines the formatter could not bring within MAX_LINE characters, each with what to do:
    the formatter never claims a file is done while a line in it is still too long."""
    from compiler.taal.formatter import MAX_LINE

    out = []
    for path in files:
        rel = project.rel(path)
        if rel in unformatted:
            continue  # reported as not formatted; its lines may still move
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for number, line in enumerate(text.split("\n"), 1):
            if len(line) > MAX_LINE:
                if line.lstrip().startswith("|"):
                    hint = ("geef een lange kolomnaam een korte naam boven de tabel (kolom kort: lange naam), "
                            "of schrijf een lange waarde als afgeleide waarde met een korte naam")
                elif " = " in line:
                    hint = "verdeel de berekening in afgeleide waarden met elk een eigen, korte naam"
                else:
                    hint = "kies een kortere naam, of zet een lange tekst tussen aanhalingstekens"
                out.append(f"{rel}:{number}: let op: deze regel is {len(line)} tekens lang (hoogstens {MAX_LINE}) "
                           f"en kan niet vanzelf korter; {hint}")
    return out


def run(models, project: Project, args) -> int:  # pragma: no cover - vooraf always answers
    return vooraf(project, args)


def _files(project: Project, given: list[Path]) -> list[Path] | None:
    if not given:
        return sorted(p for p in project.regels.rglob("*.regels"))
    out = []
    for path in given:
        path = path if path.is_absolute() else Path.cwd() / path
        if path.is_dir():
            out += sorted(path.rglob("*.regels"))
        elif path.is_file():
            out.append(path)
        else:
            print(f"regels: fout: {path} bestaat niet", file=sys.stderr)
            return None
    return out
