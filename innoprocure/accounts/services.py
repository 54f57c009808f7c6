"""What a person can do with their own account: keep their profile, download their data, delete the account."""

import json
import logging

from allauth.account.models import EmailAddress
from django.contrib.auth import logout
from django.db import transaction

from innoprocure.accounts import exports
from innoprocure.accounts.models import Profile
from innoprocure.audit.log import record

logger = logging.getLogger(__name__)


def _newsletter_services():
    try:
        from innoprocure.newsletter import services
    except ImportError:
        return None
    return services


def sync_newsletter(user, wanted):
    """Tell the newsletter app what the person chose on their profile (it handles confirmation and consent)."""
    services = _newsletter_services()
    if services is None or not user.email:
        return
    if wanted and hasattr(services, "subscribe"):
        # An address allauth has verified needs no second confirmation e-mail.
        verified = EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists()
        services.subscribe(user.email, name=user.get_full_name(), source="account", confirmed=verified)
    elif not wanted and hasattr(services, "unsubscribe"):
        services.unsubscribe(user.email)


def refresh_newsletter_choice(profile):
    """People also subscribe and unsubscribe by e-mail link: show the profile what the newsletter app knows."""
    services = _newsletter_services()
    if services is None or not hasattr(services, "is_subscribed") or not profile.user.email:
        return profile
    subscribed = bool(services.is_subscribed(profile.user.email))
    if subscribed != profile.newsletter:
        profile.newsletter = subscribed
        profile.save(update_fields=["newsletter", "updated_at"])
    return profile


def save_profile(form, request):
    # The form has already copied the new choice onto the instance: compare with what is stored.
    stored = Profile.objects.filter(pk=form.instance.pk).values_list("newsletter", flat=True).first()
    had_newsletter = bool(stored)
    profile = form.save()
    if profile.newsletter != had_newsletter:
        sync_newsletter(request.user, profile.newsletter)
    return profile


def export_json(user, request=None):
    """The export file's content: every registered app's part, as indented UTF-8 JSON."""
    data = exports.collect(user)
    record("account.exported", actor=user, target=user, request=request, sections=sorted(key for key in data if key))
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)


def delete_account(user, request=None):
    """Delete the person's own account. The pre_delete receiver (signals.py) records it and runs the erasers, the
    same way as when an administrator deletes an account in the admin."""
    with transaction.atomic():
        if request is not None:
            logout(request)  # first, so that the sign-out event is anonymised with the rest
        user._deleted_by = user
        user.delete()
