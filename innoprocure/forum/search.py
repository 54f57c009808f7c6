"""Which forum discussions a reader may see (threads of open groups for everybody, of closed and private groups only
for their members; hidden threads never), and how one looks as a teaser."""

from django.db.models import Prefetch, Q

from innoprocure.forum.models import GroupKind, MembershipStatus, Post, Thread


def readable_threads(user):
    threads = Thread.objects.filter(hidden=False)
    readable = Q(group__kind=GroupKind.OPEN)
    if user is not None and user.is_authenticated:
        readable |= Q(
            group__memberships__user=user,
            group__memberships__status__in=[MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED],
        )
    return threads.filter(readable).distinct()


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
