"""Every layout mistake a policy writer makes gets a message that names its cause.

One file per mistake in tests/fixtures/fout/ (name.regels), with the exact message it must
get in name.verwacht: `line:column: message` and `tip: hint`. Add a mistake by adding a pair.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compiler.midden.passes import check
from compiler.errors import RegelsFout
from compiler.taal.parser import parse_text
from compiler.project import load_regelset
from compiler.taal import meldingen

from conftest import FIXTURES

FOUT = FIXTURES / "fout"
CASES = sorted(p.stem for p in FOUT.glob("*.regels"))


def first_error(path: Path):
    with pytest.raises(RegelsFout) as e:
        check(load_regelset("fout", [(path, path.name)]))
    return next(d for d in e.value.diagnostics if d.is_error)


@pytest.mark.parametrize("name", CASES)
def test_each_mistake_gets_its_exact_message(name):
    d = first_error(FOUT / f"{name}.regels")
    got = f"{d.span.line}:{d.span.column}: {d.message}\ntip: {d.hint}\n"
    assert got == (FOUT / f"{name}.verwacht").read_text(encoding="utf-8")
    assert "onverwacht" not in d.message


def test_the_corpus_covers_every_label_and_each_snippet_fails():
    from compiler.taal.parser import _lark

    assert set(meldingen.VOORBEELDEN) == set(meldingen._MESSAGES)
    for label, snippets in meldingen.VOORBEELDEN.items():
        for snippet in snippets:
            with pytest.raises(Exception):
                _lark().parse(snippet)


PLAIN = ('regelset "T"\n  geldig vanaf 1 januari 2022\n  toelichting "Een “mooie” tekst."\n\n'
         'keuzelijst z: A, B\n\ninvoer\n  n: geheel getal\n\nbeslistabel z (uniek)\n'
         '  toelichting "Het aantal."\n  | n       || z |\n  |---------||---|\n  | 1 t/m 2 || "A" |\n')


@pytest.mark.parametrize("pasted", [
    "\ufeff" + PLAIN,  # Notepad's byte-order mark
    PLAIN.replace("beslistabel z", "beslistabel\u00a0z").replace("1 t/m 2", "1\u00a0t/m\u00a02"),
    PLAIN.replace('toelichting "Het aantal."', "toelichting “Het aantal.”").replace('"A"', "“A”"),
    PLAIN.replace('"Een “mooie” tekst."', "“Een “mooie” tekst.”"),
])
def test_word_and_notepad_typography_is_read_as_plain_text(pasted):
    assert parse_text(pasted, "t.regels") == parse_text(PLAIN, "t.regels")


def test_normalising_keeps_every_column():
    text = "\u00a0a “b” „c”\n"
    assert len(meldingen.normaliseer(text)) == len(text)
