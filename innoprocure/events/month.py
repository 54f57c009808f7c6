"""The month view of events: a grid of weeks (Monday first) with the events of each day.

An event is placed on every day it runs as the clock shows it where it takes place (its own zone), the same dates
the listing and the event page give first.
"""

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.utils import timezone

# Months the view offers: far enough for archives and plans, near enough that links never run away.
FIRST_YEAR = 2000
LAST_YEAR = 2100


@dataclass
class Day:
    date: date
    in_month: bool
    events: list = field(default_factory=list)


def month_or_none(year, month):
    """The first day of a month we show, or None for a month that does not exist or is out of range."""
    if FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12:
        return date(year, month, 1)
    return None


def previous_month(first):
    return (first - timedelta(days=1)).replace(day=1)


def next_month(first):
    return (first + timedelta(days=32)).replace(day=1)


def bounds(first):
    """Aware instants around the month, a day wider each side so every zone's events are caught."""
    zone = timezone.get_default_timezone()
    start = datetime.combine(first - timedelta(days=1), time.min, tzinfo=zone)
    end = datetime.combine(next_month(first) + timedelta(days=1), time.min, tzinfo=zone)
    return start, end


def weeks(first, pages):
    """[[Day × 7]] for the weeks of the month; each Day lists the pages running that day, soonest first."""
    grid = [
        [Day(day, day.month == first.month) for day in week]
        for week in calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(first.year, first.month)
    ]
    days = {day.date: day for week in grid for day in week}
    for page in sorted(pages, key=lambda item: item.start):
        current, last = page.local_start.date(), page.local_end.date()
        while current <= last:
            if current in days and days[current].in_month:
                days[current].events.append(page)
            current += timedelta(days=1)
    return grid
