"""`regels beslis`: decide one case (JSON) and say which rows fired, with their bron."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from compiler.semantiek.runtime import BuitenGeldigheid, GeenBeslissing, OngeldigeInvoer, tekst, vandaag
from . import FOUT, GEBRUIK, OK

if TYPE_CHECKING:
    from compiler.project import Project


def add_parser(sub) -> None:
    s = sub.add_parser("beslis", help="beslis over een casus (JSON-bestand, of - voor standaardinvoer)")
    s.add_argument("casus", nargs="?", help="pad naar een JSON-bestand met de invoer, of -")
    s.add_argument("--batch", metavar="CASUSSEN",
                   help="beslis over alle casussen in een .csv- of .jsonl-bestand (of - voor standaardinvoer)")
    s.add_argument("--uit", metavar="UITKOMSTEN",
                   help="met --batch: schrijf de uitkomsten naar dit .csv- of .jsonl-bestand (standaard: uitvoer)")
    s.add_argument("--processen", metavar="N", type=aantal_processen,
                   help="met --batch: beslis met zoveel processen tegelijk (standaard: één per kern; 1: alles in "
                        "dit proces). De uitvoer is dezelfde, regel voor regel")
    s.add_argument("--json", action="store_true", help="uitkomst als JSON voor een zaaksysteem")
    s.add_argument("--regelset", help="welke regelset (als er meer zijn)")
    s.add_argument("--uitleg", action="store_true", help="leg stap voor stap uit hoe de uitkomst tot stand komt")
    s.add_argument("--motivering", action="store_true",
                   help="schrijf een motivering om in een beschikking te plakken")
    s.add_argument("--waarom-niet", metavar="UITKOMST", dest="waarom_niet",
                   help="welke kleinste wijziging van de invoer had deze uitkomst gegeven?")
    s.add_argument("--peildatum", metavar="JJJJ-MM-DD",
                   help="de datum waarvan de regels gelden (standaard: het veld peildatum van de casus, anders "
                        "vandaag: een besluit past de regels toe die gelden op de dag dat het genomen wordt)")


def aantal_processen(tekst: str) -> int:
    """--processen: a whole number of at least 1 (argparse says so in Dutch through the usage error)."""
    import argparse

    try:
        n = int(tekst)
    except ValueError:
        n = 0
    if not 1 <= n <= 256:
        raise argparse.ArgumentTypeError(f"“{tekst}” is geen aantal processen (een geheel getal van 1 tot 256)")
    return n


def vooraf(project: Project, args) -> int | None:
    """`--batch` without parsing the rules, when the build cache vouches that generated/ is what a
    build of these rules makes now (batch.module_evaluator); otherwise the usual way.
    One case, plain or --json, is decided the same way by the generated module (_snel)."""
    if args.batch is None and args.casus is not None:
        return _snel(project, args)
    if args.batch is None or args.casus is not None:
        return None
    from compiler.toepassingen import batch

    slugs = [slug for slug, _ in project.regelsets()]
    if args.regelset:
        slugs = [slug for slug in slugs if slug == args.regelset]
    if len(slugs) != 1:
        return None
    ev = batch.module_evaluator(project, slugs[0])
    if ev is None:
        return None
    return _batch(None, project, args, ev)


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


def _snel(project: Project, args) -> int | None:
    """One case with the generated module, without parsing regels/: when the build cache vouches
    for generated/ and no option needs the rules themselves (uitleg, motivering, waarom-niet).
    The output is the same as run() gives: the tests compare the two."""
    if args.uitleg or args.motivering or args.waarom_niet or args.casus == "-":
        return None
    from compiler import build

    if build.up_to_date(project) is None:
        return None
    from compiler.toepassingen.serveer.regelsets import laad

    regelsets = laad(project.root)
    if args.regelset:
        gekozen = [r for r in regelsets.values() if args.regelset in (r.naam, r.beschrijving["regelset"])]
    else:
        gekozen = list(regelsets.values())
    if len(gekozen) != 1:
        return None  # run() says what is wrong
    regelset = gekozen[0]
    mod = regelset.module
    casus = _lees_casus(args)
    if isinstance(casus, int):
        return casus
    peildatum = _peildatum(args, casus)
    try:
        resultaat = mod.beslis(mod.lees_invoer(mod.met_peildatum(casus, peildatum, mod.GELDIGHEID)))
    except BuitenGeldigheid as e:
        print(f"{args.casus}: {e}", file=sys.stderr)
        return FOUT
    except mod.OngeldigeInvoer as e:
        return _ongeldig(args, e.fouten)
    except mod.GeenBeslissing as e:
        print(f"regels: fout: {e}", file=sys.stderr)
        return FOUT
    if args.json:
        from compiler.toepassingen import ontvangstbewijs

        data = mod.beslis_json(casus, peildatum)
        data["peildatum"] = str(peildatum)
        data["ontvangstbewijs"] = ontvangstbewijs.bouw(regelset.bewijsbron, data, casus, peildatum,
                                                       _gekozen(args, casus))
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return OK
    waarden = resultaat.waarden()
    print(f"Regelset: {mod.REGELSET}")
    print(f"Peildatum: {tekst(lees_peildatum(peildatum))}")
    for name in mod.UITVOER:
        print(f"  {name}: {tekst(waarden[name])}")
    print("\nWaarom:")
    for b in resultaat.beslissingen:
        tabel = regelset.tabellen[b.tabel]
        if not b.regels:
            reden = "geen rij van toepassing" if tabel["hit"] == "verzamel" \
                else "niet te bepalen, een invoer is onbekend"
            print(f"  {b.tabel}: {reden}")
        for r in b.regels:
            bron = ", ".join(r.bron) or "geen bron"
            print(f"  {b.tabel}: rij {r.rij} ({tabel['positie']['bestand']}:{r.regel}), bron {bron}")
    return OK


def _lees_casus(args):
    """The case as JSON, or an exit code after the message."""
    try:
        data = sys.stdin.buffer.read() if args.casus == "-" else Path(args.casus).read_bytes()
    except OSError as e:
        print(f"regels: fout: kan de casus niet lezen: {args.casus} ({e.strerror or 'onbekende fout'})",
              file=sys.stderr)
        return FOUT
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"{args.casus}: fout: de casus is geen UTF-8-tekst (byte {e.start})", file=sys.stderr)
        return FOUT
    from compiler.toepassingen import casus_json  # bounded, a BOM allowed, the reason in Dutch

    try:
        return casus_json.lees(text)
    except casus_json.GeenCasus as e:
        print(f"{args.casus}: fout: geen geldige JSON: {e}", file=sys.stderr)
        return FOUT
    except (ValueError, RecursionError) as e:
        from compiler.toepassingen.batch import json_reden

        print(f"{args.casus}: fout: {json_reden(e)}", file=sys.stderr)
        return FOUT


def _peildatum(args, casus) -> str:
    """--peildatum, else the case's field "peildatum", else today (the rules in force when the decision is taken)."""
    if args.peildatum is not None:
        return args.peildatum
    if isinstance(casus, dict) and casus.get("peildatum") is not None:
        return str(casus["peildatum"])
    return vandaag().isoformat()


def _gekozen(args, casus) -> str:
    """Where _peildatum found the date, for the receipt: gegeven, casus or vandaag."""
    if args.peildatum is not None:
        return "gegeven"
    return "casus" if isinstance(casus, dict) and casus.get("peildatum") is not None else "vandaag"


def lees_peildatum(text: str):
    from compiler.semantiek.runtime import lees_peildatum as lees

    return lees(text)


def _ongeldig(args, fouten: dict) -> int:
    if args.json:
        print(json.dumps({"fouten": fouten}, ensure_ascii=False, indent=2))
    else:
        print(f"{args.casus}: de casus is niet volledig of niet juist; er is niets beslist:", file=sys.stderr)
        for veld, reden in fouten.items():
            print(f"  {veld}: {reden}", file=sys.stderr)
    return FOUT


def run(models, project: Project, args) -> int:
    from compiler.semantiek import uitleg
    from compiler.semantiek.interpreter import Interpreter

    model = choose_model(models, args)
    if model is None:
        return GEBRUIK
    if args.batch is not None or args.casus is None:
        return _batch(model, project, args)
    casus = _lees_casus(args)
    if isinstance(casus, int):
        return casus
    interpreter = Interpreter(model)
    peildatum = _peildatum(args, casus)
    try:
        inputs = interpreter.read_case(casus, peildatum)
        resultaat = interpreter.evaluate(inputs)
    except BuitenGeldigheid as e:
        if args.json:
            print(json.dumps({"buiten_geldigheid": str(e)}, ensure_ascii=False, indent=2))
        else:
            print(f"{args.casus}: {e}", file=sys.stderr)
        return FOUT
    except OngeldigeInvoer as e:
        return _ongeldig(args, e.fouten)
    except GeenBeslissing as e:
        print(f"regels: fout: {e}", file=sys.stderr)
        return FOUT
    if args.json:
        from compiler.toepassingen import ontvangstbewijs

        data = resultaat.to_json(model)
        data["peildatum"] = str(peildatum)
        bewijs = ontvangstbewijs.bouw(ontvangstbewijs.Bewijsbron.uit_model(model, project), data, casus, peildatum,
                                      _gekozen(args, casus))
        if args.uitleg or args.motivering:
            data["uitleg"] = [s.to_json() for s in uitleg.explain(model, resultaat, project.paragraphs())]
        if args.motivering:
            data["motivering"] = uitleg.motivering(model, resultaat, inputs, project.paragraphs())
        if args.waarom_niet:
            data["waarom_niet"] = _waarom_niet_json(model, project, inputs, args.waarom_niet)
        data["ontvangstbewijs"] = bewijs
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return OK
    if args.motivering:
        print(uitleg.motivering(model, resultaat, inputs, project.paragraphs()), end="")
        return OK
    if args.uitleg:
        print(uitleg.render(uitleg.explain(model, resultaat, project.paragraphs())))
        return OK
    if args.waarom_niet:
        return _waarom_niet(model, project, inputs, args.waarom_niet)
    print(f"Regelset: {model.regelset.header.name}")
    print(f"Peildatum: {tekst(lees_peildatum(peildatum))}")
    for name in model.output_names:
        print(f"  {name}: {tekst(resultaat.waarden[name])}")
    print("\nWaarom:")
    tables = {t.name: t for t in model.tables()}
    for b in resultaat.beslissingen:
        if not b.regels:
            reden = "geen rij van toepassing" if tables[b.tabel].hit == "verzamel" \
                else "niet te bepalen, een invoer is onbekend"
            print(f"  {b.tabel}: {reden}")
        for r in b.regels:
            table = tables[b.tabel]
            bron = ", ".join(r.bron) or "geen bron"
            print(f"  {b.tabel}: rij {r.rij} ({table.span.file}:{r.regel}), bron {bron}")
    return OK


def _waarom_niet_antwoord(model, project, inputs, target: str):
    from compiler.toepassingen import batch, waarom_niet

    try:
        waarom_niet.valideer(model, target)
    except waarom_niet.OnbekendDoel as e:
        return None, e
    ev = batch.evaluator(model, project)   # the generated code: many more tries within the time limit
    return waarom_niet.zoek_met(model, ev, inputs, target), None


def _waarom_niet_json(model, project, inputs, target: str) -> dict:
    from compiler.toepassingen import waarom_niet

    antwoord, fout = _waarom_niet_antwoord(model, project, inputs, target)
    return waarom_niet.fout_json(fout) if fout is not None else waarom_niet.antwoord_json(antwoord)


def _waarom_niet(model, project, inputs, target: str) -> int:
    from compiler.toepassingen import waarom_niet

    antwoord, fout = _waarom_niet_antwoord(model, project, inputs, target)
    if fout is not None:
        print(f"regels: fout: {fout.melding()}", file=sys.stderr)
        return GEBRUIK
    print(waarom_niet.tekst_antwoord(model, antwoord))
    return OK


def _batch(model, project: Project, args, ev=None) -> int:
    """`--batch`: every case of a file, streaming; the work is in compiler/toepassingen/batch.py."""
    from compiler.toepassingen import batch

    if args.batch is None:
        print("gebruik: regels beslis [opties] CASUS  of  regels beslis --batch CASUSSEN [--uit UITKOMSTEN]\n"
              "regels: fout: deze argumenten ontbreken: casus (een JSON-bestand of -), of --batch met casussen",
              file=sys.stderr)
        return GEBRUIK
    if args.casus is not None:
        print("regels: fout: geef een casus óf --batch, niet allebei", file=sys.stderr)
        return GEBRUIK
    invoer_soort = batch.formaat(args.batch)
    uit = args.uit or "-"
    uit_soort = batch.formaat(uit) if uit != "-" else invoer_soort
    try:
        invoer = batch.open_text(args.batch, "r")
    except OSError as e:
        print(f"regels: fout: kan {args.batch} niet lezen ({e.strerror})", file=sys.stderr)
        return FOUT
    try:
        uitvoer = batch.open_text(uit, "w")
    except OSError as e:
        print(f"regels: fout: kan {uit} niet schrijven ({e.strerror})", file=sys.stderr)
        return FOUT
    if ev is None:
        ev = batch.evaluator(model, project)
    from compiler.toepassingen import peildatum

    if peildatum.nodig(ev, args.peildatum):
        try:
            ev = peildatum.op_peildatum(ev, args.peildatum)
        except BuitenGeldigheid as e:
            print(f"regels: {e}", file=sys.stderr)
            return FOUT
    totaal = Path(args.batch).stat().st_size if args.batch != "-" else None
    voortgang = batch.Voortgang(totaal, aan=sys.stderr.isatty() and uit != "-")
    from compiler.toepassingen import parallel

    processen = args.processen or parallel.standaard_processen()
    try:
        telling = batch.run_batch(ev, invoer, invoer_soort, uitvoer, uit_soort, voortgang, processen)
    except UnicodeDecodeError:
        print(f"regels: fout: {args.batch} is geen UTF-8-tekst", file=sys.stderr)
        return FOUT
    finally:
        if invoer is not sys.stdin:
            invoer.close()
        if uitvoer is not sys.stdout:
            uitvoer.close()
        else:
            uitvoer.flush()
    met = f"{ev.soort}; {telling.processen} processen" if telling.processen > 1 else f"{ev.soort}; één proces"
    print(batch.samenvatting(telling, args.batch, uit) + f"\n  met: {met}", file=sys.stderr)
    return OK if telling.fout == 0 else FOUT
