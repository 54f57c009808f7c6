"""Joining groups, moderators' decisions, reports, held posts and suspensions — all audited."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from innoprocure.audit.log import trail
from innoprocure.audit.models import AuditEvent
from innoprocure.forum import services
from innoprocure.forum.models import Membership, MembershipStatus, Notification, NotificationKind, Report
from innoprocure.forum.tests.factories import member, moderator, trusted

pytestmark = pytest.mark.django_db


def test_join_an_open_group_with_one_click(client, open_group, outsider):
    client.force_login(outsider)
    client.post(reverse("forum:join", args=[open_group.slug]))
    assert Membership.objects.get(group=open_group, user=outsider).status == MembershipStatus.ACTIVE


def test_closed_group_request_approved_by_its_moderator(client, closed_group, outsider):
    boss = moderator(closed_group)
    client.force_login(outsider)
    page = client.get(reverse("forum:ask_to_join", args=[closed_group.slug]))
    assert "Buyers of hospitals only." in page.content.decode()
    response = client.post(reverse("forum:ask_to_join", args=[closed_group.slug]), {"message": ""})
    assert response.status_code == 400  # the reason is required, and said so by the field
    client.post(reverse("forum:ask_to_join", args=[closed_group.slug]), {"message": "I buy for a hospital in Graz."})
    membership = Membership.objects.get(group=closed_group, user=outsider)
    assert membership.status == MembershipStatus.REQUESTED
    assert Notification.objects.filter(user=boss, kind=NotificationKind.JOIN_REQUEST).exists()
    assert client.get(reverse("forum:new_thread", args=[closed_group.slug])).status_code == 403
    # Another member cannot decide; the moderator can.
    client.force_login(member(closed_group))
    client.post(reverse("forum:decide_membership", args=[closed_group.slug, membership.pk]), {"action": "approve"})
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.REQUESTED
    client.force_login(boss)
    client.post(
        reverse("forum:decide_membership", args=[closed_group.slug, membership.pk]), {"action": "approve", "note": "Welcome"}
    )
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.ACTIVE
    assert Notification.objects.filter(user=outsider, kind=NotificationKind.JOIN_DECIDED).exists()
    assert [event.action for event in trail(membership)] == ["forum.membership.approved"]


def test_report_then_hide(client, open_group, author, group_moderator, outsider):
    thread = services.start_thread(open_group, author, "Cheap pumps", "Buy from my cousin's shop!")
    post = thread.posts.get()
    client.force_login(outsider)
    client.post(reverse("forum:report", args=[post.pk]), {"reason": "spam", "note": "Advertising"})
    assert Report.objects.filter(post=post, reporter=outsider, resolved_at__isnull=True).exists()
    assert Notification.objects.filter(user=group_moderator, kind=NotificationKind.REPORT).exists()
    client.force_login(group_moderator)
    queue = client.get(reverse("forum:queue")).content.decode()
    assert "Buy from my cousin" in queue
    client.post(reverse("forum:moderate_post", args=[post.pk]), {"action": "hide", "reason": "Advertising", "next": "queue"})
    post.refresh_from_db()
    assert post.hidden
    assert Report.objects.get(post=post).outcome == "hide"
    event = AuditEvent.objects.get(action="forum.post.hide")
    assert event.actor == group_moderator and event.details["reason"] == "Advertising"
    client.force_login(outsider)
    assert "Buy from my cousin" not in client.get(thread.get_absolute_url()).content.decode()


def test_only_moderators_moderate(client, open_group, author, outsider):
    thread = services.start_thread(open_group, author, "Locked?", "Try.")
    client.force_login(outsider)
    client.post(reverse("forum:moderate_thread", args=[open_group.slug, thread.pk]), {"action": "lock"})
    thread.refresh_from_db()
    assert not thread.locked
    assert client.get(reverse("forum:queue")).status_code == 403


def test_lock_pin_and_move(client, open_group, author, group_moderator, closed_group):
    thread = services.start_thread(open_group, author, "Moving", "Belongs elsewhere.")
    moderator(closed_group, group_moderator)
    client.force_login(group_moderator)
    url = reverse("forum:moderate_thread", args=[open_group.slug, thread.pk])
    client.post(url, {"action": "lock"})
    client.post(url, {"action": "pin"})
    thread.refresh_from_db()
    assert thread.locked and thread.pinned
    with pytest.raises(services.ForumError):
        services.reply(thread, author, "Too late")
    client.post(url, {"action": "move", "group": closed_group.pk})
    thread.refresh_from_db()
    assert thread.group == closed_group
    assert {event.action for event in trail(thread)} == {"forum.thread.lock", "forum.thread.pin", "forum.thread.move"}


def test_new_members_first_posts_wait_for_review_and_links_are_limited(client, open_group, group_moderator, outsider):
    with pytest.raises(services.ForumError, match="at most 2 links"):
        services.start_thread(open_group, outsider, "Spam", "https://a.example https://b.example https://c.example")
    thread = services.start_thread(open_group, outsider, "Hello", "My first question.")
    post = thread.posts.get()
    assert post.awaiting_review
    assert Notification.objects.filter(user=group_moderator, kind=NotificationKind.REVIEW).exists()
    assert "My first question." not in client.get(thread.get_absolute_url()).content.decode()
    client.force_login(outsider)  # the author sees it, marked as waiting
    assert "Awaiting a moderator" in client.get(thread.get_absolute_url()).content.decode()
    services.moderate_post(post, group_moderator, "approve")
    client.logout()
    assert "My first question." in client.get(thread.get_absolute_url()).content.decode()


def test_suspended_members_read_but_do_not_write(open_group, author, group_moderator):
    membership = Membership.objects.get(group=open_group, user=author)
    services.set_member_status(membership, group_moderator, suspended=True, reason="Repeated insults")
    author.__dict__.pop("_forum_memberships", None)
    thread = services.start_thread(open_group, group_moderator, "After", "Text")
    with pytest.raises(services.ForumError):
        services.reply(thread, author, "I am back")
    assert AuditEvent.objects.filter(action="forum.member.suspended", actor=group_moderator).exists()


def test_forum_wide_suspension_by_a_forum_moderator(client, open_group, author):
    from django.contrib.auth.models import Group

    from innoprocure.accounts.tests.factories import UserFactory, activate_totp
    from innoprocure.core.roles import FORUM_MODERATORS, setup_roles

    setup_roles()
    staff = UserFactory()
    staff.groups.add(Group.objects.get(name=FORUM_MODERATORS))
    activate_totp(staff)
    client.force_login(staff)
    response = client.post(
        reverse("forum:suspend_from_forum", args=[author.forum_profile.handle]), {"action": "suspend", "reason": "Spam"}
    )
    assert response.status_code == 302
    author.forum_profile.refresh_from_db()
    assert author.forum_profile.suspended
    with pytest.raises(PermissionDenied):
        services.start_thread(open_group, author, "Still here?", "Text")
    assert AuditEvent.objects.filter(action="forum.user.suspended").exists()


def test_guidelines_page(client):
    assert "Community guidelines" in client.get(reverse("forum:guidelines")).content.decode()


def test_group_members_page_lists_requests_for_moderators_only(client, closed_group):
    boss = moderator(closed_group)
    asking = member(closed_group, status="requested", first_name="Rita", last_name="Request")
    client.force_login(trusted(member(closed_group), closed_group))
    assert "Rita Request" not in client.get(reverse("forum:members", args=[closed_group.slug])).content.decode()
    client.force_login(boss)
    assert "Rita Request" in client.get(reverse("forum:members", args=[closed_group.slug])).content.decode()
    assert asking
