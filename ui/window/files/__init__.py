"""window/files: part of the window."""
