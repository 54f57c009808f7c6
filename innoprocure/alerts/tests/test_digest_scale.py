"""The digest at scale: each distinct search worked out, rendered (per language) and recorded once, the database work
bounded by the distinct searches, not by the people; at most MAX_LISTED items listed per search."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from innoprocure.alerts import digests
from innoprocure.alerts.models import Dispatch, DispatchItem
from innoprocure.alerts.tests.helpers import person, run, saved
from innoprocure.alerts.tests.test_digests import compiled_catalogues  # noqa: F401 - a fixture
from innoprocure.opportunities.tests.factories import OpportunityFactory, opportunities_index

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def index():
    return opportunities_index()


def test_people_with_the_same_search_share_one_record_of_what_was_sent():
    searches = [saved(person(f"p{n}@example.org"), "country=FI") for n in range(3)]
    OpportunityFactory(title="Finnish tender", country_id="FI")

    sent = run()

    assert sorted(message.to[0] for message in sent) == ["p0@example.org", "p1@example.org", "p2@example.org"]
    assert all("Finnish tender" in message.body for message in sent)
    dispatch = Dispatch.objects.get()
    assert dispatch.count == 1 and DispatchItem.objects.count() == 1
    assert set(dispatch.searches.all()) == set(searches)
    assert run(minutes=2) == []


@pytest.mark.usefixtures("compiled_catalogues")
def test_a_shared_block_is_rendered_in_each_readers_language():
    saved(person("en@example.org", language="en"), "country=FI")
    saved(person("de@example.org", language="de"), "country=FI")
    OpportunityFactory(title="Finnish tender", country_id="FI", opportunity_type="tender")

    sent = {message.to[0]: message for message in run()}

    assert "Ausschreibung" in sent["de@example.org"].body and "Frist" in sent["de@example.org"].body
    assert "Ausschreibung" not in sent["en@example.org"].body and "Call for tenders" in sent["en@example.org"].body


def test_the_queries_do_not_grow_with_the_people():
    def people(start, count):
        for n in range(start, start + count):
            user = person(f"person{n}@example.org")
            saved(user, "country=FI", name="Finland")
            saved(user, "country=SE&type=tender", name="Swedish tenders")

    def measured(days):
        for country in ("FI", "SE", "FI"):
            OpportunityFactory(country_id=country, opportunity_type="tender")
        with CaptureQueriesContext(connection) as captured:
            digests.run(timezone.now() + timezone.timedelta(days=days, minutes=5))
        return len(captured)

    people(0, 2)
    few = measured(0)
    people(2, 12)
    many = measured(1)

    assert Dispatch.objects.filter(searches__isnull=False).distinct().count() == 4  # 2 distinct searches × 2 runs
    assert many == few  # 14 people cost what 2 cost: the work is per distinct search (and batch of people)


def test_at_most_twenty_items_per_search_are_listed_then_a_link_to_the_rest():
    saved(person(), "country=FI", name="Finland")
    for number in range(25):
        OpportunityFactory(title=f"Finnish tender {number:02}", country_id="FI")

    sent = run()

    assert len(sent) == 1
    body, html = sent[0].body, sent[0].alternatives[0].content
    assert sent[0].subject == "25 new items for your saved searches"
    assert body.count("\n- ") == digests.MAX_LISTED == 20
    assert "And 5 more items: see them in the listing: http://127.0.0.1:8000/opportunities/?country=FI" in body
    assert '<a href="http://127.0.0.1:8000/opportunities/?country=FI">And 5 more items: see them in the listing</a>' in html
    assert Dispatch.objects.get().count == 25  # all of them were reported: none comes again
    assert run(days=1, minutes=5) == []
