"""DMN in: import DMN decision tables as .regels (importer.py), run the official DMN TCK on the
importer (tck.py), and check an export in an independent engine (engine.py). The export itself is
a backend: compiler/backends/dmn/export.py.

feel.py holds the FEEL subset both directions share: unary tests, literals and light expressions.
"""
