"""P2I Network deliberation: a members-only discussion for each open ballot; the applicant sees only the questions
addressed to them and answers them."""

import pytest
from django.urls import reverse

from innoprocure.forum import deliberation, services
from innoprocure.forum.models import ForumGroup, GroupKind, Notification, NotificationKind, Thread

pytestmark = pytest.mark.django_db


@pytest.fixture
def network_group(db):
    return ForumGroup.objects.create(
        name="P2I Network members", slug=deliberation.P2I_GROUP_SLUG, kind=GroupKind.PRIVATE, summary="Members"
    )


@pytest.fixture
def ballot(network_group, django_capture_on_commit_callbacks):
    from innoprocure.membership import services as membership
    from innoprocure.membership.tests.factories import ApplicationFactory, member_representatives, secretariat_user

    representatives = member_representatives(2)
    application = ApplicationFactory()
    membership.submit(application, application.applicant, notify=False)
    with django_capture_on_commit_callbacks(execute=True):
        ballot = membership.open_ballot(application, secretariat_user(), notify=False)
    ballot.representatives = representatives
    return ballot


def test_representatives_are_members_and_an_open_ballot_gets_a_discussion(client, ballot, network_group):
    thread = Thread.objects.get(ballot=ballot)
    assert thread.group == network_group
    representative = ballot.representatives[0]
    client.force_login(representative)
    page = client.get(reverse("membership:ballot", args=[ballot.pk])).content.decode()
    assert thread.get_absolute_url() in page
    assert client.get(thread.get_absolute_url()).status_code == 200


def test_applicant_sees_only_questions_addressed_to_them(client, ballot):
    thread = Thread.objects.get(ballot=ballot)
    representative, other = ballot.representatives
    services.reply(thread, representative, "Between us: their budget looks thin.")
    question = services.reply(thread, other, "Could you describe your staffing for 2027?", for_applicant=True)
    applicant = ballot.application.applicant
    assert Notification.objects.filter(user=applicant, kind=NotificationKind.QUESTION).exists()
    client.force_login(applicant)
    assert client.get(thread.get_absolute_url()).status_code == 404
    page = client.get(reverse("forum:applicant_questions", args=[thread.pk])).content.decode()
    assert "staffing for 2027" in page
    assert "budget looks thin" not in page
    client.post(
        reverse("forum:applicant_questions", args=[thread.pk]), {"question": question.pk, "body": "Four people full time."}
    )
    answer = thread.posts.get(answers=question)
    assert answer.author == applicant
    client.force_login(representative)
    assert "Four people full time." in client.get(thread.get_absolute_url()).content.decode()
    # Somebody else's applicant page does not exist for anyone but the applicant.
    assert client.get(reverse("forum:applicant_questions", args=[thread.pk])).status_code == 404


def test_applicant_cannot_answer_other_posts(client, ballot):
    thread = Thread.objects.get(ballot=ballot)
    internal = services.reply(thread, ballot.representatives[0], "Internal remark.")
    client.force_login(ballot.application.applicant)
    response = client.post(reverse("forum:applicant_questions", args=[thread.pk]), {"question": internal.pk, "body": "Sneaky"})
    assert response.status_code == 400
    assert not thread.posts.filter(body="Sneaky").exists()


def test_outsider_gets_no_link_from_the_ballot(ballot):
    from innoprocure.accounts.tests.factories import UserFactory

    assert deliberation.link_for(UserFactory(), ballot) == ""


def test_closing_the_ballot_locks_its_deliberation(ballot):
    from innoprocure.membership import services as membership
    from innoprocure.membership.tests.factories import secretariat_user

    membership.close_ballot(ballot, secretariat_user(), note="Closing for the test.", notify=False)
    assert Thread.objects.get(ballot=ballot).locked
