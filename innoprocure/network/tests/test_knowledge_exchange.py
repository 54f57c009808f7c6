import datetime

import pytest
from django.urls import reverse

from innoprocure.core.site import ensure_child_page
from innoprocure.network.models import ExpertOpinionPaper
from innoprocure.network.papers import PUBLISHER, TAG
from innoprocure.network.teasers import latest
from innoprocure.resources.models import Resource, ResourceIndexPage, ResourceType

from .factories import CompetenceCentreFactory, MeetingFactory, PaperFactory, country, document

pytestmark = pytest.mark.django_db


@pytest.fixture
def resource_centre(home_page):
    return ensure_child_page(home_page, ResourceIndexPage, "resources", title="Resource Centre")


def test_meetings_are_listed_newest_first_with_their_papers(client):
    first = MeetingFactory(number=1, topic="Strategies to stimulate innovation procurement")
    second = MeetingFactory(number=2, topic="Evaluating the impact of a competence centre")
    PaperFactory(meeting=first, title="From targets to practice")
    response = client.get(reverse("network:knowledge_exchange"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("KE Meeting 2: Evaluating the impact") < html.index("KE Meeting 1: Strategies")
    assert "From targets to practice" in html
    assert second.get_absolute_url() == "/network/knowledge-exchange/2/"


def test_meeting_page_shows_host_participants_and_paper(client):
    host = CompetenceCentreFactory(name="KEINO", country=country("FI"))
    guest = CompetenceCentreFactory(name="PIANOo", country=country("NL"))
    meeting = MeetingFactory(number=3, topic="Sustainable innovation and internal clients", host=host)
    meeting.participants.set([host, guest])
    paper = PaperFactory(meeting=meeting, title="Working with internal clients", authors="Working group on sustainability")
    response = client.get("/network/knowledge-exchange/3/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Sustainable innovation and internal clients</h1>" in html
    assert "KEINO" in html and "PIANOo" in html
    assert "Working with internal clients" in html and "Working group on sustainability" in html
    assert paper.document.url in html
    assert client.get("/network/knowledge-exchange/99/").status_code == 404


def test_published_paper_appears_in_the_resource_centre_and_links_back(client, resource_centre):
    meeting = MeetingFactory(number=1, topic="Strategies to stimulate innovation procurement")
    paper = PaperFactory(
        meeting=meeting,
        title="From targets to practice",
        summary="What makes national strategies work.",
        publication_date=datetime.date(2026, 3, 26),
        document=document(title="From targets to practice", name="targets.pdf"),
    )
    paper.refresh_from_db()
    resource = paper.resource
    assert resource is not None and resource.live
    assert resource.title == "From targets to practice"
    assert resource.summary == "What makes national strategies work."
    assert resource.resource_type == ResourceType.REPORT
    assert resource.publisher == PUBLISHER
    assert resource.publication_year == 2026
    assert TAG in list(resource.tags.names())
    attachment = resource.attachments.get()
    assert attachment.file.read().startswith(b"%PDF")
    # The resource links back to the meeting; the meeting page links to the resource.
    assert meeting.get_absolute_url() in resource.body
    meeting_page = client.get(meeting.get_absolute_url()).content.decode()
    assert resource.get_absolute_url() in meeting_page
    resource_page = client.get(resource.get_absolute_url())
    assert resource_page.status_code == 200
    assert "From targets to practice" in resource_page.content.decode()


def test_editing_the_paper_updates_its_resource_without_duplicating_it(resource_centre):
    paper = PaperFactory(title="Draft title")
    paper.title = "Final title"
    paper.save()
    paper.refresh_from_db()
    assert Resource.objects.count() == 1
    assert paper.resource.title == "Final title"
    assert paper.resource.live


def test_unpublished_paper_is_not_in_the_resource_centre(client):
    paper = PaperFactory(is_published=False)
    paper.refresh_from_db()
    assert paper.resource is None
    assert Resource.objects.count() == 0
    assert paper.title not in client.get(paper.meeting.get_absolute_url()).content.decode()


def test_unpublishing_a_paper_withdraws_its_resource():
    paper = PaperFactory()
    paper.refresh_from_db()
    paper.is_published = False
    paper.save()
    paper.resource.refresh_from_db()
    assert paper.resource.live is False


def test_deleting_a_paper_withdraws_its_resource():
    paper = PaperFactory()
    paper.refresh_from_db()
    resource_id = paper.resource_id
    paper.delete()
    assert Resource.objects.get(pk=resource_id).live is False
    assert not ExpertOpinionPaper.objects.exists()


def test_home_page_teasers_show_the_latest_meetings_and_papers():
    MeetingFactory(number=1, topic="Strategies", date=datetime.date(2026, 2, 12))
    PaperFactory(meeting=MeetingFactory(number=2, topic="Impact", date=datetime.date(2026, 5, 20)), title="Showing impact")
    teasers = latest(limit=3)
    assert [teaser.title for teaser in teasers] == ["Showing impact", "KE Meeting 1: Strategies"]
    assert teasers[0].url == "/network/knowledge-exchange/2/"
