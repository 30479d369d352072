"""The middle: a parsed Regelset → a checked, frozen Model (resolve, types, dependencies, the pass runner)."""
