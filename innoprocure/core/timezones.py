"""Time zones: which IANA zones we offer, and which one a visitor wants times shown in.

A visitor picks a zone in a small form (a `tz` query parameter); we remember it in a cookie so every event and
deadline is then shown in that zone too. Without a choice, times are shown in the platform's zone (Brussels).
"""

import zoneinfo
from functools import cache
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

TZ_PARAMETER = "tz"
TZ_COOKIE = "visitor_tz"
TZ_COOKIE_MAX_AGE = 365 * 24 * 3600

# The regions of the IANA database whose zones we list; the rest are aliases kept for old software.
REGIONS = ("Europe", "Africa", "America", "Asia", "Atlantic", "Australia", "Indian", "Pacific")


@cache
def _all_zones():
    return frozenset(zoneinfo.available_timezones()) - {"localtime", "Factory"}


@cache
def zone_choices():
    """[(zone, zone)] of the canonical zones, Europe first, then UTC and the other regions."""
    zones = sorted(_all_zones())
    choices = [(zone, zone) for zone in zones if zone.startswith("Europe/")]
    choices.append(("UTC", "UTC"))
    for region in REGIONS[1:]:
        choices += [(zone, zone) for zone in zones if zone.startswith(f"{region}/")]
    return choices


def grouped_zone_choices():
    """The zone choices grouped by region, for a <select> with <optgroup>s."""
    groups = {}
    for zone, _label in zone_choices():
        region = zone.split("/", 1)[0] if "/" in zone else str(_("Universal"))
        groups.setdefault(region, []).append(zone)
    return list(groups.items())


@cache
def _zone_options(language):
    # One string per interface language (only the "Universal" group's label is translated).
    return "".join(
        format_html(
            '<optgroup label="{}">{}</optgroup>',
            region,
            format_html_join("", '<option value="{}">{}</option>', ((zone, zone) for zone in zones)),
        )
        for region, zones in grouped_zone_choices()
    )


def zone_options(selected):
    """The <optgroup>s and <option>s of the zone <select>, `selected` marked. Built once per language: six hundred
    options rendered by a template loop were most of an events page's time."""
    option = format_html('<option value="{}">', selected)
    marked = option[:-1] + " selected>"
    return mark_safe(_zone_options(translation.get_language()).replace(option, marked, 1))  # escaped above


def is_valid_zone(name):
    return isinstance(name, str) and name in _all_zones()


def get_zone(name, default=None):
    """ZoneInfo for a valid IANA name, else `default`."""
    return ZoneInfo(name) if is_valid_zone(name) else default


def default_zone_name():
    return settings.TIME_ZONE


class VisitorZone:
    """The zone a visitor asked for, whether it came from the form or the cookie, and what was wrong with it."""

    def __init__(self, name, chosen, from_parameter, invalid_value=None):
        self.name = name
        self.zone = ZoneInfo(name)
        self.chosen = chosen  # False when we fell back to the platform's zone
        self.from_parameter = from_parameter  # True when the cookie should be (re)set
        self.invalid_value = invalid_value

    @property
    def notice(self):
        if self.invalid_value is None:
            return ""
        return _("“%(value)s” is not a time zone we know; times are shown in %(zone)s instead.") % {
            "value": self.invalid_value[:64],
            "zone": self.name,
        }


def visitor_zone(request):
    """The visitor's zone: the `tz` parameter, else the cookie, else the platform's zone."""
    requested = request.GET.get(TZ_PARAMETER)
    if requested is not None and requested.strip():
        requested = requested.strip()
        if is_valid_zone(requested):
            return VisitorZone(requested, chosen=True, from_parameter=True)
        fallback = _cookie_zone(request) or default_zone_name()
        return VisitorZone(fallback, chosen=fallback != default_zone_name(), from_parameter=False, invalid_value=requested)
    cookie = _cookie_zone(request)
    if cookie:
        return VisitorZone(cookie, chosen=True, from_parameter=False)
    return VisitorZone(default_zone_name(), chosen=False, from_parameter=False)


def _cookie_zone(request):
    value = request.COOKIES.get(TZ_COOKIE, "")
    return value if is_valid_zone(value) else None


def remember_zone(response, visitor):
    """Keep a zone chosen through the form for the visitor's next pages."""
    if visitor.from_parameter:
        response.set_cookie(TZ_COOKIE, visitor.name, max_age=TZ_COOKIE_MAX_AGE, samesite="Lax", httponly=True)
    return response


def wall_time(value, zone_name):
    """The naive local date and time of an aware datetime in a zone (what a clock on the wall shows there)."""
    return timezone.localtime(value, ZoneInfo(zone_name)).replace(tzinfo=None)


def from_wall_time(naive, zone_name):
    """The aware datetime for a wall-clock time in a zone."""
    if timezone.is_aware(naive):
        naive = naive.replace(tzinfo=None)
    return timezone.make_aware(naive, ZoneInfo(zone_name))
