import datetime

import pytest

from innoprocure.guidance.tests.factories import ResourceFactory, StoryIndexPageFactory, StoryPageFactory
from innoprocure.stories import teasers
from innoprocure.stories.models import StoryCategory


@pytest.fixture
def index(home_page):
    return StoryIndexPageFactory(parent=home_page)


@pytest.fixture
def stories(index):
    """One story per category, in different years; a funding story tagged 'pcp'."""
    created = {}
    for number, category in enumerate(StoryCategory.values):
        created[category] = StoryPageFactory(
            parent=index,
            title=f"A {category} story",
            category=category,
            date=datetime.date(2020 + number, 3, 10),
            tags=["pcp"] if category == "funding" else ["health"],
        )
    return created


def test_listing_shows_stories_newest_first_with_feeds_in_the_head(client, stories):
    html = client.get("/stories/").content.decode()
    titles = [f"A {category} story" for category in reversed(StoryCategory.values)]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)
    assert '<link rel="alternate" type="application/rss+xml" title="Stories (RSS)" href="/stories/feed/rss/">' in html
    assert '<link rel="alternate" type="application/atom+xml" title="Stories (Atom)" href="/stories/feed/atom/">' in html


def test_listing_filters_by_category_year_and_tag(client, stories):
    html = client.get("/stories/?category=funding").content.decode()
    assert "A funding story" in html and "A policy story" not in html
    assert 'href="/stories/category/funding/feed/rss/"' in html  # the category's own feed is advertised

    html = client.get("/stories/?year=2020").content.decode()
    assert "A policy story" in html and "A projects story" not in html

    html = client.get("/stories/?tag=pcp").content.decode()
    assert "A funding story" in html and "A network story" not in html

    html = client.get("/stories/?category=policy&year=2021").content.decode()
    assert "No story matches these filters." in html


@pytest.mark.parametrize(
    "query",
    ["category=gossip", "year=1999", "year=twenty", "tag=no-such-tag", "tag=%3Cscript%3E", "page=abc", "page=999", "year="],
)
def test_unknown_filter_values_give_a_notice_not_an_error(client, stories, query):
    response = client.get(f"/stories/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "A policy story" in html
    if query.split("=")[1] and not query.startswith("page"):
        assert "have been ignored" in html
    assert "<script>" not in html.split("<body")[1].split('<script src="/static/js/site.js"')[0]


def test_category_address_leads_to_the_filtered_listing(client, stories):
    response = client.get("/stories/category/events/")
    assert response.status_code == 302 and response["Location"] == "/stories/?category=events"
    assert client.get("/stories/category/gossip/").status_code == 404


def test_listing_is_paginated_keeping_the_filters(client, index):
    for number in range(23):
        StoryPageFactory(parent=index, title=f"Funding story {number:02d}", category="funding", date=datetime.date(2023, 1, 1))
    StoryPageFactory(parent=index, title="Lonely policy story", category="policy")
    first = client.get("/stories/?category=funding").content.decode()
    assert "23 stories" in first
    assert "Page 1 of 3" in first
    assert 'href="?category=funding&amp;page=2"' in first
    third = client.get("/stories/?category=funding&page=3").content.decode()
    assert third.count('class="card"') == 3
    assert "Lonely policy story" not in third


def test_story_page_shows_its_facts_tags_and_live_related_resources(client, index):
    live = ResourceFactory(title="PCP handbook for hospitals")
    draft = ResourceFactory(title="Unfinished draft resource", live=False)
    story = StoryPageFactory(
        parent=index,
        title="Hospitals buy together",
        category="projects",
        date=datetime.date(2025, 2, 14),
        tags=["health", "joint procurement"],
        resources=[live, draft],
    )
    html = client.get(story.url).content.decode()
    assert "<h1>Hospitals buy together</h1>" in html
    assert '<time datetime="2025-02-14">14 February 2025</time>' in html
    assert 'href="/stories/?tag=joint-procurement"' in html
    assert f'href="{live.get_absolute_url()}"' in html
    assert "Unfinished draft resource" not in html
    assert 'href="/stories/category/projects/feed/atom/"' in html


def test_unpublished_stories_are_nowhere(client, index):
    story = StoryPageFactory(parent=index, title="Embargoed story")
    story.unpublish()
    assert "Embargoed story" not in client.get("/stories/").content.decode()
    assert "Embargoed story" not in client.get("/stories/feed/rss/").content.decode()
    assert teasers.latest() == []


def test_home_page_teasers_are_the_latest_stories(stories):
    latest = teasers.latest(limit=2)
    assert [teaser.title for teaser in latest] == ["A events story", "A interviews story"]
    assert latest[0].kicker == "Events" and latest[0].url == "/stories/a-events-story/"
    assert teasers.SECTION[0] == 20 and teasers.SECTION[2] == "/stories/"
