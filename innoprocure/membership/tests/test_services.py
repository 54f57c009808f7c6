"""The membership workflow through services.py: who may do what, what is recorded, who is told, and how the
rules decide."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from innoprocure.audit.models import AuditEvent
from innoprocure.membership import services
from innoprocure.membership.models import (
    ApplicationEvent,
    ApplicationStatus,
    Ballot,
    BallotClosedError,
    MembershipApplication,
    Vote,
    VoteChange,
)
from innoprocure.membership.secrecy import can_see_votes
from innoprocure.membership.tests.factories import (
    ApplicationFactory,
    CompetenceCentreFactory,
    RepresentativeFactory,
    UserFactory,
    member_representatives,
)
from innoprocure.network.models import CentreStatus, CompetenceCentre, GovernanceSettings

pytestmark = pytest.mark.django_db


def later(ballot, **delta):
    return ballot.closes_at + timedelta(**delta)


def test_whole_journey_by_services(governance, secretariat):
    first, second, third = member_representatives(3)
    applicant = UserFactory(email="applicant@example.org")

    draft = services.start_application(applicant)
    assert draft.status == ApplicationStatus.DRAFT
    draft.organisation = "Croatian Competence Centre"
    services.save_draft(draft, applicant)
    with pytest.raises(services.IncompleteApplication) as incomplete:
        services.submit(draft, applicant)
    assert "country" in incomplete.value.errors
    assert "mandate_evidence" in incomplete.value.errors
    assert MembershipApplication.objects.get(pk=draft.pk).organisation == "Croatian Competence Centre"

    complete = ApplicationFactory.build()
    for field in ("country", "parent_organisation", "established_year", "contact_name", "contact_phone"):
        setattr(draft, field, getattr(complete, field))
    for key in ("mandate", "resources", "investment", "commitment"):
        setattr(draft, f"{key}_evidence", getattr(complete, f"{key}_evidence"))
    services.save_draft(draft, applicant)
    services.submit(draft, applicant)
    services.return_application(draft, secretariat, "Please add the date of the government decision.")
    draft.refresh_from_db()
    assert draft.status == ApplicationStatus.RETURNED
    assert draft.last_return_comment() == "Please add the date of the government decision."
    draft.mandate_evidence += " Decision of 12 March 2024."
    services.save_draft(draft, applicant)
    services.submit(draft, applicant)

    ballot = services.open_ballot(draft, secretariat)
    assert ballot.electorate_size == 3
    for voter in (first, second, third):
        services.cast_vote(ballot, voter, "yes")
    services.close_ballot(ballot, now=later(ballot, minutes=1))

    draft.refresh_from_db()
    ballot.refresh_from_db()
    assert draft.status == ApplicationStatus.ADMITTED
    assert (ballot.yes_count, ballot.no_count, ballot.abstain_count) == (3, 0, 0)
    assert ballot.outcome == Ballot.Outcome.ADMITTED
    centre = draft.centre
    assert centre.status == CentreStatus.MEMBER
    assert centre.country_id == "HR"
    assert applicant.centre_representative.centre == centre
    assert applicant.groups.filter(name="Competence centre representatives").exists()

    # The new member votes in the next ballot.
    newcomer = ApplicationFactory(country_id="PL")
    services.submit(newcomer, newcomer.applicant)
    next_ballot = services.open_ballot(newcomer, secretariat)
    assert next_ballot.electorate_size == 4
    services.cast_vote(next_ballot, applicant, "abstain")
    assert Vote.objects.get(ballot=next_ballot).centre == centre

    assert [event.action for event in draft.events.all()] == [
        "started",
        "submitted",
        "returned",
        "submitted",
        "ballot-opened",
        "admitted",
    ]


def test_every_state_change_is_audited_with_who_and_when(ballot, secretariat, voters):
    application = ballot.application
    services.cast_vote(ballot, voters[0], "yes")
    services.close_ballot(ballot, secretariat, note="Every centre has said it will not vote.")
    events = list(application.events.all())
    assert [(event.from_status, event.to_status) for event in events] == [
        ("draft", "submitted"),
        ("submitted", "voting"),
        ("voting", "rejected"),
    ]
    assert [event.actor for event in events] == [application.applicant, secretariat, secretariat]
    assert all(event.created_at and event.actor_label for event in events)
    audited = AuditEvent.objects.filter(target_type="membership.membershipapplication", target_id=str(application.pk))
    assert sorted(audited.values_list("action", "actor__email")) == sorted(
        [
            ("membership.application.submitted", application.applicant.email),
            ("membership.application.ballot-opened", secretariat.email),
            ("membership.application.rejected", secretariat.email),
        ]
    )
    closed = AuditEvent.objects.get(action="membership.ballot.closed")
    assert closed.actor == secretariat
    assert closed.details["early"] is True
    assert closed.details["note"] == "Every centre has said it will not vote."


def test_timeline_cannot_be_rewritten(submitted):
    event = submitted.events.get()
    event.comment = "changed"
    with pytest.raises(ValidationError):
        event.save()


def test_only_the_applicant_submits_and_only_the_secretariat_decides(governance, voters):
    application = ApplicationFactory()
    stranger = UserFactory()
    with pytest.raises(PermissionDenied):
        services.submit(application, stranger)
    services.submit(application, application.applicant, notify=False)
    for outsider in (application.applicant, voters[0], stranger):
        with pytest.raises(PermissionDenied):
            services.return_application(application, outsider, "Missing things")
        with pytest.raises(PermissionDenied):
            services.open_ballot(application, outsider)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED


def test_returning_needs_a_comment_and_a_submitted_application(submitted, secretariat):
    with pytest.raises(services.MembershipError):
        services.return_application(submitted, secretariat, "   ")
    services.return_application(submitted, secretariat, "Add the budget.")
    with pytest.raises(services.MembershipError):
        services.return_application(submitted, secretariat, "Again")
    with pytest.raises(services.MembershipError):
        services.open_ballot(submitted, secretariat)


def test_one_ballot_per_application(ballot, secretariat):
    with pytest.raises(services.MembershipError):
        services.open_ballot(ballot.application, secretariat)
    with pytest.raises(IntegrityError), transaction.atomic():
        Ballot.objects.create(application=ballot.application, closes_at=timezone.now())


def test_ballot_stores_rules_and_electorate_at_opening(ballot, voters):
    assert ballot.rules["quorum_percent"] == 50
    assert ballot.rules["voting_window_days"] == 14
    assert ballot.closes_at - ballot.opened_at == timedelta(days=14)
    assert set(ballot.electorate.all()) == {voter.centre_representative.centre for voter in voters}


def test_candidates_and_associates_are_not_in_the_electorate(submitted, secretariat, voters):
    CompetenceCentreFactory(status=CentreStatus.CANDIDATE)
    CompetenceCentreFactory(status=CentreStatus.ASSOCIATE)
    CompetenceCentreFactory(status=CentreStatus.PILOT_MEMBER)
    ballot = services.open_ballot(submitted, secretariat, notify=False)
    assert ballot.electorate_size == 4


# Rules ------------------------------------------------------------------------------------------------------


def close_with(ballot, votes, voters):
    for voter, (choice, reason) in zip(voters, votes, strict=False):
        services.cast_vote(ballot, voter, choice, reason)
    services.close_ballot(ballot, now=later(ballot, seconds=1), notify=False)
    ballot.refresh_from_db()
    ballot.application.refresh_from_db()
    return ballot


def test_quorum_missed(submitted, secretariat, governance):
    voters = member_representatives(5)
    ballot = services.open_ballot(submitted, secretariat, notify=False)
    ballot = close_with(ballot, [("yes", ""), ("yes", "")], voters)  # 2 of 5; 3 needed
    assert ballot.quorum_met is False
    assert ballot.required_turnout == 3
    assert ballot.application.status == ApplicationStatus.REJECTED
    assert "quorum of 3 votes" in ballot.outcome_statement


def test_majority_missed(submitted, secretariat, governance):
    voters = member_representatives(4)
    ballot = services.open_ballot(submitted, secretariat, notify=False)
    ballot = close_with(ballot, [("yes", ""), ("no", "Too small"), ("no", "Regional only"), ("abstain", "")], voters)
    assert ballot.quorum_met is True
    assert ballot.majority_met is False
    assert ballot.application.status == ApplicationStatus.REJECTED


def test_tie_fails(submitted, secretariat, governance):
    voters = member_representatives(4)
    ballot = services.open_ballot(submitted, secretariat, notify=False)
    ballot = close_with(ballot, [("yes", ""), ("yes", ""), ("no", "One per country"), ("no", "Not national")], voters)
    assert (ballot.yes_count, ballot.no_count) == (2, 2)
    assert ballot.majority_met is False
    assert ballot.outcome == Ballot.Outcome.REJECTED


def test_rules_changed_while_a_ballot_is_open_do_not_change_its_outcome(submitted, secretariat, governance):
    voters = member_representatives(4)
    ballot = services.open_ballot(submitted, secretariat, notify=False)  # quorum 50 %: 2 of 4 suffice
    settings = GovernanceSettings.load()
    settings.quorum_percent = 100
    settings.majority_percent = 75
    settings.save()
    ballot = close_with(ballot, [("yes", ""), ("yes", ""), ("no", "Not yet ready")], voters)
    # Under the new rules (all 4 must vote, yes > 75 %) this would fail; under the stored ones it passes.
    assert ballot.quorum_met and ballot.majority_met
    assert ballot.application.status == ApplicationStatus.ADMITTED
    assert ballot.rules["quorum_percent"] == 50

    # A ballot opened after the change uses the new rules.
    later_application = ApplicationFactory(country_id="PL")
    services.submit(later_application, later_application.applicant, notify=False)
    later_ballot = services.open_ballot(later_application, secretariat, notify=False)
    assert later_ballot.rules["quorum_percent"] == 100


# Votes ------------------------------------------------------------------------------------------------------


def test_reason_required_for_no(ballot, voters):
    with pytest.raises(services.MembershipError):
        services.cast_vote(ballot, voters[0], "no", "  ")
    assert not Vote.objects.exists()
    services.cast_vote(ballot, voters[0], "no", "Germany already has a member.")
    assert Vote.objects.get().reason == "Germany already has a member."
    # The database refuses a "no" without a reason too.
    with pytest.raises(IntegrityError), transaction.atomic():
        Vote.objects.filter(pk=Vote.objects.get().pk).update(reason="")


def test_unknown_choice_is_refused(ballot, voters):
    with pytest.raises(services.MembershipError):
        services.cast_vote(ballot, voters[0], "maybe")


def test_vote_change_keeps_history(ballot, voters):
    services.cast_vote(ballot, voters[0], "yes")
    services.cast_vote(ballot, voters[0], "no", "We read the budget again.")
    services.cast_vote(ballot, voters[0], "abstain")
    vote = Vote.objects.get()
    assert vote.choice == "abstain"
    assert list(VoteChange.objects.values_list("choice", flat=True)) == ["yes", "no", "abstain"]
    assert VoteChange.objects.get(choice="no").reason == "We read the budget again."
    assert list(AuditEvent.objects.filter(action__startswith="membership.vote.").values_list("action", flat=True)) == [
        "membership.vote.changed",
        "membership.vote.changed",
        "membership.vote.cast",
    ]
    with pytest.raises(ValidationError):
        VoteChange.objects.first().delete()


def test_two_representatives_of_one_centre_share_its_single_vote(ballot, voters):
    colleague = RepresentativeFactory(centre=voters[0].centre_representative.centre).user
    services.cast_vote(ballot, voters[0], "yes")
    services.cast_vote(ballot, colleague, "abstain")
    assert Vote.objects.count() == 1
    assert Vote.objects.get().cast_by == colleague


def test_tally_hidden_until_close(ballot, voters, secretariat):
    services.cast_vote(ballot, voters[0], "yes")
    services.cast_vote(ballot, voters[1], "no", "Not national")
    assert not can_see_votes(voters[0], ballot)
    assert not can_see_votes(secretariat, ballot)
    assert services.participation(ballot) == {"voted": 2, "electorate": 3}
    assert Ballot.objects.get(pk=ballot.pk).yes_count is None
    services.close_ballot(ballot, now=later(ballot, seconds=1), notify=False)
    ballot.refresh_from_db()
    assert can_see_votes(voters[2], ballot)
    assert (ballot.yes_count, ballot.no_count) == (1, 1)


def test_closed_ballot_is_immutable(ballot, voters, secretariat):
    services.cast_vote(ballot, voters[0], "yes")
    services.close_ballot(ballot, now=later(ballot, seconds=1), notify=False)
    ballot.refresh_from_db()
    with pytest.raises(services.MembershipError):
        services.cast_vote(ballot, voters[1], "yes")
    with pytest.raises(services.MembershipError):
        services.cast_vote(ballot, voters[0], "abstain")
    vote = Vote.objects.get()
    vote.choice = "abstain"
    with pytest.raises(BallotClosedError):
        vote.save()
    with pytest.raises(BallotClosedError):
        vote.delete()
    with pytest.raises(BallotClosedError):
        Vote(ballot=ballot, centre=voters[1].centre_representative.centre, choice="yes").save()
    ballot.outcome = Ballot.Outcome.ADMITTED
    with pytest.raises(BallotClosedError):
        ballot.save()
    with pytest.raises(services.MembershipError):
        services.close_ballot(ballot, secretariat)
    stored = Ballot.objects.get(pk=ballot.pk)
    assert (stored.outcome, stored.yes_count) == (Ballot.Outcome.REJECTED, 1)
    assert Vote.objects.get().choice == "yes"


def test_votes_after_the_window_are_refused_before_the_close_runs(ballot, voters):
    with pytest.raises(services.MembershipError):
        services.cast_vote(ballot, voters[0], "yes", now=later(ballot, seconds=1))


def test_non_members_cannot_vote(ballot, voters, governance):
    outsider = UserFactory()
    candidate = RepresentativeFactory(centre=CompetenceCentreFactory(status=CentreStatus.CANDIDATE)).user
    joined_later = RepresentativeFactory(centre=CompetenceCentreFactory(status=CentreStatus.MEMBER)).user
    leaving = voters[2]
    CompetenceCentre.objects.filter(pk=leaving.centre_representative.centre_id).update(status=CentreStatus.FORMER)
    for user in (outsider, candidate, joined_later, leaving):
        with pytest.raises(services.NotEligibleToVote):
            services.cast_vote(ballot, user, "yes")
    assert not Vote.objects.exists()


def test_early_close_only_by_the_secretariat_and_with_a_reason(ballot, voters, secretariat):
    with pytest.raises(PermissionDenied):
        services.close_ballot(ballot, voters[0], note="I want to")
    with pytest.raises(services.MembershipError):
        services.close_ballot(ballot, secretariat, note="")
    with pytest.raises(services.MembershipError):
        services.close_ballot(ballot)  # the scheduled close waits for the window to end
    assert Ballot.objects.get(pk=ballot.pk).closed_at is None
    services.close_ballot(ballot, secretariat, note="All centres voted.")
    ballot.refresh_from_db()
    assert ballot.closed_early and ballot.closed_by == secretariat


def test_close_due_ballots_closes_only_those_whose_window_ended(governance, secretariat, voters):
    old = ApplicationFactory()
    services.submit(old, old.applicant, notify=False)
    old_ballot = services.open_ballot(old, secretariat, notify=False, now=timezone.now() - timedelta(days=15))
    fresh = ApplicationFactory(country_id="PL")
    services.submit(fresh, fresh.applicant, notify=False)
    fresh_ballot = services.open_ballot(fresh, secretariat, notify=False)
    closed = services.close_due_ballots()
    assert closed == [old_ballot]
    assert Ballot.objects.get(pk=old_ballot.pk).closed_by is None
    assert Ballot.objects.get(pk=fresh_ballot.pk).closed_at is None
    assert services.close_due_ballots() == []


# Reminders and e-mail ---------------------------------------------------------------------------------------


def test_reminders_sent_once_to_non_voters_only(governance, submitted, secretariat):
    voters = member_representatives(3)
    colleague = RepresentativeFactory(centre=voters[2].centre_representative.centre).user
    ballot = services.open_ballot(submitted, secretariat, notify=False)
    services.cast_vote(ballot, voters[0], "yes")

    assert services.send_ballot_reminders(now=ballot.closes_at - timedelta(days=3)) == 0
    assert mail.outbox == []

    sent = services.send_ballot_reminders(now=ballot.closes_at - timedelta(days=1))
    assert sent == 2
    assert sorted(message.to[0] for message in mail.outbox) == sorted([voters[1].email, voters[2].email, colleague.email])
    assert "has not yet voted" in mail.outbox[0].body
    assert ballot.get_absolute_url() in mail.outbox[0].body

    mail.outbox.clear()
    assert services.send_ballot_reminders(now=ballot.closes_at - timedelta(hours=2)) == 0
    assert mail.outbox == []


def test_emails_to_applicant_secretariat_and_members(governance, secretariat, settings):
    voters = member_representatives(3)
    application = ApplicationFactory(contact_email="contact@centre.example.org")
    services.submit(application, application.applicant)
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [application.applicant.email, "contact@centre.example.org", settings.NETWORK_SECRETARIAT_EMAIL]
    )
    mail.outbox.clear()

    services.return_application(application, secretariat, "Please attach the decree.")
    assert {message.to[0] for message in mail.outbox} == {application.applicant.email, "contact@centre.example.org"}
    assert "Please attach the decree." in mail.outbox[0].body
    mail.outbox.clear()

    services.submit(application, application.applicant, notify=False)
    ballot = services.open_ballot(application, secretariat)
    applicant_addresses = [application.applicant.email, "contact@centre.example.org"]
    assert sorted(message.to[0] for message in mail.outbox) == sorted([*(voter.email for voter in voters), *applicant_addresses])
    to_voters = [message for message in mail.outbox if message.to[0] not in applicant_addresses]
    assert all(application.organisation in message.subject for message in to_voters)
    # The applicant is told that its application is put to the vote, as its status page promises, and until when.
    to_applicant = [message for message in mail.outbox if message.to[0] in applicant_addresses]
    assert all("put to the vote" in message.subject for message in to_applicant)
    closes = services.when_with_zone(ballot.closes_at)
    assert all(closes in message.body for message in mail.outbox)
    mail.outbox.clear()

    for voter in voters:
        services.cast_vote(ballot, voter, "yes")
    services.close_ballot(ballot, now=later(ballot, seconds=1))
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == sorted([application.applicant.email, "contact@centre.example.org", *(v.email for v in voters)])
    applicant_mail = next(message for message in mail.outbox if message.to == [application.applicant.email])
    assert "The network admits" in applicant_mail.body
    assert all(len(message.to) == 1 for message in mail.outbox)


def test_withdraw_until_the_ballot_opens(ballot, governance):
    with pytest.raises(services.MembershipError):
        services.withdraw(ballot.application, ballot.application.applicant)
    draft = ApplicationFactory()
    services.withdraw(draft, draft.applicant)
    draft.refresh_from_db()
    assert draft.status == ApplicationStatus.WITHDRAWN
    assert draft.events.get().action == ApplicationEvent.Action.WITHDRAWN
    # A new application may be started afterwards.
    assert services.start_application(draft.applicant).pk != draft.pk


def test_one_open_application_per_account(governance):
    user = UserFactory()
    first = services.start_application(user)
    assert services.start_application(user) == first
    with pytest.raises(services.MembershipError):
        services.save_draft(MembershipApplication(organisation="Second"), user)


def test_balance_report_counts_members_and_the_applicant(governance, submitted):
    member_representatives(3)  # Austria, Germany, the Netherlands; established 2010: experienced
    report = services.balance_for(submitted)
    assert (report.now.total, report.now.experienced, report.now.new) == (3, 3, 0)
    assert (report.after.total, report.after.new) == (4, 1)  # the applicant, established 2024, is new
    assert report.applicant_country.country_name == "Croatia"
    assert report.applicant_country.after == 1
    assert not report.applicant_country.over_limit_after


def test_a_name_with_line_breaks_cannot_break_the_mail_headers(governance):
    application = ApplicationFactory(organisation="Centre\nBcc: victim@example.org")
    services.submit(application, application.applicant)
    assert mail.outbox
    assert all("\n" not in message.subject for message in mail.outbox)
