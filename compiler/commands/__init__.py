"""One module per `regels` subcommand: each has add_parser(sub) and run(models, project, args) -> int.

cli.py loads them from COMMANDS; a new subcommand is a new module and one line there.
"""

from __future__ import annotations

import sys

OK, FOUT, GEBRUIK = 0, 1, 2


def report(diagnostics, project, as_json: bool) -> None:
    from compiler.errors import render_all, to_json

    if as_json:
        print(to_json(diagnostics))
        return
    print(render_all(diagnostics, project.root), file=sys.stderr)
    errors = sum(d.is_error for d in diagnostics)
    warnings = len(diagnostics) - errors
    explained = sum(1 for d in diagnostics if not d.is_error and d.toelichting)
    print(f"\n{errors} fout(en), {warnings} waarschuwing(en)"
          + (f", waarvan {explained} toegelicht" if explained else ""), file=sys.stderr)
