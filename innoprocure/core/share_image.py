"""The default share image (static/img/share.png, 1200 x 630), what link previews show for a page without its own,
and the 64 x 64 icon the OpenSearch description names (static/img/icon-64.png).

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


def draw_logo(draw, left, top, scale, outline=True):
    """The logo with its top left corner at (left, top), `scale` pixels a unit."""

    def box(x0, y0, x1, y1):
        return [left + x0 * scale, top + y0 * scale, left + x1 * scale, top + y1 * scale]

    draw.rounded_rectangle(box(0, 0, 40, 40), radius=8 * scale, fill=BLUE_700, outline=WHITE if outline else None, width=4)
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


if __name__ == "__main__":
    for name, image in (("share.png", build()), ("icon-64.png", build_icon())):
        image.save(IMAGES / name, optimize=True)
        print(f"wrote {IMAGES / name}")
