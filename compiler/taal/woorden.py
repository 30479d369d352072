"""The vocabulary of the language, once: keywords, reserved words, hit policies, built-in functions, placeholders.

Input: nothing. Output: constants the parser, the checker, the semantics and the backends read.
(The grammar, taal/grammar.lark, spells the same words for Lark; the paragraph pattern is read
from the grammar itself, see taal/parser.py.)
"""

from __future__ import annotations

import re

# Words that start a block or a line.
KEYWORDS = (
    "regelset", "keuzelijst", "invoer", "uitvoer", "afgeleid", "beslistabel", "kruistabel",
    "voorbeeld", "dekking", "bron", "toelichting", "uitleg", "rijen", "kolommen", "gegeven",
    "verwacht", "herkomst", "document", "geldig", "zoals", "rij", "kolom",
)

# Words a cell or a calculation reads as keywords, so a name had better not contain them.
RESERVED_IN_CELLS = frozenset({"of", "niet", "tot", "vanaf", "minder", "meer", "bevat", "anders", "ja", "nee",
                               "onbekend", "leeg"})

# How a table combines the rows that match (semantiek/beslissing.py gives their meaning).
HIT_POLICIES = ("uniek", "eerste", "elke", "verzamel")

# Built-in functions of a calculation and their number of arguments.
# som, kleinste and grootste take a lijst (the outcomes of a verzamel-table): DMN C+, C< and C>.
FUNCTIONS = {"aantal": 1, "halverwege": 2, "min": 2, "max": 2, "som": 1, "kleinste": 1, "grootste": 1}

# A {naam} placeholder in an uitleg text.
PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
