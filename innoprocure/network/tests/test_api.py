import pytest

from innoprocure.network.models import CentreStatus, SignatoryStatus

from .factories import CentreServiceFactory, CompetenceCentreFactory, MeetingFactory, PaperFactory, SignatoryFactory, country

pytestmark = pytest.mark.django_db

BASE = "/api/v1/network"


@pytest.fixture
def centres():
    helpdesk = CentreServiceFactory(slug="helpdesk")
    return [
        CompetenceCentreFactory(slug="ioeb", name="IÖB", country=country("AT"), services=[helpdesk]),
        CompetenceCentreFactory(slug="koinno", name="KOINNO", country=country("DE")),
        CompetenceCentreFactory(slug="eis", name="EIS", country=country("EE"), status=CentreStatus.PILOT_MEMBER),
        CompetenceCentreFactory(slug="gone", name="Gone", country=country("DK"), status=CentreStatus.FORMER),
    ]


def slugs(response):
    return [item["slug"] for item in response.json()["results"]]


def test_centres_list_and_filters(client, centres):
    response = client.get(f"{BASE}/centres")
    assert response.status_code == 200
    assert response.json()["count"] == 3
    assert sorted(slugs(response)) == ["eis", "ioeb", "koinno"]
    assert slugs(client.get(f"{BASE}/centres?country=DE&country=EE")) == ["eis", "koinno"]  # by country name
    assert slugs(client.get(f"{BASE}/centres?status=former")) == ["gone"]
    assert slugs(client.get(f"{BASE}/centres?service=helpdesk")) == ["ioeb"]
    first = client.get(f"{BASE}/centres?country=AT").json()["results"][0]
    assert first["country"] == {"code": "AT", "name": "Austria"}
    assert first["status"] == "member" and first["experience"] == "experienced"
    assert first["url"].endswith("/network/members/ioeb/")


def test_unknown_filter_values_answer_400_with_json(client, centres):
    response = client.get(f"{BASE}/centres?status=royal")
    assert response.status_code == 400
    body = response.json()
    assert body["errors"][0]["parameter"] == "status"
    assert "member" in body["errors"][0]["message"]  # the values it takes


def test_a_country_code_without_centres_matches_nothing(client, centres):
    response = client.get(f"{BASE}/centres?country=ZZ")
    assert response.status_code == 200 and response.json()["count"] == 0
    assert client.get(f"{BASE}/centres?country=1").status_code == 400


def test_centre_detail_and_404(client, centres):
    response = client.get(f"{BASE}/centres/ioeb")
    assert response.status_code == 200
    assert response.json()["name"] == "IÖB"
    missing = client.get(f"{BASE}/centres/nowhere")
    assert missing.status_code == 404
    assert "detail" in missing.json()


def test_meetings_with_their_papers(client, centres):
    meeting = MeetingFactory(number=1, topic="Strategies", host=centres[1])
    meeting.participants.set(centres[:2])
    PaperFactory(meeting=meeting, title="From targets to practice")
    MeetingFactory(number=2, topic="Impact")
    data = client.get(f"{BASE}/meetings").json()
    assert [item["number"] for item in data["results"]] == [2, 1] and data["count"] == 2
    first = client.get(f"{BASE}/meetings/1").json()
    assert first["title"] == "KE Meeting 1"
    assert first["host"]["slug"] == "koinno"
    assert {item["slug"] for item in first["participants"]} == {"ioeb", "koinno"}
    assert first["paper"]["title"] == "From targets to practice"
    assert first["paper"]["document_url"].startswith("http")
    assert client.get(f"{BASE}/meetings/9").status_code == 404


def test_signatories_only_confirmed_with_count_by_country(client):
    SignatoryFactory(ministry="Ministry of Science", country=country("ES"))
    SignatoryFactory(ministry="Ministry of Economy", country=country("ES"))
    SignatoryFactory(ministry="Waiting", status=SignatoryStatus.REQUESTED)
    data = client.get(f"{BASE}/signatories").json()
    assert data["count"] == 2
    assert data["by_country"] == [{"country": {"code": "ES", "name": "Spain"}, "count": 2}]
    assert "Waiting" not in [item["ministry"] for item in data["results"]]
    assert "official_email" not in data["results"][0]
