"""The RSS feed of open opportunities reads cleanly with feedparser; malformed parameters get a 400."""

from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone

from innoprocure.opportunities.tests.factories import OpportunityFactory, opportunities_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def opportunities():
    opportunities_index()
    now = timezone.now()
    return [
        OpportunityFactory(
            title="Tender for robots & sensors <phase 1>", deadline=now + timedelta(days=5), currency="EUR", budget=1500000
        ),
        OpportunityFactory(title="Funding call", opportunity_type="funding-call", deadline=now + timedelta(days=50)),
        OpportunityFactory(title="Closed tender", deadline=now - timedelta(days=1)),
    ]


def test_feed_lists_open_opportunities_soonest_first(client, opportunities):
    response = client.get("/opportunities/feed/")

    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0
    assert feed.version == "rss20"
    assert [entry.title for entry in feed.entries] == ["Tender for robots & sensors <phase 1>", "Funding call"]
    first = feed.entries[0]
    assert first.link == f"http://testserver/opportunities/{opportunities[0].slug}/"
    assert "Budget: €1,500,000" in first.summary
    assert "Deadline:" in first.summary


def test_feed_filtered_by_type(client, opportunities):
    feed = feedparser.parse(client.get("/opportunities/feed/", {"type": "funding-call"}).content)

    assert feed.bozo == 0
    assert [entry.title for entry in feed.entries] == ["Funding call"]


@pytest.mark.parametrize("params", [{"type": "raffle"}, {"country": "XX"}, {"status": "closed"}, {"flag": "nonsense"}])
def test_malformed_feed_parameters_get_a_400(client, opportunities, params):
    assert client.get("/opportunities/feed/", params).status_code == 400


def test_empty_feed_is_valid(client):
    opportunities_index()

    feed = feedparser.parse(client.get("/opportunities/feed/").content)

    assert (feed.bozo, feed.entries) == (0, [])


def test_listing_advertises_the_feed(client, opportunities):
    html = client.get("/opportunities/").content.decode()

    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/opportunities/feed/"' in html
