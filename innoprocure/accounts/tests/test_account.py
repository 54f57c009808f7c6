"""Sign-up with e-mail confirmation, sign-in and out, password reset, the profile page."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from innoprocure.accounts.models import Profile
from innoprocure.accounts.tests.factories import PASSWORD, UserFactory
from innoprocure.audit.models import AuditEvent
from innoprocure.core.models import Country, Language

pytestmark = pytest.mark.django_db


def link_in(message, fragment):
    return next(url for url in re.findall(r"https?://\S+", message.body) if fragment in url)


def test_sign_up_needs_a_confirmed_e_mail_address(client, home_page):
    response = client.post(
        reverse("account_signup"),
        {
            "first_name": "Marta",
            "last_name": "Kowalska",
            "email": "marta@example.org",
            "password1": "Tender-2026-innovation",
            "password2": "Tender-2026-innovation",
        },
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["marta@example.org"]
    link = link_in(message, "/accounts/confirm-email/")

    # Not confirmed yet: signing in only re-sends the confirmation.
    client.logout()
    client.post(reverse("account_login"), {"login": "marta@example.org", "password": "Tender-2026-innovation"})
    assert "_auth_user_id" not in client.session

    client.post(link)
    assert EmailAddress.objects.get(email="marta@example.org").verified
    response = client.post(reverse("account_login"), {"login": "marta@example.org", "password": "Tender-2026-innovation"})
    assert response.status_code == 302
    profile_page = client.get(reverse("account_profile")).content.decode()
    assert "marta@example.org" in profile_page
    assert AuditEvent.objects.filter(action="account.created", actor_label="marta@example.org").exists()


def test_sign_in_and_out_are_recorded(client, home_page):
    person = UserFactory()
    client.post(reverse("account_login"), {"login": person.email, "password": PASSWORD})
    client.post(reverse("account_logout"))
    actions = list(AuditEvent.objects.filter(actor=person).order_by("id").values_list("action", flat=True))
    assert actions == ["login", "logout"]


def test_password_reset_by_e_mail(client, home_page):
    person = UserFactory()
    client.post(reverse("account_reset_password"), {"email": person.email})
    assert len(mail.outbox) == 1
    link = link_in(mail.outbox[0], "/password/reset/key/")
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    client.post(form_page.redirect_chain[-1][0], {"password1": "Another-long-pass-2026", "password2": "Another-long-pass-2026"})
    person.refresh_from_db()
    assert person.check_password("Another-long-pass-2026")
    assert AuditEvent.objects.filter(action="password.reset", actor=person).exists()


def test_unknown_address_gets_no_hint_that_it_is_unknown(client, home_page):
    response = client.post(reverse("account_reset_password"), {"email": "nobody@example.org"})
    assert response.status_code == 302  # the same answer as for a real account


def test_profile_is_saved_and_kept(client, home_page):
    Country.objects.get_or_create(code="SI", defaults={"name": "Slovenia"})
    Language.objects.get_or_create(code="sl", defaults={"name": "Slovenian"})
    Language.objects.get_or_create(code="en", defaults={"name": "English"})
    person = UserFactory()
    client.force_login(person)
    response = client.post(
        reverse("account_profile"),
        {
            "first_name": "Ana",
            "last_name": "Kranjc",
            "organisation": "City of Ljubljana",
            "country": "SI",
            "job_role": "Procurement officer",
            "languages": ["sl", "en"],
        },
        follow=True,
    )
    assert "Your profile has been saved." in response.content.decode()
    profile = Profile.objects.get(user=person)
    assert profile.organisation == "City of Ljubljana"
    assert profile.country_id == "SI"
    assert set(profile.languages.values_list("code", flat=True)) == {"sl", "en"}
    person.refresh_from_db()
    assert person.last_name == "Kranjc"


def test_profile_errors_keep_what_was_typed(client, home_page):
    client.force_login(UserFactory())
    response = client.post(reverse("account_profile"), {"organisation": "Agency for Public Procurement", "country": "XX"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Please correct the errors below." in page
    assert 'value="Agency for Public Procurement"' in page


def test_profile_needs_sign_in(client, home_page):
    response = client.get(reverse("account_profile"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_newsletter_choice_is_passed_to_the_newsletter_app(client, home_page, monkeypatch):
    calls = []

    class FakeNewsletter:
        @staticmethod
        def subscribe(email, **kwargs):
            calls.append(("subscribe", email))

        @staticmethod
        def unsubscribe(email, **kwargs):
            calls.append(("unsubscribe", email))

    from innoprocure.accounts import services

    monkeypatch.setattr(services, "_newsletter_services", lambda: FakeNewsletter)
    person = UserFactory()
    client.force_login(person)
    client.post(reverse("account_profile"), {"newsletter": "on"})
    client.post(reverse("account_profile"), {"newsletter": "on", "organisation": "Unchanged choice"})
    client.post(reverse("account_profile"), {})
    assert calls == [("subscribe", person.email), ("unsubscribe", person.email)]


def test_password_rules_are_plain_text_inside_the_help_paragraph(client, home_page):
    page = client.get(reverse("account_signup")).content.decode()
    assert "Your password must contain at least 12 characters." in page
    help_start = page.index('id="id_password1_helptext"')
    assert "<ul" not in page[help_start : page.index("</p>", help_start)]


def test_profile_shows_roles_and_the_represented_centre(client, home_page):
    from innoprocure.membership.tests.factories import CompetenceCentreFactory, RepresentativeFactory

    person = UserFactory(roles=["Competence centre representatives"])
    RepresentativeFactory(user=person, centre=CompetenceCentreFactory(name="Centre for Innovation Procurement Austria"))
    client.force_login(person)
    page = client.get(reverse("account_profile")).content.decode()
    assert "Competence centre representatives" in page
    assert "Centre for Innovation Procurement Austria" in page


def test_account_e_mails_name_the_platform_not_the_request_host(client, home_page, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://innoprocure.example.eu"
    person = UserFactory()
    # The request comes to whatever host the server was reached by; the e-mail must not repeat it.
    client.post(reverse("account_reset_password"), {"email": person.email}, HTTP_HOST="127.0.0.1")
    body = mail.outbox[0].body
    assert "Hello from Innovation Procurement Platform!" in body
    assert "innoprocure.example.eu" in body
    assert "Hello from 127.0.0.1" not in body and "testserver" not in body.split("http")[0]
