"""`regels export`: the tables of the rules as an .xlsx workbook, one sheet per table."""

from __future__ import annotations

import sys
from pathlib import Path

from compiler.project import Project
from . import GEBRUIK, OK, dmn_export


def add_parser(sub) -> None:
    e = sub.add_parser("export", help="zet de tabellen in een Excel-werkboek (.xlsx), één blad per tabel")
    e.add_argument("werkboek", type=Path, nargs="?", default=Path("regels.xlsx"),
                   help="het werkboek dat geschreven wordt (standaard: regels.xlsx)")
    e.add_argument("--regelset", metavar="NAAM", help="alleen de tabellen van deze regelset")
    dmn_export.add_arguments(e)  # --dmn: DMN 1.5 instead of a workbook (issue 15)


def vooraf(project: Project, args) -> int:
    """Works on the text, so a table can be exported even while another file has an error."""
    if args.dmn:
        return None  # DMN needs the checked rules: run() below
    from compiler.toepassingen.spreadsheet import export

    sets = [(slug, files) for slug, files in project.regelsets() if args.regelset in (None, slug)]
    if not sets:
        print(f"regels: fout: geen regelset “{args.regelset}”; er zijn: "
              + ", ".join(slug for slug, _ in project.regelsets()), file=sys.stderr)
        return GEBRUIK
    if args.werkboek.suffix.lower() != ".xlsx":
        print("regels: fout: het werkboek eindigt op .xlsx", file=sys.stderr)
        return GEBRUIK
    n = export(project, [f for _, files in sets for f in files], args.werkboek)
    print(f"{n} tabel(len) geschreven naar {args.werkboek}; pas ze aan en lees ze terug met "
          f"`regels import {args.werkboek}`")
    return OK


def run(models, project: Project, args) -> int:
    return dmn_export.run(models, project, args) if args.dmn else OK
