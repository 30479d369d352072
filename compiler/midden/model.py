"""The checked model of one regelset: the Regelset with its names resolved, types, order and analyses.

Input: what midden/check.py and the passes found. Output: a frozen Model every later pass reads;
midden/passes.py hands it out read-only (read_only): mappings, frozensets and tuples, no container to change.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import AbstractSet, Any, Mapping, Sequence

from compiler import ast
from compiler.errors import Diagnostic
from compiler.semantiek.runtime import Soort

KIND_WORDS = {
    "janee": "ja/nee", "getal": "geheel getal", "bedrag": "bedrag", "datum": "datum", "duur": "duur",
    "tekst": "tekst", "keuze": "keuze", "verzameling": "verzameling",
}
@dataclass(frozen=True)
class Model:
    regelset: ast.Regelset
    enums: Mapping[str, ast.Keuzelijst]
    types: Mapping[str, ast.Type]         # every value: invoer, afgeleid and table outcomes
    optional: AbstractSet[str]            # values that may be onbekend
    producers: Mapping[str, Any]          # name -> Decl (invoer) | Derived | table
    order: Sequence[Any]                  # Derived and tables, in evaluation order
    descriptions: Mapping[str, str]
    diagnostics: Sequence[Diagnostic] = ()
    analyses: Mapping[str, Any] = field(default_factory=dict)  # table → analyse.tables.TableAnalysis
    paragraphs: Mapping[str, Any] | None = None
    beslissingen: Any = None              # the decision IR (ir.Beslissingen), made by midden/passes.py
    # The route's steps as .regels file stems (regels/project.yml `stappen`), for semantiek/route.py.
    route: tuple[tuple[str, ...], ...] = ()

    def bron_label(self, b: ast.Bron) -> str:
        """How a citizen sees a reference: §2.1 a for the beleidsregel, the title for a bijlage."""
        p = (self.paragraphs or {}).get(b.anchor)
        if p is not None and not p.file.endswith("beleidsregel.md"):
            return f"bijlage B2, {p.title}"
        return b.text

    @property
    def input_names(self) -> list[str]:
        return [d.name for d in self.regelset.invoer]

    @property
    def output_names(self) -> list[str]:
        names = []
        for step in self.order:
            if isinstance(step, ast.Derived):
                names.append(step.name)
            else:
                names += [c.name for c in step.outputs]
        return names

    @property
    def soorten(self) -> dict[str, Soort]:
        return {d.name: soort(d.type, self.enums, d.optional) for d in self.regelset.invoer}

    def tables(self) -> list[ast.Table]:
        return [s for s in self.order if not isinstance(s, ast.Derived)]


def read_only(model: Model) -> Model:
    """The Model as the pass runner hands it out: no mapping, set or list in it can be changed."""
    return replace(
        model, enums=MappingProxyType(dict(model.enums)), types=MappingProxyType(dict(model.types)),
        optional=frozenset(model.optional), producers=MappingProxyType(dict(model.producers)),
        order=tuple(model.order), descriptions=MappingProxyType(dict(model.descriptions)),
        diagnostics=tuple(model.diagnostics), analyses=MappingProxyType(dict(model.analyses)),
        paragraphs=None if model.paragraphs is None else MappingProxyType(dict(model.paragraphs)))


def soort(t: ast.Type, enums: dict[str, ast.Keuzelijst], optional: bool) -> Soort:
    values = enums[t.enum].names if t.enum in enums else ()
    return Soort(t.kind, values, t.lo.value if t.lo else None, t.hi.value if t.hi else None, optional)


def type_text(t: ast.Type) -> str:
    if t.kind in ("keuze", "verzameling"):
        return f"{'keuze' if t.kind == 'keuze' else 'verzameling'} uit {t.enum}"
    if t.kind == "lijst":
        return f"lijst van {type_text(t.element())}"
    return KIND_WORDS.get(t.kind, t.kind)



def may_be_none(e: ast.Expr, optional: set[str]) -> bool:
    """Can this expression be onbekend, given the names that may be?"""
    if isinstance(e, ast.EUnknown):
        return True
    if isinstance(e, ast.ERef):
        return e.name in optional
    return any(may_be_none(c, optional) for c in ast.iter_child_nodes(e) if not isinstance(c, ast.Lit))
