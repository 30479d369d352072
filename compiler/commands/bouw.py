"""`regels bouw`: check the rules and regenerate generated/ and docs/ (or only compare)."""

from __future__ import annotations

import sys

from compiler.project import Project
from . import FOUT, GEBRUIK, OK
from compiler import build, importtoets
from . import report


def add_parser(sub) -> None:
    b = sub.add_parser("bouw", help="controleer de regels en maak generated/ en docs/ opnieuw")
    b.add_argument("--controleer", action="store_true",
                   help="schrijf niets; stop met code 1 als generated/ of docs/ niet klopt met de regels")
    b.add_argument("--json", action="store_true", help="meldingen als JSON (voor editors)")


def vooraf(project: Project, args) -> int | None:
    """A rebuild whose inputs (rules, source text, templates, compiler) did not change is skipped."""
    if args.controleer or args.json:  # an editor asking for the diagnostics gets them
        return None
    n = build.up_to_date(project)
    if n is None:
        return None
    print(f"niets te doen: regels, brontekst en compiler zijn ongewijzigd sinds de vorige bouw ({n} bestanden)")
    return OK


def run(models, project: Project, args) -> int:
    warnings = [d for m in models for d in m.diagnostics]
    return _bouw(models, project, args, warnings)


def _bouw(models, project: Project, args, warnings) -> int:
    if warnings or args.json:
        report(warnings, project, args.json)
    out = sys.stderr if args.json else sys.stdout  # with --json, stdout holds only the JSON
    if (failing := _failing_voorbeelden(models)):
        # A site must never show a worked example the rules no longer give.
        print(f"{failing} voorbeeld(en) falen; regels bouw schrijft niets (zie ook `regels test`)", file=sys.stderr)
        return FOUT
    files = build.expected_files(models, project)
    if args.controleer:
        verschil = build.compare(files, project)
        if verschil.empty:
            print(f"generated/ en docs/ kloppen met de regels ({len(files)} bestanden)", file=out)
            return OK
        print("generated/ of docs/ klopt niet met de regels; draai `regels bouw`:", file=sys.stderr)
        for label, items in (("gewijzigd", verschil.changed), ("ontbreekt", verschil.missing),
                             ("verouderd", verschil.stale)):
            for rel in items:
                print(f"  {label}: {rel}", file=sys.stderr)
        return FOUT
    kapot = importtoets.problems(files)
    if kapot:  # a backstop: escaping should make this impossible; then write nothing
        for message in kapot:
            print(f"regels: fout: {message}", file=sys.stderr)
        print("er is niets geschreven; meld dit als fout in de compiler, met het .regels-bestand erbij",
              file=sys.stderr)
        return FOUT
    verschil = build.write(files, project)
    if not warnings:  # with warnings, every build runs again, so they are shown every time
        build.record(files, project)
    written = len(verschil.changed) + len(verschil.missing)
    print(f"{len(models)} regelset(s) gebouwd: {written} bestand(en) bijgewerkt, "
          f"{len(verschil.stale)} verwijderd, {len(files) - written} ongewijzigd", file=out)
    return OK


def _failing_voorbeelden(models) -> int:
    """Print each failing voorbeeld as `regels test` does; the number that fail."""
    from compiler.semantiek.voorbeelden import failure_lines, run_all

    failing = 0
    for model in models:
        for outcome in run_all(model):
            if not outcome.ok:
                failing += 1
                print("\n".join(failure_lines(outcome)), file=sys.stderr)
    return failing
