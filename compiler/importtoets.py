"""The backstop of `regels bouw`: every generated module compiles and imports on its own.

Escaping (backends/python.py) is what keeps text out of code; this only makes sure that a
defect there, or a regelset the templates do not foresee, ends in a Dutch message and not in a
generated/ that breaks the case system. The modules are imported in a fresh interpreter (-I:
no site packages, no user path), from a temporary copy, so nothing runs in this process.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

_IMPORT = """
import importlib, sys
sys.path.insert(0, sys.argv[1])
for name in sys.argv[2:]:
    importlib.import_module("generated." + name)
"""


def problems(files: dict[str, str]) -> list[str]:
    """Dutch messages for generated Python files that do not compile or import; [] when all do."""
    modules = {rel: text for rel, text in files.items() if rel.startswith("generated/") and rel.endswith(".py")}
    out = []
    for rel, text in modules.items():
        try:
            compile(text, rel, "exec")
        except (SyntaxError, ValueError) as e:
            line = getattr(e, "lineno", None)
            out.append(f"{rel}{f':{line}' if line else ''}: de gegenereerde code is geen geldige Python "
                       f"({type(e).__name__})")
    if out or not modules:
        return out
    names = [Path(rel).stem for rel in modules if not Path(rel).stem.startswith("_")]
    with tempfile.TemporaryDirectory(prefix="regels-bouw-") as tmp:
        for rel, text in modules.items():
            path = Path(tmp) / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        try:
            done = subprocess.run([sys.executable, "-I", "-c", _IMPORT, tmp, *sorted(names)], cwd=tmp,
                                  capture_output=True, text=True, timeout=120)
        except subprocess.TimeoutExpired:
            return ["de gegenereerde modules laden niet binnen 120 seconden"]
    if done.returncode != 0:
        last = (done.stderr.strip().split("\n") or [""])[-1]
        out.append(f"de gegenereerde modules laden niet ({last.split(':')[0] or 'onbekende fout'})")
    return out
