"""Vote secrecy: before a ballot closes nobody — administrators included — sees how a centre voted, on any page,
admin view, export or audit detail. After the close everything is visible."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from innoprocure.core.roles import ADMINISTRATORS
from innoprocure.membership import services
from innoprocure.membership.models import Vote, VoteChange
from innoprocure.membership.secrecy import can_see_votes
from innoprocure.membership.tests.factories import UserFactory, secretariat_user, with_authenticator

pytestmark = pytest.mark.django_db

SECRET_REASON = "Not a national body."


@pytest.fixture
def voted(ballot, voters):
    services.cast_vote(ballot, voters[0], "no", SECRET_REASON)
    services.cast_vote(ballot, voters[1], "yes")
    return ballot


@pytest.fixture
def superuser(client):
    user = with_authenticator(UserFactory(is_staff=True, is_superuser=True, email="root@example.org"))
    client.force_login(user)
    return user


def _audit_event_url(ballot):
    from innoprocure.audit.models import AuditEvent

    event = AuditEvent.objects.get(action="membership.vote.cast", target_id=str(ballot.pk), details__choice="no")
    return reverse("audit_log:inspect", args=[event.pk])


def admin_pages(ballot):
    vote, change = Vote.objects.get(ballot=ballot, choice="no"), VoteChange.objects.get(ballot=ballot, choice="no")
    return [
        reverse("vote:index"),
        reverse("vote:index") + f"?ballot={ballot.pk}",
        reverse("vote:index_results") + f"?ballot={ballot.pk}",
        reverse("votechange:index"),
        reverse("ballot:inspect", args=[ballot.pk]),
        reverse("membershipapplication:inspect", args=[ballot.application.pk]),
        reverse("audit_log:index") + "?export=csv",
        reverse("audit_log:index") + "?export=xlsx",
        _audit_event_url(ballot),
        reverse("vote:inspect", args=[vote.pk]),
        reverse("votechange:inspect", args=[change.pk]),
    ]


def test_nobody_may_see_votes_of_an_open_ballot(voted, voters, secretariat, superuser):
    for user in (superuser, secretariat, voters[0], voters[2]):
        assert not can_see_votes(user, voted)


def test_a_superuser_sees_no_vote_of_an_open_ballot_anywhere_in_the_admin(client, voted, voters, superuser):
    centre = voters[0].centre_representative.centre.name
    for url in admin_pages(voted):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if url.endswith("xlsx"):
            continue  # zipped: checked below through the CSV export of the same rows
        text = body.decode()
        assert SECRET_REASON not in text, url
        assert "'no'" not in text and "choice: no" not in text, url
        if "/vote" in url:  # the listings name the centres that voted in a row next to their choice
            assert centre not in text, url


def test_the_xlsx_audit_export_hides_the_vote(client, voted, superuser):
    import io

    import openpyxl

    response = client.get(reverse("audit_log:index") + "?export=xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    cells = " ".join(str(cell.value) for row in workbook.active.iter_rows() for cell in row)
    assert "membership.vote.cast" in cells
    assert SECRET_REASON not in cells and "'choice'" not in cells


def test_administrators_role_sees_no_vote_either(client, voted):
    administrator = with_authenticator(UserFactory(is_staff=True, email="admin-role@example.org"))
    secretariat_user(full_roles=True, email="unused@example.org")
    administrator.groups.add(Group.objects.get(name=ADMINISTRATORS))
    client.force_login(administrator)
    for url in admin_pages(voted):
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert SECRET_REASON.encode() not in body, url


def test_the_secretariat_desk_shows_who_voted_but_not_how(client, voted, secretariat):
    client.force_login(secretariat)
    page = client.get(reverse("membership:secretariat_application", args=[voted.application.pk])).content.decode()
    assert "vote hidden until the close" in page
    assert SECRET_REASON not in page
    ballot_page = client.get(voted.get_absolute_url()).content.decode()
    assert "How each centre voted" not in ballot_page and SECRET_REASON not in ballot_page


def test_after_the_close_the_votes_are_visible_to_administrators(client, voted, superuser, secretariat):
    services.close_ballot(voted, secretariat, note="Everybody voted.", notify=False)
    voted.refresh_from_db()
    assert can_see_votes(superuser, voted)
    centre = Vote.objects.get(ballot=voted, choice="no").centre.name
    assert centre in client.get(reverse("vote:index")).content.decode()
    assert SECRET_REASON in client.get(reverse("ballot:inspect", args=[voted.pk])).content.decode()
    assert SECRET_REASON in client.get(_audit_event_url(voted)).content.decode()
    export = b"".join(client.get(reverse("audit_log:index") + "?export=csv").streaming_content).decode()
    assert SECRET_REASON in export
