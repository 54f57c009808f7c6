"""Which forum discussions a reader may see (threads of open groups for everybody, of closed and private groups only
for their members; hidden threads never), and how one looks as a teaser."""

from django.db.models import Q

from innoprocure.forum.models import GroupKind, MembershipStatus, Thread


def readable_threads(user):
    threads = Thread.objects.filter(hidden=False)
    readable = Q(group__kind=GroupKind.OPEN)
    if user is not None and user.is_authenticated:
        readable |= Q(
            group__memberships__user=user,
            group__memberships__status__in=[MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED],
        )
    return threads.filter(readable).distinct()


def teaser(thread):
    from innoprocure.core.teasers import Teaser
    from innoprocure.forum.text import plain

    opening = thread.posts.filter(number=1, hidden=False, awaiting_review=False).first()
    return Teaser(
        title=thread.title,
        url=thread.get_absolute_url(),
        summary=plain(opening.body, 240) if opening else "",
        date=thread.last_activity_at,
        kicker=str(thread.group),
    )
