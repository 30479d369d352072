"""`regels herbereken BEWIJS.json`: decide a stored decision again with the current rules and say whether,
and why, the outcome would now differ. The receipt comes from `regels beslis --json` (field ontvangstbewijs)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from compiler.project import Project
from compiler.semantiek.runtime import BuitenGeldigheid, GeenBeslissing, OngeldigeInvoer
from . import FOUT, GEBRUIK, OK


def add_parser(sub) -> None:
    s = sub.add_parser("herbereken", help="beslis opnieuw over een opgeslagen besluit (ontvangstbewijs) met de "
                                          "huidige regels; code 0 als de uitkomst gelijk blijft, 3 als die verandert")
    s.add_argument("bewijs", help="het ontvangstbewijs (JSON), of de hele uitvoer van regels beslis --json")
    s.add_argument("--peildatum", metavar="JJJJ-MM-DD",
                   help="herbereken op een andere peildatum (standaard: die van het bewijs)")
    s.add_argument("--json", action="store_true", help="uitslag als JSON, met het nieuwe ontvangstbewijs")


ANDERS = 3


def run(models, project: Project, args) -> int:
    from compiler.toepassingen import ontvangstbewijs

    try:
        data = json.loads(Path(args.bewijs).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        print(f"regels: fout: kan {args.bewijs} niet lezen ({e.__class__.__name__})", file=sys.stderr)
        return FOUT
    except json.JSONDecodeError as e:
        print(f"{args.bewijs}:{e.lineno}:{e.colno}: fout: geen geldige JSON ({e.msg})", file=sys.stderr)
        return FOUT
    if isinstance(data, dict) and isinstance(data.get("ontvangstbewijs"), dict):
        data = data["ontvangstbewijs"]
    slug = data.get("regelset", {}).get("slug") if isinstance(data, dict) and isinstance(
        data.get("regelset"), dict) else None
    chosen = [m for m in models if m.regelset.slug == slug] or (models if len(models) == 1 else [])
    if not chosen:
        print(f"regels: fout: de regelset van dit bewijs ({slug!r}) staat niet (meer) in regels/", file=sys.stderr)
        return FOUT
    try:
        h = ontvangstbewijs.herbereken(chosen[0], project, data, args.peildatum)
    except ontvangstbewijs.OngeldigBewijs as e:
        print(f"{args.bewijs}: fout: {e}", file=sys.stderr)
        return GEBRUIK
    except BuitenGeldigheid as e:
        print(f"{args.bewijs}: {e}", file=sys.stderr)
        return FOUT
    except OngeldigeInvoer as e:
        print(f"{args.bewijs}: de casus past niet meer bij de huidige regels; er is niets beslist:", file=sys.stderr)
        for veld, reden in e.fouten.items():
            print(f"  {veld}: {reden}", file=sys.stderr)
        return FOUT
    except GeenBeslissing as e:
        print(f"regels: fout: {e}", file=sys.stderr)
        return FOUT
    if args.json:
        print(json.dumps(h.to_json(), ensure_ascii=False, indent=2))
    else:
        print(h.tekst(), end="")
    return OK if h.gelijk else ANDERS
