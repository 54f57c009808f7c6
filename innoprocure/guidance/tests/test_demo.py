import io

from taggit.models import Tag
from wagtail.models import Page, Revision

from innoprocure.demo.loaders import guidance as guidance_demo
from innoprocure.demo.loaders import stories as stories_demo
from innoprocure.guidance.models import GuidanceIndexPage, GuidancePage, ProjectsPage, StepByStepPage
from innoprocure.guidance.tests.factories import ResourceFactory
from innoprocure.stories.models import StoryCategory, StoryPage, StoryRelatedResource


def snapshot():
    return (Page.objects.count(), Revision.objects.count(), StoryRelatedResource.objects.count(), Tag.objects.count())


def test_demo_loaders_build_everything_once(client, home_page):
    resource = ResourceFactory(slug="pre-commercial-procurement-explained", title="PCP explained", stages=["tender-design"])
    out = io.StringIO()
    guidance_demo.load(out)
    stories_demo.load(out)
    first = snapshot()
    guidance_demo.load(out)
    stories_demo.load(out)
    assert snapshot() == first, "a second run must create and change nothing"

    index = GuidanceIndexPage.objects.get(slug="get-started")
    assert index.get_parent().specific == home_page
    path = StepByStepPage.objects.child_of(index).get()
    steps = path.steps()
    assert [step.stage.slug for step in steps] == [
        "needs-assessment",
        "market-engagement",
        "tender-design",
        "award",
        "contract-management",
        "impact",
    ]
    assert ProjectsPage.objects.child_of(index).get().slug == "projects"
    for page in [index, path, *GuidancePage.objects.descendant_of(index), ProjectsPage.objects.get()]:
        assert client.get(page.url).status_code == 200, page.url
    choose = client.get("/get-started/step-by-step/choose-the-procedure/").content.decode()
    assert "PCP explained" in choose
    assert "<caption>" in client.get("/get-started/pcp-and-ppi/").content.decode()
    assert client.get("/get-started/faq/").content.decode().count('<details class="faq">') >= 6
    legal = client.get("/get-started/legal-framework/").content.decode()
    for address in (
        "https://eur-lex.europa.eu/eli/dir/2014/24/oj",
        "https://eur-lex.europa.eu/eli/dir/2014/25/oj",
        "https://eur-lex.europa.eu/eli/dir/2014/23/oj",
        "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52007DC0799",
        "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:C:2021:267:TOC",
    ):
        assert f'href="{address}"' in legal, address

    stories = StoryPage.objects.live()
    assert stories.count() >= 25
    assert {story.date.year for story in stories} == set(range(2019, 2027))
    assert {story.category for story in stories} == set(StoryCategory.values)
    linked = StoryPage.objects.get(slug="horizon-2020-pcp-ppi-funding")
    assert linked.live_related_resources() == [resource]
    assert client.get("/stories/").status_code == 200
