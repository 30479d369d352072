"""Resolve names: the header, keuzelijsten, declarations, who produces each name, and the paragraphs a bron cites.

Input: the Checker's ast.Regelset and Collector (a mixin of midden/check.py). Output: its enums, types and producers filled in.
"""

from __future__ import annotations

from typing import Any

from compiler import ast
from compiler.errors import suggest
from compiler.midden.model import type_text
from compiler.midden.types import LIT_FITS, whole_number_hint
from compiler.taal.woorden import RESERVED_IN_CELLS


class Resolver:
    # -- declarations
    def _header(self) -> None:
        h = self.rs.header
        if h.geldig_vanaf is not None and h.geldig_tot is not None and h.geldig_vanaf.value > h.geldig_tot.value:
            self.c.error(f"de regelset is geldig vanaf {h.geldig_vanaf.text} tot {h.geldig_tot.text}: het begin ligt "
                         "na het eind", h.geldig_vanaf.span, "verwissel de datums, of verbeter er een", "type")

    def _declare(self, name: str, producer: Any, span: ast.Span) -> None:
        if name in self.producers:
            other = self.producers[name]
            self.c.error(f"“{name}” is al gedefinieerd", span, "kies een andere naam",
                         related=(("eerder hier", getattr(other, "span", span)),), code="dubbel")
            return
        self.producers[name] = producer
        reserved = set(name.split()) & RESERVED_IN_CELLS
        if reserved:
            self.c.warning(f"de naam “{name}” bevat het woord “{sorted(reserved)[0]}”; in een tabelkop of "
                           "berekening wordt dat als sleutelwoord gelezen", span, "kies een naam zonder dat woord")

    def _enums(self) -> None:
        for k in self.rs.keuzelijsten:
            if k.name in self.enums:
                self.c.error(f"keuzelijst “{k.name}” bestaat al", k.span, code="dubbel")
                continue
            self.enums[k.name] = k
            seen = set()
            for v in k.values:
                if v.name in seen:
                    self.c.error(f"“{v.name}” staat twee keer in keuzelijst “{k.name}”", v.span, code="dubbel")
                seen.add(v.name)

    def _check_type(self, t: ast.Type) -> None:
        if t.kind in ("keuze", "verzameling") and t.enum not in self.enums:
            self.c.error(f"keuzelijst “{t.enum}” bestaat niet", t.span, suggest(t.enum, self.enums), "naam")
        for lit in (t.lo, t.hi):
            if lit is not None and lit.kind not in LIT_FITS.get(t.kind, ()):
                self.c.error(f"de grens “{lit.text}” past niet bij {type_text(t)}", lit.span, code="type")
            elif lit is not None and t.kind == "getal" and not isinstance(lit.value, int):
                self.c.error(f"de grens “{lit.text}” is geen geheel getal", lit.span,
                             whole_number_hint(lit.text), "type")
        if t.lo is not None and t.hi is not None and t.lo.kind == t.hi.kind and t.lo.value > t.hi.value:
            self.c.error(f"de ondergrens {t.lo.text} ligt na de bovengrens {t.hi.text}", t.span,
                         f"schrijf van {t.hi.text} t/m {t.lo.text}", "type")

    def _inputs(self) -> None:
        for d in self.rs.invoer:
            self._check_type(d.type)
            self._declare(d.name, d, d.span)
            self.types[d.name] = d.type
            self.descriptions[d.name] = d.description
            if d.optional:
                self.optional.add(d.name)

    def _register_outputs(self, declared: dict[str, ast.Decl]) -> None:
        for table in self.rs.tables:
            bt = table
            for col in bt.outputs:
                self._declare(col.name, table, col.span)
                if col.name in declared:
                    self.types[col.name] = declared[col.name].type
                    self.descriptions[col.name] = declared[col.name].description
                    if declared[col.name].optional:
                        self.optional.add(col.name)
                elif col.name in self.enums:
                    self.types[col.name] = ast.Type("keuze", col.name)
                else:
                    self.types[col.name] = self._infer_column(bt, col)
                if bt.hit == "verzamel":
                    t = self.types[col.name]
                    self.types[col.name] = ast.Type("lijst", t.enum, elem=t.kind)
                if any(self._cellmay_be_none(row.conclusions[i])
                       for row in bt.rows for i, c in enumerate(bt.outputs) if c.name == col.name):
                    self.optional.add(col.name)


    # -- tables
    def _resolve(self, name: str, span: ast.Span, what: str = "waarde") -> ast.Type | None:
        if name in self.types:
            return self.types[name] if self.types[name].kind != "?" else None
        self.c.error(f"onbekende {what} “{name}”", span, suggest(name, self.types), "naam")
        return None

    # -- bron and voorbeelden
    def _bron_refs(self) -> None:
        if self.paragraphs is None:
            return
        refs: list[ast.Bron] = []
        for table in self.rs.tables:
            refs += table.bron
            for row in table.rows:  # a kruistabel's rows cite nothing of their own
                refs += row.bron
        for v in self.rs.voorbeelden:
            refs += v.bron
        refs += [d.bron for d in self.rs.dekking]
        for ref in refs:
            if ref.anchor not in self.paragraphs:
                self.c.error(f"paragraaf “{ref.text}” bestaat niet in de brontekst", ref.span,
                             suggest(ref.anchor, self.paragraphs) or "zie regels/bron/ voor de paragrafen", "bron")

