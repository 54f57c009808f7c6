"""The default share image (static/img/share.png, 1200 x 630), what link previews show for a page without its own,
the 64 x 64 icon the OpenSearch description names (static/img/icon-64.png), and the favicon set: favicon-32.png and
favicon.ico (16, 32, 48) for browser tabs, apple-touch-icon.png (180, opaque: iOS rounds the corners itself), and
icon-192.png, icon-512.png and icon-maskable-512.png (full bleed, the logo inside the safe zone) for the web app
manifest (/manifest.webmanifest).

Drawn with Pillow from the logo's geometry (static/img/logo.svg, 40 x 40 units) and the site's colours, with the
Liberation Sans font of Debian's fonts-liberation package. The PNG is committed; to redraw it after changing the logo:

    .venv/bin/python -m innoprocure.core.share_image
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
BLUE_900, BLUE_700, BLUE_100, YELLOW, WHITE = "#0b2a5b", "#0b3d91", "#e8eef9", "#ffcc00", "#ffffff"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
IMAGES = Path(__file__).resolve().parent.parent / "static" / "img"


def draw_logo(draw, left, top, scale, outline=True, radius=8):
    """The logo with its top left corner at (left, top), `scale` pixels a unit (its corners `radius` units round)."""

    def box(x0, y0, x1, y1):
        return [left + x0 * scale, top + y0 * scale, left + x1 * scale, top + y1 * scale]

    draw.rounded_rectangle(box(0, 0, 40, 40), radius=radius * scale, fill=BLUE_700, outline=WHITE if outline else None, width=4)
    draw.rectangle(box(11, 12, 15, 28), fill=WHITE)  # the I
    # The P: a stem, and a bowl of radius 6 round (26, 18) with a hole of radius 2 round (26, 18).
    draw.rectangle(box(19, 12, 23, 28), fill=WHITE)
    draw.rectangle(box(23, 12, 26, 24), fill=WHITE)
    draw.pieslice(box(20, 12, 32, 24), start=-90, end=90, fill=WHITE)
    draw.rectangle(box(23, 16, 26, 20), fill=BLUE_700)
    draw.pieslice(box(24, 16, 28, 20), start=-90, end=90, fill=BLUE_700)
    draw.ellipse(box(29, 27, 35, 33), fill=YELLOW)


def build():
    image = Image.new("RGB", (WIDTH, HEIGHT), BLUE_900)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, HEIGHT - 24, WIDTH, HEIGHT], fill=YELLOW)
    draw_logo(draw, 96, 171, scale=6)
    bold = ImageFont.truetype(str(FONT_DIR / "LiberationSans-Bold.ttf"), 64)
    regular = ImageFont.truetype(str(FONT_DIR / "LiberationSans-Regular.ttf"), 36)
    for line, (text, font, colour) in enumerate(
        [
            ("Innovation", bold, WHITE),
            ("Procurement Platform", bold, WHITE),
            ("Buying innovation for Europe's public sector", regular, BLUE_100),
        ]
    ):
        draw.text((400, 190 + line * 78 + (12 if line == 2 else 0)), text, font=font, fill=colour)
    return image


def build_icon():
    image = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    draw_logo(ImageDraw.Draw(image), 0, 0, scale=1.6, outline=False)
    return image


SUPERSAMPLE = 8  # drawn this many times larger, then scaled down: smooth edges even at 16 pixels


def build_app_icon(size, opaque=False, maskable=False):
    """The logo as a square icon of `size` pixels. Opaque: no transparent corners (iOS and maskable icons crop their
    own shape). Maskable: the background fills the square and the logo keeps within the central 80 % safe zone."""
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), BLUE_700 if (opaque or maskable) else (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if maskable:
        logo = big * 0.72
        draw_logo(draw, (big - logo) / 2, (big - logo) / 2, scale=logo / 40, outline=False, radius=0)
    else:
        draw_logo(draw, 0, 0, scale=big / 40, outline=False, radius=0 if opaque else 8)
    image = image.resize((size, size), Image.Resampling.LANCZOS)
    return image.convert("RGB") if (opaque or maskable) else image


APP_ICONS = {
    "favicon-32.png": {"size": 32},
    "apple-touch-icon.png": {"size": 180, "opaque": True},
    "icon-192.png": {"size": 192},
    "icon-512.png": {"size": 512},
    "icon-maskable-512.png": {"size": 512, "maskable": True},
}


if __name__ == "__main__":
    for name, image in (("share.png", build()), ("icon-64.png", build_icon())):
        image.save(IMAGES / name, optimize=True)
        print(f"wrote {IMAGES / name}")
    for name, options in APP_ICONS.items():
        build_app_icon(**options).save(IMAGES / name, optimize=True)
        print(f"wrote {IMAGES / name}")
    build_app_icon(48).save(IMAGES / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    print(f"wrote {IMAGES / 'favicon.ico'}")
