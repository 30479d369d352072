"""`regels export --dmn` (an option of commands/export.py): every regelset as a DMN 1.5 XML file (compiler/backends/dmn/export.py).

What DMN cannot express is named per table and the command fails: a row is never dropped.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..project import Project
from . import FOUT, GEBRUIK, OK


def add_arguments(p) -> None:
    """The DMN options of `regels export` (commands/export.py)."""
    p.add_argument("--dmn", action="store_true", help="schrijf DMN 1.5 (XML), één bestand per regelset")
    p.add_argument("--uit", type=Path, default=Path("docs/dmn"),
                   help="met --dmn: de map voor de .dmn-bestanden (standaard docs/dmn)")


def run(models, project: Project, args) -> int:
    from ..backends.dmn.export import export

    if args.uit.exists() and not args.uit.is_dir():
        print(f"regels: fout: {args.uit} is geen map", file=sys.stderr)
        return GEBRUIK
    from compiler.bestandsnamen import module_name

    code = OK
    for model in models:
        xml, problemen = export(model)
        if problemen:
            for p in problemen:
                print(f"{model.regelset.slug}: niet als DMN uit te drukken: {p}", file=sys.stderr)
            code = FOUT
            continue
        args.uit.mkdir(parents=True, exist_ok=True)
        path = args.uit / f"{module_name(model.regelset.slug)}.dmn"  # the same name as on the site
        path.write_text(xml, encoding="utf-8")
        print(f"{path}: {xml.count('<decision ')} beslissingen, {xml.count('<rule ')} regels", file=sys.stderr)
    return code
