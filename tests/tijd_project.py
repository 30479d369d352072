"""Build the HYPOTHETICAL second version (tests/fixtures/tijd/) next to a copy of regels/: see its README."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "tijd"
TABEL = "beslistabel uren huishouden (eerste)\n"
VOORBEELD = 'voorbeeld "Alleen huishouden met incontinentie: 156 uur per jaar"\n'


def maak(doel: Path, tot: str = "1 januari 2025", citaat_2025: str | None = None) -> Path:
    """A project in `doel` with the 160-hour version from 1 January 2025; `tot` ends the first version."""
    shutil.copytree(ROOT / "regels", doel / "regels")
    huishouden = doel / "regels" / "thuisondersteuning" / "huishouden.regels"
    text = huishouden.read_text(encoding="utf-8")
    assert TABEL in text and VOORBEELD in text
    text = text.replace(TABEL, TABEL + f"  geldig vanaf 1 januari 2022 tot {tot}\n", 1)
    text = text.replace(VOORBEELD, VOORBEELD + "  peildatum 1 maart 2024\n", 1)
    # The new rule's own voorbeeld: the same case on a peildatum in 2025 gets 160 hours.
    start = text.index(VOORBEELD)
    end = text.index("\nvoorbeeld ", start + 1)
    block = text[start:end].replace("156", "160").replace("peildatum 1 maart 2024", "peildatum 1 maart 2025")
    text = text[:end] + "\n" + block + text[end:]
    huishouden.write_text(text, encoding="utf-8")
    for path in (doel / "regels").rglob("*.regels"):  # other voorbeelden of 156 hours: dated before 2025
        path.write_text(_voor_2025(path.read_text(encoding="utf-8")), encoding="utf-8")
    nieuw = (FIXTURE / "uren-huishouden-2025.regels").read_text(encoding="utf-8")
    if citaat_2025 is not None:
        nieuw = nieuw.replace('"hanteren wij een vaste inzet per jaar van 160 uur bij een A2 ondersteunend"',
                              citaat_2025)
    (doel / "regels" / "thuisondersteuning" / "uren-huishouden-2025.regels").write_text(nieuw, encoding="utf-8")
    shutil.copytree(FIXTURE / "bron" / "vanaf-2025-01-01", doel / "regels" / "bron" / "vanaf-2025-01-01")
    return doel


def _voor_2025(text: str) -> str:
    """Give each voorbeeld that expects 156 hours and names no peildatum the peildatum 1 maart 2024."""
    blocks = text.split("\nvoorbeeld ")
    for i, block in enumerate(blocks[1:], 1):
        if "uren huishouden per jaar: 156" in block and "\n  peildatum " not in block:
            kop, rest = block.split("\n", 1)
            blocks[i] = f"{kop}\n  peildatum 1 maart 2024\n{rest}"
    return "\nvoorbeeld ".join(blocks)
