"""Feeds, the sitemap and the open-data documents answer a conditional GET with 304."""

from datetime import timedelta

import pytest

pytestmark = pytest.mark.django_db

POLLED = [
    "/sitemap.xml",
    "/sitemap-pages.xml",
    "/stories/feed/atom/",
    "/stories/feed/rss/?year=2025",
    "/opportunities/feed/",
    "/resources/feed/atom/",
    "/resources/feed/rss/?type=case-study",
    "/events/calendar.ics",  # stamped with each event's last publication, not the time of the request
    "/opensearch.xml",
    "/catalog.ttl",
]


def a_few_seconds_later(monkeypatch):
    """Ask again later, as a feed reader does: an answer stamped with the time of the request would differ."""
    from django.utils import timezone

    now = timezone.now
    monkeypatch.setattr(timezone, "now", lambda: now() + timedelta(seconds=5))


@pytest.mark.parametrize("url", POLLED)
def test_a_repeated_request_with_the_etag_gets_304_without_a_body(demo_database, client, url, monkeypatch):
    first = client.get(url)
    assert first.status_code == 200, url
    etag = first["ETag"]
    a_few_seconds_later(monkeypatch)
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert client.get(url, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_the_catalogue_changes_its_etag_when_a_resource_changes(demo_database, client):
    from innoprocure.resources.models import Resource

    etag = client.get("/catalog.ttl")["ETag"]
    resource = Resource.objects.filter(live=True).first()
    resource.summary = "A new summary."
    resource.save_revision().publish()
    assert client.get("/catalog.ttl", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_html_pages_are_left_alone(demo_database, client):
    assert not client.get("/").has_header("ETag")


def test_an_event_calendar_answers_304_until_the_event_changes(demo_database, client, monkeypatch):
    from innoprocure.events.models import EventPage

    event = EventPage.objects.live().order_by("start").first()
    url = f"/events/{event.slug}/calendar.ics"
    etag = client.get(url)["ETag"]
    a_few_seconds_later(monkeypatch)
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    event.summary = "A new summary."
    event.save_revision().publish()
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200
    assert client.get("/events/calendar.ics", HTTP_IF_NONE_MATCH=etag).status_code == 200
