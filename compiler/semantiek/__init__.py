"""Semantics: runtime values and the meaning of a table (runtime.py), the reference interpreter, voorbeelden, uitleg.

Imports nothing: generated modules import compiler.semantiek.runtime without Lark or Jinja2.
"""
