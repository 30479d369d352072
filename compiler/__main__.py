"""python -m compiler: the `regels` command (cli.py)."""
from compiler.cli import run

run()
