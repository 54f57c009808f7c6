import pytest
from django.core.cache import cache

from innoprocure.membership import services
from innoprocure.membership.tests.factories import ApplicationFactory, member_representatives, secretariat_user
from innoprocure.network.models import GovernanceSettings


@pytest.fixture(autouse=True)
def _clean_cache():
    # Rate limits and cached settings must not leak from one test into the next.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _no_lockout_log(settings):
    # force_login's bare request has no client address; django-axes would log it as "unknown", which
    # PostgreSQL's inet column refuses. Lock-outs are the accounts app's subject, not this one's.
    settings.AXES_ENABLED = False


@pytest.fixture
def governance(db):
    """The governance rules with known values: 14-day window, quorum 50 %, majority > 50 %, reminders 2 days ahead."""
    rules = GovernanceSettings.load()
    rules.voting_window_days = 14
    rules.quorum_percent = 50
    rules.majority_percent = 50
    rules.reminder_days_before_close = 2
    rules.new_centres_target_percent = 30
    rules.max_members_per_country = 1
    rules.experienced_after_years = 5
    rules.save()
    return rules


@pytest.fixture
def secretariat(db):
    return secretariat_user(email="secretariat@example.org")


@pytest.fixture
def voters(governance):
    """Three representatives of voting member centres in three countries."""
    return member_representatives(3)


@pytest.fixture
def submitted(governance):
    application = ApplicationFactory()
    return services.submit(application, application.applicant, notify=False)


@pytest.fixture
def ballot(submitted, secretariat, voters):
    return services.open_ballot(submitted, secretariat, notify=False)
