"""Changes to a person's alerts, used by the views (and tests) — each checks whose search it is."""

from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from innoprocure.alerts import mail, matching
from innoprocure.alerts.models import MAX_SAVED_SEARCHES, AlertSettings, SavedSearch, new_token


class LimitReached(ValueError):
    pass


def remember_language(user):
    """The first search fixes the e-mails' language to the one the person uses the site in (changeable later)."""
    preference = mail.settings_of(user)
    if not preference.language:
        preference.language = get_language() or ""
        preference.save(update_fields=["language"])
    return preference


def save_search(user, kind, query, name, frequency, delivery, replace=None):
    """A new saved search, or `replace` (one of the person's) given these filters; the query is made canonical."""
    query = matching.clean(kind, query, user=user)
    if replace is None and SavedSearch.objects.filter(user=user).count() >= MAX_SAVED_SEARCHES:
        raise LimitReached(_("You can keep up to %(count)s saved searches; delete one first.") % {"count": MAX_SAVED_SEARCHES})
    remember_language(user)
    search = replace or SavedSearch(user=user)
    search.kind, search.query, search.name, search.frequency, search.delivery = kind, query, name, frequency, delivery
    if replace is not None:
        search.last_digest_at = timezone.now()  # new filters: what is new from now on
    search.save()
    return search


def pause(search):
    search.paused = True
    search.save(update_fields=["paused"])


def resume(search):
    """Back on: only what becomes visible from now on is new (nothing saved up while paused)."""
    search.paused = False
    search.last_digest_at = timezone.now()
    search.save(update_fields=["paused", "last_digest_at"])


def unsubscribe(user_id, searches):
    """What an unsubscribe link does: pause the named searches, or all of them and the reminders."""
    mine = SavedSearch.objects.filter(user_id=user_id)
    if searches == "all":
        mine.update(paused=True)
        AlertSettings.objects.filter(user_id=user_id).update(reminders=False)
        if not AlertSettings.objects.filter(user_id=user_id).exists():
            AlertSettings.objects.create(user_id=user_id, reminders=False)
        return mine.count()
    return mine.filter(pk__in=searches).update(paused=True)


def new_feed_address(user):
    preference = mail.settings_of(user)
    preference.feed_token = new_token()
    preference.save(update_fields=["feed_token"])
    return preference
