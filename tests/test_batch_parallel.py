"""Batch and vergelijk in pieces and processes: the same rows, in the same order, as one process.

`parallel.stukken` cuts a CSV file only where csv.reader ends a record, whatever the quotes, so
the records, errors and line numbers of the pieces are those of the whole file (checked on random
hostile CSV text). `regels beslis --batch --processen 2` writes byte for byte the file that
`--processen 1` writes, on a file with broken rows, to a file and to standard output; `regels
vergelijk` counts the same; a closed pipe and ctrl-C end quietly.
"""

from __future__ import annotations

import io
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from compiler.toepassingen import batch, parallel

from conftest import FIXTURES, ROOT
from test_vijandig import assert_no_traceback, regels_command, run_regels

if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))
from fuzz import batch_bestanden  # noqa: E402  (bench/fuzz.py: broken rows of every kind)


def _rijen_in_stukken(tekst: str, per_stuk: int) -> list:
    lines = iter(io.StringIO(tekst, newline=""))
    voor, header = batch.lees_kop(lines)
    uit = []
    for begin, stuk in parallel.stukken(lines, voor, per_stuk=per_stuk):
        uit += [(n, list(r), type(r).__name__) for n, r in batch.rijen(stuk, begin)]
    return [header, uit]


def _rijen_heel(tekst: str) -> list:
    header, rows = batch.csv_rijen(io.StringIO(tekst, newline=""), None)
    return [header, [(n, list(r), type(r).__name__) for n, r in rows]]


STUKJES = ['a', 'bc', ',', ',', '"', '""', '"x,y"', '\n', '\n', '\r\n', '\r', ' ', '\x00', 'ë', '""""', 'a"b',
           '"\n"', 'onbekend']


def test_pieces_end_where_csv_reader_ends_a_record():
    rng = random.Random(17)
    for _ in range(400):
        body = "".join(rng.choice(STUKJES) for _ in range(rng.randint(0, 60)))
        tekst = "# aanname\nkop1,kop2,kop3\n" + body
        heel = _rijen_heel(tekst)
        for per_stuk in (1, 2, 3, 5, 1000):
            assert _rijen_in_stukken(tekst, per_stuk) == heel, (tekst, per_stuk)


def test_a_field_over_the_size_limit_in_a_quoted_record():
    import csv

    oud = csv.field_size_limit()
    csv.field_size_limit(50)
    try:
        tekst = "a,b\n" + '"' + "x\n" * 40 + '",1\n' + "1,2\n" * 5 + "y" * 60 + ",2\n3,4\n"
        heel = _rijen_heel(tekst)
        assert any(t == "Onleesbaar" for _, _, t in heel[1])
        for per_stuk in (1, 2, 7):
            assert _rijen_in_stukken(tekst, per_stuk) == heel
    finally:
        csv.field_size_limit(oud)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("parallel") / "mini"
    shutil.copytree(FIXTURES / "mini", root)
    done = run_regels(root, "bouw")
    assert done.returncode == 0, done.stderr
    return root


@pytest.fixture
def kleine_stukken(monkeypatch):
    """Pieces of 50 records, so a file of 1,000 cases goes in 20 pieces to the workers."""
    monkeypatch.setattr(parallel, "REGELS_PER_STUK", 50)


@pytest.mark.parametrize("soort", ["csv", "jsonl"])
def test_two_processes_write_the_file_one_process_writes(project, tmp_path, soort, kleine_stukken):
    from compiler.project import Project

    p = Project(project)
    ev = batch.generated_evaluator(p.models()[0], p)
    assert ev.snel
    invoer, verwacht = batch_bestanden(tmp_path, soort, 1_000, random.Random(172))  # 1 % broken
    uitvoer = {}
    for n in (1, 2, 3):
        for uit_soort in ("csv", "jsonl"):
            uit = tmp_path / f"uit{n}.{uit_soort}"
            with batch.open_text(str(invoer), "r") as f, batch.open_text(str(uit), "w") as u:
                telling = batch.run_batch(ev, f, soort, u, uit_soort, None, n)
            assert telling.gelezen == telling.geschreven == len(verwacht) and telling.fout >= 10
            assert telling.processen == n
            uitvoer[n, uit_soort] = uit.read_bytes()
    for key in ("csv", "jsonl"):
        assert uitvoer[1, key] == uitvoer[2, key] == uitvoer[3, key], key
    assert uitvoer[1, "csv"].count(b"\n") == len(verwacht) + 1


def test_the_command_says_how_many_processes_and_writes_the_same(project, tmp_path):
    invoer, verwacht = batch_bestanden(tmp_path, "csv", 4_500, random.Random(171))  # 3 pieces
    uitvoer = {}
    for n in (1, 2):
        done = run_regels(project, "beslis", "--batch", str(invoer), "--processen", str(n))  # to standard output
        assert_no_traceback(done)
        assert done.returncode == 1, done.stderr  # the broken cases
        assert f"{len(verwacht)} casussen gelezen" in done.stderr
        assert (f"; {n} processen" if n > 1 else "; één proces") in done.stderr
        uitvoer[n] = done.stdout
    assert uitvoer[1] == uitvoer[2] and uitvoer[1].count("\n") == len(verwacht) + 1


def test_vergelijk_counts_the_same_with_two_processes(project, tmp_path, kleine_stukken):
    from compiler.project import Project
    from compiler.toepassingen import vergelijk

    p = Project(project)
    invoer, verwacht = batch_bestanden(tmp_path, "csv", 1_000, random.Random(173))
    oud = tmp_path / "oud"
    shutil.copytree(project / "regels", oud)
    uit = {}
    for n in (1, 2):
        a = vergelijk.load_version(str(oud), p, None, "oud")
        b = vergelijk.load_version(str(project / "regels"), p, None, "nieuw")
        with batch.open_text(str(invoer), "r") as f:
            v = vergelijk.compare(a, b, f, "csv", processen=n)
        assert v.processen == n and v.aantal == len(verwacht)
        uit[n] = [line for line in vergelijk.terminal(v).splitlines() if " casussen in " not in line]
    assert uit[1] == uit[2]


def test_bad_process_counts_are_usage_errors(project, tmp_path):
    for waarde in ("0", "twee", "-1", "1000"):
        done = run_regels(project, "beslis", "--batch", "x.csv", "--processen", waarde)
        assert done.returncode == 2 and "processen" in done.stderr and "Traceback" not in done.stderr


def test_closed_pipe_and_ctrl_c_end_quietly_with_two_processes(project, tmp_path):
    invoer, _ = batch_bestanden(tmp_path, "csv", 10_000, random.Random(174))
    command = regels_command() + ["--project", str(project), "beslis", "--batch", str(invoer), "--processen", "2"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(1000)
    proc.stdout.close()  # the reader goes away after the first rows
    _, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err and b"Exception ignored" not in err, err
    assert proc.returncode == 128 + 13

    uit = tmp_path / "uit.csv"
    proc = subprocess.Popen(command + ["--uit", str(uit)], stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 60
    while (not uit.exists() or uit.stat().st_size < 100_000) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    import os

    os.killpg(proc.pid, signal.SIGINT)  # as a terminal sends ctrl-C: to every process of the group
    _, err = proc.communicate(timeout=60)
    assert b"Traceback" not in err, err[-3000:]
    assert proc.returncode in (0, 1, 130), (proc.returncode, err)
