"""Docs backend: checked Models → the MkDocs site in docs/."""
