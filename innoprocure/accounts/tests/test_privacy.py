"""The data export holds everything about the person; deleting the account removes it and anonymises the audit log."""

import json

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.urls import reverse

from innoprocure.accounts import exports
from innoprocure.accounts.models import Profile
from innoprocure.accounts.tests.factories import PASSWORD, UserFactory, activate_totp, current_code
from innoprocure.audit.log import record
from innoprocure.audit.models import AuditEvent
from innoprocure.core.models import Country, Language

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(home_page):
    country, _ = Country.objects.get_or_create(code="PT", defaults={"name": "Portugal"})
    language, _ = Language.objects.get_or_create(code="pt", defaults={"name": "Portuguese"})
    user = UserFactory(email="joana@example.org", first_name="Joana", last_name="Silva")
    profile = Profile.objects.create(user=user, organisation="Lisbon City Council", country=country, job_role="Buyer")
    profile.languages.add(language)
    user.totp_secret = activate_totp(user)
    return user


def download(client):
    response = client.post(reverse("account_export"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="innoprocure-personal-data-')
    return json.loads(response.content)


def test_export_contains_account_profile_and_security_log(client, person):
    client.post(reverse("account_login"), {"login": person.email, "password": "wrong-password"})
    client.force_login(person)
    data = download(client)
    account = data["account"]
    assert account["email"] == "joana@example.org"
    assert account["last_name"] == "Silva"
    assert account["email_addresses"] == [{"email": "joana@example.org", "verified": True, "primary": True}]
    assert account["two_factor_authentication"][0]["type"] == "totp"
    assert "secret" not in json.dumps(account["two_factor_authentication"])
    assert account["profile"]["organisation"] == "Lisbon City Council"
    assert account["profile"]["country"] == "PT"
    assert account["profile"]["languages"] == ["pt"]
    assert "login.failed" not in [event["action"] for event in data["audit"]]  # failures are not linked to the account
    assert AuditEvent.objects.filter(action="account.exported", actor=person).exists()


def test_export_includes_other_apps_data(client, person):
    from innoprocure.contact.models import ContactMessage
    from innoprocure.membership.models import MembershipApplication
    from innoprocure.newsletter import services as newsletter

    MembershipApplication.objects.create(applicant=person, organisation="Agência de Inovação", contact_email=person.email)
    newsletter.subscribe(person.email, name="Joana Silva", source="account", confirmed=True)
    # Sent before she had an account, from the same address (in another case): found all the same.
    ContactMessage.objects.create(
        team="platform", topic="general", name="Joana", email="JOANA@example.org", message="Where are the PCP templates?"
    )
    client.force_login(person)
    data = download(client)
    text = json.dumps(data, ensure_ascii=False)
    assert "Agência de Inovação" in text
    assert "membership" in data and "newsletter" in data
    assert "Where are the PCP templates?" in json.dumps(data["contact"], ensure_ascii=False)
    # Credentials never leave: no password hash, no TOTP secret.
    assert person.password not in text
    assert "pbkdf2" not in text and "md5$" not in text


def test_an_app_can_register_its_own_exporter(client, person, monkeypatch):
    monkeypatch.setitem(exports._exporters, "events", lambda user: {"registrations": [f"Webinar for {user.email}"]})
    data = exports.collect(person)
    assert data["events"] == {"registrations": ["Webinar for joana@example.org"]}


def test_export_needs_sign_in_and_a_post(client, person):
    assert client.post(reverse("account_export")).status_code == 302
    client.force_login(person)
    page = client.get(reverse("account_export"))
    assert page.status_code == 200
    assert "Download my data" in page.content.decode()


def test_deleting_the_account_needs_the_password(client, person):
    client.force_login(person)
    response = client.post(reverse("account_delete"), {"password": "not-mine", "confirm": "on"})
    assert response.status_code == 200
    assert "This is not your current password." in response.content.decode()
    assert get_user_model().objects.filter(pk=person.pk).exists()


def test_deleting_the_account_removes_personal_data_and_keeps_the_anonymised_trail(client, person):
    from innoprocure.membership.models import ApplicationStatus, MembershipApplication
    from innoprocure.newsletter import services as newsletter

    application = MembershipApplication.objects.create(
        applicant=person,
        organisation="Agência de Inovação",
        status=ApplicationStatus.SUBMITTED,
        contact_name="Joana Silva",
        contact_email=person.email,
    )
    newsletter.subscribe(person.email, source="account", confirmed=True)
    record("application.submitted", actor=person, target=application)
    client.post(reverse("account_login"), {"login": person.email, "password": PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": current_code(person.totp_secret)})
    assert client.session["_auth_user_id"] == str(person.pk)
    pk = person.pk

    response = client.post(reverse("account_delete"), {"password": PASSWORD, "confirm": "on"}, follow=True)
    assert "Your account and your personal data have been deleted." in response.content.decode()
    assert "_auth_user_id" not in client.session

    assert not get_user_model().objects.filter(pk=pk).exists()
    assert not Profile.objects.filter(user_id=pk).exists()
    assert not EmailAddress.objects.filter(email="joana@example.org").exists()
    assert not Authenticator.objects.filter(user_id=pk).exists()
    assert not newsletter.is_subscribed("joana@example.org")
    # The submitted application stays for the network's records, without the account or the contact person.
    application.refresh_from_db()
    assert application.applicant is None
    assert application.organisation == "Agência de Inovação"
    assert application.contact_name == "" and application.contact_email == ""
    # The audit trail stays but no longer names her.
    events = AuditEvent.objects.filter(action__in=["login", "application.submitted", "account.deleted", "logout"])
    assert events.count() == 4
    assert all(event.actor_id is None for event in events)
    assert all("joana" not in (event.actor_label + event.target_label).lower() for event in AuditEvent.objects.all())
    assert set(events.values_list("actor_label", flat=True)) == {f"deleted account #{pk}"}


def test_the_only_administrator_cannot_delete_their_account(client, home_page):
    admin = UserFactory(is_superuser=True, is_staff=True)
    activate_totp(admin)
    client.force_login(admin)
    response = client.post(reverse("account_delete"), {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 200
    assert "You are the only administrator." in response.content.decode()
    assert get_user_model().objects.filter(pk=admin.pk).exists()
