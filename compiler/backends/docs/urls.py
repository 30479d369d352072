"""Names for files, anchors and links of the site: slugs, ids, and relative URLs between pages.

Pages are paths inside docs/ ("x/route.md"). Markdown links are left for MkDocs to check and
rewrite; links inside raw HTML are final URLs (use_directory_urls).
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from functools import lru_cache

# Pages of the project, relative to docs/.
HOME, BEGRIPPEN, DEKKING = "index.md", "begrippen.md", "dekking.md"
INTERPRETATIES = "interpretaties.md"   # the register of readings, for the participatieraad
RESULTAATGEBIEDEN = "resultaatgebieden.md"
RG_INDEX = "resultaatgebieden/index.md"
SCHRIJVEN, TAAL = "beleidsmakers/index.md", "beleidsmakers/taal.md"
MELDINGEN = "beleidsmakers/meldingen.md"
CONTACT = "inwoners/hulp-en-contact.md"
TOP_LEVEL = {"index", "begrippen", "dekking", "interpretaties", "resultaatgebieden", "beleidsmakers", "stylesheets", "javascripts", "inwoners"}
# Pages inside a regelset folder whose names a step may not take.
OVERVIEW, ROUTE, VOORBEELDEN = "index", "route", "voorbeelden"
STYLESHEET = "stylesheets/regels.css"
SCRIPT = "javascripts/regels.js"


def slugify(text: str, fallback: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or fallback


def unique(slug: str, taken: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate


@lru_cache(maxsize=None)
def bron_id(anchor: str) -> str:
    """The HTML id of a quoted paragraph."""
    return "bron-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", anchor).strip("-") or "paragraaf")


@lru_cache(maxsize=None)
def md_url(src: str, dst: str, anchor: str = "") -> str:
    """A Markdown link from page `src` to page `dst` (paths inside docs/); MkDocs checks and rewrites it."""
    path = "" if src == dst else posixpath.relpath(dst, posixpath.dirname(src) or ".")
    return path + (f"#{anchor}" if anchor else "")


def _folder_url(page: str) -> str:
    stem = page[:-3]
    if stem == "index":
        return "."
    return stem[:-6] if stem.endswith("/index") else stem


@lru_cache(maxsize=None)
def html_url(src: str, dst: str, anchor: str = "") -> str:
    """A link in raw HTML, which MkDocs does not rewrite: the final URL (use_directory_urls)."""
    if src == dst:
        return f"#{anchor}" if anchor else "./"
    rel = posixpath.relpath(_folder_url(dst), _folder_url(src))
    return ("./" if rel == "." else rel + "/") + (f"#{anchor}" if anchor else "")
