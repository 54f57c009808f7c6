"""allauth and django-axes fitted to the platform's rules."""

import math
from dataclasses import dataclass
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from innoprocure.accounts.policy import requires_mfa


@dataclass(frozen=True)
class PlatformSite:
    """What allauth's e-mails call the site: the platform's name and public address from the settings, not the
    host name of whichever request triggered the message (which gave "Hello from 127.0.0.1:8000!")."""

    name: str
    domain: str

    @classmethod
    def from_settings(cls):
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        return cls(name=settings.WAGTAIL_SITE_NAME, domain=address.netloc or settings.WAGTAILADMIN_BASE_URL)


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        super().send_mail(template_prefix, email, {"current_site": PlatformSite.from_settings(), **context})


class MFAAdapter(DefaultMFAAdapter):
    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "cannot_delete_authenticator": _(
            "Your role requires two-factor authentication, so it stays on. To move to a new phone, ask an "
            "administrator to reset your authenticator; you then set up the new one at your next sign-in."
        ),
    }

    def can_delete_authenticator(self, authenticator):
        # Staff must keep their authenticator app; they can replace it by deactivating only after losing their role.
        if authenticator.type == Authenticator.Type.TOTP and requires_mfa(authenticator.user):
            return False
        return super().can_delete_authenticator(authenticator)


def axes_username(request, credentials=None):
    """What django-axes counts failures against: the e-mail address that was tried, in lower case.

    allauth signs people in with `authenticate(email=…)`, and its form calls the field "login"."""
    credentials = credentials or {}
    value = (
        credentials.get("email")
        or credentials.get("username")
        or credentials.get("login")
        or request.POST.get("login")
        or request.POST.get("username")
        or ""
    )
    return str(value).strip().lower()[:254]


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' answer once sign-in is paused: a page in the site's layout saying for how long, with status 429."""
    from axes.helpers import get_cool_off, get_failure_limit

    cool_off = get_cool_off(request)
    minutes = math.ceil(cool_off.total_seconds() / 60) if cool_off else None
    context = {"failure_limit": get_failure_limit(request, credentials), "minutes": minutes}
    return render(request, "accounts/locked_out.html", context, status=429)


def axes_client_ip(request):
    """The client address for django-axes: valid or None (PostgreSQL keeps addresses in an inet column)."""
    from innoprocure.audit.log import client_ip

    return client_ip(request)
