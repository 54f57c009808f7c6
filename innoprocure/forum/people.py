"""How the forum knows a person: their forum profile (made on first use) and the name shown beside their posts."""

from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from innoprocure.forum.models import ForumProfile


def profile_of(user, language=None):
    """The user's forum profile, created on first use with a free @handle made from their name."""
    try:
        return user.forum_profile
    except ForumProfile.DoesNotExist:
        pass
    base = slugify(user.get_full_name() or user.email.split("@")[0])[:32] or "member"
    number = 1
    while True:
        handle = base if number == 1 else f"{base}-{number}"
        if ForumProfile.objects.filter(handle=handle).exists():
            number += 1
            continue
        defaults = {"handle": handle} | ({"language": language} if language else {})
        try:
            with transaction.atomic():
                profile, _created = ForumProfile.objects.get_or_create(user=user, defaults=defaults)
        except IntegrityError:
            # Somebody of the same name took the handle a moment ago (or this person's other request made the
            # profile): look again rather than fail.
            profile = ForumProfile.objects.filter(user=user).first()
            if profile is None:
                number += 1
                continue
        user.forum_profile = profile
        return profile


def display_name(user):
    """How a person is named in the forum; an erased account is "deleted member"."""
    if user is None:
        return _("deleted member")
    return user.get_full_name() or user.email.split("@")[0]
