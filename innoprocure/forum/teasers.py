"""The latest discussions of open groups on the home page (never closed or private ones: the page is the same for
everybody and may be cached)."""

from django.utils.translation import gettext_lazy as _

SECTION = (60, _("Procurement Forum"), "/forum/")


def latest(limit=3, request=None):
    from innoprocure.forum.search import readable_threads, teaser, with_opening_post

    threads = with_opening_post(readable_threads(None).select_related("group").order_by("-last_activity_at", "-pk"))
    return [teaser(thread) for thread in threads[:limit]]
