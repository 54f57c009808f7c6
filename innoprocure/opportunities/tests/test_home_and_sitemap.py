"""Open opportunities on the home page, soonest deadline first; every published one in the sitemap."""

from datetime import timedelta

import pytest
from django.utils import timezone

from innoprocure.opportunities import teasers
from innoprocure.opportunities.sitemaps import OpportunitySitemap
from innoprocure.opportunities.tests.factories import OpportunityFactory, opportunities_index

pytestmark = pytest.mark.django_db


def test_home_page_teasers_are_open_ones_by_soonest_deadline():
    opportunities_index()
    now = timezone.now()
    OpportunityFactory(title="Later", deadline=now + timedelta(days=90))
    OpportunityFactory(title="Sooner", deadline=now + timedelta(days=4), budget=250000, currency="EUR")
    OpportunityFactory(title="Closed", deadline=now - timedelta(days=4))
    OpportunityFactory(title="No deadline", deadline=None)

    items = teasers.latest(limit=3)

    assert [item.title for item in items] == ["Sooner", "Later", "No deadline"]
    assert items[0].url == "/opportunities/sooner/"
    assert items[0].meta[0] == "Closing soon"
    assert "€250,000" in items[0].meta
    assert teasers.SECTION[0] == 40 and teasers.SECTION[2] == "/opportunities/"


def test_sitemap_lists_published_opportunities_open_and_closed():
    opportunities_index()
    now = timezone.now()
    OpportunityFactory(title="Open", deadline=now + timedelta(days=9))
    OpportunityFactory(title="Archived", deadline=now - timedelta(days=9))
    OpportunityFactory(title="Hidden", live=False)

    sitemap = OpportunitySitemap()
    locations = sorted(sitemap.location(item) for item in sitemap.items())

    assert locations == ["/opportunities/archived/", "/opportunities/open/"]


def test_home_page_shows_the_section(client, home_page):
    opportunities_index()
    OpportunityFactory(title="A call on the home page")

    assert "A call on the home page" in client.get("/").content.decode()
