"""Shared by the alerts tests: people, saved searches and a run of the alerts at a given moment."""

from datetime import timedelta

from django.core import mail as outbox_mail
from django.utils import timezone

from innoprocure.accounts.tests.factories import UserFactory
from innoprocure.alerts import digests, services


def person(email="practitioner@example.org", language=""):
    user = UserFactory(email=email)
    if language:
        preference = services.mail.settings_of(user)
        preference.language = language
        preference.save()
    return user


def saved(user, query, kind="opportunities", frequency="daily", delivery="email", name="My alert"):
    return services.save_search(user, kind, query, name, frequency, delivery)


def run(days=0, minutes=1):
    """Run the alerts as if it were `days` (and a minute) from now; returns the e-mails it sent."""
    before = len(outbox_mail.outbox)
    digests.run(timezone.now() + timedelta(days=days, minutes=minutes))
    return outbox_mail.outbox[before:]
