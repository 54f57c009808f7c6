"""No double vote under concurrent requests, and no vote slips in while a ballot closes.

These need real row locks and concurrent connections, which only PostgreSQL gives us; SQLite serialises writers
anyway (and the tests would prove nothing there)."""

import threading

import pytest
from django.conf import settings
from django.db import connections
from django.test import Client

from innoprocure.membership import services
from innoprocure.membership.models import Ballot, Vote, VoteChange
from innoprocure.membership.tests.factories import (
    ApplicationFactory,
    RepresentativeFactory,
    member_representatives,
    secretariat_user,
)

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif("postgresql" not in settings.DATABASES["default"]["ENGINE"], reason="needs PostgreSQL row locking"),
    # Restore what migrations created (the page tree root, countries …) for the tests that run after these.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PARALLEL = 8


def run_in_parallel(jobs):
    """Start every job at the same instant in its own thread (own database connection); return results or errors."""
    barrier = threading.Barrier(len(jobs))
    results = [None] * len(jobs)

    def worker(index, job):
        try:
            barrier.wait(timeout=10)
            results[index] = job()
        except Exception as error:  # the test reports whatever went wrong in a thread
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(index, job)) for index, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def open_ballot(voter_count):
    secretariat = secretariat_user()
    voters = member_representatives(voter_count)
    application = ApplicationFactory()
    services.submit(application, application.applicant, notify=False)
    return services.open_ballot(application, secretariat, notify=False), voters


def test_parallel_requests_for_one_centre_leave_exactly_one_vote(governance):
    ballot, voters = open_ballot(3)
    centre = voters[0].centre_representative.centre
    # The centre's representative and a colleague press "vote" in several tabs at once.
    colleague = RepresentativeFactory(centre=centre).user
    clients = []
    for index in range(PARALLEL):
        client = Client()
        client.force_login(voters[0] if index % 2 else colleague)
        clients.append((client, "yes" if index % 2 else "abstain"))
    url = ballot.get_absolute_url()

    responses = run_in_parallel(
        [lambda client=client, choice=choice: client.post(url, {"choice": choice}) for client, choice in clients]
    )

    assert all(not isinstance(response, Exception) for response in responses), responses
    assert [response.status_code for response in responses] == [302] * PARALLEL
    assert Vote.objects.filter(ballot=ballot, centre=centre).count() == 1
    assert VoteChange.objects.filter(ballot=ballot, centre=centre).count() == PARALLEL
    # The vote that stands is the last one recorded.
    last = VoteChange.objects.filter(ballot=ballot, centre=centre).order_by("recorded_at", "pk").last()
    assert Vote.objects.get(ballot=ballot, centre=centre).choice == last.choice


def test_parallel_first_votes_of_different_centres_all_count(governance):
    ballot, voters = open_ballot(PARALLEL)
    results = run_in_parallel([lambda voter=voter: services.cast_vote(ballot, voter, "yes") for voter in voters])
    assert all(isinstance(result, Vote) for result in results), results
    assert Vote.objects.filter(ballot=ballot).count() == PARALLEL


def test_votes_racing_the_close_are_either_counted_or_refused(governance):
    ballot, voters = open_ballot(PARALLEL)
    secretariat = secretariat_user()
    jobs = [lambda voter=voter: services.cast_vote(ballot, voter, "yes") for voter in voters]
    jobs.insert(PARALLEL // 2, lambda: services.close_ballot(ballot, secretariat, note="Closing during the vote."))

    results = run_in_parallel(jobs)

    closed = Ballot.objects.get(pk=ballot.pk)
    assert closed.closed_at is not None
    accepted = [result for result in results if isinstance(result, Vote)]
    refused = [result for result in results if isinstance(result, services.MembershipError)]
    assert len(accepted) + len(refused) == PARALLEL
    # Exactly the votes that were accepted are in the tally: none slipped in after the close.
    assert closed.yes_count == len(accepted) == Vote.objects.filter(ballot=ballot).count()
    assert all(change.recorded_at <= closed.closed_at for change in VoteChange.objects.filter(ballot=ballot))
