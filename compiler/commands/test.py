"""`regels test`: run every voorbeeld of the rules; report each failure with file:line.

Then one line per table: how many of its rows the voorbeelden reach. With --mutatie, also
how strong the voorbeelden are: every single-cell mutant of every table, the score per
table, each surviving mutant explained, and boundary values no voorbeeld uses yet.
"""

from __future__ import annotations

import json
import sys

from compiler.project import Project
from compiler.semantiek.runtime import tekst, vandaag
from . import FOUT, OK


def add_parser(sub) -> None:
    t = sub.add_parser("test", help="voer alle voorbeelden uit de regels uit")
    t.add_argument("--json", action="store_true", help="uitslag als JSON, met alle meldingen")
    t.add_argument("--mutatie", action="store_true",
                   help="verander elke cel van elke tabel één keer en kijk of een voorbeeld het merkt")
    t.add_argument("--tabel", action="append", metavar="NAAM", help="mutatietest alleen voor deze tabel(len)")
    t.add_argument("--drempel", type=float, default=0.0, metavar="PROCENT",
                   help="met --mutatie: stop met code 1 als minder dan zoveel procent van de mutanten gedood is")
    t.add_argument("--per", type=datum_arg, metavar="JJJJ-MM-DD",
                   help="waarschuw voor elke ‘tot’ die op deze datum voorbij is (standaard: vandaag)")


def datum_arg(text: str):
    import argparse
    import datetime

    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen datum als JJJJ-MM-DD: {text!r}") from None


def run(models, project: Project, args) -> int:
    return _test(models, project, args)


def _test(models, project: Project, args) -> int:
    from compiler.analyse.lint import coverage
    from compiler.semantiek.voorbeelden import failure_lines, run_all

    failures, total, report = 0, 0, []
    for model in models:
        for outcome in run_all(model):
            total += 1
            v = outcome.voorbeeld
            entry = {"voorbeeld": v.name, "plaats": str(v.span), "geslaagd": outcome.ok, "verschillen": []}
            if not outcome.ok:
                failures += 1
                if not args.json:
                    print("\n".join(failure_lines(outcome)), file=sys.stderr)
                for m in outcome.mismatches:
                    entry["verschillen"].append({"naam": m.name, "verwacht": m.expected, "uitkomst": m.actual,
                                                 "plaats": str(m.span)})
            report.append(entry)
    import datetime

    from compiler.commands import report as report_diagnostics
    from compiler.midden.tijd import verlopen

    per = args.per or vandaag()
    voorbij = [d for model in models for d in verlopen(model.regelset, per)]
    if voorbij and not args.json:
        report_diagnostics(voorbij, project, False)
    dekking = [x for model in models for x in coverage(model)]
    result = {
        "voorbeelden": report,
        "dekking": [{"tabel": bt.name, "plaats": str(bt.span), "geraakt": hit, "rijen": rows, "voorbeelden": n}
                    for bt, hit, rows, n in dekking],
        "meldingen": [d.to_json() for model in models for d in model.diagnostics] + [d.to_json() for d in voorbij],
    }
    if not args.json:
        print(f"{total - failures} van {total} voorbeelden geslaagd")
        if dekking:
            width = max(len(bt.name) for bt, _, _, _ in dekking)
            print("\nRijen die de voorbeelden raken, per tabel:")
            for bt, hit, rows, n in dekking:
                mark = "" if hit == rows else "   ← niet alles"
                print(f"  {bt.name:<{width}}  {hit:>3} van {rows:>3} rijen, door {n:>3} voorbeeld(en){mark}")
    code = FOUT if failures else OK
    if args.mutatie:
        code = max(code, _mutatie(models, args, result))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    return code


LEGENDA = (
    "Mutatietest: hoe sterk zijn de voorbeelden? Een mutant is een tabel met één cel veranderd. "
    "Gedood: een voorbeeld (of de controle) merkt de verandering. Gelijkwaardig: de verandering maakt "
    "voor geen enkele invoer verschil; telt niet mee. Overleefd: niets merkt het; voeg het voorgestelde "
    "voorbeeld toe."
)


def _mutatie(models, args, result: dict) -> int:
    from compiler.toepassingen import mutatie, mutatie_casussen
    from compiler.analyse.lint import value_text

    scores, shown, hidden, suggestions = [], {}, 0, []
    for model in models:
        model_scores = mutatie.score_model(model, args.tabel)
        scores += model_scores
        known = mutatie_casussen.cases(model)
        for s in model_scores:
            for fate in s.survivors:
                casus = mutatie_casussen.reaching_case(model, s.table, mutatie.mutated_table(s.table, fate.mutant),
                                                       known)
                if casus is None:
                    hidden += 1
                else:
                    shown[id(fate)] = casus
        raw = [x for x in mutatie.boundary_suggestions(model) if not args.tabel or x[0].name in args.tabel]
        suggestions += mutatie_casussen.feasible_boundaries(raw, known)
    killed = sum(s.killed for s in scores)
    counted = sum(s.counted for s in scores)
    percentage = 100.0 * killed / counted if counted else 100.0
    result["mutatie"] = {
        "tabellen": [_score_json(s, mutatie, shown) for s in scores],
        "totaal": {"mutanten": sum(len(s.fates) for s in scores), "geteld": counted, "gedood": killed,
                   "score": round(percentage, 1), "overlevers_zonder_echte_casus": hidden},
    }
    result["suggesties"] = [{"tabel": t.name, "kolom": col, "waarden": [value_text(v) for v, _ in reached],
                             "voorbeelden": [c.suggestion() for _, c in reached]}
                            for t, col, reached in suggestions]
    if not args.json:
        print("\n" + LEGENDA)
        for s in scores:
            bt = s.table
            print(f"  tabel “{bt.name}” ({bt.span.file}:{bt.span.line}): {_summary(s, mutatie)}")
            for fate in s.survivors:
                if id(fate) in shown:
                    print(f"    {mutatie_casussen.survivor_line(fate, shown[id(fate)])}")
        print(f"  totaal: {killed} van {counted} mutanten gedood ({_pct(percentage)})"
              + (f"; {sum(s.count(mutatie.GELIJKWAARDIG) for s in scores)} gelijkwaardig, niet meegeteld"
                 if any(s.count(mutatie.GELIJKWAARDIG) for s in scores) else ""))
        if hidden:
            print(f"  {hidden} overlever(s) niet getoond: geen echte casus (een voorbeeld met één invoer anders) "
                  "merkt het verschil; waarschijnlijk een combinatie die niet kan voorkomen")
        if suggestions:
            print("\nSuggesties voor nieuwe voorbeelden: randwaarden die geen voorbeeld gebruikt")
            for t, col, reached in suggestions:
                for value, casus in reached:
                    print(f"  tabel “{t.name}”, {col} {value_text(value)}: {casus.suggestion()}")
    if percentage < args.drempel:
        print(f"regels: de mutatiescore {_pct(percentage)} ligt onder de drempel van {_pct(args.drempel)}",
              file=sys.stderr)
        return FOUT
    return OK


def _pct(x: float) -> str:
    return f"{x:.1f}".replace(".", ",") + " %"


def _summary(s, mutatie) -> str:
    parts = [f"{len(s.fates)} mutanten"]
    if s.count(mutatie.GELIJKWAARDIG):
        parts.append(f"{s.count(mutatie.GELIJKWAARDIG)} gelijkwaardig")
    parts.append(f"gedood {s.killed} van {s.counted} ({_pct(s.percentage)}): "
                 f"{s.count(mutatie.VOORBEELD)} door een voorbeeld, {s.count(mutatie.CONTROLE)} door de controle")
    if s.survivors:
        parts.append(f"{len(s.survivors)} overleefd")
    return ", ".join(parts)


def _score_json(s, mutatie, shown: dict) -> dict:
    bt = s.table
    return {
        "tabel": bt.name, "plaats": str(bt.span), "mutanten": len(s.fates),
        "gelijkwaardig": s.count(mutatie.GELIJKWAARDIG), "gedood_door_voorbeeld": s.count(mutatie.VOORBEELD),
        "gedood_door_controle": s.count(mutatie.CONTROLE), "overleefd": len(s.survivors),
        "score": round(s.percentage, 1),
        "overlevenden": [
            {"plaats": str(f.mutant.span), "rij": f.mutant.row.number, "kolom": f.mutant.column,
             "voor": f.mutant.before, "na": f.mutant.after, "bericht": mutatie.survivor_message(s, f),
             "invoer": {c.name: tekst(w) for c, w in zip(bt.inputs, f.witness or ())},
             "echte_casus": id(f) in shown,
             "voorstel": shown[id(f)].suggestion() if id(f) in shown else ""}
            for f in s.survivors
        ],
    }
