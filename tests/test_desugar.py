"""The desugared middle: a kruistabel is a Beslistabel with its matrix in `kruis`, and an uitleg's
{naam} placeholders carry the span where they are written."""

from __future__ import annotations

import pytest

from compiler import ast
from compiler.errors import RegelsFout
from compiler.midden.passes import check
from compiler.project import load_regelset

RULES = '''regelset "U"
  geldig vanaf 1 januari 2022

keuzelijst kleur: rood, groen
keuzelijst maat: klein, groot

invoer
  kleur: keuze uit kleur
  maat: keuze uit maat

beslistabel advies (uniek)
  uitleg "De kleur is {kleur}, dus {advies}; {kleuren} bestaat niet."
  | kleur || advies |
  |-------||--------|
  | rood  || "wacht" |
  | groen || "ga" |

kruistabel stand
  rijen kleur
  kolommen maat
  uitleg "Bij {maat} en {kleur}: {stand}."
  |       | klein | groot |
  |-------|-------|-------|
  | rood  | 1     | 2     |
  | groen | 3     | 4     |
'''


def _load(tmp_path, text: str) -> ast.Regelset:
    path = tmp_path / "u.regels"
    path.write_text(text, encoding="utf-8")
    return load_regelset("u", [(path, "u.regels")])


def test_an_unknown_placeholder_is_reported_where_it_is_written(tmp_path):
    with pytest.raises(RegelsFout) as e:
        check(_load(tmp_path, RULES))
    [fout] = [d for d in e.value.diagnostics if d.is_error]
    assert "noemt {kleuren}, maar zo'n waarde is er niet" in fout.message
    line = RULES.splitlines()[fout.span.line - 1]
    assert line[fout.span.column - 1:fout.span.end_column - 1] == "{kleuren}"


def test_placeholders_keep_their_order_and_the_kruistabel_is_desugared(tmp_path):
    rs = _load(tmp_path, RULES.replace("; {kleuren} bestaat niet", ""))
    advies, stand = rs.tables
    assert [p.name for p in advies.plekken] == ["kleur", "advies"]
    assert isinstance(stand, ast.Kruistabel) and [p.name for p in stand.plekken] == ["maat", "kleur", "stand"]
    model = check(rs)
    [matrix] = [t for t in model.tables() if t.kruis is not None]
    assert isinstance(matrix, ast.Beslistabel) and matrix.hit == "uniek" and len(matrix.rows) == 4
    assert matrix.kruis == stand and [p.name for p in matrix.plekken] == ["maat", "kleur", "stand"]
    assert [c.text for c in matrix.rows[2].conditions] == ["groen", "klein"]


REPEATED = '''regelset "K"
  geldig vanaf 1 januari 2022

keuzelijst kleur: rood, groen
keuzelijst maat: klein, groot
keuzelijst advies: wachten, doorgaan

invoer
  kleur: keuze uit kleur, optioneel
  maat: keuze uit maat

kruistabel advies
  rijen kleur
  kolommen maat
  |       | klein    | groot    |
  |-------|----------|----------|
  | rood  | wachten  | doorgaan |
  | groen | doorgaan | doorgaan |
  | rood  | wachten  | doorgaan |
'''


def test_a_matrix_with_a_repeated_row_decides_and_traces_as_the_interpreter(tmp_path):
    """No dict lookup for a matrix whose rows are not exclusive (it would keep only the last row),
    and still: an onbekend dimension gives an onbekend outcome, in both."""
    from compiler.semantiek.interpreter import Interpreter
    from compiler.toepassingen import batch

    model = check(_load(tmp_path, REPEATED))
    module = batch.generated_evaluator(model, None).module
    interpreter = Interpreter(model)
    for casus in ({"kleur": "rood", "maat": "klein"}, {"kleur": None, "maat": "groot"}, {"maat": "klein"},
                  {"kleur": "groen", "maat": "groot"}):
        want = interpreter.beslis(casus, "2024-01-01")["beslissingen"]
        assert module.beslis_json(casus, "2024-01-01")["beslissingen"] == want, casus
    assert want[0]["rijen"] == [4]
    assert interpreter.beslis({"kleur": "rood", "maat": "klein"}, "2024-01-01")["beslissingen"][0]["rijen"] == [1, 5]
