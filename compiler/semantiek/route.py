"""The route of a decision: the order in which the SWT takes the steps, for explanations.

An explanation follows the route of the beleidsregel (toegang → uitsluitingen → zwaarte → type →
intensiteit → arrangement → duur → huishouden → EHS → leveringsvorm → besluit), not the order in
which the rules happen to be evaluated. The steps are defined once, in
compiler/templates/docs/site.yml (`stappen`, by .regels file), and the site uses the same list; within
a file the tables keep their order in the file. A table in no step comes after the steps, in
evaluation order.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from compiler.midden.model import Model

SITE = Path(__file__).resolve().parents[1] / "templates" / "docs" / "site.yml"


@lru_cache(maxsize=8)
def _stappen(slug: str) -> tuple[tuple[str, ...], ...]:
    try:
        raw = yaml.safe_load(SITE.read_text(encoding="utf-8")) or {}
    except OSError:
        return ()
    rs = (raw.get("regelsets") or {}).get(slug) or {}
    return tuple(tuple(s.get("bestanden", ())) for s in rs.get("stappen", ()))


def rang(model: Model) -> dict[str, tuple[int, int]]:
    """Table name → (step on the route, place in its file); lower comes first."""
    stappen = _stappen(model.regelset.slug)
    out: dict[str, tuple[int, int]] = {}
    for place, table in enumerate(model.regelset.tables):
        stem = Path(table.span.file).stem
        step = next((i for i, files in enumerate(stappen) if stem in files), len(stappen))
        out[table.name] = (step, place)
    return out
