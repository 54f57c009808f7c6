"""The opportunities listing: soonest deadline first, filters, search, pagination, archive, bad filter values."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from innoprocure.core.models import Country
from innoprocure.opportunities.tests.factories import OpportunityFactory, opportunities_index

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


@pytest.fixture
def now():
    return timezone.now()


@pytest.fixture
def index():
    return opportunities_index()


def test_sorted_by_deadline_soonest_first_without_deadline_last(client, index, now):
    OpportunityFactory(title="Partner search", opportunity_type="partner-search", deadline=None)
    OpportunityFactory(title="In two months", deadline=now + timedelta(days=60))
    OpportunityFactory(title="In five days", deadline=now + timedelta(days=5))
    OpportunityFactory(title="Closed yesterday", deadline=now - timedelta(days=1))
    OpportunityFactory(title="Unpublished", live=False)

    response = client.get("/opportunities/")

    assert titles(response) == ["In five days", "In two months", "Partner search"]
    html = response.content.decode()
    assert '<span class="badge badge--closing">Closing soon</span>' in html
    assert "No fixed deadline" in html


def test_archive_keeps_closed_and_awarded_ones_latest_first(client, index, now):
    OpportunityFactory(title="Open call", deadline=now + timedelta(days=40))
    OpportunityFactory(title="Closed last year", deadline=now - timedelta(days=365))
    OpportunityFactory(title="Closed last week", deadline=now - timedelta(days=7))
    awarded = OpportunityFactory(
        title="Awarded early", deadline=now + timedelta(days=10), awarded=True, award_note="Awarded to an SME."
    )

    archive = client.get("/opportunities/archive/")

    assert titles(archive) == ["Awarded early", "Closed last week", "Closed last year"]
    assert "Awarded early" not in titles(client.get("/opportunities/"))
    detail = client.get(f"/opportunities/{awarded.slug}/")
    assert detail.status_code == 200
    assert "This opportunity has been awarded and is closed" in detail.content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "funding-call"}, ["Horizon funding call"]),
        ({"country": "FI"}, ["Finnish innovation partnership"]),
        ({"country": "fi"}, ["Finnish innovation partnership"]),
        ({"status": "closing-soon"}, ["Finnish innovation partnership"]),
        ({"status": "open"}, ["Horizon funding call", "Consultation on triage"]),
        ({"status": "closed"}, ["Closed tender"]),
        ({"sector": "health-care"}, ["Consultation on triage"]),
        ({"innovation": "1"}, ["Finnish innovation partnership", "Horizon funding call"]),
        ({"flag": "procedure:innovation"}, ["Finnish innovation partnership"]),
        ({"flag": ["procedure:innovation", "strategic-procurement:inn-pur"]}, ["Finnish innovation partnership"]),
        ({"flag": "strategic-procurement:inn-pur"}, ["Finnish innovation partnership", "Horizon funding call"]),
        ({"q": "TRIAGE"}, ["Consultation on triage"]),
        ({"q": "university hospital"}, ["Consultation on triage"]),
        ({"q": "robots"}, ["Horizon funding call"]),
    ],
)
def test_filters(client, index, now, params, expected):
    OpportunityFactory(
        title="Finnish innovation partnership",
        country=Country.objects.get(code="FI"),
        deadline=now + timedelta(days=5),
        is_innovation=True,
        flags=["procedure:innovation", "strategic-procurement:inn-pur"],
    )
    OpportunityFactory(
        title="Horizon funding call",
        opportunity_type="funding-call",
        summary="Co-funding for buyers of care robots.",
        deadline=now + timedelta(days=50),
        is_innovation=True,
        flags=["strategic-procurement:inn-pur"],
    )
    OpportunityFactory(
        title="Consultation on triage",
        opportunity_type="market-consultation",
        organisation="University Hospital",
        deadline=now + timedelta(days=70),
        sectors=["health-care"],
    )
    OpportunityFactory(title="Closed tender", deadline=now - timedelta(days=3))

    response = client.get("/opportunities/", params)

    assert response.status_code == 200
    assert titles(response) == expected
    assert "were not understood" not in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"type": "xyz"}, "There is no opportunity type “xyz”."),
        ({"status": "pending"}, "“pending” is not a status"),
        ({"country": "Narnia"}, "“NARNIA” is not a country code we know."),
        ({"sector": "underwater-basket-weaving"}, "There is no sector “underwater-basket-weaving”."),
        ({"flag": "secret"}, "“secret” is not an innovation flag."),
        ({"innovation": "very"}, "“innovation” takes 1"),
    ],
)
def test_invalid_filter_values_are_ignored_with_a_notice(client, index, params, message):
    OpportunityFactory(title="Still listed")

    response = client.get("/opportunities/", params)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Some filters were not understood and have been ignored" in html
    assert message in html
    assert titles(response) == ["Still listed"]


def test_archive_ignores_a_status_filter_with_a_notice(client, index, now):
    OpportunityFactory(title="Closed one", deadline=now - timedelta(days=2))

    response = client.get("/opportunities/archive/", {"status": "open"})

    assert titles(response) == ["Closed one"]
    assert "The archive holds closed opportunities only" in response.content.decode()


def test_pagination_keeps_the_filters(client, index, now):
    for day in range(17):
        OpportunityFactory(title=f"Tender due day {day + 1:02d}", deadline=now + timedelta(days=day + 20))
    OpportunityFactory(title="A prize", opportunity_type="prize")

    first = client.get("/opportunities/", {"type": "tender"})
    second = client.get("/opportunities/", {"type": "tender", "page": "2"})

    assert len(titles(first)) == 15
    assert titles(second) == ["Tender due day 16", "Tender due day 17"]
    assert 'href="?type=tender&amp;page=2"' in first.content.decode()
    assert client.get("/opportunities/", {"page": "-4"}).status_code == 200


def test_only_flags_in_use_are_offered_as_filters(client, index):
    OpportunityFactory(flags=["procedure:comp-dial"])

    html = client.get("/opportunities/").content.decode()

    assert 'value="procedure:comp-dial"' in html
    assert "Competitive dialogue" in html
    assert 'value="procedure:innovation"' not in html


def test_listing_without_any_opportunity(client, index):
    response = client.get("/opportunities/")

    assert response.status_code == 200
    assert "No open opportunities match these filters." in response.content.decode()
