"""The generated Python: golden files, black-box use, agreement with the reference interpreter."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from compiler.backends.python import module as python_backend
from compiler.toepassingen.casussen import as_json, cases
from compiler.semantiek.interpreter import Interpreter
from compiler.project import Project
from compiler.semantiek.runtime import GeenBeslissing, OngeldigeInvoer

from conftest import FIXTURES, ROOT, compare_with_interpreter


def generate_package(project_dir: Path, target: Path, package: str):
    project = Project(project_dir)
    models = project.models()
    files = python_backend.generate(models, project)
    pkg = target / package
    pkg.mkdir(parents=True)
    for rel, content in files.items():
        (pkg / Path(rel).name).write_text(content, encoding="utf-8")
    sys.path.insert(0, str(target))
    try:
        return models, files, {m.regelset.slug: importlib.import_module(f"{package}.{m.regelset.slug}")
                               for m in models}
    finally:
        sys.path.remove(str(target))


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    models, files, modules = generate_package(FIXTURES / "mini", tmp_path_factory.mktemp("gen"), "gen_mini")
    return models[0], files, modules["mini"]


def test_golden_python(mini, golden):
    _, files, _ = mini
    golden("mini/generated/mini.py", files["generated/mini.py"])


def test_two_builds_are_identical():
    project = Project(FIXTURES / "mini")
    first = python_backend.generate(project.models(), project)
    second = python_backend.generate(project.models(), project)
    assert first == second


def test_voorbeelden_through_generated_code(mini):
    model, _, module = mini
    from compiler.semantiek.voorbeelden import case_json_of

    for v in model.regelset.voorbeelden:
        casus = case_json_of(v, model)
        assert module.beslis_json(casus) == Interpreter(model).beslis(casus)


def test_differential_against_interpreter(mini):
    model, _, module = mini
    decided, refused = compare_with_interpreter(module, model, limit=3000)
    assert decided > 100  # refusals: test_invalid_cases_name_every_bad_field


ODD_JSON = [None, "", "ja", "nee", True, False, 1, 0, 1.5, "12", " 7 ", -1, 200, "100,10", "1e3", "NaN", "x",
            "2022-13-01", "2023-02-28", "20230228", {"maanden": 3}, {"jaren": 2}, {"maanden": 3, "jaren": 1},
            {"maanden": True}, {"dagen": 3}, {}, [], ["rood"], ["rood", "rood"], ["paars"], "rood", ("rood",), {"x": 1}]


def test_lees_invoer_reads_odd_json_like_lees_casus(mini):
    """The generated lees_invoer has a fast path per field; on anything odd it must give exactly the
    values and the Dutch errors of the generic reading (the interpreter's read_case)."""
    import random

    model, _, module = mini
    interpreter = Interpreter(model)
    rng = random.Random(3)
    from compiler.semantiek.runtime import naar_json

    bases = [as_json(c) for c in cases(model, limit=200)]
    checked = errors = 0
    for base in bases:
        for _ in range(6):
            casus = dict(base)
            for _ in range(rng.randint(1, 2)):
                name = rng.choice(model.input_names + ["onzin"])
                value = rng.choice(ODD_JSON)
                if value is None and rng.random() < 0.5:
                    casus.pop(name, None)
                else:
                    casus[name] = value
            try:
                expected = interpreter.read_case(casus)
            except OngeldigeInvoer as e:
                with pytest.raises(module.OngeldigeInvoer) as generated:
                    module.lees_invoer(casus)
                assert str(generated.value) == str(e) and generated.value.fouten == e.fouten, casus
                errors += 1
                continue
            got = module.lees_invoer(casus).waarden()
            assert {k: naar_json(v) for k, v in got.items()} == {k: naar_json(expected[k]) for k in got}, casus
            checked += 1
    assert checked > 50 and errors > 500


@pytest.mark.parametrize("casus, fields", [
    ({}, {"leeftijd", "kleur", "lid", "bedrag", "begindatum", "kleuren"}),
    ({"leeftijd": 200, "kleur": "paars", "lid": "misschien", "bedrag": 1.5, "begindatum": "2022-13-01",
      "kleuren": ["rood", "rood"], "onzin": 1}, {"leeftijd", "kleur", "lid", "bedrag", "begindatum", "kleuren",
                                                 "onzin"}),
    ({"leeftijd": 20, "kleur": "rood", "lid": True, "bedrag": "5", "begindatum": "2021-01-01", "kleuren": []},
     {"controle 1"}),
])
def test_invalid_cases_name_every_bad_field(mini, casus, fields):
    model, _, module = mini
    with pytest.raises(module.OngeldigeInvoer) as generated:
        module.beslis_json(casus)
    with pytest.raises(OngeldigeInvoer) as interpreted:
        Interpreter(model).beslis(casus)
    assert set(generated.value.fouten) == fields
    assert generated.value.fouten == interpreted.value.fouten


def test_amounts_are_decimal_never_float(mini):
    _, files, module = mini
    assert "float" not in files["generated/mini.py"]
    invoer = module.lees_invoer({"leeftijd": 20, "kleur": "rood", "lid": True, "bedrag": "100.10",
                                 "begindatum": "2022-02-01", "kleuren": []})
    assert type(module.beslis(invoer).korting).__name__ == "Decimal"


def test_hostile_names_never_become_code(tmp_path):
    regels = tmp_path / "regels"
    regels.mkdir()
    (regels / "boos.regels").write_text(
        'regelset "x\'); import os; os.system(\'echo hack\') #"\n  geldig vanaf 1 januari 2022\n\n'
        'keuzelijst k: "a\'b", "c\\"d", "{{ e }}", "<script>"\n'
        'invoer\n  w: keuze uit k\n    "\'\'\' \\"\\"\\" beschrijving"\n'
        'beslistabel t (uniek)\n  | w || uitkomst |\n  |---||---|\n  | "a\'b" || "\'); raise SystemExit(\'" |\n'
        '  | anders || "ok" |\n', encoding="utf-8")
    models, files, modules = generate_package(tmp_path, tmp_path / "out", "gen_boos")
    module = modules["boos"]
    assert module.REGELSET == "x'); import os; os.system('echo hack') #"
    assert module.beslis_json({"w": "a'b"})["uitkomst"]["uitkomst"] == "'); raise SystemExit('"
    assert module.beslis_json({"w": "<script>"})["uitkomst"]["uitkomst"] == "ok"


def test_generated_modules_import_without_lark_or_jinja2():
    """`python -S` leaves site-packages out: only the standard library and generated/ remain."""
    script = (
        "import sys, json\n"
        "import generated.thuisondersteuning as m\n"
        "assert 'lark' not in sys.modules and 'jinja2' not in sys.modules\n"
        "print(json.dumps(sorted(m.VELDEN)))\n"
    )
    out = subprocess.run([sys.executable, "-S", "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)


def test_generated_uitleg_matches_the_interpreter(mini):
    from compiler.semantiek.uitleg import explain

    model, _, module = mini
    interpreter = Interpreter(model)
    checked = 0
    for case in cases(model, limit=500):
        casus = as_json(case)
        try:
            inputs = interpreter.read_case(casus)
        except OngeldigeInvoer:
            continue
        invoer = module.lees_invoer(casus)
        expected = [s.zin for s in explain(model, interpreter.evaluate(inputs))]
        assert module.uitleg(invoer, module.beslis(invoer)) == expected
        checked += 1
    assert checked > 50


def test_generated_modules_are_typed_code(tmp_path):
    # "Readable, typed": the generated modules (and the runtime they import) pass mypy, so a case
    # system can type-check against them. Each table declares its outcomes before its branches.
    pytest.importorskip("mypy")
    modules = [ROOT / "generated" / "thuisondersteuning.py",
               Path(__file__).parent / "golden" / "mini" / "generated" / "mini.py"]
    r = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", "--cache-dir", str(tmp_path),
                        "--no-error-summary", *map(str, modules)],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
