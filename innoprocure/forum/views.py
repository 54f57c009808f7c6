"""Forum pages. Each view finds the object, asks policy.py, calls services.py and renders; private groups answer
404 to everybody outside them. Pages for signed-in people are never stored by caches (see `forum_page`)."""

from datetime import timedelta
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from innoprocure.core.ratelimit import ratelimit
from innoprocure.core.uploads import safe_download_headers
from innoprocure.forum import deliberation, directory, forms, group_events, notify, people, policy, services, text
from innoprocure.forum.filters import ANSWERED_CHOICES, ThreadSearch
from innoprocure.forum.models import (
    Attachment,
    FollowLevel,
    ForumGroup,
    ForumProfile,
    GroupEvent,
    GroupKind,
    Membership,
    MembershipStatus,
    Post,
    Report,
    Subscription,
    Thread,
    ThreadKind,
)
from innoprocure.forum.search import teaser, with_opening_post
from innoprocure.forum.tasks import user_of_token

THREADS_PER_PAGE = 25
POSTS_PER_PAGE = 50
DOCUMENTS_SHOWN = 10
UPCOMING_EVENTS_SHOWN = 3
POST_RATE = "20/h"


def forum_page(view):
    """Signed-in people see their own memberships, drafts and notifications: such pages must never be cached."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.user.is_authenticated or getattr(request, "forum_private", False):
            patch_cache_control(response, private=True, no_store=True)
        return response

    return wrapped


def _crumbs(*items):
    return [{"label": _("Forum"), "url": reverse("forum:index")}, *items]


def _group_or_404(request, slug):
    group = get_object_or_404(ForumGroup.objects.select_related("sector").prefetch_related("languages"), slug=slug)
    if not policy.can_see_group(request.user, group):
        raise Http404
    if group.kind != GroupKind.OPEN:
        request.forum_private = True
    return group


def _thread_or_404(request, slug, pk):
    group = _group_or_404(request, slug)
    thread = get_object_or_404(Thread.objects.select_related("accepted_answer", "ballot__application"), pk=pk, group=group)
    thread.group = group
    if not policy.can_see_thread(request.user, thread):
        raise Http404
    return thread


def _post_or_404(request, pk):
    post = get_object_or_404(Post.objects.select_related("thread__group", "author"), pk=pk)
    group = post.thread.group
    if not policy.can_see_group(request.user, group) or not policy.can_see_thread(request.user, post.thread):
        raise Http404
    if not policy.can_see_post(request.user, post, group):
        raise Http404
    return post


def _form_error(form, error):
    form.add_error(error.field if error.field in form.fields else None, error.message)


# Groups ------------------------------------------------------------------------------------------------------


@forum_page
def index(request):
    groups = ForumGroup.objects.select_related("sector").annotate(
        member_count=Count("memberships", filter=Q(memberships__status=MembershipStatus.ACTIVE), distinct=True),
        thread_count=Count("threads", filter=Q(threads__hidden=False), distinct=True),
    )
    groups = list(groups)
    memberships = list(Membership.objects.filter(user=request.user)) if request.user.is_authenticated else []
    policy.remember_memberships(request.user, memberships, groups)
    mine = {membership.group_id: membership for membership in memberships}
    groups = [group for group in groups if policy.can_see_group(request.user, group)]
    return render(
        request,
        "forum/index.html",
        {
            "my_groups": [group for group in groups if group.pk in mine and mine[group.pk].status == MembershipStatus.ACTIVE],
            "groups": groups,
            "breadcrumbs": [{"label": _("Forum"), "url": request.path}],
        },
    )


@forum_page
def search(request):
    """/forum/search/?q=…&group=…&type=…&answered=…: the discussions the reader may read that match, the best match
    first (or the latest activity without words); what is not understood is ignored with a notice."""
    found = ThreadSearch(request.GET, reader=request.user)
    page_obj = Paginator(found.ranked(), THREADS_PER_PAGE).get_page(request.GET.get("page"))
    ids = list(page_obj.object_list)
    threads = {thread.pk: thread for thread in with_opening_post(Thread.objects.filter(pk__in=ids).select_related("group"))}
    results = [(threads[pk], teaser(threads[pk])) for pk in ids if pk in threads]
    return render(
        request,
        "forum/search.html",
        {
            "search": found,
            "words": found.cleaned().get("q", ""),
            "selected": dict(found.canonical()),
            "groups": list(found.filters["group"].queryset),
            "type_choices": ThreadKind.choices,
            "answered_choices": ANSWERED_CHOICES,
            "notices": found.problems,
            "page_obj": page_obj,
            "results": results,
            "breadcrumbs": _crumbs({"label": _("Search the forum"), "url": request.path}),
        },
    )


@forum_page
def guidelines(request):
    return render(
        request, "forum/guidelines.html", {"breadcrumbs": _crumbs({"label": _("Community guidelines"), "url": request.path})}
    )


@forum_page
def group_detail(request, slug):
    group = _group_or_404(request, slug)
    user = request.user
    membership = policy.membership_of(user, group)
    can_read = policy.can_read_discussions(user, group)
    page_obj, documents = None, []
    if can_read:
        threads = Thread.objects.filter(group=group).select_related("group")
        if not policy.can_moderate(user, group):
            threads = threads.filter(hidden=False)
        page_obj = Paginator(threads, THREADS_PER_PAGE).get_page(request.GET.get("page"))
        documents = (
            Attachment.objects.filter(post__thread__group=group, post__hidden=False, post__awaiting_review=False)
            .filter(post__thread__hidden=False)
            .select_related("post__thread__group")
            .order_by("-post__created_at", "-pk")[:DOCUMENTS_SHOWN]
        )
    moderators = (
        Membership.objects.filter(group=group, role="moderator", status=MembershipStatus.ACTIVE)
        .select_related("user")
        .order_by("user__last_name")
    )
    subscription = Subscription.objects.filter(user=user, group=group, thread=None).first() if user.is_authenticated else None
    return render(
        request,
        "forum/group_detail.html",
        {
            "group": group,
            "membership": membership,
            "can_read": can_read,
            "can_post": policy.can_post(user, group),
            "can_join": policy.can_join(user, group),
            "can_ask": policy.can_ask_to_join(user, group),
            "can_moderate": policy.can_moderate(user, group),
            "page_obj": page_obj,
            "documents": documents,
            "events": list(group_events.upcoming(group, UPCOMING_EVENTS_SHOWN)) if can_read else [],
            "can_manage_events": policy.can_manage_events(user, group),
            "moderators": moderators,
            "member_count": group.memberships.filter(status=MembershipStatus.ACTIVE).count(),
            "follow_level": subscription.level if subscription else "",
            "description_html": services.text.render(group.description),
            "breadcrumbs": _crumbs({"label": group.name, "url": request.path}),
        },
    )


@login_required
@require_POST
def join(request, slug):
    group = _group_or_404(request, slug)
    try:
        services.join(group, request.user)
        messages.success(request, _("Welcome to %(group)s.") % {"group": group.name})
    except services.ForumError as error:
        messages.error(request, error.message)
    return redirect(group)


@login_required
@forum_page
@ratelimit("forum-join-request", rate="10/h", key="user")
def ask_to_join(request, slug):
    group = _group_or_404(request, slug)
    if not policy.can_ask_to_join(request.user, group):
        messages.info(request, _("You cannot ask to join this group (you may already be a member or have asked)."))
        return redirect(group)
    form = forms.JoinRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.ask_to_join(group, request.user, form.cleaned_data["message"])
        messages.success(request, _("Your request is sent. The group's moderators will answer it; you will be notified."))
        return redirect(group)
    return render(
        request,
        "forum/ask_to_join.html",
        {
            "group": group,
            "form": form,
            "breadcrumbs": _crumbs(
                {"label": group.name, "url": group.get_absolute_url()}, {"label": _("Ask to join"), "url": request.path}
            ),
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def leave(request, slug):
    group = _group_or_404(request, slug)
    try:
        services.leave(group, request.user)
        messages.success(request, _("You have left %(group)s.") % {"group": group.name})
    except services.ForumError as error:
        messages.error(request, error.message)
    return redirect("forum:index" if group.kind == GroupKind.PRIVATE else group.get_absolute_url())


@login_required
@require_POST
def follow(request, slug, pk=None):
    group = _group_or_404(request, slug)
    thread = _thread_or_404(request, slug, pk) if pk else None
    level = request.POST.get("level", "")
    if level not in ("", *FollowLevel.values) or not policy.can_read_discussions(request.user, group):
        raise PermissionDenied
    services.follow(request.user, level, group=group, thread=thread)
    messages.success(
        request,
        {FollowLevel.FOLLOW: _("You follow it now."), FollowLevel.MUTE: _("Muted: no more notifications about it.")}.get(
            level, _("Back to the usual notifications.")
        ),
    )
    return redirect(thread or group)


@login_required
@forum_page
def members(request, slug):
    group = _group_or_404(request, slug)
    user = request.user
    if not policy.can_read_discussions(user, group):
        raise Http404
    can_moderate = policy.can_moderate(user, group)
    memberships = (
        Membership.objects.filter(group=group)
        .select_related("user__forum_profile")
        .order_by("-role", "user__last_name", "user__first_name")
    )
    if not can_moderate:
        memberships = memberships.filter(status=MembershipStatus.ACTIVE)
    memberships = list(memberships)
    return render(
        request,
        "forum/members.html",
        {
            "group": group,
            "can_moderate": can_moderate,
            "requests": [m for m in memberships if m.status == MembershipStatus.REQUESTED],
            "active": [m for m in memberships if m.status == MembershipStatus.ACTIVE],
            "suspended": [m for m in memberships if m.status == MembershipStatus.SUSPENDED],
            "decision_form": forms.DecisionForm(),
            "breadcrumbs": _crumbs(
                {"label": group.name, "url": group.get_absolute_url()}, {"label": _("Members"), "url": request.path}
            ),
        },
    )


@login_required
@require_POST
def decide_membership(request, slug, pk):
    group = _group_or_404(request, slug)
    membership = get_object_or_404(Membership.objects.select_related("user"), pk=pk, group=group)
    action = request.POST.get("action", "")
    form = forms.DecisionForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    try:
        if action in ("approve", "decline"):
            services.decide_request(membership, request.user, action == "approve", note, request=request)
        elif action in ("suspend", "restore"):
            services.set_member_status(membership, request.user, suspended=action == "suspend", reason=note, request=request)
        elif action in ("appoint", "dismiss"):
            services.set_member_status(membership, request.user, moderator_role=action == "appoint", reason=note, request=request)
        else:
            raise services.ForumError(_("Unknown action."))
        messages.success(request, _("Done: %(person)s.") % {"person": people.display_name(membership.user)})
    except services.ForumError as error:
        messages.error(request, error.message)
    return redirect("forum:members", slug=group.slug)


# Discussions -------------------------------------------------------------------------------------------------


def _files(request):
    return request.FILES.getlist("attachments")


@login_required
@forum_page
@ratelimit("forum-post", rate=POST_RATE, key="user")
def new_thread(request, slug):
    group = _group_or_404(request, slug)
    if not policy.can_post(request.user, group):
        raise PermissionDenied
    draft = services.draft_of(request.user, group)
    if request.method == "POST":
        form = forms.ThreadForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            try:
                thread = services.start_thread(group, request.user, data["title"], data["body"], data["kind"], _files(request))
            except services.ForumError as error:
                _form_error(form, error)
            else:
                return _posted(request, thread.posts.first(), thread)
        services.save_draft(request.user, group, request.POST.get("body", ""), request.POST.get("title", ""))
    else:
        form = forms.ThreadForm(initial={"title": draft.title, "body": draft.body} if draft else None)
    return render(
        request,
        "forum/new_thread.html",
        {
            "group": group,
            "form": form,
            "draft": draft,
            "breadcrumbs": _crumbs(
                {"label": group.name, "url": group.get_absolute_url()}, {"label": _("New discussion"), "url": request.path}
            ),
        },
        status=400 if form.errors else 200,
    )


def _posted(request, post, thread):
    if post.awaiting_review:
        messages.info(
            request, _("Thank you. As a new member, your first posts are checked by a moderator before others see them.")
        )
    else:
        messages.success(request, _("Your post is published."))
    return redirect(post.get_absolute_url() if post.number > 1 else thread.get_absolute_url())


def _posts_for(request, thread):
    user, group = request.user, thread.group
    posts = (
        Post.objects.filter(thread=thread)
        .select_related("author__forum_profile", "quote_of__author")
        .prefetch_related("attachments")
    )
    if policy.can_see_edit_history(user, group):
        posts = posts.annotate(revision_count=Count("revisions"))
    if not policy.can_moderate(user, group):
        visible = Q(hidden=False, awaiting_review=False)
        if user.is_authenticated:
            visible |= Q(hidden=False, awaiting_review=True, author=user)
        posts = posts.filter(visible)
    return posts


@forum_page
def thread_detail(request, slug, pk, reply_form=None):
    thread = _thread_or_404(request, slug, pk)
    user, group = request.user, thread.group
    posts = _posts_for(request, thread)
    opening = posts.filter(number=1).first()
    accepted = None
    if thread.accepted_answer_id:
        accepted = posts.filter(pk=thread.accepted_answer_id).first()
    page_obj = Paginator(posts.exclude(number=1).exclude(pk=thread.accepted_answer_id or 0), POSTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    shown = [post for post in [opening, accepted, *page_obj] if post is not None]
    helpful = set()
    if user.is_authenticated:
        helpful = set(user.forum_reactions.filter(post__in=[post.pk for post in shown]).values_list("post_id", flat=True))
    can_reply = policy.can_reply(user, thread)
    if reply_form is None and can_reply:
        draft = services.draft_of(user, group, thread)
        form_class = forms.DeliberationReplyForm if thread.ballot_id else forms.ReplyForm
        initial = {"body": draft.body} if draft else {}
        quoted = request.GET.get("quote")
        if quoted and quoted.isdigit():
            source = posts.filter(number=int(quoted)).first()
            if source is not None:
                initial = {
                    "body": services.text.quote(source.body, people.display_name(source.author)) + initial.get("body", ""),
                    "quote": source.pk,
                }
        reply_form = form_class(initial=initial)
    subscription = Subscription.objects.filter(user=user, thread=thread).first() if user.is_authenticated else None
    can_moderate = policy.can_moderate(user, group)
    return render(
        request,
        "forum/thread_detail.html",
        {
            "group": group,
            "thread": thread,
            "opening": opening,
            "accepted": accepted,
            "page_obj": page_obj,
            "helpful": helpful,
            "reply_form": reply_form,
            "can_reply": can_reply,
            "can_moderate": can_moderate,
            "can_accept": policy.can_accept_answer(user, thread),
            "signed_in": user.is_authenticated,
            "follow_level": subscription.level if subscription else "",
            "move_form": forms.MoveForm(groups=_groups_moderated_by(user).exclude(pk=group.pk)) if can_moderate else None,
            "breadcrumbs": _crumbs(
                {"label": group.name, "url": group.get_absolute_url()}, {"label": thread.title, "url": request.path}
            ),
        },
        status=400 if reply_form is not None and reply_form.errors else 200,
    )


def _groups_moderated_by(user):
    condition = Q(memberships__user=user, memberships__role="moderator", memberships__status=MembershipStatus.ACTIVE)
    if policy.is_forum_moderator(user):
        condition |= ~Q(kind=GroupKind.PRIVATE)
    return ForumGroup.objects.filter(condition).distinct()


@login_required
@require_POST
@ratelimit("forum-post", rate=POST_RATE, key="user")
def reply(request, slug, pk):
    thread = _thread_or_404(request, slug, pk)
    form_class = forms.DeliberationReplyForm if thread.ballot_id else forms.ReplyForm
    form = form_class(request.POST, request.FILES)
    if form.is_valid():
        data = form.cleaned_data
        quote_of = Post.objects.filter(pk=data["quote"], thread=thread).first() if data.get("quote") else None
        try:
            post = services.reply(thread, request.user, data["body"], _files(request), quote_of, data.get("for_applicant", False))
        except services.ForumError as error:
            _form_error(form, error)
        else:
            return _posted(request, post, thread)
    services.save_draft(request.user, thread.group, request.POST.get("body", ""), thread=thread)
    messages.info(request, _("Your text is kept as a draft until you post it."))
    return thread_detail(request, slug, pk, reply_form=form)


def _post_page(request, post, template, label, status=200, **context):
    """A page about one post (edit, history, report), with breadcrumbs back to its group and discussion."""
    group = post.thread.group
    crumbs = _crumbs(
        {"label": group.name, "url": group.get_absolute_url()},
        {"label": post.thread.title, "url": post.thread.get_absolute_url()},
        {"label": label, "url": request.path},
    )
    return render(request, template, {"post": post, "group": group, "breadcrumbs": crumbs, **context}, status=status)


@login_required
@forum_page
def edit_post(request, pk):
    post = _post_or_404(request, pk)
    group = post.thread.group
    if not policy.can_edit_post(request.user, post, group):
        raise PermissionDenied
    form = forms.EditForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_post(post, request.user, form.cleaned_data["body"], request=request)
        except services.ForumError as error:
            _form_error(form, error)
        else:
            messages.success(request, _("Your changes are saved."))
            return redirect(post.get_absolute_url())
    return _post_page(request, post, "forum/edit_post.html", _("Edit"), status=400 if form.errors else 200, form=form)


@login_required
@forum_page
def post_history(request, pk):
    post = _post_or_404(request, pk)
    group = post.thread.group
    if not policy.can_see_edit_history(request.user, group):
        raise PermissionDenied
    return _post_page(
        request, post, "forum/post_history.html", _("Edit history"), revisions=post.revisions.select_related("edited_by")
    )


@login_required
@require_POST
@ratelimit("forum-helpful", rate="120/h", key="user")
def helpful(request, pk):
    post = _post_or_404(request, pk)
    marked = services.toggle_helpful(post, request.user)
    messages.success(request, _("Marked as helpful.") if marked else _("Your “helpful” mark is taken back."))
    return redirect(post.get_absolute_url())


@login_required
@require_POST
def accept(request, pk):
    post = _post_or_404(request, pk)
    thread = services.accept_answer(post.thread, post, request.user, request=request)
    messages.success(
        request, _("The accepted answer is shown first.") if thread.accepted_answer_id else _("No accepted answer any more.")
    )
    return redirect(thread)


def attachment(request, pk):
    item = get_object_or_404(Attachment.objects.select_related("post__thread__group", "post__thread"), pk=pk)
    _post_or_404(request, item.post_id)
    try:
        handle = item.file.open("rb")
    except FileNotFoundError:
        raise Http404
    response = safe_download_headers(FileResponse(handle), item.filename)
    patch_cache_control(response, private=True, no_store=True)
    return response


# Moderation --------------------------------------------------------------------------------------------------


@login_required
@forum_page
@ratelimit("forum-report", rate="10/h", key="user")
def report(request, pk):
    post = _post_or_404(request, pk)
    group = post.thread.group
    if not policy.can_report(request.user, post, group):
        raise PermissionDenied
    form = forms.ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.report(post, request.user, form.cleaned_data["reason"], form.cleaned_data["note"])
        messages.success(request, _("Thank you. The moderators will look at this post."))
        return redirect(post.get_absolute_url())
    return _post_page(request, post, "forum/report.html", _("Report"), status=400 if form.errors else 200, form=form)


@login_required
@require_POST
def moderate_post(request, pk):
    post = _post_or_404(request, pk)
    form = forms.OptionalReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        services.moderate_post(post, request.user, request.POST.get("action", ""), reason, request=request)
        messages.success(request, _("Done. The decision is recorded."))
    except services.ForumError as error:
        messages.error(request, error.message)
    return redirect((request.POST.get("next") == "queue" and reverse("forum:queue")) or post.thread.get_absolute_url())


@login_required
@require_POST
def moderate_thread(request, slug, pk):
    thread = _thread_or_404(request, slug, pk)
    action = request.POST.get("action", "")
    target = None
    if action == "move":
        form = forms.MoveForm(request.POST, groups=_groups_moderated_by(request.user))
        target = form.cleaned_data["group"] if form.is_valid() else None
    try:
        services.moderate_thread(thread, request.user, action, target_group=target, request=request)
        messages.success(request, _("Done. The decision is recorded."))
    except services.ForumError as error:
        messages.error(request, error.message)
    return redirect(thread)


@login_required
@forum_page
def queue(request):
    """Reports and held posts of every group the person moderates."""
    groups = list(_groups_moderated_by(request.user))
    if not groups:
        raise PermissionDenied
    related = ("post__thread__group", "post__author__forum_profile")
    reports = Report.objects.filter(post__thread__group__in=groups, resolved_at__isnull=True).select_related(*related, "reporter")
    held = Post.objects.filter(thread__group__in=groups, awaiting_review=True, hidden=False).select_related(
        "thread__group", "author__forum_profile"
    )
    return render(
        request,
        "forum/queue.html",
        {"reports": reports, "held": held, "breadcrumbs": _crumbs({"label": _("Moderation queue"), "url": request.path})},
    )


# Notifications, settings, people -----------------------------------------------------------------------------


@login_required
@forum_page
def notifications(request):
    items = notify.for_reader(request.user).select_related("group", "thread", "post__thread__group", "event__group")
    page_obj = Paginator(items, 30).get_page(request.GET.get("page"))
    return render(
        request,
        "forum/notifications.html",
        {"page_obj": page_obj, "breadcrumbs": _crumbs({"label": _("Notifications"), "url": request.path})},
    )


@login_required
@require_POST
def mark_read(request):
    ids = [value for value in request.POST.getlist("notification") if value.isdigit()]
    unread = notify.for_reader(request.user).filter(read_at__isnull=True)
    (unread.filter(pk__in=ids) if ids else unread).update(read_at=timezone.now())
    messages.success(request, _("Marked as read."))
    return redirect("forum:notifications")


@login_required
def open_notification(request, pk):
    notification = get_object_or_404(
        notify.for_reader(request.user).select_related("group", "thread", "post__thread__group", "event__group"), pk=pk
    )
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return redirect(notification.get_absolute_url())


@login_required
@forum_page
def settings_view(request):
    profile = people.profile_of(request.user, language=request.LANGUAGE_CODE)
    form = forms.SettingsForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your forum settings are saved."))
        return redirect("forum:settings")
    follows = Subscription.objects.filter(user=request.user).select_related("group", "thread__group").order_by("group__name")
    return render(
        request,
        "forum/settings.html",
        {"form": form, "follows": follows, "breadcrumbs": _crumbs({"label": _("My forum settings"), "url": request.path})},
        status=400 if form.errors else 200,
    )


@csrf_exempt  # the signed link is the proof; mail programs send the one-click POST without a session (RFC 8058)
@forum_page
def unsubscribe(request, token):
    user_id = user_of_token(token)
    profile = ForumProfile.objects.filter(user_id=user_id).first() if user_id else None
    if profile is None:
        return render(request, "forum/unsubscribe.html", {"invalid": True}, status=400)
    done = False
    if request.method == "POST":
        profile.email_mode = "off"
        profile.save(update_fields=["email_mode"])
        done = True
    return render(request, "forum/unsubscribe.html", {"done": done, "token": token})


@login_required
@forum_page
def member_directory(request):
    form = forms.DirectoryForm(request.GET or None)
    result = directory.search(form)
    page_obj = Paginator(result.profiles, 30).get_page(request.GET.get("page"))
    return render(
        request,
        "forum/directory.html",
        {
            "form": form,
            "page_obj": page_obj,
            "ignored": result.ignored,
            "breadcrumbs": _crumbs({"label": _("Member directory"), "url": request.path}),
        },
    )


@login_required
@forum_page
def profile(request, handle):
    item = get_object_or_404(ForumProfile.objects.select_related("user__profile__country"), handle=handle.lower())
    own = item.user_id == request.user.pk
    if not (item.visible or own or policy.is_forum_moderator(request.user)):
        raise Http404
    return render(
        request,
        "forum/profile.html",
        {
            "item": item,
            "own": own,
            "can_suspend": policy.can_suspend_from_forum(request.user) and not own,
            "reason_form": forms.OptionalReasonForm(),
            "card": directory.card(item),
            "breadcrumbs": _crumbs(
                {"label": _("Member directory"), "url": reverse("forum:directory")},
                {"label": f"@{item.handle}", "url": request.path},
            ),
        },
    )


@login_required
@require_POST
def suspend_from_forum(request, handle):
    item = get_object_or_404(ForumProfile.objects.select_related("user"), handle=handle.lower())
    form = forms.OptionalReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    services.suspend_from_forum(item.user, request.user, request.POST.get("action") == "suspend", reason, request=request)
    messages.success(request, _("Done. The decision is recorded."))
    return redirect("forum:profile", handle=item.handle)


# The applicant's questions in a P2I ballot deliberation ------------------------------------------------------


@login_required
@forum_page
def applicant_questions(request, pk):
    thread = get_object_or_404(Thread.objects.select_related("group", "ballot__application"), pk=pk, ballot__isnull=False)
    if not policy.is_applicant_of(request.user, thread):
        raise Http404
    form = forms.AnswerForm()
    status = 200
    if request.method == "POST":
        form = forms.AnswerForm(request.POST)
        question = Post.objects.filter(pk=request.POST.get("question", "0") or 0, thread=thread, for_applicant=True).first()
        if question is None:
            form.add_error(None, _("Choose the question you answer."))
        elif form.is_valid():
            try:
                deliberation.answer(question, request.user, form.cleaned_data["body"])
            except services.ForumError as error:
                _form_error(form, error)
            else:
                messages.success(request, _("Your answer is sent to the network's members."))
                return redirect("forum:applicant_questions", pk=thread.pk)
        status = 400
    return render(
        request,
        "forum/applicant_questions.html",
        {
            "thread": thread,
            "application": thread.ballot.application,
            "questions": deliberation.questions_for_applicant(thread),
            "form": form,
            "answered_question": request.POST.get("question", ""),
            "breadcrumbs": [
                {"label": _("My application"), "url": reverse("membership:my_application")},
                {"label": _("Questions from the network"), "url": request.path},
            ],
        },
        status=status,
    )


# Events ------------------------------------------------------------------------------------------------------

EVENTS_PER_PAGE = 20
CALENDAR_KEEPS_PAST = timedelta(days=90)


def _events_group_or_404(request, slug):
    group = _group_or_404(request, slug)
    if not policy.can_see_events(request.user, group):
        raise Http404
    return group


def _event_or_404(request, slug, pk):
    group = _events_group_or_404(request, slug)
    event = get_object_or_404(GroupEvent.objects.select_related("created_by"), pk=pk, group=group)
    event.group = group
    return event


def _event_crumbs(group, *items):
    return _crumbs(
        {"label": group.name, "url": group.get_absolute_url()},
        {"label": _("Events"), "url": reverse("forum:events", args=[group.slug])},
        *items,
    )


@forum_page
def events(request, slug):
    group = _events_group_or_404(request, slug)
    past = Paginator(group_events.past(group), EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "forum/events.html",
        {
            "group": group,
            "upcoming": list(group_events.upcoming(group)),
            "past": past,
            "page_obj": past,
            "can_manage": policy.can_manage_events(request.user, group),
            "calendar_url": request.build_absolute_uri(reverse("forum:group_calendar", args=[group.slug]))
            if policy.is_publicly_readable(group)
            else "",
            "breadcrumbs": _crumbs(
                {"label": group.name, "url": group.get_absolute_url()}, {"label": _("Events"), "url": request.path}
            ),
        },
    )


@forum_page
def event_detail(request, slug, pk):
    event = _event_or_404(request, slug, pk)
    user = request.user
    attendees = list(event.attendances.select_related("user").order_by("user__last_name", "user__first_name"))
    return render(
        request,
        "forum/event_detail.html",
        {
            "group": event.group,
            "event": event,
            "when": text.when(event),
            "attendees": [people.display_name(item.user) for item in attendees],
            "attending": user.is_authenticated and any(item.user_id == user.pk for item in attendees),
            "can_attend": policy.can_attend(user, event),
            "can_manage": policy.can_manage_events(user, event.group) and not event.cancelled,
            "cancel_form": forms.OptionalReasonForm(),
            "breadcrumbs": _event_crumbs(event.group, {"label": event.title, "url": request.path}),
        },
    )


@login_required
@forum_page
def event_form(request, slug, pk=None):
    """Schedule a new event of the group, or change one (its moderators)."""
    event = _event_or_404(request, slug, pk) if pk else None
    group = event.group if event else _events_group_or_404(request, slug)
    if not policy.can_manage_events(request.user, group) or (event is not None and event.cancelled):
        raise PermissionDenied
    form = forms.EventForm(request.POST or None, instance=event)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in group_events.FIELDS}
        if event is None:
            event = group_events.schedule(group, request.user, data, request=request)
            messages.success(request, _("The event is scheduled; the group's members are notified."))
        else:
            group_events.change(event, request.user, data, request=request)
            messages.success(request, _("The event is updated."))
        return redirect(event)
    label = _("Change the event") if event else _("Schedule an event")
    return render(
        request,
        "forum/event_form.html",
        {
            "group": group,
            "event": event,
            "form": form,
            "heading": label,
            "breadcrumbs": _event_crumbs(group, {"label": label, "url": request.path}),
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def cancel_event(request, slug, pk):
    event = _event_or_404(request, slug, pk)
    if event.cancelled:
        messages.info(request, _("This event is already cancelled."))
        return redirect(event)
    form = forms.OptionalReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    group_events.cancel(event, request.user, reason, request=request)
    messages.success(request, _("The event is cancelled; the people taking part are notified."))
    return redirect(event)


@login_required
@require_POST
@ratelimit("forum-attend", rate="60/h", key="user")
def attend(request, slug, pk):
    event = _event_or_404(request, slug, pk)
    if group_events.toggle_attendance(event, request.user):
        messages.success(request, _("You take part. The group's moderators may change the event; you will be notified."))
    else:
        messages.success(request, _("You no longer take part."))
    return redirect(event)


def _ics(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@forum_page
def event_calendar(request, slug, pk):
    event = _event_or_404(request, slug, pk)
    body = group_events.calendar([event], lambda item: request.build_absolute_uri(item.get_absolute_url()), event.title)
    return _ics(body, f"forum-event-{event.pk}.ics")


def group_calendar(request, slug):
    """The calendar to subscribe to, for open groups only: a feed is read without signing in."""
    group = _group_or_404(request, slug)
    if not policy.is_publicly_readable(group):
        raise Http404
    items = GroupEvent.objects.filter(group=group, ends_at__gte=timezone.now() - CALENDAR_KEEPS_PAST).select_related("group")
    body = group_events.calendar(items, lambda item: request.build_absolute_uri(item.get_absolute_url()), group.name)
    return _ics(body, f"{group.slug}.ics")
