import datetime

import pytest

from innoprocure.guidance.tests.factories import ResourceFactory, StoryIndexPageFactory, StoryPageFactory


@pytest.fixture
def stories(home_page):
    index = StoryIndexPageFactory(parent=home_page)
    resource = ResourceFactory(title="Guide to market consultations")
    return [
        StoryPageFactory(parent=index, title="Old policy", category="policy", date=datetime.date(2019, 6, 1)),
        StoryPageFactory(parent=index, title="New policy", category="policy", date=datetime.date(2025, 6, 1), tags=["pcp"]),
        StoryPageFactory(
            parent=index, title="A funding call", category="funding", date=datetime.date(2025, 1, 1), resources=[resource]
        ),
    ]


def test_list_is_newest_first_and_filters(client, stories):
    data = client.get("/api/v1/stories").json()
    assert data["count"] == 3 and data["pages"] == 1
    assert [story["title"] for story in data["results"]] == ["New policy", "A funding call", "Old policy"]
    assert data["results"][0]["tags"] == ["pcp"]
    assert data["results"][0]["url"] == "http://testserver/stories/new-policy/"

    assert [s["title"] for s in client.get("/api/v1/stories?category=policy&year=2025").json()["results"]] == ["New policy"]
    assert client.get("/api/v1/stories?tag=pcp").json()["count"] == 1


def test_list_pages(client, stories):
    first = client.get("/api/v1/stories?page_size=2").json()
    second = client.get("/api/v1/stories?page_size=2&page=2").json()
    assert first["pages"] == 2 and len(first["results"]) == 2
    assert [s["title"] for s in second["results"]] == ["Old policy"]
    assert client.get("/api/v1/stories?page=9").json()["results"] == []


def test_detail_has_the_body_and_related_resources(client, stories):
    data = client.get(f"/api/v1/stories/{stories[2].pk}").json()
    assert data["title"] == "A funding call"
    assert "The story in full." in data["body_html"]
    assert data["related_resources"][0]["title"] == "Guide to market consultations"


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("category=gossip", "category"),
        ("year=abc", "year"),
        ("year=1200", "year"),
        ("page=0", "page"),
        ("page_size=1000", "page_size"),
    ],
)
def test_bad_parameters_are_400_with_a_json_reason(client, stories, query, parameter):
    response = client.get(f"/api/v1/stories?{query}")
    assert response.status_code == 400
    assert response.json()["errors"][0]["parameter"] == parameter


def test_unknown_or_unpublished_story_is_404(client, stories):
    assert client.get("/api/v1/stories/999999").status_code == 404
    stories[0].unpublish()
    response = client.get(f"/api/v1/stories/{stories[0].pk}")
    assert response.status_code == 404
    assert "detail" in response.json()
