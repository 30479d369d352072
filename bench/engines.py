"""The same decision table for established engines, exported from the Model (never by hand).

Model → a GoRules JSON Decision Model (zen-engine) and a DMN workbook (pyDMNrules, Excel).
Only tables whose cells are plain `=` tests on keuzelijst values are exported: today the §2
arrangement matrix (a kruistabel). Each engine is wrapped as f(intensiteit, zwaarte, type) → str.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from compiler import ast
from compiler.midden.model import Model
from compiler.backends.python.names import snake


def matrix_table(model: Model) -> ast.Beslistabel:
    """The largest kruistabel of the model: the §2 arrangement matrix."""
    tables = [t for t in model.tables() if t.kruis is not None]
    if not tables:
        raise LookupError("deze regels hebben geen kruistabel")
    return max(tables, key=lambda t: len(t.rows))


def _rows(table: ast.Beslistabel) -> list[tuple[list[str], str]]:
    bt = table
    out = []
    for row in bt.rows:
        tests = [str(cell.tests[0].value.value) for cell in row.conditions]
        conclusion = row.conclusions[0]
        out.append((tests, str(conclusion.tests[0].value.value)))
    return out


# -- GoRules JDM (zen-engine)

def to_jdm(table: ast.Beslistabel) -> dict:
    bt = table
    inputs = [{"id": f"in{i}", "name": c.name, "type": "expression", "field": snake(c.name)}
              for i, c in enumerate(bt.inputs)]
    output = {"id": "out0", "name": bt.outputs[0].name, "type": "expression", "field": snake(bt.outputs[0].name)}
    rules = []
    for n, (tests, value) in enumerate(_rows(table), 1):
        rule = {"_id": f"rij{n}", **{f"in{i}": json.dumps(t) for i, t in enumerate(tests)}, "out0": json.dumps(value)}
        rules.append(rule)
    return {
        "contentType": "application/vnd.gorules.decision",
        "nodes": [
            {"id": "invoer", "type": "inputNode", "name": "Invoer", "position": {"x": 0, "y": 0}},
            {"id": "tabel", "type": "decisionTableNode", "name": bt.name, "position": {"x": 200, "y": 0},
             "content": {"hitPolicy": "first", "inputs": inputs, "outputs": [output], "rules": rules}},
            {"id": "uitvoer", "type": "outputNode", "name": "Uitvoer", "position": {"x": 400, "y": 0}},
        ],
        "edges": [
            {"id": "e1", "sourceId": "invoer", "targetId": "tabel", "type": "edge"},
            {"id": "e2", "sourceId": "tabel", "targetId": "uitvoer", "type": "edge"},
        ],
    }


def zen_engine(table: ast.Beslistabel, folder: Path) -> Callable[..., Any]:
    import zen

    jdm = to_jdm(table)
    (folder / "arrangement.jdm.json").write_text(json.dumps(jdm, ensure_ascii=False, indent=1), encoding="utf-8")
    decision = zen.ZenEngine().create_decision(json.dumps(jdm))
    keys = [snake(c.name) for c in table.inputs]
    out = snake(table.name)

    def decide(*values: str | None) -> str | None:
        return decision.evaluate(dict(zip(keys, values)))["result"].get(out)
    return decide


# -- DMN in an Excel workbook (pyDMNrules)

def to_workbook(table: ast.Beslistabel, path: Path) -> None:
    """A 'Decision as Rows' workbook: a Decision sheet, and the table with a double border
    between its input and output columns, as pyDMNrules reads it."""
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side

    bt = table
    wb = Workbook()
    ws = wb.active
    ws.title = "Decision"
    ws["A1"] = "Decision"
    ws["A2"], ws["B2"] = "Decisions", "Execute Decision Tables"
    ws["A3"], ws["B3"] = f"Bepaal {bt.name}", bt.name
    sheet = wb.create_sheet(bt.name)
    sheet.cell(1, 1, bt.name)
    last_input = len(bt.inputs) + 1

    def border(col: int, header: bool) -> Border:  # every side set: pyDMNrules reads them all
        double, plain = Side(style="double"), Side()
        return Border(left=plain, top=plain, right=double if col == last_input else plain,
                      bottom=double if header else plain)

    headings = ["U", *[c.name for c in bt.inputs], bt.outputs[0].name]
    for j, heading in enumerate(headings, 1):
        sheet.cell(2, j, heading).border = border(j, True)
    for i, (tests, value) in enumerate(_rows(table), 3):
        for j, text in enumerate([i - 2, *[f'"{t}"' for t in tests], f'"{value}"'], 1):
            sheet.cell(i, j, text).border = border(j, False)
    wb.save(path)


def pydmnrules(table: ast.Beslistabel, folder: Path) -> Callable[..., Any]:
    import pyDMNrules

    path = folder / "arrangement.dmn.xlsx"
    to_workbook(table, path)
    dmn = pyDMNrules.DMN()
    status = dmn.load(str(path))
    if "errors" in status:
        raise RuntimeError(f"pyDMNrules kan {path.name} niet laden: {status['errors']}")
    bt = table
    keys = [c.name for c in bt.inputs]
    out = bt.outputs[0].name

    def decide(*values: str | None) -> str | None:
        status, result = dmn.decide(dict(zip(keys, values)))
        if "errors" in status:
            raise RuntimeError(status["errors"])
        if isinstance(result, list):
            result = result[-1]
        return result["Result"].get(out)
    return decide
