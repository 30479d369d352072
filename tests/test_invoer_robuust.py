"""Case input never crashes and never decides on bad input.

A corpus of hostile cases for the mini fixture (every input type): wrong types, ambiguous dates,
numbers of thousands of digits, dates at the edge of the calendar plus long durations, deeply
nested JSON, a BOM. Each goes through the generated module and the reference interpreter (the
same answer, always an OngeldigeInvoer with a Dutch reason naming the field, or a decision when
the value is a valid one), and a sample through `regels beslis` on the command line.
"""

from __future__ import annotations

import json
import re
import shutil

import pytest

from conftest import FIXTURES
from test_vijandig import assert_no_traceback, run_regels

GOED = {"leeftijd": 40, "kleur": "rood", "lid": True, "bedrag": "150.00", "begindatum": "2022-03-01",
        "looptijd": {"jaren": 3}, "kleuren": ["rood"]}

HUGE = 10 ** 5000
NESTED = [[[[[[[[[[[[[[[[[[[[[[[[[["diep"]]]]]]]]]]]]]]]]]]]]]]]]]]

# field → values that must be refused
SLECHT = {
    "leeftijd": ["--5", "٣", "1e3", 12.0, True, None, [], {}, "", "12 jaar", HUGE, -HUGE, 10 ** 16, "9" * 5000,
                 " 1 2 ", "0x10", NESTED],
    "kleur": ["ROOD", " rood", "rood ", 1, True, ["rood"], {"rood": 1}, None, "", "blauw of paars ", NESTED],
    "lid": ["JA", "yes", 1, 0, "true", None, [], "ja ", NESTED],
    "bedrag": [1.5, True, "1e5", "1_000", "NaN", "Infinity", "-inf", "12.5.0", "€ 12", "9" * 5000, HUGE,
               "1,2345678", [], {}, None, "", NESTED],
    "begindatum": ["20220301", 20220301, "2022-W10-1", "2022-060", "2022-03-01T00:00", "2022-3-1", "01-03-2022",
                   "9999-12-31", "0001-01-01", "1899-12-31", "2201-01-01", "2022-02-30", "+2022-03-01",
                   " 2022-03-01", "２０２２-03-01", None, True, [], NESTED],
    "looptijd": [{"jaren": 10 ** 20}, {"maanden": -10 ** 20}, {"maanden": True}, {"maanden": 1.5}, {"weken": 2},
                 {}, {"jaren": "3"}, 3, "3 jaar", [], {"jaren": 201}, {"maanden": HUGE}, NESTED],
    "kleuren": ["rood", ["rood", "rood"], ["ROOD"], [1], [None], [["rood"]], {}, 5, NESTED],
}
# Valid edge values: decided, never refused, never a crash.
RAND = {
    "begindatum": ["2200-12-31", "2022-01-01"],
    "looptijd": [{"jaren": 200}, {"maanden": -2400}, {"jaren": 0}],
    "leeftijd": [0, 130, "12", " 12 "],
    "bedrag": [0, "0", "999999999999999", "12,50", "12.500000"],
}
ENGELS = re.compile(r"\b(invalid|literal|expecting|exceeds|out of range|got|expected|must|"
                    r"unhashable|decode|codec|traceback|error)\b", re.I)


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    """The mini fixture built with `regels bouw`; its generated module and the interpreter."""
    import importlib
    import sys

    root = tmp_path_factory.mktemp("invoer") / "mini"
    shutil.copytree(FIXTURES / "mini", root)
    done = run_regels(root, "bouw")
    assert done.returncode == 0, done.stderr
    sys.path.insert(0, str(root))
    saved = {m: sys.modules.pop(m) for m in list(sys.modules) if m == "generated" or m.startswith("generated.")}
    try:
        module = importlib.import_module("generated.mini")
    finally:  # the project's own generated package stays what other tests import
        sys.path.remove(str(root))
        for m in [m for m in sys.modules if m == "generated" or m.startswith("generated.")]:
            del sys.modules[m]
        sys.modules.update(saved)
    from compiler.semantiek.interpreter import Interpreter
    from compiler.project import Project

    [model] = Project(root).models()
    return root, module, Interpreter(model)


def _answer(fn, casus):
    try:
        return ("ok", fn(casus))
    except Exception as e:  # noqa: BLE001 - the type is what the test looks at
        return (type(e).__name__, str(e))


CASES = [(veld, waarde) for veld, waarden in SLECHT.items() for waarde in waarden]


@pytest.mark.parametrize("veld, waarde", CASES, ids=[f"{v}-{i}" for i, (v, _) in enumerate(CASES)])
def test_a_bad_value_is_refused_in_dutch_naming_the_field(mini, veld, waarde):
    root, module, interpreter = mini
    casus = {**GOED, veld: waarde}
    generated = _answer(module.beslis_json, casus)
    expected = _answer(interpreter.beslis, casus)
    assert generated == expected
    kind, text = generated
    assert kind == "OngeldigeInvoer", (veld, waarde, generated)
    assert text.startswith(f"{veld}: ") and len(text) < 400
    assert not ENGELS.search(text), text


RANDEN = [(veld, waarde) for veld, waarden in RAND.items() for waarde in waarden]


@pytest.mark.parametrize("veld, waarde", RANDEN, ids=[f"{v}-{i}" for i, (v, _) in enumerate(RANDEN)])
def test_a_valid_edge_value_is_decided_the_same_way(mini, veld, waarde):
    root, module, interpreter = mini
    casus = {**GOED, veld: waarde}
    generated, expected = _answer(module.beslis_json, casus), _answer(interpreter.beslis, casus)
    assert generated == expected
    assert generated[0] == "ok", generated


def test_wrong_shapes_of_the_whole_case(mini):
    root, module, interpreter = mini
    for casus in ([], "x", 5, None, NESTED, {**GOED, "onbekend veld": 1}, {}):
        generated, expected = _answer(module.beslis_json, casus), _answer(interpreter.beslis, casus)
        assert generated == expected and generated[0] == "OngeldigeInvoer", (casus, generated)
        assert not ENGELS.search(generated[1]), generated


@pytest.mark.parametrize("inhoud, woorden", [
    (b"\xef\xbb\xbf" + json.dumps(GOED).encode(), None),
    (b"{ leeftijd: 3 }", "veldnaam"),
    (b"", "waarde"),
    (b"[" * 100000 + b"]" * 100000, "te diep"),
    (b'{"leeftijd": ' + b"9" * 5000 + b"}", "te veel cijfers"),
    (b'{"leeftijd": NaN}', "geen getal"),
    (json.dumps(GOED).encode() + b" x", "meer"),
    (b'{"leeftijd": 40, "kleur": "caf\xe9"}', "UTF-8"),
    (json.dumps({**GOED, "begindatum": "20220301"}).encode(), "JJJJ-MM-DD"),
])
def test_the_command_line_reads_a_case_file(mini, tmp_path, inhoud, woorden):
    root, module, interpreter = mini
    path = tmp_path / "casus.json"
    path.write_bytes(inhoud)
    for extra in [("--json",) if len(inhoud) % 2 else ()]:  # one run each: a subprocess is a second
        done = run_regels(root, "beslis", str(path), *extra)
        assert_no_traceback(done)
        if woorden is None:
            assert done.returncode == 0, done.stderr
        else:
            assert done.returncode == 1
            assert woorden in done.stderr + done.stdout, done.stderr + done.stdout
            assert not ENGELS.search(done.stderr.replace(str(path), "")), done.stderr
