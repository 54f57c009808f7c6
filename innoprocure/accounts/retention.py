"""How long personal data is kept (docs/privacy.md), applied by `manage.py purge_personal_data` (run it daily).

Each rule returns how many records it removed or anonymised; `dry_run` counts without changing anything.
Other apps add their own rules with a `purge(now)` function in `<app>/exports.py`.
"""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import transaction

from innoprocure.audit.models import AuditEvent

# Days.
UNCONFIRMED_ACCOUNT_DAYS = 30
ROUTINE_SECURITY_EVENT_DAYS = 365
IP_ADDRESS_DAYS = 365
FAILED_LOGIN_ATTEMPT_DAYS = 30
# Sign-ins, sign-outs and failed attempts are routine; decisions, role changes and deletions are kept.
ROUTINE_SECURITY_EVENTS = ["login", "logout", "login.failed", "login.locked_out", "mfa.failed"]


def unconfirmed_accounts(now):
    """Sign-ups whose address was never confirmed and who never signed in, after 30 days."""
    User = get_user_model()
    confirmed = EmailAddress.objects.filter(verified=True).values("user_id")
    return (
        User.objects.filter(date_joined__lt=now - timedelta(days=UNCONFIRMED_ACCOUNT_DAYS), last_login__isnull=True)
        .exclude(pk__in=confirmed)
        .filter(is_staff=False, is_superuser=False, groups__isnull=True)
    )


def purge_unconfirmed_accounts(now, dry_run=False):
    accounts = list(unconfirmed_accounts(now))
    if not dry_run:
        for user in accounts:
            with transaction.atomic():
                user.delete()  # runs every app's eraser (accounts/signals.py)
    return len(accounts)


def purge_routine_security_events(now, dry_run=False):
    events = AuditEvent.objects.filter(
        action__in=ROUTINE_SECURITY_EVENTS, created_at__lt=now - timedelta(days=ROUTINE_SECURITY_EVENT_DAYS)
    )
    count = events.count()
    if not dry_run:
        events.delete()
    return count


def forget_old_ip_addresses(now, dry_run=False):
    events = AuditEvent.objects.filter(ip_address__isnull=False, created_at__lt=now - timedelta(days=IP_ADDRESS_DAYS))
    return events.count() if dry_run else events.update(ip_address=None)


def purge_failed_login_attempts(now, dry_run=False):
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    cutoff = now - timedelta(days=FAILED_LOGIN_ATTEMPT_DAYS)
    querysets = [
        AccessAttempt.objects.filter(attempt_time__lt=cutoff),
        AccessFailureLog.objects.filter(attempt_time__lt=cutoff),
        AccessLog.objects.filter(attempt_time__lt=cutoff),
    ]
    count = sum(queryset.count() for queryset in querysets)
    if not dry_run:
        for queryset in querysets:
            queryset.delete()
    return count


def purge_expired_sessions(now, dry_run=False):
    sessions = Session.objects.filter(expire_date__lt=now)
    count = sessions.count()
    if not dry_run:
        sessions.delete()
    return count


RULES = [
    ("accounts never confirmed", purge_unconfirmed_accounts),
    ("routine security events over a year old", purge_routine_security_events),
    ("IP addresses in the audit log over a year old", forget_old_ip_addresses),
    ("failed sign-in records over 30 days old", purge_failed_login_attempts),
    ("expired sessions", purge_expired_sessions),
]
