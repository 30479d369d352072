"""Dutch names from .regels files → Python identifiers for the generated code.

"aantal resultaatgebieden" → aantal_resultaatgebieden, "A1-ondersteunend" → A1_ONDERSTEUNEND,
"type ondersteuning" → TypeOndersteuning. Diacritics are dropped, clashes get a suffix.
"""

from __future__ import annotations

import keyword
import re
import unicodedata


def _ascii_words(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return [w for w in re.split(r"[^0-9A-Za-z]+", plain) if w]


def snake(name: str) -> str:
    words = _ascii_words(name) or ["waarde"]
    ident = "_".join(w.lower() for w in words)
    if ident[0].isdigit():
        ident = "w_" + ident
    return ident + "_" if keyword.iskeyword(ident) else ident


def constant(name: str) -> str:
    return snake(name).rstrip("_").upper()


def camel(name: str) -> str:
    words = _ascii_words(name) or ["Waarde"]
    ident = "".join(w[:1].upper() + w[1:] for w in words)
    return "W" + ident if ident[0].isdigit() else ident


class Namer:
    """Hands out unique identifiers within one scope, deterministically."""

    def __init__(self, reserved: tuple[str, ...] = ()) -> None:
        self.taken: set[str] = set(reserved)
        self.given: dict[tuple[str, str], str] = {}

    def __call__(self, name: str, style=snake, kind: str = "") -> str:
        key = (kind, name)
        if key in self.given:
            return self.given[key]
        base = style(name)
        ident, n = base, 2
        while ident in self.taken:
            ident = f"{base}_{n}"
            n += 1
        self.taken.add(ident)
        self.given[key] = ident
        return ident
