"""Follows: reminders before a followed opportunity's deadline or a followed event's start, and a notice when a
followed opportunity's deadline moves (e.g. a TED change notice).

Each reminder is sent once (`ReminderSent`, keyed by the days before and the date it is for): a person who
follows an opportunity three days before its deadline gets the one-day reminder on the last day, not the
seven-day one late. When the deadline moves, the reminders for the new date are due again.
"""

from collections import defaultdict
from datetime import timedelta

from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from innoprocure.alerts import mail, matching
from innoprocure.alerts.models import DEFAULT_REMINDER_DAYS, AlertSettings, Follow, FollowKind, Kind, ReminderSent

KIND_OF_FOLLOW = {
    FollowKind.OPPORTUNITY: Kind.OPPORTUNITIES,
    FollowKind.EVENT: Kind.EVENTS,
    FollowKind.CHALLENGE: matching.CHALLENGES,
}
QUESTIONS, RESPONSES = "questions", "responses"


def target_time(kind, item):
    """The moment a follow is about: the opportunity's deadline, the event's start, the challenge's response
    deadline (a moved one is told as a new deadline)."""
    if kind == FollowKind.CHALLENGE:
        return item.response_deadline
    return item.deadline if kind == FollowKind.OPPORTUNITY else item.start


def targets(kind, item):
    """[(what, moment)] a follow reminds of: a challenge has its Q&A deadline, then its response deadline."""
    if kind == FollowKind.CHALLENGE:
        return [(QUESTIONS, item.questions_deadline), (RESPONSES, item.response_deadline)]
    return [("", target_time(kind, item))]


def follow(user, kind, item):
    """Follow an item (idempotent); remembers its deadline so that a later change can be told."""
    found, _created = Follow.objects.get_or_create(
        user=user, kind=kind, object_id=item.pk, defaults={"known_deadline": target_time(kind, item)}
    )
    return found


def unfollow(user, kind, object_id):
    Follow.objects.filter(user=user, kind=kind, object_id=object_id).delete()


def is_following(user, kind, object_id):
    return user.is_authenticated and Follow.objects.filter(user=user, kind=kind, object_id=object_id).exists()


def due(follow_row, when, days, now, sent_keys):
    """(days before, key) of the reminder to send now for a target at `when`, and the keys it settles; or None."""
    if when is None or when <= now:
        return None
    passed = [day for day in days if now >= when - timedelta(days=day)]
    if not passed:
        return None
    keys = [f"{day}d:{when.isoformat()}" for day in passed]
    if all(key in sent_keys for key in keys):
        return None
    return min(passed), keys


def send(now=None, errors=None):
    """Send the reminders and deadline notices due now, one e-mail per person. Returns how many e-mails went."""
    now = now or timezone.now()
    errors = errors if errors is not None else []
    follows = list(Follow.objects.filter(user__is_active=True).exclude(user__email="").select_related("user"))
    if not follows:
        return 0
    objects = {}
    for follow_kind, kind in KIND_OF_FOLLOW.items():
        objects[follow_kind] = matching.items(kind, {row.object_id for row in follows if row.kind == follow_kind})
    preferences = {row.user_id: row for row in AlertSettings.objects.filter(user_id__in={row.user_id for row in follows})}
    sent_keys = defaultdict(set)
    for follow_id, key in ReminderSent.objects.filter(follow__in=follows).values_list("follow_id", "key"):
        sent_keys[follow_id].add(key)

    per_user = defaultdict(list)  # user id -> [(follow, item, what, days, keys, which date, the date)]
    for row in follows:
        item = objects[row.kind].get(row.object_id)
        if item is None:
            continue  # unpublished since: nothing to remind of
        when = target_time(row.kind, item)
        preference = preferences.get(row.user_id)
        if row.kind != FollowKind.EVENT and when != row.known_deadline and when is not None and when > now:
            per_user[row.user_id].append((row, item, "changed", None, [], "", when))
            continue
        if preference is not None and not preference.reminders:
            continue
        days = preference.days if preference is not None else list(DEFAULT_REMINDER_DAYS)
        for what, moment in targets(row.kind, item):  # the first date still ahead that is due
            reminder = due(row, moment, days, now, sent_keys[row.pk])
            if reminder:
                per_user[row.user_id].append((row, item, "reminder", reminder[0], reminder[1], what, moment))
                break

    count = 0
    for user_id, entries in per_user.items():
        user = entries[0][0].user
        with translation.override(mail.language_of(preferences.get(user_id))):
            email = _message(user, entries, now)
        with transaction.atomic():
            try:
                get_connection().send_messages([email])
            except OSError as error:
                errors.append(f"{user.email}: {error!r}")
                continue
            for row, item, what, _days, keys, _which, _moment in entries:
                if what == "changed":
                    row.known_deadline = target_time(row.kind, item)
                    row.save(update_fields=["known_deadline"])
                ReminderSent.objects.bulk_create(
                    [ReminderSent(follow=row, key=key, sent_at=now) for key in keys], ignore_conflicts=True
                )
            count += 1
    return count


def _message(user, entries, now):
    lines = []
    for row, item, what, days, _keys, which, moment in entries:
        facts = matching.facts(KIND_OF_FOLLOW[row.kind], item)
        facts["url"] = mail.site_url(facts["path"]) if facts["path"] else ""
        facts["what"] = what
        facts["days"] = days
        facts["which"] = which  # a challenge's "questions" or "responses" deadline
        facts["deadline"] = moment
        facts["previous"] = row.known_deadline
        facts["is_event"] = row.kind == FollowKind.EVENT
        lines.append(facts)
    if len(lines) == 1 and lines[0]["what"] == "changed":
        subject = _("New deadline: %(title)s") % {"title": lines[0]["title"]}
    elif len(lines) == 1:
        subject = _("Reminder: %(title)s") % {"title": lines[0]["title"]}
    else:
        subject = _("Reminders about %(count)s items you follow") % {"count": len(lines)}
    return mail.message(user, subject, "reminders", {"lines": lines, "now": now})
