"""`--waarom-niet`: which smallest change to the case would have given another outcome?

Three things make the answer usable for the SWT and the citizen:
- the target is validated first: a value no table can give is an error with “bedoelde u …?”;
- the search is bounded in time (default 2 s): it answers, or says it found nothing within that
  time, and never runs on;
- changes are tried cheapest first: a judgement of the SWT (an input marked `oordeel SWT`) before a
  fact, and removing something from a list before adding to it. So the answer prefers “if the SWT
  judged the intensity plus” over “if the client had COPD and bedlegerigheid”.
"""

from __future__ import annotations

import difflib
import heapq
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from compiler.midden.dependencies import ancestors
from compiler.midden.model import Model
from compiler.semantiek.interpreter import Interpreter, evaluate_expr
from compiler.semantiek.runtime import GeenBeslissing, OngeldigeInvoer, naar_json, tekst
from compiler.toepassingen.casussen import candidate_values

STANDAARD_TIJD = 2.0   # seconds; the brief: an answer or “niet gevonden binnen …” within ~2 s
MAX_WIJZIGINGEN = 3


@dataclass(frozen=True)
class Alternatief:
    changes: tuple[tuple[str, Any, Any], ...]   # (input, old, new)
    waarden: dict[str, Any]
    kosten: int = 0

    def zin(self, target_name: str, target: str, oordelen: frozenset[str] = frozenset()) -> str:
        parts = [f"{name}{' (oordeel SWT)' if name in oordelen and 'SWT' not in name else ''} "
                 f"{tekst(new)} in plaats van {tekst(old)}"
                 for name, old, new in self.changes]
        return f"Met {' en '.join(parts)} was {target_name} {target} geweest."


@dataclass
class Antwoord:
    doel: str
    uitkomst: str                   # the outcome's name, e.g. “arrangement”
    alternatieven: list[Alternatief]
    volledig: bool                  # False: the time ran out before the search was done
    tijd: float                     # the limit, in seconds
    geprobeerd: int                 # evaluations tried


class OnbekendDoel(ValueError):
    """The target is no value any table of these rules can give."""

    def __init__(self, doel: str, hint: str, voorbeelden: list[str]):
        self.doel, self.hint, self.voorbeelden = doel, hint, voorbeelden
        super().__init__(self.melding())

    def melding(self) -> str:
        text = f"“{self.doel}” is geen uitkomst die deze regels kunnen geven"
        if self.hint:
            return f"{text}; {self.hint}"
        return f"{text}. Mogelijke uitkomsten zijn bijvoorbeeld: " + ", ".join(f"“{v}”" for v in self.voorbeelden)


def _uitkomsten(model: Model) -> list[str]:
    return [n for n in model.output_names if model.types[n].kind in ("keuze", "tekst", "janee")]


def doelen(model: Model) -> dict[str, list[str]]:
    """Every value an outcome can take, from the tables themselves: value → outcome names."""
    out: dict[str, list[str]] = {}
    wanted = set(_uitkomsten(model))
    for table in model.tables():
        bt = table
        for row in bt.rows:
            for col, cell in zip(bt.outputs, row.conclusions):
                if col.name not in wanted or cell.kind != "tests" or not cell.tests:
                    continue
                value = cell.tests[0].value
                if value is not None:
                    out.setdefault(tekst(value.value), [])
                    if col.name not in out[tekst(value.value)]:
                        out[tekst(value.value)].append(col.name)
    for name in wanted:
        t = model.types[name]
        if t.kind == "keuze":   # `= basisarrangement` gives every value of the list
            for v in model.enums[t.enum].names:
                out.setdefault(v, [])
                if name not in out[v]:
                    out[v].append(name)
    return out


def valideer(model: Model, doel: str) -> list[str]:
    """The outcome names that can give `doel`; OnbekendDoel when none can."""
    alle = doelen(model)
    if doel in alle:
        return alle[doel]
    korte = sorted(v for v in alle if len(v) <= 40)
    normaal = {v.lower().replace("-", " "): v for v in korte}
    key = doel.lower().replace("-", " ").strip()
    if key in normaal:
        matches = [normaal[key]]
    else:
        matches = difflib.get_close_matches(doel, korte, n=3, cutoff=0.5)
    raad = ""
    if matches:
        opties = [f"“{m}”" for m in matches]
        raad = "bedoelde u " + (opties[0] if len(opties) == 1 else ", ".join(opties[:-1]) + " of " + opties[-1]) + "?"
    raise OnbekendDoel(doel, raad, korte[:8])


def _opties(model: Model, name: str, value: Any, candidates: list[Any]) -> list[tuple[Any, int]]:
    """(new value, extra cost) for one input. Sets change one element at a time; adding costs more."""
    t = model.types[name]
    out: list[tuple[Any, int]] = []
    if t.kind == "verzameling":
        current = value if value is not None else frozenset()
        for v in model.enums[t.enum].names:
            out.append((frozenset(current - {v}), 0) if v in current else (frozenset(current | {v}), 1))
    elif t.kind == "tekst":
        return []   # a description changes no decision
    else:
        if t.kind == "getal" and isinstance(value, int):
            out += [(value - 1, 0), (value + 1, 0)]
        out += [(c, 0) for c in candidates]
    seen: list[Any] = []
    result = []
    for v, extra in out:
        if v != value and v not in seen and v is not None:
            seen.append(v)
            result.append((v, extra))
    return result


def zoek(model: Model, inputs: dict[str, Any], doel: str, tijd: float = STANDAARD_TIJD,
         max_wijzigingen: int = MAX_WIJZIGINGEN, klok=time.monotonic,
         beslis: Callable[[dict[str, Any]], dict[str, Any] | None] | None = None) -> Antwoord:
    """The cheapest changes (fewest first, then SWT judgements before facts) that give `doel`.

    Raises OnbekendDoel for a target no table can give. Stops at `tijd` seconds. `beslis` is a
    faster evaluator of the same rules (the generated code, see commands/beslis.py): values in,
    outcomes out, None for a case the rules refuse; without it the reference interpreter decides."""


    # The outcome that depends on most is the one the citizen reads (arrangement before basisarrangement).
    namen = sorted(valideer(model, doel), key=lambda n: -len(ancestors(model, [n])))
    einde = klok() + tijd
    interpreter = Interpreter(model)
    candidates = candidate_values(model)
    oordelen = {d.name for d in model.regelset.invoer if d.oordeel}
    relevant = ancestors(model, namen)
    invoer = [d.name for d in model.regelset.invoer if d.name in relevant
              and d.name != "peildatum"]   # the rules of another date are `regels verschil`
    singles: list[tuple[int, str, Any]] = []
    for n in invoer:
        base = 1 if n in oordelen else 2
        for v, extra in _opties(model, n, inputs.get(n), candidates.get(n, [])):
            singles.append((base + extra, n, v))
    singles.sort(key=lambda s: s[0])

    geprobeerd = 0
    gevonden: list[Alternatief] = []
    uitkomst = namen[0]

    def proberen(change: tuple[tuple[int, str, Any], ...]) -> bool:
        nonlocal geprobeerd, uitkomst
        case = dict(inputs)
        case.update({n: v for _, n, v in change})
        geprobeerd += 1
        if beslis is not None:
            waarden = beslis(case)
        else:
            waarden = _interpreteer(model, interpreter, case)
        if waarden is None:
            return False
        for name in namen:
            v = waarden.get(name)
            if v is not None and tekst(v) == doel:
                uitkomst = name
                gevonden.append(Alternatief(tuple((n, inputs.get(n), v) for _, n, v in change), waarden,
                                            sum(c for c, _, _ in change)))
                return True
        return False

    volledig = True
    for diepte in range(1, max_wijzigingen + 1):
        for change in _combinaties(singles, diepte):
            if klok() > einde:
                volledig = False
                break
            proberen(change)
        if gevonden or not volledig:
            break
    gevonden.sort(key=lambda a: a.kosten)
    return Antwoord(doel, uitkomst, gevonden[:10], volledig, tijd, geprobeerd)


def _interpreteer(model: Model, interpreter: Interpreter, case: dict[str, Any]) -> dict[str, Any] | None:
    for controle in model.regelset.controles:
        if evaluate_expr(controle.expr, case) is False:
            return None
    try:
        return interpreter.evaluate(case).waarden
    except (GeenBeslissing, OngeldigeInvoer):
        return None


def _combinaties(singles: list[tuple[int, str, Any]], k: int) -> Iterator[tuple[tuple[int, str, Any], ...]]:
    """Combinations of k changes to different inputs, cheapest total first (lazily, best-first)."""
    if k == 1:
        yield from ((s,) for s in singles)
        return
    n = len(singles)
    # Best-first over index tuples i1 < i2 < … (singles are sorted by cost, so neighbours cost more).
    start = tuple(range(k))
    if n < k:
        return
    heap = [(sum(singles[i][0] for i in start), start)]
    seen = {start}
    while heap:
        _, idx = heapq.heappop(heap)
        combo = tuple(singles[i] for i in idx)
        if len({s[1] for s in combo}) == k:
            yield combo
        for pos in range(k):
            nxt = list(idx)
            nxt[pos] += 1
            if nxt[pos] >= n or (pos + 1 < k and nxt[pos] >= nxt[pos + 1]):
                continue
            t = tuple(nxt)
            if t not in seen:
                seen.add(t)
                heapq.heappush(heap, (sum(singles[i][0] for i in t), t))


def tekst_antwoord(model: Model, antwoord: Antwoord) -> str:
    oordelen = frozenset(d.name for d in model.regelset.invoer if d.oordeel)
    if antwoord.alternatieven:
        lines = [a.zin(antwoord.uitkomst, antwoord.doel, oordelen) for a in antwoord.alternatieven]
        if not antwoord.volledig:
            lines.append(f"(De zoektocht stopte na {_seconden(antwoord.tijd)}; er kunnen meer mogelijkheden zijn.)")
        return "\n".join(lines)
    if antwoord.volledig:
        return (f"Met hoogstens {MAX_WIJZIGINGEN} wijzigingen in de invoer komt er geen “{antwoord.doel}” "
                "uit deze regels.")
    return (f"Niet gevonden binnen {_seconden(antwoord.tijd)}: geen wijziging van de invoer die "
            f"“{antwoord.doel}” geeft ({antwoord.geprobeerd} mogelijkheden geprobeerd).")


def _seconden(s: float) -> str:
    return (f"{s:g}".replace(".", ",")) + (" seconde" if s == 1 else " seconden")



# -- The answer for a program: `regels beslis --waarom-niet … --json` and `POST /beslis` (waarom_niet)

def beslisser(ev) -> Callable[[dict[str, Any]], dict[str, Any] | None]:
    """`zoek`'s fast `beslis` over a batch Evaluator (the generated code): values in, the outcomes as
    JSON values out, None for a case the rules refuse."""
    def beslis(case: dict[str, Any]) -> dict[str, Any] | None:
        try:
            uit = ev.beslis({k: naar_json(v) for k, v in case.items() if v is not None})
        except ev.fouten:
            return None
        return {k: ev.naar_json(v) for k, v in uit.items()}

    return beslis


def zoek_met(model: Model, ev, inputs: dict[str, Any], doel: str, tijd: float = STANDAARD_TIJD) -> Antwoord:
    """zoek over the generated code of `ev`; OnbekendDoel (with “bedoelde u …?”) before any search."""
    valideer(model, doel)
    return zoek(model, inputs, doel, tijd=tijd, beslis=beslisser(ev))


def antwoord_json(antwoord: Antwoord) -> dict[str, Any]:
    return {
        "doel": antwoord.doel, "uitkomst": antwoord.uitkomst, "mogelijk": True, "volledig": antwoord.volledig,
        "tijd_seconden": antwoord.tijd,
        "wijzigingen": [[{"invoer": n, "was": naar_json(old), "wordt": naar_json(new)} for n, old, new in a.changes]
                        for a in antwoord.alternatieven],
    }


def fout_json(fout: OnbekendDoel) -> dict[str, Any]:
    return {"doel": fout.doel, "fout": fout.melding(), "mogelijk": False}
