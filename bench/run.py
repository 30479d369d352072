"""Benchmarks, one command: `.venv/bin/python bench/run.py` (add --snel for a short run).

Prints a Markdown table and writes it, with the machine, to bench/RESULTATEN.md. Measured side
by side on one synthetic population (assumptions and size in regels/populatie.yml, seed 2022):
the generated evaluator without and with its trace, the reference interpreter, the hand-written
floor (bench/handgeschreven.py: the whole decision, and the matrix alone) and established engines
on the same table exported from the Model (bench/engines.py), after checking that every one gives
the same answer on every case.
Then `regels bouw` (full and no-op), `regels beslis --batch` and `regels vergelijk`.
Never run as a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from compiler.toepassingen import batch, populatie  # noqa: E402
from compiler.semantiek.interpreter import Interpreter  # noqa: E402
from compiler.project import Project  # noqa: E402

import engines  # noqa: E402
import handgeschreven  # noqa: E402

ZAAD = 2022


def machine() -> str:
    cpu = "onbekend"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{cpu}, {os.cpu_count()} kernen; Python {platform.python_version()} ({platform.python_implementation()}), "
            f"{platform.system()} {platform.release()}")


def per_case(fn, items, repeat: int) -> float:
    """Best of `repeat` passes over all items, in µs per case."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for args in items:
            fn(*args)
        best = min(best, time.perf_counter() - start)
    return best / len(items) * 1e6


def peak_kib(fn, items) -> float:
    tracemalloc.start()
    for args in items:
        fn(*args)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024


CPU: dict[int, float] = {}  # id of a child()'s result → its processor seconds (user + system, all processes)


# A user's copy has its bytecode (pip compiles it at install, Python writes it at the first run);
# a machine with PYTHONDONTWRITEBYTECODE would measure compiling every module at every start.
OMGEVING = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def child(cmd: list[str], cwd: Path | None = None) -> tuple[float, float, subprocess.CompletedProcess]:
    """Run a command; wall seconds and its peak RSS in MiB (the largest single process).

    The RSS comes from GNU time (/usr/bin/time), which forks the command from its own small
    process: a child forked straight from this (large) process would report our RSS as its peak.
    Its processor time (user + system, with the worker processes it waited for) goes in CPU.
    """
    gnu_time = shutil.which("time") or "/usr/bin/time"
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss_file:
        wrapped = [gnu_time, "-f", "%M %U %S", "-o", rss_file.name, *cmd] if Path(gnu_time).exists() else cmd
        start = time.perf_counter()
        result = subprocess.run(wrapped, cwd=cwd, capture_output=True, text=True, env=OMGEVING)
        wall = time.perf_counter() - start
        cpu = float("nan")
        try:
            velden = Path(rss_file.name).read_text().split()
            rss = int(velden[-3]) / 1024
            cpu = float(velden[-2]) + float(velden[-1])
        except (OSError, ValueError, IndexError):
            rss = float("nan")
    done = subprocess.CompletedProcess(cmd, result.returncode, result.stdout, result.stderr)
    CPU[id(done)] = cpu
    return wall, rss, done


def side_by_side(variants: dict[str, list[str]], rounds: int, cwd: Path, before=None) -> dict[str, list]:
    """Each variant once per round, in turn, so a shared machine's load hits all alike: per variant
    the runs (wall s, RSS MiB, CompletedProcess)."""
    runs: dict[str, list] = {k: [] for k in variants}
    for _ in range(rounds):
        for name, cmd in variants.items():
            if before is not None:
                before()
            runs[name].append(child(cmd, cwd=cwd))
    return runs


def spreiding(runs: list, n: int) -> str:
    """'best s (range), cases/s, CPU s' of some runs."""
    walls = sorted(r[0] for r in runs)
    cpus = sorted(CPU.get(id(r[2]), float("nan")) for r in runs)
    return (f"{fmt(walls[0])} s ({fmt(walls[0])}–{fmt(walls[-1])}) = {fmt(n / walls[0], 0)} casussen/s; "
            f"processortijd {fmt(cpus[0])}–{fmt(cpus[-1])} s")


def fmt(x: float, digits: int = 2) -> str:
    return f"{x:,.{digits}f}".replace(",", " ")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--snel", action="store_true", help="kleinere aantallen (vergelijk 100 000 i.p.v. 1 000 000)")
    ap.add_argument("--uit", type=Path, default=Path(__file__).resolve().parent / "RESULTATEN.md")
    args = ap.parse_args()
    repeat = 3 if args.snel else 7
    n_batch = 20_000 if args.snel else 100_000
    n_vergelijk = 100_000 if args.snel else 1_000_000
    py = sys.executable
    lines: list[str] = []
    notes: list[str] = []

    project = Project(ROOT)
    models = project.models()
    model = next((m for m in models if m.regelset.slug == "thuisondersteuning"), models[0])
    ev = batch.generated_evaluator(model, project)
    mod = ev.module
    interpreter = Interpreter(model)

    # -- the population: drawn once, only cases that pass the controles
    aannames = populatie.aannames_van(project.population())
    cases = [populatie.as_json(c) for c in
             populatie.trek(model, aannames.aantal, ZAAD, geldig=lambda c: _ok(ev.lees, c, ev.fouten),
                            aannames=aannames.per_veld)]
    invoer = [(mod.lees_invoer(c),) for c in cases]
    interp_in = [(interpreter.read_case(c),) for c in cases]
    json_in = [(c,) for c in cases]
    hand_in = [(handgeschreven.lees(c),) for c in cases]

    # every evaluator of the whole decision must agree before anything is timed: the generated code
    # with and without trace, the interpreter, and the hand-written decision on every outcome. A floor
    # that decides differently is not a floor: stop, and say where, rather than time unequal things.
    hand_verschil: dict[str, list] = {}  # uitkomst → [aantal casussen, eerste casus, gegenereerd, handgeschreven]
    for (i,), (j,), (h,), c in zip(invoer, interp_in, hand_in, cases):
        a = mod.uitkomsten(i)
        b = mod.beslis(i).waarden()
        w = interpreter.evaluate(j).waarden
        assert a == b, c
        assert dict(zip(mod.UITVOER, mod.uitkomsten_rij(i))) == a, c
        assert all(_same(a[n], w[n]) for n in model.output_names), c
        x = handgeschreven.beslissing(h)
        if list(x) != list(a):
            sys.exit("bench/handgeschreven.py geeft andere uitkomsten dan de regels (namen of volgorde); er is niets "
                     f"gemeten.\n  de regels: {list(a)}\n  handgeschreven: {list(x)}")
        for n in a:
            if _plain(a[n]) != x[n]:
                hand_verschil.setdefault(n, [0, c, _plain(a[n]), x[n]])[0] += 1
    if hand_verschil:
        sys.exit(f"bench/handgeschreven.py beslist anders dan de regels op {len(hand_verschil)} uitkomst(en); er is "
                 "niets gemeten. Per uitkomst het aantal casussen en de eerste:\n" + "\n".join(
                     f"  {n}: {k} casussen; de regels {g!r}, handgeschreven {x!r}\n    casus: "
                     + json.dumps(c, ensure_ascii=False) for n, (k, c, g, x) in hand_verschil.items()))

    rows = []  # (level, what, µs, ratio-base key, peak KiB)

    def measure(level, label, fn, items, base=None):
        us = per_case(fn, items, repeat)
        rows.append((level, label, us, base, peak_kib(fn, items[:2000])))
        return us

    heel = "hele beslissing"
    t_hand_heel = measure(heel, "handgeschreven (bench/handgeschreven.py: `beslissing`)", handgeschreven.beslissing,
                          hand_in)
    t_plain = measure(heel, "gegenereerd, zonder spoor: `uitkomsten(invoer)`", mod.uitkomsten, invoer)
    measure(heel, "gegenereerd, zonder spoor, als tuple: `uitkomsten_rij(invoer)`", mod.uitkomsten_rij, invoer)
    t_trace = measure(heel, "gegenereerd, met spoor: `beslis(invoer)`", mod.beslis, invoer)
    if hasattr(mod, "uitleg"):
        def met_uitleg(i):
            return mod.uitleg(i, mod.beslis(i))
        t_uitleg = measure(heel, "gegenereerd, met spoor en uitleg: `uitleg(invoer, beslis(invoer))`",
                           met_uitleg, invoer)
    else:
        t_uitleg = None
    measure(heel, "referentie-interpreter: `evaluate(invoer)`", interpreter.evaluate, interp_in)
    t_json_in = measure(heel, "gegenereerd, JSON in: `uitkomsten(lees_invoer(casus))`",
                        lambda c: mod.uitkomsten(mod.lees_invoer(c)), json_in)
    t_json = measure(heel, "gegenereerd, JSON in en uit: `beslis_json(casus)`", mod.beslis_json, json_in)

    # -- the arrangement matrix alone, on the three dimensions each case produced
    table = engines.matrix_table(model)
    dims = [c.name for c in table.inputs]
    outs = [mod.uitkomsten(i) for (i,) in invoer]
    triples = [tuple(o[d] for d in dims) for o in outs if all(o[d] is not None for d in dims)]
    plain = [tuple(x.value for x in t) for t in triples]
    # The matrix in the generated module: TABEL_<NAAM>, per cell (row number, outcome).
    cellen = next(getattr(mod, k) for k in dir(mod) if k.startswith("TABEL_") and k != "TABEL_BRON"
                  and isinstance(getattr(mod, k), dict))

    def zonder_spoor(*key):  # the lookup _beslis() does inline, without the row number
        return None if None in key else cellen[key][1]

    def met_rij(*key):  # the same lookup with the row number: all a trace needs of this table
        return (None, None) if None in key else cellen[key]

    tmp = Path(tempfile.mkdtemp(prefix="regels-bench-"))
    deciders = {"gegenereerd": lambda *k: zonder_spoor(*k).value, "handgeschreven": handgeschreven.arrangement}
    engine_errors = {}
    for name, factory in (("zen-engine", engines.zen_engine), ("pyDMNrules", engines.pydmnrules)):
        try:
            deciders[name] = factory(table, tmp)
        except Exception as e:  # noqa: BLE001 - an engine that cannot run is reported, not fatal
            engine_errors[name] = f"{e.__class__.__name__}: {e}"
    # every engine, every case: the same answer
    disagreements = {}
    for name, fn in deciders.items():
        args_list = triples if name == "gegenereerd" else plain
        got = [fn(*a) for a in args_list]
        expected = [cellen[t][1].value for t in triples]
        disagreements[name] = sum(g != e for g, e in zip(got, expected))
    if disagreements["handgeschreven"]:
        sys.exit(f"bench/handgeschreven.py: `arrangement` geeft op {disagreements['handgeschreven']} casussen een ander "
                 "arrangement dan de matrix van de regels; er is niets gemeten.")

    mat = "matrix §2 alleen"
    t_hand = measure(mat, "handgeschreven (bench/handgeschreven.py)", handgeschreven.arrangement, plain)
    measure(mat, "gegenereerd, zonder spoor (de opzoeking in `uitkomsten`)", zonder_spoor, triples)
    measure(mat, "gegenereerd, met rijnummer (het spoor): de opzoeking in `_beslis`", met_rij, triples)
    from compiler.midden.lower import tabel as lower_tabel
    from compiler.semantiek.interpreter import evaluate_table

    tabel_ir = lower_tabel(model, table)
    measure(mat, "referentie-interpreter: `evaluate_table`",
            lambda *k: evaluate_table(tabel_ir, dict(zip(dims, k))), triples)
    t_engines = {}
    for name in ("zen-engine", "pyDMNrules"):
        if name in deciders:
            items = plain if name == "zen-engine" else plain[:500]
            t_engines[name] = measure(mat, name, deciders[name], items)

    # -- regels bouw, full and no-op, in a copy of the project
    proj = tmp / "project"
    proj.mkdir()
    shutil.copytree(ROOT / "regels", proj / "regels")
    bouw = []
    for kind in ("volledig", "niets te doen"):
        times, rss, result = [], 0.0, None
        for _ in range(repeat):
            if kind == "volledig":
                for sub in ("generated", "docs", ".regels-cache"):
                    shutil.rmtree(proj / sub, ignore_errors=True)
                (proj / "mkdocs.yml").unlink(missing_ok=True)
            wall, r, result = child([py, "-m", "compiler", "--project", str(proj), "bouw"], cwd=ROOT)
            times.append(wall)
            rss = max(rss, r)
            if result.returncode != 0:
                break
        ok = result is not None and result.returncode == 0
        bouw.append((kind, min(times), rss, ok, (result.stderr.strip().splitlines() or [""])[-1] if not ok else ""))

    # -- batch, end to end through the command line, in the built copy (as after `regels bouw`)
    pop_batch = tmp / "batch.csv"
    wall_pop, _, r = child([py, "-m", "compiler", "populatie", "--aantal", str(n_batch), "--zaad", str(ZAAD),
                            "--uit", str(pop_batch)], cwd=ROOT)
    # side by side, alternating: one process (as before issue 17) and one per core (the default)
    uit_csv = tmp / "uit.csv"
    batch_cmd = [py, "-m", "compiler", "--project", str(proj), "beslis", "--batch", str(pop_batch), "--uit",
                 str(uit_csv)]
    batch_varianten = {f"{n} proces{'sen' if n > 1 else ''}": [*batch_cmd, "--processen", str(n)]
                       for n in sorted({1, max(2, os.cpu_count() or 1)})}
    batch_all = side_by_side(batch_varianten, 3 if args.snel else 5, ROOT, lambda: uit_csv.unlink(missing_ok=True))
    batch_runs = batch_all[list(batch_varianten)[-1]]
    wall_batch, rss_batch, r = min(batch_runs, key=lambda x: x[0])
    batch_rate = n_batch / wall_batch
    batch_stderr = r.stderr.strip().splitlines() or ["", ""]
    batch_line = batch_stderr[0]
    notes.append(f"batch {batch_stderr[-1].strip()}; tijden van {len(batch_runs)} runs: "
                 + ", ".join(fmt(x[0]) for x in batch_runs) + " s")

    # -- vergelijk: the rules against a compiled copy of themselves, n_vergelijk cases
    pop_v = tmp / "vergelijk.csv"
    wall_pop_v, _, r = child([py, "-m", "compiler", "populatie", "--aantal", str(n_vergelijk), "--zaad", str(ZAAD),
                              "--uit", str(pop_v)], cwd=ROOT)
    shutil.copytree(ROOT / "regels", tmp / "oud")
    v_cmd = [py, "-m", "compiler", "--project", str(proj), "vergelijk", "--oud", str(tmp / "oud"), "--populatie",
             str(pop_v)]
    v_all = side_by_side({k: [*v_cmd, *c[-2:]] for k, c in batch_varianten.items()}, 2 if args.snel else 3, ROOT)
    wall_v, rss_v, rv = min(v_all[list(batch_varianten)[-1]], key=lambda x: x[0])
    shutil.rmtree(tmp, ignore_errors=True)

    # -- the report
    lines.append("# Benchmarks")
    lines.append("")
    lines.append(f"Machine: {machine()}. Gemeten met `.venv/bin/python bench/run.py{' --snel' if args.snel else ''}` "
                 f"op {time.strftime('%Y-%m-%d')}; beste van {repeat} rondes.")
    lines.append("")
    lines.append(f"Populatie: {len(cases)} synthetische casussen (zaad {ZAAD}, `regels populatie`, aannames in "
                 f"regels/populatie.yml), regelset “{model.regelset.header.name}” met "
                 f"{len(model.input_names)} invoervelden, {len(model.output_names)} uitkomsten en "
                 f"{len(model.tables())} tabellen. De matrix: {len(triples)} casussen waarvan intensiteit, "
                 f"zwaarte en type bekend zijn.")
    lines.append("")
    lines.append("| niveau | evaluator | µs per casus | × handgeschreven | × zonder spoor | piek (KiB, tracemalloc) |")
    lines.append("|---|---|---:|---:|---:|---:|")
    for level, label, us, _, peak in rows:
        hand = fmt(us / (t_hand if level == mat else t_hand_heel), 1) + "×"
        rel = fmt(us / t_plain, 1) + "×" if level == heel else "–"
        lines.append(f"| {level} | {label} | {fmt(us)} | {hand} | {rel} | {fmt(peak, 0)} |")
    lines.append("")
    lines.append(f"Overeenstemming op de hele beslissing: gegenereerd (met en zonder spoor) en de interpreter op alle "
                 f"{len(cases)} casussen gelijk; handgeschreven: "
                 f"alle {len(cases)} gelijk op alle {len(model.output_names)} uitkomsten.")
    lines.append("")
    lines.append("Overeenstemming op de matrix (elke casus, elke engine tegen de regels): " + ", ".join(
        f"{name}: {'alle ' + str(len(triples)) + ' gelijk' if d == 0 else str(d) + ' verschillen'}"
        for name, d in disagreements.items()) + ".")
    for name, err in engine_errors.items():
        lines.append(f"\n{name} draaide niet: {err}")
    lines.append("")
    lines.append("| opdracht | tijd | piek (MiB RSS) | doel |")
    lines.append("|---|---:|---:|---|")
    for kind, t, rss, ok, err in bouw:
        target = "< 1 s" if kind == "volledig" else "< 0,2 s"
        lines.append(f"| `regels bouw` ({kind}) | {fmt(t, 3) + ' s' if ok else 'mislukt: ' + err} | {fmt(rss, 0)} | {target} |")
    lines.append(f"| `regels beslis --batch` ({n_batch} casussen, CSV → CSV, met opstarten) | {fmt(wall_batch)} s = "
                 f"{fmt(batch_rate, 0)} casussen/s | {fmt(rss_batch, 0)} | ≥ 100 000 casussen/s |")
    lines.append(f"| `regels vergelijk` ({n_vergelijk} casussen, twee gecompileerde versies) | "
                 f"{fmt(wall_v, 1) + ' s' if rv.returncode == 0 else 'mislukt'} | {fmt(rss_v, 0)} | "
                 f"{'< 10 s voor 1 000 000' } |")
    lines.append(f"| `regels populatie` ({n_vergelijk} casussen, met controles) | {fmt(wall_pop_v, 1)} s | – | – |")
    lines.append("")
    lines.append("Naast elkaar, om en om gedraaid (beste wandkloktijd, tussen haakjes de spreiding; processortijd "
                 "van alle processen samen):")
    lines.append("")
    lines.append("| opdracht | processen | tijd | piek (MiB RSS, één proces) |")
    lines.append("|---|---|---|---:|")
    for label, alle, n in ((f"`regels beslis --batch` ({n_batch} casussen)", batch_all, n_batch),
                           (f"`regels vergelijk` ({n_vergelijk} casussen)", v_all, n_vergelijk)):
        for variant, runs in alle.items():
            ok = all(x[2].returncode in (0, 1) for x in runs)
            lines.append(f"| {label} | {variant} | {spreiding(runs, n) if ok else 'mislukt'} | "
                         f"{fmt(max(x[1] for x in runs), 0)} |")
    lines.append("")
    lines.append("Doelen:")
    lines.append(f"- gegenereerd binnen 2× van handgeschreven (hele beslissing, `uitkomsten`): "
                 f"{fmt(t_plain / t_hand_heel, 2)}×")
    lines.append(f"- gegenereerd binnen 2× van handgeschreven (matrix): "
                 f"{fmt(rows[[r[1] for r in rows].index('gegenereerd, zonder spoor (de opzoeking in `uitkomsten`)')][2] / t_hand, 1)}×")
    lines.append(f"- spoor kost hoogstens 3× de kale evaluatie (hele beslissing): {fmt(t_trace / t_plain, 1)}×"
                 + (f"; met uitleg {fmt(t_uitleg / t_plain, 1)}×" if t_uitleg else ""))
    lines.append(f"- JSON in en uit (`beslis_json`) hoogstens 3× de kale beslissing met JSON in: "
                 f"{fmt(t_json / t_json_in, 1)}×"
                 + (f"; uitleg hoogstens 3× de kale beslissing (`uitkomsten`): {fmt(t_uitleg / t_plain, 1)}×"
                    if t_uitleg else ""))
    for name, t in t_engines.items():
        lines.append(f"- minstens 100× sneller dan {name} (matrix, gegenereerd zonder spoor): "
                     f"{fmt(t / rows[[r[1] for r in rows].index('gegenereerd, zonder spoor (de opzoeking in `uitkomsten`)')][2], 0)}×")
    lines.append(f"- batch: {fmt(batch_rate, 0)} casussen/s ({batch_line})")
    lines.append(f"- vergelijk {n_vergelijk} casussen: {fmt(wall_v, 1)} s"
                 + ("" if n_vergelijk == 1_000_000 else f" (lineair geschat voor 1 000 000: {fmt(wall_v * 1_000_000 / n_vergelijk, 0)} s)"))
    lines += [f"- {n}" for n in notes]
    lines += ["", "Welke doelen gemist worden, met hoeveel en waarom: bench/README.md, ‘Wat de cijfers zeggen’."]
    text = "\n".join(lines) + "\n"
    print(text)
    args.uit.write_text(text, encoding="utf-8")
    if rv.returncode != 0:
        print(rv.stderr, file=sys.stderr)
    return 0


def _ok(lees, casus, fouten) -> bool:
    try:
        lees(casus)
    except fouten:
        return False
    return True


def _plain(waarde):
    """A generated value as the hand-written code has it: a Duur as its months (the rest compares
    as it is: keuzelijst members are strings)."""
    return waarde.maanden if hasattr(waarde, "maanden") else waarde


def _same(a, b) -> bool:
    if a == b:
        return True
    if hasattr(a, "maanden") and hasattr(b, "maanden"):
        return a.maanden == b.maanden
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return False


if __name__ == "__main__":
    sys.exit(main())
