"""The docs backend's shape: it never imports the parser or the CLI, writes no HTML in Python (the
templates do), and escapes every context in one module — project data and file names included."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tokenize

from compiler.backends.docs import escape
from compiler.backends.docs import site as docs
from compiler.project import Project

from conftest import FIXTURES, ROOT

DOCS = ROOT / "compiler" / "backends" / "docs"
HTML_TAG = ("<p>", "<a ", "<td", "<th", "<tr", "<table", "<span", "<strong", "<br", "<q>", "<ul", "<ol", "<li",
            "<blockquote", "<div", "<code", "<caption")


def test_the_docs_backend_imports_neither_parser_nor_cli():
    code = ("import sys, compiler.backends.docs.site; "
            "print([m for m in sys.modules if m in ('lark', 'compiler.cli', 'compiler.project', "
            "'compiler.taal.parser', 'compiler.taal.formatter') or m.startswith('compiler.commands')])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_no_html_is_written_in_python():
    """Every tag is in a template (_html.jinja and the pages); Python only builds view models.
    A raw regex string may name a tag: the glossary linker recognises the markup it must skip."""
    for path in DOCS.glob("*.py"):
        for tok in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
            if tok.type == tokenize.STRING and not tok.string.lower().startswith(("r'", 'r"', '"""')):
                assert not any(t in tok.string for t in HTML_TAG), (path.name, tok.start, tok.string[:60])


def test_escaping_per_context():
    hostile = '<img src=x onerror=alert(1)> `a` {{ b }} | </script> --> \u2028'
    assert "<" not in escape.html_text(hostile) and "{{" not in escape.html_text(hostile)
    assert "<" not in escape.md(hostile) and "|" not in escape.md(hostile)
    assert "-->" not in escape.comment(hostile) and "<" not in escape.comment(hostile)
    as_js = escape.js_json({"naam": hostile})
    assert "</script" not in as_js and "<" not in as_js and "\u2028" not in as_js
    assert json.loads(as_js) == {"naam": hostile}
    code = escape.md_code("a `b` ``c``")
    assert code.startswith("```") and code.endswith("```")
    assert escape.yaml_str(hostile).startswith('"') and "<" not in escape.yaml_str(hostile)


def test_project_data_is_escaped_like_any_text(tmp_path):
    regels = tmp_path / "regels"
    regels.mkdir()
    (regels / "mini.regels").write_text((FIXTURES / "mini" / "regels" / "mini.regels").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    (regels / "project.yml").write_text(
        'gemeente: "gemeente <b>Vet</b> {{ q }} | x"\n'
        'regelsets:\n  mini:\n    route: "Route <i>schuin</i>"\n    stappen:\n      - titel: "Stap <u>een</u>"\n'
        '        bron: ["1"]\n', encoding="utf-8")
    (regels / "begrippen.yml").write_text(
        '- naam: "maat <script>x</script>"\n  vormen: [maat]\n  uitleg: "Een <em>maat</em> {{ z }}."\n',
        encoding="utf-8")
    project = Project(tmp_path)
    files = docs.generate(project.models(), project)
    for path, content in files.items():
        for bad in ("<b>Vet", "<i>schuin", "<u>een", "<script>x", "<em>maat", "{{ q }}", "{{ z }}"):
            assert bad not in content, (path, bad)
    assert "gemeente &lt;b&gt;Vet&lt;/b&gt;" in files["docs/index.md"]


def test_a_broken_project_file_is_a_dutch_error_with_its_place(tmp_path):
    from compiler.errors import RegelsFout

    (tmp_path / "regels").mkdir()
    (tmp_path / "regels" / "project.yml").write_text("gemeente: [open\n", encoding="utf-8")
    try:
        Project(tmp_path).settings()
    except RegelsFout as e:
        d = e.diagnostics[0]
        assert d.span.file == "regels/project.yml" and d.span.line >= 1 and "geen geldige YAML" in d.message
    else:
        raise AssertionError("geen fout")


def test_citizen_pages_and_contact_come_from_the_project_and_never_invent_a_number(tmp_path):
    regels = tmp_path / "regels"
    regels.mkdir()
    (regels / "mini.regels").write_text((FIXTURES / "mini" / "regels" / "mini.regels").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    (regels / "project.yml").write_text(
        "gemeente: gemeente Testdorp\n"
        "contact:\n  telefoon: '<b>14 038</b>'\n  email:\n"
        "inwoners:\n  - titel: 'Bezwaar <i>maken</i>'\n    tekst: |\n      Eerste zin <script>x</script>.\n\n"
        "      - punt **een**\n    bron: ['Awb, artikel 6:7']\n", encoding="utf-8")
    project = Project(tmp_path)
    files = docs.generate(project.models(), project)
    page = files["docs/inwoners/bezwaar-i-maken-i.md"]
    assert "# Bezwaar &lt;i&gt;maken&lt;/i&gt;" in page
    assert "<p>Eerste zin &lt;script&gt;x&lt;/script&gt;.</p><ul><li>punt <strong>een</strong></li></ul>" in page
    assert "Bron: Awb, artikel 6:7." in page
    contact = files["docs/inwoners/hulp-en-contact.md"]
    assert "- **Telefoon:** &lt;b&gt;14 038&lt;/b&gt;" in contact
    assert "- **E-mail:** *nog niet ingevuld door de gemeente.*" in contact
    assert '  - "Voor inwoners":' in files["mkdocs.yml"]


def test_the_real_contact_details_are_not_invented():
    """The beleidsregel names no phone number, e-mail or address: every field is a marked gap."""
    project = Project(ROOT)
    contact = docs.generate(project.models(), project)["docs/inwoners/hulp-en-contact.md"]
    assert contact.count("*nog niet ingevuld door de gemeente.*") == 5
