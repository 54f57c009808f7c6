"""When an event is, as its page and the listing show it: in the event's zone and in the visitor's."""

from django.utils import timezone

from innoprocure.core.forms import TimeZoneForm
from innoprocure.core.timezones import TZ_PARAMETER


def visitor_time(page, visitor):
    """The event's start and end in the visitor's zone, or None when the clock reads the same there (or all day)."""
    if page.all_day:
        return None
    start, end = timezone.localtime(page.start, visitor.zone), timezone.localtime(page.end, visitor.zone)

    def clock(value):
        return value.replace(tzinfo=None)

    if clock(start) == clock(page.local_start) and clock(end) == clock(page.local_end):
        return None
    return {"start": start, "end": end, "one_day": start.date() == end.date()}


def event_times(page, visitor):
    """What the event page needs to show when the event is, in its zone and in the visitor's."""
    visitor_start = timezone.localtime(page.start, visitor.zone)
    visitor_end = timezone.localtime(page.end, visitor.zone)
    local_start, local_end = page.local_start, page.local_end
    return {
        "visitor": visitor,
        "tz_form": TimeZoneForm(initial={TZ_PARAMETER: visitor.name}),
        "local_start": local_start,
        "local_end": local_end,
        "visitor_start": visitor_start,
        "visitor_end": visitor_end,
        "one_day": local_start.date() == local_end.date(),
        "visitor_one_day": visitor_start.date() == visitor_end.date(),
        # Same clock in both zones at these instants: no need to say it twice.
        "same_clock": local_start.replace(tzinfo=None) == visitor_start.replace(tzinfo=None)
        and local_end.replace(tzinfo=None) == visitor_end.replace(tzinfo=None),
        "registration_deadline_local": timezone.localtime(page.registration_deadline, page.zone)
        if page.registration_deadline
        else None,
        "registration_open": page.registration_open(),
        "is_past": page.is_past(),
    }
