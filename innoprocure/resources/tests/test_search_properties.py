"""Bad input never breaks search: any query and any filter value gives a page (listing) or a 200/400 (API).
Junk (NUL characters, huge numbers, over-long values: innoprocure.core.junk) gives the page with a notice and 400."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innoprocure.core.junk import problem
from innoprocure.search.tests.factories import ResourceFactory
from innoprocure.search.tests.fixtures import fresh_cache, resource_centre  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "resource_centre")]

PARAMETERS = ["q", "type", "sector", "approach", "stage", "country", "language", "year", "tag", "sort", "page", "page_size"]

# Queries that look like the syntax of some search engine or database, plus anything at all.
NASTY = [
    '"',
    '"unclosed phrase',
    "((((",
    "a AND (b OR",
    "-NOT +must ~fuzzy^2 field:value",
    "' OR 1=1 --",
    "'; DROP TABLE sitesearch_term; --",
    "%_%",
    "\\",
    "* ? [a-z] {1,2}",
    "<script>alert(1)</script>",
    "NEAR/3 procurement",
    "&& || !",
    "🚌🚀 émoji ünïcödé",
    "\x00procurement\x00",
    "procurement " * 2000,
    "ä" * 10_000,
]
values = st.one_of(st.sampled_from(NASTY), st.text(max_size=200), st.integers().map(str))
query_strings = st.lists(st.tuples(st.sampled_from(PARAMETERS), values), max_size=6)
RELAXED = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def some_resources():
    ResourceFactory(title="Procurement of electric buses", sectors=["mobility"], countries=["DE"], tags=["zero emission"])
    ResourceFactory(title="Beschaffung von Innovationen", language="de", sectors=["energy"])


@RELAXED
@given(params=query_strings)
def test_the_listing_always_answers_with_a_page(client, some_resources, params):
    response = client.get("/resources/", params)
    assert response.status_code == (400 if any(problem(value) for _name, value in params) else 200)
    assert b"Resource Centre" in response.content


@RELAXED
@given(params=query_strings)
def test_the_api_answers_200_or_400_with_json(client, some_resources, params):
    response = client.get("/api/v1/resources", params)
    assert response.status_code in (200, 400)
    body = response.json()
    if response.status_code == 400:
        assert body["errors"] and all(error["parameter"] for error in body["errors"])
    else:
        assert body["count"] >= 0


@pytest.mark.parametrize("query", NASTY)
def test_each_nasty_query_works_everywhere(client, some_resources, query):
    expected = 400 if problem(query) else 200
    assert client.get("/resources/", {"q": query}).status_code == expected
    assert client.get("/api/v1/resources", {"q": query}).status_code in (200, 400)
    assert client.get("/search/", {"q": query}).status_code == expected
