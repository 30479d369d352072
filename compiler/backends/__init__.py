"""Backends: a checked Model → files (Python modules, documentation pages)."""
