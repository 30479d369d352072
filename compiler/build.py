"""`regels bouw`: every backend's files, written only when changed, or compared (--controleer).

Generated files are recognised by the header every backend writes, so hand-written pages
in docs/ are left alone and stale generated files are removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .backends import docs as docs_backend
from .backends import python as python_backend
from .checks import Model
from .project import Project

MARKER = "Gegenereerd door `regels bouw`"
DOCS_MARKER = "Gegenereerd door regels bouw"


def expected_files(models: list[Model], project: Project) -> dict[str, str]:
    files = python_backend.generate(models, project)
    files.update(docs_backend.generate(models, project))
    return dict(sorted(files.items()))


def _is_generated(path: Path) -> bool:
    try:
        head = path.read_text(encoding="utf-8")[:300]
    except (OSError, UnicodeDecodeError):
        return False
    return MARKER in head or DOCS_MARKER in head


def existing_generated(project: Project) -> set[str]:
    found = set()
    for folder, pattern in ((project.generated, "*.py"), (project.docs, "**/*.md")):
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
