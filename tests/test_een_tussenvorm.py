"""Issue 10: one decision IR, one meaning, one runtime — the generated code (each table once, with
and without trace) against the reference interpreter on the real regelset, and against the
generated module from before the refactoring (tests/fixtures/oud_gegenereerd, main at dbe3685)."""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path

import pytest

from compiler import ast, ir
from compiler.project import Project
from compiler.semantiek import runtime
from compiler.semantiek.interpreter import Interpreter
from compiler.semantiek.runtime import GeenBeslissing, OngeldigeInvoer, naar_json
from compiler.toepassingen import casussen, populatie

ROOT = Path(__file__).resolve().parents[1]
MODEL = next(m for m in Project(ROOT).models() if m.regelset.slug == "thuisondersteuning")
AANNAMES = populatie.aannames_van(Project(ROOT).population()).per_veld   # regels/populatie.yml


def _cases(n: int):
    """Drawn cases (as `regels populatie`), then the case generator's edge cases."""
    yield from (populatie.as_json(c) for c in populatie.trek(MODEL, n, 10, aannames=AANNAMES))
    yield from (casussen.as_json(c) for c in casussen.cases(MODEL, limit=n))


def _trace(beslissingen) -> list:
    return [(b.tabel, {k: naar_json(v) for k, v in b.uitkomst.items()}, b.rijen,
             tuple(r.bron for r in b.regels), tuple(r.regel for r in b.regels)) for b in beslissingen]


def test_traced_and_untraced_paths_agree_with_the_interpreter_on_the_real_rules():
    import generated.thuisondersteuning as mod

    interpreter = Interpreter(MODEL)
    decided = refused = 0
    for casus in _cases(1500):
        try:
            waarden = interpreter.read_case(casus)
            expected = interpreter.evaluate(waarden)
        except (OngeldigeInvoer, GeenBeslissing) as e:
            with pytest.raises(type(e)) as got:
                mod.uitkomsten(mod.lees_invoer(casus))
            assert str(got.value) == str(e)
            refused += 1
            continue
        invoer = mod.lees_invoer(casus)
        want = {n: naar_json(expected.waarden[n]) for n in MODEL.output_names}
        assert {k: naar_json(v) for k, v in mod.uitkomsten(invoer).items()} == want, casus          # untraced
        assert [naar_json(v) for v in mod.uitkomsten_waarden(*invoer)] == list(want.values())
        resultaat = mod.beslis(invoer)                                                              # traced
        assert {k: naar_json(v) for k, v in resultaat.waarden().items()} == want, casus
        assert _trace(resultaat.beslissingen) == _trace(expected.beslissingen), casus
        decided += 1
    assert decided > 1000 and refused > 50


def _old_vs_new():
    spec = importlib.util.spec_from_file_location("oud_tegen_nieuw", ROOT / "bench" / "oud_tegen_nieuw.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generated_module_decides_as_the_one_before_the_refactoring():
    """The bounded version of `python bench/oud_tegen_nieuw.py 100000` (the full run is in the note)."""
    beslist, geweigerd, verschillen = _old_vs_new().vergelijk(2000, zaad=7)
    assert not verschillen, verschillen[:2]
    assert beslist == 2000


def test_one_runtime_no_copy_and_no_second_duur():
    import generated.thuisondersteuning as mod

    assert not (ROOT / "generated" / "_runtime.py").exists()
    assert mod.Duur is runtime.Duur and mod.GeenBeslissing is runtime.GeenBeslissing
    text = (ROOT / "generated" / "thuisondersteuning.py").read_text(encoding="utf-8")
    assert "def kies" not in text and "def tabel_" not in text  # each table once, inside _beslis


def test_each_table_is_emitted_once():
    text = (ROOT / "generated" / "thuisondersteuning.py").read_text(encoding="utf-8")
    for table in MODEL.tables():
        kind = "Kruistabel" if table.kruis is not None else "Beslistabel"
        assert text.count(f"    # {kind} {table.name} (") == 1, table.name


def test_the_model_is_frozen_and_lowered_once():
    with pytest.raises(dataclasses.FrozenInstanceError):
        MODEL.order = []  # type: ignore[misc]
    with pytest.raises(TypeError):  # read-only after the pass runner: no container in it changes
        MODEL.types["nieuw"] = MODEL.types[MODEL.input_names[0]]  # type: ignore[index]
    with pytest.raises(AttributeError):
        MODEL.optional.add("nieuw")  # type: ignore[attr-defined]
    assert isinstance(MODEL.order, tuple) and isinstance(MODEL.diagnostics, tuple)
    # Desugared: every table a Beslistabel; the §2 matrix keeps its matrix in `kruis`.
    assert all(isinstance(t, ast.Beslistabel) for t in MODEL.tables())
    assert any(t.kruis is not None for t in MODEL.tables())
    lowered = MODEL.beslissingen
    assert isinstance(lowered, ir.Beslissingen)
    assert [t.name for t in lowered.tabellen] == [t.name for t in MODEL.tables()]
    matrix = next(t for t in lowered.tabellen if t.onbekend_in_onbekend_uit)
    assert matrix.exclusief and all(r.voorwaarden for r in matrix.rows)


def test_the_walker_finds_every_name():
    e = ast.EIf(ast.ERef("a"), ast.ECall("min", (ast.ERef("b"), ast.ELit(ast.Lit("getal", 1, "1")))),
                ast.ENot(ast.EBin("+", ast.ERef("c"), ast.ERef("a"))))
    assert ast.expr_refs(e) == {"a", "b", "c"}
    assert [type(n).__name__ for n in ast.iter_child_nodes(e)] == ["ERef", "ECall", "ENot"]


def test_the_hit_policies_mean_one_thing():
    treffers = [(2, ("x",)), (5, ("y",))]
    assert runtime.hitregel("t", "eerste", treffers, {}, 1) == ((2,), ("x",))
    assert runtime.hitregel("t", "verzamel", treffers + [(6, (None,))], {}, 1) == ((2, 5, 6), (("x", "y"),))
    with pytest.raises(GeenBeslissing):
        runtime.hitregel("t", "uniek", treffers, {}, 1)
    assert runtime.hitregel("t", "elke", [(1, ("x",)), (3, ("x",))], {}, 1) == ((1, 3), ("x",))
    with pytest.raises(GeenBeslissing):
        runtime.hitregel("t", "uniek", [], {"a": 1}, 1)
    niet_a = ir.Voorwaarde((ir.Test("=", "a"),), negated=True)
    assert runtime.voldoet(None, None) and not runtime.voldoet(niet_a, None) and runtime.voldoet(niet_a, "b")


def test_text_that_could_end_a_docstring_or_comment_stays_text(tmp_path):
    """Triple quotes in the regelset's name (a docstring) or in an outcome: repr keeps them text."""
    from tests.test_python_backend import generate_package

    regels = tmp_path / "regels"
    regels.mkdir()
    (regels / "boos.regels").write_text(
        'regelset "a\\"\\"\\" + __import__(\'os\').system(\'echo hack\') + \\"\\"\\""\n'
        '  geldig vanaf 1 januari 2022\n\n'
        'invoer\n  w: geheel getal\n'
        'beslistabel t (eerste)\n  | w || uitkomst |\n  |---||---|\n  | tot 3 || "\\"\\"\\"" |\n'
        '  | anders || "ok" |\n', encoding="utf-8")
    _, _, modules = generate_package(tmp_path, tmp_path / "out", "gen_boos_doc")
    module = modules["boos"]
    assert module.REGELSET.startswith('a"""')
    assert module.beslis_json({"w": 1})["uitkomst"]["uitkomst"] == '"""'
    assert module.beslis_json({"w": 5})["uitkomst"]["uitkomst"] == "ok"
