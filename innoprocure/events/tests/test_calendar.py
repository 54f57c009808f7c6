"""Every calendar the site produces parses with icalendar; the feed filters; bad parameters get a 400."""

from datetime import date, timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from innoprocure.core.models import Country
from innoprocure.events.tests.factories import EventPageFactory, at, events_index

pytestmark = pytest.mark.django_db


def summaries(calendar):
    return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]


@pytest.fixture
def events():
    now = timezone.now()
    greece = Country.objects.get(code="GR")
    return {
        "athens": EventPageFactory(
            title="Athens workshop",
            event_type="workshop",
            country=greece,
            time_zone="Europe/Athens",
            start=at("Europe/Athens", 2031, 5, 12, 10),
        ),
        "helsinki": EventPageFactory(
            title="Helsinki webinar",
            event_type="webinar",
            time_zone="Europe/Helsinki",
            start=at("Europe/Helsinki", 2031, 6, 1, 14),
        ),
        "conference": EventPageFactory(
            title="Two-day conference",
            event_type="conference",
            all_day=True,
            start=at("Europe/Brussels", 2031, 9, 10, 0),
            end=at("Europe/Brussels", 2031, 9, 11, 0),
        ),
        "recent": EventPageFactory(title="Last month's meeting", event_type="training", start=now - timedelta(days=30)),
        "old": EventPageFactory(title="Meeting two years ago", start=now - timedelta(days=730)),
    }


def test_feed_lists_upcoming_and_recent_events_with_their_zones(client, events):
    response = client.get("/events/calendar.ics")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert summaries(calendar) == ["Last month's meeting", "Athens workshop", "Helsinki webinar", "Two-day conference"]
    assert {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")} >= {"Europe/Athens", "Europe/Helsinki"}
    uids = [str(event["UID"]) for event in calendar.walk("VEVENT")]
    assert len(set(uids)) == 4
    assert all(event.get("DTSTAMP") for event in calendar.walk("VEVENT"))
    assert str(calendar["X-WR-CALNAME"]) == "Innovation procurement events"


def test_feed_uids_stay_the_same_between_downloads(client, events):
    first = Calendar.from_ical(client.get("/events/calendar.ics").content)
    events["athens"].title = "Athens workshop (new title)"
    events["athens"].save()
    second = Calendar.from_ical(client.get("/events/calendar.ics").content)

    assert [str(e["UID"]) for e in first.walk("VEVENT")] == [str(e["UID"]) for e in second.walk("VEVENT")]


def test_all_day_events_are_dates_with_an_exclusive_end(client, events):
    response = client.get(events["conference"].calendar_url())

    (vevent,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert vevent.decoded("DTSTART") == date(2031, 9, 10)
    assert vevent.decoded("DTEND") == date(2031, 9, 12)
    assert response["Content-Disposition"] == 'attachment; filename="two-day-conference.ics"'


def test_feed_filtered_by_type_and_country(client, events):
    by_type = Calendar.from_ical(client.get("/events/calendar.ics", {"type": "webinar"}).content)
    by_country = Calendar.from_ical(client.get("/events/calendar.ics", {"country": "GR"}).content)

    assert summaries(by_type) == ["Helsinki webinar"]
    assert summaries(by_country) == ["Athens workshop"]
    assert str(by_country["X-WR-CALNAME"]) == "Innovation procurement events (Greece)"


@pytest.mark.parametrize(
    "params", [{"type": "party"}, {"country": "XX"}, {"month": "2031-13"}, {"online": "perhaps"}, {"country": "Greece"}]
)
def test_malformed_feed_parameters_get_a_400(client, events, params):
    response = client.get("/events/calendar.ics", params)

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")


def test_calendar_of_an_unknown_or_unpublished_event_is_not_found(client, events):
    events["athens"].unpublish()

    assert client.get("/events/no-such-event/calendar.ics").status_code == 404
    assert client.get(events["athens"].calendar_url()).status_code == 404


def test_empty_feed_is_still_a_valid_calendar(client):
    events_index()

    calendar = Calendar.from_ical(client.get("/events/calendar.ics").content)

    assert summaries(calendar) == []
    assert str(calendar["VERSION"]) == "2.0"


def test_every_event_calendar_parses(client, events):
    for event in events.values():
        response = client.get(event.calendar_url())
        assert response.status_code == 200
        assert summaries(Calendar.from_ical(response.content)) == [event.title]
