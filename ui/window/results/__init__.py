"""window/results: part of the window."""
