"""Vote secrecy: the one rule every page, admin view, export, audit detail and API follows.

Nobody — the secretariat and administrators included — sees how a centre voted, or any tally, before a ballot
closes; then the result is public. (A representative always sees their own centre's vote: that is theirs.)
"""

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Model, QuerySet

from innoprocure.audit.models import AuditEvent
from innoprocure.membership.models import Ballot

Viewer = AbstractBaseUser | AnonymousUser

VOTE_EVENTS = "membership.vote."
# What an audit event about a vote still says while the ballot is open: who voted, not how.
PUBLIC_VOTE_DETAILS = ("centre",)


def can_see_votes(user: Viewer | None, ballot: Ballot | None) -> bool:
    """Whether `user` may see the centres' votes in `ballot` (choices, reasons, history, tallies)."""
    return ballot is not None and ballot.is_closed


def visible_votes[Row: Model](user: Viewer | None, queryset: QuerySet[Row]) -> QuerySet[Row]:
    """`queryset` of votes or vote changes reduced to the ballots whose votes `user` may see (as can_see_votes)."""
    return queryset.filter(ballot__closed_at__isnull=False)


def audit_details(event: AuditEvent, user: Viewer | None, ballots: dict[str, Ballot | None] | None = None) -> dict[str, Any]:
    """The details of an audit event as `user` may read them: a vote's choice and reason are left out while its
    ballot is open. `ballots` (a dict) remembers the ballots already looked up when many events are shown."""
    details: dict[str, Any] = event.details
    if not (event.action.startswith(VOTE_EVENTS) and event.target_type == Ballot._meta.label_lower):
        return details
    ballots = {} if ballots is None else ballots
    if event.target_id not in ballots:
        ballots[event.target_id] = Ballot.objects.filter(pk=event.target_id).first() if event.target_id.isdigit() else None
    if can_see_votes(user, ballots[event.target_id]):
        return details
    return {key: details[key] for key in PUBLIC_VOTE_DETAILS if key in details}
