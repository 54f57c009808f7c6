"""Putting a parsed eForms notice into the database: an Opportunity with its lots and innovation flags.

    saver = NoticeSaver()
    outcome = saver.save(notice)        # Outcome(status="created" | "updated" | "unchanged" | "skipped", reason=…)

Idempotent, and correct whatever order the notices arrive in. Every notice read is kept as a TedNotice row, which is
how notices find each other: by notice id, by publication number (a change may name the notice it changes either
way, or not at all) and by procedure (BT-04). An opportunity shows the content of the latest of its notices in a
total order (eforms.Notice.order_key: dispatch time, a change after the notice it changes, version, identifiers),
so re-importing an older notice — even one dispatched at the same second — never undoes a change. Nothing is
written (updated_at included) when nothing differs. What each kind of notice does:
- a contract notice or a PIN used as a call for competition creates or updates a tender;
- a change notice (SDK 1.8 and earlier: notice type `corr`) updates the opportunity it belongs to; when that one
  was never imported, the change notice (which carries the whole notice) creates it, and the original arriving later
  is recognised as older;
- a PIN only (a planning notice) becomes an open market consultation;
- a contract award notice closes (awarded) or annotates the opportunities of its procedure; when none has been
  imported yet it is kept and applied as soon as its contract notice arrives;
- test notices, direct-award (VEAT), modification and completion notices are skipped with the reason.
"""

import functools
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import connection, transaction
from django.db.models import Q
from django.db.models.signals import post_save, pre_save
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from innoprocure.core.models import Country, Sector
from innoprocure.opportunities import status
from innoprocure.opportunities.importers import eforms
from innoprocure.opportunities.importers.countries import NAMES
from innoprocure.opportunities.models import (
    Opportunity,
    OpportunityFlag,
    OpportunityLot,
    OpportunityType,
    TedNotice,
    slug_base,
    unique_slug,
)

CREATED = "created"
UPDATED = "updated"
UNCHANGED = "unchanged"
SKIPPED = "skipped"
FAILED = "failed"

# CPV divisions (first two digits) that clearly belong to one of the platform's sectors (applied to the main code).
CPV_SECTORS = {
    "03": "food",
    "09": "energy",
    "15": "food",
    "18": "textiles",
    "19": "textiles",
    "30": "ict",
    "31": "energy",
    "32": "ict",
    "33": "health-care",
    "34": "mobility",
    "35": "security",
    "39": "textiles",
    "41": "water",
    "44": "construction",
    "45": "construction",
    "48": "ict",
    "55": "food",
    "60": "mobility",
    "63": "mobility",
    "64": "ict",
    "65": "energy",
    "71": "construction",
    "72": "ict",
    "75": "public-administration",
    "80": "education",
    "85": "health-care",
    "90": "environment",
}

SKIP_REASONS = {
    eforms.PLANNING: gettext_lazy(
        "A planning notice that is not a prior information notice: it announces a future procedure but is not a call "
        "for competition."
    ),
    eforms.DIRECT_AWARD: gettext_lazy(
        "A voluntary ex-ante transparency notice: it announces a direct award without a call for competition."
    ),
    eforms.MODIFICATION: gettext_lazy("A contract modification notice: it changes a contract already awarded."),
    eforms.COMPLETION: gettext_lazy("A contract completion notice: it reports a contract already carried out."),
}


@dataclass
class Outcome:
    status: str
    reason: str = ""
    opportunity: Opportunity | None = None


# Each notice's slug is asked for up to three times (prefetched for the run, checked before its save, taken).
_slug_base = functools.lru_cache(maxsize=4096)(slug_base)


@functools.lru_cache(maxsize=4096)
def _url(value, max_length=200):
    """The address if it is a valid http(s) URL that fits the field (cached: buyers' websites recur)."""
    value = (value or "").strip()
    if value and "://" not in value:
        value = f"https://{value}"
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        return ""
    return value if len(value) <= max_length else ""


LOT_FIELDS = (
    "title",
    "description",
    "deadline",
    "deadline_kind",
    "deadlines",
    "cpv_codes",
    "estimated_value",
    "framework_maximum",
    "currency",
)


def _lot_values(lot, language):
    return {
        "title": eforms.pick_language(lot.titles, language)[:500],
        "description": eforms.pick_language(lot.descriptions, language),
        "deadline": lot.deadline.at if lot.deadline else None,
        "deadline_kind": lot.deadline.kind if lot.deadline else "",
        "deadlines": [deadline.as_data() for deadline in lot.deadlines],
        "cpv_codes": lot.cpv_codes,
        "estimated_value": lot.estimated_value,
        "framework_maximum": lot.framework_maximum,
        "currency": lot.currency,
    }


@functools.lru_cache(maxsize=4096)
def _email(value):
    value = (value or "").strip()
    try:
        validate_email(value)
    except ValidationError:
        return ""
    return value if len(value) <= 254 else ""


def valid_until(notice):
    """The end of the validity of a notice without a deadline (status.validity_end); None when it has a deadline."""
    if notice.deadline is not None:
        return None
    return status.validity_end(
        notice.dispatch,
        end_dates=[lot.end_date for lot in notice.lots],
        durations_days=[lot.duration_days for lot in notice.lots],
        planned_date=notice.planned_date if notice.is_consultation else None,
        qualification_system=notice.notice_type.startswith("qu-sy") or notice.subtype in QUALIFICATION_SUBTYPES,
    )


QUALIFICATION_SUBTYPES = {"7", "8", "9", "15"}  # PINs and notices announcing a qualification system


def _format_amount(value, currency):
    return f"{number_format(value, decimal_pos=0 if value == value.to_integral() else 2, force_grouping=True)} {currency}"


def award_note(notice):
    """What an award notice says, in one or two sentences (kept as data, so in English like the notices' codes)."""
    when = notice.award_date or (notice.dispatch.date() if notice.dispatch else None)
    parts = []
    for result in notice.results:
        label = result.lot_id or "The contract"
        if result.result_code == "selec-w":
            text = f"{label} awarded to {', '.join(result.winners) or 'the selected tenderer'}"
            if result.value is not None:
                text += f" ({_format_amount(result.value, result.currency)})"
        elif result.result_code == "clos-nw":
            text = f"{label} closed without a winner"
        elif result.result_code == "open-nw":
            text = f"{label} still open, no winner chosen yet"
        else:
            continue
        parts.append(text)
    heading = f"Contract award notice of {when.isoformat()}" if when else "Contract award notice"
    body = "; ".join(parts) if parts else "results published on TED"
    return f"{heading}: {body}."


def _forget_prefetched(opportunity, relation):
    """Relations about to change are read from the database next time, not from the run's prefetch."""
    getattr(opportunity, "_prefetched_objects_cache", {}).pop(relation, None)


def _new_keys(model, count):
    """`count` primary keys for new rows of a model, inserted later in the same transaction. PostgreSQL: taken from
    the table's sequence. SQLite: counted on from the table's highest key (AUTOINCREMENT: never a key used before,
    even one deleted since, which sqlite_sequence remembers); only valid inside a transaction, which holds the
    database's write lock (`transaction_mode` IMMEDIATE) until the rows are inserted."""
    table, column = model._meta.db_table, model._meta.pk.column
    quoted = connection.ops.quote_name(table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)", [quoted, column, count])
            return [row[0] for row in cursor.fetchall()]
        cursor.execute(
            f"SELECT max(coalesce((SELECT max({connection.ops.quote_name(column)}) FROM {quoted}), 0), "  # noqa: S608
            "coalesce((SELECT seq FROM sqlite_sequence WHERE name = %s), 0))",
            [table],
        )
        first = cursor.fetchone()[0] + 1
    return list(range(first, first + count))


def insert_rows(model, rows):
    """Insert new model instances as `bulk_create` would — auto_now values set, each field's database value, no
    signals — in one executemany, without the ORM compiling every value into one statement (which took a sixth of
    the import's time). Rows either all have their primary key or all leave it to the table (then it is not read
    back: nothing keeps those rows)."""
    with_pk = rows[0].pk is not None
    fields = [field for field in model._meta.concrete_fields if with_pk or not field.primary_key]
    values = []
    for row in rows:
        row._prepare_related_fields_for_save(operation_name="bulk_create")
        values.append(tuple(field.get_db_prep_save(field.pre_save(row, True), connection) for field in fields))
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})", values)  # noqa: S608
    for row in rows:
        row._state.adding = False
        row._state.db = connection.alias


class NoticeSaver:
    """Saves notices one at a time. Keeps in memory what the run's notices may touch — their TedNotice rows and
    opportunities (with flags, lots and sectors), looked up in a few queries by `prefetch` — so that an unchanged
    notice costs no query. A new opportunity costs no query of its own: its primary key is reserved in advance (a
    block at a time), and it and the rows that hang on it (its notice, lots, flags and sector) wait in memory and
    are inserted together by `flush`, one insert per kind, which the run calls at the end of each batch — inside
    the batch's transaction."""

    PREFETCH_CHUNK = 500
    PK_BLOCK = 100  # opportunity primary keys reserved at a time
    FLUSH_ORDER = (Opportunity, TedNotice, OpportunityLot, OpportunityFlag, Opportunity.sectors.through)

    def __init__(self):
        self._countries = set(Country.objects.values_list("code", flat=True))
        self._sectors = {sector.slug: sector for sector in Sector.objects.all()}
        self._deferred = []  # rows to insert at the next flush
        self._fresh = set()  # pks of the opportunities whose rows wait in _deferred
        self._pks = []  # opportunity primary keys reserved and not used yet
        self.forget(countries=False)

    def flush(self):
        """Insert the rows waiting in memory, one query per kind. New opportunities get the signals a save() sends
        (the site search indexes them, in bulk at the end of the batch; other apps hear of them as of any save)."""
        fast = connection.vendor in ("postgresql", "sqlite")
        for model in self.FLUSH_ORDER:
            rows = [row for row in self._deferred if type(row) is model]
            if not rows:
                continue
            if model is Opportunity:
                for row in rows:
                    pre_save.send(sender=Opportunity, instance=row, raw=False, using=connection.alias, update_fields=None)
            if not fast:
                model.objects.bulk_create(rows)
            else:
                if model is TedNotice:  # later notices may update these rows: they need their keys
                    for row, key in zip(rows, _new_keys(TedNotice, len(rows)), strict=True):
                        row.pk = key
                insert_rows(model, rows)
            if model is Opportunity:
                for row in rows:
                    post_save.send(
                        sender=Opportunity, instance=row, created=True, update_fields=None, raw=False, using=connection.alias
                    )
        self._deferred.clear()
        self._fresh.clear()
        if connection.vendor != "postgresql":
            self._pks.clear()  # SQLite's next key is read again, after what the flush inserted

    def _reserve_pk(self):
        """A primary key for a new opportunity, inserted later by `flush`; None where keys cannot be reserved
        (then the opportunity is saved at once). PostgreSQL: taken from the table's sequence, a block at a time.
        SQLite: the next free one, counted on from the table's highest key read inside the batch's transaction,
        which holds the database's write lock (`transaction_mode` IMMEDIATE) until the flush inserts them."""
        if not connection.in_atomic_block or connection.vendor not in ("postgresql", "sqlite"):
            return None
        if connection.vendor == "postgresql":
            if not self._pks:
                self._pks = _new_keys(Opportunity, self.PK_BLOCK)
            return self._pks.pop(0)
        if not self._pks:
            self._pks = _new_keys(Opportunity, 1)
        pk = self._pks[0]
        self._pks[0] = pk + 1  # the rows waiting for the flush are not in the table yet: count on
        return pk

    def _defer(self, row):
        self._deferred.append(row)

    def forget(self, countries=True):
        """Start afresh (also after a rolled-back save: what that transaction added to the caches is gone; what
        earlier notices left waiting to be inserted stays, and stays known)."""
        self._rows = {}  # notice id → TedNotice
        self._by_reference = {}  # notice id or publication number → TedNotice
        self._changed_by = {}  # reference of a changed notice → [TedNotice of the changes]
        self._originals = set()  # pks of the opportunities whose original (not a change) notice has been read
        self._pending_awards = []  # TedNotice rows of award notices without their opportunity yet
        self._opportunities = {}  # pk → Opportunity
        self._by_ted_id = {}  # Opportunity.ted_notice_id → Opportunity
        self._by_procedure = {}  # (procedure id, opportunity type) → Opportunity
        self._of_procedure = {}  # procedure id → {pk: Opportunity}, what an award notice closes
        self._looked_up = set()  # references and procedures already fetched
        self._taken_slugs = set()  # slugs of the opportunities created by this run, or found taken
        self._free_slugs = set()  # the run's candidate slugs found free by prefetch
        if countries:
            self._countries = set(Country.objects.values_list("code", flat=True))
        for row in self._deferred:
            if isinstance(row, TedNotice):
                if row.opportunity is not None:
                    self._remember_opportunity(row.opportunity)
                self._remember_row(row)

    # --- what the run's notices may touch, in a few queries ---------------------------------------------------

    def prefetch(self, notices):
        notices = list(notices)
        keys = set()
        for notice in notices:
            keys.update(notice.references())
            keys.update(filter(None, (notice.changed_notice_id, notice.procedure_id)))
            keys.update(notice.referenced_notice_ids)
        keys = sorted(key for key in keys - self._looked_up if key)
        for start in range(0, len(keys), self.PREFETCH_CHUNK):
            chunk = keys[start : start + self.PREFETCH_CHUNK]
            rows = list(
                TedNotice.objects.filter(
                    Q(notice_id__in=chunk) | Q(publication_number__in=chunk) | Q(changes__in=chunk) | Q(procedure_id__in=chunk)
                )
            )
            opportunity_ids = {row.opportunity_id for row in rows if row.opportunity_id} - set(self._opportunities)
            found = Opportunity.objects.filter(
                Q(pk__in=opportunity_ids) | Q(ted_notice_id__in=chunk) | Q(source="ted", ted_procedure_id__in=chunk)
            )
            for opportunity in found.order_by("dispatch_date", "pk").prefetch_related("flags", "lots", "sectors"):
                self._remember_opportunity(opportunity)
            for row in rows:
                self._remember_row(row)
            self._looked_up.update(chunk)
        free, taken = self._free_slugs, self._taken_slugs
        candidates = {
            candidate
            for candidate in (_slug_base(self._slug_title(notice)) for notice in notices if notice.notice_id not in self._rows)
            if candidate not in free and candidate not in taken
        }
        for start in range(0, len(candidates), self.PREFETCH_CHUNK):
            chunk = sorted(candidates)[start : start + self.PREFETCH_CHUNK]
            taken = set(Opportunity.objects.filter(slug__in=chunk).values_list("slug", flat=True))
            self._taken_slugs |= taken
            self._free_slugs |= set(chunk) - taken

    def _remember_row(self, row):
        if row.notice_id in self._rows:
            return
        self._rows[row.notice_id] = row
        self._by_reference[row.notice_id] = row
        if row.publication_number:
            self._by_reference[row.publication_number] = row
        if row.changes:
            self._changed_by.setdefault(row.changes, []).append(row)
        if row.opportunity_id and not row.is_change and row.kind != TedNotice.Kind.RESULT:
            self._originals.add(row.opportunity_id)
        if row.kind == TedNotice.Kind.RESULT and row.opportunity_id is None:
            self._pending_awards.append(row)

    def _remember_opportunity(self, opportunity):
        opportunity = self._opportunities.setdefault(opportunity.pk, opportunity)
        if opportunity.ted_notice_id:
            self._by_ted_id[opportunity.ted_notice_id] = opportunity
        if opportunity.source == "ted" and opportunity.ted_procedure_id:
            # Ordered by dispatch when fetched: the latest opportunity of a procedure wins.
            self._by_procedure[(opportunity.ted_procedure_id, opportunity.opportunity_type)] = opportunity
            self._of_procedure.setdefault(opportunity.ted_procedure_id, {})[opportunity.pk] = opportunity
        return opportunity

    def _opportunity_of(self, row):
        return self._opportunities.get(row.opportunity_id) if row and row.opportunity_id else None

    def save(self, notice):
        self._flush_before(notice)
        waiting = len(self._deferred)
        try:
            return self._save(notice)
        except Exception:
            del self._deferred[waiting:]  # what the failed notice left waiting goes with its rolled-back savepoint
            raise

    def _flush_before(self, notice):
        """A notice about to change an opportunity whose rows still wait to be inserted (its rows are compared with
        what is stored): insert them first, outside the notice's savepoint, so that the notice failing never takes
        the earlier notices' rows with it, nor leaves its own behind."""
        if not self._fresh or notice.is_test:
            return
        self.prefetch([notice])
        if notice.form_type == eforms.COMPETITION or notice.is_consultation:
            found = self._find(notice, self._opportunity_type(notice))
            targets = [found] if found is not None else []
        elif notice.form_type == eforms.RESULT:
            targets = self._award_targets(notice.procedure_id, notice.referenced_notice_ids)
        else:
            return
        if any(target.pk in self._fresh for target in targets):
            self.flush()

    def _save(self, notice):
        if notice.is_test:
            return Outcome(SKIPPED, _("A test notice (its title or text says so): not a real call for competition."))
        if notice.form_type == eforms.COMPETITION or notice.is_consultation:
            self.prefetch([notice])
            if self._find(notice, self._opportunity_type(notice)) is None and not self._pending_awards:
                # A new opportunity writes nothing until the flush: there is nothing a savepoint would undo.
                return self._save_opportunity(notice)
            with transaction.atomic():
                return self._save_opportunity(notice)
        if notice.form_type == eforms.RESULT:
            self.prefetch([notice])
            with transaction.atomic():
                return self._save_award(notice)
        if notice.notice_type == "corr":
            reason = _("A change notice (SDK 1.8 or earlier) of a notice that is not a call for competition.")
        else:
            reason = SKIP_REASONS.get(notice.form_type) or _(
                "Notice type “%(type)s” does not announce a call for competition."
            ) % {"type": notice.notice_type or notice.form_type}
        return Outcome(SKIPPED, str(reason))

    # --- contract notices, market consultations and their changes ---------------------------------------------

    def _country(self, code):
        if not code:
            return None
        if code not in self._countries:
            # Reference data only lists European countries; notices may come from anywhere (ISO 3166 names).
            Country.objects.get_or_create(code=code, defaults={"name": NAMES.get(code, code)})
            self._countries.add(code)
        return code

    def _values(self, notice):
        deadline = notice.deadline
        return {
            "title": notice.title[:500],
            "summary": notice.description,
            "organisation": notice.buyer_name[:255],
            "organisation_url": _url(notice.buyer_website),
            "buyers": notice.buyers,
            "country_id": self._country(notice.buyer_country),
            "budget": notice.estimated_value,
            "framework_maximum": notice.framework_maximum,
            "currency": notice.currency if notice.estimated_value is not None else "",
            "deadline": deadline.at if deadline else None,
            "deadline_kind": deadline.kind if deadline else "",
            "deadline_timezone": deadline.zone if deadline else "Europe/Brussels",
            "valid_until": valid_until(notice),
            "procedure": notice.procedure[:50],
            "cpv_codes": notice.cpv_codes,
            "url": _url(notice.ted_url, max_length=500),
            "response_url": _url(notice.response_url, max_length=500),
            "contact_email": _email(notice.contact_email),
            "expected_call_date": notice.planned_date if notice.is_consultation else None,
            "place_of_performance": notice.place_of_performance[:255],
            "is_innovation": notice.is_innovation,
            "ted_procedure_id": notice.procedure_id[:64],
            "ted_notice_type": notice.notice_type[:32],
            "ted_latest_notice_id": notice.notice_id[:64],
            "ted_publication_number": notice.publication_number[:16],
            "notice_language": notice.language if len(notice.language) == 2 else "",
            "dispatch_date": notice.dispatch,
            "publication_date": notice.publication_date,
            "titles": notice.titles,
            "descriptions": notice.descriptions,
        }

    def _find(self, notice, opportunity_type):
        """The opportunity a notice belongs to: through the notices already read (this one, the one it changes, a
        change that named it), then an opportunity imported before notices were kept, then the same procedure."""
        references = notice.references()
        for reference in (*references, notice.changed_notice_id):
            found = self._opportunity_of(self._by_reference.get(reference))
            if found is not None:
                return found
        for reference in references:
            for row in self._changed_by.get(reference, []):
                found = self._opportunity_of(row)
                if found is not None:
                    return found
        for reference in (notice.notice_id, notice.changed_notice_id):
            if reference in self._by_ted_id:
                return self._by_ted_id[reference]
        # The procedure (BT-04) stays the same through changes: a change that names nothing belongs to it, and so
        # does an original whose change came first. Two contract notices of one procedure stay two opportunities.
        found = self._by_procedure.get((notice.procedure_id, opportunity_type)) if notice.procedure_id else None
        if found is not None and (notice.is_change or found.pk not in self._originals):
            return found
        return None

    def _is_newer(self, notice, latest):
        """Whether a notice is to be shown rather than the opportunity's latest one (a TedNotice, or None)."""
        if latest is None or notice.notice_id == latest.notice_id:
            return latest is None or notice.version_number >= (int(latest.version) if latest.version.isdigit() else 0)
        if latest.changes and latest.changes in notice.references():
            return False  # the latest one changes this one
        if notice.changed_notice_id and notice.changed_notice_id in (latest.notice_id, latest.publication_number):
            return True
        return notice.order_key() >= latest.order_key()

    def _record(self, notice, kind, opportunity, **award):
        """Keep (or bring up to date) the TedNotice row of a notice; no write when nothing differs."""
        values = {
            "publication_number": notice.publication_number[:16],
            "procedure_id": notice.procedure_id[:64],
            "kind": kind,
            "notice_type": notice.notice_type[:32],
            "version": notice.version[:8],
            "dispatch": notice.dispatch,
            "is_change": notice.is_change,
            "changes": notice.changed_notice_id[:64],
            "references": notice.referenced_notice_ids,
            "opportunity_id": opportunity.pk if opportunity else None,
            "digest": notice.digest,
            **award,
        }
        row = self._rows.get(notice.notice_id)
        if row is None:
            opportunity_id = values.pop("opportunity_id")
            row = TedNotice(notice_id=notice.notice_id[:64], opportunity=opportunity, **values)
            row.opportunity_id = opportunity_id
            self._defer(row)
            self._remember_row(row)
            return row
        changed = [name for name, value in values.items() if getattr(row, name) != value]
        if changed:
            for name in changed:
                setattr(row, name, values[name])
            if not row._state.adding:  # else it is still waiting to be inserted, with these values
                row.save(update_fields=changed)
        if row.opportunity_id and row in self._pending_awards:
            self._pending_awards.remove(row)
        return row

    @staticmethod
    def _slug_title(notice):
        return f"{notice.title[:200]} {notice.notice_id[:8]}"

    def _slug(self, notice):
        """The title's slug (it ends with the notice id's start, so it is nearly always free), else a numbered one."""
        candidate = _slug_base(self._slug_title(notice))
        if candidate in self._taken_slugs or candidate not in self._free_slugs:
            candidate = unique_slug(self._slug_title(notice))
        self._taken_slugs.add(candidate)
        return candidate

    @staticmethod
    def _opportunity_type(notice):
        return OpportunityType.MARKET_CONSULTATION if notice.is_consultation else OpportunityType.TENDER

    def _save_opportunity(self, notice):
        opportunity_type = self._opportunity_type(notice)
        kind = TedNotice.Kind.CONSULTATION if notice.is_consultation else TedNotice.Kind.COMPETITION
        values = self._values(notice)
        opportunity = self._find(notice, opportunity_type)
        if opportunity is None:
            # Created from a change notice whose original is unknown: keyed by the original's id when the change
            # names it by id, so that the original is recognised when it comes.
            changed = notice.changed_notice_id
            ted_id = changed if changed and not eforms.publication_number(changed) else notice.notice_id
            opportunity = Opportunity(
                source="ted",
                opportunity_type=opportunity_type,
                live=True,
                ted_notice_id=ted_id[:64],
                slug=self._slug(notice),
                **values,
            )
            opportunity.pk = self._reserve_pk()
            if opportunity.pk is None:
                opportunity.save()
            else:
                opportunity.currency = (opportunity.currency or "").upper()  # as Opportunity.save() does
                self._defer(opportunity)
            self._remember_opportunity(opportunity)
            self._fresh.add(opportunity.pk)
            self._record(notice, kind, opportunity)
            self._sync_flags(opportunity, notice, new=True)
            self._sync_lots(opportunity, notice, new=True)
            self._add_sectors(opportunity, notice, new=True)
            self._apply_pending_awards(opportunity, notice)
            reason = ""
            if notice.is_change:
                reason = _("Created from a change notice; the notice it changes (%(id)s) has not been imported.") % {
                    "id": changed or _("not named")
                }
            return Outcome(CREATED, reason, opportunity)

        if opportunity.pk in self._fresh:
            self.flush()  # its lots, flags and sector are compared with what is stored: store them first
        latest = self._rows.get(opportunity.ted_latest_notice_id or opportunity.ted_notice_id)
        newer = self._is_newer(notice, latest)
        self._record(notice, kind, opportunity)
        awards_applied = self._apply_pending_awards(opportunity, notice)
        if not newer:
            return Outcome(
                SKIPPED,
                _("An older version: the opportunity already holds a later notice (%(id)s, dispatched %(date)s).")
                % {"id": latest.notice_id, "date": latest.dispatch.date().isoformat() if latest.dispatch else "?"},
                opportunity,
            )
        changed = [name for name, value in values.items() if getattr(opportunity, name) != value]
        for name in changed:
            setattr(opportunity, name, values[name])
        related_changed = self._sync_flags(opportunity, notice)
        related_changed |= self._sync_lots(opportunity, notice)
        related_changed |= self._add_sectors(opportunity, notice)
        if not changed and not related_changed and not awards_applied:
            return Outcome(UNCHANGED, "", opportunity)
        if changed:
            opportunity.save(update_fields=[*changed, "updated_at"])
        reason = ""
        if notice.is_change:
            reason = _("Change notice applied to the opportunity of notice %(id)s.") % {"id": opportunity.ted_notice_id}
        return Outcome(UPDATED, reason, opportunity)

    def _sync_flags(self, opportunity, notice, new=False):
        wanted = set(notice.flags)
        existing = set() if new else {flag.code for flag in opportunity.flags.all()}
        if wanted == existing:
            return False
        added = [OpportunityFlag(opportunity=opportunity, code=code) for code in sorted(wanted - existing)]
        if new:
            self._deferred.extend(added)
            return True
        _forget_prefetched(opportunity, "flags")
        if existing - wanted:
            opportunity.flags.exclude(code__in=wanted).delete()
        OpportunityFlag.objects.bulk_create(added)
        return True

    def _sync_lots(self, opportunity, notice, new=False):
        wanted = {}
        for lot in notice.lots:
            if lot.lot_id and lot.lot_id not in wanted:
                wanted[lot.lot_id[:32]] = _lot_values(lot, notice.language)
        existing = (
            {} if new else {lot.lot_id: {name: getattr(lot, name) for name in LOT_FIELDS} for lot in opportunity.lots.all()}
        )
        if wanted == existing:
            return False
        lots = [OpportunityLot(opportunity=opportunity, lot_id=lot_id, **values) for lot_id, values in wanted.items()]
        if new:
            self._deferred.extend(lots)
            return True
        _forget_prefetched(opportunity, "lots")
        if existing:
            opportunity.lots.all().delete()
        OpportunityLot.objects.bulk_create(lots)
        return True

    def _add_sectors(self, opportunity, notice, new=False):
        """The sector of the main CPV code is added, never removed: editors may have refined the sectors."""
        slug = CPV_SECTORS.get(notice.cpv_codes[0][:2]) if notice.cpv_codes else None
        sector = self._sectors.get(slug)
        if sector is None:
            return False
        if new:
            # Inserted with the batch, where .add() would first look for the row a new opportunity cannot have.
            self._defer(Opportunity.sectors.through(opportunity=opportunity, sector=sector))
            return True
        if sector.slug in {present.slug for present in opportunity.sectors.all()}:
            return False
        _forget_prefetched(opportunity, "sectors")
        opportunity.sectors.add(sector)
        return True

    # --- award notices --------------------------------------------------------------------------------------

    def _award_targets(self, procedure_id, references):
        targets = dict(self._of_procedure.get(procedure_id, {})) if procedure_id else {}
        for reference in references:
            found = self._opportunity_of(self._by_reference.get(reference)) or self._by_ted_id.get(reference)
            if found is not None:
                targets[found.pk] = found
        return [targets[pk] for pk in sorted(targets)]

    def _apply_award(self, opportunity, awarded, note):
        # An award once recorded stays: a later award notice of the same procedure only rewrites the note.
        values = {"awarded": awarded or opportunity.awarded, "award_note": note}
        changed = [name for name, value in values.items() if getattr(opportunity, name) != value]
        for name in changed:
            setattr(opportunity, name, values[name])
        if changed and not opportunity._state.adding:  # else it is inserted at the next flush, with these values
            opportunity.save(update_fields=[*changed, "updated_at"])
        return bool(changed)

    def _apply_pending_awards(self, opportunity, notice):
        """Award notices read before this opportunity's notice: applied now, oldest first."""
        references = notice.references() | {notice.changed_notice_id} - {""}
        matching = [
            row
            for row in self._pending_awards
            if (row.procedure_id and row.procedure_id == opportunity.ted_procedure_id) or references & set(row.references)
        ]
        applied = False
        for row in sorted(matching, key=TedNotice.order_key):
            applied |= self._apply_award(opportunity, row.awarded, row.award_note)
            row.opportunity = opportunity
            if not row._state.adding:  # else it is inserted at the next flush, linked
                row.save(update_fields=["opportunity"])
            self._pending_awards.remove(row)
        return applied

    def _save_award(self, notice):
        targets = self._award_targets(notice.procedure_id, notice.referenced_notice_ids)
        if any(opportunity.pk in self._fresh for opportunity in targets):
            self.flush()
        awarded = any(result.result_code == "selec-w" for result in notice.results)
        note = award_note(notice)
        self._record(notice, TedNotice.Kind.RESULT, targets[0] if targets else None, awarded=awarded, award_note=note)
        if not targets:
            return Outcome(
                SKIPPED,
                _(
                    "A contract award notice for procedure %(procedure)s, for which no opportunity has been imported "
                    "yet: it is kept and applied when the contract notice arrives."
                )
                % {"procedure": notice.procedure_id},
            )
        updated = [opportunity for opportunity in targets if self._apply_award(opportunity, awarded, note)]
        if not updated:
            return Outcome(UNCHANGED, "", targets[0])
        if awarded:
            reason = _("Closed as awarded: %(titles)s.")
        else:
            reason = _("Award results noted on: %(titles)s.")
        return Outcome(UPDATED, reason % {"titles": "; ".join(opportunity.title for opportunity in updated)}, updated[0])
