"""iCalendar (RFC 5545) for events: one event to add to a calendar, and the subscribable feed.

Timed events carry their own zone (DTSTART;TZID=Europe/Athens with a VTIMEZONE), so calendar programs show them
right wherever the subscriber is; all-day events are DATE values, their DTEND the day after the last day.

DTSTAMP is the event's last publication, not the time of the request: the same events give the same bytes, so the
calendars carry a stable ETag and a subscriber polling them gets 304 Not Modified until an event changes.
"""

from datetime import date, timedelta

from django.utils import timezone
from icalendar import Calendar, Event

PRODID = "-//Innovation Procurement Platform//Events//EN"
UID_DOMAIN = "events.innoprocure.eu"
REFRESH_INTERVAL = timedelta(hours=6)


def event_uid(page):
    # The translation key is a UUID that never changes, even when the event is renamed or moved.
    return f"{page.translation_key}@{UID_DOMAIN}"


def event_stamp(page):
    """When this version of the event was written: its last publication (the time now for a page never published)."""
    return page.last_published_at or page.first_published_at or timezone.now()


def event_component(page, absolute_url, stamp=None):
    event = Event()
    event.add("uid", event_uid(page))
    event.add("dtstamp", stamp or event_stamp(page))
    event.add("summary", page.title)
    if page.all_day:
        event.add("dtstart", page.local_start.date())
        event.add("dtend", page.local_end.date() + timedelta(days=1))
    else:
        event.add("dtstart", page.local_start)
        event.add("dtend", page.local_end)
    description = [page.summary, "", f"{page.get_event_type_display()} · {page.get_event_format_display()}"]
    if page.organiser:
        description.append(str(page.organiser))
    if page.cost:
        description.append(str(page.cost))
    if page.registration_url:
        description.append(f"{page.registration_url}")
    description.append(absolute_url)
    event.add("description", "\n".join(str(line) for line in description))
    location = ", ".join(str(part) for part in (page.venue, page.city, page.country) if part) or page.place
    if location:
        event.add("location", location)
    event.add("url", absolute_url)
    event.add("categories", [str(page.get_event_type_display())])
    if page.last_published_at:
        event.add("last-modified", page.last_published_at)
    event.add("status", "CONFIRMED")
    event.add("transp", "TRANSPARENT" if page.all_day else "OPAQUE")
    return event


def build_calendar(pages, url_for, name, description=""):
    """A VCALENDAR with one VEVENT per page and a VTIMEZONE for each zone used. `url_for(page)` → absolute URL."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    if description:
        calendar.add("x-wr-caldesc", description)
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")  # the same interval, for clients that predate RFC 7986
    first, last = None, None
    for page in pages:
        calendar.add_component(event_component(page, url_for(page)))
        first = min(first, page.start.date()) if first else page.start.date()
        last = max(last, page.end.date()) if last else page.end.date()
    if first is not None:
        # Only the rules around the events' dates, so the file stays small.
        calendar.add_missing_timezones(first_date=date(first.year - 1, 1, 1), last_date=date(last.year + 1, 12, 31))
    return calendar.to_ical()
