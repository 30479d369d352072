"""Semantics: runtime values, the reference interpreter, voorbeelden as tests, the uitleg of a decision."""
