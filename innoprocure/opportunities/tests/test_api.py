"""/api/v1/opportunities: the listing's filters, the detail with lots, and 400s with a JSON body."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from innoprocure.opportunities.tests.factories import OpportunityFactory, OpportunityLotFactory, opportunities_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def opportunities():
    opportunities_index()
    now = timezone.now()
    athens = OpportunityFactory(
        title="Athens market consultation",
        opportunity_type="market-consultation",
        deadline=datetime(2031, 7, 15, 15, tzinfo=ZoneInfo("Europe/Athens")),
        deadline_timezone="Europe/Athens",
        flags=["procedure:comp-dial"],
        cpv_codes=["71354500"],
        titles={"en": "Athens market consultation", "el": "Διαβούλευση αγοράς"},
    )
    OpportunityLotFactory(opportunity=athens, lot_id="1", title="Mapping", currency="EUR", estimated_value=250000)
    return {
        "athens": athens,
        "soon": OpportunityFactory(title="Closing soon", deadline=now + timedelta(days=2)),
        "closed": OpportunityFactory(title="Closed", deadline=now - timedelta(days=2)),
    }


def test_list_open_ones_soonest_first(client, opportunities):
    data = client.get("/api/v1/opportunities").json()

    assert data["count"] == 2
    assert [(item["title"], item["status"]) for item in data["results"]] == [
        ("Closing soon", "closing-soon"),
        ("Athens market consultation", "open"),
    ]
    athens = data["results"][1]
    assert (athens["deadline"], athens["deadline_timezone"]) == ("2031-07-15T15:00:00+03:00", "Europe/Athens")
    assert athens["flags"] == ["procedure:comp-dial"]
    assert athens["url"] == f"http://testserver/opportunities/{opportunities['athens'].slug}/"


def test_list_filters(client, opportunities):
    def titles(**params):
        return [item["title"] for item in client.get("/api/v1/opportunities", params).json()["results"]]

    assert titles(status="closed") == ["Closed"]
    assert titles(type="market-consultation") == ["Athens market consultation"]
    assert titles(flag="procedure:comp-dial") == ["Athens market consultation"]
    assert titles(q="soon") == ["Closing soon"]


def test_detail_with_lots_and_languages(client, opportunities):
    data = client.get(f"/api/v1/opportunities/{opportunities['athens'].pk}").json()

    assert data["titles"] == {"en": "Athens market consultation", "el": "Διαβούλευση αγοράς"}
    assert data["lots"] == [
        {
            "lot_id": "1",
            "title": "Mapping",
            "description": "",
            "deadline": None,
            "deadline_kind": "",
            "deadlines": [],
            "cpv_codes": [],
            "estimated_value": "250000.00",
            "framework_maximum": None,
            "currency": "EUR",
        }
    ]


def test_closed_ones_stay_available_in_the_api(client, opportunities):
    response = client.get(f"/api/v1/opportunities/{opportunities['closed'].pk}")

    assert response.status_code == 200
    assert response.json()["status"] == "closed"


@pytest.mark.parametrize(
    ("params", "parameter"),
    [({"status": "maybe"}, "status"), ({"type": "xyz"}, "type"), ({"flag": "bad"}, "flag"), ({"page": "0"}, "page")],
)
def test_bad_parameters_get_a_400_naming_the_parameter(client, opportunities, params, parameter):
    response = client.get("/api/v1/opportunities", params)

    assert response.status_code == 400
    assert [error["parameter"] for error in response.json()["errors"]] == [parameter]


def test_unknown_opportunity_is_a_404(client, opportunities):
    response = client.get("/api/v1/opportunities/987654")

    assert response.status_code == 404
    assert response.json() == {"detail": "No published opportunity has this id."}
