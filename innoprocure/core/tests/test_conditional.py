"""Feeds, the sitemap and the open-data documents answer a conditional GET with 304."""

import pytest

pytestmark = pytest.mark.django_db

# Not the calendars: they stamp every answer with the time (DTSTAMP), so their ETag changes on each request.
POLLED = ["/sitemap.xml", "/stories/feed/atom/", "/opportunities/feed/", "/catalog.ttl"]


@pytest.mark.parametrize("url", POLLED)
def test_a_repeated_request_with_the_etag_gets_304_without_a_body(demo_database, client, url):
    first = client.get(url)
    assert first.status_code == 200, url
    etag = first["ETag"]
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
