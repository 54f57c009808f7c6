import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def no_axes_log_for_force_login(settings):
    # client.force_login() sends no REMOTE_ADDR; axes would log the address "unknown", which PostgreSQL's inet column
    # refuses. Sign-in protection is the accounts app's to test; here we only need a signed-in user.
    settings.AXES_ENABLED = False


@pytest.fixture(autouse=True)
def fresh_cache():
    # Rate-limit counters live in the cache; each test starts from zero.
    cache.clear()
    yield
    cache.clear()
