"""Draw the program's icon: resources/icons/insiktskollen.png and .ico.

    .venv/bin/python docs/make_icon.py

A rounded blue square with three rising bars and a magnifying glass over the tallest:
"insikt" (insight) into the results. Drawn with Pillow at 4x and scaled down, so the small
Windows sizes (16, 24, 32, 48 px) stay clean. Nothing is downloaded.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZE = 256
SCALE = 4
BLUE = (0, 94, 184, 255)  # the charts' blue, darker for contrast on a white taskbar
LIGHT = (255, 255, 255, 255)
AMBER = (255, 196, 0, 255)


def draw(size: int = SIZE) -> Image.Image:
    big = size * SCALE
    unit = big / 256  # coordinates below are on a 256 grid
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)

    def box(x0: float, y0: float, x1: float, y1: float) -> list[float]:
        return [x0 * unit, y0 * unit, x1 * unit, y1 * unit]

    d.rounded_rectangle(box(8, 8, 248, 248), radius=48 * unit, fill=BLUE)
    # Three rising bars on a baseline.
    for x, top in ((44, 150), (92, 118), (140, 84)):
        d.rounded_rectangle(box(x, top, x + 36, 204), radius=6 * unit, fill=LIGHT)
    d.rounded_rectangle(box(36, 204, 220, 214), radius=4 * unit, fill=LIGHT)
    # The magnifying glass: a ring over the tallest bar, a handle down to the right.
    cx, cy, r, w = 170, 92, 40, 14
    d.ellipse(box(cx - r, cy - r, cx + r, cy + r), outline=AMBER, width=int(w * unit))
    d.line(
        [((cx + 28) * unit, (cy + 28) * unit), ((cx + 62) * unit, (cy + 62) * unit)],
        fill=AMBER,
        width=int(20 * unit),
    )
    d.ellipse(box(cx + 52, cy + 52, cx + 72, cy + 72), fill=AMBER)
    return img.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw()
    icon.save(OUT / "insiktskollen.png", optimize=True)
    icon.save(
        OUT / "insiktskollen.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )
    print(f"Skrev {OUT / 'insiktskollen.png'} och {OUT / 'insiktskollen.ico'}")


if __name__ == "__main__":
    main()
