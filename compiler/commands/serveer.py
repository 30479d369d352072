"""`regels serveer`: the decisions of generated/ as an HTTP JSON API (compiler/toepassingen/serveer/), on uvicorn."""

from __future__ import annotations

import os
import sys

from compiler.commands import FOUT, GEBRUIK, OK
from compiler.project import Project


def add_parser(sub) -> None:
    s = sub.add_parser("serveer", help="de beslissingen als HTTP JSON-API (pip install -e '.[api]')")
    s.add_argument("--host", default="127.0.0.1", help="adres om op te luisteren (standaard: 127.0.0.1)")
    s.add_argument("--port", type=int, default=8000, help="poort (standaard: 8000)")
    s.add_argument("--workers", type=int, default=1, help="aantal processen (standaard: 1)")
    s.add_argument("--max-body", type=int, default=1 << 20, help="bytes per POST /beslis (standaard: 1 MiB)")
    s.add_argument("--max-batch-body", type=int, default=64 << 20,
                   help="bytes per POST /beslis/batch (standaard: 64 MiB)")
    s.add_argument("--max-batch", type=int, default=10_000, help="casussen per batch (standaard: 10000)")
    s.add_argument("--tijdslimiet", type=float, default=30.0, help="seconden per aanvraag (standaard: 30)")


def vooraf(project: Project, args) -> int | None:
    """Serve at once when the build cache vouches for generated/; otherwise check it first (run)."""
    from compiler import build

    if build.up_to_date(project) is None:
        return None
    return _serveer(project, args)


def run(models, project: Project, args) -> int:
    from compiler import build

    verschil = build.compare(build.expected_files(models, project), project)
    # Only generated/ is served: a container without docs/ is fine.
    fout = [rel for rel in verschil.changed + verschil.missing + verschil.stale if rel.startswith("generated/")]
    if fout:
        print("regels: fout: generated/ klopt niet met de regels; draai eerst `regels bouw` "
              "(de API serveert alleen wat gebouwd is):", file=sys.stderr)
        for rel in fout:
            print(f"  {rel}", file=sys.stderr)
        return FOUT
    return _serveer(project, args)


def _serveer(project: Project, args) -> int:
    try:
        import uvicorn  # noqa: F401
        import starlette  # noqa: F401
    except ImportError:
        print("regels: fout: de API heeft Starlette en uvicorn nodig: pip install -e '.[api]'", file=sys.stderr)
        return GEBRUIK
    for naam, waarde in (("--workers", args.workers), ("--max-body", args.max_body),
                         ("--max-batch-body", args.max_batch_body), ("--max-batch", args.max_batch),
                         ("--tijdslimiet", args.tijdslimiet)):
        if waarde <= 0:
            print(f"regels: fout: {naam} moet groter dan 0 zijn", file=sys.stderr)
            return GEBRUIK
    # Every worker process builds its app from these (compiler.toepassingen.serveer.app:app_uit_omgeving).
    os.environ.update({"REGELS_PROJECT": str(project.root), "REGELS_MAX_BODY": str(args.max_body),
                       "REGELS_MAX_BATCH_BODY": str(args.max_batch_body), "REGELS_MAX_BATCH": str(args.max_batch),
                       "REGELS_TIJDSLIMIET": str(args.tijdslimiet)})
    print(f"regels serveer: http://{args.host}:{args.port}/ ({args.workers} proces(sen)); "
          f"het contract staat op /openapi.json", file=sys.stderr)
    uvicorn.run("compiler.toepassingen.serveer.app:app_uit_omgeving", factory=True, host=args.host, port=args.port,
                workers=args.workers, log_level="warning", access_log=False)
    return OK
