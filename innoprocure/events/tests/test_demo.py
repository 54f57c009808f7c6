"""The demo events: enough of them, past and upcoming relative to today, and a second run changes nothing."""

import io

import pytest
from django.conf import settings
from django.utils import timezone
from django.utils.html import escape

from innoprocure.demo.loaders import core as core_demo
from innoprocure.demo.loaders import events as demo
from innoprocure.events.models import EventPage

pytestmark = pytest.mark.django_db


def test_demo_events_are_varied_and_loading_twice_changes_nothing(client):
    core_demo.load(io.StringIO())
    demo.load(io.StringIO())
    first = {page.slug: (page.start, page.end, page.latest_revision_id) for page in EventPage.objects.all()}

    out = io.StringIO()
    demo.load(out)

    assert {page.slug: (page.start, page.end, page.latest_revision_id) for page in EventPage.objects.all()} == first
    assert "0 events" in out.getvalue()
    events = EventPage.objects.live()
    now = timezone.now()
    assert events.count() >= 20
    assert events.filter(end__lt=now).count() >= 5
    assert events.filter(end__gte=now).count() >= 10
    assert {"Europe/Athens", "Europe/Lisbon", "Europe/Helsinki"} <= set(events.values_list("time_zone", flat=True))
    assert set(events.values_list("event_format", flat=True)) == {"online", "physical", "hybrid"}
    assert events.filter(all_day=True).exists()
    # Every demo event page and the listing render.
    assert client.get("/events/").status_code == 200
    for event in events:
        response = client.get(event.url)
        assert response.status_code == 200
        # Invented events say so, and say how to take part.
        page = response.content.decode()
        assert "Illustrative example" in page
        assert event.registration_url and event.registration_note in page
        if event.end >= now and (event.registration_deadline is None or event.registration_deadline >= now):
            assert f'href="{escape(event.registration_url)}"' in page, event.slug
        assert escape(event.organiser) in page
        # Where it takes place: a venue and city for people who travel, "online" for those who join from afar.
        if event.event_format in ("physical", "hybrid"):
            assert event.venue and event.city and escape(event.venue) in page, event.slug
        if event.event_format in ("online", "hybrid"):
            assert escape(event.get_event_format_display()) in page and "nline" in page, event.slug
    upcoming = events.filter(end__gte=now, registration_deadline__isnull=False).exclude(event_type="knowledge-exchange")
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    assert f'href="{base}/contact/?to=platform"' in client.get(upcoming.first().url).content.decode()
    past_with_slides = client.get(events.get(slug="webinar-procurement-of-innovation-basics").url).content.decode()
    assert "/resources/innovation-procurement-in-90-minutes-training/" in past_with_slides
