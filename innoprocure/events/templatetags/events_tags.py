"""When an event runs, as markup: {% time_range start end all_day one_day zone %}.

Built in Python rather than by an included template: the events listing shows it twice per event, and an include
with a dozen date filters each time was the largest part of that page after the time-zone choice.
"""

from zoneinfo import ZoneInfo

from django import template
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.html import format_html
from django.utils.translation import gettext

register = template.Library()

DAY = "l j F Y"
DAY_AND_TIME = "l j F Y, H:i"
ISO_DATE = "Y-m-d"
ISO_DATE_AND_TIME = r"Y-m-d\TH:i:sO"


def _day(value):
    return format_html('<time datetime="{}">{}</time>', date_format(value, ISO_DATE), date_format(value, DAY))


@register.simple_tag
def time_range(start, end, all_day, one_day, zone):
    """Start and end in `zone` (a ZoneInfo or an IANA name): the days of an all-day event, otherwise the times, with
    the zone's abbreviation after each when the clocks change in between (EET → EEST)."""
    zone = ZoneInfo(zone) if isinstance(zone, str) else zone
    start, end = timezone.localtime(start, zone), timezone.localtime(end, zone)
    if all_day:
        if one_day:
            days = format_html('{} <span class="muted">({})</span>\n  ', _day(start), gettext("all day"))
        else:
            days = format_html("{} – {}", _day(start), _day(end))
        return format_html("\n\n  {}\n\n", days)
    start_zone, end_zone = date_format(start, "T"), date_format(end, "T")
    return format_html(
        '\n\n  \n  <time datetime="{}">{}</time>{}\n  – <time datetime="{}">{}</time> <span class="muted">{}</span>\n\n',
        date_format(start, ISO_DATE_AND_TIME),
        date_format(start, DAY_AND_TIME),
        format_html(' <span class="muted">{}</span>', start_zone) if start_zone != end_zone else "",
        date_format(end, ISO_DATE_AND_TIME),
        date_format(end, "H:i" if one_day else DAY_AND_TIME),
        end_zone,
    )
