import datetime

import feedparser
import pytest

from innoprocure.guidance.tests.factories import StoryIndexPageFactory, StoryPageFactory
from innoprocure.stories.models import StoryCategory

FORMATS = {"rss": ("rss20", "application/rss+xml"), "atom": ("atom10", "application/atom+xml")}


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


def parse(client, url):
    response = client.get(url)
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
    assert entry.link == f"http://testserver{newest.url}"
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
