"""Analysis of a checked Model: table gaps/overlaps/unreachable rows, lint, coverage of the source text."""
