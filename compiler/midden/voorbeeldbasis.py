"""Voorbeelden that build on each other, and default inputs for voorbeelden.

Input: the voorbeelden and invoer declarations of a regelset as parsed. Output: the same
voorbeelden with every gegeven filled in, so nothing downstream (checker, `regels test`, the
docs, the pytest plugin) needs to know how a voorbeeld was written:
- `zoals "…", maar` takes the gegeven (and the peildatum) of the named voorbeeld; what the
  voorbeeld states itself replaces the value of that input;
- an input declared with `standaard in voorbeelden: …` gets that value in every voorbeeld
  that does not name it (itself or through `zoals`).
The verwacht part is never inherited: a voorbeeld states what it expects.
"""

from __future__ import annotations

from dataclasses import replace

from compiler import ast
from compiler.errors import Collector, suggest


def vul_aan(voorbeelden: tuple[ast.Voorbeeld, ...], invoer: tuple[ast.Decl, ...],
            c: Collector) -> tuple[ast.Voorbeeld, ...]:
    by_name: dict[str, ast.Voorbeeld] = {}
    for v in voorbeelden:
        by_name.setdefault(v.name, v)
    resolved: dict[str, ast.Voorbeeld] = {}

    def resolve(v: ast.Voorbeeld, chain: tuple[str, ...]) -> ast.Voorbeeld:
        if v.name in resolved and resolved[v.name] is not None:
            return resolved[v.name]
        if not v.zoals:
            return v
        if v.zoals in chain + (v.name,):
            kring = " → ".join((*chain, v.name, v.zoals))
            c.error(f"voorbeeld “{v.name}” bouwt via zoals op zichzelf voort ({kring})", v.zoals_span,
                    "laat één van deze voorbeelden alle gegevens zelf noemen", "voorbeeld")
            return v
        base = by_name.get(v.zoals)
        if base is None:
            c.error(f"er is geen voorbeeld “{v.zoals}”", v.zoals_span,
                    suggest(v.zoals, list(by_name)) or "noem de naam van een voorbeeld, tussen aanhalingstekens",
                    "voorbeeld")
            return v
        base = resolve(base, chain + (v.name,))
        own = {a.name: a for a in v.gegeven}
        gegeven = [own.pop(a.name, a) for a in base.gegeven] + list(own.values())
        return replace(v, gegeven=tuple(gegeven), peildatum=v.peildatum or base.peildatum)

    out = []
    for v in voorbeelden:
        full = resolve(v, ())
        resolved[v.name] = full
        named = {a.name for a in full.gegeven}
        defaults = tuple(d.standaard for d in invoer if d.standaard is not None and d.name not in named)
        out.append(replace(full, gegeven=full.gegeven + defaults) if defaults else full)
    return tuple(out)
