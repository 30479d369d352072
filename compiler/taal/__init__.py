"""The language: .regels text → AST (grammar, vocabulary, parser with all errors collected, formatter)."""
