"""The pictures of the route and of one step, as view data that the templates draw in plain HTML and
CSS (_macros.jinja: route_graphic, step_graphic): no script, nothing loaded from elsewhere, readable
on a phone and by a screen reader, and the same on every build.

Input: a Model and its Steps. Output: RouteGraphic / StepGraphic.
"""

from __future__ import annotations

from dataclasses import dataclass

from compiler.backends.docs.stappen import Step, table_dependencies
from compiler.midden.model import Model

# How many input names a step of the route picture spells out.
_DIAGRAM_NAMES = 3


@dataclass(frozen=True)
class RouteNode:
    number: int
    title: str
    page: str
    needs: tuple[int, ...]        # the earlier steps whose outcome it uses (only those no other path implies)
    new_inputs: tuple[str, ...]   # the gegevens this step is the first to read (at most _DIAGRAM_NAMES)
    more: int                     # how many more of those there are


@dataclass(frozen=True)
class RouteGraphic:
    steps: tuple[RouteNode, ...]


@dataclass(frozen=True)
class FromStep:
    table: str
    number: int
    title: str
    page: str


@dataclass(frozen=True)
class StepGraphic:
    number: int
    title: str
    inputs: tuple[str, ...]
    from_steps: tuple[FromStep, ...]
    tables: tuple[str, ...]
    outputs: tuple[str, ...]


def route_graphic(model: Model, steps: list[Step]) -> RouteGraphic:
    """Step 1 to n in order; per step the earlier steps it uses (an arrow no other path already
    implies) and the gegevens it is the first to read."""
    reach: dict[int, set[int]] = {}
    for s in steps:
        reach[s.number] = set(s.needs).union(*(reach.get(n, set()) for n in s.needs))
    used: set[str] = set()
    nodes = []
    for s in steps:
        new = []
        for t in s.tables:
            for n in table_dependencies(model, t)[0]:
                if n not in used:
                    used.add(n)
                    new.append(n)
        needs = tuple(n for n in s.needs if not any(n in reach.get(m, set()) for m in s.needs if m != n))
        nodes.append(RouteNode(s.number, s.title, s.page, needs, tuple(new[:_DIAGRAM_NAMES]),
                               max(0, len(new) - _DIAGRAM_NAMES)))
    return RouteGraphic(tuple(nodes))


def step_graphic(model: Model, step: Step, step_of: dict[str, Step]) -> StepGraphic:
    """What goes into one step (gegevens, outcomes of other steps), its tables, and what comes out."""
    names = {t.name for t in step.tables}
    inputs: list[str] = []
    others: dict[str, FromStep] = {}
    for t in step.tables:
        found_inputs, tables = table_dependencies(model, t)
        for other in tables:
            if other not in names and other not in others:
                s = step_of[other]
                others[other] = FromStep(other, s.number, s.title, s.page)
        inputs += [n for n in found_inputs if n not in inputs]
    outputs = [c.name for t in step.tables for c in t.outputs]
    return StepGraphic(step.number, step.title, tuple(inputs), tuple(others.values()),
                       tuple(t.name for t in step.tables), tuple(dict.fromkeys(outputs)))
