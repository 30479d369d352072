"""The `regels` command. Messages in Dutch; exit 0 ok, 1 errors in rules or case, 2 usage.

Each subcommand is a module in commands/ (add_parser, run); this file only dispatches.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
from pathlib import Path

from compiler.commands import FOUT, GEBRUIK, report
from compiler.project import Project

# The subcommands, in the order `regels --help` lists them.
# A module named like a Python keyword ends in _ (import_.py for `regels import`).
COMMANDS = ["bouw", "test", "beslis", "herbereken", "verschil", "dekking", "populatie", "vergelijk", "opmaak",
            "export", "import_", "serveer"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse speaks English; we do not
        self.print_usage(sys.stderr)
        vertaald = (message.replace("the following arguments are required", "deze argumenten ontbreken")
                    .replace("unrecognized arguments", "onbekende argumenten")
                    .replace("invalid choice", "onbekende keuze").replace("choose from", "kies uit")
                    .replace("expected one argument", "verwacht één waarde"))
        print(f"regels: fout: {vertaald}", file=sys.stderr)
        sys.exit(GEBRUIK)

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "gebruik:")

    def format_help(self) -> str:
        return (super().format_help().replace("usage:", "gebruik:")
                .replace("positional arguments:", "argumenten:").replace("options:", "opties:")
                .replace("show this help message and exit", "toon deze hulp en stop"))


def _modules(argv: list[str] | None = None):
    """The subcommand modules; only the one named in argv when there is one (a quick `regels beslis`
    does not load the compiler behind `regels bouw`), else all of them, for the help."""
    args = sys.argv[1:] if argv is None else argv
    rest = [a for i, a in enumerate(args) if not a.startswith("-") and (i == 0 or args[i - 1] != "--project")]
    by_command = {name.rstrip("_"): name for name in COMMANDS}
    names = [by_command[rest[0]]] if rest and rest[0] in by_command and "-h" not in args[:args.index(rest[0])] \
        and "--help" not in args[:args.index(rest[0])] else COMMANDS
    return {name.rstrip("_"): importlib.import_module(f".commands.{name}", __package__) for name in names}


def _parser(modules) -> argparse.ArgumentParser:
    p = _Parser(prog="regels", description="Regels als code: beslistabellen in regels/ → generated/ en docs/.")
    p.add_argument("--project", type=Path, default=Path("."), help="de map met regels/ (standaard: hier)")
    sub = p.add_subparsers(dest="opdracht", metavar="OPDRACHT", parser_class=_Parser)
    for module in modules.values():
        module.add_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    modules = _modules(argv)
    parser = _parser(modules)
    args = parser.parse_args(argv)
    if args.opdracht is None:
        parser.print_help()
        return GEBRUIK
    project = Project(args.project.resolve())
    if not project.regels.is_dir():
        print(f"regels: fout: geen map regels/ in {project.root}", file=sys.stderr)
        return GEBRUIK
    vooraf = getattr(modules[args.opdracht], "vooraf", None)  # a command may finish before any parsing
    if vooraf is not None and (code := vooraf(project, args)) is not None:
        return code
    from compiler.errors import RegelsFout

    try:
        models = project.models()
    except RegelsFout as e:
        report(e.diagnostics, project, getattr(args, "json", False))
        return FOUT
    return modules[args.opdracht].run(models, project, args)


def run() -> None:
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader is gone (`regels test | head`): stop quietly, as cat does. Python would still
        # try to flush stdout at exit and complain, so stdout becomes /dev/null first.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(128 + 13)  # as a shell reports a process ended by SIGPIPE
    except KeyboardInterrupt:  # ctrl-C: stop without a traceback (a batch stops its workers itself)
        print("\nregels: afgebroken", file=sys.stderr)
        sys.exit(128 + signal.SIGINT)
    sys.exit(code)


if __name__ == "__main__":
    run()
