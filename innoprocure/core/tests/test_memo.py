"""Remembered values (core/memo.py): reused without a query until a table they read is written, anywhere."""

import pytest

from innoprocure.core import memo, pagecache
from innoprocure.core.tests.test_pagecache import committed_writes, visit
from innoprocure.guidance.tests.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def memo_on(settings):
    settings.PAGE_CACHE = {**settings.PAGE_CACHE, "MEMO": True}


@pytest.fixture
def stories(home_page):
    with committed_writes():
        index = StoryIndexPageFactory(parent=home_page)
        StoryPageFactory(parent=index, title="Hospitals buy sensors together")
    return index


def story_titles():
    from innoprocure.stories.models import StoryPage

    return sorted(StoryPage.objects.live().values_list("title", flat=True))


def test_a_remembered_value_is_reused_without_a_query_until_its_table_is_written(stories, django_assert_num_queries):
    assert memo.remembered("titles", story_titles) == ["Hospitals buy sensors together"]
    with django_assert_num_queries(0):
        assert memo.remembered("titles", story_titles) == ["Hospitals buy sensors together"]
    with committed_writes():
        StoryPageFactory(parent=stories, title="Buyer groups")
    assert memo.remembered("titles", story_titles) == ["Buyer groups", "Hospitals buy sensors together"]


def test_a_write_in_another_process_is_seen_once_the_generation_is_read_again(stories, settings):
    settings.PAGE_CACHE = {**settings.PAGE_CACHE, "GENERATION_POLL_SECONDS": 0}
    memo.remembered("titles", story_titles)
    from innoprocure.stories.models import StoryPage

    StoryPage.objects.update(title="Renamed elsewhere")  # not committed: no bump from this process …
    pagecache._cache().set(pagecache.GENERATION_KEY, "another process wrote")  # … but another process said so
    pagecache._cache().set(pagecache._version_key("stories_storypage"), "new")
    assert memo.remembered("titles", story_titles) == ["Renamed elsewhere"]


def test_a_home_page_cached_from_remembered_teasers_still_follows_an_edited_teaser(client, stories, settings):
    """A page stored while a remembered value was reused depends on that value's tables all the same."""
    visit(client, "/")  # page cache off: the teasers are remembered, no page is stored
    settings.PAGE_CACHE = {**settings.PAGE_CACHE, "ENABLED": True}
    first = visit(client, "/")  # rendered from the remembered teasers, and stored
    assert first["X-Page-Cache"] == "miss" and "Hospitals buy sensors together" in first.content.decode()
    assert visit(client, "/")["X-Page-Cache"] == "hit"
    from innoprocure.stories.models import StoryPage

    with committed_writes():  # a write to the stories' own table only, which the page read through the teasers
        StoryPage.objects.update(teaser="A teaser rewritten later.")
    assert "A teaser rewritten later." in visit(client, "/").content.decode()
