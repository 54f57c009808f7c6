import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters and used TOTP codes live in the cache: every test starts without them."""
    cache.clear()
    yield
    cache.clear()
