from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from innoprocure.core.roles import setup_roles
from innoprocure.membership import demo
from innoprocure.membership.models import ApplicationStatus, Ballot, MembershipApplication, Vote, VoteChange
from innoprocure.network import demo as network_demo
from innoprocure.network.models import CentreStatus, CompetenceCentre

pytestmark = pytest.mark.django_db


def test_demo_has_applications_in_every_state_and_loads_idempotently():
    setup_roles()  # as the core demo does before every section's
    network_demo.load(StringIO())
    demo.load(StringIO())
    statuses = set(MembershipApplication.objects.values_list("status", flat=True))
    assert {"draft", "submitted", "returned", "voting", "admitted", "rejected"} <= statuses

    returned = MembershipApplication.objects.get(status=ApplicationStatus.RETURNED)
    assert "government decision" in returned.last_return_comment()
    voting = Ballot.objects.get(closed_at__isnull=True)
    assert 0 < voting.votes.count() < voting.electorate_size
    admitted = MembershipApplication.objects.get(status=ApplicationStatus.ADMITTED)
    assert admitted.centre.status == CentreStatus.MEMBER
    # The centre admitted in the past votes in today's ballot.
    assert voting.electorate.filter(pk=admitted.centre_id).exists()
    rejected = MembershipApplication.objects.get(status=ApplicationStatus.REJECTED)
    assert "not admitted" in rejected.ballot.outcome_statement

    applicant = get_user_model().objects.get(email="applicant-pl@example.org")
    assert applicant.check_password(demo.DEFAULT_PASSWORD)
    assert EmailAddress.objects.get(user=applicant).verified
    secretariat = get_user_model().objects.get(email="secretariat@example.org")
    assert secretariat.has_perm("membership.manage_applications")

    counts = (
        MembershipApplication.objects.count(),
        Ballot.objects.count(),
        Vote.objects.count(),
        VoteChange.objects.count(),
        CompetenceCentre.objects.count(),
        get_user_model().objects.count(),
    )
    demo.load(StringIO())
    assert counts == (
        MembershipApplication.objects.count(),
        Ballot.objects.count(),
        Vote.objects.count(),
        VoteChange.objects.count(),
        CompetenceCentre.objects.count(),
        get_user_model().objects.count(),
    )
