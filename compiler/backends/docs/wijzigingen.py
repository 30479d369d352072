"""The Wijzigingen page: per version of each regelset, what changed in the decisions (analyse/verschil.py).

Input: the checked models. Output: the Markdown of docs/wijzigingen.md, newest version first, in words a
participatieraad reads: which outcome changes, from which day, for whom.
"""

from __future__ import annotations

import datetime

from compiler.analyse import verschil
from compiler.backends.docs.escape import comment, md
from compiler.midden import tijd
from compiler.semantiek.runtime import tekst

PAGE = "wijzigingen.md"


def pagina(models, sources: list[str]) -> str:
    lines = [f"<!-- Gegenereerd door regels bouw uit {comment(', '.join(sources))} — niet met de hand bewerken. -->",
             "# Wijzigingen", "",
             "Regels veranderen soms vanaf een bepaalde dag. Op deze pagina staat per versie wat er toen "
             "veranderde: welke uitkomst anders werd, en voor wie. De nieuwste versie staat bovenaan.", ""]
    for number, model in enumerate(models, 1):
        rs = model.regelset
        geldig = tijd.regelset_periode(rs)
        # Text from a .regels file is escaped (escape.md) and kept out of headings: the theme's
        # table of contents would show a heading's text unescaped in an attribute.
        lines += [f"## Versies{f' van regelset {number}' if len(models) > 1 else ''}", "",
                  f"De regels **{md(rs.header.name)}** gelden {geldig}."]
        if rs.header.vervangt:
            lines[-1] += f" Daarvoor gold {md(rs.header.vervangt)}."
        lines.append("")
        dagen = tijd.grenzen(rs) or ([geldig.vanaf] if geldig.vanaf else [])
        for i in range(len(dagen) - 1, 0, -1):
            dag, vorige = dagen[i], dagen[i] - datetime.timedelta(days=1)
            v = verschil.vergelijk(model, vorige, model, dag, tekst(vorige), tekst(dag))
            lines += [f"### Versie vanaf {tekst(dag)}", ""]
            lines += verschil.regels_tekst(v, md=md) + [""]
        if dagen:
            lines += [f"### Versie vanaf {tekst(dagen[0])}", "", "De eerste versie van deze regels.", ""]
        else:
            lines += ["Er is één versie van deze regels.", ""]
    return "\n".join(lines).rstrip() + "\n"


def markdown(v: verschil.Verschil, titel: str | None = None) -> str:
    """`regels verschil --markdown`: the difference between two versions as one Markdown page."""
    lines = [f"# {md(titel or 'Wijzigingen')}", "",
             f"Wat er in de beslissingen verandert tussen {md(v.oud)} en {md(v.nieuw)}. Per tabel staat welke "
             "rijen nieuw zijn, welke vervallen, en welke uitkomst verandert — en voor welke invoer.", ""]
    return "\n".join(lines + verschil.regels_tekst(v, md=md)).rstrip() + "\n"
