"""Editor support: the Pygments lexer (entry point `regels`)."""

from __future__ import annotations

import pytest
from pygments.lexers import find_lexer_class_for_filename, get_lexer_by_name
from pygments.token import Error, Keyword, Name, Number, Operator, String

from compiler.editor.lexer import RegelsLexer

from conftest import FIXTURES, ROOT

FILES = sorted([*(ROOT / "regels").rglob("*.regels"), *(FIXTURES / "mini").rglob("*.regels")])


def test_the_lexer_is_registered_as_an_entry_point():
    assert isinstance(get_lexer_by_name("regels"), RegelsLexer)
    assert find_lexer_class_for_filename("zwaarte.regels") is RegelsLexer


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_file_of_the_rules_lexes_without_an_error_token(path):
    text = path.read_text(encoding="utf-8")
    tokens = list(get_lexer_by_name("regels").get_tokens(text))
    assert not [v for t, v in tokens if t is Error]
    assert "".join(v for _, v in tokens) == text if text.endswith("\n") else text + "\n"


def kinds(text: str) -> dict[str, object]:
    return {v.strip(): t for t, v in RegelsLexer().get_tokens(text) if v.strip()}


def test_each_part_of_a_table_gets_its_category():
    found = kinds('beslistabel zwaarte (uniek)\n  bron §2.1 a\n  | aantal || zwaarte |\n  |---||---|\n'
                  '  | 3 t/m 4 || "B" |\n')
    assert found["beslistabel"] is Keyword.Declaration
    assert found["uniek"] is Keyword.Pseudo
    assert found["bron"] is Keyword
    assert found["§2.1 a"] is Name.Label
    assert found["t/m"] is Operator.Word
    assert found["3"] is Number
    assert found['"B"'] is String.Double


def test_a_declaration_name_is_a_variable_even_when_it_is_a_type_word():
    found = kinds("invoer\n  bedrag: bedrag vanaf € 0\n  kleur: keuze uit kleur, optioneel\n")
    assert found["bedrag"] in (Name.Variable, Keyword.Type)
    tokens = list(RegelsLexer().get_tokens("invoer\n  bedrag: bedrag vanaf € 0\n"))
    assert (Name.Variable, "bedrag") in tokens and (Keyword.Type, "bedrag") in tokens
    assert (Number, "€ 0") in tokens


# -- The VS Code extension in editors/vscode/

import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
from pathlib import Path  # noqa: E402

VSCODE = ROOT / "editors" / "vscode"
TMGRAMMAR_TEST = "vscode-tmgrammar-test@0.1.3"


def tmgrammar_test() -> Path:
    """The npm test runner, installed once into a cache folder (offline from npm's cache after that)."""
    cache = Path(os.environ.get("REGELS_NPM_CACHE", Path.home() / ".cache" / "regels" / "npm"))
    binary = cache / "node_modules" / ".bin" / "vscode-tmgrammar-test"
    if not binary.exists():
        npm = shutil.which("npm")
        assert npm, "npm ontbreekt: installeer Node.js 20 met npm om de TextMate-grammatica te testen"
        cache.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([npm, "install", "--prefer-offline", "--no-audit", "--no-fund", "--prefix", str(cache),
                               TMGRAMMAR_TEST], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    return binary


def test_the_textmate_grammar_passes_its_tests():
    done = subprocess.run([str(tmgrammar_test()), "-g", "syntaxes/regels.tmLanguage.json", "test/*.regels"],
                          cwd=VSCODE, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("run successfuly") == len(list((VSCODE / "test").glob("*.regels")))


def test_the_extension_folder_is_complete():
    manifest = json.loads((VSCODE / "package.json").read_text(encoding="utf-8"))
    contributes = manifest["contributes"]
    for entry in [*contributes["languages"], *contributes["grammars"], *contributes["snippets"]]:
        for key in ("configuration", "path"):
            if key in entry:
                assert (VSCODE / entry[key]).is_file(), entry[key]
    assert (VSCODE / manifest["main"]).is_file()
    json.loads((VSCODE / "language-configuration.json").read_text(encoding="utf-8"))
    grammar = json.loads((VSCODE / "syntaxes" / "regels.tmLanguage.json").read_text(encoding="utf-8"))
    assert grammar["scopeName"] == contributes["grammars"][0]["scopeName"]


def _expand(body: list[str]) -> str:
    """A snippet as a writer gets it after pressing Tab through it: every placeholder's default."""
    text = "\n".join(body)
    text = re.sub(r"\$\{\d+\|([^,|}]+)[^}]*\|\}", r"\1", text)
    while re.search(r"\$\{\d+:([^{}]*)\}", text):
        text = re.sub(r"\$\{\d+:([^{}]*)\}", r"\1", text)
    text = re.sub(r"\$\{(\d+)\}", lambda m: "", text)
    return re.sub(r"\$0", "", text)


def test_the_snippets_expand_to_rules_that_parse():
    from compiler.taal.parser import parse_text

    snippets = json.loads((VSCODE / "snippets" / "regels.json").read_text(encoding="utf-8"))
    assert {"Beslistabel", "Voorbeeld"} <= set(snippets)
    for name, snippet in snippets.items():
        text = 'regelset "T"\n  geldig vanaf 1 januari 2022\n\n' + _expand(snippet["body"]) + "\n"
        parse_text(text, f"{name}.regels")
