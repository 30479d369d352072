"""The language: .regels text → AST (grammar, vocabulary, parser with all errors collected, formatter,
messages that name the cause of a layout mistake)."""
