"""`regels import --dmn model.dmn` (an option of commands/import_.py): DMN decision tables → a .regels file (compiler/dmn/importer.py).

The imported text is parsed and checked before it is written: a file that our checker would
refuse is never written, and what cannot be imported is named with its DMN element id.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from ..project import Project
from . import FOUT, GEBRUIK, OK, report


def add_arguments(p) -> None:
    """The DMN options of `regels import` (commands/import_.py)."""
    p.add_argument("--dmn", type=Path, metavar="MODEL", help="lees DMN-beslistabellen (DMN 1.1 t/m 1.5, XML) in als .regels")
    p.add_argument("--uit", type=Path, help="met --dmn: het .regels-bestand (standaard: naast het model)")


def vooraf(project: Project, args) -> int:
    from ..midden.passes import check
    from ..dmn.importer import import_dmn
    from ..errors import RegelsFout
    from ..project import load_regelset

    imp = import_dmn(args.dmn)
    if imp.problemen:
        for p in imp.problemen:
            print(f"{args.dmn}: niet te importeren: {p}", file=sys.stderr)
        print(f"\n{len(imp.problemen)} element(en) niet te importeren; er is niets geschreven", file=sys.stderr)
        return FOUT
    uit = args.uit or args.dmn.with_suffix(".regels")
    if uit.suffix != ".regels":
        print("regels: fout: --uit moet op .regels eindigen", file=sys.stderr)
        return GEBRUIK
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / uit.name
        probe.write_text(imp.text, encoding="utf-8")
        try:
            check(load_regelset(uit.stem, [(probe, str(uit))]), None)
        except RegelsFout as e:
            report(e.diagnostics, project, False)
            print("de geïmporteerde regels kloppen niet (zie boven); er is niets geschreven", file=sys.stderr)
            return FOUT
    try:
        uit.write_text(imp.text, encoding="utf-8")
    except OSError as e:
        print(f"regels: fout: kan {uit} niet schrijven ({e.strerror})", file=sys.stderr)
        return FOUT
    print(f"{len(imp.beslissingen)} beslissing(en) geïmporteerd naar {uit}", file=sys.stderr)
    return OK
