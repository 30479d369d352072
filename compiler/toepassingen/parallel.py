"""A CSV file of cases in pieces of whole records, and those pieces worked on by several processes.

Input: the lines of a CSV file after its header (read with newline="", as batch.open_text does).
Output: pieces (the number of lines before the piece, its lines), each ending exactly where
csv.reader ends a record, so a reader over one piece sees the records, the errors and the line
numbers a reader over the whole file sees. `verdeel` works the pieces in forked processes and
gives their results back in the order of the pieces, with a bounded number in flight: memory
stays flat, a batch of a million cases writes its rows in order as they come.

Used by `regels beslis --batch` (batch.run_batch) and `regels vergelijk`; the work per piece is
theirs. One process (or a file of one piece) works in this process, without forking.
"""

from __future__ import annotations

import collections
import csv
import os
import signal
import sys
from typing import Any, Callable, Iterable, Iterator

REGELS_PER_STUK = 2000     # records per piece: big enough that a piece costs little to hand over
TEKENS_PER_STUK = 1 << 22  # and at most about 4 MB of text, so one piece of long rows stays small


def standaard_processen() -> int:
    """The cores this process may use: the default number of processes."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


class Bron:
    """The lines csv.reader takes for one record that holds a quote: the line already read first,
    then more from the file; every line taken goes into the current piece (`stuk`), so the
    caller knows the lines of each record."""

    __slots__ = ("it", "eerst", "stuk")

    def __init__(self, it: Iterator[str]):
        self.it, self.eerst, self.stuk = it, None, []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self.eerst is not None:
            line, self.eerst = self.eerst, None
        else:
            line = next(self.it)
        self.stuk.append(line)
        return line


def stukken(lines: Iterable[str], voor: int, per_stuk: int | None = None,
            tekens: int | None = None, csv_aanhalingen: bool = True) -> Iterator[tuple[int, list[str]]]:
    """(lines before the piece, its lines) for the rest of a CSV file; `voor`: the lines already read.

    A line without a quote is one whole record (csv.reader ends a record at the end of a line
    unless a quoted field goes on); a line with a quote starts a record that csv.reader itself
    reads to its end (or to its error), here, so a piece never ends inside a quoted field."""
    per_stuk, tekens = per_stuk or REGELS_PER_STUK, tekens or TEKENS_PER_STUK
    it = iter(lines)
    bron = Bron(it)
    lezer = csv.reader(bron)
    stuk: list[str] = []
    grootte = 0
    for line in it:
        if csv_aanhalingen and '"' in line:
            bron.eerst, bron.stuk = line, stuk
            try:
                next(lezer)
            except (csv.Error, StopIteration):  # the reader over the piece meets the same error
                pass
        else:
            stuk.append(line)
        grootte += len(line)
        if len(stuk) >= per_stuk or grootte >= tekens:
            yield voor, stuk
            voor += len(stuk)
            stuk, grootte = [], 0
    if stuk:
        yield voor, stuk


_WERK: Callable[..., Any] | None = None  # the work per piece, set before the fork
_UIT: int | None = None  # the file descriptor the workers write to themselves, in turn
_BEURT: Any = None       # (the number of the next piece to write, a condition to wait for it)


def _doe(nummer: int, voor: int, lines: list[str]) -> Any:
    uitkomst = _WERK(voor, lines)
    if _UIT is None or not isinstance(uitkomst[0], list):
        return uitkomst
    volgende, beurt = _BEURT
    with beurt:  # the pieces before this one first: the file is in order
        beurt.wait_for(lambda: volgende.value == nummer)
        try:
            _schrijf(_UIT, uitkomst[0])
        finally:  # also after an error, so no worker waits for ever (the main process stops them)
            volgende.value = nummer + 1
            beurt.notify_all()
    return (None, *uitkomst[1:])


def _schrijf(fd: int, delen: list[bytes]) -> None:
    """Lines of bytes to a file descriptor, many per system call, all of them."""
    for i in range(0, len(delen), 512):
        groep = delen[i:i + 512]
        n = os.writev(fd, groep)
        if n < sum(map(len, groep)):  # a partial write (a pipe, a signal): the rest one by one
            rest = memoryview(b"".join(groep))[n:]
            while rest:
                rest = rest[os.write(fd, rest):]


def _begin_werker() -> None:
    """In a worker: ctrl-C is for the main process, which stops the workers itself; the work gives
    its results back instead of writing them (naar_geheugen, when it writes)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    naar_geheugen = getattr(_WERK, "naar_geheugen", None)
    if naar_geheugen is not None:
        naar_geheugen()


def verdeel(werk: Callable[[int, list[str]], Any], delen: Iterable[tuple[int, list[str]]],
            processen: int, gebruikt: list[int] | None = None, uit: Any = None) -> Iterator[Any]:
    """werk(voor, lines) for every piece, in order. With more than one process and more than one
    piece, the pieces go to forked workers (which inherit `werk` and everything it holds: the
    generated module, the caches); at most 2 per worker (plus one) are in flight at a time.
    `gebruikt` gets the number of processes that did the work.

    `uit`: a binary file (with a file descriptor) that the work's lines of bytes (the first item of
    what it gives, a list) go to. The workers then write them themselves, each piece when the one before it is
    written, so megabytes of rows need not pass through this process; the first item becomes None."""
    global _WERK, _UIT, _BEURT
    delen = iter(delen)
    eerste = next(delen, None)
    if eerste is None:
        return
    tweede = next(delen, None)
    if processen <= 1 or tweede is None or not hasattr(os, "fork"):
        yield werk(*eerste)
        if tweede is not None:
            yield werk(*tweede)
            for deel in delen:
                yield werk(*deel)
        return
    import itertools
    import multiprocessing

    context = multiprocessing.get_context("fork")
    for stream in (sys.stdout, sys.stderr, uit):  # a forked worker flushes these at its end: nothing twice
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    _WERK = werk
    try:
        _UIT = uit.fileno() if uit is not None else None
    except (OSError, ValueError, AttributeError):  # io.UnsupportedOperation is an OSError
        _UIT = None
    if _UIT is not None:
        _BEURT = (context.Value("q", 0, lock=False), context.Condition())
    if gebruikt is not None:
        gebruikt.append(processen)
    try:
        with context.Pool(processen, initializer=_begin_werker) as pool:
            wachtend: collections.deque = collections.deque()
            for nummer, deel in enumerate(itertools.chain((eerste, tweede), delen)):
                if len(wachtend) > 2 * processen:
                    yield wachtend.popleft().get()
                wachtend.append(pool.apply_async(_doe, (nummer, *deel)))
            while wachtend:
                yield wachtend.popleft().get()
    finally:  # leaving the with-block (also by ctrl-C or a closed pipe) stops every worker
        _WERK = _UIT = _BEURT = None



def regelstukken(lines: Iterable[str], voor: int = 0, per_stuk: int | None = None,
                 tekens: int | None = None) -> Iterator[tuple[int, list[str]]]:
    """Pieces of a file of one record per line (JSON Lines): (lines before the piece, its lines)."""
    return stukken(lines, voor, per_stuk, tekens, csv_aanhalingen=False)
