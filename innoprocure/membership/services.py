"""Everything that changes an application or a ballot happens here: who may do it is checked, the change is
recorded in the application's timeline and the audit trail (who and when), and the people concerned are e-mailed.

Views, tasks, the admin and the demo loader call these functions; nothing else changes a status.
"""

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, Group, User
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from innoprocure.audit.log import record
from innoprocure.core.roles import REPRESENTATIVES
from innoprocure.membership import voting
from innoprocure.membership.eligibility import REQUIREMENTS
from innoprocure.membership.models import (
    APPLICANT_FIELDS,
    EDITABLE_STATUSES,
    OPEN_STATUSES,
    ApplicationEvent,
    ApplicationStatus,
    Ballot,
    Elector,
    MembershipApplication,
    Vote,
    VoteChange,
    VoteChoice,
)
from innoprocure.network.models import VOTING_STATUSES, CentreStatus, CompetenceCentre, GovernanceSettings, Representative

logger = logging.getLogger(__name__)

Person = User | AnonymousUser  # who asks: somebody signed in, or a visitor

MANAGE_APPLICATIONS = "membership.manage_applications"
MANAGE_BALLOTS = "membership.manage_ballots"


class MembershipError(Exception):
    """A request the rules do not allow; the message is meant for the person who made it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class IncompleteApplication(MembershipError):
    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(_("The application is not complete yet."))
        self.errors = errors  # {field name: message}


class NotEligibleToVote(MembershipError):
    pass


# Who may do what ---------------------------------------------------------------------------------------------


def is_secretariat(user: Person | None) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(MANAGE_APPLICATIONS))


def can_manage_ballots(user: Person | None) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(MANAGE_BALLOTS))


def representative_of(user: Person | None) -> Representative | None:
    """The user's Representative record, or None."""
    if not user or not user.is_authenticated:
        return None
    try:
        return user.centre_representative
    except Representative.DoesNotExist:
        return None


def voting_centre_of(user: Person | None, ballot: Ballot) -> CompetenceCentre:
    """The centre this user may vote for in `ballot`, or raise NotEligibleToVote saying why not.

    The user must represent a centre that was in the electorate when the ballot opened and still has a voting
    status now."""
    representative = representative_of(user)
    if representative is None:
        raise NotEligibleToVote(_("Only representatives of member centres vote on applications."))
    centre = CompetenceCentre.objects.get(pk=representative.centre_id)
    if not Elector.objects.filter(ballot=ballot, centre=centre).exists():
        raise NotEligibleToVote(
            _("%(centre)s was not a voting member when this ballot opened, so it does not vote in it.") % {"centre": centre}
        )
    if centre.status not in VOTING_STATUSES:
        raise NotEligibleToVote(
            _("%(centre)s is no longer a voting member of the network, so it cannot vote.") % {"centre": centre}
        )
    return centre


def may_see_application(user: Person | None, application: MembershipApplication) -> bool:
    """The applicant, the secretariat, and the centres voting on it may read an application and its evidence."""
    if not user or not user.is_authenticated:
        return False
    if application.applicant_id == user.pk:
        return True
    if is_secretariat(user):
        # A draft never submitted is the applicant's alone.
        return application.submitted_at is not None
    representative = representative_of(user)
    return bool(
        representative and Elector.objects.filter(ballot__application=application, centre_id=representative.centre_id).exists()
    )


# Recording ---------------------------------------------------------------------------------------------------


def _label(user: Person | None) -> str:
    return (getattr(user, "email", "") or str(user)) if user else ""


def _log_event(
    application: MembershipApplication,
    action: str,
    actor: User | None,
    *,
    from_status: str | None,
    request: HttpRequest | None = None,
    comment: str = "",
    when: datetime | None = None,
    **details: Any,
) -> ApplicationEvent:
    event = ApplicationEvent.objects.create(
        application=application,
        action=action,
        from_status=from_status or "",
        to_status=application.status,
        actor=actor,
        actor_label=_label(actor),
        comment=comment,
        created_at=when or timezone.now(),
    )
    record(
        f"membership.application.{action}",
        actor=actor,
        target=application,
        request=request,
        from_status=from_status or "",
        to_status=application.status,
        **({"comment": comment} if comment else {}),
        **details,
    )
    return event


def _transition(
    application: MembershipApplication,
    to_status: str,
    action: str,
    actor: User | None,
    *,
    request: HttpRequest | None = None,
    comment: str = "",
    when: datetime | None = None,
    **details: Any,
) -> ApplicationEvent:
    from_status = application.status
    when = when or timezone.now()
    application.status = to_status
    application.updated_at = when
    fields = ["status", "updated_at"]
    if to_status == ApplicationStatus.SUBMITTED:
        application.submitted_at = when
        fields.append("submitted_at")
    if to_status in (ApplicationStatus.ADMITTED, ApplicationStatus.REJECTED):
        application.decided_at = when
        fields.append("decided_at")
    application.save(update_fields=fields)
    return _log_event(application, action, actor, from_status=from_status, request=request, comment=comment, when=when, **details)


def _locked(application: MembershipApplication) -> MembershipApplication:
    """Re-read the application under a row lock, so two requests cannot move it at once."""
    return MembershipApplication.objects.select_for_update().get(pk=application.pk)


# E-mail ------------------------------------------------------------------------------------------------------


def _site_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(template: str, context: dict[str, Any], recipients: Iterable[str], subject: object) -> int:
    """One message per recipient, so no one sees the others' addresses."""
    recipients = sorted({address for address in recipients if address})
    if not recipients:
        return 0
    body = render_to_string(f"membership/email/{template}.txt", {**context, "site_url": _site_url("")})
    # A subject is one line whatever an applicant typed into the organisation's name.
    subject = " ".join(str(subject).split())[:200]
    messages = [
        EmailMessage(subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[address]) for address in recipients
    ]
    try:
        return get_connection().send_messages(messages) or 0
    except OSError:
        # The decision is recorded whatever happens to the mail server; the failure is logged for the team.
        logger.exception("Could not send membership e-mail %s", template)
        return 0


def when_with_zone(moment: datetime) -> str:
    """A date and time as e-mails give it: in the platform's time zone, named, e.g. "16 December 2026, 18:00 CET"."""
    return date_format(timezone.localtime(moment), "j F Y, H:i T")


def _applicant_addresses(application: MembershipApplication) -> set[str]:
    addresses = {application.contact_email}
    if application.applicant is not None:
        addresses.add(application.applicant.email)
    return addresses


def member_representative_addresses(centres: Iterable[CompetenceCentre | int] | None = None) -> set[str]:
    representatives = Representative.objects.select_related("user").filter(centre__status__in=VOTING_STATUSES)
    if centres is not None:
        representatives = representatives.filter(centre__in=centres)
    return {representative.user.email for representative in representatives if representative.user.is_active}


# The applicant's part ----------------------------------------------------------------------------------------


def open_application_of(user: User) -> MembershipApplication | None:
    return MembershipApplication.objects.filter(applicant=user, status__in=OPEN_STATUSES).order_by("-created_at").first()


def start_application(user: User, request: HttpRequest | None = None) -> MembershipApplication:
    """The applicant's open application, or a new draft. One open application per account at a time."""
    existing = open_application_of(user)
    if existing is not None:
        return existing
    return save_draft(MembershipApplication(contact_email=user.email), user, request=request)


def _check_applicant(application: MembershipApplication, user: Person | None) -> None:
    if user is None or not user.is_authenticated or application.applicant_id != user.pk:
        raise PermissionDenied(_("Only the applicant may change this application."))


def save_draft(
    application: MembershipApplication, user: User, request: HttpRequest | None = None, when: datetime | None = None
) -> MembershipApplication:
    """Store what the applicant typed; anything may still be missing. A new application starts as a draft."""
    when = when or timezone.now()
    if application.pk is None:
        if not user.is_authenticated:
            raise PermissionDenied
        if open_application_of(user) is not None:
            raise MembershipError(_("You already have an application in progress."))
        application.applicant = user
        application.status = ApplicationStatus.DRAFT
        application.created_at = application.updated_at = when
        application.save()
        _log_event(application, ApplicationEvent.Action.STARTED, user, from_status="", request=request, when=when)
        return application
    _check_applicant(application, user)
    if not MembershipApplication.objects.filter(pk=application.pk, status__in=EDITABLE_STATUSES).exists():
        raise MembershipError(_("This application can no longer be changed."))
    application.updated_at = when
    application.save(update_fields=[*APPLICANT_FIELDS, "updated_at"])
    return application


REQUIRED_FIELDS = {
    "organisation": gettext_lazy("Give the name of the organisation."),
    "country": gettext_lazy("Choose the country."),
    "parent_organisation": gettext_lazy("Name the parent ministry or agency."),
    "established_year": gettext_lazy("Give the year the centre was established."),
    "contact_name": gettext_lazy("Name the contact person."),
    "contact_email": gettext_lazy("Give the contact person's e-mail address."),
    "contact_phone": gettext_lazy("Give the contact person's telephone number."),
}


def missing_information(application: MembershipApplication) -> dict[str, str]:
    """{field name: what to add} for everything a complete application needs and this one lacks."""
    missing = {}
    for name, message in REQUIRED_FIELDS.items():
        value = getattr(application, f"{name}_id" if name == "country" else name)
        if value in (None, "") or (isinstance(value, str) and not value.strip()):
            missing[name] = str(message)
    for requirement in REQUIREMENTS:
        if not getattr(application, f"{requirement.key}_evidence").strip():
            missing[f"{requirement.key}_evidence"] = _(
                "Describe the evidence that the centre meets this requirement: %(title)s."
            ) % {"title": requirement.title}
    return missing


def submit(
    application: MembershipApplication,
    user: User,
    request: HttpRequest | None = None,
    notify: bool = True,
    when: datetime | None = None,
) -> MembershipApplication:
    """Send a complete application to the secretariat (again, after it was returned)."""
    _check_applicant(application, user)
    with transaction.atomic():
        application = _locked(application)
        if not application.is_editable:
            raise MembershipError(_("This application has already been submitted."))
        missing = missing_information(application)
        if missing:
            raise IncompleteApplication(missing)
        resubmission = application.status == ApplicationStatus.RETURNED
        _transition(application, ApplicationStatus.SUBMITTED, ApplicationEvent.Action.SUBMITTED, user, request=request, when=when)
    if notify:
        context = {"application": application, "resubmission": resubmission}
        _send(
            "submitted_applicant",
            {**context, "status_url": _site_url(application.get_absolute_url())},
            _applicant_addresses(application),
            _("We received your application to join the P2I Network"),
        )
        _send(
            "submitted_secretariat",
            {**context, "review_url": _site_url(application.get_secretariat_url())},
            [settings.NETWORK_SECRETARIAT_EMAIL],
            _("Membership application to check: %(organisation)s") % {"organisation": application.organisation},
        )
    return application


def withdraw(application: MembershipApplication, user: User, request: HttpRequest | None = None) -> MembershipApplication:
    """The applicant may withdraw until the ballot opens."""
    _check_applicant(application, user)
    with transaction.atomic():
        application = _locked(application)
        if application.status not in (ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED):
            raise MembershipError(_("Once members are voting, an application can no longer be withdrawn."))
        _transition(application, ApplicationStatus.WITHDRAWN, ApplicationEvent.Action.WITHDRAWN, user, request=request)
        # Nobody will assess the evidence of a withdrawn application: its files go (docs/privacy.md).
        application.remove_evidence_files()
    return application


# The secretariat's part --------------------------------------------------------------------------------------


def _check_secretariat(user: Person | None) -> None:
    if not is_secretariat(user):
        raise PermissionDenied(_("Only the network secretariat may do this."))


def return_application(
    application: MembershipApplication,
    user: User,
    comment: str,
    request: HttpRequest | None = None,
    notify: bool = True,
    when: datetime | None = None,
) -> MembershipApplication:
    """Send a submitted application back to the applicant with what is missing or unclear."""
    _check_secretariat(user)
    comment = (comment or "").strip()
    if not comment:
        raise MembershipError(_("Say what the applicant should complete or clarify."))
    with transaction.atomic():
        application = _locked(application)
        if application.status != ApplicationStatus.SUBMITTED:
            raise MembershipError(_("Only a submitted application can be returned."))
        _transition(
            application,
            ApplicationStatus.RETURNED,
            ApplicationEvent.Action.RETURNED,
            user,
            request=request,
            comment=comment,
            when=when,
        )
    if notify:
        _send(
            "returned",
            {"application": application, "comment": comment, "edit_url": _site_url(reverse("membership:apply"))},
            _applicant_addresses(application),
            _("Your application to the P2I Network needs completing"),
        )
    return application


def current_rules_snapshot() -> dict[str, Any]:
    snapshot: dict[str, Any] = GovernanceSettings.load().snapshot()
    return snapshot


def open_ballot(
    application: MembershipApplication,
    user: User,
    request: HttpRequest | None = None,
    notify: bool = True,
    now: datetime | None = None,
) -> Ballot:
    """Put a complete, submitted application to the member centres' vote, under today's rules."""
    _check_secretariat(user)
    now = now or timezone.now()
    with transaction.atomic():
        application = _locked(application)
        if application.status != ApplicationStatus.SUBMITTED:
            raise MembershipError(_("Only a submitted application can be put to the vote."))
        if missing_information(application):
            raise MembershipError(_("The application is incomplete; return it to the applicant first."))
        snapshot = current_rules_snapshot()
        rules = voting.Rules.from_snapshot(snapshot)
        electorate = list(CompetenceCentre.objects.filter(status__in=VOTING_STATUSES).order_by("pk"))
        try:
            with transaction.atomic():
                ballot = Ballot.objects.create(
                    application=application,
                    opened_at=now,
                    opened_by=user,
                    closes_at=now + timedelta(days=rules.voting_window_days),
                    rules=snapshot,
                    electorate_size=len(electorate),
                )
        except IntegrityError:
            raise MembershipError(_("A ballot on this application already exists."))
        Elector.objects.bulk_create([Elector(ballot=ballot, centre=centre) for centre in electorate])
        _transition(
            application,
            ApplicationStatus.VOTING,
            ApplicationEvent.Action.BALLOT_OPENED,
            user,
            request=request,
            when=now,
            ballot=ballot.pk,
            closes_at=ballot.closes_at.isoformat(),
            electorate=len(electorate),
        )
        record("membership.ballot.opened", actor=user, target=ballot, request=request, rules=snapshot, electorate=len(electorate))
    if notify:
        _send(
            "ballot_opened",
            {"ballot": ballot, "application": application, "ballot_url": _site_url(ballot.get_absolute_url())},
            member_representative_addresses(electorate),
            _("Vote on a new member: %(organisation)s") % {"organisation": application.organisation},
        )
        # The status page promises the applicant an e-mail when its application goes to the vote.
        _send(
            "ballot_opened_applicant",
            {
                "ballot": ballot,
                "application": application,
                "electorate": len(electorate),
                "status_url": _site_url(application.get_absolute_url()),
            },
            _applicant_addresses(application),
            _("Your application to the P2I Network is put to the vote"),
        )
    return ballot


# Voting ------------------------------------------------------------------------------------------------------


def cast_vote(
    ballot: Ballot,
    user: User,
    choice: str,
    reason: str = "",
    request: HttpRequest | None = None,
    now: datetime | None = None,
) -> Vote:
    """Cast or change the vote of the user's centre. Safe under concurrent requests: the ballot row is locked,
    so votes on one ballot (and its closing) happen one after the other, and the (ballot, centre) unique
    constraint is the last line of defence."""
    reason = (reason or "").strip()
    if choice not in VoteChoice.values:
        raise MembershipError(_("Choose yes, no or abstain."))
    if choice == VoteChoice.NO and not reason:
        raise MembershipError(_("Give a reason when you vote no."))
    with transaction.atomic():
        ballot = Ballot.objects.select_for_update().get(pk=ballot.pk)
        now = now or timezone.now()
        if not ballot.accepts_votes(now):
            raise MembershipError(_("This ballot has closed; votes can no longer be cast or changed."))
        centre = voting_centre_of(user, ballot)
        vote = Vote.objects.select_for_update().filter(ballot=ballot, centre=centre).first()
        previous = vote.choice if vote else None
        if vote is None:
            vote = Vote.objects.create(
                ballot=ballot, centre=centre, choice=choice, reason=reason, cast_by=user, first_cast_at=now, changed_at=now
            )
        else:
            vote.choice, vote.reason, vote.cast_by, vote.changed_at = choice, reason, user, now
            vote.save(update_fields=["choice", "reason", "cast_by", "changed_at"])
        VoteChange.objects.create(
            ballot=ballot, centre=centre, choice=choice, reason=reason, cast_by=user, cast_by_label=_label(user), recorded_at=now
        )
        record(
            "membership.vote.changed" if previous else "membership.vote.cast",
            actor=user,
            target=ballot,
            request=request,
            centre=centre.name,
            choice=choice,
            previous=previous or "",
            reason=reason,
        )
    return vote


def participation(ballot: Ballot) -> dict[str, int]:
    """How many centres have voted: what the secretariat sees before the close (never how they voted)."""
    return {"voted": ballot.votes.count(), "electorate": ballot.electorate_size}


def tally(ballot: Ballot) -> voting.Tally:
    return voting.Tally.of(ballot.votes.values_list("choice", flat=True))


# Closing -----------------------------------------------------------------------------------------------------


def _unique_slug(name: str) -> str:
    base = slugify(name)[:240] or "centre"
    slug, number = base, 2
    while CompetenceCentre.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def admit_centre(application: MembershipApplication, when: datetime) -> CompetenceCentre:
    """Make the applicant a member centre (updating its directory record if it has one) and its account the
    centre's representative, so that it votes in later ballots."""
    centre = (
        application.centre
        or CompetenceCentre.objects.filter(name__iexact=application.organisation, country=application.country).first()
    )
    if centre is None:
        centre = CompetenceCentre(name=application.organisation, slug=_unique_slug(application.organisation))
    centre.country = application.country  # type: ignore[assignment]  # a submitted application names its country
    centre.status = CentreStatus.MEMBER
    centre.joined_on = timezone.localdate(when)
    centre.illustrative = centre.illustrative or application.illustrative
    fields = ["parent_organisation", "established_year", "website", "track_record"]
    # The contact person is published as the centre's contact point only with their consent on the form.
    if application.publish_contact:
        fields += ["contact_name", "contact_email"]
    for field in fields:
        value = getattr(application, field)
        if value not in (None, ""):
            setattr(centre, field, value)
    centre.save()
    application.centre = centre
    application.save(update_fields=["centre"])
    if application.applicant is not None:
        Representative.objects.update_or_create(
            user=application.applicant, defaults={"centre": centre, "role": _("Contact for the membership application")}
        )
        application.applicant.groups.add(Group.objects.get_or_create(name=REPRESENTATIVES)[0])
    return centre


def close_ballot(
    ballot: Ballot,
    user: User | None = None,
    request: HttpRequest | None = None,
    note: str = "",
    now: datetime | None = None,
    notify: bool = True,
) -> Ballot:
    """Close a ballot and decide the application with the rules stored when it opened.

    `user=None` is the scheduled close at the end of the window. A person may close it only if they are the
    secretariat; before the window ends that is an early close and needs a note saying why."""
    note = (note or "").strip()
    if user is not None and not can_manage_ballots(user):
        raise PermissionDenied(_("Only the network secretariat may close a ballot."))
    with transaction.atomic():
        ballot = Ballot.objects.select_for_update().get(pk=ballot.pk)
        # The time is read once the lock is held, so that every vote counted was recorded before the close.
        now = now or timezone.now()
        if ballot.is_closed:
            raise MembershipError(_("This ballot has already closed."))
        early = now < ballot.closes_at
        if early and user is None:
            raise MembershipError(_("This ballot is still open."))
        if early and not note:
            raise MembershipError(_("Say why the ballot closes before the end of its window."))
        application = _locked(ballot.application)
        rules = voting.Rules.from_snapshot(ballot.rules)
        counted = tally(ballot)
        outcome = voting.decide(counted, ballot.electorate_size, rules)
        ballot.yes_count, ballot.no_count, ballot.abstain_count = counted.yes, counted.no, counted.abstain
        ballot.required_turnout = outcome.required_turnout
        ballot.quorum_met, ballot.majority_met = outcome.quorum_met, outcome.majority_met
        ballot.outcome = Ballot.Outcome.ADMITTED if outcome.admitted else Ballot.Outcome.REJECTED
        ballot.outcome_statement = voting.outcome_statement(application.organisation, outcome, rules)
        ballot.closed_at, ballot.closed_by, ballot.closed_early, ballot.close_note = now, user, early, note
        ballot.save()
        record(
            "membership.ballot.closed",
            actor=user,
            target=ballot,
            request=request,
            automatic=user is None,
            early=early,
            note=note,
            yes=counted.yes,
            no=counted.no,
            abstain=counted.abstain,
            electorate=ballot.electorate_size,
            quorum_met=outcome.quorum_met,
            majority_met=outcome.majority_met,
            outcome=ballot.outcome,
        )
        if outcome.admitted:
            admit_centre(application, now)
            _transition(
                application,
                ApplicationStatus.ADMITTED,
                ApplicationEvent.Action.ADMITTED,
                user,
                request=request,
                when=now,
                comment=ballot.outcome_statement,
            )
        else:
            _transition(
                application,
                ApplicationStatus.REJECTED,
                ApplicationEvent.Action.REJECTED,
                user,
                request=request,
                when=now,
                comment=ballot.outcome_statement,
            )
    if notify:
        context = {
            "ballot": ballot,
            "application": application,
            "decisions_url": _site_url(reverse("membership:overview") + "#decisions"),
        }
        _send(
            "decided_applicant",
            {**context, "status_url": _site_url(application.get_absolute_url())},
            _applicant_addresses(application),
            _("Decision on your application to the P2I Network"),
        )
        _send(
            "decided_members",
            {**context, "ballot_url": _site_url(ballot.get_absolute_url())},
            member_representative_addresses() - _applicant_addresses(application),
            _("Ballot closed: %(organisation)s") % {"organisation": application.organisation},
        )
    return ballot


def close_due_ballots(now: datetime | None = None) -> list[Ballot]:
    """Close every ballot whose window has ended. Returns the ballots closed."""
    now = now or timezone.now()
    closed = []
    for ballot in Ballot.objects.filter(closed_at__isnull=True, closes_at__lte=now).order_by("closes_at"):
        try:
            closed.append(close_ballot(ballot, user=None, now=now))
        except MembershipError:
            # Closed meanwhile by someone else: nothing to do.
            continue
    return closed


def send_ballot_reminders(now: datetime | None = None) -> int:
    """E-mail the representatives of centres that have not voted in a ballot closing within the reminder period
    of its rules. Each centre is reminded once per ballot. Returns the number of centres reminded."""
    now = now or timezone.now()
    reminded = 0
    for ballot in Ballot.objects.filter(closed_at__isnull=True, closes_at__gt=now).select_related("application"):
        rules = voting.Rules.from_snapshot(ballot.rules)
        if ballot.closes_at - now > timedelta(days=rules.reminder_days_before_close):
            continue
        with transaction.atomic():
            voted = Vote.objects.filter(ballot=ballot).values_list("centre_id", flat=True)
            electors = list(
                Elector.objects.select_for_update()
                .filter(ballot=ballot, reminded_at__isnull=True, centre__status__in=VOTING_STATUSES)
                .exclude(centre_id__in=voted)
            )
            if not electors:
                continue
            Elector.objects.filter(pk__in=[elector.pk for elector in electors]).update(reminded_at=now)
        addresses = member_representative_addresses([elector.centre_id for elector in electors])
        _send(
            "reminder",
            {"ballot": ballot, "application": ballot.application, "ballot_url": _site_url(ballot.get_absolute_url())},
            addresses,
            _("Reminder: vote on %(organisation)s before %(closes)s")
            % {
                "organisation": ballot.application.organisation,
                "closes": when_with_zone(ballot.closes_at),
            },
        )
        record("membership.ballot.reminders_sent", target=ballot, centres=[elector.centre_id for elector in electors])
        reminded += len(electors)
    return reminded


# Balance report ----------------------------------------------------------------------------------------------


def balance_for(application: MembershipApplication, rules: voting.Rules | None = None) -> voting.BalanceReport:
    """The balance report for admitting `application`, measured against `rules` (today's when not given)."""
    if rules is None:
        rules = voting.Rules.from_snapshot(current_rules_snapshot())
    members = []
    for centre in CompetenceCentre.objects.filter(status__in=VOTING_STATUSES).select_related("country"):
        if application.centre_id and centre.pk == application.centre_id:
            continue
        centre._experienced_after_years = rules.experienced_after_years
        members.append(voting.CentreFacts(centre.country_id, centre.country.name, centre.is_experienced))
    candidate = CompetenceCentre(established_year=application.established_year, track_record=application.track_record)
    applicant = voting.CentreFacts(
        application.country_id or "",
        application.country.name if application.country is not None else _("Country not given"),
        candidate.derived_experienced(rules.experienced_after_years),
    )
    return voting.balance_report(members, applicant, rules)
