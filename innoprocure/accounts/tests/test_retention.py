"""`manage.py purge_personal_data` applies the retention rules of docs/privacy.md."""

import io
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from innoprocure.accounts.tests.factories import UserFactory
from innoprocure.audit.log import record
from innoprocure.audit.models import AuditEvent

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def test_retention_rules(home_page):
    User = get_user_model()
    stale = User.objects.create_user("stale@example.org", "stale@example.org", "x-long-password-1", date_joined=days_ago(40))
    EmailAddress.objects.create(user=stale, email=stale.email, verified=False, primary=True)
    fresh = User.objects.create_user("fresh@example.org", "fresh@example.org", "x-long-password-1", date_joined=days_ago(5))
    confirmed = UserFactory(date_joined=days_ago(400))

    old_login = record("login", actor=confirmed)
    old_role = record("role.granted", target=confirmed, role="Editors")
    recent_login = record("login", actor=confirmed)
    AuditEvent.objects.filter(pk__in=[old_login.pk, old_role.pk]).update(created_at=days_ago(400), ip_address="203.0.113.9")
    AuditEvent.objects.filter(pk=recent_login.pk).update(ip_address="203.0.113.9")
    old_attempt = AccessAttempt.objects.create(username="x@example.org", ip_address="203.0.113.9", failures_since_start=3)
    AccessAttempt.objects.filter(pk=old_attempt.pk).update(attempt_time=days_ago(31))

    out = io.StringIO()
    call_command("purge_personal_data", "--dry-run", stdout=out)
    assert "accounts never confirmed: would remove or anonymise 1" in out.getvalue()
    assert User.objects.filter(pk=stale.pk).exists()

    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "accounts never confirmed: removed or anonymised 1" in out.getvalue()
    assert not User.objects.filter(pk=stale.pk).exists()
    assert User.objects.filter(pk__in=[fresh.pk, confirmed.pk]).count() == 2
    assert not AuditEvent.objects.filter(pk=old_login.pk).exists()
    old_role.refresh_from_db()
    assert old_role.ip_address is None  # the decision stays, the address goes
    recent_login.refresh_from_db()
    assert recent_login.ip_address == "203.0.113.9"
    assert not AccessAttempt.objects.filter(pk=old_attempt.pk).exists()
