"""Reading the event filters from a query string, and applying them.

Every value is checked: a value we do not understand is reported (the listing shows a notice and ignores it; the
API and the calendar feed answer 400) instead of breaking the page.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from innoprocure.core.models import Country
from innoprocure.events.models import EventFormat, EventType

UPCOMING = "upcoming"
PAST = "past"
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")
TRUE_VALUES = {"1", "true", "yes", "on"}
FALSE_VALUES = {"0", "false", "no", "off", ""}


@dataclass
class FilterProblem:
    parameter: str
    value: str
    message: str


@dataclass
class EventFilters:
    when: str = UPCOMING
    event_type: str = ""
    country: str = ""
    month: date | None = None
    online: bool = False
    problems: list[FilterProblem] = field(default_factory=list)

    @property
    def is_filtered(self):
        return bool(self.event_type or self.country or self.month or self.online)


def _clip(value):
    return value if len(value) <= 60 else value[:60] + "…"


def parse(params, when=None):
    """EventFilters from a QueryDict (or dict). `when` forces upcoming/past (the /events/past/ route)."""
    filters = EventFilters()
    problems = filters.problems

    requested_when = when or (params.get("when") or UPCOMING).strip()
    if requested_when in (UPCOMING, PAST):
        filters.when = requested_when
    else:
        problems.append(
            FilterProblem(
                "when", requested_when, _("“%(value)s” is neither upcoming nor past.") % {"value": _clip(requested_when)}
            )
        )

    event_type = (params.get("type") or "").strip()
    if event_type:
        if event_type in EventType.values:
            filters.event_type = event_type
        else:
            problems.append(
                FilterProblem("type", event_type, _("There is no event type “%(value)s”.") % {"value": _clip(event_type)})
            )

    country = (params.get("country") or "").strip().upper()
    if country:
        if len(country) == 2 and Country.objects.filter(code=country).exists():
            filters.country = country
        else:
            problems.append(
                FilterProblem("country", country, _("“%(value)s” is not a country code we know.") % {"value": _clip(country)})
            )

    month = (params.get("month") or "").strip()
    if month:
        match = MONTH_PATTERN.match(month)
        if match and 1 <= int(match[2]) <= 12 and int(match[1]) >= 1900:
            filters.month = date(int(match[1]), int(match[2]), 1)
        else:
            problems.append(
                FilterProblem(
                    "month", month, _("“%(value)s” is not a month; write it as YYYY-MM, e.g. 2026-05.") % {"value": _clip(month)}
                )
            )

    online = (params.get("online") or "").strip().lower()
    if online in TRUE_VALUES:
        filters.online = True
    elif online not in FALSE_VALUES:
        problems.append(FilterProblem("online", online, _("“online” takes 1 (online or hybrid only) or 0.")))
    return filters


def month_bounds(month):
    """The first instant of the month and of the next, in the platform's zone."""
    zone = timezone.get_default_timezone()
    first = datetime.combine(month, time.min, tzinfo=zone)
    following = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    return first, datetime.combine(following, time.min, tzinfo=zone)


def apply(queryset, filters, now=None):
    """Upcoming (soonest first) or past (latest first) events matching the filters."""
    queryset = queryset.past(now) if filters.when == PAST else queryset.upcoming(now)
    if filters.event_type:
        queryset = queryset.filter(event_type=filters.event_type)
    if filters.country:
        queryset = queryset.filter(country_id=filters.country)
    if filters.month:
        first, following = month_bounds(filters.month)
        # Any event that takes place during the month, including ones that started before it.
        queryset = queryset.filter(start__lt=following, end__gte=first)
    if filters.online:
        queryset = queryset.filter(event_format__in=[EventFormat.ONLINE, EventFormat.HYBRID])
    return queryset
