"""The events listing: upcoming by default, past on its own tab, filters, pagination, and bad filter values."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from innoprocure.core.models import Country
from innoprocure.events.tests.factories import EventPageFactory, at, events_index

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


@pytest.fixture
def now():
    return timezone.now().replace(microsecond=0)


def test_upcoming_events_soonest_first_and_past_ones_on_their_own_tab(client, now):
    EventPageFactory(title="Next month", start=now + timedelta(days=30))
    EventPageFactory(title="Tomorrow", start=now + timedelta(days=1))
    EventPageFactory(title="Happening now", start=now - timedelta(hours=1), end=now + timedelta(hours=1))
    EventPageFactory(title="Last week", start=now - timedelta(days=7))
    EventPageFactory(title="Last year", start=now - timedelta(days=365))

    upcoming = client.get("/events/")
    past = client.get("/events/past/")
    past_by_parameter = client.get("/events/", {"when": "past"})

    assert titles(upcoming) == ["Happening now", "Tomorrow", "Next month"]
    assert titles(past) == ["Last week", "Last year"]
    assert titles(past_by_parameter) == ["Last week", "Last year"]
    assert "3 events" in upcoming.content.decode()


def test_filters_by_type_country_month_and_online(client, now):
    greece = Country.objects.get(code="GR")
    EventPageFactory(
        title="Athens workshop",
        event_type="workshop",
        event_format="physical",
        country=greece,
        time_zone="Europe/Athens",
        start=at("Europe/Athens", 2031, 5, 12, 10),
    )
    EventPageFactory(
        title="Online webinar", event_type="webinar", event_format="online", start=at("Europe/Brussels", 2031, 5, 20, 14)
    )
    EventPageFactory(
        title="Hybrid info day",
        event_type="info-day",
        event_format="hybrid",
        country=greece,
        start=at("Europe/Brussels", 2031, 6, 2, 9),
    )

    assert titles(client.get("/events/", {"type": "workshop"})) == ["Athens workshop"]
    assert titles(client.get("/events/", {"country": "GR"})) == ["Athens workshop", "Hybrid info day"]
    assert titles(client.get("/events/", {"month": "2031-05"})) == ["Athens workshop", "Online webinar"]
    assert titles(client.get("/events/", {"online": "1"})) == ["Online webinar", "Hybrid info day"]
    assert titles(client.get("/events/", {"country": "gr", "online": "1", "month": "2031-06"})) == ["Hybrid info day"]
    # The filter panel keeps the choice.
    assert '<option value="workshop" selected>' in client.get("/events/", {"type": "workshop"}).content.decode()


def test_month_filter_includes_events_that_started_before_the_month(client):
    EventPageFactory(
        title="Long training", start=at("Europe/Brussels", 2031, 4, 28, 9), end=at("Europe/Brussels", 2031, 5, 2, 17)
    )

    assert titles(client.get("/events/", {"month": "2031-05"})) == ["Long training"]
    assert titles(client.get("/events/", {"month": "2031-06"})) == []


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"month": "2024-13"}, "“2024-13” is not a month; write it as YYYY-MM"),
        ({"month": "May"}, "“May” is not a month"),
        ({"type": "xyz"}, "There is no event type “xyz”."),
        ({"country": "ZZ"}, "“ZZ” is not a country code we know."),
        ({"online": "maybe"}, "“online” takes 1"),
        ({"when": "someday"}, "“someday” is neither upcoming nor past."),
    ],
)
def test_invalid_filter_values_are_ignored_with_a_notice(client, now, params, message):
    EventPageFactory(title="Still listed", start=now + timedelta(days=3))

    response = client.get("/events/", params)

    assert response.status_code == 200
    assert "Some filters were not understood and have been ignored" in response.content.decode()
    assert message in response.content.decode()
    assert titles(response) == ["Still listed"]


def test_pagination_keeps_the_filters(client, now):
    for day in range(12):
        EventPageFactory(title=f"Webinar day {day + 1:02d}", event_type="webinar", start=now + timedelta(days=day + 1))
    EventPageFactory(title="A workshop", event_type="workshop", start=now + timedelta(days=2))

    first = client.get("/events/", {"type": "webinar"})
    second = client.get("/events/", {"type": "webinar", "page": "2"})
    beyond = client.get("/events/", {"type": "webinar", "page": "99"})

    assert len(titles(first)) == 10
    assert titles(second) == ["Webinar day 11", "Webinar day 12"]
    assert 'href="?type=webinar&amp;page=2"' in first.content.decode()
    assert titles(beyond) == titles(second)  # out of range: the last page, not an error
    assert client.get("/events/", {"page": "abc"}).status_code == 200


def test_events_elsewhere_in_the_tree_or_unpublished_are_not_listed(client, now):
    event = EventPageFactory(title="Draft event", start=now + timedelta(days=3))
    event.unpublish()

    assert titles(client.get("/events/")) == []
    assert client.get(event.url or "/events/draft-event/").status_code == 404


def test_event_page_shows_the_facts_and_the_calendar_link(client, now):
    event = EventPageFactory(
        title="Lisbon knowledge exchange",
        event_type="knowledge-exchange",
        event_format="hybrid",
        time_zone="Europe/Lisbon",
        venue="Conference centre",
        city="Lisbon",
        country=Country.objects.get(code="PT"),
        cost_type="free",
        registration_url="https://register.example.eu/lisbon",
        registration_deadline=now + timedelta(days=5),
        start=now + timedelta(days=10),
        agenda=[
            (
                "item",
                {"start_time": "09:30", "end_time": "10:00", "title": "Welcome by the host", "speakers": "", "description": ""},
            )
        ],
    )

    html = client.get(event.url).content.decode()

    assert "Knowledge-exchange meeting · Hybrid (in person and online)" in html
    assert "Conference centre, Lisbon, Portugal" in html
    assert 'href="https://register.example.eu/lisbon"' in html
    assert "Registration closes on" in html
    assert "Welcome by the host" in html and "09:30–10:00" in html
    assert f'href="/events/{event.slug}/calendar.ics"' in html


def test_past_event_says_so_and_closes_registration(client, now):
    event = EventPageFactory(start=now - timedelta(days=3), registration_url="https://register.example.eu/old")

    html = client.get(event.url).content.decode()

    assert "This event has taken place." in html
    assert "Registration is closed." in html
    assert "https://register.example.eu/old" not in html


def test_listing_works_without_any_event(client):
    events_index()

    response = client.get("/events/")

    assert response.status_code == 200
    assert "No upcoming events match these filters." in response.content.decode()
