"""Whatever a .regels file holds, `regels` ends with a Dutch error that has a position, or a build.

Limits instead of crashes (nesting, number size, date range, line length), a BOM accepted,
line separators inside strings kept inside their line, `regels opmaak` on a file that is no
UTF-8 or does not parse, a regelset that decides nothing, and the import backstop of `regels bouw`.
Driven through the command line (`regels bouw --json`), so it holds whatever the parser looks like.
"""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import FIXTURES
from test_vijandig import assert_no_traceback, run_regels

MINI = (FIXTURES / "mini" / "regels" / "mini.regels").read_text(encoding="utf-8")
HEAD = 'regelset "x"\n  geldig vanaf 1 januari 2022\n\ninvoer\n  b: ja/nee\n  n: geheel getal\n\n'

# file name → (source, words the Dutch message holds)
BAD = {
    "niet.regels": (HEAD + "afgeleid\n  a = " + "niet " * 3000 + "b\n", "te diep genest"),
    "en.regels": (HEAD + "afgeleid\n  a = b" + " en b" * 300 + "\n", "te diep genest"),
    "haakjes.regels": (HEAD + "afgeleid\n  a = " + "(" * 300 + "n" + " + 1)" * 300 + " > 1\n", "te diep genest"),
    "getal.regels": (HEAD + "afgeleid\n  a = n > " + "9" * 5000 + "\n", "te lang"),
    "bedrag.regels": (HEAD + "afgeleid\n  a = n > 1," + "5" * 50 + "\n", "te lang"),
    "jaar.regels": ('regelset "x"\n  geldig vanaf 1 februari 10000000000\n', "geen bestaande datum"),
    "iso.regels": ('regelset "x"\n  geldig vanaf 9999-12-31\n', "buiten de jaren"),
    "duur.regels": (HEAD + "afgeleid\n  a = n > 0 en 99999999 jaar > 1 maand\n", "te lang"),
    "regel.regels": (HEAD + "# " + "x" * 30000 + "\n", "te lang"),
}


@pytest.fixture(scope="module")
def diagnostics(tmp_path_factory):
    root = tmp_path_factory.mktemp("robuust")
    (root / "regels").mkdir()
    for name, (source, _) in BAD.items():
        (root / "regels" / name).write_text(source, encoding="utf-8")
    done = run_regels(root, "bouw", "--json")
    assert_no_traceback(done)
    assert done.returncode == 1
    return json.loads(done.stdout)


@pytest.mark.parametrize("name", sorted(BAD))
def test_every_limit_is_a_dutch_error_with_a_position(diagnostics, name):
    mine = [d for d in diagnostics if d["bestand"] == f"regels/{name}" and d["niveau"] == "fout"]
    assert mine, name
    assert any(BAD[name][1] in d["bericht"] for d in mine), mine
    assert all(d["regel"] >= 1 and d["kolom"] >= 1 for d in mine)


def test_a_bom_and_crlf_are_accepted_and_line_separators_stay_in_their_string(tmp_path):
    (tmp_path / "regels" / "bron").mkdir(parents=True)
    shutil.copy(FIXTURES / "mini" / "regels" / "bron" / "beleidsregel.md", tmp_path / "regels" / "bron")
    bron = tmp_path / "regels" / "bron" / "beleidsregel.md"
    bron.write_bytes(b"\xef\xbb\xbf" + bron.read_bytes())
    source = MINI.replace('"Leden met een groot bedrag."', '"Leden\u2028met\x85een\x0cgroot bedrag."')
    (tmp_path / "regels" / "mini.regels").write_bytes(b"\xef\xbb\xbf" + source.replace("\n", "\r\n").encode())
    done = run_regels(tmp_path, "bouw")
    assert_no_traceback(done)
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "docs" / "mini" / "korting.md").read_text(encoding="utf-8") \
        if (tmp_path / "docs" / "mini" / "korting.md").exists() else \
        "\n".join(p.read_text(encoding="utf-8") for p in (tmp_path / "docs").rglob("*.md"))
    # The cells after the one with the separators keep their own text (nothing shifted a line).
    assert "€ 2,50" in page and "Leden met een groot bedrag." in page


def test_opmaak_reports_latin1_and_syntax_errors_and_formats_nothing(tmp_path):
    (tmp_path / "regels").mkdir()
    (tmp_path / "regels" / "latin.regels").write_bytes('regelset "café"\n'.encode("latin-1"))
    broken = 'regelset "x"\n\nbeslistabel a (uniek\n  | b || a |\n'
    (tmp_path / "regels" / "kapot.regels").write_text(broken, encoding="utf-8")
    done = run_regels(tmp_path, "opmaak")
    assert_no_traceback(done)
    assert done.returncode == 1
    assert "UTF-8" in done.stderr and "latin.regels" in done.stderr and "kapot.regels:3" in done.stderr
    assert "opgemaakt:" not in done.stdout
    assert (tmp_path / "regels" / "kapot.regels").read_text(encoding="utf-8") == broken


def test_a_regelset_with_only_a_header_builds_a_module_that_imports(tmp_path):
    import subprocess
    import sys

    (tmp_path / "regels").mkdir()
    (tmp_path / "regels" / "leeg.regels").write_text('regelset "Leeg"\n', encoding="utf-8")
    done = run_regels(tmp_path, "bouw")
    assert_no_traceback(done)
    assert done.returncode == 0, done.stderr
    imported = subprocess.run([sys.executable, "-I", "-c", "import sys; sys.path.insert(0, '.'); import generated.leeg as m; print(m.beslis_json({}))"],
                              cwd=tmp_path, capture_output=True, text=True)
    assert imported.returncode == 0, imported.stderr
    assert "'uitkomst': {}" in imported.stdout


def test_the_import_backstop_names_a_module_that_does_not_compile():
    from compiler import importtoets

    assert importtoets.problems({"generated/goed.py": "X = 1\n"}) == []
    [message] = importtoets.problems({"generated/kapot.py": "def (\n"})
    assert "generated/kapot.py" in message and "geen geldige Python" in message
    [message] = importtoets.problems({"generated/fout.py": "raise ImportError('x')\n"})
    assert "laden niet" in message


KRUIS_DUBBEL = '''regelset "K"
  geldig vanaf 1 januari 2022

keuzelijst kleur: rood, groen
keuzelijst maat: klein, groot
keuzelijst advies: wachten, doorgaan

invoer
  kleur: keuze uit kleur
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


def test_a_kruistabel_with_a_duplicate_row_traces_the_same_rows(tmp_path):
    import subprocess
    import sys

    (tmp_path / "regels").mkdir()
    (tmp_path / "regels" / "k.regels").write_text(KRUIS_DUBBEL, encoding="utf-8")
    assert run_regels(tmp_path, "bouw").returncode == 0
    code = ("import sys, json; sys.path.insert(0, '.'); import generated.k as m; "
            "print(json.dumps(m.beslis_json({'kleur': 'rood', 'maat': 'klein'})['beslissingen'][0]['rijen']))")
    generated = json.loads(subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                                          text=True, check=True).stdout)
    (tmp_path / "c.json").write_text('{"kleur": "rood", "maat": "klein"}', encoding="utf-8")
    cli = run_regels(tmp_path, "beslis", str(tmp_path / "c.json"), "--json")  # the interpreter's trace
    assert json.loads(cli.stdout)["beslissingen"][0]["rijen"] == generated
