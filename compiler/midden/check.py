"""Resolve and type-check a Regelset: names (midden/resolve.py), evaluation order (midden/order.py), types (midden/types.py).

Input: ast.Regelset (and the paragraphs of the source text, if any) and a Collector. Output: a Model
(without analyses); every problem goes into the Collector. midden/passes.py runs this, then the rest.
"""

from __future__ import annotations

from typing import Any

from compiler import ast
from compiler.errors import Collector
from compiler.midden.model import Model, may_be_none
from compiler.midden.order import Orderer
from compiler.midden.resolve import Resolver
from compiler.midden.types import Typer


class Checker(Resolver, Orderer, Typer):
    def __init__(self, regelset: ast.Regelset, paragraphs: dict[str, Any] | None, c: Collector):
        self.rs = regelset
        self.paragraphs = paragraphs
        self.c = c
        self.enums: dict[str, ast.Keuzelijst] = {}
        self.types: dict[str, ast.Type] = {}
        self.optional: set[str] = set()
        self.producers: dict[str, Any] = {}
        self.descriptions: dict[str, str] = {}

    # -- entry point
    def run(self) -> Model:
        self._header()
        self._enums()
        self._inputs()
        declared_out = {d.name: d for d in self.rs.uitvoer}
        for d in self.rs.uitvoer:
            self._check_type(d.type)
        self._register_outputs(declared_out)
        for d in self.rs.afgeleid:
            self._declare(d.name, d, d.span)
            self.descriptions[d.name] = d.description
        for name, d in declared_out.items():
            if name not in self.producers:
                self.c.warning(f"uitvoer “{name}” wordt door geen tabel bepaald", d.span, code="ongebruikt")
        order = self._order()
        # Derived types need the types of what they read, so follow the evaluation order.
        for step in order:
            if isinstance(step, ast.Derived):
                self.types[step.name] = self._infer(step.expr) or ast.Type("tekst")
                if may_be_none(step.expr, self.optional):
                    self.optional.add(step.name)
            elif step.kruis is not None and any(c.name in self.optional for c in step.inputs):
                self.optional.add(step.name)
        for step in order:
            if not isinstance(step, ast.Derived):
                self._check_table(step)
        for controle in self.rs.controles:
            self._expect(controle.expr, "janee")
            for name in ast.expr_refs(controle.expr):
                if name in self.producers and not isinstance(self.producers[name], ast.Decl):
                    self.c.error(f"een controle leest alleen invoer; “{name}” is een uitkomst", controle.span,
                                 code="controle")
        self._bron_refs()
        return Model(self.rs, self.enums, self.types, self.optional, self.producers, order, self.descriptions,
                     paragraphs=self.paragraphs)

