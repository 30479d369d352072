"""The writers' page shows every command as a writer types it, after one way to get `regels` on the PATH."""

from __future__ import annotations

import re

from conftest import ROOT

PAGE = ROOT / "compiler" / "templates" / "docs" / "beleidsmakers.md.jinja"


def console_lines() -> list[str]:
    text = PAGE.read_text(encoding="utf-8")
    return [line.strip() for block in re.findall(r"```console\n(.*?)```", text, re.S) for line in block.splitlines()]


def test_one_documented_way_to_get_regels_on_the_path():
    lines = console_lines()
    assert lines[:3] == ["python3.11 -m venv .venv", ".venv/bin/pip install -e .", "source .venv/bin/activate"]


def test_every_command_a_writer_uses_is_shown_as_typed():
    typed = console_lines()
    for command in ("regels test", "regels bouw", "regels dekking", "regels opmaak", "regels export regels.xlsx",
                    "regels import regels.xlsx", "regels test --mutatie"):
        assert command in typed, command
    text = PAGE.read_text(encoding="utf-8")
    for word in ("**mutant**", "**Gedood**", "**Gelijkwaardig**", "**Overleefd**", "**score**"):
        assert word in text  # the terms of the mutation test, explained
