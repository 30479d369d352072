"""A Pygments lexer for .regels, registered as the entry point `regels` (pyproject.toml), so
```regels blocks on the site and `pygmentize -l regels` are highlighted.

The categories follow the grammar (compiler/taal/grammar.lark): block keywords at the start
of a line, field keywords under them, the words of a cell test, types, literals, paragraphs.
"""

from __future__ import annotations

from pygments.lexer import RegexLexer, bygroups, words
from pygments.token import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text, Whitespace

from compiler.semantiek.runtime import MAANDEN
from compiler.taal.woorden import BLOCKS, FIELDS, HIT_POLICIES, PARAGRAAF

MAANDEN_RE = "(?:" + "|".join(MAANDEN) + ")"

TESTS = ("t/m", "vanaf", "tot", "minder dan", "meer dan", "of", "niet", "en", "als", "dan", "anders", "bevat",
         "leeg", "onbekend", "geen")
TYPES = ("geheel getal", "ja/nee", "bedrag", "datum", "duur", "tekst", "keuze uit", "verzameling uit", "optioneel",
         "oordeel SWT", "van")


class RegelsLexer(RegexLexer):
    name = "Regels"
    aliases = ["regels"]
    filenames = ["*.regels"]
    mimetypes = ["text/x-regels"]

    tokens = {
        "root": [
            # A short column name, a voorbeelden default: keywords before a name or a colon.
            (r"(?m)^([ \t]+)(kolom|standaard in voorbeelden)(?=[ \t:])", bygroups(Whitespace, Keyword)),
            # A declaration or assignment: the name before the colon.
            (r"(?m)^([ \t]+)([^\W\d_][\w\-'’/ ]*?)(:)(?=[ \t]|$)", bygroups(Whitespace, Name.Variable, Punctuation)),
            (r"\n", Whitespace),
            (r"[ \t]+", Whitespace),
            (r"#.*$", Comment.Single),
            (r'"(?:[^"\\]|\\.)*"', String.Double),
            (r"\|[\-|: \t]*-{3}[\-|: \t]*(?=\n|$)", Punctuation),
            (r"\|\||\|", Punctuation),
            (words(BLOCKS, prefix=r"(?m)^", suffix=r"\b"), Keyword.Declaration),
            (words(FIELDS, prefix=r"(?<![^\s])", suffix=r"\b(?=[ \t]|$)"), Keyword),
            (r"(\()(" + "|".join(HIT_POLICIES) + r")(\))", bygroups(Punctuation, Keyword.Pseudo, Punctuation)),
            (PARAGRAAF.pattern, Name.Label),
            (words(TYPES, prefix=r"(?<![\w/])", suffix=r"(?![\w/])"), Keyword.Type),
            (words(("ja", "nee"), prefix=r"(?<![\w/])", suffix=r"(?![\w/])"), Keyword.Constant),
            (words(TESTS, prefix=r"(?<![\w/])", suffix=r"(?![\w/])"), Operator.Word),
            (r"€[ ]?\d+(?:,\d+)?", Number),
            (r"\d{4}-\d{2}-\d{2}", Number),
            (rf"\d{{1,2}} {MAANDEN_RE} \d{{4}}", Number),
            (r"\d+(?:,\d+)?(?: (?:maanden|maand|jaren|jaar)\b)?", Number),
            (r"<=|>=|!=|[<>=≤≥≠+\-*×/]", Operator),
            (r"[:,()]", Punctuation),
            (r"[^\W\d_][\w\-'’]*", Name),
            (r".", Text),
        ],
    }
