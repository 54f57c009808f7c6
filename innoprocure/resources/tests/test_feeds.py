"""The Resource Centre's RSS and Atom feeds: valid, filtered like the listing, titled and linked with their filters,
and addressed on BASE_URL whatever Host the reader used."""

import feedparser
import pytest

from innoprocure.search.tests.factories import ResourceFactory
from innoprocure.search.tests.fixtures import fresh_cache, resource_centre  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "resource_centre")]

BASE = "https://procurement.example.eu"
FORMATS = {"rss": ("rss20", "application/rss+xml"), "atom": ("atom10", "application/atom+xml")}


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE


@pytest.fixture
def catalogue():
    return [
        ResourceFactory(
            title="Hydrogen buses for Bolzano & <friends>",
            summary="A pre-commercial procurement of fuel cell buses.",
            resource_type="case-study",
            sectors=["mobility"],
            countries=["IT"],
            publication_year=2019,
        ),
        ResourceFactory(
            title="Market consultation checklist",
            summary="Twelve questions to ask suppliers before the tender.",
            resource_type="tool",
            sectors=["public-administration"],
            countries=["EU"],
            publication_year=2023,
        ),
        ResourceFactory(
            title="Electric buses in Hamburg",
            summary="How Hamburg bought zero-emission buses.",
            resource_type="case-study",
            sectors=["mobility"],
            countries=["DE"],
            publication_year=2021,
        ),
    ]


def parse(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, (url, response.content[:300])
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, f"{url}: {parsed.get('bozo_exception')}"
    return response, parsed


def self_link(parsed):
    return next(link.href for link in parsed.feed.links if link.rel == "self")


@pytest.mark.parametrize("kind", FORMATS)
def test_the_feed_lists_the_resources_newest_first(client, catalogue, kind):
    response, parsed = parse(client, f"/resources/feed/{kind}/")
    version, content_type = FORMATS[kind]
    assert parsed.version == version and response["Content-Type"].startswith(content_type)
    assert parsed.feed.title == "Innovation Procurement Platform – Resource Centre"
    assert [entry.title for entry in parsed.entries] == [
        "Market consultation checklist",
        "Electric buses in Hamburg",
        "Hydrogen buses for Bolzano & <friends>",
    ]
    checklist = catalogue[1]
    assert parsed.entries[0].link == f"{BASE}/resources/{checklist.slug}/"
    assert parsed.entries[0].id == f"{BASE}/resources/id/{checklist.pk}/"
    assert parsed.entries[0].summary == checklist.summary
    assert self_link(parsed) == f"{BASE}/resources/feed/{kind}/"


@pytest.mark.parametrize("kind", FORMATS)
def test_a_filtered_feed_keeps_its_filters_in_title_and_links(client, catalogue, kind):
    _response, parsed = parse(client, f"/resources/feed/{kind}/?type=case-study&country=DE&limit=5")
    assert [entry.title for entry in parsed.entries] == ["Electric buses in Hamburg"]
    assert parsed.feed.title == "Innovation Procurement Platform – Resource Centre (Type: Case study; Country: Germany)"
    assert self_link(parsed) == f"{BASE}/resources/feed/{kind}/?type=case-study&country=DE&limit=5"
    assert parsed.feed.link == f"{BASE}/resources/?type=case-study&country=DE"

    _response, parsed = parse(client, f"/resources/feed/{kind}/?q=buses")
    assert {entry.title for entry in parsed.entries} == {"Electric buses in Hamburg", "Hydrogen buses for Bolzano & <friends>"}
    assert "“buses”" in parsed.feed.title
    assert self_link(parsed) == f"{BASE}/resources/feed/{kind}/?q=buses"


def test_ids_and_links_do_not_follow_the_host_header(client, catalogue):
    _response, one = parse(client, "/resources/feed/atom/", HTTP_HOST="mirror.example.org")
    _response, other = parse(client, "/resources/feed/atom/")
    assert one.feed.id == other.feed.id == f"{BASE}/resources/"
    assert [entry.id for entry in one.entries] == [entry.id for entry in other.entries]
    assert all(entry.id.startswith(BASE) and entry.link.startswith(BASE) for entry in one.entries)


@pytest.mark.parametrize("query", ["type=poem", "year=last", "limit=0", "limit=101", "limit=x", "sort=random"])
def test_a_parameter_the_feed_cannot_use_is_a_400_with_the_reason(client, catalogue, query):
    response = client.get(f"/resources/feed/rss/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert query.split("=")[0] in response.content.decode()


def test_the_feed_answers_304_while_nothing_changed(client, catalogue):
    response = client.get("/resources/feed/rss/")
    assert client.get("/resources/feed/rss/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_the_listing_links_the_feed_of_its_current_filters(client, catalogue):
    html = client.get("/resources/?sector=mobility&q=buses").content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Resource Centre: these results (RSS)" '
        'href="/resources/feed/rss/?q=buses&amp;sector=mobility">' in html
    )
    assert 'href="/resources/feed/atom/?q=buses&amp;sector=mobility"' in html
    assert '<a href="/resources/feed/rss/?q=buses&amp;sector=mobility" type="application/rss+xml">' in html
    unfiltered = client.get("/resources/").content.decode()
    assert 'title="Resource Centre (RSS)" href="/resources/feed/rss/"' in unfiltered
