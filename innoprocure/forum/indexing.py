"""What the Procurement Forum gives the site-wide search engine: every discussion that is not hidden.

Open groups' discussions are for everybody. Closed and private groups' discussions are indexed with their group
as audience: site search shows them to the group's members (and a closed group's to forum moderators, who may
read it), never to anybody else. Hidden discussions and hidden or held posts are never indexed.
"""

from django.utils.translation import gettext_lazy as _

from innoprocure.forum.models import ForumGroup, GroupKind, Post, Thread
from innoprocure.forum.search import readable_group_ids, teaser, with_opening_post
from innoprocure.search import registry
from innoprocure.search.registry import DocumentType, Field, Section


def visible_post_text(thread):
    posts = thread.posts.filter(hidden=False, awaiting_review=False).order_by("number")
    return " ".join(post.body for post in posts)


def group_audience(group_id):
    return f"forum-group-{group_id}"


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
        return Thread.objects.filter(hidden=False).select_related("group")

    def audiences(self, thread):
        return [] if thread.group.kind == GroupKind.OPEN else [group_audience(thread.group_id)]

    def viewer_audiences(self, user):
        """The closed and private groups whose discussions `user` may read (forum.policy.can_read_discussions)."""
        return [group_audience(pk) for pk in sorted(readable_group_ids(user))]

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
