"""`regels bouw`: every backend's files, written only when changed, or compared (--controleer).

Generated files are recognised by the header every backend writes, so hand-written pages
in docs/ are left alone and stale generated files are removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the backends (Jinja2) load only for a real build, not for up_to_date()
    from compiler.midden.model import Model
    from compiler.project import Project

MARKER = "Gegenereerd door `regels bouw`"
DOCS_MARKER = "Gegenereerd door regels bouw"


def expected_files(models: list[Model], project: Project) -> dict[str, str]:
    from compiler.backends.docs import site as docs_backend
    from compiler.backends.js import module as js_backend
    from compiler.backends.openapi import document as openapi_backend
    from compiler.backends.python import module as python_backend

    files = python_backend.generate(models, project)
    files.update(openapi_backend.generate(models, project))
    files.update(docs_backend.generate(models, project))
    files.update(dmn_files(models))
    files.update(js_backend.generate(models, project))  # docs/rekenhulp/<regelset>.js, for the site offline
    return dict(sorted(files.items()))


def dmn_files(models: list[Model]) -> dict[str, str]:
    """docs/dmn/<regelset>.dmn for the download on the site (`regels export --dmn` writes the same)."""
    from compiler.backends.dmn.export import export as _dmn_export
    from compiler.bestandsnamen import module_name

    found = {}
    for model in models:
        xml, problemen = _dmn_export(model)
        if not problemen:  # `regels export --dmn` names what cannot be expressed
            # The module name, never the raw folder name: that one may hold any text (see bestandsnamen).
            found[f"docs/dmn/{module_name(model.regelset.slug)}.dmn"] = xml
    return found


def _is_generated(path: Path) -> bool:
    try:
        head = path.read_text(encoding="utf-8")[:300]
    except (OSError, UnicodeDecodeError):
        return False
    return MARKER in head or DOCS_MARKER in head


def existing_generated(project: Project) -> set[str]:
    found = set()
    for folder, pattern in ((project.generated, "*.py"), (project.generated, "*.json"), (project.docs, "**/*.md"),
                            (project.docs, "rekenhulp/*.*")):
        if folder.is_dir():
            for path in folder.glob(pattern):
                if _is_generated(path):
                    found.add(project.rel(path))
    if (project.root / "mkdocs.yml").exists() and _is_generated(project.root / "mkdocs.yml"):
        found.add("mkdocs.yml")
    return found


@dataclass
class Verschil:
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.changed or self.missing or self.stale)


def compare(files: dict[str, str], project: Project) -> Verschil:
    v = Verschil()
    for rel, content in files.items():
        path = project.root / rel
        if not path.exists():
            v.missing.append(rel)
        elif path.read_bytes() != content.encode("utf-8"):
            v.changed.append(rel)
    v.stale = sorted(existing_generated(project) - set(files))
    return v


def write(files: dict[str, str], project: Project) -> Verschil:
    v = compare(files, project)
    for rel in v.changed + v.missing:
        path = project.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[rel].encode("utf-8"))
    for rel in v.stale:
        (project.root / rel).unlink()
    return v


# -- Skipping a rebuild whose inputs did not change

CACHE = ".regels-cache/bouw.json"


def _inputs_digest(project: Project) -> str:
    """One hash over everything a build reads: the rules and source text, the templates and the compiler."""
    import hashlib

    compiler_dir = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for base, paths in ((project.regels, sorted(project.regels.rglob("*"))),
                        (compiler_dir, sorted(p for p in compiler_dir.rglob("*") if p.suffix != ".pyc"))):
        for path in paths:
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(path.relative_to(base).as_posix().encode() + b"\0")
                h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


def _digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def up_to_date(project: Project) -> int | None:
    """The number of generated files when nothing needs doing, else None.

    Nothing needs doing when the inputs hash as they did at the last build and every file that
    build wrote is still there, unchanged, with no other generated file beside them.
    """
    import json

    try:
        cache = json.loads((project.root / CACHE).read_text(encoding="utf-8"))
        outputs: dict[str, str] = cache["uitvoer"]
        if cache.get("invoer") != _inputs_digest(project):
            return None
        for rel, digest in outputs.items():
            if _digest((project.root / rel).read_bytes()) != digest:
                return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if existing_generated(project) - set(outputs):
        return None
    return len(outputs)


def record(files: dict[str, str], project: Project) -> None:
    """Remember this build's inputs and outputs, so an unchanged rebuild can be skipped."""
    import json

    path = project.root / CACHE
    try:
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps({"invoer": _inputs_digest(project),
                                    "uitvoer": {rel: _digest(text.encode("utf-8")) for rel, text in files.items()}},
                                   indent=1, sort_keys=True), encoding="utf-8")
    except OSError:
        pass  # a read-only project still builds; it just cannot skip next time
