"""The demo opportunities: open, closing soon and closed relative to today, several types; a second run changes nothing."""

import io

import pytest
from django.db.models import Count

from innoprocure.demo.loaders import core as core_demo
from innoprocure.demo.loaders import opportunities as demo
from innoprocure.opportunities.models import Opportunity

pytestmark = pytest.mark.django_db


def test_demo_opportunities_cover_every_status_and_loading_twice_changes_nothing(client):
    core_demo.load(io.StringIO())
    demo.load(io.StringIO())
    first = list(Opportunity.objects.order_by("slug").values_list("slug", "deadline", "updated_at"))

    out = io.StringIO()
    demo.load(out)

    assert list(Opportunity.objects.order_by("slug").values_list("slug", "deadline", "updated_at")) == first
    assert "0 opportunities" in out.getvalue()
    opportunities = list(Opportunity.objects.all())
    assert len(opportunities) >= 15
    statuses = [opportunity.status for opportunity in opportunities]
    assert {status: statuses.count(status) >= 2 for status in ("open", "closing-soon", "closed")} == {
        "open": True,
        "closing-soon": True,
        "closed": True,
    }
    types = dict(Opportunity.objects.values_list("opportunity_type").annotate(Count("pk")))
    assert set(types) == {"funding-call", "tender", "market-consultation", "prize", "partner-search"}
    assert client.get("/opportunities/").status_code == 200
    assert client.get("/opportunities/archive/").status_code == 200
    for opportunity in opportunities:
        response = client.get(opportunity.get_absolute_url())
        assert response.status_code == 200
        # Every demo opportunity is labelled as invented (or as an SDK example), says how to respond and links out.
        page = response.content.decode()
        assert opportunity.illustrative and "Illustrative example" in page
        assert opportunity.how_to_respond and "How to respond" in page
        assert opportunity.url.startswith(("https://", "http://")) and f'href="{opportunity.url}"' in page
        assert opportunity.organisation, opportunity.slug

    # The archive holds the eForms SDK examples, imported through the TED importer, with their licence notice.
    examples = Opportunity.objects.filter(source="ted")
    assert examples.count() >= 5
    assert {example.url for example in examples} == {"https://github.com/OP-TED/eForms-SDK"}
    # Their link goes to the SDK's example notices, and says so: these notices were never published on TED.
    page = client.get(examples.first().get_absolute_url()).content.decode()
    assert "Example notice in the eForms SDK" in page and "Read the notice on TED" not in page
    assert (
        "CC BY 4.0" in client.get("/opportunities/archive/").content.decode()
        or "CC BY 4.0" in client.get("/opportunities/").content.decode()
    )


def test_the_demo_lists_an_open_market_consultation_made_by_the_importer_from_a_pin(client):
    core_demo.load(io.StringIO())
    demo.load(io.StringIO())
    consultation = Opportunity.objects.get(source="ted", opportunity_type="market-consultation")
    assert consultation.ted_notice_type == "pin-only"
    assert consultation.status == "open"
    assert consultation.valid_until and consultation.deadline is None
    listing = client.get("/opportunities/", {"type": "market-consultation"}).content.decode()
    assert consultation.get_absolute_url() in listing
    assert consultation.get_absolute_url() in client.get("/opportunities/").content.decode()
