"""Editors type an event's times as the clock shows them where the event takes place."""

from datetime import UTC, datetime

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from innoprocure.events.models import EventPage
from innoprocure.events.tests.factories import EventPageFactory, at, events_index, signed_in_administrator

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, settings):
    return signed_in_administrator(client, settings)


def form_data(**overrides):
    data = {
        "title": "Athens info day",
        "slug": "athens-info-day",
        "event_type": "info-day",
        "summary": "Buying for the green transition.",
        "time_zone": "Europe/Athens",
        "start": "2031-07-15 10:00",
        "end": "2031-07-15 12:00",
        "event_format": "physical",
        "city": "Athens",
        "organiser": "Greek competence centre",
        "agenda": streamfield([]),
        "body": streamfield([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_times_typed_by_an_editor_are_read_in_the_event_zone(admin_client):
    index = events_index()

    response = admin_client.post(f"/admin/pages/add/events/eventpage/{index.pk}/", form_data())

    assert response.status_code == 302, response.content.decode()[:2000]
    event = EventPage.objects.get(slug="athens-info-day")
    # 10:00 in Athens (summer, UTC+3), whatever zone the editor's browser or account is in.
    assert event.start == datetime(2031, 7, 15, 7, tzinfo=UTC)
    assert event.end == datetime(2031, 7, 15, 9, tzinfo=UTC)


def test_edit_form_shows_the_event_wall_clock_time(admin_client):
    event = EventPageFactory(
        time_zone="Europe/Athens", start=at("Europe/Athens", 2031, 7, 15, 10), end=at("Europe/Athens", 2031, 7, 15, 12)
    )

    html = admin_client.get(f"/admin/pages/{event.pk}/edit/").content.decode()

    assert 'value="2031-07-15 10:00"' in html


def test_end_before_start_is_refused_next_to_the_field(admin_client):
    index = events_index()

    response = admin_client.post(f"/admin/pages/add/events/eventpage/{index.pk}/", form_data(end="2031-07-15 09:00"))

    assert response.status_code == 200
    assert "The event cannot end before it starts." in response.content.decode()
    assert not EventPage.objects.filter(slug="athens-info-day").exists()


def test_all_day_events_cover_whole_local_days(admin_client):
    index = events_index()

    admin_client.post(
        f"/admin/pages/add/events/eventpage/{index.pk}/",
        form_data(all_day="on", start="2031-09-10 14:00", end="2031-09-11 09:00", time_zone="Europe/Helsinki"),
    )

    event = EventPage.objects.get(slug="athens-info-day")
    assert (event.local_start.isoformat(), event.local_end.isoformat()) == (
        "2031-09-10T00:00:00+03:00",
        "2031-09-11T23:59:59+03:00",
    )
