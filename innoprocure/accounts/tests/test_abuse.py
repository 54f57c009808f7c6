"""Lock-out after repeated wrong passwords, rate limits on sign-up and password reset, honeypots on anonymous forms."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail
from django.urls import reverse

from innoprocure.accounts.tests.factories import PASSWORD, UserFactory
from innoprocure.audit.models import AuditEvent

pytestmark = pytest.mark.django_db


def wrong_password(client, email):
    return client.post(reverse("account_login"), {"login": email, "password": "not-the-password"})


def test_five_wrong_passwords_lock_the_account_with_a_clear_message(client, home_page):
    assert settings.AXES_FAILURE_LIMIT == 5
    person = UserFactory()
    for _attempt in range(4):
        response = wrong_password(client, person.email)
        assert response.status_code == 200
        assert "not correct" in response.content.decode()
    locked = wrong_password(client, person.email)
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "Sign-in paused for this account" in page
    assert "The password was wrong 5 times in a row." in page
    assert "Please try again in 60 minutes." in page
    # Even the right password is refused now.
    response = client.post(reverse("account_login"), {"login": person.email, "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert AuditEvent.objects.filter(action="login.failed").count() >= 5
    assert AuditEvent.objects.filter(action="login.locked_out").exists()


def test_lock_out_counts_the_address_whatever_its_case(client, home_page):
    person = UserFactory(email="case@example.org")
    for variant in ["case@example.org", "CASE@example.org", "Case@Example.org", "case@EXAMPLE.org"]:
        wrong_password(client, variant)
    assert wrong_password(client, "cAsE@example.org").status_code == 429
    assert person.email == "case@example.org"


def test_other_accounts_and_addresses_are_not_locked(client, home_page):
    victim, other = UserFactory(), UserFactory()
    for _attempt in range(5):
        wrong_password(client, victim.email)
    response = client.post(reverse("account_login"), {"login": other.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(other.pk)


def test_a_password_reset_lifts_the_lock(client, home_page):
    person = UserFactory()
    for _attempt in range(5):
        wrong_password(client, person.email)
    client.post(reverse("account_reset_password"), {"email": person.email})
    link = next(url for url in re.findall(r"https?://\S+", mail.outbox[-1].body) if "/password/reset/key/" in url)
    form_page = client.get(link, follow=True)
    client.post(
        form_page.redirect_chain[-1][0], {"password1": "A-new-long-password-2026", "password2": "A-new-long-password-2026"}
    )
    response = client.post(reverse("account_login"), {"login": person.email, "password": "A-new-long-password-2026"})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(person.pk)


def test_sign_up_is_rate_limited_by_allauth(client, home_page, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "3/h/ip"}
    statuses = []
    for number in range(4):
        response = client.post(
            reverse("account_signup"),
            {"email": f"new{number}@example.org", "password1": "Long-enough-pass-2026", "password2": "Long-enough-pass-2026"},
        )
        statuses.append(response.status_code)
        client.logout()
    assert statuses == [302, 302, 302, 429]
    assert "Too many attempts" in response.content.decode()
    assert EmailAddress.objects.filter(email="new3@example.org").count() == 0


def test_configured_sign_up_limit():
    assert settings.ACCOUNT_RATE_LIMITS["signup"] == "20/h/ip"
    assert settings.ACCOUNT_RATE_LIMITS["reset_password"] == "20/h/ip,5/h/key"


def test_password_reset_is_rate_limited_per_address(client, home_page):
    person = UserFactory()
    statuses = [client.post(reverse("account_reset_password"), {"email": person.email}).status_code for _ in range(6)]
    assert statuses[:5] == [302] * 5
    assert statuses[5] == 429
    assert len(mail.outbox) == 5


def test_signup_honeypot_refuses_bots_without_saying_why(client, home_page):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "bot@example.org",
            "password1": "Long-enough-pass-2026",
            "password2": "Long-enough-pass-2026",
            "homepage": "http://spam.example",
        },
    )
    assert response.status_code == 200
    assert "Sorry, we could not accept this submission." in response.content.decode()
    assert not EmailAddress.objects.filter(email="bot@example.org").exists()
    assert mail.outbox == []


def test_signup_page_has_the_honeypot_hidden(client, home_page):
    page = client.get(reverse("account_signup")).content.decode()
    assert '<div class="honeypot" aria-hidden="true">' in page


def test_password_reset_honeypot(client, home_page):
    person = UserFactory()
    response = client.post(reverse("account_reset_password"), {"email": person.email, "homepage": "x"})
    assert response.status_code == 200
    assert mail.outbox == []
