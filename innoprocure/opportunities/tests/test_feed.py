"""The RSS feed of open opportunities reads cleanly with feedparser; malformed parameters get a 400."""

from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone

from innoprocure.opportunities.tests.factories import OpportunityFactory, opportunities_index

pytestmark = pytest.mark.django_db
BASE = "https://procurement.example.eu"


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE


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
    assert first.link == f"{BASE}/opportunities/{opportunities[0].slug}/"
    assert first.id == first.link  # the guid: on BASE_URL, not on the Host the reader used
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


def test_a_filtered_feed_keeps_its_filters_in_its_title_and_links(client, opportunities):
    feed = feedparser.parse(client.get("/opportunities/feed/?type=funding-call&innovation=1", HTTP_HOST="mirror.test").content)

    assert feed.bozo == 0
    assert feed.feed.title.endswith("– Funding call; innovation procurement only")
    self_link = next(link.href for link in feed.feed.links if link.rel == "self")
    assert self_link == f"{BASE}/opportunities/feed/?type=funding-call&innovation=1"
    assert feed.feed.link == f"{BASE}/opportunities/?type=funding-call&innovation=1"


def test_the_listing_links_the_feed_of_its_filters(client, opportunities):
    html = client.get("/opportunities/?type=funding-call").content.decode()

    assert 'href="/opportunities/feed/?type=funding-call"' in html
