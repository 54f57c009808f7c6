import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


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


@pytest.fixture
def network_page(home_page):
    from innoprocure.core.site import ensure_child_page
    from innoprocure.network.models import NetworkIndexPage

    return ensure_child_page(home_page, NetworkIndexPage, "network", title="P2I Network", introduction="The network.")


@pytest.fixture
def declaration_page(network_page):
    from innoprocure.core.site import ensure_child_page
    from innoprocure.network.models import DeclarationPage

    return ensure_child_page(
        network_page,
        DeclarationPage,
        "declaration",
        title="Joint Ministerial Declaration",
        text="<p>We support the network.</p>",
        aims=[("aim", {"title": "A centre in every country", "text": ""})],
    )
