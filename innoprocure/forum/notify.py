"""Who hears about what. In-site notifications are rows; e-mails go out from a background task (tasks.py), in the
recipient's language, either at once or in the daily digest (their choice), and only while they may still see it.

Replies reach the people following the thread (its author and everyone who replied follow it by default) and the
group's followers; a mute on the thread or the group wins. A mention reaches the person mentioned — if they may read
the group: mentioning somebody outside a private group tells them nothing.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction
from django.db.models import Q

from innoprocure.forum import policy, text
from innoprocure.forum.models import (
    FollowLevel,
    ForumProfile,
    GroupKind,
    MemberRole,
    Membership,
    MembershipStatus,
    Notification,
    NotificationKind,
    Subscription,
)
from innoprocure.forum.people import display_name
from innoprocure.forum.tasks import send_notification_emails


def for_reader(user):
    """The user's notifications about what they may still read: after leaving a closed or private group, its
    discussions' and events' titles are no longer shown to them (decisions on their requests and questions to an
    applicant, which name no content, stay)."""
    readable = Q(group__kind=GroupKind.OPEN) | Q(
        group__in=Membership.objects.filter(user=user, status__in=(MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED)).values(
            "group"
        )
    )
    if policy.is_forum_moderator(user):
        readable |= Q(group__kind=GroupKind.CLOSED)
    readable |= Q(kind__in=(NotificationKind.JOIN_DECIDED, NotificationKind.QUESTION))
    return Notification.objects.filter(readable, user=user)


def _name(user):
    return str(display_name(user)) if user is not None else ""


def create(recipients, kind, group, thread=None, post=None, actor=None, event=None):
    """One notification per recipient (never the actor), then the e-mails after the transaction commits."""
    recipients = {user.pk: user for user in recipients if user is not None and user.is_active}
    if actor is not None:
        recipients.pop(actor.pk, None)
    if not recipients:
        return []
    rows = Notification.objects.bulk_create(
        [
            Notification(user=user, kind=kind, group=group, thread=thread, post=post, event=event, actor_name=_name(actor))
            for user in recipients.values()
        ]
    )
    ids = [row.pk for row in rows if row.pk is not None] or list(
        Notification.objects.filter(
            user_id__in=recipients, kind=kind, group=group, thread=thread, post=post, event=event
        ).values_list("pk", flat=True)
    )

    def send():
        send_notification_emails.enqueue(ids)

    transaction.on_commit(send)
    return rows


def person(user, kind, group, thread=None, post=None, actor=None):
    return create([user], kind, group, thread=thread, post=post, actor=actor)


def moderator_users(group):
    """The group's moderators, and for open and closed groups the forum moderators too."""
    users = get_user_model().objects.filter(is_active=True)
    condition = Q(
        forum_memberships__group=group,
        forum_memberships__role=MemberRole.MODERATOR,
        forum_memberships__status=MembershipStatus.ACTIVE,
    )
    if group.kind != GroupKind.PRIVATE:
        app_label, codename = policy.MODERATE_FORUM.split(".")
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:
            condition |= Q(groups__permissions=permission) | Q(user_permissions=permission) | Q(is_superuser=True)
    return list(users.filter(condition).distinct())


def moderators(group, kind, thread=None, post=None, actor=None):
    return create(moderator_users(group), kind, group, thread=thread, post=post, actor=actor)


def _readers(users, group):
    """Those of `users` who may read the group's discussions now."""
    return [user for user in users if policy.can_read_discussions(user, group)]


def post_published(post, kind):
    """A new discussion or reply is visible: tell the mentioned, the followers of the thread and of the group."""
    thread, group = post.thread, post.thread.group
    subscriptions = Subscription.objects.filter(Q(thread=thread) | Q(group=group, thread__isnull=True)).select_related("user")
    thread_levels, group_levels = {}, {}
    for subscription in subscriptions:
        target = thread_levels if subscription.thread_id else group_levels
        target[subscription.user_id] = subscription
    muted = {uid for uid, sub in thread_levels.items() if sub.level == FollowLevel.MUTE}
    muted |= {uid for uid, sub in group_levels.items() if sub.level == FollowLevel.MUTE and uid not in thread_levels}
    followers = {
        sub.user_id: sub.user
        for sub in [*group_levels.values(), *thread_levels.values()]
        if sub.level == FollowLevel.FOLLOW and sub.user_id not in muted
    }
    handles = text.mentioned_handles(post.body)
    mentioned = []
    if handles:
        profiles = ForumProfile.objects.filter(handle__in=handles).select_related("user")
        mentioned = _readers([profile.user for profile in profiles], group)
    if post.for_applicant and thread.ballot_id:
        applicant = thread.ballot.application.applicant
        if applicant is not None:
            create([applicant], NotificationKind.QUESTION, group, thread=thread, post=post, actor=post.author)
    create(mentioned, NotificationKind.MENTION, group, thread=thread, post=post, actor=post.author)
    mentioned_ids = {user.pk for user in mentioned}
    others = [user for uid, user in followers.items() if uid not in mentioned_ids]
    create(_readers(others, group), kind, group, thread=thread, post=post, actor=post.author)


def event_scheduled(event, actor):
    """A new event: the group's members and followers hear of it, unless they muted the group."""
    group = event.group
    subscriptions = Subscription.objects.filter(group=group, thread__isnull=True).select_related("user")
    muted = {sub.user_id for sub in subscriptions if sub.level == FollowLevel.MUTE}
    people = {sub.user_id: sub.user for sub in subscriptions if sub.level == FollowLevel.FOLLOW}
    members = get_user_model().objects.filter(forum_memberships__group=group, forum_memberships__status=MembershipStatus.ACTIVE)
    people.update({user.pk: user for user in members})
    readers = _readers([user for uid, user in people.items() if uid not in muted], group)
    return create(readers, NotificationKind.EVENT, group, event=event, actor=actor)


def event_changed(event, kind, actor):
    """A change of time or place, or a cancellation: those who said they take part are told."""
    people = [attendance.user for attendance in event.attendances.select_related("user")]
    return create(_readers(people, event.group), kind, event.group, event=event, actor=actor)
