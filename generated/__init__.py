# Gegenereerd door `regels bouw` — niet met de hand bewerken.
"""Gegenereerde beslismodules, één per regelset. Alleen de standaardbibliotheek."""

__all__ = [
    'thuisondersteuning',
]
