"""Short lines (issue 13, item 4): no line in regels/ over 120 characters.

Long texts of a row go below the table (`rij 2` / `kolom: …`), a long column name gets a short
one (`kolom kort: lange naam`), a text runs on over more lines and a list or a calculation goes on
after a comma or an operator. `regels opmaak` does all of it and says which lines it could not
shorten; the parser reads every form to the same rules.
"""

from __future__ import annotations

import shutil

import pytest

from compiler.cli import main
from compiler.errors import RegelsFout
from compiler.taal.formatter import MAX_LINE, check_same_rules, format_text
from compiler.taal.parser import parse_text

from conftest import ROOT

LONG = "Een lange toelichting bij deze rij, " * 4  # 144 characters


def table(rows: str, head: str = "| a || b | toelichting | bron |", meta: str = "") -> str:
    return ("beslistabel t (eerste)\n" + meta + f"  {head}\n  |---||---|---|---|\n"
            + "".join(f"  {r}\n" for r in rows.strip().splitlines()))


def test_no_line_in_the_rules_is_longer_than_120_characters():
    too_long = [f"{p.relative_to(ROOT)}:{n}: {len(line)} tekens"
                for p in sorted((ROOT / "regels").rglob("*.regels"))
                for n, line in enumerate(p.read_text(encoding="utf-8").split("\n"), 1) if len(line) > MAX_LINE]
    assert not too_long


def test_the_rules_are_formatted(capsys):
    assert main(["--project", str(ROOT), "opmaak", "--controleer"]) == 0
    captured = capsys.readouterr()
    assert "staan al in de vaste opmaak" in captured.out
    assert "let op" not in captured.err


def test_a_wide_table_writes_its_annotations_below_it_and_reads_the_same():
    text = table(f'| 1 || "x" | "{LONG}" | §1 |\n| 2 || "y" | | |')
    out = format_text(text)
    assert max(len(line) for line in out.splitlines()) <= MAX_LINE
    assert "  | a || b   | bron |\n" in out  # toelichting leaves the header; then the table fits
    assert "  rij 1\n    toelichting: \"Een lange toelichting" in out
    assert "rij 2" not in out  # only rows that have one
    assert format_text(out) == out
    check_same_rules(text, out, "t.regels")
    row = parse_text(out, "t.regels").tables[0].rows[0]
    assert row.toelichting == LONG.strip() and row.bron[0].anchor == "1"
    wider = format_text(text.replace("| §1 |", f'| §1, §2, §3.1 a, §3.1 b, {"§4, " * 20}§5 |'))
    assert "    bron: §1, §2" in wider and "| a || b   |\n" in wider  # then bron goes too


def test_outcomes_leave_from_the_right_and_every_row_names_them():
    text = table(f'| 1 || "x" | "{LONG}" |\n| 2 || "y" | - |', head="| a || b | c |")
    out = format_text(text)
    assert "  | a || b   |\n" in out
    assert "  rij 1\n    c: \"Een lange" in out and "  rij 2\n    c: -\n" in out
    check_same_rules(text, out, "t.regels")
    parsed = parse_text(out, "t.regels").tables[0]
    assert [c.name for c in parsed.outputs] == ["b", "c"]


def test_a_table_with_every_outcome_below_ends_its_header_in_bars():
    cond = "| " + " | ".join(f"{'x' * 36}{i}" for i in range(3)) + " ||"
    text = ("beslistabel t\n  " + cond + " b |\n  |---|---|---||---|\n  | 1 | 2 | 3 || \"een\" |\n")
    out = format_text(text)
    assert "||\n" in out.splitlines(keepends=True)[1]
    assert "  rij 1\n    b: \"een\"\n" in out
    check_same_rules(text, out, "t.regels")


def test_a_short_name_for_a_column():
    text = ("invoer\n  huurovereenkomst afhankelijk van de ondersteuning: ja/nee\n"
            "beslistabel t\n  kolom huur: huurovereenkomst afhankelijk van de ondersteuning\n"
            "  | huur || b |\n  |---||---|\n  | ja || 1 |\n")
    parsed = parse_text(text, "t.regels").tables[0]
    assert parsed.inputs[0].name == "huurovereenkomst afhankelijk van de ondersteuning"


def test_an_unused_short_name_is_an_error():
    text = "beslistabel t\n  kolom huur: huurovereenkomst\n  | hur || b |\n  |---||---|\n  | ja || 1 |\n"
    with pytest.raises(RegelsFout) as e:
        parse_text(text, "t.regels")
    d = e.value.diagnostics[0]
    assert d.message == "de korte naam “huur” staat niet in de kopregel"
    assert (d.span.line, d.span.column) == (2, 9) and "hur" in d.hint


@pytest.mark.parametrize("notes, message, line", [
    ("  rij 3\n    b: 1\n", "de tabel heeft geen rij 3 (de rijen tellen van 1 t/m 1)", 5),
    ("  rij 1\n    b: 1\n", "rij 1 heeft in de tabel al een waarde voor “b”", 6),
    ("  rij 1\n    c: 1\n    c: 2\n", "rij 1 krijgt “c” twee keer", 7),
])
def test_mistakes_below_a_table_are_named(notes, message, line):
    text = "beslistabel t\n  | a || b |\n  |---||---|\n  | 1 || 2 |\n" + notes
    with pytest.raises(RegelsFout) as e:
        parse_text(text, "t.regels")
    d = e.value.diagnostics[0]
    assert (d.message, d.span.line) == (message, line)


def test_a_list_goes_on_after_a_comma_and_a_calculation_after_an_operator():
    text = ('keuzelijst k: a, b,\n  c\ninvoer\n  x: geheel getal\nafgeleid\n  y = x +\n      1\n'
            'voorbeeld "v"\n  gegeven\n    x: 1\n  verwacht\n    y: 2,\n      3\n')
    m = parse_text(text, "t.regels")
    assert m.keuzelijsten[0].names == ("a", "b", "c")
    assert m.afgeleid[0].expr.op == "+"
    assert [v.value for v in m.voorbeelden[0].verwacht[0].values] == [2, 3]
    assert format_text(text).splitlines()[0] == "keuzelijst k: a, b, c"


def test_long_texts_and_lists_are_wrapped_within_120_characters():
    words = " ".join(f"woord{i}" for i in range(60))
    values = ", ".join(f'"waarde {i}"' for i in range(30))
    text = (f'regelset "T"\n  toelichting "{words}"\n  geldig vanaf 1 januari 2022\n'
            f'voorbeeld "v"\n  gegeven\n    x: 1\n  verwacht\n    y: {values}\n')
    out = format_text(text)
    assert max(len(line) for line in out.splitlines()) <= MAX_LINE
    assert format_text(out) == out
    check_same_rules(text, out, "t.regels")
    assert parse_text(out, "t.regels").header.toelichting == words


def test_opmaak_names_a_line_it_cannot_shorten(tmp_path, capsys):
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", tmp_path / "p", dirs_exist_ok=True) \
        if (ROOT / "tests" / "fixtures" / "mini").is_dir() else None
    project = tmp_path / "p"
    (project / "regels").mkdir(parents=True, exist_ok=True)
    name = "n" * 130
    (project / "regels" / "lang.regels").write_text(
        f'regelset "L"\n  geldig vanaf 1 januari 2022\n\ninvoer\n  {name}: ja/nee\n', encoding="utf-8")
    assert main(["--project", str(project), "opmaak", str(project / "regels" / "lang.regels")]) == 0
    err = capsys.readouterr().err
    assert "lang.regels:5: let op: deze regel is 140 tekens lang (hoogstens 120)" in err
    assert "kies een kortere naam" in err
