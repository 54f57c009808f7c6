import pytest
from django.core.management import call_command

from innoprocure.challenges.models import Challenge, Organisation, OrganisationMember, Response
from innoprocure.opportunities.models import Opportunity

pytestmark = pytest.mark.django_db


def test_the_demo_has_six_illustrative_challenges_in_six_countries_and_loads_twice_alike(demo_database, client):
    assert Challenge.objects.published().count() == 6
    assert Challenge.objects.values("country").distinct().count() == 6
    assert Response.objects.count() == 15
    assert not Challenge.objects.filter(illustrative=False).exists()
    assert not Organisation.objects.filter(illustrative=False).exists()
    for email in ("buyer@example.org", "supplier@example.org", "supplier2@example.org"):
        assert OrganisationMember.objects.filter(user__email=email).exists()
    assert Opportunity.objects.filter(opportunity_type="challenge", live=True, illustrative=True).count() == 6
    page = client.get("/challenges/").content.decode()
    assert page.count("Illustrative example") >= 6
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (
        Challenge.objects.count(),
        Response.objects.count(),
        Opportunity.objects.filter(opportunity_type="challenge").count(),
    ) == (6, 15, 6)
