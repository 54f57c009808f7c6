"""Posting under load: 50 replies sent at once to one thread are all kept, each with its own number, and each tells
the thread's followers once.

Real concurrency needs PostgreSQL (row locks, concurrent connections): each reply is a real request in its own thread
with its own database connection, all released at the same instant. SQLite serialises writers anyway, so there is
nothing to race there."""

import pytest
from django.conf import settings
from django.test import Client

from innoprocure.accounts.tests.factories import UserFactory
from innoprocure.forum import services
from innoprocure.forum.models import ForumProfile, Membership, Notification, NotificationKind, Post, Thread
from innoprocure.forum.tests.factories import member, moderator, trusted
from innoprocure.membership.tests.test_concurrency import run_in_parallel

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="concurrent writers need PostgreSQL: SQLite serialises them, so no race can happen there",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

REPLIES = 50


def _post_all_at_once(clients, url):
    responses = run_in_parallel(
        [
            lambda client=client, index=index: client.post(url, {"body": f"Reply number {index}"})
            for index, client in enumerate(clients)
        ]
    )
    assert all(not isinstance(response, Exception) for response in responses), responses
    assert [response.status_code for response in responses] == [302] * len(clients)


def test_fifty_concurrent_replies_lose_none_and_duplicate_none(private_group):
    opener = member(private_group)
    thread = services.start_thread(private_group, opener, "Busy day", "Everybody answer at once, please.")
    repliers = [member(private_group, email=f"replier{index}@example.org") for index in range(REPLIES)]
    clients = []
    for replier in repliers:
        client = Client()
        client.force_login(replier)
        clients.append(client)

    _post_all_at_once(clients, f"{thread.get_absolute_url()}reply/")

    posts = list(Post.objects.filter(thread=thread).order_by("number"))
    assert [post.number for post in posts] == list(range(1, REPLIES + 2))  # none lost, none shared, none skipped
    assert sorted(post.body for post in posts[1:]) == sorted(f"Reply number {i}" for i in range(REPLIES))
    assert len({post.author_id for post in posts[1:]}) == REPLIES
    # Numbers follow the order the replies were written in, and the thread's last activity is the last reply's.
    assert [post.created_at for post in posts] == sorted(post.created_at for post in posts)
    thread = Thread.objects.get(pk=thread.pk)
    assert thread.post_count == REPLIES + 1
    assert thread.last_activity_at >= posts[-1].created_at
    # The opener follows the thread: one notification per reply, none twice.
    told = Notification.objects.filter(user=opener, kind=NotificationKind.REPLY)
    assert sorted(told.values_list("post__number", flat=True)) == list(range(2, REPLIES + 2))
    # Nobody is told of their own reply.
    assert not any(Notification.objects.filter(user=post.author, post=post).exists() for post in posts[1:])
    # Every reply is on the thread's pages, in order.
    reader = Client()
    reader.force_login(opener)
    page = reader.get(thread.get_absolute_url()).content.decode()
    assert f"{REPLIES} replies" in page
    positions = [page.index(f"Reply number {i}<") for i in range(REPLIES)]
    by_number = sorted(range(REPLIES), key=lambda i: next(p.number for p in posts if p.body == f"Reply number {i}"))
    assert sorted(positions) == [positions[i] for i in by_number]


def test_fifty_newcomers_with_the_same_name_reply_at_once(open_group):
    """Their first posts: each joins the group and gets a handle of their own, and each post waits for review."""
    opener = trusted(member(open_group))
    group_moderator = moderator(open_group)
    thread = services.start_thread(open_group, opener, "Who is new here?", "Say hello.")
    clients = []
    for index in range(REPLIES):
        client = Client()
        client.force_login(UserFactory(first_name="Anna", last_name="Svensson", email=f"anna{index}@example.org"))
        clients.append(client)

    _post_all_at_once(clients, f"{thread.get_absolute_url()}reply/")

    posts = Post.objects.filter(thread=thread)
    assert sorted(posts.values_list("number", flat=True)) == list(range(1, REPLIES + 2))
    assert posts.filter(awaiting_review=True).count() == REPLIES
    assert Thread.objects.get(pk=thread.pk).post_count == REPLIES + 1
    newcomers = ForumProfile.objects.filter(user__email__startswith="anna")
    assert newcomers.count() == REPLIES and newcomers.values("handle").distinct().count() == REPLIES
    assert Membership.objects.filter(group=open_group, user__email__startswith="anna", status="active").count() == REPLIES
    reviews = Notification.objects.filter(user=group_moderator, kind=NotificationKind.REVIEW)
    assert sorted(reviews.values_list("post__number", flat=True)) == list(range(2, REPLIES + 2))
