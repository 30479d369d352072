"""The `regels` command: bouw, test, beslis. Messages in Dutch; exit 0 ok, 1 errors, 2 usage."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import build
from .errors import RegelsFout, render_all, to_json
from .interpreter import Interpreter
from .project import Project
from .runtime import GeenBeslissing, OngeldigeInvoer, tekst

OK, FOUT, GEBRUIK = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse speaks English; we do not
        self.print_usage(sys.stderr)
        vertaald = (message.replace("the following arguments are required", "deze argumenten ontbreken")
                    .replace("unrecognized arguments", "onbekende argumenten")
                    .replace("invalid choice", "onbekende keuze").replace("choose from", "kies uit")
                    .replace("argument", "argument"))
        print(f"regels: fout: {vertaald}", file=sys.stderr)
        sys.exit(GEBRUIK)

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "gebruik:")

    def format_help(self) -> str:
        return (super().format_help().replace("usage:", "gebruik:")
                .replace("positional arguments:", "argumenten:").replace("options:", "opties:")
                .replace("show this help message and exit", "toon deze hulp en stop"))


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="regels", description="Regels als code: beslistabellen in regels/ → generated/ en docs/.")
    p.add_argument("--project", type=Path, default=Path("."), help="de map met regels/ (standaard: hier)")
    sub = p.add_subparsers(dest="opdracht", metavar="OPDRACHT", parser_class=_Parser)
    b = sub.add_parser("bouw", help="controleer de regels en maak generated/ en docs/ opnieuw")
    b.add_argument("--controleer", action="store_true",
                   help="schrijf niets; stop met code 1 als generated/ of docs/ niet klopt met de regels")
    b.add_argument("--json", action="store_true", help="meldingen als JSON (voor editors)")
    t = sub.add_parser("test", help="voer alle voorbeelden uit de regels uit")
    t.add_argument("--json", action="store_true", help="uitslag als JSON")
    s = sub.add_parser("beslis", help="beslis over een casus (JSON-bestand, of - voor standaardinvoer)")
    s.add_argument("casus", help="pad naar een JSON-bestand met de invoer, of -")
    s.add_argument("--json", action="store_true", help="uitkomst als JSON voor een zaaksysteem")
    s.add_argument("--regelset", help="welke regelset (als er meer zijn)")
    d = sub.add_parser("dekking", help="per paragraaf van de beleidsregel: welke regels hem uitvoeren, of waarom niet")
    d.add_argument("--json", action="store_true", help="als JSON")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.opdracht is None:
        _parser().print_help()
        return GEBRUIK
    project = Project(args.project.resolve())
    if not project.regels.is_dir():
        print(f"regels: fout: geen map regels/ in {project.root}", file=sys.stderr)
        return GEBRUIK
    try:
        models = project.models()
    except RegelsFout as e:
        _report(e.diagnostics, project, getattr(args, "json", False))
        return FOUT
    warnings = [d for m in models for d in m.diagnostics]
    if args.opdracht == "bouw":
        return _bouw(models, project, args, warnings)
    if args.opdracht == "test":
        return _test(models, project, args)
    if args.opdracht == "dekking":
        return _dekking(models, project, args)
    return _beslis(models, project, args)


def _report(diagnostics, project: Project, as_json: bool) -> None:
    if as_json:
        print(to_json(diagnostics))
        return
    print(render_all(diagnostics, project.root), file=sys.stderr)
    errors = sum(d.is_error for d in diagnostics)
    warnings = len(diagnostics) - errors
    print(f"\n{errors} fout(en), {warnings} waarschuwing(en)", file=sys.stderr)


def _bouw(models, project: Project, args, warnings) -> int:
    if warnings:
        _report(warnings, project, args.json)
    files = build.expected_files(models, project)
    if args.controleer:
        verschil = build.compare(files, project)
        if verschil.empty:
            print(f"generated/ en docs/ kloppen met de regels ({len(files)} bestanden)")
            return OK
        print("generated/ of docs/ klopt niet met de regels; draai `regels bouw`:", file=sys.stderr)
        for label, items in (("gewijzigd", verschil.changed), ("ontbreekt", verschil.missing),
                             ("verouderd", verschil.stale)):
            for rel in items:
                print(f"  {label}: {rel}", file=sys.stderr)
        return FOUT
    verschil = build.write(files, project)
    written = len(verschil.changed) + len(verschil.missing)
    print(f"{len(models)} regelset(s) gebouwd: {written} bestand(en) bijgewerkt, "
          f"{len(verschil.stale)} verwijderd, {len(files) - written} ongewijzigd")
    return OK


def _test(models, project: Project, args) -> int:
    from .voorbeelden import run_all

    failures, total, report = 0, 0, []
    for model in models:
        for outcome in run_all(model):
            total += 1
            v = outcome.voorbeeld
            entry = {"voorbeeld": v.name, "plaats": str(v.span), "geslaagd": outcome.ok, "verschillen": []}
            if not outcome.ok:
                failures += 1
                if not args.json:
                    print(f"{v.span}: voorbeeld “{v.name}” faalt", file=sys.stderr)
                    if outcome.error:
                        print(f"  {outcome.error}", file=sys.stderr)
                for m in outcome.mismatches:
                    entry["verschillen"].append({"naam": m.name, "verwacht": m.expected, "uitkomst": m.actual,
                                                 "plaats": str(m.span)})
                    if not args.json:
                        print(f"  {m.span}: {m.name}: verwacht {m.expected}, maar de regels geven {m.actual}",
                              file=sys.stderr)
            report.append(entry)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(f"{total - failures} van {total} voorbeelden geslaagd")
    return FOUT if failures else OK


def _beslis(models, project: Project, args) -> int:
    if args.regelset:
        chosen = [m for m in models if args.regelset in (m.regelset.slug, m.regelset.header.name)]
        if not chosen:
            print(f"regels: fout: regelset “{args.regelset}” bestaat niet; kies uit: "
                  + ", ".join(m.regelset.slug for m in models), file=sys.stderr)
            return GEBRUIK
    elif len(models) > 1:
        print("regels: fout: er zijn meer regelsets; kies er één met --regelset: "
              + ", ".join(m.regelset.slug for m in models), file=sys.stderr)
        return GEBRUIK
    else:
        chosen = models
    model = chosen[0]
    try:
        text = sys.stdin.read() if args.casus == "-" else Path(args.casus).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        print(f"regels: fout: kan de casus niet lezen: {args.casus} ({e.__class__.__name__})", file=sys.stderr)
        return FOUT
    try:
        casus = json.loads(text)
    except json.JSONDecodeError as e:
        print(f"{args.casus}:{e.lineno}:{e.colno}: fout: geen geldige JSON ({e.msg})", file=sys.stderr)
        return FOUT
    interpreter = Interpreter(model)
    try:
        resultaat = interpreter.evaluate(interpreter.read_case(casus))
    except OngeldigeInvoer as e:
        if args.json:
            print(json.dumps({"fouten": e.fouten}, ensure_ascii=False, indent=2))
        else:
            print(f"{args.casus}: de casus is niet volledig of niet juist; er is niets beslist:", file=sys.stderr)
            for veld, reden in e.fouten.items():
                print(f"  {veld}: {reden}", file=sys.stderr)
        return FOUT
    except GeenBeslissing as e:
        print(f"regels: fout: {e}", file=sys.stderr)
        return FOUT
    if args.json:
        print(json.dumps(resultaat.to_json(model), ensure_ascii=False, indent=2))
        return OK
    print(f"Regelset: {model.regelset.header.name}")
    for name in model.output_names:
        print(f"  {name}: {tekst(resultaat.waarden[name])}")
    print("\nWaarom:")
    tables = {t.name: t for t in model.tables()}
    for b in resultaat.beslissingen:
        if not b.regels:
            print(f"  {b.tabel}: geen rij (een invoer is onbekend)")
        for r in b.regels:
            table = tables[b.tabel]
            bron = ", ".join(r.bron) or "geen bron"
            print(f"  {b.tabel}: rij {r.rij} ({table.span.file}:{r.regel}), bron {bron}")
    return OK


def _dekking(models, project: Project, args) -> int:
    from . import dekking

    paragraphs = project.paragraphs()
    if paragraphs is None:
        print("regels: fout: er is geen brontekst (regels/bron/beleidsregel.md)", file=sys.stderr)
        return FOUT
    rows = dekking.report(models, paragraphs)
    if args.json:
        print(json.dumps([{"paragraaf": r.paragraph.label, "anker": r.paragraph.anchor, "status": r.status,
                           "regels": r.rules, "redenen": r.reasons} for r in rows], ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(f"{r.paragraph.heading}: {r.status}")
            for rule in r.rules:
                print(f"    {rule}")
            for reason in r.reasons:
                print(f"    reden: {reason}")
    missing = dekking.uncovered(rows)
    if not args.json:
        counts = {s: sum(r.status == s for r in rows) for s in (dekking.GECODEERD, dekking.OORDEEL,
                                                                 dekking.INFORMATIEF, dekking.NIET)}
        print("\n" + ", ".join(f"{n} {s}" for s, n in counts.items()))
    if missing:
        print(f"{len(missing)} paragraaf/paragrafen nog niet gedekt: "
              + ", ".join(r.paragraph.label for r in missing), file=sys.stderr)
        return FOUT
    return OK


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
