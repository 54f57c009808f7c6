import pytest

from innoprocure.showcase.models import ProfileStatus, SolutionProfile

pytestmark = pytest.mark.django_db


def test_the_demo_shows_eight_illustrative_solutions_and_one_waiting(demo_content, client):
    public = SolutionProfile.objects.public()
    assert public.count() == 8
    assert SolutionProfile.objects.filter(status=ProfileStatus.PENDING).count() == 1
    assert not SolutionProfile.objects.filter(illustrative=False).exists()
    assert public.values("organisation").distinct().count() == 6  # every demo supplier presents one
    assert public.filter(organisation__members__user__email="supplier@example.org").exists()
    listing = client.get("/showcase/").content.decode()
    assert "8 solutions" in listing and "Illustrative example" in listing
    assert "Solar bus-stop display" not in listing  # waiting for approval
    assert "Acoustic leak finder for water mains" in client.get("/search/", {"q": "leak water mains"}).content.decode()
    assert "Acoustic leak finder" in client.get("/showcase/", {"country": "PL", "sector": "water"}).content.decode()
