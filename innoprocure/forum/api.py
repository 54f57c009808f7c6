"""/api/v1/forum: the public discussions of open groups, read-only. Closed and private groups, hidden threads and
hidden or held posts never appear, whoever asks (the API has no sessions)."""

import datetime

from django.utils.translation import gettext as _
from ninja import Router, Schema
from ninja.errors import HttpError

from innoprocure.api.conventions import (
    MAX_PAGE_SIZE,
    ListOut,
    id_parameter,
    page_parameter,
    page_size_parameter,
    paginate,
    responses,
    slug_parameter,
)
from innoprocure.forum.models import ForumGroup, GroupKind, Post, Thread
from innoprocure.forum.people import display_name

router = Router(tags=["forum"])


class GroupOut(Schema):
    slug: str
    name: str
    summary: str
    url: str


class ThreadOut(Schema):
    id: int
    title: str
    kind: str
    group: str
    url: str
    created_at: datetime.datetime
    last_activity_at: datetime.datetime
    replies: int


class PostOut(Schema):
    number: int
    author: str
    created_at: datetime.datetime
    edited_at: datetime.datetime | None
    body_html: str
    helpful: int
    accepted_answer: bool


class ThreadDetailOut(ThreadOut):
    posts: list[PostOut]


class GroupList(ListOut):
    results: list[GroupOut]


class ThreadList(ListOut):
    results: list[ThreadOut]


def public_threads():
    return Thread.objects.filter(group__kind=GroupKind.OPEN, hidden=False).select_related("group")


def summary(request, thread):
    return {
        "id": thread.pk,
        "title": thread.title,
        "kind": thread.kind,
        "group": thread.group.slug,
        "url": request.build_absolute_uri(thread.get_absolute_url()),
        "created_at": thread.created_at,
        "last_activity_at": thread.last_activity_at,
        "replies": max(thread.post_count - 1, 0),
    }


@router.get("/groups", response=responses(GroupList), summary="Open forum groups")
def list_groups(request, page: int = page_parameter(), page_size: int = page_size_parameter(default=MAX_PAGE_SIZE)):
    groups = ForumGroup.objects.filter(kind=GroupKind.OPEN).order_by("name", "pk")
    results, page_envelope = paginate(request, groups, page, page_size)
    return {
        **page_envelope,
        "results": [
            {
                "slug": group.slug,
                "name": group.name,
                "summary": group.summary,
                "url": request.build_absolute_uri(group.get_absolute_url()),
            }
            for group in results
        ],
    }


@router.get("/threads", response=responses(ThreadList), summary="Public discussions, most recently active first")
def list_threads(
    request,
    group: str | None = slug_parameter("The slug of an open group; any other slug matches nothing."),
    page: int = page_parameter(),
    page_size: int = page_size_parameter(),
):
    threads = public_threads().order_by("-last_activity_at", "-pk")
    if group:
        threads = threads.filter(group__slug=group)
    results, page_envelope = paginate(request, threads, page, page_size)
    return {**page_envelope, "results": [summary(request, thread) for thread in results]}


@router.get(
    "/threads/{int:thread_id}",
    response=responses(ThreadDetailOut, not_found=True),
    summary="One public discussion with its posts",
)
def thread_detail(request, thread_id: int = id_parameter()):
    thread = public_threads().filter(pk=thread_id).first()
    if thread is None:
        raise HttpError(404, _("No public discussion has this id."))
    posts = Post.objects.filter(thread=thread, hidden=False, awaiting_review=False).select_related("author").order_by("number")
    return {
        **summary(request, thread),
        "posts": [
            {
                "number": post.number,
                "author": str(display_name(post.author)),
                "created_at": post.created_at,
                "edited_at": post.edited_at,
                "body_html": post.body_html,
                "helpful": post.helpful_count,
                "accepted_answer": post.pk == thread.accepted_answer_id,
            }
            for post in posts
        ],
    }
