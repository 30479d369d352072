"""The language server: its three functions directly, then the real server over stdio."""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from compiler.editor.taalserver import completions, diagnose, hover_text

from conftest import ROOT


@pytest.fixture
def project(tmp_path) -> Path:
    shutil.copytree(ROOT / "regels", tmp_path / "regels")
    return tmp_path


def zwaarte(project: Path) -> tuple[Path, str]:
    path = project / "regels" / "thuisondersteuning" / "zwaarte.regels"
    return path, path.read_text(encoding="utf-8")


def test_the_checkers_dutch_messages_for_the_unsaved_text(project):
    path, text = zwaarte(project)
    found, model = diagnose(path, text)
    assert model is not None and not [d for d in found if d.is_error]
    found, model = diagnose(path, text.replace("| 3 t/m 4                  ||", "| 3,4                      ||"))
    assert model is None
    [d] = [d for d in found if d.is_error]
    assert d.message == "“3,4” is geen geheel getal, maar “aantal resultaatgebieden” is een geheel getal"
    assert d.span.file == "regels/thuisondersteuning/zwaarte.regels"
    assert path.read_text(encoding="utf-8") == text  # nothing saved


def test_hover_on_a_paragraph_shows_its_text(project):
    path, text = zwaarte(project)
    lines = text.split("\n")
    line = next(i for i, l in enumerate(lines) if l.startswith("  bron §1.1, §2.1 a"))
    shown = hover_text(path, text, line, lines[line].index("§2.1 a") + 2)
    assert shown.startswith("**§2.1")
    assert "resultaatgebieden" in shown
    assert hover_text(path, text, line, 0) is None


def test_completion_offers_the_keuzelijst_of_the_column(project):
    path, text = zwaarte(project)
    _, model = diagnose(path, text)
    lines = text.split("\n")
    row = next(i for i, l in enumerate(lines) if "| 3 t/m 4 " in l)
    column = lines[row].index("|| ") + 3
    assert completions(model, text, row, column) == ["A", "B", "C"]
    given = next(i for i, l in enumerate(lines) if l.startswith("    via netwerk:"))
    assert "huishouden" in completions(model, text, given, len(lines[given]))
    assert completions(model, text, 0, 0) == []


class Client:
    """Just enough JSON-RPC over stdio to talk to the server as an editor does."""

    def __init__(self, cwd: Path):
        self.proc = subprocess.Popen([sys.executable, "-m", "compiler.editor.taalserver"], cwd=cwd,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.messages: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.next_id = 0

    def _read(self) -> None:
        out = self.proc.stdout
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                ch = out.read(1)
                if not ch:
                    return
                header += ch
            length = int(header.split(b"Content-Length:")[1].split(b"\r\n")[0])
            self.messages.put(json.loads(out.read(length)))

    def send(self, method: str, params: dict, request: bool = True) -> int | None:
        message = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            self.next_id += 1
            message["id"] = self.next_id
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()
        return message.get("id")

    def wait(self, match) -> dict:
        while True:
            message = self.messages.get(timeout=60)
            if match(message):
                return message

    def request(self, method: str, params: dict) -> dict:
        number = self.send(method, params)
        return self.wait(lambda m: m.get("id") == number)["result"]

    def close(self) -> None:
        self.request("shutdown", None)
        self.send("exit", None, request=False)
        self.proc.wait(timeout=30)


def test_the_server_over_stdio(project):
    path, text = zwaarte(project)
    uri = path.as_uri()
    client = Client(project)
    try:
        client.request("initialize", {"processId": None, "rootUri": project.as_uri(), "capabilities": {}})
        client.send("initialized", {}, request=False)
        bad = text.replace("| 3 t/m 4                  ||", "| 3-4                      ||")
        client.send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "regels", "version": 1,
                                                              "text": bad}}, request=False)
        published = client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")["params"]
        [d] = [d for d in published["diagnostics"] if d["severity"] == 1]
        assert d["message"].startswith("een reeks schrijft u als “3 t/m 4”, niet met een streepje")
        row = next(i for i, l in enumerate(bad.split("\n")) if "| 3-4 " in l)
        assert d["range"]["start"]["line"] == row
        client.send("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                               "contentChanges": [{"text": text}]}, request=False)
        published = client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")["params"]
        assert not [d for d in published["diagnostics"] if d["severity"] == 1]
        lines = text.split("\n")
        line = next(i for i, l in enumerate(lines) if l.startswith("  bron §1.1"))
        hover = client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                      "position": {"line": line, "character": 8}})
        assert hover["contents"]["value"].startswith("**§1.1")
        row = next(i for i, l in enumerate(lines) if "| 3 t/m 4 " in l)
        items = client.request("textDocument/completion", {
            "textDocument": {"uri": uri}, "position": {"line": row, "character": lines[row].index("|| ") + 3}})
        assert [i["label"] for i in items["items"]] == ["A", "B", "C"]
    finally:
        client.close()
