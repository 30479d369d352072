"""The vocabulary of the language, once: keywords, reserved words, hit policies, built-in functions, placeholders.

Input: nothing. Output: constants the parser, the checker, the semantics and the backends read.
(The grammar, taal/grammar.lark, spells the words for Lark; what it already spells — the reserved words
of a cell and the paragraph pattern — is read from the grammar here, not written a second time.)
"""

from __future__ import annotations

import re
from pathlib import Path

_GRAMMAR = (Path(__file__).parent / "grammar.lark").read_text(encoding="utf-8")


def _terminal(name: str) -> str:
    """The regular expression of one terminal of the grammar (NAME: /…/)."""
    return re.search(rf"^{name}: /(.*)/$", _GRAMMAR, re.M).group(1)


# Words that start a block or a line.
KEYWORDS = (
    "regelset", "keuzelijst", "invoer", "uitvoer", "afgeleid", "beslistabel", "kruistabel",
    "voorbeeld", "dekking", "bron", "toelichting", "uitleg", "rijen", "kolommen", "gegeven",
    "verwacht", "herkomst", "document", "geldig", "zoals", "rij", "kolom",
)

# Words a cell or a calculation reads as keywords, so a name had better not contain them.
# (The grammar's CELLWORDS terminal refuses them: its first (?!(?:of|niet|…) group.)
RESERVED_IN_CELLS = frozenset(re.match(r"\(\?!\(\?:([^)]*)\)", _terminal("CELLWORDS")).group(1).split("|"))

# A paragraph a bron names, such as §2.1 a (the grammar's PARAGRAAF terminal).
PARAGRAAF = re.compile(_terminal("PARAGRAAF"))

# The words that open a block at the start of a line, and the fields under a block (for highlighting).
BLOCKS = ("regelset", "keuzelijst", "invoer", "uitvoer", "afgeleid", "controles", "beslistabel", "kruistabel",
          "voorbeeld", "dekking")
FIELDS = ("document", "geldig", "toelichting", "uitleg", "citaat", "bron", "herkomst", "rijen", "kolommen",
          "gegeven", "verwacht", "zoals", "rij")

# How a table combines the rows that match (semantiek/beslissing.py gives their meaning).
HIT_POLICIES = ("uniek", "eerste", "elke", "verzamel")

# Built-in functions of a calculation and their number of arguments.
# som, kleinste and grootste take a lijst (the outcomes of a verzamel-table): DMN C+, C< and C>.
FUNCTIONS = {"aantal": 1, "halverwege": 2, "min": 2, "max": 2, "som": 1, "kleinste": 1, "grootste": 1}

# A {naam} placeholder in an uitleg text.
PLACEHOLDER = re.compile(r"\{([^{}]+)\}")

# A line whose code ends in one of these goes on at the next line: after a comma, an operator or
# "(" (not after "-": a cell may be just "-"). The parser drops the line break (parser._GOES_ON
# names the same tokens); the formatter and the layout messages read such lines as one.
GAAT_DOOR = re.compile(r"(?:,|(?<= )(?:[+*×/=≠<>]|!=|<=|>=|en|of|dan))$|\($")
