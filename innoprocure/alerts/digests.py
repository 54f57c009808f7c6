"""What is new for each saved search, and the digest e-mails that say so.

A run (`run(now)`, from `manage.py send_alerts` or the background task):

1. `observe` notes every item that has become visible since the previous run (a `Sighting` with the moment it
   became visible) and, for opportunities, deadlines that changed.
2. The due searches (not paused, e-mail wanted, their frequency's interval over) look at the items that became
   visible after their last digest — matched now, by the listing's own filters, so an item that stopped matching is
   not sent — and at deadlines changed since, for opportunities they have already reported.
3. One e-mail per person and frequency, every search of theirs grouped in it, in their language. What was sent is
   recorded (`SentItem`) and each search's watermark moved in the same transaction as the sending, so a second run
   sends nothing, and a failed send leaves everything to the next run.

Database work grows with the number of different searches and with the people in batches of BATCH, not per person.
"""

import logging
from collections import defaultdict
from datetime import timedelta

from django.core.mail import get_connection
from django.db import transaction
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from innoprocure.alerts import mail, matching
from innoprocure.alerts.models import AlertRun, AlertSettings, Delivery, Frequency, Kind, Reason, SavedSearch, SentItem, Sighting

logger = logging.getLogger(__name__)
BATCH = 500
INTERVALS = {
    Frequency.IMMEDIATE: timedelta(0),
    # A little less than the period, so that a daily cron job that runs a few seconds early still sends.
    Frequency.DAILY: timedelta(hours=23),
    Frequency.WEEKLY: timedelta(days=7) - timedelta(hours=1),
}


def previous_run_start():
    last = AlertRun.objects.filter(finished_at__isnull=False).order_by("-started_at").first()
    return last.started_at if last else None


def observe(now, previous=None):
    """Record items newly visible (and changed deadlines) since the previous run; returns how many were new."""
    created = 0
    for kind in Kind.values:
        queryset, field = matching.visible(kind)
        columns = ["pk", field] + (["deadline"] if matching.has_deadline(kind) else [])
        fresh = queryset.exclude(pk__in=Sighting.objects.filter(kind=kind).values("object_id")).values_list(*columns)
        rows = []
        for row in fresh.iterator(chunk_size=2000):
            own = row[1] or now
            # Not seen at the previous run, so visible since then: a draft of last year published today is new now.
            since = own if previous is None or own > previous else now
            rows.append(
                Sighting(kind=kind, object_id=row[0], visible_since=min(since, now), deadline=row[2] if len(row) > 2 else None)
            )
        Sighting.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)
        created += len(rows)
        if matching.has_deadline(kind) and previous is not None:
            _deadline_changes(kind, queryset, now)
    return created


def _deadline_changes(kind, queryset, now):
    """Deadlines that differ from the one last seen (one query over the visible items, compared here)."""
    seen = Sighting.objects.filter(kind=kind, object_id=OuterRef("pk")).values("deadline")[:1]
    moved = {
        pk: deadline
        for pk, deadline, before in queryset.annotate(seen=Subquery(seen)).values_list("pk", "deadline", "seen").iterator()
        if deadline != before
    }
    for start in range(0, len(moved), 1000):
        batch = list(moved)[start : start + 1000]
        rows = list(Sighting.objects.filter(kind=kind, object_id__in=batch))
        for sighting in rows:
            sighting.deadline, sighting.deadline_changed_at = moved[sighting.object_id], now
        Sighting.objects.bulk_update(rows, ["deadline", "deadline_changed_at"])


def due_searches(now):
    """Searches whose digest is due: active, wanting e-mail, their frequency's interval over since the last one."""
    due = Q()
    for frequency, interval in INTERVALS.items():
        due |= Q(frequency=frequency) & (Q(last_digest_at__isnull=True) | Q(last_digest_at__lte=now - interval))
    return SavedSearch.objects.filter(
        due, paused=False, user__is_active=True, delivery__in=[Delivery.EMAIL, Delivery.BOTH]
    ).exclude(user__email="")


class Candidates:
    """The items of one kind that may be new for some due search of this run, with a matcher for them."""

    def __init__(self, kind, since, now):
        sightings = Sighting.objects.filter(kind=kind)
        self.visible_since = dict(
            sightings.filter(visible_since__gt=since, visible_since__lte=now).values_list("object_id", "visible_since")
        )
        self.moved = {
            object_id: (changed_at, deadline)
            for object_id, changed_at, deadline in sightings.filter(deadline_changed_at__gt=since).values_list(
                "object_id", "deadline_changed_at", "deadline"
            )
        }
        self.matcher = matching.Matcher(kind, set(self.visible_since) | set(self.moved))


def findings(search, candidates, sent):
    """[(item id, reason, deadline)] new for one search; `sent` is {(object id, reason, deadline)} it reported."""
    found = []
    reported = {object_id for object_id, reason, _deadline in sent if reason == Reason.NEW}
    for object_id in sorted(candidates.matcher.ids(search.query)):
        became = candidates.visible_since.get(object_id)
        if became is not None and became > search.since and object_id not in reported:
            found.append((object_id, Reason.NEW, None))
        elif object_id in candidates.moved and object_id in reported:
            changed_at, deadline = candidates.moved[object_id]
            if changed_at > search.since and (object_id, Reason.DEADLINE, deadline) not in sent:
                found.append((object_id, Reason.DEADLINE, deadline))
    return found


def run(now=None):
    """One run of the alerts: digests, then reminders for followed items. Returns the AlertRun."""
    from innoprocure.alerts import reminders

    now = now or timezone.now()
    previous = previous_run_start()
    record = AlertRun.objects.create(started_at=now)
    errors = []
    observe(now, previous)
    try:
        send_digests(now, record, errors)
    except Exception as error:  # noqa: BLE001 - recorded for the admin, then raised for the log and cron
        errors.append(f"digests: {error!r}")
        raise
    finally:
        try:
            record.reminders = reminders.send(now, errors)
        finally:
            record.errors = "\n".join(errors)
            record.finished_at = timezone.now()
            record.save()
    return record


def send_digests(now, record, errors):
    searches = list(due_searches(now).select_related("user").order_by("user_id", "pk"))
    record.searches = len(searches)
    if not searches:
        return
    candidates = {}
    for kind in {search.kind for search in searches}:
        since = min(search.since for search in searches if search.kind == kind)
        candidates[kind] = Candidates(kind, since, now)
    by_user = defaultdict(list)
    for search in searches:
        by_user[search.user_id].append(search)
    users = list(by_user)
    for start in range(0, len(users), BATCH):
        _send_batch([by_user[user_id] for user_id in users[start : start + BATCH]], candidates, now, record, errors)


def _send_batch(groups, candidates, now, record, errors):
    searches = [search for group in groups for search in group]
    sent = defaultdict(set)
    candidate_ids = {object_id for found in candidates.values() for object_id in found.matcher.candidates}
    if candidate_ids:
        rows = SentItem.objects.filter(search__in=searches, object_id__in=list(candidate_ids))
        for search_id, object_id, reason, deadline in rows.values_list("search_id", "object_id", "reason", "deadline"):
            sent[search_id].add((object_id, reason, deadline))
    found = {search.pk: findings(search, candidates[search.kind], sent[search.pk]) for search in searches}
    wanted = defaultdict(set)
    for search in searches:
        wanted[search.kind].update(object_id for object_id, _reason, _deadline in found[search.pk])
    objects = {kind: matching.items(kind, ids) for kind, ids in wanted.items()}
    preferences = {row.user_id: row for row in AlertSettings.objects.filter(user_id__in=[group[0].user_id for group in groups])}

    indexes = {kind: matching.index_page(kind) for kind in {search.kind for search in searches}}
    messages = []  # (message, [(search, [(id, reason, deadline)])])
    for group in groups:
        by_frequency = defaultdict(list)
        for search in group:
            shown = [entry for entry in found[search.pk] if entry[0] in objects[search.kind]]
            if shown:
                by_frequency[search.frequency].append((search, shown))
        for frequency, sections in by_frequency.items():
            user = group[0].user
            with translation.override(mail.language_of(preferences.get(user.pk))):
                messages.append((_digest(user, frequency, sections, objects, indexes), sections))

    with transaction.atomic():
        failed_users = set()
        connection = get_connection()
        try:
            connection.open()
            for email, sections in messages:
                try:
                    connection.send_messages([email])
                except OSError as error:
                    failed_users.add(sections[0][0].user_id)
                    errors.append(f"{email.to[0]}: {error!r}")
        finally:
            connection.close()
        rows = []
        for _email, sections in messages:
            if sections[0][0].user_id in failed_users:
                continue
            record.emails += 1
            for search, shown in sections:
                for object_id, reason, deadline in shown:
                    rows.append(SentItem(search=search, object_id=object_id, reason=reason, deadline=deadline, sent_at=now))
        SentItem.objects.bulk_create(rows, batch_size=1000)
        record.items += len(rows)
        done = [search.pk for search in searches if search.user_id not in failed_users]
        for start in range(0, len(done), 1000):
            SavedSearch.objects.filter(pk__in=done[start : start + 1000]).update(last_digest_at=now)


def _digest(user, frequency, sections, objects, indexes):
    total = sum(len(shown) for _search, shown in sections)
    groups = []
    for search, shown in sections:
        entries = []
        for object_id, reason, _deadline in shown:
            facts = matching.facts(search.kind, objects[search.kind][object_id], indexes.get(Kind.OPPORTUNITIES))
            facts["url"] = mail.site_url(facts["path"]) if facts["path"] else ""
            facts["deadline_changed"] = reason == Reason.DEADLINE
            entries.append(facts)
        groups.append(
            {
                "search": search,
                "listing": Kind(search.kind).label,
                "filters": matching.describe(search.kind, search.query),
                "open_url": mail.site_url(matching.listing_path(search.kind, search.query, indexes.get(search.kind))),
                "unsubscribe_url": mail.unsubscribe_url(user.pk, [search.pk]),
                "entries": entries,
            }
        )
    subject = ngettext("%(count)s new item for your saved searches", "%(count)s new items for your saved searches", total) % {
        "count": total
    }
    if frequency == Frequency.WEEKLY:
        subject = _("Weekly alert: %(subject)s") % {"subject": subject}
    return mail.message(
        user, subject, "digest", {"groups": groups, "total": total}, header_searches=[search.pk for search, _shown in sections]
    )
