"""window/register: part of the window."""
