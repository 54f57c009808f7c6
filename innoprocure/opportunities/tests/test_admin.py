"""Editors manage opportunities in the admin: list filters by type, status and source; flags as checkboxes."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from innoprocure.events.tests.factories import signed_in_administrator
from innoprocure.opportunities.models import Opportunity
from innoprocure.opportunities.tests.factories import OpportunityFactory, OpportunityLotFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/opportunities/opportunity/"


@pytest.fixture
def admin_client(client, settings):
    return signed_in_administrator(client, settings)


def test_list_filters_by_status_type_and_source(admin_client):
    now = timezone.now()
    OpportunityFactory(title="Open editorial tender", deadline=now + timedelta(days=40))
    OpportunityFactory(title="Closing TED tender", deadline=now + timedelta(days=3), source="ted", ted_notice_id="1-2031")
    OpportunityFactory(title="Closed funding call", opportunity_type="funding-call", deadline=now - timedelta(days=3))

    def listed(**params):
        html = admin_client.get(LIST_URL, params).content.decode()
        return [title for title in ("Open editorial tender", "Closing TED tender", "Closed funding call") if title in html]

    assert listed() == ["Open editorial tender", "Closing TED tender", "Closed funding call"]
    assert listed(status="closed") == ["Closed funding call"]
    assert listed(status="closing-soon") == ["Closing TED tender"]
    assert listed(source="ted") == ["Closing TED tender"]
    assert listed(opportunity_type="funding-call") == ["Closed funding call"]


def test_edit_form_shows_lots_read_only_and_saves_flags(admin_client):
    opportunity = OpportunityFactory(title="Robots for care", flags=["procedure:comp-dial", "procedure:custom-code"])
    OpportunityLotFactory(opportunity=opportunity, lot_id="LOT-0007", title="Field test")
    edit_url = f"{LIST_URL}edit/{opportunity.pk}/"

    page = admin_client.get(edit_url)
    assert page.status_code == 200
    assert "LOT-0007" in page.content.decode()

    response = admin_client.post(
        edit_url,
        {
            "title": "Robots for care",
            "slug": opportunity.slug,
            "opportunity_type": "tender",
            "summary": "Robots that help at home.",
            "organisation": "Health region",
            "deadline": "2031-07-15 12:00",
            "deadline_timezone": "Europe/Helsinki",
            "currency": "eur",
            "budget": "2500000",
            "cpv_codes": '["73000000"]',
            "live": "on",
            "is_innovation": "on",
            "innovation_flags": ["procedure:innovation", "strategic-procurement:inn-pur"],
            "approach": "pcp",
        },
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    opportunity = Opportunity.objects.get(pk=opportunity.pk)
    # Typed as the Helsinki clock shows it (summer, UTC+3), whatever the editor's own zone.
    assert opportunity.deadline == datetime(2031, 7, 15, 9, tzinfo=UTC)
    assert admin_client.get(edit_url).content.decode().count('value="2031-07-15 12:00"') == 1
    assert opportunity.currency == "EUR"
    assert opportunity.cpv_codes == ["73000000"]
    # Unticked codes go, ticked ones come, and a code the form does not offer (set by the importer) stays.
    assert sorted(opportunity.flags.values_list("code", flat=True)) == [
        "procedure:custom-code",
        "procedure:innovation",
        "strategic-procurement:inn-pur",
    ]


def test_reserved_slug_is_refused_next_to_the_field(admin_client):
    response = admin_client.post(
        f"{LIST_URL}add/",
        {
            "title": "Archive",
            "slug": "archive",
            "opportunity_type": "tender",
            "deadline_timezone": "Europe/Brussels",
            "cpv_codes": "[]",
        },
    )

    assert response.status_code == 200
    assert "“archive” is reserved; choose another." in response.content.decode()
    assert not Opportunity.objects.exists()
