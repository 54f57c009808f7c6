"""The audit log records security events and is read-only for administrators in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.test import RequestFactory, override_settings
from django.urls import reverse

from innoprocure.accounts.tests.factories import PASSWORD, UserFactory, activate_totp, current_code
from innoprocure.audit.log import record, trail
from innoprocure.audit.models import AuditEvent
from innoprocure.core.roles import ADMINISTRATORS, EDITORS, MODERATORS, setup_roles

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def roles(home_page):
    cache.clear()
    return setup_roles()


@pytest.fixture
def administrator():
    user = UserFactory(email="chief@example.org", roles=[ADMINISTRATORS])
    activate_totp(user)
    return user


def test_role_changes_are_recorded_with_who_did_it(client, administrator):
    editor = UserFactory(email="new.editor@example.org")
    request = RequestFactory().post("/admin/users/", REMOTE_ADDR="198.51.100.4")
    request.user = administrator
    from innoprocure.audit.log import _current_request

    token = _current_request.set(request)
    try:
        editor.groups.add(Group.objects.get(name=EDITORS))
        Group.objects.get(name=MODERATORS).user_set.add(editor)
        editor.groups.remove(Group.objects.get(name=EDITORS))
        editor.groups.clear()
    finally:
        _current_request.reset(token)
    events = list(trail(editor).values_list("action", "details__role", "actor_label", "ip_address"))
    assert events == [
        ("role.granted", EDITORS, "chief@example.org", "198.51.100.4"),
        ("role.granted", MODERATORS, "chief@example.org", "198.51.100.4"),
        ("role.revoked", EDITORS, "chief@example.org", "198.51.100.4"),
        ("role.revoked", MODERATORS, "chief@example.org", "198.51.100.4"),
    ]


def test_staff_status_changes_are_recorded():
    person = UserFactory()
    person.is_superuser = True
    person.save()
    event = trail(person).get(action="account.status_changed")
    assert event.details == {"is_superuser": True}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_mfa_activation_is_recorded(client):
    # A real transaction: allauth records the new authenticator and e-mails its owner once the activation commits.
    # Serialized rollback: the flush afterwards must leave the database for the next transactional test as it was.
    editor = UserFactory(roles=[EDITORS])
    client.post(reverse("account_login"), {"login": editor.email, "password": PASSWORD})
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    page = client.get(reverse("mfa_activate_totp"))

    client.post(reverse("mfa_activate_totp"), {"code": current_code(page.context["form"].secret)})
    assert trail(editor).filter(action="mfa.activated", details__type="totp").exists()
    assert any(editor.email in message.to for message in mail.outbox)


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_forged_forwarded_address_does_not_break_the_log():
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="not-an-address")
    request.user = UserFactory()
    event = record("test.event", request=request)
    assert event.ip_address is None
    assert event.actor == request.user


def test_administrators_see_and_filter_the_log(client, administrator):
    record("application.submitted", actor=UserFactory(email="applicant@example.org"))
    record("ballot.opened", actor=administrator)
    client.force_login(administrator)
    page = client.get(reverse("audit_log:index"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "application.submitted" in html and "ballot.opened" in html

    def listed(**filters):
        response = client.get(reverse("audit_log:index"), filters)
        assert response.status_code == 200
        return [event.action for event in response.context["object_list"]]

    assert listed(actor_label="applicant") == ["application.submitted"]
    assert listed(action=["ballot.opened"]) == ["ballot.opened"]
    assert set(listed()) >= {"application.submitted", "ballot.opened"}
    event = AuditEvent.objects.get(action="ballot.opened")
    assert client.get(reverse("audit_log:inspect", args=[event.pk])).status_code == 200
    assert "Audit log" in client.get(reverse("wagtailadmin_reports:aging_pages")).content.decode()


def test_nobody_can_add_change_or_delete_entries(client, administrator):
    event = record("login", actor=administrator)
    superuser = UserFactory(is_superuser=True, is_staff=True)
    activate_totp(superuser)
    for user in (administrator, superuser):
        client.force_login(user)
        assert client.get(reverse("audit_log:add")).status_code in (302, 403)
        assert client.get(reverse("audit_log:edit", args=[event.pk])).status_code in (302, 403)
        assert client.post(reverse("audit_log:delete", args=[event.pk])).status_code in (302, 403)
        index = client.get(reverse("audit_log:index")).content.decode()
        assert reverse("audit_log:edit", args=[event.pk]) not in index
    assert AuditEvent.objects.filter(pk=event.pk, action="login").exists()


def test_editors_cannot_see_the_log(client):
    editor = UserFactory(roles=[EDITORS])
    activate_totp(editor)
    client.force_login(editor)
    response = client.get(reverse("audit_log:index"))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "audit-log" not in response["Location"]
