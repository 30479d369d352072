"""Python backend: a checked Model → generated/<regelset>.py (standard library only)."""
