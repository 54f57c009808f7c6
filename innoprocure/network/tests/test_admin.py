import datetime

import pytest
from django.urls import reverse

from innoprocure.network.models import CentreStatus, CoChair, CompetenceCentre, ExpertOpinionPaper, GovernanceSettings

from .factories import CentreServiceFactory, CompetenceCentreFactory, MeetingFactory, document, secretariat_user

pytestmark = pytest.mark.django_db

VIEWSETS = [
    "network_centres",
    "network_services",
    "network_representatives",
    "network_meetings",
    "network_papers",
    "network_signatories",
]


@pytest.fixture
def secretariat(client):
    user = secretariat_user()
    client.force_login(user)
    return user


def test_secretariat_reaches_every_network_list_and_form(client, secretariat):
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Network" in menu
    for name in VIEWSETS:
        assert client.get(reverse(f"{name}:index")).status_code == 200, name
        assert client.get(reverse(f"{name}:add")).status_code == 200, name


def test_secretariat_adds_a_centre(client, secretariat):
    service = CentreServiceFactory(slug="helpdesk")
    response = client.post(
        reverse("network_centres:add"),
        {
            "name": "Slovenian centre",
            "slug": "slovenian-centre",
            "country": "SI",
            "status": CentreStatus.CANDIDATE,
            "parent_organisation": "Ministry of the Economy",
            "established_year": "2025",
            "joined_on": "",
            "experience": "",
            "track_record": "",
            "description": "",
            "services": [service.pk],
            "languages": ["sl"],
            "website": "",
            "contact_name": "",
            "contact_email": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    centre = CompetenceCentre.objects.get(slug="slovenian-centre")
    assert centre.is_experienced is False
    assert "Slovenian centre" in client.get("/network/members/?country=SI").content.decode()


def test_a_paper_saved_in_the_admin_goes_to_the_resource_centre(client, secretariat):
    meeting = MeetingFactory(number=4, topic="Joint cross-border procurement")
    pdf = document(title="Buying together across borders")
    response = client.post(
        reverse("network_papers:add"),
        {
            "meeting": meeting.pk,
            "title": "Buying together across borders",
            "summary": "How centres can support joint procurements.",
            "authors": "Working group",
            "document": pdf.pk,
            "publication_date": "2026-10-01",
            "is_published": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    paper = ExpertOpinionPaper.objects.select_related("resource").get(meeting=meeting)
    assert paper.resource.live
    assert paper.resource.title == "Buying together across borders"


def test_a_centre_still_referred_to_is_not_deleted(client, secretariat):
    centre = CompetenceCentreFactory(name="Co-chairing centre")
    CoChair.objects.create(
        settings=GovernanceSettings.load(), centre=centre, person_name="A co-chair", term_start=datetime.date(2026, 1, 1)
    )
    response = client.post(reverse("network_centres:delete", args=[centre.pk]))
    assert response.status_code in (302, 403)
    assert CompetenceCentre.objects.filter(pk=centre.pk).exists()
