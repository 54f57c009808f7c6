"""The accounts app's own parts of the data export and of account deletion, and a catch-all for the other apps.

The catch-all exports, for every project app that has no `exports.export` of its own, each row that points at the
user (a foreign key or one-to-one to the user) or carries one of the user's e-mail addresses — so nothing held
about a person is left out of the export just because its app has not written an exporter yet.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from django.utils.text import capfirst

from innoprocure.accounts.exports import _exporters, discover, register_eraser, register_exporter
from innoprocure.accounts.models import Profile

# Fields whose values are credentials rather than information about the person.
SECRET_FIELD_WORDS = ("password", "token", "secret", "key", "hash")
# Apps whose data the explicit exporters below already cover.
COVERED_APPS = {"accounts", "audit"}


@register_exporter("account")
def export_account(user):
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

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
    from innoprocure.audit.models import AuditEvent

    user_type = get_user_model()._meta.label_lower
    events = AuditEvent.objects.filter(models.Q(actor=user) | models.Q(target_type=user_type, target_id=str(user.pk)))
    return [
        {"when": event.created_at, "action": event.action, "target": event.target_label, "ip_address": event.ip_address}
        for event in events.order_by("created_at", "id")
    ]


@register_eraser(last=True)
def anonymise_audit_events(user):
    """The audit trail stays (decisions must remain traceable) but no longer names the person."""
    from innoprocure.audit.log import anonymised_label
    from innoprocure.audit.models import AuditEvent

    label = anonymised_label(user)
    emails = {user.email.lower()} | {address.email.lower() for address in user.emailaddress_set.all()}
    AuditEvent.objects.filter(actor=user).update(actor_label=label)
    user_type = get_user_model()._meta.label_lower
    AuditEvent.objects.filter(target_type=user_type, target_id=str(user.pk)).update(target_label=label)
    for email in filter(None, emails):
        AuditEvent.objects.filter(actor_label__iexact=email).update(actor_label=label)
        AuditEvent.objects.filter(target_label__icontains=email).update(target_label=label)


def _is_secret(field):
    return any(word in field.name.lower() for word in SECRET_FIELD_WORDS)


def _row(instance):
    row = {"id": instance.pk}
    for field in instance._meta.concrete_fields:
        if field.primary_key or _is_secret(field):
            continue
        if field.is_relation:
            related = getattr(instance, field.name)
            row[field.name] = str(related) if related is not None else None
        elif isinstance(field, models.FileField):
            value = getattr(instance, field.name)
            row[field.name] = value.name if value else ""
        else:
            row[field.name] = field.value_from_object(instance)
    return row


def _catch_all(user, app_config):
    user_model = get_user_model()
    emails = {user.email.lower()} | {address.email.lower() for address in user.emailaddress_set.all()}
    emails.discard("")
    sections = {}
    for model in app_config.get_models():
        conditions = models.Q()
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is user_model:
                conditions |= models.Q(**{field.name: user})
            elif isinstance(field, models.EmailField):
                for email in emails:
                    conditions |= models.Q(**{f"{field.name}__iexact": email})
        if not conditions:
            continue
        rows = [_row(instance) for instance in model._default_manager.filter(conditions).order_by("pk")]
        if rows:
            sections[capfirst(model._meta.verbose_name_plural)] = rows
    return sections


def export_other_apps(user):
    """{app label: {model name: [rows]}} for project apps without an exporter of their own."""
    discover()
    data = {}
    for app_config in apps.get_app_configs():
        if not app_config.name.startswith("innoprocure.") or app_config.label in COVERED_APPS:
            continue
        if app_config.label in _exporters:
            continue
        sections = _catch_all(user, app_config)
        if sections:
            data[app_config.label] = sections
    return data
