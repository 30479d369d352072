"""The route of a decision: the order in which the SWT takes the steps, for explanations.

An explanation follows the route of the beleidsregel (toegang → uitsluitingen → zwaarte → type →
intensiteit → arrangement → duur → huishouden → EHS → leveringsvorm → besluit), not the order in
which the rules happen to be evaluated. The steps are defined once, in regels/project.yml
(`regelsets.<slug>.stappen`, by .regels file); Project.models() puts them on the model
(`Model.route`) and the site groups its pages by the same list. Within a file the tables keep their
order in the file. A table in no step comes after the steps, in evaluation order.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from compiler.midden.model import Model


def stappen(settings: dict[str, Any], slug: str) -> tuple[tuple[str, ...], ...]:
    """The steps of regelset `slug` in regels/project.yml, each as the .regels file stems it holds."""
    regelsets = settings.get("regelsets") if isinstance(settings, dict) else None
    rs = regelsets.get(slug) if isinstance(regelsets, dict) else None
    steps = rs.get("stappen") if isinstance(rs, dict) else None
    out = []
    for s in steps if isinstance(steps, list) else ():
        files = s.get("bestanden") if isinstance(s, dict) else None
        out.append(tuple(str(f) for f in files) if isinstance(files, list) else ())
    return tuple(out)


def rang(model: Model) -> dict[str, tuple[int, int]]:
    """Table name → (step on the route, place in its file); lower comes first."""
    steps = model.route
    out: dict[str, tuple[int, int]] = {}
    for place, table in enumerate(model.regelset.tables):
        stem = Path(table.span.file).stem
        step = next((i for i, files in enumerate(steps) if stem in files), len(steps))
        out[table.name] = (step, place)
    return out
