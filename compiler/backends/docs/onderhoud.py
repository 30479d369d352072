"""What a table's toelichting says to its maintainers, apart from what it says to every reader.

A toelichting in a .regels file explains the table to the participatieraad and to citizens, and
sometimes ends with notes for the people who maintain the rules: what the mutation test found, and
why. Those notes belong on the pages for policy writers only (issue 14: developer text only in
"Voor beleidsmakers"). A note starts at the first sentence that names the mutation test and runs to
the end of the toelichting: that is how the project writes them.

Input: the toelichting text. Output: (for every reader, for the maintainers); nothing is lost.
"""

from __future__ import annotations

import re

# The words that open a maintainer's note (a sentence about the mutation test).
_NOTE = re.compile(r"\b(mutant|mutanten|mutatietest|mutatietoets)\b", re.IGNORECASE)
# A sentence ends at . ! or ? followed by a space; the next sentence starts after it.
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+")


def split(toelichting: str) -> tuple[str, str]:
    """(text for every reader, note for the maintainers): the note from its first sentence on."""
    if not toelichting or not _NOTE.search(toelichting):
        return toelichting, ""
    starts = [0] + [m.end() for m in _SENTENCE_START.finditer(toelichting)]
    for start in starts:
        end = next((s for s in starts if s > start), len(toelichting))
        if _NOTE.search(toelichting[start:end]):
            return toelichting[:start].rstrip(), toelichting[start:].strip()
    return toelichting, ""   # pragma: no cover - the search above found a sentence
