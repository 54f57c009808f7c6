"""What the Procurement Forum gives the site-wide search engine: discussions of open groups, which everybody may read.

Closed and private groups' discussions are only for their members, and the engine's index is the same for
everybody, so they stay out of it: members find them in their groups. Hidden discussions and hidden or held posts
are never indexed.
"""

from django.utils.translation import gettext_lazy as _

from innoprocure.forum.models import ForumGroup, GroupKind, Post, Thread
from innoprocure.forum.search import teaser, with_opening_post
from innoprocure.search import registry
from innoprocure.search.registry import DocumentType, Field, Section


def visible_post_text(thread):
    posts = thread.posts.filter(hidden=False, awaiting_review=False).order_by("number")
    return " ".join(post.body for post in posts)


class ThreadDocuments(DocumentType):
    key = "forum.thread"
    section = "forum"
    fields = [Field("title", 10), Field("indexed_text", 3)]
    body_field = "indexed_text"
    watch = (
        (Post, lambda post: [post.thread_id]),
        (ForumGroup, lambda group: list(group.threads.values_list("pk", flat=True))),
    )

    def visible(self):
        return Thread.objects.filter(hidden=False, group__kind=GroupKind.OPEN).select_related("group")

    def prepare(self, queryset):
        threads = list(queryset)
        for thread in threads:
            thread.indexed_text = visible_post_text(thread)
        return threads

    def published(self, thread):
        return thread.last_activity_at

    def teasers(self, ids):
        return {thread.pk: teaser(thread) for thread in with_opening_post(self.visible().filter(pk__in=list(ids)))}


registry.register_section(Section("forum", _("Procurement Forum"), "/forum/", order=60))
registry.register(ThreadDocuments(Thread))
