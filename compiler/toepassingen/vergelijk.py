"""What a rule change does to a population: two versions of the rules, the same cases, the differences.

Input: an old and a new version (a folder, or a git ref for the old one) and a file of cases.
Output: a Vergelijking — how many cases change outcome, a transition matrix of one outcome
(old × new, normally the arrangement), and the change in yearly household hours and monthly
budget when both versions have them — rendered as a terminal table, Markdown, and SVG/PNG.
Each version is compiled with the Python backend, so a million cases take seconds, not hours.
"""

from __future__ import annotations

import atexit
import io
import math
import operator
import shutil
import subprocess
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator, TextIO

from compiler.toepassingen import batch, parallel
from compiler.midden.model import Model
from compiler.project import Project

FOUT = "fout"
ONBEKEND = "onbekend"


class VersieFout(Exception):
    """A version that cannot be found or loaded; the message says which and why, in Dutch."""


# -- Loading a version

@dataclass
class Versie:
    label: str
    model: Model
    evaluator: batch.Evaluator


def _project_root(path: Path) -> tuple[Path, bool]:
    """The project root for a folder given as a version: a project, its regels/, or a bare folder of rules."""
    if (path / "regels").is_dir():
        return path, False
    if path.name == "regels":
        return path.parent, False
    tmp = Path(tempfile.mkdtemp(prefix="regels-versie-"))
    atexit.register(shutil.rmtree, tmp, True)
    (tmp / "regels").symlink_to(path.resolve(), target_is_directory=True)
    return tmp, True


def _from_git(ref: str, project: Project) -> Path:
    def git(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["git", "-C", str(project.root), *args], capture_output=True)

    if git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode != 0:
        raise VersieFout(f"“{ref}” is geen map en geen git-versie (commit, tag of tak) van {project.root}")
    prefix = git("rev-parse", "--show-prefix").stdout.decode().strip()
    archive = git("archive", "--format=tar", ref, "--", f"{prefix}regels")
    if archive.returncode != 0:
        raise VersieFout(f"git-versie {ref} heeft geen map {prefix}regels/ "
                         f"({archive.stderr.decode(errors='replace').strip()})")
    tmp = Path(tempfile.mkdtemp(prefix="regels-git-"))
    atexit.register(shutil.rmtree, tmp, True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(tmp, filter="data")
    return tmp / prefix if prefix else tmp


def load_version(spec: str, project: Project, regelset: str | None, rol: str) -> Versie:
    """A folder (a project, its regels/, or a folder of .regels files) or a git ref of this project."""
    path = Path(spec)
    if path.exists():
        if not path.is_dir():
            raise VersieFout(f"{spec} is geen map")
        root, _ = _project_root(path)
        label = spec
    else:
        root = _from_git(spec, project)
        label = f"{spec} (git)"
    version_project = Project(root)
    models = version_project.models()  # RegelsFout goes up: the caller reports it with file:line
    if regelset:
        chosen = [m for m in models if regelset in (m.regelset.slug, m.regelset.header.name)]
        if not chosen:
            raise VersieFout(f"{rol} ({label}) heeft geen regelset “{regelset}”; wel: "
                             + ", ".join(m.regelset.slug for m in models))
        model = chosen[0]
    elif len(models) == 1:
        model = models[0]
    else:
        raise VersieFout(f"{rol} ({label}) heeft meer regelsets; kies er één met --regelset: "
                         + ", ".join(m.regelset.slug for m in models))
    same_tree = root.resolve() == project.root.resolve()
    return Versie(label, model, batch.evaluator(model, project if same_tree else version_project))


# -- Comparing

def _text(waarde: Any) -> str:
    if waarde is None:
        return ONBEKEND
    value = getattr(waarde, "value", waarde)
    return value if isinstance(value, str) else batch._csv_value(waarde)


def _same(a: Any, b: Any) -> bool:
    """Equal across two compiled versions: their Duur classes differ, so compare what they hold."""
    if a == b:
        return True
    if hasattr(a, "maanden") and hasattr(b, "maanden"):
        return a.maanden == b.maanden
    if isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b):
        return all(_same(x, y) for x, y in zip(a, b))
    return False


def find_output(names: list[str], *words: str) -> str | None:
    """The first output whose name holds every word (case-insensitive): e.g. ("uren", "jaar")."""
    for name in names:
        lower = name.lower()
        if all(w in lower for w in words):
            return name
    return None


@dataclass
class Totaal:
    """A numeric outcome summed over the cases that both versions decide."""

    naam: str
    oud: Decimal = Decimal(0)
    nieuw: Decimal = Decimal(0)
    bekend_oud: int = 0
    bekend_nieuw: int = 0
    gewijzigd: int = 0

    @property
    def verschil(self) -> Decimal:
        return self.nieuw - self.oud

    def add(self, a: Any, b: Any) -> None:
        if a is not None:
            self.oud += a
            self.bekend_oud += 1
        if b is not None:
            self.nieuw += b
            self.bekend_nieuw += 1
        if not _same(a, b):
            self.gewijzigd += 1


@dataclass
class Vergelijking:
    oud: str
    nieuw: str
    populatie: str
    uitkomst: str | None                      # the outcome of the transition matrix
    aantal: int = 0
    ok_beide: int = 0
    fout_oud: int = 0                         # a fout under old only
    fout_nieuw: int = 0
    fout_beide: int = 0
    gewijzigd: int = 0
    per_uitvoer: dict[str, int] = field(default_factory=dict)
    matrix: dict[tuple[str, str], int] = field(default_factory=dict)
    rijen: list[str] = field(default_factory=list)
    kolommen: list[str] = field(default_factory=list)
    uren: Totaal | None = None
    uren_reden: str = ""
    budget: Totaal | None = None
    budget_reden: str = ""
    alleen_oud: list[str] = field(default_factory=list)   # outputs only the old version has
    alleen_nieuw: list[str] = field(default_factory=list)
    genegeerd_oud: list[str] = field(default_factory=list)  # population fields a version does not know
    genegeerd_nieuw: list[str] = field(default_factory=list)
    met_oud: str = ""
    met_nieuw: str = ""
    seconden: float = 0.0
    processen: int = 1                         # that decided the cases


def _order(oud: Versie, nieuw: Versie, name: str | None) -> list[str]:
    labels: list[str] = []
    for v in (oud, nieuw):
        t = v.model.types.get(name) if name else None
        if t is not None and t.enum in v.model.enums:
            labels += [x for x in v.model.enums[t.enum].names if x not in labels]
    return labels + [ONBEKEND, FOUT]


def _decide(ev: batch.Evaluator, regel: batch.Invoerregel, soort: str, lees_rij, velden) -> tuple[dict | None, str]:
    if regel.ruw is None:
        return None, regel.fout
    ruw = {k: v for k, v in regel.ruw.items() if k in velden}
    casus = ruw if soort == "jsonl" else lees_rij(ruw)
    try:
        return ev.beslis(casus), ""
    except ev.fouten as e:
        return None, batch.foutmelding(e)
    except Exception as e:  # noqa: BLE001 - one case never stops the comparison
        return None, f"interne fout: {e.__class__.__name__}: {e}"


class _Beslisser:
    """One version deciding the cases of a comparison: each case → its outcomes as a tuple in the
    order of the version's outputs, or None and why not.

    CSV rows go the fast way when the version is generated code (batch.CelLezer, controleer,
    uitkomsten_waarden); a row that cannot, and JSON, go through the evaluator as in a batch,
    which gives the same values and errors."""

    def __init__(self, ev: batch.Evaluator, soort: str, header: list[str] | None):
        self.ev, self.soort, self.header = ev, soort, header
        self.velden = ev.velden
        self.lees_rij = batch.row_reader(self.velden)
        self.uitvoer = list(ev.uitvoer)
        module = ev.module
        self.lezer = None
        if soort == "csv" and header is not None and ev.snel and hasattr(module, "uitkomsten_waarden"):
            self.lezer = batch.CelLezer(module, header, onbekend_is_fout=False)
            self.controleer, self.uitkomsten = module.controleer, module.uitkomsten_waarden

    def rij(self, nummer: int, row: list[str]) -> tuple[tuple | None, str]:
        waarden = self.lezer.waarden(row) if self.lezer is not None else None
        if waarden is None:
            return self.langzaam(batch._invoerregel(self.header, nummer, row))
        try:
            self.controleer(*waarden)
            return self.uitkomsten(*waarden), ""
        except self.ev.fouten as e:
            return None, batch.foutmelding(e)
        except Exception as e:  # noqa: BLE001 - one case never stops the comparison
            return None, f"interne fout: {e.__class__.__name__}: {e}"

    def langzaam(self, regel: batch.Invoerregel) -> tuple[tuple | None, str]:
        waarden, fout = _decide(self.ev, regel, self.soort, self.lees_rij, self.velden)
        return (None if waarden is None else tuple(waarden[n] for n in self.uitvoer)), fout


def compare(oud: Versie, nieuw: Versie, invoer: TextIO, soort: str, populatie: str = "",
            uitkomst: str | None = None, voortgang: batch.Voortgang | None = None,
            processen: int = 1) -> Vergelijking:
    """Decide every case under both versions and count what changes. With `processen` > 1 the file
    goes in pieces to that many forked processes (parallel.verdeel); the counts are added up, so
    the result is the same as with one."""
    out_old, out_new = oud.model.output_names, nieuw.model.output_names
    common = [n for n in out_new if n in set(out_old)]
    if uitkomst is None:
        uitkomst = "arrangement" if "arrangement" in common else next(
            (n for n in reversed(common) if nieuw.model.types[n].kind == "keuze"), None)
    v = Vergelijking(oud.label, nieuw.label, populatie, uitkomst,
                     alleen_oud=[n for n in out_old if n not in set(out_new)],
                     alleen_nieuw=[n for n in out_new if n not in set(out_old)],
                     met_oud=oud.evaluator.soort, met_nieuw=nieuw.evaluator.soort)
    v.per_uitvoer = {n: 0 for n in common}
    uren = find_output(common, "uren", "jaar")
    budget = find_output(common, "maandbudget") or find_output(common, "budget", "maand")
    if uren:
        v.uren = Totaal(uren)
    else:
        v.uren_reden = _absent(out_old, out_new, ("uren", "jaar"))
    if budget:
        v.budget = Totaal(budget)
    else:
        v.budget_reden = _absent(out_old, out_new, ("budget",))
    start = time.perf_counter()
    ia, ib = [out_old.index(n) for n in common], [out_new.index(n) for n in common]
    plan = _Plan(_pakker(ia), _pakker(ib),
                 (out_old.index(uitkomst), out_new.index(uitkomst)) if uitkomst else None,
                 (out_old.index(uren), out_new.index(uren)) if uren else None,
                 (out_old.index(budget), out_new.index(budget)) if budget else None, len(common))
    som = _Som.leeg(plan)
    gelezen = 0
    gebruikt: list[int] = []
    for deel, tekens in _delen(oud, nieuw, invoer, soort, plan, processen, gebruikt):
        som.voeg(deel)
        gelezen += tekens
        if voortgang is not None:
            voortgang.toon(som.aantal, gelezen)
    v.seconden = time.perf_counter() - start
    v.processen = gebruikt[0] if gebruikt else 1
    v.aantal, v.ok_beide, v.fout_beide, v.fout_oud, v.fout_nieuw, v.gewijzigd = (
        som.aantal, som.ok_beide, som.fout_beide, som.fout_oud, som.fout_nieuw, som.gewijzigd)
    v.per_uitvoer = dict(zip(common, som.per_uitvoer))
    for totaal, naam in ((som.uren, uren), (som.budget, budget)):
        if totaal is not None:
            totaal.naam = naam
    v.uren, v.budget = som.uren, som.budget
    v.matrix = matrix = som.overgangen
    if voortgang is not None:
        voortgang.toon(v.aantal, gelezen)
        voortgang.klaar()
    seen_fields = som.velden
    order = _order(oud, nieuw, uitkomst)
    used_rows = {k[0] for k in matrix}
    used_cols = {k[1] for k in matrix}
    v.rijen = [x for x in order if x in used_rows] + sorted(used_rows - set(order))
    v.kolommen = [x for x in order if x in used_cols] + sorted(used_cols - set(order))
    v.genegeerd_oud = sorted(seen_fields - set(oud.evaluator.velden))
    v.genegeerd_nieuw = sorted(seen_fields - set(nieuw.evaluator.velden))
    return v


_FOUT = object()  # in the transition counts: the case gave a fout under that version


def _pakker(indices: list[int]):
    """A function: tuple of outcomes → the ones at `indices`, as a tuple (operator.itemgetter)."""
    if len(indices) > 1:
        return operator.itemgetter(*indices)
    return lambda t: tuple(t[i] for i in indices)


@dataclass
class _Plan:
    """Where in each version's tuple of outcomes the compared outcomes are (old, new)."""

    pak_a: Any
    pak_b: Any
    uitkomst: tuple[int, int] | None
    uren: tuple[int, int] | None
    budget: tuple[int, int] | None
    gemeen: int


@dataclass
class _Som:
    """The counts of a comparison over some of its cases; pieces are added up (voeg)."""

    aantal: int = 0
    ok_beide: int = 0
    fout_beide: int = 0
    fout_oud: int = 0
    fout_nieuw: int = 0
    gewijzigd: int = 0
    per_uitvoer: list[int] = field(default_factory=list)
    overgangen: dict[tuple[str, str], int] = field(default_factory=dict)  # (old text, new text) → cases
    uren: Totaal | None = None
    budget: Totaal | None = None
    velden: set[str] = field(default_factory=set)  # the population's fields seen

    @classmethod
    def leeg(cls, plan: _Plan) -> _Som:
        return cls(per_uitvoer=[0] * plan.gemeen, uren=Totaal("") if plan.uren else None,
                   budget=Totaal("") if plan.budget else None)

    def voeg(self, deel: _Som) -> None:
        self.aantal += deel.aantal
        self.ok_beide += deel.ok_beide
        self.fout_beide += deel.fout_beide
        self.fout_oud += deel.fout_oud
        self.fout_nieuw += deel.fout_nieuw
        self.gewijzigd += deel.gewijzigd
        self.per_uitvoer = [x + y for x, y in zip(self.per_uitvoer, deel.per_uitvoer)]
        for key, n in deel.overgangen.items():
            self.overgangen[key] = self.overgangen.get(key, 0) + n
        for mijn, zijn in ((self.uren, deel.uren), (self.budget, deel.budget)):
            if mijn is not None and zijn is not None:
                mijn.oud += zijn.oud
                mijn.nieuw += zijn.nieuw
                mijn.bekend_oud += zijn.bekend_oud
                mijn.bekend_nieuw += zijn.bekend_nieuw
                mijn.gewijzigd += zijn.gewijzigd
        self.velden |= deel.velden


def _tel(plan: _Plan, gevallen: Iterator[tuple]) -> _Som:
    """Each case: two tuples of outcomes (or None and why not). The outcomes both versions have are
    compared as one tuple first; only a case where something differs is looked at per outcome."""
    som = _Som.leeg(plan)
    pak_a, pak_b = plan.pak_a, plan.pak_b
    u_a, u_b = plan.uitkomst or (0, 0)
    uren_ab, budget_ab = plan.uren, plan.budget
    per_uitvoer = som.per_uitvoer
    overgangen: dict[tuple, int] = {}  # (old value, new value) → cases; _FOUT for an error
    aantal = ok_beide = fout_beide = fout_oud = fout_nieuw = gewijzigd = 0
    for (a, _), (b, _) in gevallen:
        aantal += 1
        if a is not None and b is not None:
            ok_beide += 1
            ca, cb = pak_a(a), pak_b(b)
            if ca != cb:
                changed = False
                for k, (x, y) in enumerate(zip(ca, cb)):
                    if not _same(x, y):
                        per_uitvoer[k] += 1
                        changed = True
                gewijzigd += changed
            if uren_ab:
                som.uren.add(a[uren_ab[0]], b[uren_ab[1]])
            if budget_ab:
                som.budget.add(a[budget_ab[0]], b[budget_ab[1]])
        elif a is None and b is None:
            fout_beide += 1
        else:
            gewijzigd += 1
            if a is None:
                fout_oud += 1
            else:
                fout_nieuw += 1
        if plan.uitkomst:
            key = (a[u_a] if a is not None else _FOUT, b[u_b] if b is not None else _FOUT)
            try:
                overgangen[key] = overgangen.get(key, 0) + 1
            except TypeError:  # an unhashable outcome: counted by its text right away
                key = tuple(_text(x) if x is not _FOUT else FOUT for x in key)
                overgangen[key] = overgangen.get(key, 0) + 1
    som.aantal, som.ok_beide, som.fout_beide, som.fout_oud, som.fout_nieuw, som.gewijzigd = (
        aantal, ok_beide, fout_beide, fout_oud, fout_nieuw, gewijzigd)
    # as text: what the matrix shows, and what a worker process can hand back
    for (x, y), n in overgangen.items():
        key = (FOUT if x is _FOUT else _text(x), FOUT if y is _FOUT else _text(y))
        som.overgangen[key] = som.overgangen.get(key, 0) + n
    return som


class _CsvWerk:
    """One piece of a CSV population → (its _Som, characters read); each version reads the cells of
    its own fields (batch.CelLezer)."""

    def __init__(self, oud: Versie, nieuw: Versie, header: list[str], plan: _Plan):
        self.a, self.b = _Beslisser(oud.evaluator, "csv", header), _Beslisser(nieuw.evaluator, "csv", header)
        self.header, self.plan = header, plan

    def __call__(self, voor: int, lines: list[str]) -> tuple[_Som, int]:
        a, b, breedte = self.a, self.b, len(self.header)
        tekst = "".join(lines)
        breedste = [0]  # the widest row that is a case: its cells name the fields read

        def gevallen():
            for nummer, row in batch.rijen(lines, voor, utf8_controle=batch.heeft_onleesbaar(tekst)):
                if breedste[0] < len(row) <= breedte:
                    breedste[0] = len(row)
                yield a.rij(nummer, row), b.rij(nummer, row)

        som = _tel(self.plan, gevallen())
        som.velden = set(self.header[:breedste[0]])
        return som, len(tekst)


class _JsonlWerk:
    """One piece of a JSON Lines population → (its _Som, characters read)."""

    def __init__(self, oud: Versie, nieuw: Versie, plan: _Plan):
        self.a, self.b = _Beslisser(oud.evaluator, "jsonl", None), _Beslisser(nieuw.evaluator, "jsonl", None)
        self.plan = plan

    def __call__(self, voor: int, lines: list[str]) -> tuple[_Som, int]:
        velden: set[str] = set()

        def gevallen():
            for regel in batch.read_jsonl(lines, None, voor):
                if regel.ruw is not None and len(velden) < 1000:
                    velden.update(regel.ruw)
                yield self.a.langzaam(regel), self.b.langzaam(regel)

        som = _tel(self.plan, gevallen())
        som.velden = velden
        return som, sum(map(len, lines))


def _delen(oud: Versie, nieuw: Versie, invoer: TextIO, soort: str, plan: _Plan,
           processen: int, gebruikt: list[int]) -> Iterator[tuple[_Som, int]]:
    """Every case of the population decided under both versions and counted, piece by piece.
    CSV is read once; each version then reads the cells of its own fields."""
    if soort == "csv":
        lines = iter(invoer)
        voor, header = batch.lees_kop(lines)
        if header is None:
            return
        yield from parallel.verdeel(_CsvWerk(oud, nieuw, header, plan), parallel.stukken(lines, voor), processen,
                                    gebruikt)
        return
    yield from parallel.verdeel(_JsonlWerk(oud, nieuw, plan), parallel.regelstukken(invoer), processen, gebruikt)


def _absent(out_old: list[str], out_new: list[str], words: tuple[str, ...]) -> str:
    in_old, in_new = find_output(out_old, *words), find_output(out_new, *words)
    if in_old is None and in_new is None:
        return "niet in deze regels"
    return f"alleen in de {'oude' if in_old else 'nieuwe'} versie ({in_old or in_new}); niet te vergelijken"


# -- Rendering

def _n(x: int | Decimal) -> str:
    if isinstance(x, Decimal):
        x = x.quantize(Decimal("0.01")) if x != x.to_integral() else x.to_integral()
        sign = "-" if x < 0 else ""
        whole, _, frac = f"{abs(x)}".partition(".")
        return sign + f"{int(whole):,}".replace(",", ".") + ("," + frac if frac else "")
    return f"{x:,}".replace(",", ".")


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%".replace(".", ",") if whole else "–"


def _totaal_lines(t: Totaal | None, reden: str, label: str, eenheid: str, ok: int, md: bool) -> list[str]:
    if t is None:
        return [f"{label}: {reden}"]
    if t.bekend_oud == 0 and t.bekend_nieuw == 0:
        return [f"{label} ({t.naam}): in beide versies voor geen enkele casus bekend "
                f"(de bedragen of uren staan niet in de regels)"]
    sign = "+" if t.verschil > 0 else ""
    return [
        f"{label} ({t.naam}), opgeteld over {_n(ok)} casussen die beide versies beslissen:",
        f"{'- ' if md else '  '}oud {_n(t.oud)} {eenheid} ({_n(t.bekend_oud)} casussen met een waarde), "
        f"nieuw {_n(t.nieuw)} {eenheid} ({_n(t.bekend_nieuw)} casussen); "
        f"verschil {sign}{_n(t.verschil)} {eenheid}; bij {_n(t.gewijzigd)} casussen anders",
    ]


def summary_lines(v: Vergelijking, md: bool = False) -> list[str]:
    b = "**" if md else ""
    lines = [
        f"{b}{_n(v.gewijzigd)} van {_n(v.aantal)} casussen ({_pct(v.gewijzigd, v.aantal)}) krijgen een andere uitkomst{b}"
        f" (oud: {v.oud}, nieuw: {v.nieuw}).",
        f"Beide beslissen {_n(v.ok_beide)}; alleen oud geeft een fout bij {_n(v.fout_oud)}, alleen nieuw bij "
        f"{_n(v.fout_nieuw)}, beide bij {_n(v.fout_beide)}.",
    ]
    lines += _totaal_lines(v.uren, v.uren_reden, "Uren huishouden per jaar", "uur", v.ok_beide, md)
    lines += _totaal_lines(v.budget, v.budget_reden, "Maandbudget", "euro per maand", v.ok_beide, md)
    if v.alleen_oud:
        lines.append("Uitkomsten alleen in de oude versie: " + ", ".join(v.alleen_oud))
    if v.alleen_nieuw:
        lines.append("Uitkomsten alleen in de nieuwe versie: " + ", ".join(v.alleen_nieuw))
    if v.genegeerd_oud:
        lines.append("Velden van de populatie die de oude versie niet kent (genegeerd): " + ", ".join(v.genegeerd_oud))
    if v.genegeerd_nieuw:
        lines.append("Velden van de populatie die de nieuwe versie niet kent (genegeerd): "
                     + ", ".join(v.genegeerd_nieuw))
    return lines


def _matrix_rows(v: Vergelijking) -> list[list[str]]:
    rows = [["oud ↓ / nieuw →", *v.kolommen, "totaal"]]
    for r in v.rijen:
        counts = [v.matrix.get((r, c), 0) for c in v.kolommen]
        rows.append([r, *[_n(x) if x else "·" for x in counts], _n(sum(counts))])
    totals = [sum(v.matrix.get((r, c), 0) for r in v.rijen) for c in v.kolommen]
    rows.append(["totaal", *[_n(x) for x in totals], _n(sum(totals))])
    return rows


def _met_processen(v: Vergelijking) -> str:
    return f" met {v.processen} processen" if v.processen > 1 else ""


def terminal(v: Vergelijking) -> str:
    out = summary_lines(v)
    changed = sorted(((n, c) for n, c in v.per_uitvoer.items() if c), key=lambda x: -x[1])
    if changed:
        out.append("\nGewijzigd per uitkomst:")
        out += [f"  {n}: {_n(c)}" for n, c in changed]
    if v.uitkomst:
        out.append(f"\nOvergangen van {v.uitkomst} (rijen: oud, kolommen: nieuw):")
        rows = _matrix_rows(v)
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        for row in rows:
            out.append("  " + "  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in
                                        enumerate(zip(row, widths))))
    out.append(f"\n{_n(v.aantal)} casussen in {v.seconden:.1f} s{_met_processen(v)}; oud met {v.met_oud}, "
               f"nieuw met {v.met_nieuw}")
    return "\n".join(out)


def markdown(v: Vergelijking, grafiek: str | None = None) -> str:
    out = ["# Wat verandert er voor de populatie?", ""]
    if v.populatie:
        out += [f"Populatie: `{v.populatie}`. Staat er bovenaan dat ze synthetisch is, dan gaat dit rapport "
                "over getrokken casussen, niet over echte cliënten.", ""]
    out += [f"- {line}" for line in summary_lines(v, md=True)] + [""]
    changed = sorted(((n, c) for n, c in v.per_uitvoer.items() if c), key=lambda x: -x[1])
    if changed:
        out += ["## Gewijzigd per uitkomst", "", "| uitkomst | casussen anders |", "|---|---:|"]
        out += [f"| {n} | {_n(c)} |" for n, c in changed] + [""]
    if v.uitkomst:
        out += [f"## Overgangen van {v.uitkomst}", "", "Rijen: de oude uitkomst; kolommen: de nieuwe.", ""]
        rows = _matrix_rows(v)
        out.append("| " + " | ".join(rows[0]) + " |")
        out.append("|---|" + "---:|" * (len(rows[0]) - 1))
        out += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        out.append("")
        if grafiek:
            out += [f"![Overgangen van {v.uitkomst}]({grafiek})", ""]
    out.append(f"{_n(v.aantal)} casussen vergeleken in {v.seconden:.1f} s{_met_processen(v)}; oud met {v.met_oud}, "
               f"nieuw met {v.met_nieuw}.")
    return "\n".join(out) + "\n"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def svg(v: Vergelijking) -> str:
    """The transition matrix as a heat map, in plain SVG (no plotting library needed)."""
    cell, left, top = 34, 190, 190
    w = left + cell * len(v.kolommen) + 20
    h = top + cell * len(v.rijen) + 60
    top_count = max(v.matrix.values(), default=1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" '
             f'font-size="11">',
             f'<title>Overgangen van {_esc(v.uitkomst or "")}: oud (rijen) × nieuw (kolommen)</title>',
             f'<text x="10" y="20" font-size="14" font-weight="bold">Overgangen van {_esc(v.uitkomst or "")}</text>',
             f'<text x="10" y="38">rijen: oud ({_esc(v.oud)}), kolommen: nieuw ({_esc(v.nieuw)})</text>']
    for j, c in enumerate(v.kolommen):
        x = left + j * cell + cell / 2
        parts.append(f'<text transform="translate({x:.0f},{top - 6}) rotate(-60)">{_esc(c)}</text>')
    for i, r in enumerate(v.rijen):
        y = top + i * cell
        parts.append(f'<text x="{left - 6}" y="{y + cell / 2 + 4:.0f}" text-anchor="end">{_esc(r)}</text>')
        for j, c in enumerate(v.kolommen):
            n = v.matrix.get((r, c), 0)
            x = left + j * cell
            if n:
                # a log scale, so a few changed cases still show beside thousands that stay
                t = math.log1p(n) / math.log1p(top_count)
                colour = f"rgb({int(255 - 200 * t)},{int(255 - 130 * t)},{int(255 - 40 * t)})" if r == c else \
                    f"rgb(255,{int(235 - 160 * t)},{int(200 - 170 * t)})"
            else:
                colour = "#ffffff"
            stroke = ' stroke="#333" stroke-width="1.5"' if r == c else ' stroke="#ddd"'
            parts.append(f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="{colour}"{stroke}/>')
            if n:
                parts.append(f'<text x="{x + cell / 2:.0f}" y="{y + cell / 2 + 4:.0f}" text-anchor="middle" '
                             f'font-size="9">{_n(n)}</text>')
    parts.append(f'<text x="10" y="{h - 20}">Blauw: gelijk gebleven (diagonaal); oranje: veranderd. '
                 f'{_esc(_n(v.gewijzigd))} van {_esc(_n(v.aantal))} casussen anders.</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def png(v: Vergelijking, path: Path) -> None:
    """The same heat map as PNG; needs matplotlib (the optional extra `bench`)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    data = np.array([[v.matrix.get((r, c), 0) for c in v.kolommen] for r in v.rijen], dtype=float)
    fig, ax = plt.subplots(figsize=(2 + 0.45 * len(v.kolommen), 2 + 0.4 * len(v.rijen)))
    ax.imshow(np.log1p(data), cmap="Blues")
    ax.set_xticks(range(len(v.kolommen)), v.kolommen, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(v.rijen)), v.rijen, fontsize=8)
    for i in range(len(v.rijen)):
        for j in range(len(v.kolommen)):
            if data[i, j]:
                ax.text(j, i, _n(int(data[i, j])), ha="center", va="center", fontsize=6)
    ax.set_xlabel(f"nieuw ({v.nieuw})")
    ax.set_ylabel(f"oud ({v.oud})")
    ax.set_title(f"Overgangen van {v.uitkomst}")
    fig.tight_layout()
    fig.savefig(path, dpi=150)
    plt.close(fig)
