"""Site-wide search at /search/: every section, grouped, with counts and a way to see all of a section."""

import re
from html import unescape

import pytest

from innoprocure.core.models import StandardPage
from innoprocure.core.site import ensure_child_page
from innoprocure.search.tests.factories import ResourceFactory

pytestmark = pytest.mark.django_db


def text_of(response):
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", main)).split())


@pytest.fixture
def everywhere(home_page, resource_centre):
    """The word "bicycle" in a resource, a story, an opportunity and an about page."""
    from innoprocure.opportunities.tests.factories import OpportunityFactory, opportunities_index
    from innoprocure.stories.models import StoryIndexPage, StoryPage

    ResourceFactory(title="Bicycle lanes procured by outcome", summary="Paying for safe cycling.")
    ResourceFactory(title="Cargo bicycle fleets", summary="Municipal deliveries.")
    stories = ensure_child_page(home_page, StoryIndexPage, "stories", title="Stories")
    story = stories.add_child(
        instance=StoryPage(
            title="Utrecht rewards bicycle parking ideas",
            slug="utrecht-bicycle",
            teaser="A prize for smarter bicycle parking.",
            category="projects",
            body=[("paragraph", "<p>Twelve firms answered.</p>")],
        )
    )
    story.save_revision().publish()
    opportunities_index()
    OpportunityFactory(title="Bicycle sharing system for Lisbon", summary="A tender for e-bikes.")
    ensure_child_page(home_page, StandardPage, "about", title="About the platform", introduction="Made by bicycle commuters.")


def test_results_are_grouped_by_section_with_counts(client, everywhere):
    response = client.get("/search/", {"q": "bicycle"})
    assert response.status_code == 200
    text = text_of(response)
    order = [
        text.index(heading) for heading in ("Resource Centre (2)", "Stories (1)", "Opportunities (1)", "About the platform (1)")
    ]
    assert order == sorted(order)
    assert "Utrecht rewards bicycle parking ideas" in text
    assert "Bicycle sharing system for Lisbon" in text
    assert "Cargo bicycle fleets" in text
    assert "5 results for “bicycle”" in text


def test_see_all_leads_to_the_resource_centre_search(client, everywhere):
    html = client.get("/search/", {"q": "bicycle"}).content.decode()
    assert 'href="/resources/?q=bicycle">See all 2 in Resource Centre</a>' in html


def test_a_section_can_be_listed_on_its_own(client, everywhere):
    text = text_of(client.get("/search/", {"q": "bicycle", "section": "stories"}))
    assert "1 result in Stories for “bicycle”" in text
    assert "Utrecht rewards bicycle parking ideas" in text
    assert "Cargo bicycle fleets" not in text


def test_the_resources_section_goes_to_the_resource_centre(client):
    response = client.get("/search/", {"q": "bicycle", "section": "resources"})
    assert response.status_code == 302
    assert response["Location"] == "/resources/?q=bicycle"


def test_nothing_found_says_what_to_try(client, everywhere):
    text = text_of(client.get("/search/", {"q": "submarine"}))
    assert "0 results for “submarine”" in text
    assert "Check the spelling" in text


def test_a_misspelt_word_is_suggested(client, everywhere):
    text = text_of(client.get("/search/", {"q": "bicyle"}))
    assert "Did you mean bicycle" in text


def test_unknown_section_and_long_queries_get_a_notice(client, everywhere):
    text = text_of(client.get("/search/", {"q": "bicycle " * 100, "section": "nowhere"}))
    assert "There is no section “nowhere”" in text
    assert "Your search was shortened" in text


def test_drafts_are_not_found(client, resource_centre):
    ResourceFactory(title="Secret bicycle plan", live=False)
    assert "0 results" in text_of(client.get("/search/", {"q": "bicycle"}))


def test_without_words_the_page_invites_a_search(client):
    response = client.get("/search/")
    assert response.status_code == 200
    assert "Type a word in the search box" in text_of(response)


def test_a_page_result_is_labelled_by_its_section_not_its_cms_type(client, everywhere):
    html = client.get("/search/", {"q": "commuters"}).content.decode()
    kickers = re.findall(r'class="card__kicker">([^<]*)<', html)
    assert kickers == ["About the platform"]
    assert "Standard page" not in html
