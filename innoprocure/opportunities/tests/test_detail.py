"""An opportunity's own page: deadline in its zone and the visitor's, budget, CPV codes, lots, other languages."""

import re
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from innoprocure.core.models import Country
from innoprocure.opportunities.models import Opportunity
from innoprocure.opportunities.tests.factories import OpportunityFactory, OpportunityLotFactory, opportunities_index

pytestmark = pytest.mark.django_db


def visible_text(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.fixture
def tender():
    opportunities_index()
    helsinki = ZoneInfo("Europe/Helsinki")
    tender = OpportunityFactory(
        title="Innovation partnership: low-emission waste collection vehicles",
        organisation="Regional waste company",
        country=Country.objects.get(code="FI"),
        budget=Decimal("12000000"),
        currency="eur",
        deadline=datetime(2031, 7, 15, 12, 0, tzinfo=helsinki),
        deadline_timezone="Europe/Helsinki",
        procedure="innovation",
        cpv_codes=["34144510", "90511000"],
        url="https://ted.europa.eu/en/notice/-/detail/123456-2031",
        source="ted",
        ted_notice_id="123456-2031",
        titles={
            "en": "Innovation partnership: low-emission waste collection vehicles",
            "fi": "Innovaatiokumppanuus: vähäpäästöiset jätteenkeräysajoneuvot",
        },
        descriptions={"fi": "Päästöttömien jätteenkeräysajoneuvojen kehittäminen."},
        flags=["procedure:innovation"],
    )
    OpportunityLotFactory(
        opportunity=tender,
        lot_id="LOT-0001",
        title="Prototypes",
        deadline=datetime(2031, 7, 1, 12, tzinfo=helsinki),
        estimated_value=Decimal("2000000.50"),
        currency="EUR",
        cpv_codes=["73000000"],
    )
    OpportunityLotFactory(
        opportunity=tender, lot_id="LOT-0002", title="Vehicles", estimated_value=Decimal("10000000"), currency="EUR"
    )
    return tender


def test_deadline_in_its_zone_and_in_the_visitors(client, tender):
    response = client.get(f"/opportunities/{tender.slug}/", {"tz": "Europe/Lisbon"})

    assert response.status_code == 200
    text = visible_text(response)
    assert "Deadline Tuesday 15 July 2031, 12:00 EEST (Europe/Helsinki)" in text
    assert "Your time Tuesday 15 July 2031, 10:00 WEST In your time zone (Europe/Lisbon)" in text
    assert response.cookies["visitor_tz"].value == "Europe/Lisbon"


def test_key_facts_lots_and_languages(client, tender):
    text = visible_text(client.get(f"/opportunities/{tender.slug}/"))

    assert "Budget €12,000,000" in text
    assert "Buyer Regional waste company" in text
    assert "Country Finland" in text
    assert "Procedure Innovation partnership" in text
    assert "CPV codes 34144510 (main), 90511000" in text
    assert "LOT-0001 Prototypes Tuesday 1 July 2031, 12:00 EEST" not in text  # the lot table shows the short date
    assert "LOT-0001 Prototypes 1 July 2031, 12:00 EEST €2,000,000.50 73000000" in text
    assert "LOT-0002 Vehicles As the notice €10,000,000" in text
    assert "Finnish : Innovaatiokumppanuus: vähäpäästöiset jätteenkeräysajoneuvot" in text
    assert "Päästöttömien jätteenkeräysajoneuvojen kehittäminen." in text
    assert "Read the notice on TED" in text


def test_status_badge_and_closed_notice(client, tender):
    tender.deadline = datetime(2020, 1, 1, 12, tzinfo=ZoneInfo("Europe/Helsinki"))
    tender.save()

    html = client.get(f"/opportunities/{tender.slug}/").content.decode()

    assert '<span class="badge badge--closed">Closed</span>' in html
    assert "The deadline has passed. This opportunity is kept in the archive for reference." in html
    assert 'href="/opportunities/archive/">Back to the archive' in html


def test_unpublished_or_unknown_opportunity_is_not_found(client, tender):
    Opportunity.objects.filter(pk=tender.pk).update(live=False)

    assert client.get(f"/opportunities/{tender.slug}/").status_code == 404
    assert client.get("/opportunities/no-such-call/").status_code == 404


def test_slugs_never_take_the_addresses_of_the_archive_or_the_feed():
    archive = Opportunity.objects.create(title="Archive", opportunity_type="tender")
    feed = Opportunity.objects.create(title="Feed", opportunity_type="tender")

    assert (archive.slug, feed.slug) == ("archive-opportunity", "feed-opportunity")


def test_visitor_with_the_same_clock_is_told_so(client, tender):
    text = visible_text(client.get(f"/opportunities/{tender.slug}/", {"tz": "Europe/Tallinn"}))

    assert "Your time The same in your time zone (Europe/Tallinn)." in text


def test_unknown_visitor_zone_gets_a_notice(client, tender):
    response = client.get(f"/opportunities/{tender.slug}/", {"tz": "Nowhere/Special"})

    assert response.status_code == 200
    assert "is not a time zone we know" in response.content.decode()
