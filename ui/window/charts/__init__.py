"""window/charts: part of the window."""
