"""What is new for each saved search, and the digest e-mails that say so.

A run (`run(now)`, from `manage.py send_alerts` or the background task):

1. `observe` notes every item that has become visible since the previous run (a `Sighting` with the moment it
   became visible) and, for opportunities, deadlines that changed.
2. The due searches (not paused, e-mail wanted, their frequency's interval over) look at the items that became
   visible after their last digest — matched now, by the listing's own filters, so an item that stopped matching is
   not sent — and at deadlines changed since, for opportunities they have already reported.
3. One e-mail per person and frequency, every search of theirs grouped in it, in their language, at most MAX_LISTED
   items per search ("and N more" links to the listing). What was sent is recorded (`Dispatch`, shared by the
   searches that found the same) and each search's watermark moved in the same transaction as the sending, so a
   second run sends nothing, and a failed send leaves everything to the next run.

Database work grows with the number of different searches and with the people in batches of BATCH, not per person;
each distinct search's block of items is rendered once per language and reused for everybody who receives it.
"""

import logging
from collections import defaultdict
from datetime import timedelta

from django.core.mail import get_connection
from django.db import transaction
from django.db.models import OuterRef, Q, Subquery
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from innoprocure.alerts import mail, matching
from innoprocure.alerts.models import (
    AlertRun,
    AlertSettings,
    Delivery,
    Dispatch,
    DispatchItem,
    Frequency,
    Kind,
    Reason,
    SavedSearch,
    Sighting,
)

logger = logging.getLogger(__name__)
BATCH = 1000  # people per transaction: sent, recorded and their watermarks moved together
MAX_LISTED = 20  # items listed per search in an e-mail; the rest are counted, with a link to the listing
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
        fresh = Q(visible_since__gt=since, visible_since__lte=now)
        moved = Q(deadline_changed_at__gt=since)
        self.visible_since = dict(sightings.filter(fresh).values_list("object_id", "visible_since"))
        self.moved = {
            object_id: (changed_at, deadline)
            for object_id, changed_at, deadline in sightings.filter(moved).values_list(
                "object_id", "deadline_changed_at", "deadline"
            )
        }
        scope = sightings.filter(fresh | moved).values("object_id")
        self.matcher = matching.Matcher(kind, set(self.visible_since) | set(self.moved), scope=scope)


def findings(search, candidates, sent):
    """((item id, reason, deadline), ...) new for one search; `sent` is {(object id, reason, deadline)} it reported."""
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
    return tuple(found)


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
    except Exception as error:  # recorded for the admin, then raised for the log and cron
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
    searches = list(
        due_searches(now)
        .select_related("user")
        .only(
            "pk",
            "name",
            "kind",
            "query",
            "frequency",
            "created_at",
            "last_digest_at",
            "user__email",
            "user__first_name",
            "user__last_name",
        )
        .order_by("user_id", "pk")
    )
    record.searches = len(searches)
    if not searches:
        return
    candidates = {}
    for kind in {search.kind for search in searches}:
        since = min(search.since for search in searches if search.kind == kind)
        candidates[kind] = Candidates(kind, since, now)
    work = Digests(candidates, now)
    by_user = defaultdict(list)
    for search in searches:
        by_user[search.user_id].append(search)
    users = list(by_user)
    for start in range(0, len(users), BATCH):
        work.send_batch([by_user[user_id] for user_id in users[start : start + BATCH]], record, errors)


class Digests:
    """The state of one run's digests, shared by its batches of people so that each distinct search is worked out,
    rendered (per language) and recorded once: searches with the same listing, filters and findings share one
    `Dispatch` and one rendered block of items; only the greeting and the personal links are per person."""

    def __init__(self, candidates, now):
        self.candidates = candidates
        self.now = now
        self.findings = {}  # (kind, query, since, sent) -> findings
        self.blocks = {}  # (kind, query, findings, language) -> rendered block and the search's descriptions
        self.dispatches = {}  # (kind, query, findings) -> Dispatch id, once recorded
        self.objects = defaultdict(dict)  # kind -> {id: item} of the items listed in some e-mail
        self.indexes = {kind: matching.index_page(kind) for kind in candidates}
        # What earlier dispatches reported among this run's candidates: {dispatch id: {(id, reason, deadline)}}.
        self.reported = defaultdict(set)
        for kind, found in candidates.items():
            if not found.matcher.candidates:
                continue
            rows = DispatchItem.objects.filter(dispatch__kind=kind, object_id__in=found.matcher.candidates)
            for dispatch_id, object_id, reason, deadline in rows.values_list("dispatch_id", "object_id", "reason", "deadline"):
                self.reported[dispatch_id].add((object_id, reason, deadline))

    def _sent(self, searches):
        """{search id: {(object id, reason, deadline)}} of what these searches reported among the candidates."""
        sent = defaultdict(set)
        if self.reported:
            links = Dispatch.searches.through.objects.filter(
                dispatch_id__in=list(self.reported), savedsearch_id__in=[search.pk for search in searches]
            )
            for search_id, dispatch_id in links.values_list("savedsearch_id", "dispatch_id"):
                sent[search_id] |= self.reported[dispatch_id]
        return sent

    def _found(self, search, sent):
        key = (search.kind, search.query, search.since, frozenset(sent))
        if key not in self.findings:
            self.findings[key] = findings(search, self.candidates[search.kind], sent)
        return self.findings[key]

    def _load(self, kind, ids):
        missing = set(ids) - set(self.objects[kind])
        if missing:
            self.objects[kind].update(matching.items(kind, missing))
            self.objects[kind].update(dict.fromkeys(missing - set(self.objects[kind])))  # gone since: not listed

    def _for_readers(self, searches, found):
        """Where not everybody may read every item (the forum's closed and private groups, matching.PER_READER),
        each person keeps only what they may read now; the rest is neither sent nor recorded as sent to them."""
        for kind in matching.PER_READER:
            mine = [search for search in searches if search.kind == kind and found[search.pk]]
            if not mine:
                continue
            ids = {object_id for search in mine for object_id, _reason, _deadline in found[search.pk]}
            objects = {object_id: self.objects[kind][object_id] for object_id in ids}
            allowed = matching.readable(kind, [search.user for search in mine], objects)
            for search in mine:
                found[search.pk] = tuple(entry for entry in found[search.pk] if entry[0] in allowed[search.user_id])

    def send_batch(self, groups, record, errors):
        searches = [search for group in groups for search in group]
        sent = self._sent(searches)
        found = {}
        for search in searches:
            shown = self._found(search, sent[search.pk])
            if shown:
                self._load(search.kind, [object_id for object_id, _reason, _deadline in shown])
                shown = tuple(entry for entry in shown if self.objects[search.kind].get(entry[0]) is not None)
            found[search.pk] = shown
        self._for_readers(searches, found)
        preferences = {
            row.user_id: row for row in AlertSettings.objects.filter(user_id__in=[group[0].user_id for group in groups])
        }

        messages = []  # (message, [(search, findings)])
        for group in groups:
            by_frequency = defaultdict(list)
            for search in group:
                if found[search.pk]:
                    by_frequency[search.frequency].append((search, found[search.pk]))
            if not by_frequency:
                continue
            user = group[0].user
            language = mail.language_of(preferences.get(user.pk))
            with translation.override(language):
                for frequency, sections in by_frequency.items():
                    messages.append((self._digest(user, frequency, sections, language), sections))

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
            received = []  # (dispatch key, search id)
            for _email, sections in messages:
                if sections[0][0].user_id in failed_users:
                    continue
                record.emails += 1
                for search, shown in sections:
                    received.append(((search.kind, search.query, shown), search.pk))
                    record.items += len(shown)
            self._record(received)
            done = [search.pk for search in searches if search.user_id not in failed_users]
            for start in range(0, len(done), 5000):
                SavedSearch.objects.filter(pk__in=done[start : start + 5000]).update(last_digest_at=self.now)

    def _record(self, received):
        """The dispatches (new ones with their items) and who received them: a few bulk inserts per batch."""
        fresh = [key for key in dict.fromkeys(key for key, _search_id in received) if key not in self.dispatches]
        created = Dispatch.objects.bulk_create(
            [Dispatch(kind=kind, query=query, sent_at=self.now, count=len(shown)) for kind, query, shown in fresh],
            batch_size=500,
        )
        if created and created[0].pk is None:  # a database that does not return the new ids (not SQLite nor PostgreSQL)
            created = list(Dispatch.objects.filter(sent_at=self.now).order_by("pk"))[-len(fresh) :]
        items = []
        for key, dispatch in zip(fresh, created, strict=True):
            self.dispatches[key] = dispatch.pk
            items += [
                DispatchItem(dispatch_id=dispatch.pk, object_id=object_id, reason=reason, deadline=deadline)
                for object_id, reason, deadline in key[2]
            ]
        DispatchItem.objects.bulk_create(items, batch_size=2000)
        Link = Dispatch.searches.through
        Link.objects.bulk_create(
            [Link(dispatch_id=self.dispatches[key], savedsearch_id=search_id) for key, search_id in received], batch_size=2000
        )

    def _block(self, search, shown, language):
        """The search's items as text and HTML (at most MAX_LISTED, then "and N more"), rendered once per language
        for everybody whose search has the same listing, filters and findings."""
        key = (search.kind, search.query, shown, language)
        if key not in self.blocks:
            kind, objects = search.kind, self.objects[search.kind]
            entries = []
            for object_id, reason, _deadline in shown[:MAX_LISTED]:
                facts = matching.facts(kind, objects[object_id], self.indexes.get(Kind.OPPORTUNITIES))
                facts["url"] = mail.site_url(facts["path"]) if facts["path"] else ""
                facts["deadline_changed"] = reason == Reason.DEADLINE
                entries.append(facts)
            open_url = mail.site_url(matching.listing_path(kind, search.query, self.indexes.get(kind)))
            context = {"entries": entries, "more": max(0, len(shown) - MAX_LISTED), "open_url": open_url}
            self.blocks[key] = {
                "listing": Kind(kind).label,
                "filters": matching.describe(kind, search.query),
                "open_url": open_url,
                "text": render_to_string("alerts/email/digest_items.txt", context),
                "html": render_to_string("alerts/email/digest_items.html", context),
            }
        return self.blocks[key]

    def _digest(self, user, frequency, sections, language):
        total = sum(len(shown) for _search, shown in sections)
        groups = [
            {
                **self._block(search, shown, language),
                "search": search,
                "unsubscribe_url": mail.unsubscribe_url(user.pk, [search.pk]),
            }
            for search, shown in sections
        ]
        subject = ngettext("%(count)s new item for your saved searches", "%(count)s new items for your saved searches", total) % {
            "count": total
        }
        if frequency == Frequency.WEEKLY:
            subject = _("Weekly alert: %(subject)s") % {"subject": subject}
        return mail.message(
            user,
            subject,
            "digest",
            {"groups": groups, "total": total},
            header_searches=[search.pk for search, _shown in sections],
        )
