"""Many cases at once: a CSV or JSONL file of cases → a CSV or JSONL file of outcomes, streaming.

`regels beslis --batch` and `regels vergelijk` read cases here and decide them with an
Evaluator: the generated module (the fast path, `uitkomsten`) when it can be had, else the
reference interpreter. Every case read gives exactly one row out; a bad case gives a row
with status `fout` and the reason, and the batch goes on.
"""

from __future__ import annotations

import atexit
import csv
import importlib
import importlib.util
import io
import itertools
import json
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, TextIO

from .checks import Model
from .names import Namer
from .runtime import GeenBeslissing, OngeldigeInvoer, Soort

# -- Evaluators


@dataclass
class Evaluator:
    """Decides one case (a JSON-shaped dict) into {output name: value}; raises `fouten` for bad cases."""

    model: Model
    beslis: Callable[[dict], dict[str, Any]]
    fouten: tuple[type[BaseException], ...]
    naar_json: Callable[[Any], Any]
    soort: str  # "gegenereerd (…)" or "interpreter": said in reports
    lees: Callable[[dict], Any] | None = None  # only read and check a case (the controles), no decision
    module: Any = None  # the generated module, when this is generated code

    @property
    def velden(self) -> dict[str, Soort]:
        return self.model.soorten

    @property
    def uitvoer(self) -> list[str]:
        return self.model.output_names


_counter = itertools.count()


def _import_package(folder: Path, module: str):
    """Import folder/ (a generated package) under a fresh name and return its `module`."""
    name = f"_regels_gegenereerd_{next(_counter)}"
    spec = importlib.util.spec_from_file_location(name, folder / "__init__.py",
                                                  submodule_search_locations=[str(folder)])
    package = importlib.util.module_from_spec(spec)
    sys.modules[name] = package
    spec.loader.exec_module(package)
    return importlib.import_module(f"{name}.{module}"), importlib.import_module(f"{name}._runtime")


def generated_evaluator(model: Model, project=None) -> Evaluator:
    """The generated module for `model`: generated/ itself when it is current, else compiled now.

    Current means: the file on disk is exactly what the Python backend makes of these rules
    now. Otherwise (older rules from a git ref, or generated/ not rebuilt) the module is
    generated into a temporary package, so the fast path is always the code of these rules.
    """
    from .backends import python as python_backend

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
    mod, runtime = _import_package(folder, module)
    lees, snel = mod.lees_invoer, getattr(mod, "uitkomsten", None)
    if snel is None:  # a generated/ from before the fast path: the same values through beslis()
        def beslis(casus: dict) -> dict[str, Any]:
            return mod.beslis(lees(casus)).waarden()
    else:
        def beslis(casus: dict) -> dict[str, Any]:
            return snel(lees(casus))
    return Evaluator(model, beslis, (mod.OngeldigeInvoer, mod.GeenBeslissing), runtime.naar_json,
                     f"gegenereerde code, {where}", lees, mod)


def interpreter_evaluator(model: Model) -> Evaluator:
    from .interpreter import Interpreter
    from .runtime import naar_json

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


_DUUR = re.compile(r"^\s*(\d+)\s*(maand|maanden|jaar|jaren)\s*$", re.IGNORECASE)


def _cell_reader(soort: Soort) -> Callable[[str], Any]:
    """A CSV cell (text) → the JSON value `regels beslis` takes; what it cannot read goes on as text,
    so the runtime gives its usual message for it."""
    k = soort.kind
    if k == "getal":
        def read(text: str) -> Any:
            t = text.strip()
            return int(t) if t.lstrip("-").isdigit() else t
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


def read_csv(f: TextIO, teller: list[int] | None = None) -> Iterator[Invoerregel]:
    """Rows of a CSV file with a header of input names; leading `#` lines are comments (assumptions)."""
    teller = teller if teller is not None else [0]
    lines = _counting(f, teller)
    regel = 0
    header_line = None
    for line in lines:
        regel += 1
        if line.startswith("#") or not line.strip():
            continue
        header_line = line
        break
    if header_line is None:
        return
    header = [h.strip().lstrip("\ufeff") for h in next(csv.reader([header_line]))]
    reader = csv.reader(lines)
    vorige = 0
    for row in reader:
        start = regel + vorige + 1
        vorige = reader.line_num
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) > len(header):
            yield Invoerregel(start, None, f"{len(row)} kolommen, de kop heeft er {len(header)}")
            continue
        yield Invoerregel(start, dict(zip(header, row)))


def read_jsonl(f: TextIO, teller: list[int] | None = None) -> Iterator[Invoerregel]:
    """One JSON object per line, in the shape `regels beslis` takes; blank lines are no cases."""
    teller = teller if teller is not None else [0]
    for regel, line in enumerate(_counting(f, teller), 1):
        if not line.strip():
            continue
        try:
            ruw = json.loads(line)
        except json.JSONDecodeError as e:
            yield Invoerregel(regel, None, f"geen geldige JSON ({e.msg}, kolom {e.colno})")
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


class _Geheugen(dict):
    """Per output column: each distinct value is formatted and quoted once (outcomes repeat a lot)."""

    def __missing__(self, waarde: Any) -> str:
        tekst = _csv_cell(_csv_value(waarde))
        if len(self) < 10_000:
            self[waarde] = tekst
        return tekst


class CsvUit:
    """Rows of `regel,status,<every output>,fout`. Written as text lines: with the cells quoted once
    per distinct value this is several times faster than csv.writer on rows of long texts."""

    def __init__(self, f: TextIO, uitvoer: list[str]):
        self.f = f
        self.uitvoer = uitvoer
        f.write(",".join(_csv_cell(x) for x in ["regel", "status", *uitvoer, "fout"]) + "\n")
        self.leeg = "," * len(uitvoer)
        self.kolommen = [(n, _Geheugen()) for n in uitvoer]

    def ok(self, regel: int, waarden: dict[str, Any]) -> None:
        try:
            cellen = [geheugen[waarden[n]] for n, geheugen in self.kolommen]
        except TypeError:  # an unhashable value: format it directly
            cellen = [_csv_cell(_csv_value(waarden[n])) for n in self.uitvoer]
        self.f.write(f"{regel},ok,{','.join(cellen)},\n")

    def fout(self, regel: int, tekst: str) -> None:
        self.f.write(f"{regel},fout{self.leeg},{_csv_cell(tekst)}\n")


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
              voortgang: Voortgang | None = None) -> Telling:
    """Decide every case of `invoer` and write one row per case to `uit`. Never stops on a bad case."""
    lees_rij = row_reader(ev.velden)
    schrijver = JsonlUit(uit, ev.uitvoer, ev.naar_json) if uit_soort == "jsonl" else CsvUit(uit, ev.uitvoer)
    beslis, fouten = ev.beslis, ev.fouten
    telling = Telling()
    teller = [0]
    start = time.perf_counter()
    for regel in read_cases(invoer, invoer_soort, teller):
        telling.gelezen += 1
        if regel.ruw is None:
            _fout(telling, schrijver, regel.regel, regel.fout)
        else:
            casus = regel.ruw if invoer_soort == "jsonl" else lees_rij(regel.ruw)
            try:
                waarden = beslis(casus)
            except fouten as e:
                _fout(telling, schrijver, regel.regel, foutmelding(e), getattr(e, "fouten", None))
            except Exception as e:  # noqa: BLE001 - a bug must not cost the other cases their row
                _fout(telling, schrijver, regel.regel, f"interne fout: {e.__class__.__name__}: {e}")
            else:
                schrijver.ok(regel.regel, waarden)
                telling.ok += 1
        telling.geschreven += 1
        if voortgang is not None and telling.gelezen % 2000 == 0:
            voortgang.toon(telling.gelezen, teller[0])
    telling.seconden = time.perf_counter() - start
    if voortgang is not None:
        voortgang.toon(telling.gelezen, teller[0])
        voortgang.klaar()
    return telling


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


def open_text(path: str, mode: str) -> TextIO:
    if path == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8") if "r" in mode else sys.stdout
    return open(path, mode, encoding="utf-8", newline="" if "csv" == formaat(path) else None)
