"""The Läget room: the window's first tab, where the group stands (models/overview.py)."""
