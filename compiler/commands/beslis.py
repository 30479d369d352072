"""`regels beslis`: decide one case (JSON) and say which rows fired, with their bron."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..project import Project
from . import FOUT, GEBRUIK, OK
from ..interpreter import Interpreter
from ..runtime import GeenBeslissing, OngeldigeInvoer, naar_json, tekst
from .. import uitleg


def add_parser(sub) -> None:
    s = sub.add_parser("beslis", help="beslis over een casus (JSON-bestand, of - voor standaardinvoer)")
    s.add_argument("casus", help="pad naar een JSON-bestand met de invoer, of -")
    s.add_argument("--json", action="store_true", help="uitkomst als JSON voor een zaaksysteem")
    s.add_argument("--regelset", help="welke regelset (als er meer zijn)")
    s.add_argument("--uitleg", action="store_true", help="leg stap voor stap uit hoe de uitkomst tot stand komt")
    s.add_argument("--motivering", action="store_true",
                   help="schrijf een motivering om in een beschikking te plakken")
    s.add_argument("--waarom-niet", metavar="UITKOMST", dest="waarom_niet",
                   help="welke kleinste wijziging van de invoer had deze uitkomst gegeven?")


def choose_model(models, args):
    """The regelset named by --regelset, or the only one; None (after a message) when unclear."""
    if args.regelset:
        chosen = [m for m in models if args.regelset in (m.regelset.slug, m.regelset.header.name)]
        if not chosen:
            print(f"regels: fout: regelset “{args.regelset}” bestaat niet; kies uit: "
                  + ", ".join(m.regelset.slug for m in models), file=sys.stderr)
            return None
        return chosen[0]
    if len(models) > 1:
        print("regels: fout: er zijn meer regelsets; kies er één met --regelset: "
              + ", ".join(m.regelset.slug for m in models), file=sys.stderr)
        return None
    return models[0]


def run(models, project: Project, args) -> int:
    model = choose_model(models, args)
    if model is None:
        return GEBRUIK
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
    inputs = interpreter.read_case(casus)
    if args.json:
        data = resultaat.to_json(model)
        if args.uitleg or args.motivering:
            data["uitleg"] = [s.to_json() for s in uitleg.explain(model, resultaat, project.paragraphs())]
        if args.motivering:
            data["motivering"] = uitleg.motivering(model, resultaat, inputs, project.paragraphs())
        if args.waarom_niet:
            data["waarom_niet"] = _waarom_niet_json(model, inputs, args.waarom_niet)
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return OK
    if args.motivering:
        print(uitleg.motivering(model, resultaat, inputs, project.paragraphs()), end="")
        return OK
    if args.uitleg:
        print(uitleg.render(uitleg.explain(model, resultaat, project.paragraphs())))
        return OK
    if args.waarom_niet:
        return _waarom_niet(model, inputs, args.waarom_niet)
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


def _waarom_niet_json(model, inputs, target: str) -> dict:
    name, found = uitleg.waarom_niet(model, inputs, target)
    return {
        "doel": target, "uitkomst": name, "mogelijk": uitleg.producible(model, target),
        "wijzigingen": [[{"invoer": n, "was": naar_json(old), "wordt": naar_json(new)} for n, old, new in a.changes]
                        for a in found],
    }


def _waarom_niet(model, inputs, target: str) -> int:
    if not uitleg.producible(model, target):
        print(f"Geen enkele tabel in deze regels geeft “{target}”: geen wijziging van de invoer kan dat opleveren.")
        return OK
    name, found = uitleg.waarom_niet(model, inputs, target)
    if not found:
        print(f"Met hoogstens drie wijzigingen in de invoer komt er geen “{target}” uit deze regels.")
        return OK
    for a in found:
        print(a.zin(name, target))
    return OK
