"""Every kind of content is found by the one engine, with typos; what is hidden never is."""

import ast
from pathlib import Path

import pytest
from django.utils.text import slugify
from wagtail.models import PageViewRestriction

from innoprocure.search import site
from innoprocure.search.models import IndexedDocument
from innoprocure.search.tests.factories import ResourceFactory
from innoprocure.search.tests.test_site_search import text_of

pytestmark = pytest.mark.django_db


def found(q):
    return {
        section.key: [item.title if hasattr(item, "title") else item["title"] for item in section.items]
        for section in site.site_search(q).sections
    }


@pytest.fixture
def story_index(home_page):
    from innoprocure.core.site import ensure_child_page
    from innoprocure.stories.models import StoryIndexPage

    return ensure_child_page(home_page, StoryIndexPage, "stories", title="Stories")


def add_story(index, title, **fields):
    from innoprocure.stories.models import StoryPage

    story = index.add_child(
        instance=StoryPage(
            title=title, slug=slugify(title)[:50], teaser=fields.pop("teaser", "A teaser."),
            category="projects", body=[("paragraph", "<p>Body text.</p>")], **fields,
        )
    )  # fmt: skip
    return story


def test_a_story_an_event_an_opportunity_a_centre_and_a_guidance_page_are_found(home_page, resource_centre, story_index):
    from innoprocure.events.tests.factories import EventPageFactory
    from innoprocure.guidance.tests.factories import GuidanceIndexPageFactory, GuidancePageFactory
    from innoprocure.network.tests.factories import CompetenceCentreFactory
    from innoprocure.opportunities.tests.factories import OpportunityFactory, opportunities_index

    add_story(story_index, "Lessons from the glacier monitoring tender")
    EventPageFactory(title="Webinar on glacier monitoring sensors")
    opportunities_index()
    OpportunityFactory(title="Glacier monitoring drones for the Alps", summary="A call for tenders.")
    CompetenceCentreFactory(name="Alpine Glacier Procurement Office", description="Helps buyers in the mountains.")
    guidance = GuidanceIndexPageFactory(parent=home_page)
    GuidancePageFactory(parent=guidance, title="Buying glacier research", introduction="When the ice melts.")
    ResourceFactory(title="Glacier sensors compared")

    results = found("glaciar")  # a typo: one letter wrong
    assert results == {
        "resources": ["Glacier sensors compared"],
        "guidance": ["Buying glacier research"],
        "stories": ["Lessons from the glacier monitoring tender"],
        "events": ["Webinar on glacier monitoring sensors"],
        "opportunities": ["Glacier monitoring drones for the Alps"],
        "network": ["Alpine Glacier Procurement Office"],
    }
    assert site.site_search("glaciar").did_you_mean == "glacier"


def test_a_story_published_later_is_found_and_an_unpublished_one_disappears(story_index):
    story = add_story(story_index, "Quiet draft about lighthouses")
    story.unpublish()
    assert found("lighthouses") == {}
    story.save_revision().publish()
    assert found("lighthouses") == {"stories": ["Quiet draft about lighthouses"]}
    story.refresh_from_db()
    story.unpublish()
    assert found("lighthouses") == {}


def test_a_private_page_is_not_found(story_index):
    story = add_story(story_index, "Members only: the lighthouse budget")
    assert found("lighthouse") == {"stories": ["Members only: the lighthouse budget"]}
    restriction = PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)
    assert found("lighthouse") == {}
    restriction.delete()
    assert "stories" in found("lighthouse")


def test_hidden_items_of_other_types_are_not_found(resource_centre):
    from innoprocure.network.models import CentreStatus, SignatoryStatus
    from innoprocure.network.tests.factories import CompetenceCentreFactory, PaperFactory, SignatoryFactory
    from innoprocure.opportunities.tests.factories import OpportunityFactory, opportunities_index

    opportunities_index()
    OpportunityFactory(title="Withdrawn lighthouse call", live=False)
    CompetenceCentreFactory(name="Former lighthouse centre", status=CentreStatus.FORMER)
    SignatoryFactory(ministry="Ministry of Lighthouses", status=SignatoryStatus.REQUESTED)
    PaperFactory(title="Lighthouse opinion draft", is_published=False)
    ResourceFactory(title="Lighthouse resource draft", live=False)
    assert found("lighthouse") == {}
    assert not IndexedDocument.objects.filter(title_sort__contains="lighthouse").exists()


def test_confirmed_signatories_meetings_and_papers_are_in_the_network_section():
    from innoprocure.network.tests.factories import MeetingFactory, PaperFactory, SignatoryFactory

    SignatoryFactory(ministry="Ministry of Tidal Energy")
    MeetingFactory(topic="Tidal energy buyers compare notes")
    PaperFactory(title="Opinion on tidal turbines")
    titles = sorted(found("tidal")["network"])
    assert titles[0].startswith("KE Meeting ") and titles[0].endswith(": Tidal energy buyers compare notes")
    assert titles[1:] == ["Ministry of Tidal Energy", "Opinion on tidal turbines"]


def test_every_section_is_ranked_by_the_same_scoring(story_index):
    add_story(story_index, "Ferry services", teaser="Nothing about the subject in the title.")
    add_story(story_index, "Electric ferry tender wins a prize", teaser="An electric ferry for the islands.")
    assert found("electric ferry")["stories"] == ["Electric ferry tender wins a prize"]
    assert found("ferry")["stories"] == ["Electric ferry tender wins a prize", "Ferry services"]


def test_a_question_finds_what_matches_most_of_its_words(client, resource_centre):
    ResourceFactory(title="A guide to market consultation")
    ResourceFactory(title="Tender evaluation explained")
    text = text_of(client.get("/search/", {"q": "how do I run a market consultation for robots"}))
    assert "No result contains all your words; showing those that match most." in text
    assert "A guide to market consultation" in text
    assert "Tender evaluation explained" not in text


def test_the_resource_centre_says_when_no_resource_has_every_word(client, resource_centre):
    ResourceFactory(title="Guide to market consultation", summary="Ask suppliers first.")
    text = text_of(client.get("/resources/", {"q": "how do I run a market consultation for drones"}))
    assert "No resource contains all your words; showing those that match most." in text
    assert "Guide to market consultation" in text


def test_site_search_costs_a_fixed_number_of_queries(client, story_index, django_assert_max_num_queries):
    for number in range(12):
        add_story(story_index, f"Harbour story {number}")
        ResourceFactory(title=f"Harbour resource {number}")
    client.get("/search/", {"q": "harbour"})
    with django_assert_max_num_queries(40):
        response = client.get("/search/", {"q": "harbour"})
    assert "12 results in" not in text_of(response)  # five shown per section, the count says 12
    assert "See all 12 in Stories" in text_of(response)


def test_the_engine_imports_nothing_from_the_apps_that_use_it():
    engine = Path(__file__).resolve().parents[1]
    apps = {path.name for path in engine.parent.iterdir() if (path / "apps.py").exists()} - {"search"}
    offenders = []
    for path in engine.rglob("*.py"):
        if "tests" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in getattr(node, "names", [])]
                if isinstance(node, ast.Import)
                else []
            )
            offenders += [
                f"{path.name}: {name}" for name in names if name.split(".")[:2] in [["innoprocure", app] for app in apps]
            ]
    assert offenders == []
