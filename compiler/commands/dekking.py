"""`regels dekking`: per paragraph of the beleidsregel, the rules that encode it, or why none do."""

from __future__ import annotations

import json
import sys

from compiler.project import Project
from . import FOUT, GEBRUIK, OK


def add_parser(sub) -> None:
    d = sub.add_parser("dekking", help="per paragraaf van de beleidsregel: welke regels hem uitvoeren, of waarom niet")
    d.add_argument("--json", action="store_true", help="als JSON")


def run(models, project: Project, args) -> int:
    return _dekking(models, project, args)


def _dekking(models, project: Project, args) -> int:
    from compiler.analyse import dekking, interpretaties

    paragraphs = project.paragraphs()
    if paragraphs is None:
        print("regels: fout: er is geen brontekst (regels/bron/beleidsregel.md)", file=sys.stderr)
        return FOUT
    rows = dekking.report(models, paragraphs)
    register = [(m, it) for m in models for it in interpretaties.van_project(project, m)]
    if args.json:
        items = [{"paragraaf": r.paragraph.label, "anker": r.paragraph.anchor, "status": r.status,
                  "regels": r.rules, "redenen": r.reasons} for r in rows]
        # The register of interpretations, as entries of their own kind after the paragraphs.
        items += [{"soort": "interpretatie", "onderwerp": it.onderwerp, "paragraaf": ", ".join(it.bron),
                   "citaat": it.citaat, "lezing": it.lezing, "waarom": it.waarom, "regels": list(it.regels),
                   "bestand": f"{it.span.file}:{it.span.line}"} for _, it in register]
        print(json.dumps(items, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(f"{r.paragraph.heading}: {r.status}")
            for rule in r.rules:
                print(f"    {rule}")
            for reason in r.reasons:
                print(f"    reden: {reason}")
    missing = dekking.uncovered(rows)
    if not args.json and register:
        print(f"\nRegister van interpretaties ({len(register)}): waar de regels een lezing van de tekst kiezen")
        for _, it in register:
            print(f"  {it.nummer}. {it.onderwerp} [{', '.join(it.bron)}; {it.span.file}:{it.span.line}]")
            print(f"     citaat: “{it.citaat}”")
            print(f"     lezing: {it.lezing}")
            print(f"     waarom: {it.waarom}")
            print(f"     regels: {', '.join(it.regels)}")
    if not args.json:
        counts = {s: sum(r.status.startswith(s) or r.status.endswith(s) for r in rows)
                  for s in (dekking.GECODEERD, dekking.OORDEEL, dekking.INFORMATIEF, dekking.NIET)}
        print("\n" + ", ".join(f"{n} {s}" for s, n in counts.items()))
    if missing:
        print(f"{len(missing)} paragraaf/paragrafen nog niet gedekt: "
              + ", ".join(r.paragraph.label for r in missing), file=sys.stderr)
        return FOUT
    return OK
