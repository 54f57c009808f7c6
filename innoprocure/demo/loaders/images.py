"""Demo images: original abstract compositions drawn here with Pillow, given to the demo stories, events and a few
resources, each with an alternative text that says what it shows (geometric shapes, not photographs of anything).

Run by `manage.py load_demo_content` after every section's demo (demo/management/commands/load_demo_content.py).
Idempotent: an image exists once (by title), and only items without an image get one, so an editor's choice stays.
The image is written to the item and to its latest revision, so the editor opens the page with it.
"""

import math
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw

WIDTH, HEIGHT = 1200, 675
BLUE_900, BLUE_700, BLUE_500, BLUE_300, BLUE_100 = "#0b2a5b", "#0b3d91", "#3d6bc2", "#9db8e6", "#e8eef9"
YELLOW, WHITE, TEAL = "#ffcc00", "#ffffff", "#0f7b6c"
TITLE_PREFIX = "Demo illustration: "


def _canvas(background):
    image = PillowImage.new("RGB", (WIDTH, HEIGHT), background)
    return image, ImageDraw.Draw(image)


def grid_of_sheets():
    image, draw = _canvas(BLUE_900)
    columns, rows, gap = 6, 3, 28
    width = (WIDTH - gap * (columns + 1)) / columns
    height = (HEIGHT - gap * (rows + 1)) / rows
    for row in range(rows):
        for column in range(columns):
            left, top = gap + column * (width + gap), gap + row * (height + gap)
            colour = YELLOW if (row, column) == (1, 4) else BLUE_300 if (row + column) % 2 else BLUE_100
            draw.rounded_rectangle([left, top, left + width, top + height], radius=14, fill=colour)
    return image


def overlapping_circles():
    image, draw = _canvas(BLUE_700)
    radius = 230
    for (x, y), colour in (((430, 300), BLUE_300), ((640, 380), YELLOW), ((790, 270), WHITE)):
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], outline=colour, width=26)
    return image


def rising_bars():
    image, draw = _canvas(BLUE_100)
    base, width, gap = HEIGHT - 80, 150, 50
    left = (WIDTH - 5 * width - 4 * gap) / 2
    for number, colour in enumerate((BLUE_300, BLUE_500, BLUE_700, BLUE_900, YELLOW)):
        height = 120 + number * 100
        x = left + number * (width + gap)
        draw.rectangle([x, base - height, x + width, base], fill=colour)
    draw.rectangle([60, base, WIDTH - 60, base + 8], fill=BLUE_900)
    return image


def network_of_dots():
    image, draw = _canvas(BLUE_900)
    points = [(160, 180), (360, 110), (560, 250), (780, 140), (1010, 220), (260, 420), (500, 500), (720, 430), (950, 520)]
    links = [(0, 1), (1, 2), (2, 3), (3, 4), (0, 5), (5, 6), (6, 7), (7, 8), (2, 6), (2, 7), (3, 7), (4, 8), (1, 5)]
    for first, second in links:
        draw.line([points[first], points[second]], fill=BLUE_300, width=6)
    for number, (x, y) in enumerate(points):
        radius = 34 if number in (2, 6, 8) else 24
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=YELLOW if number in (2, 6, 8) else WHITE)
    return image


def two_rounded_shapes():
    image, draw = _canvas(BLUE_100)
    draw.rounded_rectangle([120, 140, 640, 440], radius=60, fill=BLUE_700)
    draw.polygon([(220, 440), (300, 440), (200, 540)], fill=BLUE_700)
    draw.rounded_rectangle([560, 260, 1080, 540], radius=60, fill=YELLOW)
    draw.polygon([(980, 540), (900, 540), (1000, 630)], fill=YELLOW)
    return image


def concentric_arcs():
    image, draw = _canvas(WHITE)
    for number, colour in enumerate((BLUE_900, BLUE_700, YELLOW, BLUE_500, BLUE_300, BLUE_100)):
        radius = 1000 - number * 160
        draw.ellipse([-radius, HEIGHT - radius, radius, HEIGHT + radius], fill=colour)
    return image


def stacked_bands():
    image, draw = _canvas(BLUE_900)
    for number in range(9):
        top = 70 + number * 60
        colour = YELLOW if number == 5 else WHITE if number % 2 else BLUE_300
        inset = 40 * math.sin(number / 2)
        draw.rounded_rectangle([200 + inset, top, WIDTH - 200 + inset, top + 38], radius=10, fill=colour)
    return image


def turning_wedges():
    image, draw = _canvas(TEAL)
    centre, radius = (WIDTH / 2, HEIGHT / 2), 280
    box = [centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius]
    for number, colour in enumerate((WHITE, BLUE_100, YELLOW, WHITE, BLUE_100, BLUE_900)):
        draw.pieslice(box, start=number * 60, end=number * 60 + 45, fill=colour)
    return image


# key: (title, drawing, alternative text). The texts say what is drawn; the images illustrate, they show no event,
# project or person.
COMPOSITIONS = {
    "sheets": (
        "grid of sheets",
        grid_of_sheets,
        "Abstract illustration: eighteen rounded rectangles in pale blue on dark blue, in three rows, one of them yellow.",
    ),
    "circles": (
        "overlapping circles",
        overlapping_circles,
        "Abstract illustration: three overlapping rings in light blue, yellow and white on a blue background.",
    ),
    "bars": (
        "rising bars",
        rising_bars,
        "Abstract illustration: five bars rising from left to right, from light to dark blue, the tallest one yellow.",
    ),
    "network": (
        "network of dots",
        network_of_dots,
        "Abstract illustration: white and yellow dots joined by thin light-blue lines on dark blue, like a network.",
    ),
    "bubbles": (
        "two speech bubbles",
        two_rounded_shapes,
        "Abstract illustration: two speech bubbles facing each other, one dark blue and one yellow, on pale blue.",
    ),
    "arcs": (
        "concentric arcs",
        concentric_arcs,
        "Abstract illustration: quarter circles in shades of blue and one in yellow, spreading from the lower left corner.",
    ),
    "bands": (
        "stacked bands",
        stacked_bands,
        "Abstract illustration: horizontal bands in white and light blue stacked like the edges of pages, one band yellow.",
    ),
    "wedges": (
        "turning wedges",
        turning_wedges,
        "Abstract illustration: six wedges of a circle in white, pale blue, yellow and dark blue on a teal background.",
    ),
}

STORY_IMAGES = {
    "policy": "sheets",
    "projects": "circles",
    "funding": "bars",
    "network": "network",
    "interviews": "bubbles",
    "events": "arcs",
}
EVENT_IMAGES = {
    "conference": "arcs",
    "webinar": "wedges",
    "training": "bands",
    "knowledge-exchange": "network",
    "workshop": "circles",
    "info-day": "bars",
    "matchmaking": "bubbles",
    "market-engagement": "bubbles",
}
RESOURCE_IMAGES = {"case-study": "circles", "guidance": "bands", "report": "bars", "project": "network"}
RESOURCES_WITH_IMAGES = 2  # of each of those types: "a few", the newest


def png(drawing):
    buffer = BytesIO()
    drawing().save(buffer, format="PNG")
    return buffer.getvalue()


def ensure_image(key):
    """The Wagtail image of a composition, drawn and stored the first time."""
    from wagtail.images import get_image_model

    Image = get_image_model()
    name, drawing, _alt = COMPOSITIONS[key]
    title = TITLE_PREFIX + name
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title)
        image.file = ImageFile(BytesIO(png(drawing)), name=f"demo-{key}.png")
        image.save()
    return image


def _assign(items, key_of, images):
    """Give each item without an image the composition `key_of(item)` names; returns how many got one."""
    given = 0
    for item in items:
        key = key_of(item)
        if key is None or item.image_id:
            continue
        if key not in images:
            images[key] = ensure_image(key)
        image = images[key]
        alt = COMPOSITIONS[key][2]
        type(item).objects.filter(pk=item.pk).update(image=image, image_alt=alt)
        revision = item.latest_revision
        if revision is not None:
            revision.content.update({"image": image.pk, "image_alt": alt})
            revision.save(update_fields=["content"])
        given += 1
    return given


def load(out):
    from innoprocure.events.models import EventPage
    from innoprocure.resources.models import Resource
    from innoprocure.stories.models import StoryPage

    images = {}
    stories = StoryPage.objects.filter(image__isnull=True).select_related("latest_revision")
    events = EventPage.objects.filter(image__isnull=True).select_related("latest_revision")
    resources = []
    for resource_type in RESOURCE_IMAGES:
        newest = Resource.objects.filter(live=True, resource_type=resource_type).order_by("-first_published_at", "pk")
        resources += list(newest.select_related("latest_revision")[:RESOURCES_WITH_IMAGES])
    given = _assign(stories, lambda story: STORY_IMAGES.get(story.category), images)
    given += _assign(events, lambda event: EVENT_IMAGES.get(event.event_type), images)
    given += _assign(resources, lambda resource: RESOURCE_IMAGES.get(resource.resource_type), images)
    out.write(f"  {len(images)} demo illustrations used, {given} stories, events and resources given one")
