"""/api/v1/events: the listing's filters, the detail, and 400s with a JSON body for bad parameters."""

from datetime import timedelta

import pytest
from django.utils import timezone

from innoprocure.core.models import Country
from innoprocure.events.tests.factories import EventPageFactory, at

pytestmark = pytest.mark.django_db


@pytest.fixture
def events():
    now = timezone.now()
    return [
        EventPageFactory(
            title="Athens workshop",
            event_type="workshop",
            event_format="physical",
            time_zone="Europe/Athens",
            country=Country.objects.get(code="GR"),
            start=at("Europe/Athens", 2031, 5, 12, 10),
        ),
        EventPageFactory(
            title="Online webinar",
            event_type="webinar",
            start=at("Europe/Brussels", 2031, 6, 1, 14),
            agenda=[
                ("item", {"start_time": "14:00", "end_time": "14:30", "title": "Opening", "speakers": "", "description": ""})
            ],
        ),
        EventPageFactory(title="Past training", event_type="training", start=now - timedelta(days=20)),
    ]


def test_list_upcoming_events_with_times_in_their_own_zone(client, events):
    response = client.get("/api/v1/events")

    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 2
    assert [item["title"] for item in data["results"]] == ["Athens workshop", "Online webinar"]
    athens = data["results"][0]
    assert (athens["start"], athens["time_zone"]) == ("2031-05-12T10:00:00+03:00", "Europe/Athens")
    assert athens["url"].endswith("/events/athens-workshop/")
    assert athens["calendar_url"].endswith("/events/athens-workshop/calendar.ics")
    assert athens["country"] == "GR"


def test_list_filters_past_and_by_type_country_month_online(client, events):
    def titles(**params):
        return [item["title"] for item in client.get("/api/v1/events", params).json()["results"]]

    assert titles(when="past") == ["Past training"]
    assert titles(type="workshop") == ["Athens workshop"]
    assert titles(country="GR") == ["Athens workshop"]
    assert titles(month="2031-06") == ["Online webinar"]
    assert titles(online="1") == ["Online webinar"]


def test_pages_of_results(client, events):
    data = client.get("/api/v1/events", {"page_size": 1, "page": 2}).json()

    assert (data["count"], data["page"], data["pages"]) == (2, 2, 2)
    assert [item["title"] for item in data["results"]] == ["Online webinar"]


def test_detail_has_the_agenda(client, events):
    response = client.get(f"/api/v1/events/{events[1].pk}")

    assert response.status_code == 200
    assert response.json()["agenda"] == [
        {
            "kind": "item",
            "day": None,
            "start_time": "14:00",
            "end_time": "14:30",
            "title": "Opening",
            "speakers": "",
            "description": "",
        }
    ]


@pytest.mark.parametrize(
    ("params", "parameter"),
    [({"month": "2024-13"}, "month"), ({"type": "xyz"}, "type"), ({"when": "soon"}, "when"), ({"page_size": "500"}, "page_size")],
)
def test_bad_parameters_get_a_400_naming_the_parameter(client, events, params, parameter):
    response = client.get("/api/v1/events", params)

    assert response.status_code == 400
    assert [error["parameter"] for error in response.json()["errors"]] == [parameter]


def test_unknown_or_unpublished_event_is_a_404(client, events):
    events[0].unpublish()

    assert client.get(f"/api/v1/events/{events[0].pk}").status_code == 404
    assert client.get("/api/v1/events/999999").json() == {"detail": "No published event has this id."}
