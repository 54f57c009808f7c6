"""The accounts app's own parts of the data export and of account deletion: the account itself and the audit trail
(the other apps' parts are found by `exports.discover()`, the rest by `catchall.py`)."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.db import models

from innoprocure.accounts.exports import register_eraser, register_exporter
from innoprocure.accounts.models import Profile
from innoprocure.audit.log import anonymised_label
from innoprocure.audit.models import AuditEvent


@register_exporter("account")
def export_account(user):
    profile = Profile.objects.filter(user=user).select_related("country").first()
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "roles": list(user.groups.order_by("name").values_list("name", flat=True)),
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "two_factor_authentication": [
            # The kind and dates only: the secret itself is never exported.
            {"type": authenticator.type, "created_at": authenticator.created_at, "last_used_at": authenticator.last_used_at}
            for authenticator in Authenticator.objects.filter(user=user).order_by("created_at")
        ],
        "profile": None
        if profile is None
        else {
            "organisation": profile.organisation,
            "country": profile.country.code if profile.country else None,
            "job_role": profile.job_role,
            "languages": list(profile.languages.order_by("code").values_list("code", flat=True)),
            "newsletter": profile.newsletter,
            "created_at": profile.created_at,
            "updated_at": profile.updated_at,
        },
    }


@register_exporter("audit")
def export_audit_events(user):
    """Security events about this person: sign-ins, failed sign-ins, role changes …"""
    user_type = get_user_model()._meta.label_lower
    events = AuditEvent.objects.filter(models.Q(actor=user) | models.Q(target_type=user_type, target_id=str(user.pk)))
    return [
        {"when": event.created_at, "action": event.action, "target": event.target_label, "ip_address": event.ip_address}
        for event in events.order_by("created_at", "id")
    ]


@register_eraser(last=True)
def anonymise_audit_events(user):
    """The audit trail stays (decisions must remain traceable) but no longer names the person."""
    label = anonymised_label(user)
    emails = {user.email.lower()} | {address.email.lower() for address in user.emailaddress_set.all()}
    AuditEvent.objects.filter(actor=user).update(actor_label=label)
    user_type = get_user_model()._meta.label_lower
    AuditEvent.objects.filter(target_type=user_type, target_id=str(user.pk)).update(target_label=label)
    for email in filter(None, emails):
        AuditEvent.objects.filter(actor_label__iexact=email).update(actor_label=label)
        AuditEvent.objects.filter(target_label__icontains=email).update(target_label=label)
