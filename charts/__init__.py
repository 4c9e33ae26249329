"""Pure functions from plain data to matplotlib Figures. Never imports Qt or pyplot."""
