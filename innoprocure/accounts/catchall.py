"""The data export's catch-all: for every project app that has no exporter of its own, each row that points at the
user (a foreign key or one-to-one to the user) or carries one of the user's e-mail addresses — so nothing held about
a person is left out of the export just because its app has not written an exporter yet."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from django.utils.text import capfirst

# Fields whose values are credentials rather than information about the person.
SECRET_FIELD_WORDS = ("password", "token", "secret", "key", "hash")


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


def export_other_apps(user, covered):
    """{app label: {model name: [rows]}} for project apps whose label is not in `covered` (those with an exporter)."""
    data = {}
    for app_config in apps.get_app_configs():
        if not app_config.name.startswith("innoprocure.") or app_config.label in covered:
            continue
        sections = _catch_all(user, app_config)
        if sections:
            data[app_config.label] = sections
    return data
