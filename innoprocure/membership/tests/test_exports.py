"""A person's membership data in their export, and what remains when they delete their account."""

import pytest

from innoprocure.accounts import exports as account_exports
from innoprocure.membership import services
from innoprocure.membership.models import ApplicationEvent, ApplicationStatus, MembershipApplication, VoteChange
from innoprocure.membership.tests.factories import ApplicationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_export_lists_applications_and_votes(ballot, voters):
    services.cast_vote(ballot, voters[0], "no", "Not national.")
    applicant_data = account_exports.collect(ballot.application.applicant)["membership"]
    assert applicant_data["applications"][0]["organisation"] == ballot.application.organisation
    assert [step["what"] for step in applicant_data["applications"][0]["timeline"]] == ["submitted", "ballot-opened"]
    voter_data = account_exports.collect(voters[0])["membership"]
    assert voter_data["votes_cast"][0]["vote"] == "no"
    assert voter_data["votes_cast"][0]["reason"] == "Not national."
    assert account_exports.collect(UserFactory()).get("membership") is None


def test_deleting_an_account_keeps_decisions_but_not_the_person(ballot, voters, governance):
    services.cast_vote(ballot, voters[0], "yes")
    voter = voters[0]
    account_exports.erase(voter)
    voter.delete()
    change = VoteChange.objects.get()
    assert change.cast_by is None
    assert "@" not in change.cast_by_label

    returned_applicant = UserFactory()
    kept = ApplicationFactory(applicant=returned_applicant, contact_email=returned_applicant.email)
    services.submit(kept, returned_applicant, notify=False)
    account_exports.erase(returned_applicant)
    returned_applicant.delete()
    kept.refresh_from_db()
    assert kept.status == ApplicationStatus.WITHDRAWN
    assert (kept.contact_name, kept.contact_email, kept.contact_phone) == ("", "", "")
    assert kept.organisation  # the organisation's record stays
    assert not ApplicationEvent.objects.filter(application=kept, actor_label__contains="@").exists()

    drafter = UserFactory()
    draft = ApplicationFactory(applicant=drafter)
    account_exports.erase(drafter)
    drafter.delete()
    assert not MembershipApplication.objects.filter(pk=draft.pk).exists()
