"""Junk input never gives a 500: NUL characters, non-ASCII digits, huge numbers and over-long values get 400 —
a JSON body under /api/, the page with a notice (or the notice page) elsewhere. The property-based tests throw junk
at the parameters of every public page and every API operation; CI runs them on SQLite and PostgreSQL."""

import re
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innoprocure.core.junk import MAX_VALUE_LENGTH, TEXT_PARAMETERS, parameter_problems, path_problem, problem
from innoprocure.core.tests.sitemaps import sitemap_xml

pytestmark = pytest.mark.django_db

REPORTED = [  # the failures the outside audit found
    "/opportunities/?q=%00",
    "/get-started/projects/?sector=%00",
    "/stories/feed/rss/?limit=%C2%B2",
    "/stories/?year=%C2%B2%C2%B2%C2%B2%C2%B2",
    "/stories/%00/",
]
REPORTED_API = [
    "/api/v1/opportunities?q=%00",
    "/api/v1/network/centres/%00",
    "/api/v1/stories/9223372036854775808",
    "/api/v1/events/9223372036854775808",
]


@pytest.mark.parametrize(
    ("value", "refused"),
    [
        ("\x00", True),
        ("a" * (MAX_VALUE_LENGTH + 1), True),
        ("²", True),
        ("٣", True),
        ("2025²", True),
        ("9223372036854775808", True),
        ("-9223372036854775809", True),
        ("9223372036854775807", False),
        ("2025", False),
        ("procurement ²", False),
        ("Zürich", False),
        ("", False),
    ],
)
def test_what_counts_as_junk(value, refused):
    assert bool(problem(value)) is refused


def test_junk_in_names_and_paths_is_found_too():
    from django.http import QueryDict

    assert set(parameter_problems(QueryDict("q%00=x&page=2&year=%C2%B2"))) == {"q", "year"}
    # A search text is words: a superscript digit there is searched for, a null character still refused.
    assert parameter_problems(QueryDict("q=%C2%B20&page=2")) == {}
    assert set(parameter_problems(QueryDict("q=a%00"))) == {"q"}
    assert path_problem("/api/v1/stories/9223372036854775808")
    assert not path_problem("/stories/2025/")


@pytest.mark.parametrize("url", REPORTED_API)
def test_reported_api_addresses_answer_400_in_json(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"]


def test_the_api_answers_404_and_405_in_json(client):
    missing = client.get("/api/v1/no-such-thing/")
    assert missing.status_code == 404 and missing.json() == {"detail": "Not found."}
    wrong_method = client.post("/api/v1/stories")
    assert wrong_method.status_code == 405
    assert wrong_method.json()["detail"] and wrong_method["Allow"] == "GET, HEAD, OPTIONS"


# Property-based: junk at every public page's parameters and every API operation --------------------------------

junk = st.one_of(
    st.text(min_size=1, max_size=20).map(lambda text: text + "\x00"),
    st.text(alphabet="⁰¹²³⁴⁵⁶⁷⁸⁹٠١٢٣٤٥٦٧٨٩０１２３", min_size=1, max_size=12),
    st.integers(min_value=2**63, max_value=2**80).map(str),
    st.integers(max_value=-(2**63) - 1, min_value=-(2**80)).map(str),
    st.text(alphabet="ab ", min_size=MAX_VALUE_LENGTH + 1, max_size=MAX_VALUE_LENGTH + 50),
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40),  # anything else: must never be a 500
)
EXAMPLES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def public_pages(client):
    """Every section's pages one level deep (from the sitemap) and the parameter names their forms send."""
    xml = sitemap_xml(client)
    paths = sorted({re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", xml)})
    pages = [path for path in paths if path.count("/") <= 3] + ["/stories/feed/rss/", "/search/"]
    names = {"page", "q"}
    for path in pages:
        names |= set(re.findall(r'<(?:input|select)[^>]* name="([a-z_]+)"', client.get(path).content.decode()))
    return pages, sorted(names - {"csrfmiddlewaretoken", "homepage"})


def test_junk_on_public_pages_gets_400_with_a_notice_never_a_server_error(client, demo_content):
    """One test, because loading the demo content is slow: the reported addresses, then junk at every parameter."""
    for url in REPORTED:
        response = client.get(url)
        assert response.status_code == 400, url
        html = response.content.decode()
        assert 'class="notice notice--warning"' in html and "<h1>" in html, url  # in the site's layout

    # A listing with junk is the listing without the junk, with the notice.
    response = client.get("/stories/?year=%C2%B2&q=%00")
    assert response.status_code == 400
    html = response.content.decode()
    assert "“year” (numbers must be written with the digits 0 to 9)" in html
    assert "“q” (contains a null character)" in html
    assert client.get("/stories/").content.decode().count('class="card') == html.count('class="card') > 0

    pages, names = public_pages(client)
    assert len(pages) > 20 and {"q", "page", "year"} <= set(names)

    @EXAMPLES
    @given(path=st.sampled_from(pages), name=st.sampled_from(names), value=junk)
    def check(path, name, value):
        response = client.get(path, {name: value})
        assert response.status_code < 500, (path, name, value)
        if problem(value, numbers=name not in TEXT_PARAMETERS):
            assert response.status_code == 400, (path, name, value)

    check()


def api_operations():
    from innoprocure.api.api import api

    schema = api.get_openapi_schema(path_prefix="/api/v1")
    for path, methods in schema["paths"].items():
        for operation in methods.values():
            parameters = operation.get("parameters", [])
            yield path, [(parameter["name"], parameter["in"]) for parameter in parameters]


def test_junk_at_any_api_operation_never_gives_a_server_error(client, home_page):
    operations = [(path, parameters) for path, parameters in api_operations() if parameters]
    assert len(operations) >= 8  # every section's list and detail operations

    @EXAMPLES
    @given(operation=st.sampled_from(operations), data=st.data(), value=junk)
    def check(operation, data, value):
        path, parameters = operation
        name, where = data.draw(st.sampled_from(parameters))
        url, query = path, {}
        for other, other_where in parameters:
            if other_where == "path":
                url = url.replace("{" + other + "}", quote(value, safe="") if other == name else "1")
        if where == "query":
            query[name] = value
        response = client.get(url, query)
        assert response.status_code < 500, (url, query)
        assert response["Content-Type"].startswith("application/json"), (url, query, response.status_code)
        if problem(value, numbers=where == "path" or name not in TEXT_PARAMETERS):
            assert response.status_code == 400, (url, query)

    check()
