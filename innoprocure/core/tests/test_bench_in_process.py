"""`bench_pages --in-process` measures through the test client: it counts a page's queries and refuses a page that
does not answer 200 (a measured error page would look fast)."""

import pytest

from innoprocure.core import benchpages

pytestmark = pytest.mark.django_db


def test_it_counts_the_queries_of_each_request_and_refuses_an_error_page(settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    found = benchpages.render_in_process("/challenges/", repeat=3)  # a listing outside the page tree

    assert found.queries > 0
    assert 0 < found.median_ms <= found.p90_ms
    with pytest.raises(RuntimeError, match="404"):
        benchpages.render_in_process("/no-such-page/", repeat=1)
