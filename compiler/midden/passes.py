"""The passes of the middle, in order: a parsed Regelset → a checked, analysed, frozen Model.

Input: ast.Regelset and the paragraphs of the source text. Output: Model with its diagnostics and
table analyses and its decision IR, or RegelsFout with every error. Resolve, order and type (midden/check.py: resolve.py, order.py, types.py), the uitleg
templates, the voorbeelden, the table analysis and the lint each run once, here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from compiler import ast
from compiler.analyse import lint, rapport
from compiler.errors import Collector
from compiler.midden.check import Checker
from compiler.midden.desugar import desugar
from compiler.midden.lower import lower
from compiler.midden.model import Model, read_only
from compiler.midden import tijd
from compiler.semantiek.uitleg import check_templates


def check(regelset: ast.Regelset, paragraphs: dict[str, Any] | None = None,
          bron_versies: list[tijd.BronVersie] | None = None, route: tuple[tuple[str, ...], ...] = ()) -> Model:
    """The one pass runner. bron_versies: the source text per period (Project.bron_versies); without it,
    `paragraphs` throughout. route: the route's steps (regels/project.yml), kept in the Model."""
    c = Collector()
    regelset = tijd.desugar(regelset, c)  # validity → conditions on the peildatum
    regelset = desugar(regelset)  # every kruistabel → a Beslistabel (with the matrix in `kruis`)
    checker = Checker(regelset, paragraphs, c)
    model = checker.run()
    check_templates(regelset, set(model.types), None, c)
    if paragraphs is not None:
        tijd.check_citaten(regelset, bron_versies or [tijd.BronVersie(None, paragraphs, "regels/bron")], c)
    checker.voorbeelden(model)
    if not c.has_errors:
        model = replace(model, analyses=rapport.analyse(model, c))
        if not c.has_errors:
            lint.lint(model, c)
    c.raise_if_errors()
    model = replace(model, diagnostics=c.diagnostics, route=route)
    return read_only(replace(model, beslissingen=lower(model)))
