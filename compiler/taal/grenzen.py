"""The limits of what `regels` reads: beyond them a Dutch error, never a crash or a hang.

One place for every bound, so the parser, the case reader and the batch reader agree.
"""

from __future__ import annotations

# Numbers (digits before and after the decimal comma), dates (years) and durations (months, either
# sign) have the same bounds in .regels files as in case input: the runtime's, so every
# date + duration stays far inside what the calendar code can hold.
from compiler.semantiek.runtime import MAX_CIJFERS, MAX_DECIMALEN, MAX_JAAR, MAX_MAANDEN, MIN_JAAR  # noqa: F401

# .regels files
MAX_BESTAND = 5_000_000      # characters in one .regels file
MAX_REGEL = 20_000           # characters on one line
MAX_FOUTEN = 100             # errors reported from one file (after the first)
MAX_DIEPTE = 100             # nesting of a calculation: niet niet …, (((…))), a en b en c …
# Case input (JSON)
MAX_CASUS = 1_000_000        # characters of one case
MAX_JSON_DIEPTE = 20         # nesting of objects and lists in one case
