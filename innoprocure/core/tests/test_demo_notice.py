"""The "demonstration content" line on every page, which a real deployment switches off (settings.DEMO_NOTICE)."""

import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db

NOTICE = "Demonstration site: the content shows how the platform works, and invented items carry a label"


@pytest.fixture(autouse=True)
def _fresh_pages():
    cache.clear()  # the page cache must not answer with a page rendered under the other setting
    yield
    cache.clear()


@pytest.mark.parametrize("path", ["/", "/network/membership/", "/accounts/login/"])
def test_the_demo_says_so_on_every_page(client, home_page, settings, path):
    settings.DEMO_NOTICE = True
    html = client.get(path).content.decode()
    assert NOTICE in html
    assert 'href="/about/"' in html


@pytest.mark.parametrize("path", ["/", "/network/membership/"])
def test_a_real_deployment_switches_it_off(client, home_page, settings, path):
    settings.DEMO_NOTICE = False
    assert NOTICE not in client.get(path).content.decode()


def test_production_switches_it_off_unless_asked():
    from innoprocure.core.tests.test_production_settings import PRODUCTION, manage

    show = ["shell", "-c", "from django.conf import settings; print(settings.DEMO_NOTICE)"]
    # The last line is the answer (the shell may first say what it imported).
    assert manage(*show, **PRODUCTION, DEMO_NOTICE="").stdout.strip().splitlines()[-1] == "False"
    assert manage(*show, **PRODUCTION, DEMO_NOTICE="true").stdout.strip().splitlines()[-1] == "True"
