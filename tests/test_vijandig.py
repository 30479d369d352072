"""A hostile corpus: no text from a project ever becomes code or markup.

Every position of a project that can hold text — regelset name, document, toelichting, keuzelijst
values and their descriptions, invoer/uitvoer descriptions, controle messages, table toelichting,
uitleg, citaat, row toelichting, text values in cells, voorbeeld names, herkomst, dekking texts,
the headings and bodies of regels/bron/*.md (the beleidsregel and a bijlage), the names of
.regels files and regelset folders — holds hostile text: quotes of every kind, triple quotes,
backslashes, line and paragraph separators, template tags, <script>, <img onerror>, Markdown
link and attribute syntax, bidi and zero-width characters, NUL, very long text.

The project is built with the `regels` command as a user runs it, the generated modules are
imported and run in a fresh interpreter, and the Markdown and the HTML mkdocs makes of it are
read back. Nothing may execute (a payload that runs leaves a file GEKAAPT behind), no payload
may become live markup, and the text must come out literally. These tests drive only the
command line, the generated modules and the built files, so they hold whatever the compiler
looks like inside.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT

# A payload that runs leaves this file behind, in the project or the working directory.
GEKAAPT = "GEKAAPT"
_RUN = f"__import__('pathlib').Path('{GEKAAPT}').write_text('x')"

# The payload groups. Each is placed in every text position of one project.
PYTHON = [
    f'"""+{_RUN}+"""', f"'''+{_RUN}+'''", f"\\\n{_RUN}\n", f"'+{_RUN}+'", f'"+{_RUN}+"',
    f"\r{_RUN}\r", f"\u2028{_RUN}\u2029", f"\x0c{_RUN}\x85", "\\N{BULLET} \\x41 \\u0041 \\",
    f"\x00{_RUN}", f"# -*- coding: rot13 -*-\n{_RUN}",
]
MARKUP = [
    "<script>alert('GEKAAPT')</script>", "<img src=x onerror=alert('GEKAAPT')>",
    "<a href=\"javascript:alert('GEKAAPT')\">klik</a>", "[klik](javascript:alert('GEKAAPT'))",
    "![x](x \"onerror=alert('GEKAAPT')\")", "{: onclick=\"alert('GEKAAPT')\" }", "{ onclick=alert('GEKAAPT') }",
    "<!-- ", "-->", "]]>", "`code`", "*nadruk* **vet** _x_", "| pijp |", "&amp; &lt; &#60;",
    "<svg/onload=alert('GEKAAPT')>", "\"><b onmouseover=alert('GEKAAPT')>", "'><i onfocus=alert(1) autofocus>",
    "</textarea></style></title>", "%3Cscript%3E", "%}", "{#", "#}", ":::", "!!! warning \"x\"",
]
TEMPLATE = [
    "{{ 'GEKAAPT' ~ 'JINJA' }}", "{% for x in 'AB' %}GEKAAPTLUS{% endfor %}", "{{ cycler.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].system('touch GEKAAPT') }}", "{% raw %}", "{% endraw %}", "${GEKAAPT}",
    "%(GEKAAPT)s", "{0.__class__}", "{GEKAAPT}", "{{", "}}", "{%", "%}",
]
UNICODE = [
    "\u202eGEKAAPT\u202c", "\u2066links\u2069", "zero\u200bwidth\u200d", "\ufeffbom", "\u00a0harde spatie",
    "éèëïöü ß ĳ Ĳ ﬁ ǅ", "日本語 العربية עברית", "\U0001f600\U0001f4a9", "\ud7ff", "\x1b[31mrood\x1b[0m",
    "\t tab \v verticaal", "x" * 3000,
]
GROUPS = {"python": PYTHON, "markup": MARKUP, "template": TEMPLATE, "unicode": UNICODE}


def _quoted(text: str) -> str:
    """A .regels string literal holding `text`."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _literal(text: str) -> str:
    """What a .regels string literal gives: backslash escapes undone, runs of white space one space."""
    return re.sub(r"\s+", " ", text).strip()


def _folder_name(payloads: list[str], tag: str) -> str:
    """A folder or file name with the file-system-safe part of the payloads (no / or NUL)."""
    name = " ".join(p for p in payloads if "/" not in p and "\x00" not in p and len(p) < 200)
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C" and ch not in "\u2028\u2029")
    return (tag + " " + name)[:120].strip()


def hostile_project(root: Path, payloads: list[str], tag: str) -> dict[str, str]:
    """Write a project whose every text position holds the payloads; return the texts placed,
    by position, as they should come out (after the .regels string rules)."""
    t = {f"p{i}": f"{tag}{i}: " + "  ".join(payloads) for i in range(30)}
    # In an uitleg, {naam} is a placeholder; a brace is no text there.
    t["p10"] = t["p10"].replace("{", "(").replace("}", ")")
    folder = _folder_name(payloads, "map")
    file_name = _folder_name(payloads, "bestand")
    q = {k: _quoted(v) for k, v in t.items()}
    regels = _fill(textwrap.dedent("""\
        regelset ⟨p0⟩
          document ⟨p1⟩
          geldig vanaf 1 januari 2022
          toelichting ⟨p2⟩

        keuzelijst kleur
          ⟨p3⟩
            ⟨p4⟩
          groen

        invoer
          leeftijd: geheel getal van 0 t/m 130
            ⟨p5⟩
          kleur: keuze uit kleur
          o'neil/x-y’s: ja/nee, optioneel
            ⟨p6⟩

        controles
          ⟨p7⟩: leeftijd >= 0

        uitvoer
          bericht: tekst
            ⟨p8⟩
          signaal: tekst

        beslistabel bericht (uniek)
          bron §1
          toelichting ⟨p9⟩
          uitleg ⟨p10⟩ "{bron} {leeftijd} {bericht}"
          citaat ⟨p11⟩
          | kleur | leeftijd || bericht | toelichting |
          |-------|----------||---------|-------------|
          | ⟨p3⟩ | - || ⟨p12⟩ | ⟨p13⟩ |
          | groen | tot 18 || ⟨p14⟩ | |
          | groen | vanaf 18 || ⟨p15⟩ | |

        beslistabel signaal (eerste)
          bron §2
          | leeftijd || signaal | citaat |
          |----------||---------|--------|
          | tot 50   || ⟨p16⟩ | ⟨p17⟩ |
          | anders   || "oud" | |

        voorbeeld ⟨p18⟩
          herkomst ⟨p19⟩
          toelichting ⟨p20⟩
          gegeven
            leeftijd: 12
            kleur: ⟨p3⟩
            o'neil/x-y’s: ja
          verwacht
            bericht: ⟨p12⟩
            signaal: ⟨p16⟩

        dekking
          §3: informatief ⟨p21⟩
        """), q)
    # The heading text may hold no "{#"; a Markdown heading is one line.
    heading = lambda k: _literal(t[k]).replace("{#", "{ #")  # noqa: E731
    bron_md = textwrap.dedent(f"""\
        # {heading('p22')}

        ## §1 {heading('p23')} {{#1}}

        {_literal(t['p24'])} {_literal(t['p11'])}

        ## §2 Tweede {{#2}}

        Tekst. {_literal(t['p17'])}

        ## §3 {heading('p25')} {{#3}}

        {_literal(t['p26'])}
        """)
    bijlage_md = textwrap.dedent(f"""\
        # Bijlage

        ## {heading('p27')} {{#bijlage-een}}

        {_literal(t['p28'])}
        """)
    base = root / "regels"
    (base / "bron").mkdir(parents=True)
    (base / "bron" / "beleidsregel.md").write_text(bron_md, encoding="utf-8")
    (base / "bron" / f"{_folder_name(payloads, 'bijlage')}.md").write_text(bijlage_md, encoding="utf-8")
    (base / folder).mkdir()
    (base / folder / f"{file_name}.regels").write_text(regels, encoding="utf-8")
    # A second regelset, a single file, whose table cites the bijlage (its heading reaches the code).
    (base / f"{file_name} twee.regels").write_text(_fill(textwrap.dedent("""\
        regelset ⟨p29⟩
          geldig vanaf 1 januari 2022

        invoer
          n: geheel getal

        uitvoer
          uit: tekst

        beslistabel uit (eerste)
          bron §bijlage-een
          | n       || uit |
          |---------||-----|
          | tot 5   || ⟨p12⟩ |
          | anders  || "x" |
        """), q), encoding="utf-8")
    return {k: _literal(v) for k, v in t.items()} | {"folder": folder, "file": file_name}


def _fill(template: str, q: dict[str, str]) -> str:
    return re.sub(r"⟨(p\d+)⟩", lambda m: q[m.group(1)], template)


def regels_command() -> list[str]:
    exe = Path(sys.executable).with_name("regels")
    return [str(exe)] if exe.exists() else [sys.executable, "-c", "from compiler.cli import run; run()"]


def run_regels(project: Path, *args: str, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(regels_command() + ["--project", str(project), *args], cwd=project, input=input,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"})


def assert_no_traceback(done: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout, done.stderr[-3000:]


def assert_not_executed(root: Path) -> None:
    hits = [p for p in root.rglob(GEKAAPT)] + [p for p in Path.cwd().glob(GEKAAPT)]
    assert not hits, f"een tekst is als code uitgevoerd: {hits}"


_RUNNER = textwrap.dedent("""\
    import importlib, json, sys
    sys.path.insert(0, sys.argv[1])
    gen = importlib.import_module("generated")
    out = {}
    for name in gen.__all__:
        m = importlib.import_module("generated." + name)
        out[name] = {"REGELSET": m.REGELSET, "DOCUMENT": m.DOCUMENT,
                     "source": open(m.__file__, encoding="utf-8").read()}
        if hasattr(m, "beslis_json"):
            cases = json.loads(sys.argv[2])
            out[name]["uitkomsten"] = []
            for casus in cases.get(name, []):
                try:
                    out[name]["uitkomsten"].append(m.beslis_json(casus))
                except Exception as e:
                    out[name]["uitkomsten"].append({"fout": type(e).__name__, "tekst": str(e)})
    print(json.dumps(out))
    """)


@pytest.fixture(scope="module", params=sorted(GROUPS))
def built(request, tmp_path_factory):
    """A hostile project per payload group, built with `regels bouw`."""
    root = tmp_path_factory.mktemp(f"vijandig-{request.param}")
    texts = hostile_project(root, GROUPS[request.param], request.param.upper())
    done = run_regels(root, "bouw")
    return request.param, root, texts, done


def test_the_build_succeeds_without_executing_anything(built):
    group, root, texts, done = built
    assert_no_traceback(done)
    assert done.returncode == 0, done.stderr[-3000:]
    assert_not_executed(root)


def test_generated_modules_import_run_and_keep_the_text_literally(built):
    group, root, texts, done = built
    assert done.returncode == 0, done.stderr[-3000:]
    kleur = texts["p3"]
    cases = {}
    listing = json.loads(_run_python(root, _RUNNER, "{}").stdout)
    for name in listing:
        cases[name] = [{"leeftijd": 12, "kleur": kleur, "o'neil/x-y’s": True},
                       {"leeftijd": 40, "kleur": "groen"}, {"n": 3}]
    out = json.loads(_run_python(root, _RUNNER, json.dumps(cases)).stdout)
    assert_not_executed(root)
    assert len(out) == 2
    by_name = {v["REGELSET"]: v for v in out.values()}
    assert set(by_name) == {texts["p0"], texts["p29"]}
    main, twee = by_name[texts["p0"]], by_name[texts["p29"]]
    assert main["DOCUMENT"] == texts["p1"]
    first = main["uitkomsten"][0]
    assert first["uitkomst"]["bericht"] == texts["p12"], first
    assert first["uitkomst"]["signaal"] == texts["p16"]
    assert main["uitkomsten"][1]["uitkomst"]["bericht"] == texts["p15"]
    assert twee["uitkomsten"][2]["uitkomst"]["uit"] == texts["p12"]
    bronnen = twee["uitkomsten"][2]["beslissingen"][0]["bron"]
    assert any(texts["p27"].replace("{#", "{ #") in b for b in bronnen), bronnen  # the bijlage heading, literally
    for module in out.values():  # the source itself: one line per line, no control characters
        src = module["source"]
        assert "\x00" not in src and "\u2028" not in src and "\u202e" not in src and "\r" not in src
        compile(src, "module", "exec")


def _run_python(root: Path, code: str, *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-c", code, str(root), *args], cwd=root, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def test_the_cli_decides_and_explains_without_executing(built):
    group, root, texts, done = built
    assert done.returncode == 0
    casus = json.dumps({"leeftijd": 12, "kleur": texts["p3"], "o'neil/x-y’s": True})
    for extra in ((), ("--uitleg",), ("--json",)):
        path = root / "casus.json"
        path.write_text(casus, encoding="utf-8")
        result = run_regels(root, "beslis", str(path), "--regelset", texts["folder"], *extra)
        assert_no_traceback(result)
        assert result.returncode == 0, result.stderr[-2000:]
        if extra == ("--json",):
            assert json.loads(result.stdout)["uitkomst"]["bericht"] == texts["p12"]
        else:
            assert texts["p12"] in result.stdout
        if extra == ("--uitleg",):
            assert texts["p10"] in result.stdout  # the uitleg, literally
    result = run_regels(root, "test")
    assert_no_traceback(result)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert_not_executed(root)


# -- Markdown and HTML

_LIVE = [
    re.compile(r"<(?i:script|img|svg|iframe|a|b|i|textarea|style|title)\b[^>]*GEKAAPT"),
    re.compile(r"<(?i:img|svg|b|i)\s+(?i:src|on\w+)"),
    re.compile(r"GEKAAPTJINJA|GEKAAPTLUSGEKAAPTLUS"),
]
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_CODE = re.compile(r"`[^`\n]*`")


def test_markdown_holds_no_live_markup(built):
    group, root, texts, done = built
    assert done.returncode == 0
    pages = list((root / "docs").rglob("*.md"))
    assert pages
    for page in pages:
        content = page.read_text(encoding="utf-8")
        for inside in _COMMENT.findall(content):  # a comment is inert when nothing in it can end it
            assert "--" not in inside and "<" not in inside and ">" not in inside, inside[:300]
        content = _CODE.sub("", _COMMENT.sub("", content))  # a code span shows its text as text
        for pattern in _LIVE:
            m = pattern.search(content)
            assert m is None, f"{page.relative_to(root)}: {content[max(0, m.start() - 200):m.end() + 200]!r}"
        assert "\x00" not in content, page
    yml = (root / "mkdocs.yml").read_text(encoding="utf-8")
    import yaml

    config = yaml.safe_load(yml.replace("!!python/name:", "")) if "!!python" in yml else yaml.safe_load(yml)
    assert "GEKAAPTJINJA" not in json.dumps(config) and "GEKAAPTLUSGEKAAPTLUS" not in json.dumps(config)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.bad: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.bad.append(f"<{tag} {name}={value!r}>")
            if name in ("href", "src", "action", "formaction") and value and \
                    re.sub(r"\s", "", value).lower().startswith(("javascript:", "data:text/html", "vbscript:")):
                self.bad.append(f"<{tag} {name}={value!r}>")
        self.in_script = tag == "script"

    def handle_endtag(self, tag):
        self.in_script = False

    def handle_data(self, data):
        if self.in_script and "GEKAAPT" in data:
            self.bad.append(f"<script>{data[:200]}")


@pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("material") is None,
                    reason="mkdocs-material is niet geïnstalleerd")
def test_the_built_site_holds_no_live_markup(built):
    group, root, texts, done = built
    assert done.returncode == 0
    if group not in ("markup", "template"):
        pytest.skip("de HTML van de markup- en templategroep is genoeg; de Markdown van elke groep is getoetst")
    site = root / "site"
    built_site = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs.yml", "-d", str(site)],
                                cwd=root, capture_output=True, text=True, timeout=300,
                                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert built_site.returncode == 0, built_site.stderr[-3000:]
    pages = list(site.rglob("*.html"))
    assert len(pages) > 5
    seen_literal = False
    for page in pages:
        content = page.read_text(encoding="utf-8")
        parser = _Tags()
        parser.feed(content)
        assert not parser.bad, f"{page.relative_to(site)}: {parser.bad[:3]}"
        assert "GEKAAPTJINJA" not in content and "GEKAAPTLUSGEKAAPTLUS" not in content, page
        seen_literal |= "&lt;script&gt;alert(&#39;GEKAAPT&#39;)" in content or \
            "&lt;script&gt;alert('GEKAAPT')" in content or "{{ 'GEKAAPT' ~ 'JINJA' }}" in content or \
            "&#123;&#123; &#39;GEKAAPT&#39; ~ &#39;JINJA&#39; &#125;&#125;" in content
    assert seen_literal, "de vijandige tekst staat nergens letterlijk op de site"
    assert_not_executed(root)


# -- Names that cannot be a module

@pytest.mark.parametrize("names, words", [
    (["a-b.regels", "a_b.regels"], ["a-b.regels", "a_b.regels", "a_b"]),
    (["Één.regels", "een.regels"], ["Één.regels", "een.regels"]),
    (["!!!.regels"], ["!!!.regels"]),
    (["regel\nset.regels"], ["regel"]),
    (["x\u202ey.regels"], ["x"]),
])
def test_file_names_that_cannot_be_a_module_are_a_dutch_error(tmp_path, names, words):
    (tmp_path / "regels").mkdir()
    source = (FIXTURES / "mini" / "regels" / "mini.regels").read_text(encoding="utf-8")
    for name in names:
        (tmp_path / "regels" / name).write_text(source, encoding="utf-8")
    done = run_regels(tmp_path, "bouw")
    assert_no_traceback(done)
    assert done.returncode == 1, done.stdout + done.stderr
    for word in words:
        assert word.split("\n")[0] in done.stderr
    assert not (tmp_path / "generated").exists() or not list((tmp_path / "generated").glob("*.py"))


def test_a_folder_and_a_file_with_one_module_name_are_an_error(tmp_path):
    (tmp_path / "regels" / "a b").mkdir(parents=True)
    source = (FIXTURES / "mini" / "regels" / "mini.regels").read_text(encoding="utf-8")
    (tmp_path / "regels" / "a b" / "x.regels").write_text(source, encoding="utf-8")
    (tmp_path / "regels" / "a-b.regels").write_text(source, encoding="utf-8")
    done = run_regels(tmp_path, "bouw")
    assert_no_traceback(done)
    assert done.returncode == 1
    assert "a b" in done.stderr and "a-b.regels" in done.stderr
    assert "zelfde" in done.stderr or "dezelfde" in done.stderr


def test_a_project_copy_of_the_fixture_still_builds(tmp_path):
    """The checks above reject what they must and nothing more: the mini fixture builds as it is."""
    shutil.copytree(FIXTURES / "mini", tmp_path / "mini")
    done = run_regels(tmp_path / "mini", "bouw")
    assert done.returncode == 0, done.stderr
