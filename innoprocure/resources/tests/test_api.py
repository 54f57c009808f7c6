"""/api/v1/resources: the same search as JSON, documented in the OpenAPI schema, 400 naming a bad parameter."""

import pytest

from innoprocure.search.tests.factories import ResourceFactory
from innoprocure.search.tests.fixtures import fresh_cache, resource_centre  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "resource_centre")]

TYPES = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "array": list,
    "object": dict,
    "null": type(None),
}


def check(value, schema, components, path="$"):
    """Raise AssertionError where `value` does not fit the (OpenAPI 3.1 / JSON Schema) `schema`."""
    if "$ref" in schema:
        return check(value, components[schema["$ref"].rsplit("/", 1)[1]], components, path)
    if "anyOf" in schema:
        failures = []
        for option in schema["anyOf"]:
            try:
                return check(value, option, components, path)
            except AssertionError as failure:
                failures.append(str(failure))
        raise AssertionError(f"{path}: fits none of {failures}")
    expected = schema.get("type")
    if expected:
        kinds = expected if isinstance(expected, list) else [expected]
        assert any(
            isinstance(value, TYPES[kind]) and not (kind in ("integer", "number") and isinstance(value, bool)) for kind in kinds
        ), f"{path}: {value!r} is not {expected}"
    if "enum" in schema:
        assert value in schema["enum"], f"{path}: {value!r} not in {schema['enum']}"
    if isinstance(value, dict):
        for name in schema.get("required", []):
            assert name in value, f"{path}: missing {name}"
        properties = schema.get("properties", {})
        for name, item in value.items():
            if name in properties:
                check(item, properties[name], components, f"{path}.{name}")
            elif isinstance(schema.get("additionalProperties"), dict):
                check(item, schema["additionalProperties"], components, f"{path}.{name}")
            else:
                assert not properties, f"{path}: {name} is not in the schema"
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            check(item, schema["items"], components, f"{path}[{index}]")
    return None


@pytest.fixture
def schema(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def response_schema(schema, path, status):
    return schema["paths"][path]["get"]["responses"][str(status)]["content"]["application/json"]["schema"]


@pytest.fixture
def resources():
    first = ResourceFactory(
        title="Hydrogen buses for Bolzano",
        summary="Fuel cell buses bought through pre-commercial procurement.",
        body="<p>The <b>buses</b> run since 2020.</p>",
        resource_type="case-study",
        approach="pcp",
        sectors=["mobility", "energy"],
        stages=["award"],
        countries=["IT"],
        languages=["it", "en"],
        publication_year=2019,
        publisher="City of Bolzano",
        tags=["zero emission"],
    )
    ResourceFactory(title="Electric buses in Hamburg", sectors=["mobility"], countries=["DE"], publication_year=2022)
    ResourceFactory(title="Unpublished buses", live=False)
    return first


def test_list_matches_the_schema_and_carries_facets(client, schema, resources):
    response = client.get("/api/v1/resources", {"q": "buses", "sector": "mobility"})
    assert response.status_code == 200
    data = response.json()
    check(data, response_schema(schema, "/api/v1/resources", 200), schema["components"]["schemas"])
    assert data["count"] == 2 and data["page"] == 1 and data["page_size"] == 20
    first = data["results"][0]
    assert first["title"] == "Hydrogen buses for Bolzano"
    assert first["url"] == "http://testserver/resources/" + resources.slug + "/"
    assert sorted(first["sectors"]) == ["energy", "mobility"]
    assert sorted(first["languages"]) == ["en", "it"]
    assert "<mark>buses</mark>" in first["snippet"]
    assert {"value": "DE", "label": "Germany", "count": 1} in data["facets"]["country"]
    assert {"value": "mobility", "label": "Transport and mobility", "count": 2} in data["facets"]["sector"]
    assert data["did_you_mean"] is None


def test_list_parameters_repeat_and_page(client, resources):
    data = client.get("/api/v1/resources?country=IT&country=DE&sort=title&page_size=1&page=2").json()
    assert data["count"] == 2
    assert [item["title"] for item in data["results"]] == ["Hydrogen buses for Bolzano"]


def test_did_you_mean_in_the_api(client, resources):
    data = client.get("/api/v1/resources", {"q": "hydrgoen"}).json()
    assert data["did_you_mean"] == "hydrogen"
    assert data["count"] == 1


def test_detail_matches_the_schema(client, schema, resources):
    response = client.get(f"/api/v1/resources/{resources.pk}")
    assert response.status_code == 200
    data = response.json()
    check(data, response_schema(schema, "/api/v1/resources/{resource_id}", 200), schema["components"]["schemas"])
    assert data["tags"] == ["zero emission"]
    assert data["body_html"] == "<p>The <b>buses</b> run since 2020.</p>"
    assert data["main_language"] == "en"


def test_missing_or_unpublished_resources_are_404_json(client, schema):
    draft = ResourceFactory(title="Draft", live=False)
    for resource_id in (draft.pk, 999999):
        response = client.get(f"/api/v1/resources/{resource_id}")
        assert response.status_code == 404
        check(response.json(), response_schema(schema, "/api/v1/resources/{resource_id}", 404), schema["components"]["schemas"])


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("sort=best", "sort"),
        ("page=0", "page"),
        ("page=abc", "page"),
        ("page_size=1000", "page_size"),
        ("page_size=0", "page_size"),
        ("type=novel", "type"),
        ("year=abc", "year"),
        ("sector=no%20spaces", "sector"),
        ("country=XXX", "country"),
        ("language=tlh", "language"),
        ("approach=magic", "approach"),
        ("stage=Ünïcode", "stage"),
        ("tag=a/b", "tag"),
        ("q=" + "x" * 501, "q"),
    ],
)
def test_invalid_parameters_are_400_naming_them(client, schema, query, parameter):
    response = client.get(f"/api/v1/resources?{query}")
    assert response.status_code == 400
    body = response.json()
    check(body, response_schema(schema, "/api/v1/resources", 400), schema["components"]["schemas"])
    assert parameter in [error["parameter"] for error in body["errors"]]


@pytest.mark.parametrize(
    ("query", "known"),
    [
        ("sector=unicorns", "sector=energy"),
        ("country=XX", "country=IT"),
        ("stage=dreaming", "stage=award"),
        ("tag=no-such-tag", None),
    ],
)
def test_a_well_formed_value_that_no_resource_has_matches_nothing(client, resources, query, known):
    response = client.get(f"/api/v1/resources?{query}")
    assert response.status_code == 200
    assert response.json()["count"] == 0 and response.json()["results"] == []
    if known:  # alongside a known value of the same filter it changes nothing (one filter's values combine with OR)
        alone = client.get(f"/api/v1/resources?{known}").json()["count"]
        assert client.get(f"/api/v1/resources?{query}&{known}").json()["count"] == alone > 0


def test_the_schema_check_rejects_a_wrong_response(schema):
    list_schema = response_schema(schema, "/api/v1/resources", 200)
    components = schema["components"]["schemas"]
    with pytest.raises(AssertionError, match="count"):
        check(
            {"count": "two", "page": 1, "page_size": 20, "pages": 0, "next": None, "previous": None, "results": []}
            | {"facets": {}, "did_you_mean": None},
            list_schema,
            components,
        )
    with pytest.raises(AssertionError, match="missing facets"):
        check(
            {"count": 0, "page": 1, "page_size": 20, "pages": 0, "next": None, "previous": None, "results": []}
            | {"did_you_mean": None},
            list_schema,
            components,
        )


def test_the_schema_documents_both_endpoints(schema):
    operation = schema["paths"]["/api/v1/resources"]["get"]
    names = {parameter["name"] for parameter in operation["parameters"]}
    assert names >= {
        "q",
        "type",
        "sector",
        "approach",
        "stage",
        "country",
        "language",
        "year",
        "tag",
        "sort",
        "page",
        "page_size",
    }
    assert "ResourceList" in schema["components"]["schemas"]
    assert "ResourceDetailOut" in schema["components"]["schemas"]
