"""Many cases at once: a CSV or JSONL file of cases → a CSV or JSONL file of outcomes, streaming.

`regels beslis --batch` and `regels vergelijk` read cases here and decide them with an
Evaluator: the generated module (the fast path, `uitkomsten`) when it can be had, else the
reference interpreter. Every case read gives exactly one row out; a bad case gives a row
with status `fout` and the reason, and the batch goes on.
"""

from __future__ import annotations

import atexit
import codecs
import csv
import importlib
import importlib.util
import io
import itertools
import json
import operator
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, TextIO

from compiler.backends.python.names import Namer
from compiler.semantiek.runtime import GeenBeslissing, OngeldigeInvoer, Soort, naar_json
from compiler.toepassingen import casus_json, parallel

if TYPE_CHECKING:  # the rules' model is only needed when they are parsed: not for generated code
    from compiler.midden.model import Model

# -- Evaluators


@dataclass
class Evaluator:
    """Decides one case (a JSON-shaped dict) into {output name: value}; raises `fouten` for bad cases."""

    model: Model | None  # None: generated code loaded without parsing the rules (see module_evaluator)
    beslis: Callable[[dict], dict[str, Any]]
    fouten: tuple[type[BaseException], ...]
    naar_json: Callable[[Any], Any]
    soort: str  # "gegenereerd (…)" or "interpreter": said in reports
    lees: Callable[[dict], Any] | None = None  # only read and check a case (the controles), no decision
    module: Any = None  # the generated module, when this is generated code

    @property
    def velden(self) -> dict[str, Soort]:
        return self.model.soorten if self.model is not None else self.module.VELDEN

    @property
    def uitvoer(self) -> list[str]:
        return self.model.output_names if self.model is not None else self.module.UITVOER

    @property
    def snel(self) -> bool:
        """Generated code with the parts for reading CSV cells straight into values (CelLezer)."""
        return self.module is not None and all(hasattr(self.module, f) for f in ("lees_veld", "maak_invoer",
                                                                                "uitkomsten"))


_counter = itertools.count()


def _import_package(folder: Path, module: str):
    """Import folder/ (a generated package) under a fresh name and return its `module`. Every
    generated module imports the one runtime (compiler/semantiek/runtime.py), so two versions of
    the rules compared by `regels vergelijk` give values of the same classes."""
    name = f"_regels_gegenereerd_{next(_counter)}"
    spec = importlib.util.spec_from_file_location(name, folder / "__init__.py",
                                                  submodule_search_locations=[str(folder)])
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    spec.loader.exec_module(package)
    return importlib.import_module(f"{name}.{module}")


def generated_evaluator(model: Model, project=None) -> Evaluator:
    """The generated module for `model`: generated/ itself when it is current, else compiled now.

    Current means: the file on disk is exactly what the Python backend makes of these rules
    now. Otherwise (older rules from a git ref, or generated/ not rebuilt) the module is
    generated into a temporary package, so the fast path is always the code of these rules.
    """
    from compiler.backends.python import module as python_backend

    module = Namer()(model.regelset.slug)
    files = python_backend.generate([model], project)
    on_disk = project.root / "generated" if project is not None else None
    if on_disk is not None and all((on_disk / Path(rel).name).is_file()
                                   and (on_disk / Path(rel).name).read_bytes() == text.encode("utf-8")
                                   for rel, text in files.items() if rel != "generated/__init__.py"):
        folder, where = on_disk, "generated/ (actueel)"
    else:
        folder = Path(tempfile.mkdtemp(prefix="regels-gen-"))
        atexit.register(shutil.rmtree, folder, True)
        for rel, text in files.items():
            (folder / Path(rel).name).write_text(text, encoding="utf-8")
        where = "in het geheugen gecompileerd"
    mod = _import_package(folder, module)
    lees, snel = mod.lees_invoer, getattr(mod, "uitkomsten", None)
    if snel is None:  # a generated/ from before the fast path: the same values through beslis()
        def beslis(casus: dict) -> dict[str, Any]:
            return mod.beslis(lees(casus)).waarden()
    else:
        def beslis(casus: dict) -> dict[str, Any]:
            return snel(lees(casus))
    return Evaluator(model, beslis, (mod.OngeldigeInvoer, mod.GeenBeslissing), naar_json,
                     f"gegenereerde code, {where}", lees, mod)


def module_evaluator(project, slug: str) -> Evaluator | None:
    """generated/ as it is, without parsing the rules, when the build cache vouches for it.

    `regels bouw` records a hash of everything a build reads (rules, source text, compiler) and of
    every file it wrote; when both still match (build.up_to_date), generated/ is exactly what a
    build of these rules makes now, and a batch can start in a fraction of the time."""
    from compiler import build
    from compiler.backends.python.names import Namer

    if build.up_to_date(project) is None:
        return None
    folder = project.generated
    module = Namer()(slug)
    if not (folder / f"{module}.py").is_file():
        return None
    mod = _import_package(folder, module)
    if not hasattr(mod, "maak_invoer"):
        return None
    lees, snel = mod.lees_invoer, mod.uitkomsten

    def beslis(casus: dict) -> dict[str, Any]:
        return snel(lees(casus))

    return Evaluator(None, beslis, (mod.OngeldigeInvoer, mod.GeenBeslissing), naar_json,
                     "gegenereerde code, generated/ (actueel volgens de bouwcache)", lees, mod)


def interpreter_evaluator(model: Model) -> Evaluator:
    from compiler.semantiek.interpreter import Interpreter

    interpreter = Interpreter(model)
    names = model.output_names

    def beslis(casus: dict) -> dict[str, Any]:
        waarden = interpreter.evaluate(interpreter.read_case(casus)).waarden
        return {n: waarden[n] for n in names}

    return Evaluator(model, beslis, (OngeldigeInvoer, GeenBeslissing), naar_json, "referentie-interpreter",
                     interpreter.read_case)


def evaluator(model: Model, project=None) -> Evaluator:
    """The fastest correct evaluator: generated code, or the interpreter if generating fails."""
    try:
        return generated_evaluator(model, project)
    except Exception as e:  # noqa: BLE001 - any failure here only costs speed, never correctness
        ev = interpreter_evaluator(model)
        ev.soort += f" (gegenereerde code niet bruikbaar: {e.__class__.__name__})"
        return ev


def foutmelding(e: BaseException) -> str:
    fouten = getattr(e, "fouten", None)
    if isinstance(fouten, dict):
        return "; ".join(f"{k}: {v}" for k, v in fouten.items())
    return str(e)


# -- Reading cases

@dataclass
class Invoerregel:
    """One case as read: its line number, and either raw cells/JSON or why it could not be read."""

    regel: int
    ruw: dict[str, Any] | None
    fout: str = ""


_DUUR = re.compile(r"^\s*([0-9]{1,6})\s*(maand|maanden|jaar|jaren)\s*$", re.IGNORECASE)
_GETAL = re.compile(r"-?[0-9]{1,18}")  # longer: text, and the runtime says it is too long
# A byte that is no UTF-8, read with errors="surrogateescape": that case gets an error row.
_ONLEESBAAR = re.compile("[\udc80-\udcff]")
ONLEESBAAR = "de regel bevat bytes die geen UTF-8 zijn; sla het bestand op als UTF-8"


def _cell_reader(soort: Soort) -> Callable[[str], Any]:
    """A CSV cell (text) → the JSON value `regels beslis` takes; what it cannot read goes on as text,
    so the runtime gives its usual message for it."""
    k = soort.kind
    if k == "getal":
        def read(text: str) -> Any:
            t = text.strip()
            return int(t) if _GETAL.fullmatch(t) else t
    elif k == "bedrag":
        def read(text: str) -> Any:
            return text.replace("€", "").strip()
    elif k == "janee":
        woorden = {"ja": True, "nee": False, "true": True, "false": False, "waar": True, "onwaar": False}

        def read(text: str) -> Any:
            return woorden.get(text.strip().lower(), text)
    elif k == "duur":
        def read(text: str) -> Any:
            m = _DUUR.match(text)
            if not m:
                return text
            n = int(m.group(1))
            return {"jaren": n} if m.group(2).lower().startswith("ja") else {"maanden": n}
    elif k == "verzameling":
        geen_is_waarde = "geen" in soort.waarden

        def read(text: str) -> Any:
            if text.strip().lower() == "geen" and not geen_is_waarde:
                return []
            return [p.strip() for p in text.split(";") if p.strip()]
    elif k == "tekst":
        def read(text: str) -> Any:
            return text
    else:  # keuze, datum: the runtime reads the text itself
        def read(text: str) -> Any:
            return text.strip()
    return read


_ONBEKEND = object()


def _skip_onbekend(reader: Callable[[str], Any]) -> Callable[[str], Any]:
    def read(text: str) -> Any:
        if text[0] in "oO \t" and text.strip().lower() == "onbekend":
            return _ONBEKEND
        return reader(text)
    return read


def row_reader(velden: dict[str, Soort]) -> Callable[[dict[str, str]], dict[str, Any]]:
    """csv_to_case with its readers made once: the per-row work is only the cells."""
    readers = {}
    for naam, soort in velden.items():
        reader = _cell_reader(soort)
        readers[naam] = reader if soort.kind == "tekst" else _skip_onbekend(reader)

    def read(ruw: dict[str, str]) -> dict[str, Any]:
        casus = {}
        for naam, text in ruw.items():
            if text and not text.isspace():
                reader = readers.get(naam)
                if reader is None:
                    casus[naam] = text
                else:
                    waarde = reader(text)
                    if waarde is not _ONBEKEND:
                        casus[naam] = waarde
        return casus
    return read


def csv_to_case(ruw: dict[str, str], velden: dict[str, Soort]) -> dict[str, Any]:
    """CSV cells → a JSON-shaped case. Empty (or `onbekend`) is onbekend: the field is left out.
    Columns that are no input of these rules go along, so the runtime names them."""
    return row_reader(velden)(ruw)


def _counting(f: TextIO, teller: list[int]) -> Iterator[str]:
    for line in f:
        teller[0] += len(line)
        yield line


def lees_kop(lines: Iterator[str]) -> tuple[int, list[str] | None]:
    """The header of a CSV file of cases, read from `lines` (which go on after it): the number of
    lines read, and the column names (None: no header). Leading `#` lines are comments (assumptions)."""
    regel = 0
    for line in lines:
        regel += 1
        if line.startswith("#") or not line.strip():
            continue
        return regel, [_ONLEESBAAR.sub("\ufffd", h.strip().lstrip("\ufeff")) for h in next(csv.reader([line]))]
    return regel, None


def _cellen(line: str, limiet: int) -> list[str] | None:
    """The cells of a line that csv.reader would read as one record of plain cells: split at the
    commas, as it does. None for anything it reads its own way (a quote, a line break or NUL
    inside the line, a cell over its field size limit): then csv.reader reads the record."""
    if line[-1:] == "\n":
        body = line[:-2] if line[-2:-1] == "\r" else line[:-1]
    elif line[-1:] == "\r":
        body = line[:-1]
    else:
        body = line
    if '"' in body or "\r" in body or "\n" in body or "\0" in body or len(body) > limiet:
        return None
    return body.split(",") if body else []


def rijen(lines: Iterable[str], voor: int, utf8_controle: bool = True) -> Iterator[tuple[int, list[str]]]:
    """The rows of (a piece of) a CSV file as (line number, cells), blank rows left out; `voor`: the
    lines before these. A row that cannot be read is an Onleesbaar. `utf8_controle` False: the
    caller knows no line holds a byte that is no UTF-8.

    A line of plain cells is split here (three times faster than csv.reader, and the same cells);
    a record with a quote or anything unusual is read by csv.reader itself, with its errors."""
    it = iter(lines)
    bron = parallel.Bron(it)
    reader = csv.reader(bron)
    nummer = voor  # the lines before the next record
    limiet = csv.field_size_limit()
    for line in it:
        row = _cellen(line, limiet)
        if row is not None:
            start = nummer = nummer + 1
        else:
            bron.eerst, bron.stuk = line, []
            start = nummer + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as e:  # a NUL byte, a field too large: this row is an error, the next goes on
                row = Onleesbaar([f"de regel is geen geldige CSV ({e})"])
            nummer += len(bron.stuk)
            if type(row) is Onleesbaar:
                yield start, row
                continue
        if not row or (not row[0] or row[0].isspace()) and not "".join(row).strip():  # every cell blank
            continue
        if utf8_controle and not all(map(str.isascii, row)) and any(_ONLEESBAAR.search(c) for c in row):
            yield start, Onleesbaar([ONLEESBAAR])
            continue
        yield start, row


def heeft_onleesbaar(tekst: str) -> bool:
    """Whether a text read with surrogateescape holds a byte that was no UTF-8: only such a byte
    gives a surrogate (a valid file cannot hold one), and encoding finds it faster than a regex."""
    try:
        tekst.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def csv_rijen(f: TextIO, teller: list[int] | None) -> tuple[list[str] | None, Iterator[tuple[int, list[str]]]]:
    """The header of a CSV file of cases (read now), and its rows as (line number, cells), blank
    rows left out. Leading `#` lines are comments (assumptions). `teller` counts the characters
    read, for a progress bar; None: not counted (a little faster)."""
    lines = _counting(f, teller) if teller is not None else iter(f)
    regel, header = lees_kop(lines)
    if header is None:
        return None, iter(())
    return header, rijen(lines, regel)


class Onleesbaar(list):
    """A CSV row that cannot be read; its one item says why. It becomes an error row."""


def dubbele_kolommen(header: list[str]) -> str:
    """The Dutch error for a header that names a column twice, or ""."""
    dubbel = sorted({h for h in header if header.count(h) > 1 and h})
    return (f"de kop noemt {', '.join('“' + h + '”' for h in dubbel)} meer dan eens; welke kolom geldt "
            "is niet te zeggen, dus er is niets beslist") if dubbel else ""


def _invoerregel(header: list[str], regel: int, row: list[str]) -> Invoerregel:
    if type(row) is Onleesbaar:
        return Invoerregel(regel, None, row[0])
    if len(row) > len(header):
        return Invoerregel(regel, None, f"{len(row)} kolommen, de kop heeft er {len(header)}")
    return Invoerregel(regel, dict(zip(header, row)))


def read_csv(f: TextIO, teller: list[int] | None = None) -> Iterator[Invoerregel]:
    """Rows of a CSV file with a header of input names; leading `#` lines are comments (assumptions)."""
    teller = teller if teller is not None else [0]
    header, rows = csv_rijen(f, teller)
    if header is None:
        return
    for regel, row in rows:
        yield _invoerregel(header, regel, row)


_GEEN = object()
_CACHE_PER_KOLOM = 20_000  # distinct cell texts remembered per field: memory stays bounded


def _waardenlezer(breedte: int, bruikbaar: bool, plekken: list[int], extra: list[int],
                  caches: list[dict], vul: Callable) -> Callable[[list[str]], list[Any] | None]:
    """CelLezer.waarden, written out as Python source: per field one subscript of its cache with its
    cell (a missing column is the empty cell), twice as fast as a loop over the fields. Only
    numbers reach the source."""
    if not bruikbaar:
        return lambda row: None
    cel = [f"row[{i}]" if i < breedte else "''" for i in plekken]
    bron = ["def waarden(row):",
            f"    if len(row) != {breedte}:",
            "        return None"]
    for i in extra:  # a filled cell in a column that is no field: the slow way names it
        bron += [f"    if row[{i}] and not row[{i}].isspace():", "        return None"]
    bron += ["    try:",
             "        return [" + ", ".join(f"c{k}[{c}]" for k, c in enumerate(cel)) + "]",
             "    except KeyError:  # a cell text not seen before in its column",
             "        return vul((" + "".join(f"{c}, " for c in cel) + "))"]
    namen = {f"c{k}": cache for k, cache in enumerate(caches)}
    exec("\n".join(bron) + "\n", {"vul": vul, **namen}, namen)  # noqa: S102 - numbers only
    return namen["waarden"]


class CelLezer:
    """CSV cells straight to the values of a generated module: each distinct cell text read once.

    Per field a cache from cell text to value (a keuzelijst member, a frozenset of members, a
    date, …), filled the way the slow path reads a cell: this module's cell reader, then the
    generated lees_veld (lees_waarde and the keuzelijst lookup). `waarden(row)` gives the values
    in the order of VELDEN, ready for maak_invoer (the controles); a row with an invalid or
    unusual cell gives None, and the caller reads it the slow way, which names every error.

    `onbekend_is_fout`: a filled cell in a column that is no field makes the row a fout (`regels
    beslis`), or is ignored (`regels vergelijk`, where each version reads only its own fields)."""

    def __init__(self, module: Any, header: list[str], onbekend_is_fout: bool = True):
        velden: dict[str, Soort] = module.VELDEN
        breedte = len(header)
        bruikbaar = len(set(header)) == len(header) and bool(velden)
        positie = {h: i for i, h in enumerate(header)}
        plekken = [positie.get(naam, breedte) for naam in velden]  # a missing column: an empty cell
        extra = [i for i, h in enumerate(header) if h not in velden] if onbekend_is_fout else []
        self.caches: list[dict[str, Any]] = [{} for _ in velden]
        self.velden = list(velden.items())
        self.lezers = [_cell_reader(soort) if soort.kind == "tekst" else _skip_onbekend(_cell_reader(soort))
                       for soort in velden.values()]
        self.lees_veld = module.lees_veld
        self.waarden = _waardenlezer(breedte, bruikbaar, plekken, extra, self.caches, self._vul)

    def _vul(self, cellen: tuple[str, ...]) -> list[Any] | None:
        out = []
        for cache, tekst, (naam, _), lezer in zip(self.caches, cellen, self.velden, self.lezers):
            waarde = cache.get(tekst, _GEEN)
            if waarde is _GEEN:
                ruw = None
                if tekst and not tekst.isspace():
                    ruw = lezer(tekst)
                    if ruw is _ONBEKEND:
                        ruw = None
                try:
                    waarde = self.lees_veld(naam, ruw)
                except Exception:  # noqa: BLE001 - not valid: the slow path gives the reason
                    return None
                if len(cache) < _CACHE_PER_KOLOM:
                    cache[tekst] = waarde
            out.append(waarde)
        return out


# What json.loads raises besides JSONDecodeError: nesting deeper than the recursion limit, and
# an integer of more than 4300 digits (ValueError). Both are bad input, never a crash.
JSON_FOUTEN = (ValueError, RecursionError)


def json_reden(e: BaseException) -> str:
    """Why a text is no usable JSON, in Dutch."""
    if isinstance(e, json.JSONDecodeError):
        return f"geen geldige JSON: kolom {e.colno}: {casus_json.reden(e)}"
    if isinstance(e, RecursionError):
        return "geen bruikbare JSON: te diep genest"
    return "geen bruikbare JSON: een getal heeft te veel cijfers"


def read_jsonl(f: Iterable[str], teller: list[int] | None = None, voor: int = 0) -> Iterator[Invoerregel]:
    """One JSON object per line, in the shape `regels beslis` takes; blank lines are no cases.
    `voor`: the lines before these (a piece of a file, parallel.regelstukken)."""
    lines = _counting(f, teller) if teller is not None else f
    for regel, line in enumerate(lines, voor + 1):
        if regel == 1:
            line = line.removeprefix("\ufeff")  # a BOM is no text
        if not line.strip():
            continue
        try:
            ruw = json.loads(line)
        except (ValueError, RecursionError):  # the reason in Dutch, bounded, from casus_json
            try:
                casus_json.lees(line)
                reden = "geen geldige JSON"
            except casus_json.GeenCasus as e:
                reden = str(e).replace("regel 1, ", "")
            yield Invoerregel(regel, None, f"geen geldige JSON: {reden}")
            continue
        if not line.isascii() and _ONLEESBAAR.search(line):
            yield Invoerregel(regel, None, ONLEESBAAR)
            continue
        if not isinstance(ruw, dict):
            yield Invoerregel(regel, None, "verwacht een JSON-object met de invoervelden")
            continue
        yield Invoerregel(regel, ruw)


def formaat(path: str | Path) -> str:
    suffix = Path(str(path)).suffix.lower()
    return "jsonl" if suffix in (".jsonl", ".ndjson", ".json") else "csv"


def read_cases(f: TextIO, soort: str, teller: list[int] | None = None) -> Iterator[Invoerregel]:
    return read_jsonl(f, teller) if soort == "jsonl" else read_csv(f, teller)


# -- Writing outcomes

def _csv_value(waarde: Any) -> str:
    """An outcome as a CSV cell: the same notation a CSV of cases uses."""
    if waarde is None:
        return ""
    if waarde is True:
        return "ja"
    if waarde is False:
        return "nee"
    value = getattr(waarde, "value", None)  # a keuzelijst member of the generated code
    if isinstance(value, str):
        return value
    if isinstance(waarde, (str, int)):
        return str(waarde)
    if isinstance(waarde, (frozenset, set)):
        return "; ".join(sorted(_csv_value(v) for v in waarde))
    if isinstance(waarde, (tuple, list)):
        return "; ".join(_csv_value(v) for v in waarde)
    iso = getattr(waarde, "isoformat", None)
    if iso is not None:
        return iso()
    return str(waarde)  # Decimal, Duur ("12 maanden")


def _csv_cell(tekst: str) -> str:
    """Quote a cell as csv.writer does (QUOTE_MINIMAL, "\\n" between rows)."""
    if "," in tekst or '"' in tekst or "\n" in tekst or "\r" in tekst:
        return '"' + tekst.replace('"', '""') + '"'
    return tekst


_CELLEN_PER_KOLOM = 20_000  # distinct values remembered per output column


def _regelmaker(geheugens: list[dict], scheiding: str | bytes, eind: str | bytes) -> Callable[[Any, tuple], Any]:
    """A function (head, the outcomes in the order of the columns) → one output line: the head, per
    column the value's cell from that column's memory (value → formatted cell), the line end,
    joined by commas. Written out as Python source, so each lookup is a plain subscript, twice as
    fast as a loop over the columns; only numbers reach the source. KeyError: a value not yet in
    a memory (CsvUit fills it and tries again)."""
    delen = "".join(f"g{i}[w[{i}]], " for i in range(len(geheugens)))
    namen = {f"g{i}": g for i, g in enumerate(geheugens)}
    exec(f"def regel(kop, w):\n    return s.join((kop, {delen}eind))\n",  # noqa: S102 - numbers only
         {"s": scheiding, "eind": eind, **namen}, namen)
    return namen["regel"]


def _byte_buffer(f: TextIO) -> Any:
    """The binary buffer under a UTF-8 text file, when writing bytes there gives the same file:
    no newline translation (POSIX) and the text layer flushed. None otherwise."""
    buffer = getattr(f, "buffer", None)
    encoding = getattr(f, "encoding", None)
    if buffer is None or encoding is None or os.linesep != "\n" or getattr(f, "errors", "strict") != "strict":
        return None
    try:
        if codecs.lookup(encoding).name != "utf-8":
            return None
    except LookupError:
        return None
    f.flush()
    return buffer


class CsvUit:
    """Rows of `regel,status,<every output>,fout`, written as lines: each distinct value of a column is
    formatted and quoted once, and the rows go as UTF-8 bytes to the file's buffer (encoding a line
    of 3 KB of Dutch text at every row costs more than deciding the case). Several times faster
    than csv.writer on rows of long texts; the same file."""

    def __init__(self, f: TextIO, uitvoer: list[str], kop: bool = True):
        self.f = f
        self.uitvoer = uitvoer
        if kop:
            f.write(",".join(_csv_cell(x) for x in ["regel", "status", *uitvoer, "fout"]) + "\n")
        self.leeg = "," * len(uitvoer)
        self.b = _byte_buffer(f)
        self.geheugens: list[dict[Any, Any]] = [{} for _ in uitvoer]
        self.regel = _regelmaker(self.geheugens, *((b",", b"\n") if self.b is not None else (",", "\n")))
        self.pak = operator.itemgetter(*uitvoer) if len(uitvoer) > 1 else (lambda w: tuple(w[n] for n in uitvoer))

    def _cel(self, waarde: Any) -> str | bytes:
        tekst = _csv_cell(_csv_value(waarde))
        return tekst.encode("utf-8") if self.b is not None else tekst

    def _onthoud(self, kop: Any, rij: tuple) -> Any:
        """The row the slow way, remembering each new value (up to a limit per column)."""
        cellen = [kop]
        for waarde, geheugen in zip(rij, self.geheugens):
            try:
                cel = geheugen.get(waarde)
                bewaar = True
            except TypeError:  # an unhashable value: formatted every time
                cel, bewaar = None, False
            if cel is None:
                cel = self._cel(waarde)
                if bewaar and len(geheugen) < _CELLEN_PER_KOLOM:
                    geheugen[waarde] = cel
            cellen.append(cel)
        cellen.append(b"\n" if self.b is not None else "\n")
        return (b"," if self.b is not None else ",").join(cellen)

    def ok(self, regel: int, waarden: dict[str, Any]) -> None:
        self.ok_rij(regel, self.pak(waarden))

    def ok_rij(self, regel: int, rij: tuple) -> None:
        """A decided case, its outcomes in the order of `uitvoer` (uitkomsten_rij)."""
        kop = b"%d,ok" % regel if self.b is not None else f"{regel},ok"
        try:
            lijn = self.regel(kop, rij)
        except (KeyError, TypeError):  # a value not seen before in its column
            lijn = self._onthoud(kop, rij)
        (self.b or self.f).write(lijn)

    def fout(self, regel: int, tekst: str) -> None:
        regel_tekst = f"{regel},fout{self.leeg},{_csv_cell(tekst)}\n"
        if self.b is not None:
            self.b.write(regel_tekst.encode("utf-8"))
        else:
            self.f.write(regel_tekst)


class JsonlUit:
    def __init__(self, f: TextIO, uitvoer: list[str], naar_json: Callable[[Any], Any]):
        self.f, self.uitvoer, self.naar_json = f, uitvoer, naar_json

    def ok(self, regel: int, waarden: dict[str, Any]) -> None:
        uitkomst = {n: self.naar_json(waarden[n]) for n in self.uitvoer}
        self.f.write(json.dumps({"regel": regel, "status": "ok", "uitkomst": uitkomst}, ensure_ascii=False) + "\n")

    def fout(self, regel: int, tekst: str, fouten: dict | None = None) -> None:
        entry = {"regel": regel, "status": "fout", "fout": tekst}
        if fouten:
            entry["fouten"] = fouten
        self.f.write(json.dumps(entry, ensure_ascii=False) + "\n")


# -- The batch

@dataclass
class Telling:
    gelezen: int = 0
    ok: int = 0
    fout: int = 0
    geschreven: int = 0
    seconden: float = 0.0
    fouten: dict[str, int] = field(default_factory=dict)  # first part of each message → how often
    processen: int = 1  # that decided the cases

    def voeg(self, deel: Telling) -> None:
        """Add the counts of a piece of the same batch."""
        self.gelezen += deel.gelezen
        self.ok += deel.ok
        self.fout += deel.fout
        self.geschreven += deel.geschreven
        for soort, n in deel.fouten.items():
            self.fouten[soort] = self.fouten.get(soort, 0) + n

    @property
    def per_seconde(self) -> float:
        return self.gelezen / self.seconden if self.seconden else 0.0


class Voortgang:
    """A progress line on a terminal (stderr), by bytes read of the total; silent otherwise."""

    def __init__(self, totaal_bytes: int | None, stream: TextIO | None = None, aan: bool | None = None):
        self.stream = stream or sys.stderr
        self.aan = self.stream.isatty() if aan is None else aan
        self.totaal = totaal_bytes
        self.start = time.perf_counter()

    def toon(self, aantal: int, gelezen_bytes: int) -> None:
        if not self.aan:
            return
        verstreken = time.perf_counter() - self.start
        tempo = aantal / verstreken if verstreken else 0
        if self.totaal:
            deel = min(gelezen_bytes / self.totaal, 1.0)
            balk = "█" * int(deel * 30) + "·" * (30 - int(deel * 30))
            self.stream.write(f"\r  {balk} {deel:4.0%}  {aantal:>10,} casussen  {tempo:>9,.0f}/s".replace(",", "."))
        else:
            self.stream.write(f"\r  {aantal:>10,} casussen  {tempo:>9,.0f}/s".replace(",", "."))
        self.stream.flush()

    def klaar(self) -> None:
        if self.aan:
            self.stream.write("\n")
            self.stream.flush()


def run_batch(ev: Evaluator, invoer: TextIO, invoer_soort: str, uit: TextIO, uit_soort: str,
              voortgang: Voortgang | None = None, processen: int = 1) -> Telling:
    """Decide every case of `invoer` and write one row per case to `uit`. Never stops on a bad case.

    The file goes in pieces of whole records (parallel.stukken), each decided into the text of its
    rows (CsvWerk, JsonlWerk); with `processen` > 1 the pieces are decided in that many forked
    processes, and written in their order as they come: the same file as one process writes."""
    telling = Telling()
    start = time.perf_counter()
    if invoer_soort == "csv":
        lines = iter(invoer)
        voor, header = lees_kop(lines)
        schrijver = JsonlUit(uit, ev.uitvoer, ev.naar_json) if uit_soort == "jsonl" else CsvUit(uit, ev.uitvoer)
        if header is None:
            telling.seconden = time.perf_counter() - start
            return telling
        werk: _Werk = CsvWerk(ev, header, schrijver)
        delen = parallel.stukken(lines, voor)
    else:
        schrijver = JsonlUit(uit, ev.uitvoer, ev.naar_json) if uit_soort == "jsonl" else CsvUit(uit, ev.uitvoer)
        werk, delen = JsonlWerk(ev, schrijver), parallel.regelstukken(invoer)
    b = schrijver.b if isinstance(schrijver, CsvUit) else None
    gelezen = 0
    gebruikt: list[int] = []
    for tekst, deel, tekens in parallel.verdeel(werk, delen, processen, gebruikt, b):
        if tekst is None:  # written already
            pass
        elif isinstance(tekst, list):  # lines as bytes
            if b is not None:
                b.writelines(tekst)
            else:
                uit.write(b"".join(tekst).decode("utf-8"))
        else:
            uit.write(tekst)
        telling.voeg(deel)
        gelezen += tekens
        if voortgang is not None:
            voortgang.toon(telling.gelezen, gelezen)
    telling.seconden = time.perf_counter() - start
    telling.processen = gebruikt[0] if gebruikt else 1
    if voortgang is not None:
        voortgang.toon(telling.gelezen, gelezen)
        voortgang.klaar()
    return telling


class _Werk:
    """What CsvWerk and JsonlWerk share: rows go straight to the batch's writer, or, in a forked
    worker (parallel.verdeel calls naar_geheugen there), into memory, handed back per piece."""

    def __init__(self, ev: Evaluator, schrijver):
        self.ev, self.schrijver = ev, schrijver
        self.geheugen: Any = None

    def naar_geheugen(self) -> None:
        if isinstance(self.schrijver, JsonlUit):
            self.geheugen = io.StringIO()
            self.schrijver = JsonlUit(self.geheugen, self.ev.uitvoer, self.ev.naar_json)
        else:  # the lines as UTF-8 bytes, kept as they are: one buffer of megabytes per piece costs more
            self.schrijver = CsvUit(io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n"), self.ev.uitvoer,
                                    kop=False)
            self.geheugen = self.schrijver.b = _Regels()

    def _begin(self) -> None:
        if isinstance(self.geheugen, _Regels):
            self.geheugen.leeg()
        elif self.geheugen is not None:
            self.geheugen.seek(0)
            self.geheugen.truncate()

    def _tekst(self) -> Any:
        """None (written already), a list of lines as bytes (CSV), or the text (JSON Lines)."""
        if isinstance(self.geheugen, _Regels):
            return self.geheugen.delen
        return self.geheugen.getvalue() if self.geheugen is not None else None


class _Regels:
    """Where a worker's CsvUit writes: the lines, in a new list per piece."""

    __slots__ = ("delen", "write")

    def __init__(self):
        self.leeg()

    def leeg(self) -> None:
        self.delen: list[bytes] = []
        self.write = self.delen.append


class CsvWerk(_Werk):
    """One piece of a CSV file of cases → (the text of its rows or None, its Telling, characters read).

    Generated code takes the fast path: cells to values through CelLezer, then controleer and
    uitkomsten_waarden. A row it cannot read goes the slow way (cells → JSON → lees_invoer),
    which gives exactly the same values and errors."""

    def __init__(self, ev: Evaluator, header: list[str], schrijver):
        super().__init__(ev, schrijver)
        self.header = header
        self.lees_rij = row_reader(ev.velden)
        self.dubbel = dubbele_kolommen(header)
        self.lezer = CelLezer(ev.module, header) if ev.snel and not self.dubbel else None

    def _snel(self):
        """(controleer, uitkomsten, ok) for the fast path, for the current writer."""
        if isinstance(self.schrijver, CsvUit) and hasattr(self.ev.module, "uitkomsten_waarden"):
            return self.ev.module.controleer, self.ev.module.uitkomsten_waarden, self.schrijver.ok_rij
        maak, beslis_invoer = self.ev.module.maak_invoer, self.ev.module.uitkomsten

        def controleer(*waarden: Any) -> None:
            pass

        def uitkomsten(*waarden: Any) -> Any:
            return beslis_invoer(maak(*waarden))
        return controleer, uitkomsten, self.schrijver.ok

    def __call__(self, voor: int, lines: list[str]) -> tuple[Any, Telling, int]:
        self._begin()
        telling = Telling()
        schrijver, header, lees_rij, beslis, fouten = (self.schrijver, self.header, self.lees_rij, self.ev.beslis,
                                                       self.ev.fouten)
        tekst = "".join(lines)
        rows = rijen(lines, voor, utf8_controle=heeft_onleesbaar(tekst))
        if self.dubbel:  # every row an error row: in = out, and nothing decided on a guess
            rows = ((nummer, Onleesbaar([self.dubbel])) for nummer, _ in rows)
        lezer = self.lezer
        waarden_van = lezer.waarden if lezer is not None else (lambda row: None)
        controleer, uitkomsten, ok = self._snel() if lezer is not None else (None,) * 3
        n = 0
        for nummer, row in rows:
            n += 1
            waarden = waarden_van(row) if type(row) is not Onleesbaar else None
            if waarden is not None:
                try:
                    controleer(*waarden)
                    uitkomst = uitkomsten(*waarden)
                except fouten as e:
                    _fout(telling, schrijver, nummer, foutmelding(e), getattr(e, "fouten", None))
                except Exception as e:  # noqa: BLE001 - a bug must not cost the other cases their row
                    _fout(telling, schrijver, nummer, f"interne fout: {e.__class__.__name__}: {e}")
                else:
                    ok(nummer, uitkomst)
                    telling.ok += 1
            else:
                _een(telling, schrijver, _invoerregel(header, nummer, row), lees_rij, beslis, fouten)
        telling.gelezen = telling.geschreven = n
        return self._tekst(), telling, len(tekst)


class JsonlWerk(_Werk):
    """One piece of a JSON Lines file of cases → (the text of its rows or None, its Telling, characters read)."""

    def __call__(self, voor: int, lines: list[str]) -> tuple[Any, Telling, int]:
        self._begin()
        telling = Telling()
        for regel in read_jsonl(lines, None, voor):
            telling.gelezen += 1
            _een(telling, self.schrijver, regel, None, self.ev.beslis, self.ev.fouten)
            telling.geschreven += 1
        return self._tekst(), telling, sum(map(len, lines))


def _een(telling: Telling, schrijver, regel: Invoerregel, lees_rij, beslis, fouten) -> None:
    """One case the slow way: CSV cells (lees_rij) or JSON to a case, then the evaluator."""
    if regel.ruw is None:
        _fout(telling, schrijver, regel.regel, regel.fout)
        return
    casus = regel.ruw if lees_rij is None else lees_rij(regel.ruw)
    try:
        waarden = beslis(casus)
    except fouten as e:
        _fout(telling, schrijver, regel.regel, foutmelding(e), getattr(e, "fouten", None))
    except Exception as e:  # noqa: BLE001 - a bug must not cost the other cases their row
        _fout(telling, schrijver, regel.regel, f"interne fout: {e.__class__.__name__}: {e}")
    else:
        schrijver.ok(regel.regel, waarden)
        telling.ok += 1


def _fout(telling: Telling, schrijver, regel: int, tekst: str, fouten: dict | None = None) -> None:
    telling.fout += 1
    soort = tekst.split(";", 1)[0][:100]
    telling.fouten[soort] = telling.fouten.get(soort, 0) + 1
    if isinstance(schrijver, JsonlUit):
        schrijver.fout(regel, tekst, fouten)
    else:
        schrijver.fout(regel, tekst)


def samenvatting(telling: Telling, bron: str, doel: str) -> str:
    tempo = f"{telling.per_seconde:,.0f}".replace(",", ".")
    regels = [
        f"{telling.gelezen} casussen gelezen uit {bron}: {telling.ok} beslist, {telling.fout} met een fout; "
        f"{telling.geschreven} regels geschreven naar {doel} ({telling.seconden:.2f} s, {tempo} casussen/s)",
    ]
    if telling.gelezen != telling.geschreven:  # never expected; said out loud if it happens
        regels.append(f"let op: {telling.gelezen - telling.geschreven} casussen zonder uitvoerregel")
    for soort, n in sorted(telling.fouten.items(), key=lambda x: -x[1])[:5]:
        regels.append(f"  {n}× {soort}")
    return "\n".join(regels)


def open_text(path: str, mode: str, soort: str | None = None) -> TextIO:
    """A batch file. Reading: a byte that is no UTF-8 becomes a surrogate (its case an error row,
    not the end of the run), and JSON Lines split only at \\n, never at U+2028 or a lone \\r."""
    soort = soort or formaat(path)
    newline = "" if soort == "csv" else "\n" if "r" in mode else None
    if path == "-":
        if "r" not in mode:
            return sys.stdout
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="surrogateescape", newline=newline)
    # A large buffer: a million rows of outcomes are gigabytes, written in few system calls.
    return open(path, mode, encoding="utf-8", errors="surrogateescape" if "r" in mode else "strict",
                newline=newline, buffering=1 << 20)
