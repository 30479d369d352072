"""JavaScript backend: the decision IR as an ES module for the rekenhulp in the browser."""
