import pytest

from innoprocure.search.tests.fixtures import fresh_cache, resource_centre  # noqa: F401


@pytest.fixture(autouse=True)
def _clean_cache(fresh_cache):  # noqa: F811
    yield
