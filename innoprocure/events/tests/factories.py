"""Factories for the events tests. Events are pages: they are added below the events index page."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import factory
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify

from innoprocure.core.site import ensure_child_page, ensure_home_page
from innoprocure.events.models import EventIndexPage, EventPage


def events_index():
    return ensure_child_page(ensure_home_page(), EventIndexPage, "events", title="Events")


def at(zone, *args):
    """An aware datetime for a wall-clock time in a zone: at("Europe/Athens", 2030, 7, 15, 10)."""
    return datetime(*args, tzinfo=ZoneInfo(zone))


class EventPageFactory(factory.Factory):
    """A live event page. Give `start` (aware); `end` defaults to two hours later."""

    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Innovation procurement event {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    event_type = "webinar"
    event_format = "online"
    summary = factory.LazyAttribute(lambda o: f"What {o.title} covers, in one sentence.")
    time_zone = "Europe/Brussels"
    start = factory.LazyFunction(lambda: timezone.now().replace(microsecond=0) + timedelta(days=10))
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=2))
    organiser = "Innovation Procurement Platform"

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        page = model_class(*args, **kwargs)
        (parent or events_index()).add_child(instance=page)
        return page


def signed_in_administrator(client, settings):
    """A test client signed in as a superuser who may enter the admin."""
    # force_login has no client address, which django-axes cannot store on PostgreSQL; sign-in is not under test here.
    settings.AXES_ENABLED = False
    user = get_user_model().objects.create_superuser(email="admin@example.eu", username="admin", password="a-long-password-1")
    TOTP.activate(user, generate_totp_secret())  # staff need an authenticator app to enter the admin
    client.force_login(user)
    return client
