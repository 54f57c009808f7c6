import datetime

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from innoprocure.network.governance import balance
from innoprocure.network.models import CentreStatus, CoChair, GovernanceSettings

from .factories import CompetenceCentreFactory, country, document, secretariat_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def rules():
    settings = GovernanceSettings.load()
    settings.pilot_year = 2026
    settings.voting_window_days = 21
    settings.quorum_percent = 60
    settings.majority_percent = 66
    settings.new_centres_target_percent = 35
    settings.max_members_per_country = 2
    settings.rules_document = document(title="Rules of procedure", name="rules.pdf")
    settings.save()
    greece = CompetenceCentreFactory(name="Greek centre", country=country("GR"))
    netherlands = CompetenceCentreFactory(name="Dutch centre", country=country("NL"))
    CoChair.objects.create(
        settings=settings, centre=greece, person_name="Eleni Vasilaki", term_start=datetime.date(2026, 1, 1), sort_order=0
    )
    CoChair.objects.create(
        settings=settings,
        centre=netherlands,
        person_name="Maarten Kuipers",
        term_start=datetime.date(2026, 1, 1),
        term_end=datetime.date(2026, 12, 31),
        sort_order=1,
    )
    return settings


def test_governance_page_shows_the_rules_in_force(client, rules):
    response = client.get(reverse("network:governance"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "pilot year in 2026" in html
    assert "Eleni Vasilaki" in html and "Greek centre" in html
    assert "Maarten Kuipers" in html and "31 December 2026" in html
    assert "21 days from the opening of a ballot" in html
    assert "At least 60% of the voting members must cast a vote" in html
    assert "more than 66% of the yes and no votes" in html
    assert "at least 35% of the members" in html
    assert "At most 2 members per country" in html
    assert rules.rules_document.url in html


def test_editing_the_settings_changes_the_page(client, rules):
    rules.quorum_percent = 75
    rules.save()
    assert "At least 75% of the voting members" in client.get(reverse("network:governance")).content.decode()


def test_secretariat_may_edit_the_governance_settings_in_the_admin(client):
    user = secretariat_user()
    assert user.has_perm("network.change_governancesettings")
    client.force_login(user)
    url = reverse("wagtailsettings:edit", args=["network", "governancesettings"])
    response = client.get(url, follow=True)
    assert response.status_code == 200
    assert "Balance guidelines" in response.content.decode()
    form = {
        "pilot_year": "2027",
        "voting_window_days": "10",
        "quorum_percent": "60",
        "majority_percent": "50",
        "reminder_days_before_close": "2",
        "new_centres_target_percent": "30",
        "max_members_per_country": "1",
        "experienced_after_years": "5",
        "rules_document": "",
        "co_chairs-TOTAL_FORMS": "0",
        "co_chairs-INITIAL_FORMS": "0",
        "co_chairs-MIN_NUM_FORMS": "0",
        "co_chairs-MAX_NUM_FORMS": "1000",
    }
    response = client.post(response.redirect_chain[-1][0] if response.redirect_chain else url, form)
    assert response.status_code == 302
    assert GovernanceSettings.load().voting_window_days == 10
    assert "10 days from the opening of a ballot" in client.get(reverse("network:governance")).content.decode()


def test_snapshot_holds_the_rules_as_plain_values(rules):
    snapshot = rules.snapshot()
    assert snapshot["quorum_percent"] == 60
    assert snapshot["majority_percent"] == 66
    assert snapshot["voting_window_days"] == 21
    assert all(isinstance(value, int) for value in snapshot.values())


def test_balance_counts_new_centres_and_countries():
    year = timezone.localdate().year
    CompetenceCentreFactory(country=country("AT"), established_year=year - 10)
    CompetenceCentreFactory(country=country("DE"), established_year=year - 1)
    CompetenceCentreFactory(country=country("FR"), status=CentreStatus.CANDIDATE, established_year=year)
    rules = GovernanceSettings.load().snapshot()
    today = balance(rules)
    assert (today.members, today.new, today.experienced, today.new_share_percent) == (2, 1, 1, 50.0)
    assert today.countries_over_limit == []
    admitted = balance(rules, extra_country=country("AT"), extra_is_new=True)
    assert (admitted.members, admitted.new) == (3, 2)
    assert admitted.countries_over_limit == [country("AT")]


def test_secretariat_role_has_the_network_permissions():
    user = secretariat_user()
    for codename in ["change_competencecentre", "add_knowledgeexchangemeeting", "change_signatory", "change_governancesettings"]:
        assert Permission.objects.filter(codename=codename, group__user=user).exists(), codename
