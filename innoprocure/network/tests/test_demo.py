import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from pypdf import PdfReader

from innoprocure.demo.loaders import network as demo
from innoprocure.network.models import (
    CentreStatus,
    CoChair,
    CompetenceCentre,
    ExpertOpinionPaper,
    GovernanceSettings,
    KnowledgeExchangeMeeting,
    Representative,
    Signatory,
)
from innoprocure.resources.models import Resource

pytestmark = pytest.mark.django_db


def counts():
    return {
        model.__name__: model.objects.count()
        for model in [
            CompetenceCentre,
            Representative,
            KnowledgeExchangeMeeting,
            ExpertOpinionPaper,
            Signatory,
            CoChair,
            Resource,
        ]
    } | {"users": get_user_model().objects.count()}


def test_demo_content_is_complete_and_idempotent(client, home_page, monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    demo.load(io.StringIO())
    first = counts()
    demo.load(io.StringIO())
    assert counts() == first

    assert CompetenceCentre.objects.count() >= 16
    assert CompetenceCentre.objects.values("country").distinct().count() >= 14
    statuses = set(CompetenceCentre.objects.values_list("status", flat=True))
    assert {CentreStatus.MEMBER, CentreStatus.PILOT_MEMBER, CentreStatus.ASSOCIATE, CentreStatus.CANDIDATE} <= statuses

    rules = GovernanceSettings.load()
    assert rules.pilot_year == demo.PILOT_YEAR
    assert {chair.centre.country_id for chair in rules.co_chairs.all()} == {"GR", "NL"}
    assert rules.rules_document is not None

    assert list(KnowledgeExchangeMeeting.objects.order_by("number").values_list("number", flat=True)) == [1, 2, 3]
    for paper in ExpertOpinionPaper.objects.select_related("resource", "document", "meeting__host"):
        with paper.document.file.open("rb") as handle:
            reader = PdfReader(handle)
            assert len(reader.pages) >= 4, paper.title  # a paper of substance, not a one-page summary
            assert "illustrative demonstration paper" in reader.pages[0].extract_text().replace("\n", " ")
        assert paper.resource.live and paper.resource.illustrative
        assert paper.meeting.host.slug == "pianoo"  # the KE series is organised by PIANOo with Utrecht University

    # The network's story as the seeds tell it, found by site search too.
    story = client.get("/network/").content.decode()
    for fact in (
        "Procure2Innovate",
        "Horizon 2020",
        "2018 to June 2022",
        "pilot year",
        "<strong>Greece</strong> and <strong>the Netherlands</strong>",
        "Utrecht University",
        "Greek Ministry of Development and Investments",
        "planned official launch",
        "an official mandate from their national government",
        "vote of the existing members",
        "geographic spread",
        "/contact/?to=network",
        "About this demonstration",
    ):
        assert fact in story, fact

    # One representative per voting centre, who can sign in with the demo password.
    voting = CompetenceCentre.objects.filter(status__in=[CentreStatus.MEMBER, CentreStatus.PILOT_MEMBER])
    assert Representative.objects.filter(centre__in=voting).count() == voting.count()
    response = client.post(reverse("account_login"), {"login": "rep-nl@example.org", "password": demo.DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("account_profile")).status_code == 200

    for path in [
        "/network/",
        "/network/members/",
        "/network/governance/",
        "/network/knowledge-exchange/",
        "/network/declaration/",
    ]:
        assert client.get(path).status_code == 200, path
