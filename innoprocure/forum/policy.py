"""Who may do what in the forum: one function per rule, used by views, services, search, the API and e-mails.

    Open groups      anyone may read; anyone signed in may join and post.
    Closed groups    anyone may read the description and entry requirements; members read and post;
                     joining is on request, decided by the group's moderators.
    Private groups   exist only for their members (everyone else gets a 404, and search, sitemap, feeds and the API
                     never show them).

Forum moderators (the role) moderate every open and closed group; a private group is moderated by its own
moderators only, so that its content never leaves the group. A suspended member reads but cannot write.
"""

from innoprocure.forum.models import GroupKind, MemberRole, MembershipStatus

MODERATE_FORUM = "forum.moderate_forum"


def membership_of(user, group):
    """The user's Membership of the group or None; remembered on the user for the rest of the request."""
    if user is None or not user.is_authenticated:
        return None
    cache = user.__dict__.setdefault("_forum_memberships", {})
    if group.pk not in cache:
        cache[group.pk] = group.memberships.filter(user=user).first()
    return cache[group.pk]


def remember_memberships(user, memberships, groups=()):
    """Prime membership_of() with one query's results: these memberships, and none in the other `groups`."""
    if user is not None and user.is_authenticated:
        cache = user.__dict__.setdefault("_forum_memberships", {})
        for group in groups:
            cache.setdefault(group.pk, None)
        for membership in memberships:
            cache[membership.group_id] = membership


def is_member(user, group):
    membership = membership_of(user, group)
    return membership is not None and membership.status in (MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED)


def is_forum_moderator(user):
    if user is None or not user.is_authenticated:
        return False
    known = user.__dict__.get("_forum_moderator")
    if known is None:
        known = user.__dict__["_forum_moderator"] = bool(user.has_perm(MODERATE_FORUM))
    return known


def forum_moderators_among(user_ids):
    """The ids of those of these people who have the forum moderator role (directly, through a group of theirs, or
    as superusers, active accounts only: what `user.has_perm(MODERATE_FORUM)` answers), in one query."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission
    from django.db.models import Q

    app_label, codename = MODERATE_FORUM.split(".")
    permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    condition = Q(is_superuser=True) | Q(user_permissions__in=permission) | Q(groups__permissions__in=permission)
    users = get_user_model().objects.filter(pk__in=list(user_ids), is_active=True)
    return set(users.filter(condition).values_list("pk", flat=True).distinct())


def remember_forum_moderators(users, moderator_ids):
    """Prime is_forum_moderator() for many people with one query's answer (forum_moderators_among)."""
    for user in users:
        if user is not None and user.is_authenticated:
            user.__dict__["_forum_moderator"] = user.pk in moderator_ids


def is_suspended_from_forum(user):
    profile = getattr(user, "forum_profile", None) if user is not None and user.is_authenticated else None
    return bool(profile and profile.suspended)


def can_see_group(user, group):
    """A private group does not exist for anybody but its members."""
    return group.kind != GroupKind.PRIVATE or is_member(user, group)


def can_read_discussions(user, group):
    if group.kind == GroupKind.OPEN:
        return True
    return is_member(user, group) or (group.kind == GroupKind.CLOSED and is_forum_moderator(user))


def can_moderate(user, group):
    membership = membership_of(user, group)
    if membership is not None and membership.status == MembershipStatus.ACTIVE and membership.role == MemberRole.MODERATOR:
        return True
    return group.kind != GroupKind.PRIVATE and is_forum_moderator(user)


def can_join(user, group):
    return user.is_authenticated and group.kind == GroupKind.OPEN and membership_of(user, group) is None


def can_ask_to_join(user, group):
    if not user.is_authenticated or group.kind != GroupKind.CLOSED or is_suspended_from_forum(user):
        return False
    membership = membership_of(user, group)
    return membership is None or membership.status == MembershipStatus.DECLINED


def can_post(user, group):
    """Start a discussion or reply: an active member (an open group's visitors join by posting)."""
    if not user.is_authenticated or is_suspended_from_forum(user):
        return False
    membership = membership_of(user, group)
    if membership is None:
        return group.kind == GroupKind.OPEN
    return membership.status == MembershipStatus.ACTIVE


def can_reply(user, thread):
    if thread.hidden and not can_moderate(user, thread.group):
        return False
    if thread.locked:
        return can_moderate(user, thread.group) and can_post(user, thread.group)
    return can_post(user, thread.group)


def can_see_thread(user, thread):
    return can_read_discussions(user, thread.group) and (not thread.hidden or can_moderate(user, thread.group))


def can_see_post(user, post, group):
    """Hidden posts and posts waiting for review: moderators; a held post also to its author."""
    if post.is_visible:
        return True
    if can_moderate(user, group):
        return True
    return post.awaiting_review and not post.hidden and user.is_authenticated and post.author_id == user.pk


def can_edit_post(user, post, group):
    if not user.is_authenticated or is_suspended_from_forum(user):
        return False
    return post.author_id == user.pk or can_moderate(user, group)


def can_see_edit_history(user, group):
    return can_moderate(user, group)


def can_accept_answer(user, thread):
    return thread.is_question and user.is_authenticated and (thread.author_id == user.pk or can_moderate(user, thread.group))


def can_mark_helpful(user, post, group):
    return user.is_authenticated and post.author_id != user.pk and can_read_discussions(user, group) and post.is_visible


def can_report(user, post, group):
    return user.is_authenticated and post.author_id != user.pk and can_read_discussions(user, group)


def can_see_events(user, group):
    """A group's events are seen by who may read its discussions: their place and joining link included."""
    return can_read_discussions(user, group)


def can_manage_events(user, group):
    """Scheduling, changing and cancelling a group's events is for its moderators."""
    return can_moderate(user, group) and not is_suspended_from_forum(user)


def can_attend(user, event):
    """Say you take part: whoever may post in the group, while the event is ahead and not cancelled."""
    return not event.cancelled and not event.is_past and can_post(user, event.group)


def can_suspend_from_forum(user):
    return is_forum_moderator(user)


def is_applicant_of(user, thread):
    """The applicant of the membership ballot a P2I deliberation is about."""
    if thread.ballot_id is None or not user.is_authenticated:
        return False
    return thread.ballot.application.applicant_id == user.pk


def is_publicly_readable(group):
    """Content the API, feeds and the sitemap may show to anybody."""
    return group.kind == GroupKind.OPEN
