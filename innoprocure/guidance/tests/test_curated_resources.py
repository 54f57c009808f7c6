"""Resources for a stage of the step-by-step path: the ones editors chose, in their order; else a fallback that puts
the platform's own guides first, then resources with the page's tags, then the stage's others."""

import re

import pytest
from taggit.models import Tag

from innoprocure.core.models import ProcurementStage
from innoprocure.guidance.catalogue import PLATFORM_PUBLISHER, resources_for_step
from innoprocure.guidance.models import GuidancePage, GuidancePageResource
from innoprocure.guidance.tests.factories import (
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    ResourceFactory,
    StepByStepPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def step(home_page):
    index = GuidanceIndexPageFactory(parent=home_page)
    path = StepByStepPageFactory(parent=index, title="The path", slug="step-by-step")
    return GuidancePageFactory(
        parent=path,
        title="Engage the market",
        slug="engage-the-market",
        stage=ProcurementStage.objects.get(slug="market-engagement"),
    )


def titles_in(html, heading_id):
    section = html[html.index(f'aria-labelledby="{heading_id}"') :]
    section = section[: section.index("</section>")]
    return re.findall(r'<li><a href="[^"]+" lang="[a-z]+">([^<]+)</a></li>', section)


def tag(resource, name):
    resource.tags.add(Tag.objects.get_or_create(name=name, slug=name.replace(" ", "-"))[0])
    resource.save()


def test_chosen_resources_come_in_the_editors_order_and_drafts_never_show(client, step):
    first = ResourceFactory(title="Market consultation handbook", stages=["market-engagement"], publication_year=2015)
    second = ResourceFactory(title="A case from another stage", stages=["impact"])
    draft = ResourceFactory(title="A draft guide", stages=["market-engagement"], live=False)
    ResourceFactory(title="Newest of the stage, not chosen", stages=["market-engagement"], publication_year=2025)
    for order, resource in enumerate([second, draft, first]):
        GuidancePageResource.objects.create(page=step, resource=resource, sort_order=order)

    html = client.get(step.url).content.decode()

    assert titles_in(html, "stage-resources") == ["A case from another stage", "Market consultation handbook"]
    # The link to the Resource Centre still counts the stage's live resources.
    assert "See all 2 resources for “Market engagement” in the Resource Centre" in html
    path_html = client.get("/get-started/step-by-step/").content.decode()
    assert titles_in(path_html, "step-engage-the-market-resources") == [
        "A case from another stage",
        "Market consultation handbook",
    ]


def test_without_a_choice_the_platforms_own_guides_come_first_then_tagged_ones(client, step):
    ResourceFactory(
        title="Newest report of the stage", stages=["market-engagement"], resource_type="report", publication_year=2025
    )
    tagged = ResourceFactory(title="Consultation case, tagged", resource_type="case-study", publication_year=2018)
    tag(tagged, "market consultation")
    ResourceFactory(title="Platform guide", stages=["market-engagement"], publisher=PLATFORM_PUBLISHER, publication_year=2016)
    ResourceFactory(
        title="Platform case study", stages=["market-engagement"], publisher=PLATFORM_PUBLISHER, resource_type="case-study"
    )
    ResourceFactory(title="Unrelated", stages=["impact"], publisher=PLATFORM_PUBLISHER)
    step.resource_tags.add("market consultation")
    step.save()

    found = [resource.title for resource in resources_for_step(step, limit=10).items]

    assert found == ["Platform guide", "Consultation case, tagged", "Newest report of the stage", "Platform case study"]
    assert resources_for_step(step, limit=2).items[0].title == "Platform guide"


def test_the_operators_guides_count_as_the_platforms_own(client, step, settings):
    settings.OPERATOR_NAME = "Agency for Better Public Buying"
    ResourceFactory(title="Someone else's guide", stages=["market-engagement"], publisher="Another agency", publication_year=2025)
    ResourceFactory(title="Operator's guide", stages=["market-engagement"], publisher="Agency for Better Public Buying")

    assert [resource.title for resource in resources_for_step(step).items] == ["Operator's guide", "Someone else's guide"]


def test_a_step_without_chosen_or_fitting_resources_says_so(client, step):
    html = client.get(step.url).content.decode()
    assert "has no resources for this stage yet" in html


def test_editors_choose_resources_in_the_page_editor(client, settings, step):
    from innoprocure.events.tests.factories import signed_in_administrator

    response = signed_in_administrator(client, settings).get(f"/admin/pages/{step.pk}/edit/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Resources for this stage" in html
    assert 'id="id_chosen_resources-TOTAL_FORMS"' in html
    assert 'name="resource_tags"' in html


def test_the_demo_steps_recommend_hand_picked_resources_once(client, demo_content):
    import io

    from wagtail.models import Revision

    from innoprocure.demo.loaders import guidance as demo
    from innoprocure.resources.models import Resource

    for step_slug, (slugs, tags) in demo.RECOMMENDED.items():
        step = GuidancePage.objects.get(slug=step_slug)
        expected = [Resource.objects.get(slug=slug).title for slug in slugs]
        assert [resource.title for resource in resources_for_step(step, limit=10).items] == expected, step_slug
        assert sorted(step.resource_tags.names()) == sorted(tags)
        # The live page and its latest revision agree: an editor who opens the page sees the same choice.
        assert len(step.get_latest_revision_as_object().chosen_resources.all()) == len(slugs)
    revisions = Revision.objects.count()
    demo.link(io.StringIO())
    assert Revision.objects.count() == revisions, "a second run changes nothing"
    html = client.get("/get-started/step-by-step/").content.decode()
    assert html.count("Talking to the market before you tender") == 1
