"""DMN in and out: import DMN decision tables as .regels (importer.py), export a checked
regelset as DMN 1.5 XML (export.py), and run the official DMN TCK on the importer (tck.py).

feel.py holds the small FEEL subset both directions share: unary tests and literals.
"""
