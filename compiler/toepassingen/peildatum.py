"""A batch evaluator that decides at a peildatum: one wrapper for `beslis --batch` and `vergelijk`.

Input: a batch.Evaluator and a peildatum (None: the case's own field "peildatum", else today).
Output: an Evaluator that checks the regelset's validity first (BuitenGeldigheid, per case or once for a
fixed date) and gives the peildatum to the rules that read it. It takes the general path (no CSV fast
path), so evaluation without --peildatum, for rules without time, is exactly as fast as before.
"""

from __future__ import annotations

from typing import Any

from compiler.semantiek.interpreter import geldigheid
from compiler.semantiek.runtime import BuitenGeldigheid, Geldigheid, Soort, lees_peildatum, met_peildatum
from compiler.toepassingen.batch import Evaluator


class _OpPeildatum(Evaluator):
    @property
    def snel(self) -> bool:
        return False

    @property
    def velden(self) -> dict[str, Soort]:
        velden = dict(super().velden)
        velden["peildatum"] = Soort("datum", optioneel=True)  # a case may carry its own
        return velden


def nodig(ev: Evaluator, peildatum: Any) -> bool:
    """Only wrap when a date is given or a rule reads the peildatum: otherwise nothing changes."""
    return peildatum is not None or "peildatum" in ev.velden


def op_peildatum(ev: Evaluator, peildatum: Any) -> Evaluator:
    g: Geldigheid = geldigheid(ev.model) if ev.model is not None else _module_geldigheid(ev.module)
    vast = lees_peildatum(peildatum) if peildatum is not None else None
    if vast is not None:
        met_peildatum({}, vast, g)  # outside the regelset: say so once, before any case
    inner_beslis, inner_lees = ev.beslis, ev.lees

    def zet(casus: dict) -> dict:
        if isinstance(casus, dict) and casus.get("peildatum") is None:
            casus = {k: v for k, v in casus.items() if k != "peildatum"}
        return met_peildatum(casus, vast, g)

    def beslis(casus: dict) -> dict[str, Any]:
        return inner_beslis(zet(casus))

    def lees(casus: dict) -> Any:
        return inner_lees(zet(casus)) if inner_lees is not None else None

    return _OpPeildatum(ev.model, beslis, (*ev.fouten, BuitenGeldigheid), ev.naar_json,
                        ev.soort + (f", op peildatum {vast.isoformat()}" if vast else ""), lees, ev.module)


def _module_geldigheid(module) -> Geldigheid:
    g = getattr(module, "GELDIGHEID", None)
    if g is None:
        return Geldigheid(getattr(module, "REGELSET", ""), getattr(module, "GELDIG_VANAF", None),
                          getattr(module, "GELDIG_TOT", None))
    return Geldigheid(g.regelset, g.vanaf, g.tot, g.vervangt, g.gebruikt)
