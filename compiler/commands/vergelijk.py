"""`regels vergelijk`: what a rule change does to a population of cases (old × new)."""

from __future__ import annotations

import sys
from pathlib import Path

from compiler.errors import RegelsFout
from compiler.project import Project
from compiler.semantiek.runtime import vandaag
from . import FOUT, GEBRUIK, OK, report
from .beslis import aantal_processen


def add_parser(sub) -> None:
    v = sub.add_parser("vergelijk", help="wat doet een wijziging van de regels met een populatie casussen?")
    v.add_argument("--oud", required=True, help="de oude regels: een map, of een git-versie (commit, tag, tak)")
    v.add_argument("--nieuw", help="de nieuwe regels: een map (standaard regels/ van dit project)")
    v.add_argument("--populatie", required=True, help="casussen: .csv of .jsonl (zie `regels populatie`)")
    v.add_argument("--regelset", help="welke regelset (als er meer zijn)")
    v.add_argument("--uitkomst", help="de uitkomst voor de overgangsmatrix (standaard: arrangement)")
    v.add_argument("--rapport", help="schrijf ook een Markdown-rapport naar dit bestand")
    v.add_argument("--grafiek", help="schrijf de overgangsmatrix als grafiek: .svg, of .png (met matplotlib)")
    v.add_argument("--peildatum", metavar="JJJJ-MM-DD",
                   help="beslis met beide versies op deze datum (standaard: het veld peildatum van elke casus, "
                        "anders vandaag)")
    v.add_argument("--processen", metavar="N", type=aantal_processen,
                   help="vergelijk met zoveel processen tegelijk (standaard: één per kern; 1: alles in dit proces)")
    v.add_argument("--peildatum-oud", metavar="JJJJ-MM-DD", help="de peildatum voor de oude versie")
    v.add_argument("--peildatum-nieuw", metavar="JJJJ-MM-DD", help="de peildatum voor de nieuwe versie")


def run(models, project: Project, args) -> int:
    from compiler.toepassingen import batch
    from compiler.toepassingen import vergelijk

    nieuw_pad = Path(args.nieuw) if args.nieuw else project.regels
    try:
        oud = vergelijk.load_version(args.oud, project, args.regelset, "de oude versie")
        nieuw = vergelijk.load_version(str(nieuw_pad), project, args.regelset, "de nieuwe versie")
    except vergelijk.VersieFout as e:
        print(f"regels: fout: {e}", file=sys.stderr)
        return GEBRUIK
    except RegelsFout as e:
        report(e.diagnostics, project, False)
        return FOUT
    from compiler.semantiek.runtime import BuitenGeldigheid
    from compiler.analyse import verschil
    from compiler.toepassingen import peildatum

    dagen = []
    try:
        for versie, eigen in ((oud, args.peildatum_oud), (nieuw, args.peildatum_nieuw)):
            dag = eigen or args.peildatum
            dagen.append(dag)
            if peildatum.nodig(versie.evaluator, dag):
                versie.evaluator = peildatum.op_peildatum(versie.evaluator, dag)
    except BuitenGeldigheid as e:
        print(f"regels: {e}", file=sys.stderr)
        return FOUT
    import datetime

    heden = vandaag().isoformat()
    wat = verschil.vergelijk(oud.model, datetime.date.fromisoformat(dagen[0] or heden), nieuw.model,
                             datetime.date.fromisoformat(dagen[1] or heden), oud.label, nieuw.label)
    if args.uitkomst and args.uitkomst not in (set(oud.model.output_names) & set(nieuw.model.output_names)):
        print(f"regels: fout: “{args.uitkomst}” is geen uitkomst van beide versies", file=sys.stderr)
        return GEBRUIK
    if args.grafiek and Path(args.grafiek).suffix.lower() not in (".svg", ".png"):
        print("regels: fout: --grafiek moet op .svg of .png eindigen", file=sys.stderr)
        return GEBRUIK
    soort = batch.formaat(args.populatie)
    try:
        invoer = batch.open_text(args.populatie, "r")
    except OSError as e:
        print(f"regels: fout: kan {args.populatie} niet lezen ({e.strerror})", file=sys.stderr)
        return FOUT
    totaal = Path(args.populatie).stat().st_size if args.populatie != "-" else None
    with invoer:
        from compiler.toepassingen import parallel

        v = vergelijk.compare(oud, nieuw, invoer, soort, args.populatie, args.uitkomst,
                              batch.Voortgang(totaal), args.processen or parallel.standaard_processen())
    waarschuwing = vergelijk_waarschuwing(v, wat, dagen)
    print(vergelijk.terminal(v))
    if waarschuwing:
        print("\n" + waarschuwing)
    if args.grafiek:
        path = Path(args.grafiek)
        if path.suffix.lower() == ".png":
            try:
                vergelijk.png(v, path)
            except ImportError:
                print("regels: fout: een PNG vraagt matplotlib (pip install -e '.[bench]'); .svg kan altijd",
                      file=sys.stderr)
                return FOUT
        else:
            path.write_text(vergelijk.svg(v), encoding="utf-8")
        print(f"grafiek: {path}", file=sys.stderr)
    if args.rapport:
        grafiek = None
        if args.grafiek:
            try:
                grafiek = Path(args.grafiek).resolve().relative_to(Path(args.rapport).resolve().parent).as_posix()
            except ValueError:
                grafiek = str(Path(args.grafiek).resolve())
        Path(args.rapport).write_text(vergelijk.markdown(v, grafiek) + (f"\n> **Let op:** {waarschuwing}\n"
                                      if waarschuwing else ""), encoding="utf-8")
        print(f"rapport: {args.rapport}", file=sys.stderr)
    return OK


def vergelijk_waarschuwing(v, wat, dagen) -> str:
    """Never a silent 0 %: when the rules differ but no case gets another outcome, say why that may be."""
    if v.gewijzigd or wat.leeg:
        return ""
    rijen = wat.veranderde_rijen()
    waar = "; ".join(f"“{t}” bij {r.span.file}:{r.span.line}" for t, r in rijen[:5]) or "zie regels verschil"
    tekst = (f"Waarschuwing: de regels verschillen ({len(rijen)} rij(en) met een andere of nieuwe uitkomst: {waar}), "
             "maar geen enkele casus van de populatie bereikt die rijen. 0 % zegt dus niets over de impact. ")
    if not any(dagen):
        tekst += ("Er is geen peildatum gegeven: beide versies beslissen op de peildatum van elke casus, anders "
                  "vandaag. Geef --peildatum (of --peildatum-oud/--peildatum-nieuw) in de periode van de wijziging, ")
    return tekst + "en kijk of de aannames van de populatie de veranderde rijen kunnen raken (regels verschil)."
