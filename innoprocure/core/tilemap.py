"""A tile-grid map of Europe: one equal square per country, shaded by a count, drawn by templates/includes/tile_map.html.

Used for the competence centres (network/directory.py), the declaration's signatories and the opportunities by
country. Each page shows the same figures as a table beside the map; the map's <desc> states the totals.
"""

from django.utils.html import format_html
from django.utils.safestring import mark_safe

# (column, row) of each country. Neighbours stay near each other; sizes are equal on purpose, so that small
# countries are as visible as large ones.
TILE_GRID = {
    "IS": (0, 0), "NO": (4, 0), "SE": (5, 0), "FI": (6, 0),
    "IE": (0, 1), "GB": (1, 1), "DK": (4, 1), "EE": (6, 1),
    "NL": (2, 2), "DE": (3, 2), "PL": (4, 2), "LT": (5, 2), "LV": (6, 2),
    "BE": (1, 3), "LU": (2, 3), "CZ": (3, 3), "SK": (4, 3), "UA": (5, 3),
    "FR": (1, 4), "CH": (2, 4), "AT": (3, 4), "HU": (4, 4), "RO": (5, 4), "MD": (6, 4),
    "PT": (0, 5), "ES": (1, 5), "LI": (2, 5), "SI": (3, 5), "HR": (4, 5), "RS": (5, 5), "BG": (6, 5), "GE": (7, 5),
    "IT": (2, 6), "BA": (4, 6), "ME": (5, 6), "MK": (6, 6), "TR": (7, 6),
    "MT": (2, 7), "AL": (5, 7), "GR": (6, 7), "CY": (7, 7),
}  # fmt: skip
TILE = 52  # px, including the gap
TILE_GAP = 4
SHADES = ("none", "one", "two", "more")


def shade(count, steps=(1, 2, 3)):
    """The fill class of a count: none for 0, then one, two, more from each of the three `steps` upwards."""
    if count < steps[0]:
        return "none"
    if count < steps[1]:
        return "one"
    if count < steps[2]:
        return "two"
    return "more"


def tile_map(counts, *, key, title, description, legend, steps=(1, 2, 3), link=None, labels=None, names=None):
    """What the template needs to draw the map.

    counts: {country code: number}; key: the id prefix of the SVG's title and description (unique on the page);
    legend: four labels, for the shades none, one, two and more; steps: where those shades start (see shade());
    link: code -> URL of the filtered list, for the countries with a count (the map is then a group of links, not
    an image); labels: code -> the link's accessible name, its <title> ("Austria (AT): 2 centres"); names: code -> country name.
    """
    names = names or {}
    tiles = []
    for code, (column, row) in TILE_GRID.items():
        count = counts.get(code, 0)
        tiles.append(
            {
                "code": code,
                "name": names.get(code, code),
                "count": count,
                "shade": shade(count, steps),
                "x": column * TILE,
                "y": row * TILE,
                "size": TILE - TILE_GAP,
                "centre_x": column * TILE + (TILE - TILE_GAP) / 2,
                "url": link(code) if link and count else "",
                "label": labels(code, count) if labels and count else "",
            }
        )
    columns = max(column for column, _row in TILE_GRID.values()) + 1
    rows = max(row for _column, row in TILE_GRID.values()) + 1
    return {
        "key": key,
        "title": title,
        "description": description,
        "legend": list(zip(SHADES, legend, strict=True)),
        "tiles": tiles,
        "tiles_markup": tiles_markup(tiles, linked=link is not None),
        "linked": link is not None,
        "width": columns * TILE - TILE_GAP,
        "height": rows * TILE - TILE_GAP,
        "outside": [],
        "total": sum(counts.values()),
    }


def tiles_markup(tiles, linked):
    """The SVG of the tiles, built here rather than by a template loop over some forty countries."""
    parts = []
    for tile in tiles:
        count = (
            format_html(
                '<text x="{}" y="{}" text-anchor="middle" class="tile__count">{}</text>',
                f"{tile['centre_x']:g}",
                tile["y"] + 39,
                tile["count"],
            )
            if tile["count"]
            else ""
        )
        square = format_html(
            '<g class="tile tile--{}"{}>\n      <rect x="{}" y="{}" width="{}" height="{}" rx="4"></rect>\n      '
            '<text x="{}" y="{}" text-anchor="middle" class="tile__code">{}</text>\n      {}\n    </g>',
            tile["shade"],
            mark_safe(' aria-hidden="true"') if linked and not tile["url"] else "",  # a constant
            tile["x"],
            tile["y"],
            tile["size"],
            tile["size"],
            f"{tile['centre_x']:g}",
            tile["y"] + 19,
            tile["code"],
            count,
        )
        if tile["url"]:
            square = format_html('<a href="{}"><title>{}</title>{}</a>', tile["url"], tile["label"], square)
        parts.append(square)
    return mark_safe("".join(parts))  # each part escaped by format_html
