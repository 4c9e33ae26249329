"""The user interfaces: the window (Qt) and the command line."""
