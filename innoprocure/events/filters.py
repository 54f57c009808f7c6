"""The event filters (one FilterSet for the listing, the calendar feed, the API and saved searches).

Every value is checked: a value we do not understand is a problem (core/filtering.py): the listing shows it by
its field and ignores it; the calendar feed answers 400, the API 400 (an unknown country: nothing matches).
"""

import re
from datetime import date, datetime, time

import django_filters
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from innoprocure.core.filtering import ListingFilter, ValueFilter, YesNoFilter, country_filter, problem
from innoprocure.events.models import EventFormat, EventType

UPCOMING = "upcoming"
PAST = "past"
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")


class MonthField(forms.CharField):
    """YYYY-MM: the first day of that month."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        match = MONTH_PATTERN.match(value)
        if match and 1 <= int(match[2]) <= 12 and int(match[1]) >= 1900:
            return date(int(match[1]), int(match[2]), 1)
        raise problem(_("“%(value)s” is not a month; write it as YYYY-MM, e.g. 2026-05."), value)


class MonthFilter(django_filters.Filter):
    """Any event that takes place during the month, including ones that started before it."""

    field_class = MonthField

    def filter(self, qs, value):
        if not value:
            return qs
        first, following = month_bounds(value)
        return qs.filter(start__lt=following, end__gte=first)


def month_bounds(month):
    """The first instant of the month and of the next, in the platform's zone."""
    zone = timezone.get_default_timezone()
    first = datetime.combine(month, time.min, tzinfo=zone)
    following = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    return first, datetime.combine(following, time.min, tzinfo=zone)


class Selected:
    """The usable values under the names the templates and views use (the FilterSet's own names are its filters)."""

    event_type = property(lambda self: self.value("type"))
    country = property(lambda self: self.value("country"))
    month = property(lambda self: self.value("month"))
    online = property(lambda self: self.value("online"))

    @property
    def when(self):
        return self.forced_when or self.value("when") or UPCOMING

    @property
    def is_filtered(self):
        return bool(self.event_type or self.country or self.month or self.online)


class EventFilter(Selected, ListingFilter):
    """Upcoming (soonest first) or past (latest first) events matching the filters. `when` forces upcoming or past
    (the /events/past/ route, the calendar feed, alerts), and the parameter is then not read; `now` moves the line
    between them (the calendar feed keeps recent events)."""

    when = ValueFilter(method="by_when", known=(UPCOMING, PAST), message=_("“%(value)s” is neither upcoming nor past."))
    type = ValueFilter(field_name="event_type", known=EventType.values, message=_("There is no event type “%(value)s”."))
    country = country_filter()
    month = MonthFilter()
    online = YesNoFilter(method="by_format", message=_("“online” takes 1 (online or hybrid only) or 0."))

    def __init__(self, data=None, queryset=None, *, when=None, now=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.forced_when, self.now = when, now
        if when:
            del self.filters["when"]

    def by_when(self, queryset, name, value):
        return queryset  # the base of filter_queryset

    def by_format(self, queryset, name, value):
        return queryset.filter(event_format__in=[EventFormat.ONLINE, EventFormat.HYBRID]) if value else queryset

    def filter_queryset(self, queryset):
        queryset = queryset.past(self.now) if self.when == PAST else queryset.upcoming(self.now)
        return super().filter_queryset(queryset)

    def param_value(self, name, value):
        return value.strftime("%Y-%m") if name == "month" else super().param_value(name, value)
