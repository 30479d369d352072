"""Load test of `regels serveer` on loopback only: `.venv/bin/python bench/last.py` (needs `.[api]`).

Starts the API with 1 and with N worker processes on 127.0.0.1 and sends POST /beslis (one case
per request) at a fixed rate for a fixed time (open loop: each request has its planned send time,
and latency counts from then, so a stalled server cannot hide its queue). Then a short closed-loop
run for the most it can do. Bounded in count and time: it stops by itself. Also times a single
`regels beslis casus.json --json` (the quick path: generated/ current, no parsing of regels/).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import OMGEVING, machine  # noqa: E402

HOST = "127.0.0.1"  # loopback only, never another address


def _poort() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _casussen(n: int) -> list[bytes]:
    """n synthetic cases from `regels populatie` (fixed seed), each as a POST /beslis body."""
    with tempfile.TemporaryDirectory() as tmp:
        pad = Path(tmp) / "p.jsonl"
        subprocess.run([sys.executable, "-m", "compiler", "--project", str(ROOT), "populatie", "--aantal", str(n),
                        "--zaad", "2022", "--uit", str(pad)], check=True, capture_output=True, timeout=300)
        regels = [json.loads(r) for r in pad.read_text(encoding="utf-8").splitlines() if r.strip()]
    return [json.dumps({"casus": c, "peildatum": "2025-01-01"}, ensure_ascii=False).encode() for c in regels]


class Verbinding:
    """One keep-alive HTTP/1.1 connection, the plainest client (so the client costs little CPU)."""

    def __init__(self, port: int):
        self.port = port

    async def open(self):
        self.reader, self.writer = await asyncio.open_connection(HOST, self.port)

    async def post(self, body: bytes) -> int:
        self.writer.write(b"POST /beslis HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                          b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
        kop = await self.reader.readuntil(b"\r\n\r\n")
        status = int(kop[9:12])
        lengte = 0
        for regel in kop.split(b"\r\n"):
            if regel[:15].lower() == b"content-length:":
                lengte = int(regel[15:])
        await self.reader.readexactly(lengte)
        return status

    def close(self):
        self.writer.close()


async def _open_lus(port: int, bodies: list[bytes], rate: float, duur: float, verbindingen: int) -> dict:
    """Fixed rate for `duur` seconds; latency from each request's planned time."""
    n = int(rate * duur)
    wachtrij: asyncio.Queue = asyncio.Queue()
    lat, fouten = [], 0
    conns = [Verbinding(port) for _ in range(verbindingen)]
    await asyncio.gather(*(c.open() for c in conns))

    async def werker(c: Verbinding):
        nonlocal fouten
        while True:
            item = await wachtrij.get()
            if item is None:
                return
            gepland, body = item
            status = await c.post(body)
            lat.append(time.perf_counter() - gepland)
            fouten += status != 200

    taken = [asyncio.create_task(werker(c)) for c in conns]
    start = time.perf_counter()
    for i in range(n):
        gepland = start + i / rate
        wacht = gepland - time.perf_counter()
        if wacht > 0:
            await asyncio.sleep(wacht)
        wachtrij.put_nowait((gepland, bodies[i % len(bodies)]))
    for _ in conns:
        wachtrij.put_nowait(None)
    await asyncio.wait_for(asyncio.gather(*taken), timeout=duur + 60)
    klaar = time.perf_counter() - start
    for c in conns:
        c.close()
    return _cijfers(lat, fouten, klaar)


async def _gesloten_lus(port: int, bodies: list[bytes], duur: float, verbindingen: int) -> dict:
    """As fast as it goes, `verbindingen` requests in flight, for `duur` seconds."""
    lat, fouten = [], 0
    conns = [Verbinding(port) for _ in range(verbindingen)]
    await asyncio.gather(*(c.open() for c in conns))
    eind = time.perf_counter() + duur

    async def werker(c: Verbinding, k: int):
        nonlocal fouten
        i = k
        while time.perf_counter() < eind:
            t = time.perf_counter()
            status = await c.post(bodies[i % len(bodies)])
            lat.append(time.perf_counter() - t)
            fouten += status != 200
            i += verbindingen

    start = time.perf_counter()
    await asyncio.gather(*(werker(c, k) for k, c in enumerate(conns)))
    klaar = time.perf_counter() - start
    for c in conns:
        c.close()
    return _cijfers(lat, fouten, klaar)


def _cijfers(lat: list[float], fouten: int, klaar: float) -> dict:
    lat.sort()
    q = statistics.quantiles(lat, n=100, method="inclusive")
    return {"aantal": len(lat), "per_s": len(lat) / klaar, "p50_ms": q[49] * 1000, "p99_ms": q[98] * 1000,
            "max_ms": lat[-1] * 1000, "fouten": fouten}


def _server(port: int, workers: int) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-m", "compiler", "--project", str(ROOT), "serveer", "--host", HOST,
                          "--port", str(port), "--workers", str(workers)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    eind = time.time() + 60
    while time.time() < eind:
        try:
            with socket.create_connection((HOST, port), timeout=0.2):
                time.sleep(0.5 if workers > 1 else 0.1)  # every worker up
                return p
        except OSError:
            if p.poll() is not None:
                raise SystemExit(f"regels serveer stopte: {p.stderr.read().decode()}")
            time.sleep(0.1)
    p.kill()
    raise SystemExit("regels serveer kwam niet op")


def _stop(p: subprocess.Popen) -> None:
    p.terminate()  # only the server this script started
    try:
        p.wait(timeout=15)
    except subprocess.TimeoutExpired:
        p.kill()


def _beslis_start(herhaal: int) -> tuple[list[float], list[float]]:
    """Wall time and CPU time (user + sys, which a busy shared machine disturbs less) per call."""
    casus = json.loads(_casussen(1)[0])["casus"]
    subprocess.run([sys.executable, "-m", "compiler", "--project", str(ROOT), "bouw"], check=True,
                   capture_output=True, timeout=300)  # the build cache vouches for generated/
    regels = ROOT / ".venv" / "bin" / "regels"
    cmd = [str(regels)] if regels.exists() else [sys.executable, "-m", "compiler"]
    tijden = []
    with tempfile.TemporaryDirectory() as tmp:
        pad = Path(tmp) / "casus.json"
        pad.write_text(json.dumps(casus), encoding="utf-8")
        cpu = []
        # As installed: Python caches compiled modules (.pyc; see run.OMGEVING). One call first, to fill that cache.
        env = OMGEVING
        subprocess.run(cmd + ["--project", str(ROOT), "beslis", str(pad), "--json"], check=True,
                       capture_output=True, timeout=60, env=env)
        for _ in range(herhaal):
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run(cmd + ["--project", str(ROOT), "beslis", str(pad), "--json"], check=True,
                           capture_output=True, timeout=60, env=env)
            tijden.append(time.perf_counter() - t)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return tijden, cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rate", type=float, nargs="+", default=[200, 500],
                    help="vaste tempo's in aanvragen per seconde (standaard 200 en 500)")
    ap.add_argument("--duur", type=float, default=10, help="seconden per meting (standaard 10, hoogstens 60)")
    ap.add_argument("--workers", type=int, default=2, help="N voor de meting met N processen (standaard 2)")
    ap.add_argument("--verbindingen", type=int, default=32, help="open verbindingen (standaard 32)")
    args = ap.parse_args()
    duur = min(args.duur, 60.0)
    bodies = _casussen(500)
    random.Random(2022).shuffle(bodies)
    regels = [f"Machine: {machine()}. Belasting vooraf (1/5/15 min): {' / '.join(f'{x:.2f}' for x in os.getloadavg())}.",
              f"Gemeten met `.venv/bin/python bench/last.py --rate {' '.join(f'{r:g}' for r in args.rate)} --duur {duur:g} --workers "
              f"{args.workers}` op {time.strftime('%Y-%m-%d')}; client en server op dezelfde machine (loopback).", "",
              "| processen | soort | aanvragen | per seconde | p50 (ms) | p99 (ms) | max (ms) | niet-200 |",
              "|---:|---|---:|---:|---:|---:|---:|---:|"]
    for workers in sorted({1, args.workers}):
        port = _poort()
        p = _server(port, workers)
        try:
            asyncio.run(_gesloten_lus(port, bodies, 1.0, 4))  # warm up every worker
            metingen = [(f"vast tempo {r:g}/s", lambda r=r: _open_lus(port, bodies, r, duur, args.verbindingen))
                        for r in args.rate]
            metingen.append(("zo snel als het gaat (16 tegelijk)", lambda: _gesloten_lus(port, bodies, duur / 2, 16)))
            for soort, meting in metingen:
                c = asyncio.run(meting())
                regels.append(f"| {workers} | {soort} | {c['aantal']} | {c['per_s']:.0f} | {c['p50_ms']:.2f} | "
                              f"{c['p99_ms']:.2f} | {c['max_ms']:.1f} | {c['fouten']} |")
                print(regels[-1], flush=True)
        finally:
            _stop(p)
    tijden, cpu = _beslis_start(10)
    regels += ["", f"`regels beslis casus.json --json` (generated/ actueel, geen parser), {len(tijden)} keer: "
               f"kloktijd beste {min(tijden):.3f} s, mediaan {statistics.median(tijden):.3f} s; "
               f"CPU-tijd beste {min(cpu):.3f} s, mediaan {statistics.median(cpu):.3f} s.",
               f"Belasting na afloop (1/5/15 min): {' / '.join(f'{x:.2f}' for x in os.getloadavg())}."]
    tekst = "\n".join(regels) + "\n"
    print(tekst)
    (ROOT / "bench" / "LAST.md").write_text("# Belastingstest van `regels serveer`\n\n" + tekst, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
