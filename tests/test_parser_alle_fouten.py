"""The parser reports every error of a file at once, each at its own line with a hint, in file order."""

from __future__ import annotations

import pytest

from compiler.errors import RegelsFout
from compiler.taal.parser import parse_text

GOED = ('regelset "T"\n  geldig vanaf 1 januari 2022\n\n'
        'keuzelijst z: A, B\n\n'
        'invoer\n  n: geheel getal\n  m: geheel getal\n\n'
        'beslistabel z (uniek)\n  | n || z |\n  |---||---|\n  | 1 t/m 2 || A |\n')

# Four independent mistakes: syntax in two blocks, a bad cell (a row too short) and a bad keyword.
FOUTEN = ('regelset "T"\n  geldig vanaf 1 januari 2022\n\n'            # 1-3
          'keuzelijst z: A, B\n\n'                                     # 4-5
          'invoer\n  leeftijd geheel getal\n\n'                        # 6-8   no colon
          'beslistabel z (uniek)\n  | n | m || z |\n  |---|---||---|\n  | 1 || A |\n\n'  # 9-13 row too short
          'afgeleid\n  x = (n +\n\n'                                    # 14-16 unclosed bracket
          'beslistabl y (uniek)\n')                                     # 17    unknown keyword


def diagnostics(text: str):
    with pytest.raises(RegelsFout) as e:
        parse_text(text, "t.regels")
    return e.value.diagnostics


def test_a_good_file_still_parses():
    assert parse_text(GOED, "t.regels").tables[0].name == "z"


def test_every_independent_error_is_reported_with_line_and_hint():
    found = diagnostics(FOUTEN)
    assert [d.span.line for d in found] == [7, 12, 15, 17]
    assert found[0].message == "na de naam “leeftijd” hoort een dubbele punt"
    assert "rij 1 heeft 2 cellen, de kopregel 3" in found[1].message
    assert "onbekend sleutelwoord “beslistabl”" in found[3].message
    assert all(d.is_error and d.hint and d.span.file == "t.regels" and d.span.column >= 1 for d in found)
    rendered = found[3].render({"t.regels": FOUTEN})
    assert "   17 | beslistabl y (uniek)" in rendered and "^" in rendered


def test_the_first_error_stays_the_one_the_parse_stopped_at():
    # The exact-message tests read diagnostics[0]: collecting more must not change it.
    one = diagnostics(FOUTEN.split("beslistabel z")[0])
    assert one[0] == diagnostics(FOUTEN)[0]
    assert len(one) == 1


def test_errors_of_the_builder_in_several_tables_are_all_reported():
    text = GOED + ('\nbeslistabel a (uniek)\n  | n | z |\n  |---|---|\n  | 1 | A |\n'
                   '\nbeslistabel b (uniek)\n  | n || z |\n  |---||---|\n  | 1 | 2 || A |\n')
    found = diagnostics(text)
    assert len(found) == 2
    assert "voorwaarden en welke uitkomsten" in found[0].message
    assert "rij 1 heeft 3 cellen, de kopregel 2" in found[1].message


def test_collecting_is_bounded():
    from compiler.taal import grenzen

    text = GOED + "".join(f"\nbeslistabl t{i} (uniek)\n" for i in range(grenzen.MAX_FOUTEN + 50))
    found = diagnostics(text)
    assert len(found) == grenzen.MAX_FOUTEN + 1
    assert [d.span.line for d in found] == sorted(d.span.line for d in found)
