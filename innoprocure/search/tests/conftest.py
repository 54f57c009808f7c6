import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Search results are cached by index version; each test starts from an empty cache all the same."""
    cache.clear()
    yield
    cache.clear()
