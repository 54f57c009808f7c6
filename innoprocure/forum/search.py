"""Forum discussions in the site-wide search, with the reader's permissions: threads of open groups for everybody,
of closed and private groups only for their members. Hidden threads and posts are never searched."""

from django.db.models import Exists, OuterRef, Q

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


def search_threads(words, user):
    """Threads where every word occurs in the title or in a visible post, most recently active first."""
    threads = readable_threads(user)
    for word in words:
        in_posts = Post.objects.filter(thread=OuterRef("pk"), hidden=False, awaiting_review=False, body__icontains=word)
        threads = threads.filter(Q(title__icontains=word) | Exists(in_posts))
    return threads.select_related("group").order_by("-last_activity_at", "-pk")


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
