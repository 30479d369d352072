"""The language: grammar, parser, messages (compiler/taal)."""
