"""An event is shown in its own zone and in the visitor's, and its calendar file carries the right instant."""

import re
from datetime import UTC, datetime

import pytest
from icalendar import Calendar

from innoprocure.events.tests.factories import EventPageFactory, at

pytestmark = pytest.mark.django_db


def visible_text(response):
    html = response.content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize(
    ("date", "weekday", "athens_zone_name", "lisbon_zone_name", "utc_hour"),
    [
        ((2030, 7, 15), "Monday 15 July 2030", "EEST", "WEST", 7),  # summer time: Athens UTC+3, Lisbon UTC+1
        ((2030, 1, 15), "Tuesday 15 January 2030", "EET", "WET", 8),  # winter time: Athens UTC+2, Lisbon UTC+0
    ],
)
def test_athens_event_is_shown_in_athens_time_and_in_lisbon_time(
    client, date, weekday, athens_zone_name, lisbon_zone_name, utc_hour
):
    event = EventPageFactory(
        title="Athens info day",
        time_zone="Europe/Athens",
        start=at("Europe/Athens", *date, 10),
        end=at("Europe/Athens", *date, 12),
        event_format="physical",
        city="Athens",
    )
    assert event.start == datetime(*date, utc_hour, tzinfo=UTC)

    response = client.get(event.url, {"tz": "Europe/Lisbon"})

    assert response.status_code == 200
    text = visible_text(response)
    assert f"When {weekday}, 10:00 – 12:00 {athens_zone_name} Local time at the event (Europe/Athens)" in text
    # Lisbon is two hours behind Athens all year round (both change clocks on the same EU dates).
    assert f"Your time {weekday}, 08:00 – 10:00 {lisbon_zone_name}" in text
    assert "In your time zone (Europe/Lisbon)" in text
    # The choice is remembered for the next pages.
    assert response.cookies["visitor_tz"].value == "Europe/Lisbon"


def test_visitor_zone_comes_from_the_cookie_on_later_visits(client):
    event = EventPageFactory(
        time_zone="Europe/Athens", start=at("Europe/Athens", 2030, 7, 15, 10), end=at("Europe/Athens", 2030, 7, 15, 12)
    )
    client.cookies["visitor_tz"] = "Europe/Brussels"

    text = visible_text(client.get(event.url))

    assert "Your time Monday 15 July 2030, 09:00 – 11:00" in text
    assert "In your time zone (Europe/Brussels)" in text


def test_unknown_time_zone_shows_a_notice_and_falls_back(client):
    event = EventPageFactory(
        time_zone="Europe/Athens", start=at("Europe/Athens", 2030, 7, 15, 10), end=at("Europe/Athens", 2030, 7, 15, 12)
    )

    response = client.get(event.url, {"tz": "Mars/Olympus_Mons"})

    assert response.status_code == 200
    text = visible_text(response)
    assert "“Mars/Olympus_Mons” is not a time zone we know" in text
    assert "Your time Monday 15 July 2030, 09:00 – 11:00" in text  # the platform's zone, Brussels
    assert "visitor_tz" not in response.cookies


def test_visitor_in_the_same_zone_is_told_so(client):
    event = EventPageFactory(
        time_zone="Europe/Lisbon", start=at("Europe/Lisbon", 2030, 7, 15, 10), end=at("Europe/Lisbon", 2030, 7, 15, 12)
    )

    text = visible_text(client.get(event.url, {"tz": "Europe/Lisbon"}))

    assert "The same in your time zone (Europe/Lisbon)." in text


def test_event_calendar_file_carries_the_athens_instant(client):
    event = EventPageFactory(
        time_zone="Europe/Athens", start=at("Europe/Athens", 2030, 7, 15, 10), end=at("Europe/Athens", 2030, 7, 15, 12)
    )

    response = client.get(event.calendar_url())

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    start = vevent.decoded("DTSTART")
    assert start == datetime(2030, 7, 15, 7, tzinfo=UTC)
    assert (start.hour, str(vevent["DTSTART"].params["TZID"])) == (10, "Europe/Athens")
    assert vevent.decoded("DTEND") == datetime(2030, 7, 15, 9, tzinfo=UTC)
    # Calendar programs need the zone's rules, whatever zone they are in.
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Athens"]


def test_event_across_a_clock_change_keeps_both_local_times(client):
    # 31 March 2030: clocks go forward in the EU at 01:00 UTC.
    event = EventPageFactory(
        time_zone="Europe/Lisbon", start=at("Europe/Lisbon", 2030, 3, 30, 22), end=at("Europe/Lisbon", 2030, 3, 31, 9)
    )

    text = visible_text(client.get(event.url, {"tz": "Europe/Athens"}))

    assert "When Saturday 30 March 2030, 22:00 WET – Sunday 31 March 2030, 09:00 WEST" in text
    # For the visitor in Athens it all happens on the Sunday.
    assert "Your time Sunday 31 March 2030, 00:00 EET – 11:00 EEST" in text


def test_without_a_chosen_zone_the_page_never_calls_the_platform_zone_yours(client):
    # The defect seen from Lisbon: "The same in your time zone (Europe/Brussels)" while the selector said Lisbon.
    event = EventPageFactory(
        time_zone="Europe/Brussels", start=at("Europe/Brussels", 2030, 7, 15, 10), end=at("Europe/Brussels", 2030, 7, 15, 12)
    )

    response = client.get(event.url)
    html = response.content.decode()
    text = visible_text(response)

    assert "your time zone (Europe/Brussels)" not in text
    assert "The same in Europe/Brussels; choose your time zone below." in text
    # The page script (from our own origin) detects the browser's zone from this mark; none is inline.
    assert 'data-detect-zone="Europe/Brussels"' in html
    assert '<script src="/static/js/timezone.js" defer></script>' in html
    assert "<script>" not in html


def test_the_listing_shows_each_event_in_the_visitors_zone_too(client):
    EventPageFactory(
        title="Athens info day",
        time_zone="Europe/Athens",
        start=at("Europe/Athens", 2030, 7, 15, 10),
        end=at("Europe/Athens", 2030, 7, 15, 12),
    )
    EventPageFactory(
        title="Lisbon workshop",
        time_zone="Europe/Lisbon",
        start=at("Europe/Lisbon", 2030, 7, 16, 10),
        end=at("Europe/Lisbon", 2030, 7, 16, 12),
    )

    response = client.get("/events/", {"tz": "Europe/Lisbon"})
    text = visible_text(response)

    assert "Monday 15 July 2030, 10:00 – 12:00 EEST Your time (Europe/Lisbon): Monday 15 July 2030, 08:00 – 10:00 WEST" in text
    # The Lisbon workshop reads the same on a Lisbon clock: its time is said once.
    assert text.count("Your time (Europe/Lisbon)") == 1
    assert response.cookies["visitor_tz"].value == "Europe/Lisbon"
    assert "data-detect-zone" not in response.content.decode()

    # The next pages remember it: the event page says the same zone as the listing.
    event_text = visible_text(client.get("/events/athens-info-day/"))
    assert "Your time Monday 15 July 2030, 08:00 – 10:00 WEST In your time zone (Europe/Lisbon)" in event_text


def test_the_listing_offers_each_event_as_a_calendar_file(client):
    event = EventPageFactory(title="Webinar", start=at("Europe/Brussels", 2030, 7, 15, 10))

    html = client.get("/events/").content.decode()

    assert f'<a href="{event.calendar_url()}" download>Add to calendar (.ics)' in html
    assert client.get(event.calendar_url())["Content-Type"].startswith("text/calendar")


def test_the_zone_choice_offers_every_zone_with_the_visitors_own_chosen(client):
    """The <select> is built once per language and marked per visitor: each visitor sees their own zone chosen."""
    from innoprocure.core.timezones import zone_choices

    event = EventPageFactory(start=at("Europe/Athens", 2030, 7, 15, 10), end=at("Europe/Athens", 2030, 7, 15, 12))
    pages = (
        ("/events/", "America/New_York", "Universal"),
        (event.url, "Asia/Tokyo", "Universal"),
        ("/de/events/", "Europe/Lisbon", "Weltzeit"),
    )
    for path, zone, universal in pages:
        client.cookies["visitor_tz"] = zone
        select = re.search(r'<select name="tz" id="id_tz">(.*?)</select>', client.get(path).content.decode(), re.S).group(1)
        assert re.findall(r'<option value="([^"]+)"', select) == [value for value, _label in zone_choices()]
        assert re.findall(r'<option value="([^"]+)" selected>', select) == [zone]
        assert f'<optgroup label="{universal}"><option value="UTC">UTC</option></optgroup>' in select
