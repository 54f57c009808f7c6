import datetime

import pytest
from django.utils import timezone

from innoprocure.network.models import Experience, GovernanceSettings

from .factories import CompetenceCentreFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 22)


def test_derived_from_years_of_operation():
    old = CompetenceCentreFactory.build(established_year=2021)
    young = CompetenceCentreFactory.build(established_year=2022)
    # Five full calendar years (the default threshold) make a centre experienced.
    assert old.derived_experienced(5, today=TODAY) is True
    assert young.derived_experienced(5, today=TODAY) is False


def test_unknown_year_falls_back_on_the_track_record():
    assert CompetenceCentreFactory.build(established_year=None, track_record="Forty procurements supported.").derived_experienced(
        5
    )
    assert not CompetenceCentreFactory.build(established_year=None, track_record="  ").derived_experienced(5)


def test_threshold_comes_from_the_governance_settings():
    year = timezone.localdate().year
    centre = CompetenceCentreFactory(established_year=year - 3)
    assert centre.is_experienced is False
    rules = GovernanceSettings.load()
    rules.experienced_after_years = 3
    rules.save()
    centre.refresh_from_db()
    assert centre.is_experienced is True
    assert centre.experience_label == "Experienced"


def test_the_secretariats_choice_overrides_the_rule():
    year = timezone.localdate().year
    veteran = CompetenceCentreFactory(established_year=year - 30, experience=Experience.NEW)
    newcomer = CompetenceCentreFactory(established_year=year, experience=Experience.EXPERIENCED)
    assert veteran.is_experienced is False
    assert veteran.experience_label == "Newly established"
    assert newcomer.is_experienced is True


def test_directory_and_detail_show_the_experience(client):
    year = timezone.localdate().year
    centre = CompetenceCentreFactory(name="Young centre", established_year=year - 1)
    assert "Newly established" in client.get("/network/members/").content.decode()
    centre.experience = Experience.EXPERIENCED
    centre.save()
    assert "Newly established" not in client.get(centre.get_absolute_url()).content.decode()
    assert "Experienced" in client.get(centre.get_absolute_url()).content.decode()
