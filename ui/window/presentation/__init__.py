"""The presentation mode (Visa → Presentationsläge, F11): one page at a time in large type
for the group around a projector, with status, progress and comments edited from the keyboard
and the meeting's notes saved as a PDF at the end."""
