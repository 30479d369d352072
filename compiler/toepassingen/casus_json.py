"""One case as JSON text → a Python value, bounded, with a Dutch reason when it is no case.

Used for `regels beslis CASUS` and for every line of a JSON Lines batch. Bounded: the size of the
text, the nesting of objects and lists, the digits of a number (Python refuses to read an int of
more than 4,300 digits, with an English message). A BOM at the start is no text. NaN and
Infinity are no JSON.
"""

from __future__ import annotations

import json
from typing import Any

from compiler.taal import grenzen

_REDENEN = {  # json's reasons, in Dutch
    "Expecting value": "hier hoort een waarde",
    "Expecting property name enclosed in double quotes": "hier hoort een veldnaam tussen dubbele aanhalingstekens",
    "Expecting ':' delimiter": "hier hoort een dubbele punt (:)",
    "Expecting ',' delimiter": "hier hoort een komma",
    "Extra data": "na de casus staat nog meer",
    "Unterminated string starting at": "een tekst is niet afgesloten met \"",
    "Invalid control character at": "een tekst bevat een regeleinde of ander stuurteken",
    "Invalid \\escape": "een ongeldige \\-code in een tekst",
    "Invalid \\uXXXX escape": "een ongeldige \\u-code in een tekst",
}


def reden(e: json.JSONDecodeError) -> str:
    """json's reason, in Dutch."""
    return next((nl for en, nl in _REDENEN.items() if e.msg.startswith(en)), "geen geldige JSON")


class GeenCasus(ValueError):
    """The text is no case; str() is the Dutch reason, with line and column when known."""


def _getal(text: str) -> int:
    if len(text.lstrip("-")) > grenzen.MAX_CIJFERS:
        raise GeenCasus(f"een getal heeft te veel cijfers (hoogstens {grenzen.MAX_CIJFERS})")
    return int(text)


def _kommagetal(text: str) -> float:
    if len(text) > 2 * grenzen.MAX_CIJFERS:
        raise GeenCasus("een kommagetal is te lang")
    return float(text)


def _constante(name: str) -> Any:
    raise GeenCasus(f"{name} is geen getal in JSON")


def lees(text: str) -> Any:
    """The value of `text`; GeenCasus with a Dutch reason when it is no JSON or too big."""
    text = text.removeprefix("\ufeff")
    if len(text) > grenzen.MAX_CASUS:
        raise GeenCasus(f"de casus is te groot (meer dan {grenzen.MAX_CASUS:,} tekens)".replace(",", "."))
    _check_diepte(text)
    try:
        return json.loads(text, parse_int=_getal, parse_float=_kommagetal, parse_constant=_constante)
    except json.JSONDecodeError as e:
        raise GeenCasus(f"regel {e.lineno}, kolom {e.colno}: {reden(e)}") from None
    except RecursionError:
        raise GeenCasus(f"de casus is te diep genest (hoogstens {grenzen.MAX_JSON_DIEPTE} niveaus)") from None


def _check_diepte(text: str) -> None:
    """Nesting of [ and { outside strings, counted before json reads it (json recurses)."""
    if text.count("[") + text.count("{") <= grenzen.MAX_JSON_DIEPTE:  # the usual case: no scan needed
        return
    diepte = 0
    in_tekst = escape = False
    for ch in text:
        if in_tekst:
            if escape:
                escape = False
            elif ch == "\\":
                escape = True
            elif ch == '"':
                in_tekst = False
        elif ch == '"':
            in_tekst = True
        elif ch in "[{":
            diepte += 1
            if diepte > grenzen.MAX_JSON_DIEPTE:
                raise GeenCasus(f"de casus is te diep genest (hoogstens {grenzen.MAX_JSON_DIEPTE} niveaus)")
        elif ch in "]}":
            diepte -= 1
