"""The rules as a reader writes them: expressions and cells back in the notation of a .regels file,
lists in Dutch ("a, b en c"), row ranges, dates and the validity of a regelset in words.

Input: AST nodes. Output: plain text (escaped later, by the templates).
"""

from __future__ import annotations

from compiler import ast
from compiler.semantiek.runtime import tekst

_PRECEDENCE = {"of": 1, "en": 2, "=": 4, "!=": 4, "<": 4, "<=": 4, ">": 4, ">=": 4, "bevat": 4,
               "+": 5, "-": 5, "*": 6, "/": 6}


def expr_text(e: ast.Expr, parent: int = 0) -> str:
    """An expression back in the notation of a .regels file (with only the brackets it needs)."""
    if isinstance(e, ast.ELit):
        return e.lit.text
    if isinstance(e, ast.ERef):
        return e.name
    if isinstance(e, ast.EUnknown):
        return "onbekend"
    if isinstance(e, ast.ECall):
        return f"{e.function}({', '.join(expr_text(x) for x in e.args)})"
    if isinstance(e, ast.ENot):
        text, own = "niet " + expr_text(e.operand, 3), 3
    elif isinstance(e, ast.EIf):
        text, own = (f"als {expr_text(e.condition, 1)} dan {expr_text(e.then, 1)} "
                     f"anders {expr_text(e.otherwise)}"), 0
    elif isinstance(e, ast.EBin):
        own = _PRECEDENCE.get(e.op, 4)
        text = f"{expr_text(e.left, own)} {e.op} {expr_text(e.right, own + 1)}"
    else:
        return "?"
    return f"({text})" if own < parent else text


def lit_text(lit: ast.Lit) -> str:
    return str(lit.value) if lit.kind == "tekst" else lit.text


def cell_text(c: ast.Cell) -> str:
    """A cell as written, but a plain value (or a list of them) without its quotes."""
    if c.kind == "any":
        return "-"
    if c.kind == "leeg":
        return ""
    if c.kind == "tests" and not c.negated and c.tests and all(t.op == "=" for t in c.tests):
        return " of ".join(lit_text(t.value) for t in c.tests)
    return c.text


def cell_values(c: ast.Cell) -> list[str]:
    """The values a condition cell names one by one (`x of y`), as text; [] for anything else."""
    if c.kind == "tests" and not c.negated and all(t.op == "=" and t.value is not None for t in c.tests):
        return [tekst(t.value.value) for t in c.tests]
    return []


def and_list(items: list[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def ranges(numbers: tuple[int, ...]) -> str:
    """1, 2, 3, 5 → "1 t/m 3 en 5"."""
    spans: list[list[int]] = []
    for n in sorted(numbers):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return and_list([f"{x} t/m {y}" if y > x + 1 else (f"{x}, {y}" if y == x + 1 else str(x)) for x, y in spans])


def count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def date_text(lit: ast.Lit) -> str:
    return tekst(lit.value) if lit.kind == "datum" else lit.text


def assignment_text(x: ast.Assignment) -> str:
    if x.kind == "onbekend":
        return "onbekend"
    if x.kind == "geen" or not x.values:
        return "geen"
    return ", ".join(tekst(lit.value) for lit in x.values)


def validity(h: ast.Header) -> str:
    if h.geldig_vanaf is not None and h.geldig_tot is not None:
        return f"Deze regels gelden van {date_text(h.geldig_vanaf)} tot {date_text(h.geldig_tot)}."
    if h.geldig_vanaf is not None:
        return f"Deze regels gelden vanaf {date_text(h.geldig_vanaf)}. Er is geen einddatum."
    return "Bij deze regels staat geen datum waarop ze gaan gelden."
