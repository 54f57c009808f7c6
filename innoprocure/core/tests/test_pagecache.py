"""Anonymous visitors get whole pages from the cache; any committed edit of what a page shows makes it fresh again.

Writes reach the cache when their transaction commits; the tests' transactions never commit, so each edit runs
inside `committed()`, which runs the page cache's commit hook as a real commit would.
"""

import re
from contextlib import contextmanager
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone

from innoprocure.core import pagecache
from innoprocure.core.pagecache import PageCacheMiddleware, _PendingWrites, bump
from innoprocure.events.tests.factories import EventPageFactory
from innoprocure.guidance.tests.factories import StoryIndexPageFactory, StoryPageFactory
from innoprocure.network.models import GovernanceSettings
from innoprocure.network.tests.factories import CompetenceCentreFactory
from innoprocure.opportunities.models import Opportunity
from innoprocure.opportunities.tests.factories import OpportunityFactory, opportunities_index
from innoprocure.resources.tests.factories import ResourceFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    # With the remembered values of core/memo.py too: pages must stay exactly as fresh with them.
    settings.PAGE_CACHE = {**settings.PAGE_CACHE, "ENABLED": True, "MEMO": True}


@contextmanager
def committed_writes():
    yield
    for _savepoints, callback, _robust in connection.run_on_commit:
        if isinstance(callback, _PendingWrites) and not callback.done:
            callback()


@pytest.fixture
def committed():
    """`with committed(): …` — the test's transaction commits after the edit, as far as the page cache can tell."""
    return committed_writes


@pytest.fixture
def stories(home_page, committed):
    with committed():
        index = StoryIndexPageFactory(parent=home_page)
        StoryPageFactory(parent=index, title="Hospitals buy sensors together")
    return index


def visit(client, path, **extra):
    response = client.get(path, **extra)
    assert response.status_code == 200
    return response


def warm(client, path, **extra):
    """Visit twice; the second answer must come from the cache. Returns its HTML."""
    visit(client, path, **extra)
    response = visit(client, path, **extra)
    assert response["X-Page-Cache"] == "hit"
    return response.content.decode()


def test_the_second_visit_is_served_from_the_cache_without_touching_the_database(client, stories, django_assert_num_queries):
    first = visit(client, "/stories/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = visit(client, "/stories/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "nonce" not in second["Content-Security-Policy"]
    # No inline script anywhere, so a page served twice keeps the policy's protection. JSON-LD is a data block,
    # which browsers never run (and CSP does not govern): the only <script> without a src.
    scripts = re.findall(r"<script[^>]*>", second.content.decode())
    assert all('src="' in tag or tag == '<script type="application/ld+json">' for tag in scripts)
    assert any('src="' in tag for tag in scripts)


def test_publishing_editing_and_unpublishing_a_story_show_at_once(client, stories, committed):
    assert "Hospitals buy sensors together" in warm(client, "/stories/")
    with committed():
        new = StoryPageFactory(parent=stories, title="A second story about buyer groups")
    assert "A second story about buyer groups" in visit(client, "/stories/").content.decode()
    assert "A second story about buyer groups" in warm(client, "/")

    with committed():
        new.title = "Buyer groups, one year on"
        new.save_revision().publish()
    assert "Buyer groups, one year on" in visit(client, "/stories/").content.decode()
    assert "Buyer groups, one year on" in visit(client, "/").content.decode()

    warm(client, "/stories/")
    with committed():
        new.unpublish()
    assert "Buyer groups, one year on" not in visit(client, "/stories/").content.decode()


def test_editing_a_resource_shows_on_its_page_and_in_the_listing(client, resource_centre, committed):
    with committed():
        resource = ResourceFactory(title="Buying quiet buses", slug="quiet-buses")
    assert "Buying quiet buses" in warm(client, "/resources/quiet-buses/")
    warm(client, "/resources/")
    with committed():
        resource.title = "Buying quiet electric buses"
        resource.save()
    assert "Buying quiet electric buses" in visit(client, "/resources/quiet-buses/").content.decode()
    assert "Buying quiet electric buses" in visit(client, "/resources/").content.decode()


def test_editing_an_event_shows_at_once(client, home_page, committed):
    with committed():
        event = EventPageFactory(title="Market dialogue on drones", slug="drones")
    assert "Market dialogue on drones" in warm(client, "/events/")
    with committed():
        event.title = "Market dialogue on inspection drones"
        event.save_revision().publish()
    assert "Market dialogue on inspection drones" in visit(client, "/events/").content.decode()


def test_a_bulk_update_of_opportunities_is_seen_too(client, home_page, committed):
    """Imports write in bulk, without model signals: the cache sees the SQL itself."""
    with committed():
        opportunities_index()
        OpportunityFactory(title="Robots for hospital logistics")
    assert "Robots for hospital logistics" in warm(client, "/opportunities/")
    with committed():
        Opportunity.objects.update(title="Autonomous robots for hospital logistics")
    assert "Autonomous robots for hospital logistics" in visit(client, "/opportunities/").content.decode()


def test_editing_a_centre_and_the_governance_settings_show_at_once(client, network_pages, committed):
    with committed():
        centre = CompetenceCentreFactory(name="Centre for Bold Buying")
    assert "Centre for Bold Buying" in warm(client, "/network/members/")
    with committed():
        centre.name = "Centre for Bolder Buying"
        centre.save()
    assert "Centre for Bolder Buying" in visit(client, "/network/members/").content.decode()

    assert "At least 63%" not in warm(client, "/network/governance/")
    with committed():
        rules = GovernanceSettings.load()
        rules.quorum_percent = 63
        rules.save()
    assert "At least 63%" in visit(client, "/network/governance/").content.decode()


def test_an_edit_rolled_back_leaves_the_cached_page_in_place(client, stories, committed):
    story = stories.get_children().first().specific
    warm(client, "/stories/")
    with committed(), pytest.raises(RuntimeError), transaction.atomic():
        story.title = "Never published"
        story.save()
        raise RuntimeError("the editor's request failed")
    response = visit(client, "/stories/")
    assert response["X-Page-Cache"] == "hit"
    assert "Never published" not in response.content.decode()


def test_a_page_rendered_while_its_tables_change_is_not_stored(client, stories, monkeypatch):
    render = PageCacheMiddleware._render

    def render_during_a_write(self, request):
        response = render(self, request)
        bump(["wagtailcore_page"])  # another process commits an edit before this page is stored
        return response

    monkeypatch.setattr(PageCacheMiddleware, "_render", render_during_a_write)
    visit(client, "/stories/")
    monkeypatch.setattr(PageCacheMiddleware, "_render", render)
    assert visit(client, "/stories/")["X-Page-Cache"] == "miss"
    assert visit(client, "/stories/")["X-Page-Cache"] == "hit"


def test_an_edit_committed_by_another_process_reaches_visitors_once_the_generation_is_read_again(client, stories, settings):
    settings.PAGE_CACHE = {**settings.PAGE_CACHE, "GENERATION_POLL_SECONDS": 60}
    story = stories.get_children().first().specific
    warm(client, "/stories/")
    story.title = "Edited in the admin's process"
    story.save_revision().publish()
    # What that process's commit did to the shared cache; this process has not heard of it.
    cache.set_many({pagecache._version_key("wagtailcore_page"): "v2", pagecache.GENERATION_KEY: "g2"})
    assert "Edited in the admin" not in visit(client, "/stories/").content.decode()  # within the poll interval
    pagecache.known_generation.read_at -= 61
    response = visit(client, "/stories/")
    assert response["X-Page-Cache"] == "miss"
    assert "Edited in the admin&#x27;s process" in response.content.decode()


def test_a_hit_from_this_process_memory_asks_the_shared_cache_nothing(client, stories, monkeypatch):
    warm(client, "/stories/")
    asked = []

    class Watched:
        def __getattr__(self, name):
            asked.append(name)
            return getattr(cache, name)

    monkeypatch.setattr(pagecache, "_cache", Watched)
    assert visit(client, "/stories/")["X-Page-Cache"] == "hit"
    assert asked == []


def test_signed_in_people_never_get_a_cached_page_nor_leave_one(client, stories):
    anonymous_html = warm(client, "/stories/")
    assert "My account" not in anonymous_html
    client.force_login(UserFactory())
    response = visit(client, "/stories/")
    assert "X-Page-Cache" not in response
    assert "My account" in response.content.decode()
    client.logout()
    response = visit(client, "/stories/")
    assert response["X-Page-Cache"] == "hit"
    assert "My account" not in response.content.decode()


def test_pages_with_a_form_are_never_cached(client, home_page):
    for _ in range(2):
        response = client.get("/contact/")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "csrfmiddlewaretoken" in response.content.decode()


def test_each_language_has_its_own_cached_page(client, home_page):
    english = warm(client, "/")
    french = warm(client, "/fr/")
    assert '<html lang="en">' in english
    assert '<html lang="fr">' in french


def test_the_visitors_time_zone_has_its_own_cached_page(client, home_page, committed):
    start = timezone.now().replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=30)
    with committed():
        EventPageFactory(title="Dialogue with suppliers", slug="dialogue", time_zone="Europe/Athens", start=start)
    brussels = warm(client, "/events/dialogue/")
    client.cookies["visitor_tz"] = "Asia/Tokyo"
    tokyo = warm(client, "/events/dialogue/")
    assert "Asia/Tokyo" in tokyo
    assert brussels != tokyo


@pytest.fixture
def resource_centre(home_page):
    from innoprocure.core.site import ensure_child_page
    from innoprocure.resources.models import ResourceIndexPage

    return ensure_child_page(home_page, ResourceIndexPage, "resources", title="Resource Centre")


@pytest.fixture
def network_pages(home_page):
    from innoprocure.core.site import ensure_child_page
    from innoprocure.network.models import NetworkIndexPage

    return ensure_child_page(home_page, NetworkIndexPage, "network", title="P2I Network")
