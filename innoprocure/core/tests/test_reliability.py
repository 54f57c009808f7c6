"""Reliability: a database outage answers 503 (never 500); production refuses a cache that is not shared; any
e-mail backend works in production."""

import pytest
from django.core import checks
from django.db import OperationalError, connection

from innoprocure.core.checks import shared_cache
from innoprocure.core.tests.test_production_settings import PRODUCTION, manage

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_down(monkeypatch, client):
    """Every new query fails as it does while PostgreSQL restarts."""
    client.raise_request_exception = False  # answer as the server would, instead of re-raising in the test

    def refuse(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(connection, "ensure_connection", refuse)


def test_a_page_during_an_outage_is_a_friendly_503_with_retry_after(client, home_page, database_down):
    response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    html = response.content.decode()
    assert "Back in a moment" in html and "try again in 5 seconds" in html
    assert response["X-Content-Type-Options"] == "nosniff"  # the security headers are still added


def test_the_api_and_the_health_check_answer_503_in_json(client, home_page, database_down):
    for url in ("/api/v1/stories", "/healthz"):
        response = client.get(url)
        assert response.status_code == 503, url
        assert response["Retry-After"] == "5"
        assert response.json()["status"] == "unavailable"


def test_other_errors_stay_500(rf):
    from django.http import HttpResponseServerError

    from innoprocure.core.outage import DatabaseOutageMiddleware, is_outage

    assert not is_outage(ValueError("a bug, not an outage"))
    assert is_outage(OperationalError("database is locked"))
    response = DatabaseOutageMiddleware(lambda request: HttpResponseServerError())(rf.get("/"))
    assert response.status_code == 500


def test_shared_cache_is_required_only_where_the_settings_say(settings):
    settings.REQUIRE_SHARED_CACHE = False
    assert shared_cache(None) == []
    settings.REQUIRE_SHARED_CACHE = True
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    [error] = shared_cache(None)
    assert error.id == "innoprocure.E001" and error.level == checks.ERROR and "REDIS_URL" in error.hint
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://x"}}
    assert shared_cache(None) == []


def test_production_without_a_shared_cache_refuses_to_start():
    env = {**PRODUCTION, "REDIS_URL": ""}
    deploy = manage("check", "--deploy", **env)
    assert deploy.returncode != 0 and "innoprocure.E001" in deploy.stderr
    serving = manage("shell", "-c", "import innoprocure.wsgi", **env)
    assert serving.returncode != 0 and "innoprocure.E001" in serving.stderr


@pytest.mark.parametrize(
    "backend", ["django.core.mail.backends.locmem.EmailBackend", "django.core.mail.backends.console.EmailBackend"]
)
def test_production_sends_mail_with_any_backend(backend):
    code = "from django.core.mail import send_mail; print(send_mail('Subject', 'Body', None, ['a@example.org']))"
    result = manage("shell", "-c", code, EMAIL_BACKEND=backend, **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("1")


def test_an_outage_inside_an_api_operation_is_a_503_too(client, home_page, monkeypatch):
    """django-ninja handles the exceptions of its operations itself; it answers the outage the same way."""
    from innoprocure.stories import api as stories_api

    def down(*args, **kwargs):
        raise OperationalError("consuming input failed: server closed the connection unexpectedly")

    monkeypatch.setattr(stories_api, "published_stories", down)
    client.raise_request_exception = False
    response = client.get("/api/v1/stories")
    assert response.status_code == 503
    assert response["Retry-After"] == "5" and response.json()["status"] == "unavailable"
