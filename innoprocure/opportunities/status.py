"""Whether an opportunity is open, closing soon or closed — derived from its deadline at the time asked, never stored.

An opportunity with no deadline stays open until an editor or an award notice closes it (`awarded`).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

CLOSING_SOON_WINDOW = timedelta(days=14)

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


def status_of(opportunity, now=None):
    """The Status of one opportunity: closed once the deadline has passed or it was awarded;
    closing soon when the deadline falls within the next 14 days; otherwise open."""
    now = now or timezone.now()
    if opportunity.awarded or (opportunity.deadline is not None and opportunity.deadline <= now):
        return STATUSES[CLOSED]
    if opportunity.deadline is not None and opportunity.deadline <= now + CLOSING_SOON_WINDOW:
        return STATUSES[CLOSING_SOON]
    return STATUSES[OPEN]


def closed_q(now=None):
    now = now or timezone.now()
    return Q(awarded=True) | Q(deadline__lte=now)


def closing_soon_q(now=None):
    now = now or timezone.now()
    return Q(awarded=False, deadline__gt=now, deadline__lte=now + CLOSING_SOON_WINDOW)


def open_q(now=None):
    """Everything not closed: open and closing soon alike (the listing's default)."""
    now = now or timezone.now()
    return Q(awarded=False) & (Q(deadline__isnull=True) | Q(deadline__gt=now))


def strictly_open_q(now=None):
    """Open with more than 14 days to go (or no deadline): the "open" status filter."""
    now = now or timezone.now()
    return Q(awarded=False) & (Q(deadline__isnull=True) | Q(deadline__gt=now + CLOSING_SOON_WINDOW))


def status_q(code, now=None):
    """The filter for one status code of STATUSES."""
    now = now or timezone.now()
    return {OPEN: strictly_open_q, CLOSING_SOON: closing_soon_q, CLOSED: closed_q}[code](now)
