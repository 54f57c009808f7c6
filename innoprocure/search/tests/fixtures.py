"""Fixtures shared by the search tests here and in innoprocure/resources/tests (import them by name)."""

import pytest
from django.core.cache import cache

from innoprocure.core.site import ensure_child_page
from innoprocure.resources.models import ResourceIndexPage


@pytest.fixture
def fresh_cache():
    """Results are cached by index version, which a rolled-back test may reuse: start every test clean."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def resource_centre(home_page):
    """The Resource Centre page at /resources/."""
    return ensure_child_page(home_page, ResourceIndexPage, "resources", title="Resource Centre")
