"""Sessions end after a while without activity (staff also after 12 hours in all), authenticator codes work once
whatever the cache, passwords have at least 12 characters, and nothing personal is stored by browsers or proxies."""

import time

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.password_validation import validate_password
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from innoprocure.accounts.middleware import LAST_SEEN, SIGNED_IN_AT
from innoprocure.accounts.tests.factories import PASSWORD, UserFactory, activate_totp, current_code
from innoprocure.audit.models import AuditEvent
from innoprocure.core.roles import EDITORS

pytestmark = pytest.mark.django_db

MINUTE, HOUR, DAY = 60, 3600, 86400


@pytest.fixture
def clock(monkeypatch):
    """time.time() as the middleware sees it, moved forward by the test."""
    now = [time.time()]
    monkeypatch.setattr("innoprocure.accounts.middleware.time.time", lambda: now[0])

    def advance(seconds):
        now[0] += seconds

    return advance


def signed_in(client, user):
    client.force_login(user)
    assert client.get(reverse("account_profile")).status_code == 200
    return client


def is_signed_in(client):
    return client.get(reverse("account_profile")).status_code == 200


@pytest.fixture
def staff(home_page):
    user = UserFactory(roles=[EDITORS], email="editor@example.org")
    activate_totp(user)
    return user


def test_staff_are_signed_out_after_30_minutes_without_activity(client, staff, clock):
    signed_in(client, staff)
    clock(29 * MINUTE)
    assert is_signed_in(client)
    clock(31 * MINUTE)
    response = client.get(reverse("account_profile"), follow=True)
    assert "_auth_user_id" not in client.session
    assert "your session had expired" in response.content.decode()
    assert AuditEvent.objects.filter(action="logout", actor=staff).exists()


def test_staff_are_signed_out_12_hours_after_signing_in_however_active(client, staff, clock):
    signed_in(client, staff)
    for _ in range(12 * 3):  # a request every 20 minutes for 12 hours
        clock(20 * MINUTE)
        assert is_signed_in(client)
    clock(20 * MINUTE)
    assert not is_signed_in(client)


def test_other_people_stay_signed_in_for_two_weeks_of_inactivity_by_default(client, home_page, clock):
    practitioner = UserFactory()
    signed_in(client, practitioner)
    clock(13 * DAY)
    assert is_signed_in(client)
    clock(15 * DAY)
    assert not is_signed_in(client)


def test_the_idle_timeout_of_other_people_is_configurable(client, home_page, clock, settings):
    settings.SESSION_IDLE_TIMEOUT = 2 * HOUR
    signed_in(client, UserFactory())
    clock(3 * HOUR)
    assert not is_signed_in(client)


def test_an_authenticator_code_works_once_even_when_the_cache_forgets(staff, settings):
    secret = activate_totp(UserFactory(roles=[EDITORS], email="second.editor@example.org"))
    user = UserFactory._meta.model.objects.get(email="second.editor@example.org")
    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).wrap()
    code = current_code(secret)
    assert authenticator.validate_code(code)
    cache.clear()  # as another worker with its own local-memory cache would see it
    assert not authenticator.validate_code(code)


def test_one_code_opens_one_session_with_a_cache_that_remembers_nothing(staff, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    secret = Authenticator.objects.get(user=staff, type=Authenticator.Type.TOTP).wrap().instance.data["secret"]
    from allauth.mfa.utils import decrypt

    code = current_code(decrypt(secret))
    first, second = Client(), Client()
    for browser in (first, second):
        browser.post(reverse("account_login"), {"login": staff.email, "password": PASSWORD})
    assert first.post(reverse("mfa_authenticate"), {"code": code}).status_code == 302
    assert first.session["_auth_user_id"] == str(staff.pk)
    assert SIGNED_IN_AT in first.session  # the absolute timeout counts from here
    assert second.post(reverse("mfa_authenticate"), {"code": code}).status_code == 200
    assert "_auth_user_id" not in second.session


def test_passwords_need_twelve_characters_and_must_not_be_common():
    with pytest.raises(ValidationError, match="at least 12 characters"):
        validate_password("Tr0ub4dor&3")
    with pytest.raises(ValidationError, match="too common"):
        validate_password("password1234")
    validate_password("ferry-lantern-quartz")


def test_signed_in_pages_and_the_data_export_are_never_stored(client, home_page):
    person = UserFactory()
    client.force_login(person)
    for url in (reverse("account_profile"), "/", reverse("account_export")):
        response = client.get(url)
        assert "no-store" in response["Cache-Control"], url
        assert "private" in response["Cache-Control"], url
    export = client.post(reverse("account_export"))
    assert "no-store" in export["Cache-Control"]


def test_anonymous_public_pages_may_be_cached(client, home_page):
    response = client.get("/")
    assert "no-store" not in response.get("Cache-Control", "")


def test_session_timestamps_are_written_at_most_once_a_minute(client, home_page, clock):
    signed_in(client, UserFactory())
    first = client.session[LAST_SEEN]
    clock(30)
    client.get(reverse("account_profile"))
    assert client.session[LAST_SEEN] == first
    clock(31)
    client.get(reverse("account_profile"))
    assert client.session[LAST_SEEN] > first
