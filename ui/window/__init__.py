"""window: part of the window."""
