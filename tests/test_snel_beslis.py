"""`regels beslis` without parsing regels/ when generated/ is current, and the API's generated files.

The quick path (generated module) must print exactly what the full path (reference interpreter)
prints; `regels serveer` refuses a stale generated/; `regels bouw --controleer` covers openapi.json.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from compiler.cli import main

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_api import CASUS  # noqa: E402


@pytest.fixture(scope="module")
def kopie(tmp_path_factory):
    target = tmp_path_factory.mktemp("project")
    # The whole built project, so each test stands alone (under xdist they run in separate workers).
    for folder in ("regels", "generated", "docs"):
        shutil.copytree(ROOT / folder, target / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


def _uit(capsys, argv) -> tuple[int, str, str]:
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_snel_pad_zegt_hetzelfde_als_het_volle(kopie, tmp_path, capsys):
    casussen = {"goed": CASUS, "slecht": {**CASUS, "leeftijd": 200, "extra": True},
                "zonder huishouden": {**CASUS, "resultaatgebieden met ondersteuningsvraag": ["gezin"]}}
    paden = {}
    for naam, casus in casussen.items():
        paden[naam] = tmp_path / f"{naam}.json"
        paden[naam].write_text(json.dumps(casus), encoding="utf-8")
    vol = {(n, j): _uit(capsys, ["--project", str(kopie), "beslis", str(p), *j])
           for n, p in paden.items() for j in ((), ("--json",))}
    assert _uit(capsys, ["--project", str(kopie), "bouw"])[0] == 0  # records the build cache
    for (n, j), verwacht in vol.items():
        assert _uit(capsys, ["--project", str(kopie), "beslis", str(paden[n])] + list(j)) == verwacht, (n, j)
    # And the quick path really leaves the parser and the checker alone.
    code = ("import sys; from compiler.cli import main; main(['--project', sys.argv[1], 'beslis', sys.argv[2], "
            "'--json']); print(sorted(m for m in sys.modules if m.split('.')[0] in ('lark', 'jinja2') "
            "or m in ('compiler.parser', 'compiler.checks', 'compiler.interpreter')), file=sys.stderr)")
    r = subprocess.run([sys.executable, "-c", code, str(kopie), str(paden["goed"])], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0 and r.stderr.strip() == "[]", r.stderr
    assert json.loads(r.stdout) == json.loads(vol[("goed", ("--json",))][1])


def test_bouw_controleer_kent_openapi_json(kopie, capsys):
    pad = kopie / "generated" / "openapi.json"
    oud = pad.read_text(encoding="utf-8")
    pad.write_text(oud.replace('"3.1.0"', '"3.0.0"'), encoding="utf-8")
    try:
        code, _, err = _uit(capsys, ["--project", str(kopie), "bouw", "--controleer"])
        assert code == 1 and "generated/openapi.json" in err
        code, _, err = _uit(capsys, ["--project", str(kopie), "serveer"])
        assert code == 1 and "regels bouw" in err and "generated/openapi.json" in err
    finally:
        pad.write_text(oud, encoding="utf-8")
    assert _uit(capsys, ["--project", str(kopie), "bouw", "--controleer"])[0] == 0
