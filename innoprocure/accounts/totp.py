"""Authenticator-app codes work once. allauth remembers used codes in the cache, which with a local-memory cache
and several workers lets one code open a session per worker; we record them in the database instead, where a
unique constraint decides between concurrent requests."""

from datetime import timedelta

from allauth.core.internal.cryptokit import normalize_user_code
from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import TOTP
from django.db import IntegrityError, transaction
from django.utils import timezone


def code_lifetime():
    """How long an app may show the same code and allauth accept it (the period, either side of now)."""
    return timedelta(seconds=app_settings.TOTP_PERIOD * (2 * app_settings.TOTP_TOLERANCE + 1))


def mark_code_used(user_id, code):
    """True the first time `code` is used for this account within its lifetime, False on every replay."""
    from innoprocure.accounts.models import UsedAuthenticatorCode

    now = timezone.now()
    UsedAuthenticatorCode.objects.filter(used_at__lt=now - code_lifetime()).delete()  # expired: no longer needed
    try:
        with transaction.atomic():
            UsedAuthenticatorCode.objects.create(user_id=user_id, code=normalize_user_code(code))
    except IntegrityError:
        return False
    return True


def _mark_code_used(self, code):
    return mark_code_used(self.instance.user_id, code)


def install():
    """Replace allauth's cache-based record of used codes (called from AccountsConfig.ready)."""
    TOTP._mark_code_used = _mark_code_used
