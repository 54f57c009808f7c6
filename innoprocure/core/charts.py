"""Small bar charts drawn as accessible SVG (templates/includes/bar_chart.html), always with the same figures as a
table under them: the table is the chart's data, not a copy made separately.

The charts are narrow (320 units) with the label above each bar, so that long labels and translations fit a
phone's screen. Colours come from CSS classes (static/css/site.css, "Pictures").
"""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from innoprocure.core.diagrams import FONT_SIZE, LINE_HEIGHT, wrap

WIDTH = 320
BAR_HEIGHT = 14
COUNT_ROOM = 44  # right of the longest bar, for its number


def bar_chart(key, *, title, rows, label_heading, count_heading, description=""):
    """What the template needs for one chart: rows are (label, count) in the order shown.

    key: the id prefix of the chart's title, description and table (unique on the page)."""
    rows = [(str(label), int(count)) for label, count in rows]
    largest = max((count for _label, count in rows), default=0)
    total = sum(count for _label, count in rows)
    bars = []
    y = 4
    for label, count in rows:
        lines = wrap(label, WIDTH - 8, "small")
        text_y = y + FONT_SIZE["small"]
        y += len(lines) * LINE_HEIGHT["small"] + 2
        length = round((WIDTH - COUNT_ROOM - 8) * count / largest, 1) if largest else 0
        bars.append(
            {
                "label": label,
                "count": count,
                "lines": [{"y": text_y + number * LINE_HEIGHT["small"], "text": line} for number, line in enumerate(lines)],
                "x": 4,
                "y": y,
                "width": max(length, 2 if count else 0),
                "height": BAR_HEIGHT,
                "count_x": 4 + max(length, 2 if count else 0) + 6,
                "count_y": y + BAR_HEIGHT - 2,
            }
        )
        y += BAR_HEIGHT + 12
    summary = "; ".join(f"{label}: {count}" for label, count in rows)
    return {
        "key": key,
        "title": title,
        "description": description
        or _("Bar chart, %(total)s in all. %(summary)s. The table below gives the same figures.")
        % {"total": total, "summary": summary},
        "bars": bars,
        "bars_markup": bars_markup(bars),
        "rows": rows,
        "total": total,
        "width": WIDTH,
        "height": y,
        "label_heading": label_heading,
        "count_heading": count_heading,
    }


def bars_markup(bars):
    """The SVG groups of the bars, built here rather than by a template loop with a nested loop per label line."""
    groups = []
    for bar in bars:
        label = format_html_join(
            "", '<tspan x="{}" y="{}">{}</tspan>', ((bar["x"], line["y"], line["text"]) for line in bar["lines"])
        )
        rect = (
            format_html(
                '<rect x="{}" y="{}" width="{}" height="{}" rx="2"></rect>',
                bar["x"],
                bar["y"],
                f"{bar['width']:g}",
                bar["height"],
            )
            if bar["width"]
            else ""
        )
        groups.append(
            format_html(
                '<g class="chart__bar">\n        <text class="chart__label">{}</text>\n        {}\n        '
                '<text class="chart__count" x="{}" y="{}">{}</text>\n      </g>',
                label,
                rect,
                f"{bar['count_x']:g}",
                bar["count_y"],
                bar["count"],
            )
        )
    return mark_safe("".join(groups))  # each part escaped by format_html
