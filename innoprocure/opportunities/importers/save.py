"""Putting a parsed eForms notice into the database: an Opportunity with its lots and innovation flags.

    saver = NoticeSaver()
    outcome = saver.save(notice)        # Outcome(status="created" | "updated" | "unchanged" | "skipped", reason=…)

Idempotent: every value is compared with what is stored and nothing is written (updated_at included) when nothing
differs. What each kind of notice does:
- a contract notice or a PIN used as a call for competition creates or updates the opportunity with its notice id;
- a change notice updates the opportunity of the notice it changes (BT-758, else the same procedure, BT-04); when
  that one was never imported, the change notice (which carries the whole notice) creates it under the changed
  notice's id, so the original arriving later is recognised as older and skipped;
- an older version of a notice than the one stored is skipped, never written over newer data;
- a contract award notice closes (awarded) or annotates the opportunities of its procedure, else it is skipped;
- planning notices, direct-award (VEAT), modification and completion notices are skipped with the reason.
"""

import functools
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from innoprocure.core.models import Country, Sector
from innoprocure.opportunities.importers import eforms
from innoprocure.opportunities.importers.countries import NAMES
from innoprocure.opportunities.models import Opportunity, OpportunityFlag, OpportunityLot, unique_slug

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
        "A planning notice (prior information only): it announces a future procedure but is not a call for competition."
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


LOT_FIELDS = ("title", "description", "deadline", "cpv_codes", "estimated_value", "currency")


def _lot_values(lot, language):
    return {
        "title": eforms.pick_language(lot.titles, language)[:500],
        "description": eforms.pick_language(lot.descriptions, language),
        "deadline": lot.deadline.at if lot.deadline else None,
        "cpv_codes": lot.cpv_codes,
        "estimated_value": lot.estimated_value,
        "currency": lot.currency,
    }


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


class NoticeSaver:
    """Saves notices one at a time; keeps caches of countries, sectors and (after `prefetch`) the opportunities the
    run's notices may update, with their flags, lots and sectors, so that an unchanged notice costs no query."""

    PREFETCH_CHUNK = 500

    def __init__(self):
        self._countries = set(Country.objects.values_list("code", flat=True))
        self._sectors = {sector.slug: sector for sector in Sector.objects.all()}
        self._known = {}  # ted_notice_id → Opportunity
        self._looked_up = set()  # notice ids whose opportunity (or its absence) is in _known

    def prefetch(self, notices):
        ids = set()
        for notice in notices:
            if notice.form_type == eforms.COMPETITION:
                ids.update(filter(None, (notice.notice_id, notice.changed_notice_id)))
        ids = sorted(ids - self._looked_up)
        for start in range(0, len(ids), self.PREFETCH_CHUNK):
            chunk = ids[start : start + self.PREFETCH_CHUNK]
            for opportunity in Opportunity.objects.filter(ted_notice_id__in=chunk).prefetch_related("flags", "lots", "sectors"):
                self._known[opportunity.ted_notice_id] = opportunity
            self._looked_up.update(chunk)

    def forget(self):
        """After a rolled-back save: drop whatever that transaction may have added to the caches."""
        self._known.clear()
        self._looked_up.clear()
        self._countries = set(Country.objects.values_list("code", flat=True))

    def _by_notice_id(self, notice_id):
        if notice_id in self._looked_up:
            return self._known.get(notice_id)
        return Opportunity.objects.filter(ted_notice_id=notice_id).first()

    def save(self, notice):
        if notice.form_type == eforms.COMPETITION:
            with transaction.atomic():
                return self._save_opportunity(notice)
        if notice.form_type == eforms.RESULT:
            with transaction.atomic():
                return self._save_award(notice)
        reason = SKIP_REASONS.get(notice.form_type) or _("Notice type “%(type)s” does not announce a call for competition.") % {
            "type": notice.notice_type or notice.form_type
        }
        return Outcome(SKIPPED, str(reason))

    # --- contract notices and their changes ---------------------------------------------------------------

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
            "country_id": self._country(notice.buyer_country),
            "budget": notice.estimated_value,
            "currency": notice.currency if notice.estimated_value is not None else "",
            "deadline": deadline.at if deadline else None,
            "deadline_timezone": deadline.zone if deadline else "Europe/Brussels",
            "procedure": notice.procedure[:50],
            "cpv_codes": notice.cpv_codes,
            "url": _url(notice.ted_url, max_length=500),
            "place_of_performance": notice.place_of_performance[:255],
            "is_innovation": notice.is_innovation,
            "ted_procedure_id": notice.procedure_id[:64],
            "ted_notice_type": notice.notice_type[:32],
            "notice_language": notice.language if len(notice.language) == 2 else "",
            "dispatch_date": notice.dispatch,
            "publication_date": notice.publication_date,
            "titles": notice.titles,
            "descriptions": notice.descriptions,
        }

    def _find(self, notice):
        if notice.is_change:
            found = self._by_notice_id(notice.changed_notice_id) or self._by_notice_id(notice.notice_id)
            if found is None and notice.procedure_id:
                # A change of a change: the procedure identifier stays the same all along.
                found = (
                    Opportunity.objects.filter(source="ted", ted_procedure_id=notice.procedure_id)
                    .order_by("-dispatch_date", "-pk")
                    .first()
                )
                # The run's own copy, if it has one, so that every notice sees the latest values.
                found = self._known.get(found.ted_notice_id, found) if found else None
            return found
        return self._by_notice_id(notice.notice_id)

    def _save_opportunity(self, notice):
        values = self._values(notice)
        opportunity = self._find(notice)
        if opportunity is None:
            opportunity = Opportunity(
                source="ted",
                opportunity_type="tender",
                live=True,
                ted_notice_id=(notice.changed_notice_id or notice.notice_id)[:64],
                slug=unique_slug(f"{notice.title[:200]} {notice.notice_id[:8]}"),
                **values,
            )
            opportunity.save()
            self._known[opportunity.ted_notice_id] = opportunity
            self._looked_up.add(opportunity.ted_notice_id)
            self._sync_flags(opportunity, notice, new=True)
            self._sync_lots(opportunity, notice, new=True)
            self._add_sectors(opportunity, notice, new=True)
            reason = ""
            if notice.is_change:
                reason = _("Created from a change notice; the notice it changes (%(id)s) has not been imported.") % {
                    "id": notice.changed_notice_id
                }
            return Outcome(CREATED, reason, opportunity)

        stored = opportunity.dispatch_date
        if stored and notice.dispatch and notice.dispatch < stored:
            return Outcome(
                SKIPPED,
                _("An older version: the opportunity already holds a later notice (dispatched %(date)s).")
                % {"date": stored.date().isoformat()},
                opportunity,
            )
        changed = [name for name, value in values.items() if getattr(opportunity, name) != value]
        for name in changed:
            setattr(opportunity, name, values[name])
        related_changed = self._sync_flags(opportunity, notice)
        related_changed |= self._sync_lots(opportunity, notice)
        related_changed |= self._add_sectors(opportunity, notice)
        if not changed and not related_changed:
            return Outcome(UNCHANGED, "", opportunity)
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
        _forget_prefetched(opportunity, "flags")
        if existing - wanted:
            opportunity.flags.exclude(code__in=wanted).delete()
        OpportunityFlag.objects.bulk_create(
            [OpportunityFlag(opportunity=opportunity, code=code) for code in sorted(wanted - existing)]
        )
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
        _forget_prefetched(opportunity, "lots")
        if existing:
            opportunity.lots.all().delete()
        OpportunityLot.objects.bulk_create(
            [OpportunityLot(opportunity=opportunity, lot_id=lot_id, **values) for lot_id, values in wanted.items()]
        )
        return True

    def _add_sectors(self, opportunity, notice, new=False):
        """The sector of the main CPV code is added, never removed: editors may have refined the sectors."""
        slug = CPV_SECTORS.get(notice.cpv_codes[0][:2]) if notice.cpv_codes else None
        sectors = [self._sectors[slug]] if slug in self._sectors else []
        if not sectors:
            return False
        present = set() if new else {sector.slug for sector in opportunity.sectors.all()}
        missing = [sector for sector in sectors if sector.slug not in present]
        if missing:
            _forget_prefetched(opportunity, "sectors")
            opportunity.sectors.add(*missing)
        return bool(missing)

    # --- award notices --------------------------------------------------------------------------------------

    def _save_award(self, notice):
        targets = Opportunity.objects.filter(source="ted", ted_procedure_id=notice.procedure_id)
        if notice.referenced_notice_ids:
            targets = targets | Opportunity.objects.filter(ted_notice_id__in=notice.referenced_notice_ids)
        targets = list(targets.distinct().order_by("pk"))
        if not targets:
            return Outcome(
                SKIPPED,
                _("A contract award notice for procedure %(procedure)s, for which no opportunity has been imported.")
                % {"procedure": notice.procedure_id},
            )
        awarded = any(result.result_code == "selec-w" for result in notice.results)
        note = award_note(notice)
        updated = []
        for opportunity in targets:
            # An award once recorded stays: a later award notice of the same procedure only rewrites the note.
            values = {"awarded": awarded or opportunity.awarded, "award_note": note}
            changed = [name for name, value in values.items() if getattr(opportunity, name) != value]
            if changed:
                for name in changed:
                    setattr(opportunity, name, values[name])
                opportunity.save(update_fields=[*changed, "updated_at"])
                updated.append(opportunity)
        if not updated:
            return Outcome(UNCHANGED, "", targets[0])
        if awarded:
            reason = _("Closed as awarded: %(titles)s.")
        else:
            reason = _("Award results noted on: %(titles)s.")
        return Outcome(UPDATED, reason % {"titles": "; ".join(opportunity.title for opportunity in updated)}, updated[0])
