import pytest
from django.utils import timezone

from innoprocure.challenges.tests.conftest import (  # noqa: F401 - fixtures shared with the challenges' tests
    _no_lockout_log,
    buyer,
    buyer_org,
    member_of,
    platform_team,
    rival,
    rival_org,
    stranger,
    supplier,
    supplier_org,
)
from innoprocure.core.models import Country, Sector
from innoprocure.showcase.models import ProfileStatus, Reference, SolutionProfile


def make_profile(org, status=ProfileStatus.APPROVED, **fields):
    values = {
        "organisation": org,
        "name": "Silent snow sweeper",
        "slug": "silent-snow-sweeper",
        "problem": "Snow clearing at night wakes residents.",
        "description": "An electric sweeper with rubber brushes that clears pavements without noise.",
        "trl": 7,
        "status": status,
        "approved_at": timezone.now() if status == ProfileStatus.APPROVED else None,
    }
    values.update(fields)
    sectors = values.pop("sectors", ["mobility"])
    countries = values.pop("countries", ["AT"])
    profile = SolutionProfile.objects.create(**values)
    profile.sectors.set(Sector.objects.filter(slug__in=sectors))
    profile.countries.set(Country.objects.filter(code__in=countries))
    Reference.objects.create(profile=profile, title="Fictional town of Schneeberg", description="Two winters of trials.")
    profile.save()  # indexed with its sectors and references, as services.save_profile leaves it
    return profile


@pytest.fixture
def profile(supplier_org):  # noqa: F811
    return make_profile(supplier_org)


@pytest.fixture
def draft(supplier_org):  # noqa: F811
    return make_profile(supplier_org, status=ProfileStatus.DRAFT, name="Secret glacier drone", slug="secret-glacier-drone")
