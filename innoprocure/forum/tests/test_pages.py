"""Forum pages answer with bounded query counts, and caches never keep what a signed-in person sees."""

import pytest
from django.urls import reverse

from innoprocure.forum import services
from innoprocure.forum.models import GroupKind
from innoprocure.forum.tests.factories import GroupFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def busy_forum(open_group, author):
    from innoprocure.forum.models import Report

    for index in range(12):
        group = GroupFactory(kind=[GroupKind.OPEN, GroupKind.CLOSED, GroupKind.PRIVATE][index % 3])
        member(group, author)
        services.start_thread(group, author, f"Thread {index}", "Text")
    for index in range(30):
        thread = services.start_thread(open_group, author, f"Question {index}", "Text")
        newcomer = member(open_group)
        services.reply(thread, newcomer, "A newcomer's first reply, held for review")
        Report.objects.create(post=thread.posts.get(number=1), reporter=newcomer, reason="spam")
    from datetime import timedelta

    from django.utils import timezone

    from innoprocure.forum.models import EventAttendance, GroupEvent

    for index in range(8):
        starts = timezone.now() + timedelta(days=index - 3)
        event = GroupEvent.objects.create(group=open_group, title=f"Meeting {index}", starts_at=starts, ends_at=starts)
        for _person in range(5):
            EventAttendance.objects.create(event=event, user=member(open_group))
    return open_group


@pytest.mark.parametrize("name", ["index", "group", "notifications", "directory", "settings", "queue", "events", "event"])
def test_pages_have_bounded_queries(client, busy_forum, author, group_moderator, name, django_assert_max_num_queries):
    urls = {
        "index": reverse("forum:index"),
        "group": busy_forum.get_absolute_url(),
        "notifications": reverse("forum:notifications"),
        "directory": reverse("forum:directory"),
        "settings": reverse("forum:settings"),
        "queue": reverse("forum:queue"),
        "events": reverse("forum:events", args=[busy_forum.slug]),
        "event": busy_forum.events.last().get_absolute_url(),
    }
    client.force_login(group_moderator)
    with django_assert_max_num_queries(20):
        response = client.get(urls[name])
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_anonymous_views_of_open_groups_may_be_cached(client, open_group, author):
    thread = services.start_thread(open_group, author, "Public", "Text")
    for url in (reverse("forum:index"), open_group.get_absolute_url(), thread.get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 200
        assert "no-store" not in response.get("Cache-Control", "")


def test_unknown_group_and_thread_are_404(client, open_group):
    assert client.get("/forum/no-such-group/").status_code == 404
    assert client.get(f"{open_group.get_absolute_url()}999/").status_code == 404
