"""Fuzzing as a habit, at a small bounded size (the long run: `python bench/fuzz.py regels`).

1. A grammar-aware generator (Hypothesis) writes valid .regels files — a keuzelijst with any
   text as values, inputs of several types, a table with random tests and any text as outcome,
   a regelset name and uitleg of any text — and each must build: the generated module imports
   and decides every generated case exactly as the interpreter does.
2. Byte and line mutations of every .regels file of regels/ and tests/fixtures: each mutant ends
   in Dutch errors that all have a position, or in a build that passes the same differential
   check. Never a Python exception, a hang, or a module that does not import.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from conftest import ROOT

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))
import fuzz  # noqa: E402  (bench/fuzz.py)

GOED = {"fout", "gebouwd"}

# Any text, including quotes, backslashes, line separators, template and HTML syntax, but no
# surrogates (no file can hold them) and no NUL-free guarantee: NUL is allowed in a string.
TEKST = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30) | \
    st.sampled_from(['"""', "'''", "\\", "{{ x }}", "{% if %}", "<script>x</script>", "\u2028", "\x85",
                     "\u202e", "a | b", "§1", "€ 5", "{bron}", "-->"])
WOORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéëïöü", min_size=2, max_size=8).map(lambda w: "x" + w)


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@st.composite
def regelset(draw) -> str:
    names = draw(st.lists(WOORD, min_size=5, max_size=5, unique=True))
    getal, keuze, janee, uit, lijst = names
    waarden = draw(st.lists(TEKST, min_size=1, max_size=4))
    lo = draw(st.integers(0, 50))
    hi = draw(st.integers(lo + 1, 200))
    rows = []
    for _ in range(draw(st.integers(1, 6))):
        n = draw(st.sampled_from(["-", f"tot {draw(st.integers(lo, hi))}", f"vanaf {draw(st.integers(lo, hi))}",
                                  f"{lo} t/m {draw(st.integers(lo, hi))}", f"meer dan {draw(st.integers(lo, hi))}",
                                  str(draw(st.integers(lo, hi)))]))
        k = draw(st.sampled_from(["-"] + [_q(w) for w in waarden]))
        j = draw(st.sampled_from(["-", "ja", "nee"]))
        rows.append(f"  | {n} | {k} | {j} || {_q(draw(TEKST))} |")
    rows.append(f"  | anders | - | - || {_q(draw(TEKST))} |")
    values = ", ".join(_q(w) for w in waarden)
    return "\n".join([
        f"regelset {_q(draw(TEKST))}",
        f"  document {_q(draw(TEKST))}",
        "  geldig vanaf 1 januari 2022",
        "",
        f"keuzelijst {lijst}: {values}",
        "",
        "invoer",
        f"  {getal}: geheel getal van {lo} t/m {hi}",
        f"    {_q(draw(TEKST))}",
        f"  {keuze}: keuze uit {lijst}",
        f"  {janee}: ja/nee",
        "",
        "uitvoer",
        f"  {uit}: tekst",
        "",
        f"beslistabel {uit} (eerste)",
        f"  toelichting {_q(draw(TEKST))}",
        f"  uitleg {_q(draw(TEKST).replace('{', '(').replace('}', ')'))}",
        f"  | {getal} | {keuze} | {janee} || {uit} |",
        "  |---|---|---||---|",
        *rows,
        "",
    ])


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    import signal

    signal.signal(signal.SIGALRM, fuzz._alarm)
    return tmp_path_factory.mktemp("fuzz")


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])
@given(source=regelset())
def test_generated_valid_sources_build_and_agree_with_the_interpreter(workdir, source):
    outcome = fuzz.check_source(source, "gegenereerd", workdir, per_bron=30, limit_cases=30)
    # "fout" (with a position, or it would be "zonder-positie") only where values of the keuzelijst
    # coincide once white space is folded; everything else builds and agrees with the interpreter.
    assert outcome in GOED, (outcome, source)


@pytest.mark.parametrize("seed", range(4))
def test_mutated_sources_end_in_a_dutch_error_or_a_sound_build(workdir, seed):
    rng = random.Random(1000 + seed)
    corpus = fuzz.sources()
    bad = {}
    for _ in range(40):
        name, text = rng.choice(corpus)
        mutant = fuzz.mutate(text, rng)
        outcome = fuzz.check_source(mutant, name, workdir, per_bron=30, limit_cases=15)
        if outcome not in GOED:
            bad.setdefault(outcome, mutant)
    assert not bad, {k: v[:3000] for k, v in bad.items()}


def test_the_hostile_insertions_one_by_one(workdir):
    """Every hostile fragment of the mutator, inserted into every line of the mini fixture once."""
    text = (ROOT / "tests" / "fixtures" / "mini" / "regels" / "mini.regels").read_text(encoding="utf-8")
    lines = text.split("\n")
    rng = random.Random(7)
    bad = {}
    for fragment in fuzz._HOSTILE:
        i = rng.randrange(len(lines))
        k = rng.randint(0, len(lines[i]))
        mutant = "\n".join(lines[:i] + [lines[i][:k] + fragment + lines[i][k:]] + lines[i + 1:])
        outcome = fuzz.check_source(mutant, "mini", workdir, per_bron=30, limit_cases=10)
        if outcome not in GOED:
            bad[outcome] = mutant
    assert not bad, {k: v[:2000] for k, v in bad.items()}
