"""The window's first size and a remembered one, fitted to the screen it opens on.

A projector (1024×768, 1280×720) is often smaller than the screen the window was last on:
the remembered geometry is clamped to the screen's available area so that the detail panel
and Spara/Avbryt stay reachable. The sizes are plain rectangles so that they can be tested
without a screen of that size.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

# The size the window would like on a large screen; it never asks for more.
PREFERRED = QSize(1280, 760)
# Below this the register and its panel no longer work side by side; a smaller screen
# gets the whole of it.
SMALLEST = QSize(640, 480)


def first_geometry(available: QRect) -> QRect:
    """The window's first geometry on a screen whose available area is `available`:
    the preferred size where it fits (centred), otherwise as much of the screen as it
    can take, leaving a margin for the window's frame."""
    frame = 40  # title bar and borders the window manager adds around the client area
    width = min(PREFERRED.width(), max(available.width() - 16, 1))
    height = min(PREFERRED.height(), max(available.height() - frame, 1))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return clamp(rect, available)


def clamp(rect: QRect, available: QRect) -> QRect:
    """`rect` moved and shrunk so that all of it lies within `available`."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    left = min(max(rect.left(), available.left()), available.right() - width + 1)
    top = min(max(rect.top(), available.top()), available.bottom() - height + 1)
    return QRect(left, top, width, height)


def needs_clamping(frame: QRect, available: QRect) -> bool:
    """True when the window's frame reaches beyond the screen's available area."""
    return not available.contains(frame)


def within_frame(client: QRect, frame: QRect, available: QRect) -> QRect:
    """The client geometry that puts the whole frame (title bar and borders, known once
    shown) within `available`."""
    left, top = client.left() - frame.left(), client.top() - frame.top()
    right, bottom = frame.right() - client.right(), frame.bottom() - client.bottom()
    inner = available.adjusted(left, top, -right, -bottom)
    return clamp(client, inner)
