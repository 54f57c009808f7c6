"""Posting under load: 50 replies sent at once to one thread are all kept, each with its own number.

Real concurrency needs PostgreSQL (row locks, concurrent connections); SQLite serialises writers anyway."""

import pytest
from django.conf import settings
from django.test import Client

from innoprocure.forum import services
from innoprocure.forum.models import Post, Thread
from innoprocure.forum.tests.factories import member
from innoprocure.membership.tests.test_concurrency import run_in_parallel

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif("postgresql" not in settings.DATABASES["default"]["ENGINE"], reason="needs PostgreSQL row locking"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

REPLIES = 50


def test_fifty_concurrent_replies_lose_none_and_duplicate_none(private_group):
    opener = member(private_group)
    thread = services.start_thread(private_group, opener, "Busy day", "Everybody answer at once, please.")
    clients = []
    for index in range(REPLIES):
        client = Client()
        client.force_login(member(private_group, email=f"replier{index}@example.org"))
        clients.append(client)
    url = f"{thread.get_absolute_url()}reply/"

    responses = run_in_parallel(
        [
            lambda client=client, index=index: client.post(url, {"body": f"Reply number {index}"})
            for index, client in enumerate(clients)
        ]
    )

    assert all(not isinstance(response, Exception) for response in responses), responses
    assert [response.status_code for response in responses] == [302] * REPLIES
    posts = Post.objects.filter(thread=thread)
    assert posts.count() == REPLIES + 1
    assert sorted(posts.values_list("number", flat=True)) == list(range(1, REPLIES + 2))
    assert sorted(posts.exclude(number=1).values_list("body", flat=True)) == sorted(f"Reply number {i}" for i in range(REPLIES))
    assert Thread.objects.get(pk=thread.pk).post_count == REPLIES + 1
