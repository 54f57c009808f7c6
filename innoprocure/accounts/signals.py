"""The audit trail of security events: sign-ins, failed sign-ins, sign-outs, lock-outs, two-factor changes, role and
staff-status changes, password changes. Application and ballot decisions are recorded by the membership app."""

import time

from allauth.account import signals as account_signals
from allauth.mfa import signals as mfa_signals
from axes.signals import user_locked_out
from axes.utils import reset as axes_reset
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, pre_delete, pre_save
from django.dispatch import receiver

from innoprocure.accounts import exports
from innoprocure.audit.log import current_request, record

User = get_user_model()


@receiver(user_logged_in, dispatch_uid="audit_login")
def audit_login(sender, request, user, **kwargs):
    record("login", actor=user, target=user, request=request)


@receiver(user_logged_in, dispatch_uid="start_session_clock")
def start_session_clock(sender, request, user, **kwargs):
    """The absolute session timeout counts from the sign-in (accounts.middleware.SessionTimeoutMiddleware)."""
    from innoprocure.accounts.middleware import LAST_SEEN, SIGNED_IN_AT

    if request is not None and hasattr(request, "session"):
        request.session[SIGNED_IN_AT] = request.session[LAST_SEEN] = int(time.time())


@receiver(user_logged_out, dispatch_uid="audit_logout")
def audit_logout(sender, request, user, **kwargs):
    if user is not None:
        record("logout", actor=user, target=user, request=request)


@receiver(user_login_failed, dispatch_uid="audit_login_failed")
def audit_login_failed(sender, credentials, request=None, **kwargs):
    # Only the address that was tried: Django has already masked the password.
    attempted = (credentials.get("email") or credentials.get("username") or credentials.get("login") or "")[:254]
    record("login.failed", request=request, attempted=attempted)


@receiver(user_locked_out, dispatch_uid="audit_locked_out")
def audit_locked_out(sender, request, username, ip_address, **kwargs):
    record("login.locked_out", request=request, attempted=(username or "")[:254])


@receiver(mfa_signals.authenticator_added, dispatch_uid="audit_mfa_added")
def audit_mfa_added(sender, request, user, authenticator, **kwargs):
    record("mfa.activated", actor=user, target=user, request=request, type=authenticator.type)


@receiver(mfa_signals.authenticator_removed, dispatch_uid="audit_mfa_removed")
def audit_mfa_removed(sender, request, user, authenticator, **kwargs):
    record("mfa.deactivated", actor=user, target=user, request=request, type=authenticator.type)


@receiver(mfa_signals.authenticator_reset, dispatch_uid="audit_mfa_reset")
def audit_mfa_reset(sender, request, user, authenticator, **kwargs):
    record("mfa.recovery_codes_regenerated", actor=user, target=user, request=request, type=authenticator.type)


@receiver(mfa_signals.authentication_failed, dispatch_uid="audit_mfa_failed")
def audit_mfa_failed(sender, request=None, user=None, **kwargs):
    record("mfa.failed", actor=user, target=user, request=request)


@receiver(account_signals.password_changed, dispatch_uid="audit_password_changed")
def audit_password_changed(sender, request, user, **kwargs):
    record("password.changed", actor=user, target=user, request=request)


@receiver(account_signals.password_reset, dispatch_uid="audit_password_reset")
def audit_password_reset(sender, request, user, **kwargs):
    record("password.reset", actor=user, target=user, request=request)
    # Whoever reset the password through the e-mailed link controls the address: lift a lock-out on it.
    axes_reset(username=(user.email or "").lower())


@receiver(account_signals.user_signed_up, dispatch_uid="audit_signed_up")
def audit_signed_up(sender, request, user, **kwargs):
    record("account.created", actor=user, target=user, request=request)


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="audit_role_changes")
def audit_role_changes(sender, instance, action, reverse, model, pk_set, **kwargs):
    """Someone was given or lost a role, from either side (user.groups.add or group.user_set.add)."""
    if action == "pre_clear":
        # What is about to go, so post_clear can name it.
        instance._roles_before_clear = list(instance.groups.all()) if not reverse else list(instance.user_set.all())
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    verb = "role.granted" if action == "post_add" else "role.revoked"
    if action == "post_clear":
        others = getattr(instance, "_roles_before_clear", [])
    else:
        others = list(model.objects.filter(pk__in=pk_set or []))
    for other in others:
        user, group = (other, instance) if reverse else (instance, other)
        record(verb, target=user, role=group.name)


@receiver(pre_save, sender=User, dispatch_uid="audit_staff_status")
def audit_staff_status(sender, instance, raw=False, update_fields=None, **kwargs):
    watched = {"is_staff", "is_superuser", "is_active"}
    if raw or instance.pk is None or (update_fields is not None and not watched & set(update_fields)):
        return
    before = User.objects.filter(pk=instance.pk).values("is_staff", "is_superuser", "is_active").first()
    if before is None:
        return
    changes = {name: getattr(instance, name) for name, value in before.items() if getattr(instance, name) != value}
    if changes:
        record("account.status_changed", target=instance, **changes)


@receiver(pre_delete, sender=User, dispatch_uid="erase_personal_data")
def erase_personal_data(sender, instance, **kwargs):
    """Whoever deletes an account (its owner, or an administrator in the admin), the deletion is recorded and every
    app's eraser runs first; the audit trail then names the account only by number."""
    request = current_request()
    actor = getattr(instance, "_deleted_by", None)
    if actor is None and request is not None and getattr(request, "user", None) is not None and request.user.is_authenticated:
        actor = request.user
    record("account.deleted", actor=actor, target=instance, request=request)
    exports.erase(instance)
