"""The OpenAPI document is valid OpenAPI 3.1, and what every operation really answers fits it, errors included."""

import re

import pytest
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

# django_db: ordered with the other database tests, before any transactional test empties the database.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_database")]

# A list whose results are empty by default on some dates gets a parameter that fills it.
FILLED = {"/api/v1/events": {"when": "past"}}


@pytest.fixture
def document(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def assert_fits(document, path, status, response):
    operation = document["paths"][path]["get"]
    assert str(status) in operation["responses"], f"{path}: {status} is not documented"
    documented = operation["responses"][str(status)]
    if "content" not in documented:
        assert response.content == b"", f"{path}: {status} should have no body"
        return
    assert response["Content-Type"] == "application/json; charset=utf-8", path
    schema = {**documented["content"]["application/json"]["schema"], "components": document["components"]}
    errors = sorted(OAS31Validator(schema, format_checker=OAS31Validator.FORMAT_CHECKER).iter_errors(response.json()), key=str)
    assert not errors, f"{path} {status}: " + "; ".join(f"{list(error.absolute_path)}: {error.message}" for error in errors[:5])


def test_the_document_is_valid_openapi(document):
    validate(document)  # raises OpenAPIValidationError
    assert document["openapi"].startswith("3.1")


def test_the_validator_would_notice_a_broken_document(document):
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    broken = {**document, "paths": {"/api/v1/stories": {"get": {"responses": {"200": {"content": 1}}}}}}
    with pytest.raises(OpenAPIValidationError):
        validate(broken)


def test_every_operation_documents_its_errors(document):
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            documented = set(operation["responses"])
            assert {"200", "304", "400", "429", "503"} <= documented, (method, path, documented)
            if "{" in path:
                assert "404" in documented, (method, path)


def test_every_operation_answers_as_documented(client, document):
    """A real request to every operation (a detail operation with an id from its list), an error of each kind."""
    paths = list(document["paths"])
    lists = {path: client.get(path, FILLED.get(path, {})) for path in paths if "{" not in path}
    for path, response in lists.items():
        assert response.status_code == 200, path
        assert_fits(document, path, 200, response)
        assert response.json()["results"], f"{path}: the demo content should fill it"
        etag = response["ETag"]
        not_modified = client.get(path, FILLED.get(path, {}), headers={"If-None-Match": etag})
        assert not_modified.status_code == 304, path
        assert_fits(document, path, 304, not_modified)
        invalid = client.get(path, {"page": "0"})
        assert invalid.status_code == 400, path
        assert_fits(document, path, 400, invalid)
    details = [path for path in paths if "{" in path]
    for path in details:
        list_path, parameter = re.fullmatch(r"(.*)/\{(\w+)\}", path).groups()
        first = lists[list_path].json()["results"][0]
        key = "id" if parameter.endswith("_id") else parameter
        response = client.get(path.replace("{" + parameter + "}", str(first[key])))
        assert response.status_code == 200, path
        assert_fits(document, path, 200, response)
        missing = client.get(path.replace("{" + parameter + "}", "999999999" if key != "slug" else "no-such-thing"))
        assert missing.status_code == 404, path
        assert_fits(document, path, 404, missing)
    assert len(lists) >= 9 and len(details) >= 7


def test_a_response_that_contradicts_the_document_is_noticed(client, document):
    """The check above can fail: a story's related resource judged by the resources' link schema (which wants an id),
    as when two schemas were both named ResourceLink and the document kept only one of them."""
    response = client.get("/api/v1/stories")
    story = next(
        item for item in response.json()["results"] if client.get(f"/api/v1/stories/{item['id']}").json()["related_resources"]
    )
    detail = client.get(f"/api/v1/stories/{story['id']}")
    assert_fits(document, "/api/v1/stories/{story_id}", 200, detail)
    story_schema = document["components"]["schemas"]["StoryDetailOut"]
    story_schema["properties"]["related_resources"]["items"] = {"$ref": "#/components/schemas/ResourceLink"}
    with pytest.raises(AssertionError, match="'id' is a required property"):
        assert_fits(document, "/api/v1/stories/{story_id}", 200, detail)


def test_schema_names_are_unique_across_sections():
    """Two sections' schemas of one name would silently become one in the document (issue 19: ResourceLink)."""
    from ninja import Schema

    from innoprocure.api.api import api

    api.get_openapi_schema(path_prefix="/api/v1")  # imports every router
    names = {}
    stack = list(Schema.__subclasses__())
    while stack:
        schema = stack.pop()
        stack.extend(schema.__subclasses__())
        if (schema.__module__.startswith("innoprocure.") and schema.__module__.endswith(".api")) or (
            schema.__module__ == "innoprocure.api.conventions"
        ):
            names.setdefault(schema.__name__, set()).add(schema.__module__)
    duplicates = {name: modules for name, modules in names.items() if len(modules) > 1}
    assert not duplicates
