from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from innoprocure.core.roles import setup_roles
from innoprocure.demo.loaders import membership as demo
from innoprocure.demo.loaders import network as network_demo
from innoprocure.membership.models import ApplicationStatus, Ballot, MembershipApplication, Vote, VoteChange
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


def test_demo_applicants_are_fictional_and_labelled_wherever_they_appear(client):
    """The demo invents applicants: each is a fictional body in one of the demo's fictional places, flagged
    illustrative, and the centre it becomes on admission carries the "Illustrative example" label on its page, in the
    directory and in the API, while the real centres do not."""
    from innoprocure.demo.loaders.resources_generated import BUYERS

    setup_roles()
    network_demo.load(StringIO())
    demo.load(StringIO())
    fictional_places = {place for buyers in BUYERS.values() for _buyer, place, _country, _kind in buyers}
    real_names = {row[1] for row in network_demo.CENTRES} | {row[3] for row in network_demo.CENTRES}
    for application in MembershipApplication.objects.all():
        assert application.illustrative, application.organisation
        assert application.organisation not in real_names
        assert any(place in application.organisation for place in fictional_places), application.organisation
        assert any(place in application.parent_organisation for place in fictional_places), application.parent_organisation

    admitted = MembershipApplication.objects.get(status=ApplicationStatus.ADMITTED).centre
    assert admitted.illustrative
    assert not CompetenceCentre.objects.exclude(pk=admitted.pk).filter(illustrative=True).exists()
    assert "Illustrative example" in client.get(admitted.get_absolute_url()).content.decode()
    real = CompetenceCentre.objects.get(slug="pianoo")
    assert "Illustrative example" not in client.get(real.get_absolute_url()).content.decode()
    assert client.get("/network/members/").content.decode().count("Illustrative example") == 1
    flags = {centre["slug"]: centre["illustrative"] for centre in client.get("/api/v1/network/centres").json()["results"]}
    assert flags[admitted.slug] is True and flags["pianoo"] is False

    client.force_login(get_user_model().objects.get(email="applicant-lv@example.org"))
    ballots = client.get("/network/membership/ballots/").content.decode()
    assert "Dzintarpils Competence Centre for Innovation Procurement" in ballots
    assert "Illustrative example" in ballots
