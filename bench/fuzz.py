"""Fuzzing on demand: mutated .regels sources, and batch files with broken cases.

    python bench/fuzz.py regels --aantal 100000 [--seed 1] [--tijd 600]
    python bench/fuzz.py batch --aantal 100000 [--soort jsonl|csv]

`regels`: byte and line mutations of every .regels file of regels/ and tests/fixtures (and of
sources made valid by the grammar-aware generator of tests/test_fuzz.py). Each mutant is parsed
and checked; every outcome is either Dutch errors that each have a position, or a build whose
generated module compiles, imports and decides every generated case as the interpreter does
(the differential check). Anything else is counted: a crash (a Python exception), a hang (more
than --per-bron seconds), a mismatch, an error without a position, a module that does not
import. Progress on stderr every 500 sources; --aantal and --tijd limit the run.

`batch`: a JSON Lines or CSV file of N cases for the mini fixture, 1 % broken in every way
tests/test_batch_robuust.py knows, through `regels beslis --batch`; counts in, out, and rows
that are not what the single decision gives.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import io
import json
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# -- Batch files

GOEDE_VELDEN = {"leeftijd": 40, "kleur": "rood", "bedrag": "150.00", "begindatum": "2022-03-01"}
_KLEUREN = ["rood", "groen", "blauw of paars"]


def _goede_casus(rng: random.Random) -> dict:
    casus = {"leeftijd": rng.randint(0, 130), "kleur": rng.choice(_KLEUREN), "lid": rng.random() < 0.5,
             "bedrag": rng.choice(["0", "5", "99.99", "100", "150.00", "12,50", "1000"]),
             "begindatum": f"{rng.randint(2022, 2029)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
             "kleuren": sorted(rng.sample(_KLEUREN, rng.randint(0, 3)))}
    if rng.random() < 0.8:
        casus["looptijd"] = {"jaren": rng.randint(0, 5)} if rng.random() < 0.5 else {"maanden": rng.randint(0, 60)}
    return casus


def _csv_rij(casus: dict) -> dict:
    looptijd = casus.get("looptijd")
    return {"leeftijd": str(casus["leeftijd"]), "kleur": casus["kleur"], "lid": "ja" if casus["lid"] else "nee",
            "bedrag": casus["bedrag"], "begindatum": casus["begindatum"],
            "looptijd": "" if looptijd is None else
            (f"{looptijd['jaren']} jaar" if "jaren" in looptijd else f"{looptijd['maanden']} maanden"),
            "kleuren": ";".join(casus["kleuren"]) or "geen"}


def _kapotte_jsonl(rng: random.Random, goed: dict) -> bytes:
    """One broken JSON Lines line (without its \\n), of a kind chosen at random."""
    tekst = json.dumps(goed, ensure_ascii=False)
    soorten = [
        lambda: tekst[: rng.randint(1, len(tekst) - 1)].encode(),                      # cut off
        lambda: tekst.replace('"kleur": "', '"kleur": "ro\r').encode(),                # raw CR in a string
        lambda: tekst.replace('"kleur": "', '"kleur": "ro\u2028').encode(),            # line separator
        lambda: tekst.replace('"kleur": "', '"kleur": "\x85\x0c').encode(),            # NEL, form feed
        lambda: tekst.replace('"kleur": "', '"kleur": "caf').encode() .replace(b"caf", b"caf\xe9"),  # no UTF-8
        lambda: b"[" * 50000 + b"]" * 50000,                                           # deep nesting
        lambda: tekst.replace(f'"leeftijd": {goed["leeftijd"]}', '"leeftijd": ' + "9" * 5000).encode(),
        lambda: json.dumps({**goed, "begindatum": rng.choice(["20220301", "2022-W10-1", "9999-12-31"])}).encode(),
        lambda: json.dumps({**goed, "begindatum": 20220301}).encode(),
        lambda: json.dumps({**goed, "leeftijd": rng.choice(["--5", "٣", True, 1.5, None])}).encode(),
        lambda: json.dumps({**goed, "bedrag": rng.choice(["1e5", "NaN", 1.5, "1_000"])}).encode(),
        lambda: json.dumps({**goed, "looptijd": rng.choice([{"jaren": 10 ** 20}, {"maanden": True}, 3])}).encode(),
        lambda: rng.choice([b"[1, 2]", b"5", b'"x"', b"null", b"{}", b"{]", b"\x00", b"NaN"]),
        lambda: tekst.replace('"kleur": "', '"kleur": "a\x00').encode(),               # NUL in a string
        lambda: json.dumps({**goed, "kleur": "\ud800"}).encode(),                      # a lone surrogate
        lambda: json.dumps({**goed, "onbekend": 1}).encode(),
    ]
    return rng.choice(soorten)()


def _kapotte_csv(rng: random.Random, rij: dict) -> tuple[bytes, int]:
    """One broken CSV record (bytes, without the final newline) and how many lines it spans."""
    def regel(cellen: list[str]) -> str:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(cellen)
        return buf.getvalue().rstrip("\n")

    waarden = list(rij.values())
    soorten = [
        lambda: (regel(waarden + ["te veel"]).encode(), 1),
        lambda: (regel(waarden).replace(rij["kleur"], "caf", 1).encode().replace(b"caf", b"caf\xe9", 1), 1),
        lambda: (regel([*waarden[:1], "ro\nod", *waarden[2:]]).encode(), 2),        # a line break in a cell
        lambda: (regel([*waarden[:1], "ro\u2028od", *waarden[2:]]).encode(), 1),
        lambda: (regel([*waarden[:1], "ro\x00od", *waarden[2:]]).encode(), 1),
        lambda: (regel([rng.choice(["--5", "9" * 5000, "٣", "1e3"]), *waarden[1:]]).encode(), 1),
        lambda: (regel([*waarden[:4], rng.choice(["20220301", "2022-W10-1", "9999-12-31"]), *waarden[5:]]).encode(), 1),
        lambda: (regel([*waarden[:3], rng.choice(["1e5", "NaN", "1_000"]), *waarden[4:]]).encode(), 1),
        lambda: (regel([*waarden[:5], "99999999 jaar", *waarden[6:]]).encode(), 1),
        lambda: (regel(waarden[:3]).encode(), 1),                                     # fields missing
    ]
    return rng.choice(soorten)()


def batch_bestanden(folder: Path, soort: str, aantal: int, rng: random.Random) -> tuple[Path, list]:
    """A batch file of `aantal` cases, 1 % broken; returns its path and, per case in order,
    (line number, the case) for a good case or (line number, None) for a broken one."""
    verwacht: list = []
    regels: list[bytes] = []
    lijn = 1
    if soort == "csv":
        kop = list(_csv_rij(_goede_casus(rng)))
        regels.append(b"\xef\xbb\xbf" + ",".join(kop).encode())  # a BOM before the header
        lijn = 2
    for i in range(aantal):
        casus = _goede_casus(rng)
        kapot = i % 100 == 37
        if soort == "jsonl":
            if i % 1000 == 500:  # blank lines are no cases
                regels.append(b"   ")
                lijn += 1
            if kapot:
                regels.append(_kapotte_jsonl(rng, casus))
            else:
                tekst = json.dumps(casus, ensure_ascii=False).encode()
                regels.append((b"\xef\xbb\xbf" + tekst) if i == 0 else tekst)  # a BOM at the start
            verwacht.append((lijn, None if kapot else casus))
            lijn += 1
        else:
            if kapot:
                data, n = _kapotte_csv(rng, _csv_rij(casus))
            else:
                buf = io.StringIO()
                csv.writer(buf, lineterminator="\n").writerow(_csv_rij(casus).values())
                data, n = buf.getvalue().rstrip("\n").encode(), 1
            regels.append(data)
            verwacht.append((lijn, None if kapot else casus))
            lijn += n
    path = folder / f"casussen.{soort}"
    path.write_bytes(b"\n".join(regels) + b"\n")
    return path, verwacht


# -- Mutated .regels sources

_HOSTILE = ['"""', "'''", "\\", '"', "{{ x }}", "{% if %}", "<script>", "\u2028", "\x85", "\x0c", "\x00", "\ufeff",
            "\u202e", "niet " * 200, "9" * 400, "1 februari 10000000000", "9999-12-31", "(" * 300, "| " * 500,
            "x" * 25000, "\t", "\r", "§", "€", "||", "|---|", "als ", " dan ", " anders ", " en ", " of "]


def sources() -> list[tuple[str, str]]:
    found = []
    for base in (ROOT / "regels", ROOT / "tests" / "fixtures"):
        for path in sorted(base.rglob("*.regels")):
            found.append((path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")))
    return found


def mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.choice([1, 1, 1, 2, 3, 5])):
        kind = rng.randrange(10)
        i = rng.randrange(len(lines)) if lines else 0
        if not lines:
            lines = [""]
        if kind == 0:
            del lines[i]
        elif kind == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif kind == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == 3:
            line = lines[i]
            k = rng.randint(0, len(line))
            lines[i] = line[:k] + rng.choice(_HOSTILE) + line[k:]
        elif kind == 4 and lines[i]:
            k = rng.randrange(len(lines[i]))
            lines[i] = lines[i][:k] + lines[i][k + 1:]
        elif kind == 5 and lines[i]:
            k = rng.randrange(len(lines[i]))
            lines[i] = lines[i][:k] + chr(rng.choice([rng.randrange(32, 127), rng.randrange(0x80, 0x3000)])) \
                + lines[i][k + 1:]
        elif kind == 6:
            lines[i] = " " * rng.randint(0, 8) + lines[i].lstrip()
        elif kind == 7:
            lines = lines[: rng.randint(0, len(lines))]
        elif kind == 8:
            lines[i:i] = [lines[i]] * rng.choice([10, 100, 2000])
        else:
            words = re.findall(r"\S+", text)
            if words:
                line = lines[i]
                k = rng.randint(0, len(line))
                lines[i] = line[:k] + " " + rng.choice(words) + " " + line[k:]
    return "\n".join(lines)


class _Hang(Exception):
    pass


def _alarm(signum, frame):
    raise _Hang()


def check_source(text: str, name: str, workdir: Path, per_bron: float, limit_cases: int = 40) -> str:
    """One source → "fout" | "gebouwd" | "crash:<type>" | "hang" | "zonder-positie" | "import:<type>" |
    "verschil"."""
    from compiler.backends.python import module as python_backend
    from compiler.midden.passes import check
    from compiler.errors import RegelsFout
    from compiler.project import Project, load_regelset

    folder = workdir / "p"
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "regels").mkdir(parents=True)
    path = folder / "regels" / "x.regels"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    signal.setitimer(signal.ITIMER_REAL, per_bron)
    try:
        try:
            model = check(load_regelset("x", [(path, "regels/x.regels")]), None)
        except RegelsFout as e:
            errors = [d for d in e.diagnostics if d.is_error]
            if not errors or any(d.span.line < 1 for d in errors):
                return "zonder-positie"
            return "fout"
        files = python_backend.generate([model], Project(folder))
        generated = folder / "generated"
        generated.mkdir()
        for rel, content in files.items():
            (folder / rel).write_text(content, encoding="utf-8")
        sys.path.insert(0, str(folder))
        saved = {m: sys.modules.pop(m) for m in list(sys.modules) if m == "generated" or m.startswith("generated.")}
        try:
            try:
                module = importlib.import_module("generated.x")
            except Exception as e:  # noqa: BLE001
                return f"import:{type(e).__name__}"
        finally:  # whatever `generated` was before (the project's own) comes back
            sys.path.remove(str(folder))
            for m in [m for m in sys.modules if m == "generated" or m.startswith("generated.")]:
                del sys.modules[m]
            sys.modules.update(saved)
        if not _same(module, model, limit_cases):
            return "verschil"
        return "gebouwd"
    except _Hang:
        return "hang"
    except Exception as e:  # noqa: BLE001 - Lark wraps the alarm in a VisitError when it strikes there
        if isinstance(getattr(e, "orig_exc", None), _Hang):
            return "hang"
        if isinstance(getattr(e, "orig_exc", None), RecursionError) or isinstance(e, RecursionError):
            return "crash:RecursionError"
        return f"crash:{type(e).__name__}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _same(module, model, limit: int) -> bool:
    """The differential check: generated code and interpreter give the same JSON or the same error."""
    from compiler.toepassingen.casussen import as_json, cases
    from compiler.semantiek.interpreter import Interpreter
    from compiler.semantiek.runtime import BuitenGeldigheid, GeenBeslissing, OngeldigeInvoer

    # A refusal because the peildatum (today) lies outside the regelset's validity is an answer too:
    # both sides must give it, word for word.
    weigeringen = (OngeldigeInvoer, GeenBeslissing, BuitenGeldigheid)
    interpreter = Interpreter(model)
    for case in cases(model, limit=limit):
        casus = as_json(case)
        try:
            expected = ("ok", interpreter.beslis(casus))
        except weigeringen as e:
            expected = (type(e).__name__, str(e))
        try:
            got = ("ok", module.beslis_json(casus))
        except weigeringen as e:
            got = (type(e).__name__, str(e))
        if got != expected:
            return False
    return True


def fuzz_regels(aantal: int, seed: int, tijd: float, per_bron: float, log=sys.stderr) -> dict:
    signal.signal(signal.SIGALRM, _alarm)
    rng = random.Random(seed)
    corpus = sources()
    counts: dict[str, int] = {}
    voorbeelden: dict[str, str] = {}
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="regels-fuzz-") as tmp:
        n = 0
        for n in range(1, aantal + 1):
            name, text = rng.choice(corpus)
            mutant = mutate(text, rng)
            outcome = check_source(mutant, name, Path(tmp), per_bron)
            counts[outcome] = counts.get(outcome, 0) + 1
            if outcome not in ("fout", "gebouwd") and outcome not in voorbeelden:
                voorbeelden[outcome] = mutant
                (Path(tempfile.gettempdir()) / f"regels-fuzz-{outcome.replace(':', '-')}.regels").write_text(
                    mutant, encoding="utf-8", errors="surrogatepass")
            if n % 500 == 0:
                print(f"  {n} bronnen, {time.perf_counter() - start:.0f} s: {counts}", file=log, flush=True)
            if time.perf_counter() - start > tijd:
                break
    return {"bronnen": n, "seconden": round(time.perf_counter() - start, 1), "uitkomsten": counts}


def fuzz_batch(aantal: int, soort: str, seed: int) -> dict:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="regels-batch-") as tmp:
        root = Path(tmp) / "mini"
        shutil.copytree(ROOT / "tests" / "fixtures" / "mini", root)
        regels = [sys.executable, "-c", "from compiler.cli import run; run()", "--project", str(root)]
        subprocess.run(regels + ["bouw"], check=True, capture_output=True, cwd=ROOT)
        invoer, verwacht = batch_bestanden(Path(tmp), soort, aantal, rng)
        uit = Path(tmp) / "uit.jsonl"
        start = time.perf_counter()
        done = subprocess.run(regels + ["beslis", "--batch", str(invoer), "--uit", str(uit)], capture_output=True,
                              text=True, cwd=ROOT)
        seconden = time.perf_counter() - start
        rows = [json.loads(line) for line in uit.read_text(encoding="utf-8").split("\n") if line]
        sys.path.insert(0, str(root))
        for m in [m for m in sys.modules if m == "generated" or m.startswith("generated.")]:
            del sys.modules[m]
        module = importlib.import_module("generated.mini")
        sys.path.remove(str(root))
        fout = sum(1 for row, (regel, casus) in zip(rows, verwacht)
                   if row["regel"] != regel or (casus is None) != (row["status"] == "fout")
                   or (casus is not None and row["uitkomst"] != module.beslis_json(casus)["uitkomst"]))
        return {"soort": soort, "casussen": len(verwacht), "kapot": sum(c is None for _, c in verwacht),
                "rijen": len(rows), "verkeerd": fout, "traceback": "Traceback" in done.stderr,
                "seconden": round(seconden, 1), "samenvatting": done.stderr.strip().split("\n")[0]}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="wat", required=True)
    r = sub.add_parser("regels")
    r.add_argument("--aantal", type=int, default=10_000)
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("--tijd", type=float, default=3600, help="stop na zoveel seconden")
    r.add_argument("--per-bron", type=float, default=10, help="een bron die langer duurt telt als hang")
    b = sub.add_parser("batch")
    b.add_argument("--aantal", type=int, default=100_000)
    b.add_argument("--soort", choices=["jsonl", "csv"], default=None)
    b.add_argument("--seed", type=int, default=16)
    args = p.parse_args()
    if args.wat == "regels":
        print(json.dumps(fuzz_regels(args.aantal, args.seed, args.tijd, args.per_bron), indent=1))
    else:
        for soort in ([args.soort] if args.soort else ["jsonl", "csv"]):
            print(json.dumps(fuzz_batch(args.aantal, soort, args.seed), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
