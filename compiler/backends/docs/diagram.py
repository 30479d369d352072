"""Diagrams of the route and of one step, as Mermaid flowcharts; every label escaped by mermaid_label.

Input: a Model and its Steps. Output: the text of a Mermaid flowchart.
"""

from __future__ import annotations

from compiler.backends.docs.escape import mermaid_label
from compiler.backends.docs.stappen import Step, table_dependencies
from compiler.midden.model import Model

# How many input names a node of the route diagram spells out.
_DIAGRAM_NAMES = 3


def route_flowchart(model: Model, steps: list[Step]) -> str:
    """A Mermaid flowchart of the route: one node per step, an arrow where a step uses what an
    earlier step decided (only the arrows no other path already implies), and per step the
    inputs it is the first to read."""
    lines = ["flowchart LR"]
    reach: dict[int, set[int]] = {}
    for s in steps:
        reach[s.number] = set(s.needs).union(*(reach.get(n, set()) for n in s.needs))
    used: set[str] = set()
    edges = []
    for s in steps:
        lines.append(f"  s{s.number}[{mermaid_label(f'Stap {s.number}: {s.title}')}]")
        new = []
        for t in s.tables:
            for n in table_dependencies(model, t)[0]:
                if n not in used:
                    used.add(n)
                    new.append(n)
        if new:
            shown = new[:_DIAGRAM_NAMES]
            rest = len(new) - len(shown)
            label = "Gegevens: " + ", ".join(shown) + (f" en {rest} meer" if rest else "")
            lines.append(f"  g{s.number}([{mermaid_label(label)}])")
            edges.append(f"  g{s.number} --> s{s.number}")
        for n in s.needs:
            implied = any(n in reach.get(m, set()) for m in s.needs if m != n)
            if not implied:
                edges.append(f"  s{n} --> s{s.number}")
    return "\n".join(lines + edges)

def step_flowchart(model: Model, step: Step, step_of: dict[str, Step]) -> str:
    """A Mermaid flowchart of one step: each input, and each table of another step it reads,
    into the tables of this step, and out of them what they decide."""
    lines = ["flowchart LR", f"  subgraph s{step.number}[{mermaid_label(f'Stap {step.number}: {step.title}')}]"]
    ids = {t.name: f"t{i}" for i, t in enumerate(step.tables, 1)}
    lines += [f"    {ids[t.name]}[[{mermaid_label(t.name)}]]" for t in step.tables]
    lines.append("  end")
    nodes: dict[str, str] = {}
    edges = []
    for t in step.tables:
        inputs, tables = table_dependencies(model, t)
        for other in tables:
            if other in ids:
                edges.append(f"  {ids[other]} --> {ids[t.name]}")
                continue
            label = f"{other} (uit stap {step_of[other].number}: {step_of[other].title})"
            if label not in nodes:
                nodes[label] = f"v{len(nodes) + 1}"
                lines.append(f"  {nodes[label]}[[{mermaid_label(label)}]]")
            edges.append(f"  {nodes[label]} --> {ids[t.name]}")
        for n in inputs:
            if n not in nodes:
                nodes[n] = f"i{len(nodes) + 1}"
                lines.append(f"  {nodes[n]}([{mermaid_label(n)}])")
            edges.append(f"  {nodes[n]} --> {ids[t.name]}")
    for t in step.tables:
        for i, col in enumerate(t.as_beslistabel().outputs, 1):
            node = f"{ids[t.name]}u{i}"
            lines.append(f"  {node}({mermaid_label(col.name)})")
            edges.append(f"  {ids[t.name]} --> {node}")
    return "\n".join(lines + list(dict.fromkeys(edges)))

