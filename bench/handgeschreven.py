"""The practical floor: the §2 arrangement matrix written by hand, the way a developer would.

Straightforward Python: a dict for the level per intensiteit, the scheme's naming pattern
(zwaarte + level + type), and an unknown dimension gives no arrangement. No caching, no
tricks; plain strings in and out. bench/run.py checks it against the rules on every case.
"""

from __future__ import annotations

NIVEAU = {"gemiddeld": "1", "plus": "2", "plusplus": "3"}


def arrangement(intensiteit: str | None, zwaarte: str | None, type_ondersteuning: str | None) -> str | None:
    """§2: intensiteit in the rows, zwaarte and type in the columns; e.g. B2-activerend."""
    if intensiteit is None or zwaarte is None or type_ondersteuning is None:
        return None
    return f"{zwaarte}{NIVEAU[intensiteit]}-{type_ondersteuning}"
