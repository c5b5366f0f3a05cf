"""Draw cpdesk's application icon: one SVG and the PNG, ICO and ICNS sizes each platform wants.

The icon is a few shapes (a rounded blue square, a white magnifying glass over a figure), so
it is drawn twice from the same geometry: as SVG text (``resources/icons/cpdesk.svg``, the
scalable icon Linux desktops use) and with Pillow at four times the size, then scaled down, for
the bitmaps. The outputs are committed; run this again only when the drawing changes:

    .venv/bin/python installer/make_icons.py          # writes resources/icons/
    .venv/bin/python installer/make_icons.py --check  # exits 1 if the committed files differ

Sizes: Windows (ICO) 16, 24, 32, 48, 64, 128, 256; macOS (ICNS) 16 to 1024; Linux (hicolor
PNGs) 16 to 512 and the SVG.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import Final

from PIL import Image, ImageChops, ImageDraw

ICONS: Final = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIZES: Final = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES: Final = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES: Final = (16, 32, 64, 128, 256, 512, 1024)

# The drawing, on a 256-unit canvas.
BLUE: Final = "#1d70b8"
DARK: Final = "#003078"
WHITE: Final = "#ffffff"
CORNER: Final = 48
LENS: Final = (108, 104, 62)  # centre x, centre y, radius
RING: Final = 22
HANDLE: Final = ((152, 148), (206, 202))
HANDLE_WIDTH: Final = 32
HEAD: Final = (108, 86, 17)
BODY: Final = (80, 110, 136, 150)  # a half-ellipse's box: the shoulders inside the lens


def svg() -> str:
    cx, cy, r = LENS
    hx, hy, hr = HEAD
    (x1, y1), (x2, y2) = HANDLE
    left, top, right, bottom = BODY
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" \
viewBox="0 0 256 256">
  <title>cpdesk</title>
  <rect x="0" y="0" width="256" height="256" rx="{CORNER}" fill="{BLUE}"/>
  <line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{DARK}" stroke-width="{HANDLE_WIDTH}" \
stroke-linecap="round"/>
  <line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{WHITE}" \
stroke-width="{HANDLE_WIDTH - 12}" stroke-linecap="round"/>
  <circle cx="{cx}" cy="{cy}" r="{r - RING / 2}" fill="{DARK}" stroke="{WHITE}" \
stroke-width="{RING}"/>
  <circle cx="{hx}" cy="{hy}" r="{hr}" fill="{WHITE}"/>
  <path d="M {left} {bottom} A {(right - left) / 2} {bottom - top} 0 0 1 {right} {bottom} Z" \
fill="{WHITE}"/>
</svg>
"""


def draw(size: int) -> Image.Image:
    """The icon at ``size`` pixels, drawn at four times that and scaled down (anti-aliased)."""
    big = size * 4
    k = big / 256
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=CORNER * k, fill=BLUE)
    (x1, y1), (x2, y2) = HANDLE
    for width, colour in ((HANDLE_WIDTH, DARK), (HANDLE_WIDTH - 12, WHITE)):
        pen.line((x1 * k, y1 * k, x2 * k, y2 * k), fill=colour, width=round(width * k))
        for x, y in ((x1, y1), (x2, y2)):
            half = width * k / 2
            pen.ellipse((x * k - half, y * k - half, x * k + half, y * k + half), fill=colour)
    cx, cy, r = LENS
    pen.ellipse(((cx - r) * k, (cy - r) * k, (cx + r) * k, (cy + r) * k), fill=WHITE)
    inner = r - RING
    pen.ellipse(((cx - inner) * k, (cy - inner) * k, (cx + inner) * k, (cy + inner) * k),
                fill=DARK)
    hx, hy, hr = HEAD
    pen.ellipse(((hx - hr) * k, (hy - hr) * k, (hx + hr) * k, (hy + hr) * k), fill=WHITE)
    left, top, right, bottom = BODY
    pen.pieslice((left * k, top * k, right * k, (2 * bottom - top) * k), 180, 360, fill=WHITE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def outputs() -> dict[str, bytes]:
    files = {"cpdesk.svg": svg().encode()}
    for size in PNG_SIZES:
        files[f"cpdesk-{size}.png"] = png_bytes(draw(size))
    ico = io.BytesIO()
    draw(256).save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    files["cpdesk.ico"] = ico.getvalue()
    icns = io.BytesIO()
    draw(1024).save(icns, format="ICNS", append_images=[draw(s) for s in ICNS_SIZES[:-1]])
    files["cpdesk.icns"] = icns.getvalue()
    return files


def same(path: Path, data: bytes) -> bool:
    """The committed file shows what was just drawn: the same text, or images of the same
    sizes whose pixels differ by little (another Pillow may encode the same image otherwise)."""
    if not path.is_file():
        return False
    old = path.read_bytes()
    if old == data or path.suffix == ".svg":
        return old == data
    with Image.open(io.BytesIO(old)) as before, Image.open(io.BytesIO(data)) as after:
        if path.suffix in (".ico", ".icns"):
            return set(before.info.get("sizes", ())) == set(after.info.get("sizes", ()))
        if before.size != after.size:
            return False
        difference = ImageChops.difference(before.convert("RGBA"), after.convert("RGBA"))
        return max(high for _, high in difference.getextrema()) <= 8


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true",
                        help="compare with the committed files instead of writing them")
    parser.add_argument("--out", type=Path, default=ICONS)
    args = parser.parse_args(argv)
    files = outputs()
    if args.check:
        stale = [name for name, data in files.items() if not same(args.out / name, data)]
        for name in stale:
            print(f"make_icons: {args.out / name} is out of date")
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (args.out / name).write_bytes(data)
        print(f"{args.out / name}  {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
