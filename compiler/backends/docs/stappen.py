"""Steps: the tables of a Model grouped into the dimensions of the beleidsregel (project.yml), in an
order that never shows a step before the steps it needs; and what each table depends on.

Input: a checked Model and the project's step definitions. Output: Steps (title, page, tables, needs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compiler import ast
from compiler.backends.docs.urls import OVERVIEW, ROUTE, VOORBEELDEN, slugify, unique
from compiler.midden.model import Model


@dataclass(frozen=True)
class StepDef:
    titel: str
    bestanden: tuple[str, ...] = ()
    bron: tuple[str, ...] = ()
    bijlage: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegelsetDef:
    route: str = "Hoe komen de regels tot een uitkomst?"
    stappen: tuple[StepDef, ...] = ()


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def expr_refs(e: ast.Expr | None) -> list[str]:
    """The names an expression reads, in order, once each."""
    if e is None:
        return []
    return list(dict.fromkeys(n.name for n in ast.walk(e) if isinstance(n, ast.ERef)))


def _parents(anchor: str) -> list[str]:
    """§3.4 a → 3.4-a, 3.4, 3."""
    out = [anchor]
    while True:
        if re.search(r"-[a-z]$", anchor):
            anchor = anchor[:-2]
        elif "." in anchor:
            anchor = anchor.rsplit(".", 1)[0]
        else:
            return out
        out.append(anchor)


@dataclass
class Step:
    number: int
    title: str
    page: str                                   # docs-relative path
    tables: list[Any] = field(default_factory=list)
    bijlage: tuple[str, ...] = ()
    bron: tuple[str, ...] = ()                  # the paragraphs this step is the home of (project.yml)
    needs: list[int] = field(default_factory=list)   # numbers of the steps whose outcomes it reads


def group_steps(model: Model, folder: str, definition: RegelsetDef) -> list[Step]:
    """The tables grouped into steps (project.yml), in an order that never shows a step before the
    steps it needs: the order of project.yml where the rules allow it, else evaluation order."""
    by_file: dict[str, StepDef] = {}
    by_anchor: dict[str, StepDef] = {}
    for s in definition.stappen:
        for f in s.bestanden:
            by_file.setdefault(f, s)
        for anchor in s.bron:
            by_anchor.setdefault(anchor, s)

    def definition_of(table: ast.Table) -> StepDef | None:
        stem = Path(table.span.file).stem
        if stem in by_file:
            return by_file[stem]
        for ref in table_refs(table):
            for candidate in _parents(ref.anchor):
                if candidate in by_anchor:
                    return by_anchor[candidate]
        return None

    groups: dict[str, tuple[StepDef | None, list]] = {}
    for table in model.tables():
        d = definition_of(table)
        title = d.titel if d else capital(table.name)
        groups.setdefault(title, (d, []))[1].append(table)

    evaluation = {t.name: i for i, t in enumerate(model.tables())}
    titles = [s.titel for s in definition.stappen]
    step_of_table = {t.name: title for title, (_, tables) in groups.items() for t in tables}
    needs = {title: {step_of_table[n] for t in tables for n in table_dependencies(model, t)[1]} - {title}
             for title, (_, tables) in groups.items()}

    def rank(title: str) -> tuple:
        first = evaluation[groups[title][1][0].name]
        return (titles.index(title), first) if title in titles else (len(titles), first)

    remaining = sorted(groups, key=rank)
    placed: list[str] = []
    while remaining:
        ready = next((t for t in remaining if needs[t] <= set(placed)), None)
        pick = ready or min(remaining, key=lambda t: evaluation[groups[t][1][0].name])
        placed.append(pick)
        remaining.remove(pick)

    taken = {OVERVIEW, ROUTE, VOORBEELDEN}
    steps = []
    number_of = {title: n for n, title in enumerate(placed, 1)}
    for number, title in enumerate(placed, 1):
        d, tables = groups[title]
        slug = unique(slugify(title, "stap"), taken)
        steps.append(Step(number, title, f"{folder}/{slug}.md", tables, d.bijlage if d else (),
                          d.bron if d else (), sorted(number_of[t] for t in needs[title])))
    return steps


def table_dependencies(model: Model, table: ast.Table) -> tuple[list[str], list[str]]:
    """What a table depends on, through derived values: (invoer names, names of tables)."""
    inputs, tables, seen = [], [], set()

    def visit(name: str) -> None:
        if name in seen:
            return
        seen.add(name)
        producer = model.producers.get(name)
        if isinstance(producer, ast.Derived):
            for n in expr_refs(producer.expr):
                visit(n)
        elif isinstance(producer, ast.Beslistabel):
            if producer.name != table.name:
                tables.append(producer.name)
        elif producer is not None:
            inputs.append(name)

    bt = table
    for col in bt.inputs:
        visit(col.name)
    for row in bt.rows:
        for cell in row.conclusions:
            for n in expr_refs(cell.expr):
                visit(n)
    return inputs, list(dict.fromkeys(tables))


def table_refs(table: ast.Table) -> list[ast.Bron]:
    """The paragraphs a table cites, its own first, then its rows', once each."""
    refs = list(table.bron)
    for row in table.rows:
        refs += row.bron
    return list({r.anchor: r for r in reversed(refs)}.values())[::-1]


