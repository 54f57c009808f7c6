"""The public API follows HTTP: HEAD, OPTIONS, CORS on public reads only, ETag/Last-Modified/304, rate-limit
headers and a JSON 429, JSON 404/405, one list envelope with next/previous links and a Link header."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.utils.http import http_date

from innoprocure.search.tests.factories import ResourceFactory
from innoprocure.search.tests.fixtures import fresh_cache, resource_centre  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "resource_centre")]

LIST = "/api/v1/resources"


@pytest.fixture
def resources():
    return [
        ResourceFactory(title=f"Guide {number}", summary="How to buy innovation.", resource_type="guidance")
        for number in range(3)
    ]


def links(response):
    return {rel: url for url, rel in re.findall(r'<([^>]+)>; rel="(\w+)"', response.get("Link", ""))}


def test_head_answers_like_get_without_a_body(client, resources):
    get = client.get(LIST)
    head = client.head(LIST)
    assert head.status_code == 200
    assert head.content == b""
    assert head["Content-Type"] == get["Content-Type"] == "application/json; charset=utf-8"
    assert int(head["Content-Length"]) == len(get.content)
    assert head["ETag"] == get["ETag"]
    detail = client.head(f"{LIST}/{resources[0].pk}")
    assert detail.status_code == 200 and detail.content == b""
    missing = client.head(f"{LIST}/999999")
    assert missing.status_code == 404 and missing["Content-Type"].startswith("application/json")


def test_options_tells_the_methods_and_a_preflight_is_allowed_from_any_origin(client):
    options = client.options(LIST)
    assert options.status_code == 204
    assert options["Allow"] == "GET, HEAD, OPTIONS"
    preflight = client.options(
        LIST,
        headers={"Origin": "https://data.example.org", "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]
    assert int(preflight["Access-Control-Max-Age"]) > 0


def test_other_methods_are_a_json_405_naming_the_allowed_ones(client):
    for method in (client.post, client.put, client.delete):
        response = method(LIST)
        assert response.status_code == 405
        assert response["Content-Type"].startswith("application/json") and response.json()["detail"]
        assert response["Allow"] == "GET, HEAD, OPTIONS"
    unknown = client.get("/api/v1/no-such-thing")
    assert unknown.status_code == 404 and unknown.json()["detail"]


def test_cors_on_the_public_api_only(client, resources):
    response = client.get(LIST, headers={"Origin": "https://data.example.org"})
    assert response["Access-Control-Allow-Origin"] == "*"
    exposed = response["Access-Control-Expose-Headers"]
    assert {"ETag", "Link", "RateLimit-Remaining", "Retry-After"} <= {name.strip() for name in exposed.split(",")}
    assert "Access-Control-Allow-Credentials" not in response
    # Pages of the site are not for other origins' scripts.
    assert "Access-Control-Allow-Origin" not in client.get("/", headers={"Origin": "https://data.example.org"})
    # Nor is any answer marked private: a signed-in person's (which their own browser may keep from no other site).
    user = get_user_model().objects.create_user("reader@example.org", "reader@example.org", "a long enough password")
    client.force_login(user)
    private = client.get(LIST, headers={"Origin": "https://data.example.org"})
    assert "no-store" in private["Cache-Control"]
    assert "Access-Control-Allow-Origin" not in private


def test_conditional_get_answers_304_while_nothing_changed(client, resources):
    first = client.get(LIST)
    etag = first["ETag"]
    assert etag.startswith('"')
    again = client.get(LIST, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag and again["Access-Control-Allow-Origin"] == "*"
    resources[0].title = "Guide zero, revised"
    resources[0].save()
    changed = client.get(LIST, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag

    detail = client.get(f"{LIST}/{resources[1].pk}")
    assert detail["Last-Modified"] == http_date(resources[1].updated_at.timestamp())
    since = client.get(f"{LIST}/{resources[1].pk}", headers={"If-Modified-Since": detail["Last-Modified"]})
    assert since.status_code == 304


def test_rate_limit_headers_and_a_json_429(client, settings):
    settings.API_RATE_LIMIT = "3/m"
    remaining = []
    for _ in range(3):
        response = client.get(LIST)
        assert response.status_code == 200
        assert response["RateLimit-Limit"] == "3" and response["RateLimit-Policy"] == "3;w=60"
        assert 1 <= int(response["RateLimit-Reset"]) <= 60
        remaining.append(int(response["RateLimit-Remaining"]))
    assert remaining == [2, 1, 0]
    assert client.options(LIST).status_code == 204  # preflights are not counted
    refused = client.get(LIST, headers={"Origin": "https://data.example.org"})
    assert refused.status_code == 429
    assert refused.json()["detail"]
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert refused["RateLimit-Remaining"] == "0"
    assert refused["Access-Control-Allow-Origin"] == "*"  # so that a page on another site can read why
    assert client.head(LIST).status_code == 429  # HEAD counts like GET


def test_rate_limits_are_per_client_address(client, settings):
    settings.API_RATE_LIMIT = "1/m"
    assert client.get(LIST).status_code == 200
    assert client.get(LIST).status_code == 429
    assert client.get(LIST, REMOTE_ADDR="192.0.2.7").status_code == 200


def test_lists_have_next_and_previous_links_and_a_link_header(client, resources):
    first = client.get(LIST, {"type": "guidance", "page_size": 1})
    body = first.json()
    assert (body["count"], body["page"], body["page_size"], body["pages"]) == (3, 1, 1, 3)
    assert body["previous"] is None
    assert body["next"] == "http://testserver/api/v1/resources?type=guidance&page_size=1&page=2"
    assert links(first) == {
        "next": body["next"],
        "first": "http://testserver/api/v1/resources?type=guidance&page_size=1&page=1",
        "last": "http://testserver/api/v1/resources?type=guidance&page_size=1&page=3",
    }
    second = client.get(body["next"])
    assert [item["id"] for item in second.json()["results"]] != [item["id"] for item in body["results"]]
    assert second.json()["previous"].endswith("page=1") and second.json()["next"].endswith("page=3")
    assert set(links(second)) == {"next", "prev", "first", "last"}
    last = client.get(second.json()["next"]).json()
    assert last["next"] is None


def test_every_list_has_the_same_envelope(client):
    from innoprocure.api.api import api

    document = api.get_openapi_schema(path_prefix="/api/v1")
    lists = [path for path in document["paths"] if "{" not in path]
    assert len(lists) >= 9
    for path in lists:
        response = client.get(path, {"when": "past"} if path.endswith("/events") else {})
        assert response.status_code == 200, path
        assert {"count", "page", "page_size", "pages", "next", "previous", "results"} <= set(response.json()), path
        assert "Link" in response and 'rel="first"' in response["Link"], path


def test_the_api_docs_render_from_the_sites_own_files(client):
    """Swagger UI from /static/ (the CSP allows scripts from the site only), not from a CDN."""
    from django.contrib.staticfiles import finders

    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    scripts = re.findall(r'<script[^>]* src="([^"]+)"', html)
    assert scripts and all(src.startswith("/static/") for src in scripts), scripts
    assert "cdn" not in html.lower()
    for src in scripts:
        assert finders.find(src.removeprefix("/static/")), src
    assert "script-src 'self'" in response["Content-Security-Policy"]
