"""Regels als code: .regels-bestanden → Lark-parser → AST → controles → Python en MkDocs.

De pijplijn, per module: grammar.lark → parser.py → ast.py → checks.py (met analysis.py
en lint.py) → interpreter.py (referentie) → backends/python.py en backends/docs.py → build.py
→ cli.py. Ernaast: mutatie.py (hoe sterk de voorbeelden zijn) en formatter.py (opmaak).
"""
