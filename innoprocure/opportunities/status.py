"""Whether an opportunity is open, closing soon or closed — derived from its dates at the time asked, never stored,
so the listing, the feed and the API are right every day without a job recomputing anything.

An opportunity with a deadline closes at its deadline. Without one, it closes at `valid_until` when it has one (the
importer sets it for TED notices: see `validity_end`); otherwise (editorial opportunities) it stays open until an
editor or an award notice closes it (`awarded`).
"""

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

CLOSING_SOON_WINDOW = timedelta(days=14)
# How long a TED notice without a deadline stays open when nothing in it says otherwise (settings override).
DEFAULT_VALIDITY_DAYS = 180

OPEN = "open"
CLOSING_SOON = "closing-soon"
CLOSED = "closed"


@dataclass(frozen=True)
class Status:
    code: str
    label: str
    badge_class: str

    def __str__(self):
        return str(self.label)


STATUSES = {
    OPEN: Status(OPEN, _("Open"), "badge--open"),
    CLOSING_SOON: Status(CLOSING_SOON, _("Closing soon"), "badge--closing"),
    CLOSED: Status(CLOSED, _("Closed"), "badge--closed"),
}
STATUS_CHOICES = [(code, status.label) for code, status in STATUSES.items()]


def closes_at(opportunity):
    """When an opportunity closes: its deadline, else the end of its validity, else never (None)."""
    return opportunity.deadline if opportunity.deadline is not None else opportunity.valid_until


def status_of(opportunity, now=None):
    """The Status of one opportunity: closed once it was awarded or its deadline (or validity) has passed;
    closing soon when the deadline falls within the next 14 days; otherwise open."""
    now = now or timezone.now()
    end = closes_at(opportunity)
    if opportunity.awarded or (end is not None and end <= now):
        return STATUSES[CLOSED]
    if opportunity.deadline is not None and opportunity.deadline <= now + CLOSING_SOON_WINDOW:
        return STATUSES[CLOSING_SOON]
    return STATUSES[OPEN]


def _still_valid_q(now):
    """No deadline, and no validity or one that has not ended."""
    return Q(deadline__isnull=True) & (Q(valid_until__isnull=True) | Q(valid_until__gt=now))


def closed_q(now=None):
    now = now or timezone.now()
    return Q(awarded=True) | Q(deadline__lte=now) | Q(deadline__isnull=True, valid_until__lte=now)


def closing_soon_q(now=None):
    now = now or timezone.now()
    return Q(awarded=False, deadline__gt=now, deadline__lte=now + CLOSING_SOON_WINDOW)


def open_q(now=None):
    """Everything not closed: open and closing soon alike (the listing's default)."""
    now = now or timezone.now()
    return Q(awarded=False) & (_still_valid_q(now) | Q(deadline__gt=now))


def strictly_open_q(now=None):
    """Open with more than 14 days to go (or no deadline): the "open" status filter."""
    now = now or timezone.now()
    return Q(awarded=False) & (_still_valid_q(now) | Q(deadline__gt=now + CLOSING_SOON_WINDOW))


def _end_of(day):
    return datetime.combine(day, time(23, 59, 59), tzinfo=UTC)


def validity_end(dispatch, *, end_dates=(), durations_days=(), planned_date=None, qualification_system=False):
    """When a TED notice without a deadline stops being open (None when there is no dispatch date to count from).

    - A qualification system is open until its end date (BT-537), else for its duration (BT-36) from dispatch.
    - Anything else (a concession, a PIN used as a call for competition, a market consultation) is open for
      settings.TED_VALIDITY_DAYS (default 180) from dispatch — never beyond the end date of the contract it
      announces, nor, for a market consultation, beyond the date its call for competition is expected (BT-127).
    """
    if dispatch is None:
        return None
    default = dispatch + timedelta(days=getattr(settings, "TED_VALIDITY_DAYS", DEFAULT_VALIDITY_DAYS))
    ends = [_end_of(day) for day in end_dates if day]
    if qualification_system:
        if ends:
            return max(ends)
        durations = [days for days in durations_days if days]
        return dispatch + timedelta(days=max(durations)) if durations else default
    candidates = [default, max(ends)] if ends else [default]
    if planned_date:
        candidates.append(_end_of(planned_date))
    return min(candidates)


def status_q(code, now=None):
    """The filter for one status code of STATUSES."""
    now = now or timezone.now()
    return {OPEN: strictly_open_q, CLOSING_SOON: closing_soon_q, CLOSED: closed_q}[code](now)
