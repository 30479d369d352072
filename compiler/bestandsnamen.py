"""File and folder names under regels/: each regelset must give its own, valid Python module name.

A regelset's name (its file stem or folder) becomes generated/<module>.py, and every file name is
written into generated headers and pages. A name with a line break, NUL or bidi control, a name
without one letter or digit, or two names that give the same module are errors here, before
anything is generated: one regelset must never silently overwrite another.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from compiler.ast import Span
from compiler.errors import Diagnostic
from compiler.backends.python.names import _ascii_words, snake

_HINT = "geef het bestand of de map een naam met letters, cijfers, spaties, - en _"


def _invisible(name: str) -> str | None:
    """The first character of `name` that no one can see or that breaks a line, as U+XXXX."""
    for ch in name:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            return f"U+{ord(ch):04X}"
    return None


def _shown(name: str) -> str:
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in name)


def module_name(slug: str) -> str:
    return snake(slug)


def check(regelsets: list[tuple[str, list[Path]]], rel) -> list[Diagnostic]:
    """Errors for names that cannot be a module, or that share one; `rel` shows a path to the user."""
    out: list[Diagnostic] = []
    owners: dict[str, list[str]] = {}
    for slug, files in regelsets:
        where = rel(files[0].parent) if len(files) > 1 or files[0].stem != slug else rel(files[0])
        shown = _shown(where)
        for path in files:
            bad = _invisible(path.name) or _invisible(slug)
            if bad:
                text = rel(path)
                out.append(Diagnostic(
                    "fout", f"de naam “{_shown(text)}” bevat een onzichtbaar teken "
                            f"of regeleinde ({bad})", Span(_shown(text), 1, 1), _HINT, "bestandsnaam"))
                break
        else:
            if not _ascii_words(slug):
                out.append(Diagnostic("fout", f"de naam “{shown}” geeft geen naam voor een module in generated/: "
                                              "er staat geen letter of cijfer (A-Z, 0-9) in",
                                      Span(rel(files[0]), 1, 1), _HINT, "bestandsnaam"))
            else:
                owners.setdefault(module_name(slug), []).append(shown)
    for module, names in owners.items():
        if len(names) > 1:
            out.append(Diagnostic(
                "fout", f"de regelsets {' en '.join('“' + n + '”' for n in names)} krijgen dezelfde module "
                        f"generated/{module}.py; de een zou de ander overschrijven",
                Span(names[1], 1, 1), "geef een van beide een andere naam", "bestandsnaam"))
    return out
