"""`regels populatie`: a seeded, synthetic population of cases (CSV or JSONL), assumptions stated."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from compiler.project import Project
from . import FOUT, GEBRUIK, OK


def add_parser(sub) -> None:
    p = sub.add_parser("populatie", help="maak een synthetische populatie casussen (voor --batch en vergelijk)")
    p.add_argument("--aantal", type=int, help="hoeveel casussen (standaard: `aantal` in regels/populatie.yml, anders 1000)")
    p.add_argument("--uit", required=True, help="bestand: .csv (aannames als #-regels bovenaan) of .jsonl")
    p.add_argument("--zaad", type=int, default=2022, help="zaad van de toevalsgenerator (zelfde zaad, zelfde populatie)")
    p.add_argument("--aannames", type=Path, help="JSON-bestand met eigen aannames per veld, boven die van regels/populatie.yml")
    p.add_argument("--regelset", help="welke regelset (als er meer zijn)")


def run(models, project: Project, args) -> int:
    from compiler.toepassingen import batch
    from compiler.toepassingen import populatie
    from compiler.commands.beslis import choose_model

    model = choose_model(models, args)
    if model is None:
        return GEBRUIK
    try:
        project_aannames = populatie.aannames_van(project.population())
    except ValueError as e:
        print(f"regels: fout: {e}", file=sys.stderr)
        return FOUT
    if args.aantal is None:
        args.aantal = project_aannames.aantal
    if args.aantal < 0:
        print("regels: fout: --aantal moet 0 of meer zijn", file=sys.stderr)
        return GEBRUIK
    aannames = project_aannames.per_veld
    if args.aannames is not None:
        try:
            aannames = {**aannames, **json.loads(args.aannames.read_text(encoding="utf-8"))}
        except (OSError, ValueError) as e:
            print(f"regels: fout: kan de aannames in {args.aannames} niet lezen ({e})", file=sys.stderr)
            return FOUT
    try:
        populatie.controleer(model, aannames)
    except ValueError as e:
        print(f"regels: fout: {e}", file=sys.stderr)
        return FOUT
    ev = batch.evaluator(model, project)

    def geldig(casus: dict) -> bool:
        try:
            ev.lees(casus)
        except ev.fouten:
            return False
        return True

    soort = batch.formaat(args.uit)
    verslag = populatie.Verslag()
    kop = populatie.kop(model, args.aantal, args.zaad, aannames, project_aannames.maat)
    cases = populatie.trek(model, args.aantal, args.zaad, geldig, aannames, verslag)
    try:
        with open(args.uit, "w", encoding="utf-8", newline="") as f:
            n = populatie.schrijf(model, cases, f, soort, kop)
    except OSError as e:
        print(f"regels: fout: kan {args.uit} niet schrijven ({e.strerror})", file=sys.stderr)
        return FOUT
    if soort == "jsonl":  # JSONL has no room for comments: the assumptions go beside it
        Path(args.uit + ".aannames.txt").write_text("\n".join(kop) + "\n", encoding="utf-8")
    print(f"{n} synthetische casussen geschreven naar {args.uit} (zaad {args.zaad}); "
          f"{verslag.opnieuw_getrokken} keer opnieuw getrokken om de controles te halen, "
          f"{verslag.ongeldig_gebleven} ongeldig gebleven", file=sys.stderr)
    return OK
