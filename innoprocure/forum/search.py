"""Which forum discussions a reader may see (threads of open groups for everybody, of closed and private groups only
for their members — and a closed group's for forum moderators, as `policy.can_read_discussions` says; hidden threads
never), and how one looks as a teaser."""

from collections import defaultdict

from django.db.models import Prefetch, Q

from innoprocure.forum import policy
from innoprocure.forum.models import ForumGroup, GroupKind, Membership, MembershipStatus, Post, Thread

READING = [MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED]  # a suspended member reads but cannot write


def readable_group_ids(user):
    """The closed and private groups whose discussions `user` may read (open groups are everybody's)."""
    if user is None or not user.is_authenticated:
        return set()
    memberships = Membership.objects.filter(user=user, status__in=READING).exclude(group__kind=GroupKind.OPEN)
    groups = set(memberships.values_list("group_id", flat=True))
    if policy.is_forum_moderator(user):
        groups.update(ForumGroup.objects.filter(kind=GroupKind.CLOSED).values_list("pk", flat=True))
    return groups


def readable_threads(user, group_ids=None):
    """The discussions `user` may read; `group_ids`: readable_group_ids(user) when the caller has it already."""
    threads = Thread.objects.filter(hidden=False)
    group_ids = readable_group_ids(user) if group_ids is None else group_ids
    return threads.filter(Q(group__kind=GroupKind.OPEN) | Q(group_id__in=sorted(group_ids)))


def readers_of(users, threads):
    """{user id: ids of those of `threads` the person may read now}: `policy.can_see_thread` for each person and
    thread, after reading everybody's memberships of the threads' closed and private groups, and who of them are
    forum moderators, in two queries (for the alerts, which send one search's findings to many people)."""
    users = list({user.pk: user for user in users}.values())
    threads = list(threads)
    restricted = list({thread.group_id: thread.group for thread in threads if thread.group.kind != GroupKind.OPEN}.values())
    memberships = defaultdict(list)
    if restricted and users:
        rows = Membership.objects.filter(user__in=[user.pk for user in users], group__in=[group.pk for group in restricted])
        for membership in rows:
            memberships[membership.user_id].append(membership)
    if users and (restricted or any(thread.hidden for thread in threads)):
        policy.remember_forum_moderators(users, policy.forum_moderators_among([user.pk for user in users]))
    found = {}
    for user in users:
        user.__dict__.pop("_forum_memberships", None)  # what they were may have changed since
        policy.remember_memberships(user, memberships[user.pk], restricted)
        found[user.pk] = {thread.pk for thread in threads if policy.can_see_thread(user, thread)}
    return found


def with_opening_post(threads):
    """The threads with their visible opening post fetched in one query for all (`thread.opening`)."""
    visible = Post.objects.filter(number=1, hidden=False, awaiting_review=False)
    return threads.prefetch_related(Prefetch("posts", queryset=visible, to_attr="opening"))


def teaser(thread):
    from innoprocure.core.teasers import Teaser
    from innoprocure.forum.text import plain

    if hasattr(thread, "opening"):
        opening = thread.opening[0] if thread.opening else None
    else:
        opening = thread.posts.filter(number=1, hidden=False, awaiting_review=False).first()
    return Teaser(
        title=thread.title,
        url=thread.get_absolute_url(),
        summary=plain(opening.body, 240) if opening else "",
        date=thread.last_activity_at,
        kicker=str(thread.group),
    )
