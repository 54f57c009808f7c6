"""Who must use two-factor authentication, and who counts as staff."""

from allauth.mfa.models import Authenticator
from django.conf import settings

from innoprocure.core.roles import STAFF_ROLES


def has_staff_role(user):
    """Editors, moderators, the secretariat, administrators, and anybody Django considers staff."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    cached = getattr(user, "_has_staff_role", None)
    if cached is None:
        cached = user._has_staff_role = user.groups.filter(name__in=STAFF_ROLES).exists()
    return cached


def requires_mfa(user):
    return has_staff_role(user)


def has_totp(user):
    return user.is_authenticated and Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def needs_mfa_setup(user):
    return requires_mfa(user) and not has_totp(user)


def session_limits(user):
    """(idle, absolute) session lifetimes in seconds for `user`; absolute 0 means none."""
    if has_staff_role(user):
        return settings.STAFF_SESSION_IDLE_TIMEOUT, settings.STAFF_SESSION_ABSOLUTE_TIMEOUT
    return settings.SESSION_IDLE_TIMEOUT, settings.SESSION_ABSOLUTE_TIMEOUT
