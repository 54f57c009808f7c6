"""Only what anybody may read: the forum's index, the guidelines, open and closed groups' pages and the discussions
of open groups. Private groups and their discussions never appear."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from innoprocure.forum.models import ForumGroup, GroupKind, Thread


class ForumPagesSitemap(Sitemap):
    def items(self):
        return ["forum:index", "forum:guidelines"]

    def location(self, item):
        return reverse(item)


class GroupSitemap(Sitemap):
    def items(self):
        return ForumGroup.objects.exclude(kind=GroupKind.PRIVATE).order_by("slug")


class ThreadSitemap(Sitemap):
    limit = 5000

    def items(self):
        return Thread.objects.filter(group__kind=GroupKind.OPEN, hidden=False).select_related("group").order_by("-pk")

    def lastmod(self, thread):
        return thread.last_activity_at


sitemaps = {"forum": ForumPagesSitemap, "forum-groups": GroupSitemap, "forum-threads": ThreadSitemap}
