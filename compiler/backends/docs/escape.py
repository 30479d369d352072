"""Escaping, in one place: any text (from a .regels file, the source text, the project data, a file or
folder name) → text that shows exactly itself in one output context, and nothing more.

Contexts: Markdown (`md`), HTML text and attribute values (`html_text`), an HTML or YAML comment
(`comment`), a YAML scalar (`yaml_str`), a Markdown code span (`md_code`), a JSON/JS value inside
a page (`js_json`). The templates reach these as filters; no other module escapes.
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from typing import Any

_MD_SPECIAL = re.compile(r"([\\`*_\[\]#])")
_WHITESPACE = re.compile(r"\s+")
_BRACES_PIPE = str.maketrans({"{": "&#123;", "}": "&#125;", "|": "&#124;"})


def md(value: Any) -> str:
    """Text → inline Markdown that shows exactly that text and nothing else (see _md)."""
    return _md(str(value))


@lru_cache(maxsize=1 << 16)
def _md(value: str) -> str:
    """Text → inline Markdown that shows exactly that text and nothing else.

    Markdown specials get a backslash, HTML specials become entities, and so do braces and
    the pipe (no page ever holds {{ or a | that could split a table). What would start a
    block (a list, a heading, a numbered item) at the start is defused. Newlines become spaces.
    """
    text = _WHITESPACE.sub(" ", str(value)).strip().replace("\x00", "\ufffd")  # NUL is no HTML text
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = html.escape(text, quote=False).replace('"', "&quot;").translate(_BRACES_PIPE)
    if text[:1] in ("-", "+", "!"):
        text = "\\" + text
    elif text[:1] == "=":
        text = "&#61;" + text[1:]
    else:
        text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
    return text


def html_text(value: Any) -> str:
    """Text → HTML text, for raw HTML where Markdown is not read. Braces and pipes become entities."""
    text = _WHITESPACE.sub(" ", str(value)).strip().replace("\x00", "\ufffd")  # NUL is no HTML text
    return html.escape(text, quote=True).translate(_BRACES_PIPE)


def html_exact(value: Any) -> str:
    """Text → HTML text exactly as it is, spaces included (a piece of a line, a separator)."""
    return html.escape(str(value).replace("\x00", "\ufffd"), quote=True).translate(_BRACES_PIPE)


def yaml_str(value: Any) -> str:
    """A YAML double-quoted scalar. The theme prints titles without escaping, so HTML-escape first."""
    return json.dumps(html_text(value), ensure_ascii=False)


def yaml_key(value: Any) -> str:
    """A YAML key (a menu title): as yaml_str, and short, since YAML reads a key of at most 1024 characters."""
    text = _WHITESPACE.sub(" ", str(value)).strip()
    return yaml_str(text if len(text) <= 120 else text[:119].rstrip() + "…")


def comment(value: Any) -> str:
    """Text for an HTML comment or a YAML comment line: one line that cannot end the comment, and
    holds no markup either (a file or folder name may hold anything: `<img src=x onerror=…>`)."""
    text = "".join(ch if ch.isprintable() else " " for ch in _WHITESPACE.sub(" ", str(value)).strip())
    while "--" in text:  # "---" → "- --" would still hold "--"
        text = text.replace("--", "- -")
    return html_text(text)


def md_code(value: Any) -> str:
    """Text as a Markdown code span that shows exactly that text: the fence is longer than any run
    of backticks inside it (Markdown reads nothing inside a code span, and HTML-escapes it)."""
    text = _WHITESPACE.sub(" ", str(value)).strip()
    fence = "`" * (max((len(r) for r in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


_JS_UNSAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                            "\u2029": "\\u2029"})


def js_json(value: Any) -> str:
    """A value as JSON that is safe inside a <script> element or an inline handler: no `</script>`,
    no HTML entity and no line separator can end or change it."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True).translate(_JS_UNSAFE)


