"""Schemathesis against the OpenAPI document, in-process (WSGI), with every check, on the demo content."""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from innoprocure.api.api import api

schema = schemathesis.openapi.from_dict(api.get_openapi_schema(path_prefix="/api/v1"))
schema.app = WSGIHandler()

pytestmark = pytest.mark.usefixtures("demo_database", "connection_kept_open")


@pytest.fixture
def connection_kept_open():
    """As Django's test client does: the request's end must not close the database connection, which holds the
    test's transaction (on PostgreSQL it would, and every later request would fail)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@hypothesis_settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_every_operation_conforms_to_the_openapi_document(case, db, settings):
    settings.API_RATE_LIMIT = "1000000/m"  # the limit has tests of its own; here every answer is the operation's
    case.call_and_validate()
