"""A small language server for .regels (pygls): the checker's Dutch messages as you type, the
text of a cited paragraph on hover, and completion of keuzelijst values.

Start it with `regels-taalserver` (stdio); editors/vscode/ starts it for VS Code. The work is
done by three plain functions (diagnose, hover_text, completions) that the tests call
directly; the server only wires them to the protocol.

A document belongs to the project whose regels/ folder holds it, and to the regelset of its
folder; it is checked together with the other files of that regelset, with the editor's
unsaved text in place of the file on disk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from compiler.errors import Diagnostic, RegelsFout
from compiler.midden.model import Model
from compiler.midden.passes import check
from compiler.project import Project, load_regelset
from compiler.taal.parser import anchor
from compiler.taal.woorden import PARAGRAAF, RESERVED_IN_CELLS



@dataclass
class Context:
    project: Project
    slug: str
    files: list[Path]


def context_of(path: Path) -> Context | None:
    """The project and regelset a .regels file belongs to, or None outside a project."""
    path = path.resolve()
    for folder in path.parents:
        if (folder / "regels").is_dir() and path.is_relative_to(folder / "regels"):
            project = Project(folder)
            for slug, files in project.regelsets():
                if path in [f.resolve() for f in files]:
                    return Context(project, slug, [f.resolve() for f in files])
            return Context(project, path.stem, [path])  # a new file, not in a regelset yet
    return None


def diagnose(path: Path, text: str) -> tuple[list[Diagnostic], Model | None]:
    """Every message of the checker for this file (with the editor's text), and the model if it checks."""
    ctx = context_of(path)
    if ctx is None:
        from compiler.taal.parser import parse_text

        try:
            parse_text(text, path.name)
        except RegelsFout as e:
            return e.diagnostics, None
        return [], None
    display = ctx.project.rel(path)
    try:
        regelset = load_regelset(ctx.slug, [(f, ctx.project.rel(f)) for f in ctx.files],
                                 texts={path.resolve(): text})
        model = check(regelset, ctx.project.paragraphs())
    except RegelsFout as e:
        return [d for d in e.diagnostics if d.span.file == display], None
    return [d for d in model.diagnostics if d.span.file == display], model


def hover_text(path: Path, text: str, line: int, column: int) -> str | None:
    """The cited paragraph under the cursor (0-based line and column), as Markdown."""
    lines = text.split("\n")
    if line >= len(lines):
        return None
    for m in PARAGRAAF.finditer(lines[line]):
        if m.start() <= column <= m.end():
            ctx = context_of(path)
            paragraphs = ctx.project.paragraphs() if ctx else None
            p = (paragraphs or {}).get(anchor(m.group(0)))
            if p is None:
                return f"**{m.group(0)}** staat niet in de brontekst (regels/bron/)."
            return f"**{p.label} {p.title}**\n\n{p.text.strip()}"
    return None


def completions(model: Model | None, text: str, line: int, column: int) -> list[str]:
    """The keuzelijst values that fit where the cursor is: a table cell (by its column's type)
    or the value of a `naam:` line in a voorbeeld; else nothing."""
    if model is None:
        return []
    lines = text.split("\n")
    if line >= len(lines):
        return []
    current = lines[line][:column]
    name = None
    if current.lstrip().startswith("|"):
        name = _column_name(lines, line, current)
    else:
        m = re.match(r"^\s+([^:|]+?)\s*:[^:]*$", current)
        if m:
            name = m.group(1).strip()
    t = model.types.get(name) if name else None
    if t is None or t.enum not in model.enums:
        return []
    return list(model.enums[t.enum].names)


def _column_name(lines: list[str], line: int, current: str) -> str | None:
    """The header of the column the cursor is in: the first row of this table."""
    k = _cells_before(current)
    i = line
    while i > 0 and lines[i - 1].lstrip().startswith("|"):
        i -= 1
    header = [c.strip() for c in re.split(r"\|\|?", lines[i].strip())[1:-1]]
    return header[k] if 0 <= k < len(header) else None


def _cells_before(text: str) -> int:
    count, in_string, j = -1, False, 0
    while j < len(text):
        if text[j] == '"':
            in_string = not in_string
        elif text[j] == "|" and not in_string:
            count += 1
            if text.startswith("||", j):
                j += 1
        j += 1
    return count


# -- The protocol (pygls)

def to_lsp(d: Diagnostic):
    from lsprotocol import types

    line = max(d.span.line - 1, 0)
    column = max(d.span.column - 1, 0)
    end_line = max((d.span.end_line or d.span.line) - 1, 0)
    end_column = max((d.span.end_column or d.span.column + 1) - 1, column + 1 if end_line == line else 0)
    message = d.message + (f"\ntip: {d.hint}" if d.hint else "")
    return types.Diagnostic(
        range=types.Range(types.Position(line, column), types.Position(end_line, end_column)),
        message=message, source="regels", code=d.code or None,
        severity=types.DiagnosticSeverity.Error if d.is_error else types.DiagnosticSeverity.Warning)


def server():
    from lsprotocol import types
    from pygls.lsp.server import LanguageServer

    ls = LanguageServer("regels-taalserver", "0.1.0", text_document_sync_kind=types.TextDocumentSyncKind.Full)
    models: dict[str, Model | None] = {}

    def publish(uri: str) -> None:
        doc = ls.workspace.get_text_document(uri)
        found, model = diagnose(Path(doc.path), doc.source)
        if model is not None:
            models[uri] = model
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, diagnostics=[to_lsp(d) for d in found], version=doc.version))

    @ls.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        publish(params.text_document.uri)

    @ls.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        publish(params.text_document.uri)

    @ls.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(params: types.DidSaveTextDocumentParams) -> None:
        publish(params.text_document.uri)

    @ls.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(params: types.HoverParams):
        doc = ls.workspace.get_text_document(params.text_document.uri)
        text = hover_text(Path(doc.path), doc.source, params.position.line, params.position.character)
        if text is None:
            return None
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text))

    @ls.feature(types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(trigger_characters=["|", ":", " "]))
    def complete(params: types.CompletionParams):
        doc = ls.workspace.get_text_document(params.text_document.uri)
        values = completions(models.get(params.text_document.uri), doc.source, params.position.line,
                             params.position.character)
        return types.CompletionList(is_incomplete=False, items=[
            types.CompletionItem(label=v, kind=types.CompletionItemKind.EnumMember,
                                 insert_text=v if _plain_word(v) else f'"{v}"') for v in values])

    return ls


def _plain_word(value: str) -> bool:
    """A value a cell can hold without quotes (no word starting with a digit, no reserved word)."""
    words = value.split(" ")
    return all(w and not w[0].isdigit() for w in words) and not set(words) & RESERVED_IN_CELLS \
        and re.fullmatch(r"[^\W\d_][\w\-'’ ]*", value) is not None


def main() -> None:
    server().start_io()


if __name__ == "__main__":
    main()
