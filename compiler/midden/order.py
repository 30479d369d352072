"""Order of evaluation: the afgeleide waarden and tables sorted so each reads only what is already known.

Input: the Checker's resolved producers (a mixin of midden/check.py). Output: the ordered steps; a cycle is an error.
"""

from __future__ import annotations

from typing import Any

from compiler import ast
from compiler.midden.dependencies import reads


class Orderer:
    def _order(self) -> list[Any]:
        steps = list(self.rs.afgeleid) + list(self.rs.tables)
        done: set[int] = set()
        order: list[Any] = []
        visiting: list[Any] = []

        def visit(step) -> None:
            if id(step) in done:
                return
            if any(s is step for s in visiting):
                cycle = " → ".join(getattr(s, "name", "?") for s in visiting + [step])
                self.c.error(f"kringverwijzing: {cycle}", step.span, "een waarde kan niet van zichzelf afhangen",
                             "kring")
                return
            visiting.append(step)
            for name in sorted(reads(step)):
                producer = self.producers.get(name)
                if producer is not None and not isinstance(producer, ast.Decl):
                    visit(producer)
            visiting.pop()
            done.add(id(step))
            order.append(step)

        for step in steps:
            visit(step)
        return order

