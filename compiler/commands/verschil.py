"""`regels verschil A B`: what changed in the decisions between two versions of the rules.

A and B are each a date (JJJJ-MM-DD: these rules on that day), a git version (commit, tag, branch: its
rules on today's date), or both as VERSIE@JJJJ-MM-DD. The report names the rows and cells that changed
and the input for which the outcome changes, in Dutch; --markdown writes it as Markdown."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

from compiler.errors import RegelsFout
from compiler.project import Project
from compiler.semantiek.runtime import vandaag
from . import FOUT, GEBRUIK, OK, report


def add_parser(sub) -> None:
    s = sub.add_parser("verschil", help="wat is er veranderd in de beslissingen tussen twee datums of versies?")
    s.add_argument("oud", help="JJJJ-MM-DD, een git-versie, of VERSIE@JJJJ-MM-DD")
    s.add_argument("nieuw", help="JJJJ-MM-DD, een git-versie, of VERSIE@JJJJ-MM-DD (standaard: deze regels vandaag)",
                   nargs="?")
    s.add_argument("--regelset", help="welke regelset (als er meer zijn)")
    s.add_argument("--markdown", metavar="BESTAND", help="schrijf het verschil ook als Markdown naar dit bestand")


def _datum(text: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def _versie(spec: str | None, models, project: Project, regelset: str | None):
    """(model, date, label) for one side."""
    from compiler.toepassingen import vergelijk

    if spec is None:
        spec = vandaag().isoformat()
    dag = _datum(spec)
    if dag is not None:
        model = _kies(models, regelset)
        return model, dag, f"deze regels op {dag.isoformat()}"
    ref, _, datum = spec.partition("@")
    dag = _datum(datum) if datum else vandaag()
    if dag is None:
        raise vergelijk.VersieFout(f"“{datum}” is geen datum als JJJJ-MM-DD")
    v = vergelijk.load_version(ref, project, regelset, ref)
    return v.model, dag, f"{v.label} op {dag.isoformat()}"


def _kies(models, regelset):
    from compiler.toepassingen import vergelijk

    chosen = [m for m in models if regelset in (None, m.regelset.slug, m.regelset.header.name)]
    if len(chosen) != 1:
        raise vergelijk.VersieFout("kies één regelset met --regelset: " + ", ".join(m.regelset.slug for m in models))
    return chosen[0]


def run(models, project: Project, args) -> int:
    from compiler.analyse import verschil
    from compiler.toepassingen import vergelijk

    try:
        a = _versie(args.oud, models, project, args.regelset)
        b = _versie(args.nieuw, models, project, args.regelset)
    except vergelijk.VersieFout as e:
        print(f"regels: fout: {e}", file=sys.stderr)
        return GEBRUIK
    except RegelsFout as e:
        report(e.diagnostics, project, False)
        return FOUT
    v = verschil.vergelijk(a[0], a[1], b[0], b[1], a[2], b[2])
    print(verschil.terminal(v), end="")
    if args.markdown:
        from compiler.backends.docs.wijzigingen import markdown

        Path(args.markdown).write_text(markdown(v), encoding="utf-8")
        print(f"markdown: {args.markdown}", file=sys.stderr)
    return OK
