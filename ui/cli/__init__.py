"""The command line: `main.py [--db FIL|URL] KOMMANDO …`. No Qt here.

parser.py declares every command and the function that runs it; one module per group of
commands does the work through the operations in models/ (no SQL here); output.py holds
what they print alike. This file imports nothing, so building the parser stays cheap.
"""
