import datetime

import feedparser
import pytest

from innoprocure.guidance.tests.factories import StoryIndexPageFactory, StoryPageFactory
from innoprocure.stories.models import StoryCategory

FORMATS = {"rss": ("rss20", "application/rss+xml"), "atom": ("atom10", "application/atom+xml")}
BASE = "https://procurement.example.eu"


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE


@pytest.fixture
def stories(home_page):
    index = StoryIndexPageFactory(parent=home_page)
    created = []
    for number, category in enumerate(StoryCategory.values * 2):
        created.append(
            StoryPageFactory(
                parent=index,
                title=f"{category.title()} news {number} & <more>",
                teaser=f"What happened in {category} — “quoted” & <b>bold</b>.",
                category=category,
                date=datetime.date(2019 + number % 8, 1 + number, 5),
                tags=["pcp", "health"] if number % 2 else [],
            )
        )
    return created


def parse(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, f"{url}: {parsed.get('bozo_exception')}"
    return response, parsed


@pytest.mark.parametrize("kind", FORMATS)
def test_the_feed_of_all_stories_is_valid_and_complete(client, stories, kind):
    response, parsed = parse(client, f"/stories/feed/{kind}/")
    version, content_type = FORMATS[kind]
    assert parsed.version == version
    assert response["Content-Type"].startswith(content_type)
    assert parsed.feed.title == "Innovation Procurement Platform – Stories"
    assert len(parsed.entries) == len(stories)
    newest = max(stories, key=lambda story: story.date)
    entry = parsed.entries[0]
    assert entry.title == newest.title
    assert entry.link == f"{BASE}{newest.url}"
    assert "“quoted” & <b>bold</b>" in entry.summary or "“quoted” &amp; &lt;b&gt;bold&lt;/b&gt;" in entry.summary
    assert entry.published_parsed[:3] == newest.date.timetuple()[:3]
    assert {entry.id for entry in parsed.entries}.__len__() == len(stories)


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("category", StoryCategory.values)
def test_each_category_has_its_own_valid_feed(client, stories, kind, category):
    _response, parsed = parse(client, f"/stories/category/{category}/feed/{kind}/")
    expected = {story.title for story in stories if story.category == category}
    assert {entry.title for entry in parsed.entries} == expected
    label = StoryCategory(category).label
    assert parsed.feed.title.endswith(f"Stories: {label}")
    for entry in parsed.entries:
        assert label in [tag.term for tag in entry.tags]


def test_feed_parameters_narrow_the_entries(client, stories):
    _response, parsed = parse(client, "/stories/feed/rss/?limit=3")
    assert len(parsed.entries) == 3
    _response, parsed = parse(client, "/stories/feed/atom/?tag=pcp")
    assert len(parsed.entries) == 6
    _response, parsed = parse(client, "/stories/feed/atom/?year=2019")
    assert {entry.title for entry in parsed.entries} == {story.title for story in stories if story.date.year == 2019}
    _response, parsed = parse(client, "/stories/feed/rss/?tag=never-used")
    assert parsed.entries == []


def test_an_empty_feed_is_still_valid(client, home_page):
    StoryIndexPageFactory(parent=home_page)
    for kind in FORMATS:
        _response, parsed = parse(client, f"/stories/feed/{kind}/")
        assert parsed.entries == []


def test_an_unknown_category_in_a_feed_address_is_404(client, stories):
    assert client.get("/stories/category/gossip/feed/rss/").status_code == 404
    assert client.get("/stories/category/gossip/feed/atom/").status_code == 404


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "limit=abc", "year=19", "year=abcd", "tag=%3Cb%3E", "year=2019-01"])
def test_malformed_feed_parameters_are_400(client, stories, query):
    for url in (f"/stories/feed/rss/?{query}", f"/stories/category/policy/feed/atom/?{query}"):
        response = client.get(url)
        assert response.status_code == 400, url
        assert response.content.decode().split(":")[0] in query


def self_link(parsed):
    return next(link.href for link in parsed.feed.links if link.rel == "self")


@pytest.mark.parametrize("kind", FORMATS)
def test_a_filtered_feed_keeps_its_filters_in_its_title_and_links(client, stories, kind):
    _response, parsed = parse(client, f"/stories/category/policy/feed/{kind}/?year=2019&tag=pcp&limit=5")
    assert parsed.feed.title == "Innovation Procurement Platform – Stories: Policy (2019, tagged “pcp”)"
    assert self_link(parsed) == f"{BASE}/stories/category/policy/feed/{kind}/?year=2019&tag=pcp&limit=5"
    assert parsed.feed.link == f"{BASE}/stories/?category=policy&year=2019&tag=pcp"
    _response, parsed = parse(client, f"/stories/feed/{kind}/")
    assert self_link(parsed) == f"{BASE}/stories/feed/{kind}/"


def test_atom_ids_stay_the_same_whatever_host_the_reader_used(client, stories):
    _response, one = parse(client, "/stories/feed/atom/", HTTP_HOST="mirror.example.org")
    _response, other = parse(client, "/stories/feed/atom/")
    assert one.feed.id == other.feed.id == f"{BASE}/stories/"
    assert [entry.id for entry in one.entries] == [entry.id for entry in other.entries]
    assert all(entry.id.startswith("tag:procurement.example.eu,") for entry in one.entries)
    assert "mirror.example.org" not in client.get("/stories/feed/rss/", HTTP_HOST="mirror.example.org").content.decode()


def test_a_feed_answers_304_while_nothing_changed(client, stories):
    response = client.get("/stories/feed/atom/")
    assert client.get("/stories/feed/atom/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
