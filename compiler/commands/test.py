"""`regels test`: run every voorbeeld of the rules; report each failure with file:line."""

from __future__ import annotations

import json
import sys

from ..project import Project
from . import FOUT, GEBRUIK, OK


def add_parser(sub) -> None:
    t = sub.add_parser("test", help="voer alle voorbeelden uit de regels uit")
    t.add_argument("--json", action="store_true", help="uitslag als JSON")


def run(models, project: Project, args) -> int:
    return _test(models, project, args)


def _test(models, project: Project, args) -> int:
    from ..voorbeelden import run_all

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
