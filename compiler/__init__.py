"""Regels als code: .regels-bestanden → Lark-parser → AST → controles → Python en MkDocs.

De pijplijn, per map: taal/ (grammar.lark, woorden, parser, formatter: tekst → ast.py) →
midden/ (check, dependencies, passes: AST → bevroren Model; lower: Model → ir.py, de
beslis-tussenvorm) → analyse/ (tabellen, lint, dekking) →
semantiek/ (runtime, referentie-interpreter, voorbeelden, uitleg) → backends/python/ en
backends/docs/ → build.py → cli.py en commands/. Ernaast: toepassingen/ (batch, vergelijk,
populatie, mutatie, waarom niet). project.py vindt de bestanden; errors.py de meldingen.
"""
