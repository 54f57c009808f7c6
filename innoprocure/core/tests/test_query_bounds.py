"""Every public page type costs a fixed, small number of queries, whatever the amount of content (no N+1).

Measured on the demo content with the page cache off (what a visitor's first request costs). The bounds are today's
counts: a change that adds a query per page type fails here and must say why. Most pages spend six or seven on
Wagtail itself: the site, routing through the page tree, view restrictions and the breadcrumb trail.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from innoprocure.core.management.commands.bench_pages import benchmark_paths

pytestmark = pytest.mark.django_db

BOUNDS = {
    "home": 17,  # six sections on one page; the forum's costs two (discussions, their opening posts); the card
    # images of stories, events and resources one each (their renditions, core/images.with_images)
    "Get started": 13,  # 12 on SQLite
    "guidance page": 10,
    "resources": 12,  # the hits' card images: their renditions
    "resource": 22,  # five facet lists, attachments, related resources and "more like this" (six), the image's renditions
    "stories": 14,  # the cards' image renditions
    "story": 13,  # its image and the image's renditions
    "events": 12,  # the image renditions of the listed events
    "event": 13,  # its image and the image's renditions
    "opportunities": 13,  # the map and charts: one grouped query (opportunities/figures.py)
    "opportunity": 11,
    "challenges": 2,  # open and closed challenges; no page tree
    "challenge": 6,  # questions, attachments, languages, sectors besides the challenge itself
    "showcase": 5,  # count, page, countries deployed; the sector and country choices of the filters
    "solution": 4,  # the profile with its supplier, references, sectors, countries
    "showcase ?q=&sector=": 12,  # the sector asked for, the search engine's six, then as the listing
    "network": 11,
    "centres": 14,
    "centre": 8,
    "declaration": 11,  # the signatories' map is drawn from the rows of their table
    "membership": 4,  # the diagram costs nothing
    "step by step": 30,  # six steps, each with the resources editors chose or else those of its stage and tags
    "resources ?q=": 12,
    "resources ?q=&sector=": 13,
    "site search ?q=": 30,  # five sections, each with its own source
    "API resources ?q=": 4,
}


def test_each_page_type_stays_within_its_query_bound(demo_database, client):
    over = []
    for label, path, _search in benchmark_paths():
        client.get(path)  # first visit: anything that is read once per process (index snapshot) is read
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, path
        if len(queries) > BOUNDS[label]:
            over.append(f"{label} ({path}): {len(queries)} queries > {BOUNDS[label]}")
    assert not over, "\n".join(over)


def test_a_listing_costs_the_same_with_ten_times_the_content(demo_database, client):
    """The stories listing shows ten a page: adding stories must not add queries."""
    from innoprocure.guidance.tests.factories import StoryPageFactory
    from innoprocure.stories.models import StoryIndexPage

    client.get("/stories/")
    with CaptureQueriesContext(connection) as before:
        client.get("/stories/")
    index = StoryIndexPage.objects.get()
    for number in range(40):
        StoryPageFactory(parent=index, title=f"Another story {number}", tags=["health"])
    with CaptureQueriesContext(connection) as after:
        client.get("/stories/")
    assert len(after) <= len(before) + 1  # not one per story (PostgreSQL plans one more for the longer listing)


# A visitor's search with words costs 10: the index version (2), the text lookup (3), the matches' discussion ids, the
# readable ones among them, then the page's discussions, their opening posts and the group choices. A signed-in
# member 6 more: the user, their roles, their closed and private groups, their permissions (2, to know whether they
# moderate the forum) and the unread notifications in the header.
FORUM_SEARCH_BOUND = 16


def test_the_forum_search_costs_the_same_for_a_member_and_with_more_discussions(demo_database, client, settings):
    """The forum's search page: the reader's groups, the group choices, the search engine's lookups, the matching
    discussions' ids, then the page of them with their groups and opening posts — never a query per result."""
    from django.contrib.auth import get_user_model

    from innoprocure.forum import services
    from innoprocure.forum.models import ForumGroup

    settings.AXES_ENABLED = False  # force_login's bare request has no client address (PostgreSQL's inet column)
    paths = ["/forum/search/?q=procurement", "/forum/search/?type=question&group=hospital-procurers", "/forum/search/"]

    def costs():
        found = []
        for path in paths:
            client.get(path)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            assert response.status_code == 200, path
            found.append(len(queries))
        return found

    anonymous = costs()
    member = get_user_model().objects.get(email="jonas.weber@example.org")  # moderates a closed group
    client.force_login(member)
    signed_in = costs()
    group = ForumGroup.objects.get(slug="hospital-procurers")
    for number in range(40):
        services.start_thread(group, member, f"Another procurement question {number}", "About procurement.", kind="question")
    more = costs()

    assert max(anonymous + signed_in) <= FORUM_SEARCH_BOUND, (anonymous, signed_in)
    assert all(after <= before + 1 for before, after in zip(signed_in, more, strict=True)), (signed_in, more)
