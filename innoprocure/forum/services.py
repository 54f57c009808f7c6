"""Everything that changes the forum happens here: the rule is checked (policy.py), moderators' decisions are recorded
in the audit trail, and the people concerned are notified (notify.py). Views, the admin and the demo call these."""

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from innoprocure.audit.log import record
from innoprocure.core.uploads import validate_upload
from innoprocure.forum import notify, policy, text
from innoprocure.forum.models import (
    ATTACHMENT_KINDS,
    Attachment,
    Draft,
    FollowLevel,
    ForumProfile,
    GroupKind,
    MemberRole,
    Membership,
    MembershipStatus,
    NotificationKind,
    Post,
    PostRevision,
    Reaction,
    Report,
    Subscription,
    Thread,
    ThreadKind,
)
from innoprocure.forum.people import profile_of

# A member's first posts wait for a moderator (against spam accounts), except in private groups, whose members
# were all let in by a person.
POSTS_BEFORE_TRUSTED = 2
MAX_ATTACHMENTS = 5


class ForumError(Exception):
    """A request the rules do not allow; the message is meant for the person who made it."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


# People ------------------------------------------------------------------------------------------------------


# Groups ------------------------------------------------------------------------------------------------------


def _forget_membership(user):
    user.__dict__.pop("_forum_memberships", None)


def join(group, user):
    """Join an open group."""
    if not policy.can_join(user, group):
        raise ForumError(_("You cannot join this group directly."))
    membership, _created = Membership.objects.get_or_create(group=group, user=user, defaults={"status": MembershipStatus.ACTIVE})
    _forget_membership(user)
    profile_of(user)
    return membership


def ask_to_join(group, user, message):
    """Ask to join a closed group; its moderators decide."""
    if not policy.can_ask_to_join(user, group):
        raise ForumError(_("You cannot ask to join this group."))
    membership, _created = Membership.objects.update_or_create(
        group=group, user=user, defaults={"status": MembershipStatus.REQUESTED, "request_message": message, "decided_at": None}
    )
    _forget_membership(user)
    profile_of(user)
    notify.moderators(group, NotificationKind.JOIN_REQUEST, actor=user)
    return membership


def leave(group, user):
    membership = policy.membership_of(user, group)
    if membership is None or membership.status == MembershipStatus.SUSPENDED:
        raise ForumError(_("You are not a member of this group."))
    membership.delete()
    Subscription.objects.filter(user=user, group=group, thread__isnull=True).delete()
    _forget_membership(user)


def _require_moderator(user, group):
    if not policy.can_moderate(user, group):
        raise PermissionDenied


def decide_request(membership, moderator, approve, note="", request=None):
    group = membership.group
    _require_moderator(moderator, group)
    if membership.status != MembershipStatus.REQUESTED:
        raise ForumError(_("This request has already been answered."))
    membership.status = MembershipStatus.ACTIVE if approve else MembershipStatus.DECLINED
    membership.decided_at = timezone.now()
    membership.decided_by = moderator
    membership.decision_note = note
    membership.save(update_fields=["status", "decided_at", "decided_by", "decision_note"])
    _forget_membership(membership.user)
    record(
        "forum.membership.approved" if approve else "forum.membership.declined",
        actor=moderator,
        target=membership,
        request=request,
        group=group.slug,
        note=note,
    )
    notify.person(membership.user, NotificationKind.JOIN_DECIDED, group, actor=moderator)
    return membership


def set_member_status(membership, moderator, *, suspended=None, moderator_role=None, reason="", request=None):
    """Suspend or restore a member of a group, or make them a moderator of it (or no longer)."""
    group = membership.group
    _require_moderator(moderator, group)
    if membership.user_id == moderator.pk:
        raise ForumError(_("You cannot change your own membership this way."))
    if suspended is not None:
        if membership.status not in (MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED):
            raise ForumError(_("Only members can be suspended or restored."))
        membership.status = MembershipStatus.SUSPENDED if suspended else MembershipStatus.ACTIVE
        action = "forum.member.suspended" if suspended else "forum.member.restored"
    else:
        if membership.status != MembershipStatus.ACTIVE:
            raise ForumError(_("Only active members can become moderators."))
        membership.role = MemberRole.MODERATOR if moderator_role else MemberRole.MEMBER
        action = "forum.moderator.appointed" if moderator_role else "forum.moderator.removed"
    membership.decided_at, membership.decided_by, membership.decision_note = timezone.now(), moderator, reason
    membership.save()
    _forget_membership(membership.user)
    record(action, actor=moderator, target=membership, request=request, group=group.slug, reason=reason)
    return membership


def suspend_from_forum(user, moderator, suspended, reason="", request=None):
    if not policy.can_suspend_from_forum(moderator) or user.pk == moderator.pk:
        raise PermissionDenied
    profile = profile_of(user)
    profile.suspended, profile.suspension_reason = suspended, reason if suspended else ""
    profile.save(update_fields=["suspended", "suspension_reason"])
    record(
        "forum.user.suspended" if suspended else "forum.user.restored",
        actor=moderator,
        target=user,
        request=request,
        reason=reason,
    )
    return profile


def follow(user, level, group=None, thread=None):
    """Follow or mute a group or a thread; level "" goes back to the default."""
    lookup = {"user": user, "thread": thread} if thread is not None else {"user": user, "group": group, "thread": None}
    if level:
        Subscription.objects.update_or_create(**lookup, defaults={"level": level, "group": group or thread.group})
    else:
        Subscription.objects.filter(**lookup).delete()


# Writing -----------------------------------------------------------------------------------------------------


def _check_files(files):
    if len(files) > MAX_ATTACHMENTS:
        raise ForumError(_("At most %(count)s files per post.") % {"count": MAX_ATTACHMENTS}, field="attachments")
    kinds = []
    for uploaded in files:
        try:
            kinds.append(validate_upload(uploaded, allowed=ATTACHMENT_KINDS))
        except Exception as error:  # ValidationError: shown by the field, with the file's name
            messages = getattr(error, "messages", [str(error)])
            raise ForumError(f"{uploaded.name}: {' '.join(messages)}", field="attachments") from error
    return kinds


def _is_trusted(user, group):
    if group.kind == GroupKind.PRIVATE or policy.can_moderate(user, group):
        return True
    return Post.objects.filter(author=user, hidden=False, awaiting_review=False).count() >= POSTS_BEFORE_TRUSTED


def _check_spam_rules(user, group, body):
    trusted = _is_trusted(user, group)
    if not trusted and text.link_count(body) > text.MAX_LINKS_FOR_NEW_MEMBERS:
        raise ForumError(
            _("New members may include at most %(count)s links in a post; please remove some.")
            % {"count": text.MAX_LINKS_FOR_NEW_MEMBERS},
            field="body",
        )
    return trusted


def _linked_handles(body):
    """The mentioned handles whose profile is listed, which become links (others stay plain text)."""
    handles = text.mentioned_handles(body)
    if not handles:
        return set()
    return set(ForumProfile.objects.filter(handle__in=handles, visible=True).values_list("handle", flat=True))


def _add_post(thread, user, body, *, files=(), kinds=(), quote_of=None, held=False, for_applicant=False, answers=None):
    """Number the post under a lock on the thread, so that concurrent replies never share or skip a number."""
    locked = Thread.objects.select_for_update().get(pk=thread.pk)
    post = Post.objects.create(
        thread=locked,
        number=locked.post_count + 1,
        author=user,
        body=body,
        body_html=text.render(body, _linked_handles(body)),
        quote_of=quote_of,
        awaiting_review=held,
        for_applicant=for_applicant,
        answers=answers,
    )
    # Under the lock, posts are created one after the other: the thread's last activity is this post's time.
    Thread.objects.filter(pk=locked.pk).update(post_count=F("post_count") + 1, last_activity_at=post.created_at)
    thread.post_count, thread.last_activity_at = locked.post_count + 1, post.created_at
    for uploaded, kind in zip(files, kinds, strict=True):
        Attachment.objects.create(post=post, file=uploaded, filename=uploaded.name[:255], kind=kind, size=uploaded.size or 0)
    return post


def _prepare(user, group, body, files):
    if not policy.can_post(user, group):
        raise PermissionDenied
    if not (body or "").strip():
        raise ForumError(_("Please write something."), field="body")
    kinds = _check_files(files)
    trusted = _check_spam_rules(user, group, body)
    if policy.membership_of(user, group) is None:
        join(group, user)  # writing in an open group makes you a member of it
    return kinds, trusted


def start_thread(group, user, title, body, kind=ThreadKind.DISCUSSION, files=()):
    kinds, trusted = _prepare(user, group, body, files)
    if not (title or "").strip():
        raise ForumError(_("Please give the discussion a title."), field="title")
    with transaction.atomic():
        thread = Thread.objects.create(group=group, title=title.strip(), kind=kind, author=user)
        post = _add_post(thread, user, body, files=files, kinds=kinds, held=not trusted)
        Subscription.objects.get_or_create(user=user, thread=thread, defaults={"group": group, "level": FollowLevel.FOLLOW})
        Draft.objects.filter(user=user, group=group, thread=None).delete()
    _after_post(post, NotificationKind.NEW_THREAD)
    return thread


def reply(thread, user, body, files=(), quote_of=None, for_applicant=False):
    if not policy.can_reply(user, thread):
        raise ForumError(_("This discussion is locked: no new replies.") if thread.locked else _("You cannot reply here."))
    kinds, trusted = _prepare(user, thread.group, body, files)
    if quote_of is not None and quote_of.thread_id != thread.pk:
        quote_of = None
    with transaction.atomic():
        post = _add_post(
            thread, user, body, files=files, kinds=kinds, quote_of=quote_of, held=not trusted, for_applicant=for_applicant
        )
        Subscription.objects.get_or_create(
            user=user, thread=thread, defaults={"group": thread.group, "level": FollowLevel.FOLLOW}
        )
        Draft.objects.filter(user=user, thread=thread).delete()
    _after_post(post, NotificationKind.REPLY)
    return post


def _after_post(post, kind):
    if post.awaiting_review:
        notify.moderators(post.thread.group, NotificationKind.REVIEW, thread=post.thread, post=post, actor=post.author)
    else:
        notify.post_published(post, kind)


def edit_post(post, user, body, request=None):
    group = post.thread.group
    if not policy.can_edit_post(user, post, group):
        raise PermissionDenied
    if not (body or "").strip():
        raise ForumError(_("Please write something."), field="body")
    if body == post.body:
        return post
    _check_spam_rules(post.author or user, group, body)
    with transaction.atomic():
        PostRevision.objects.create(post=post, body=post.body, edited_by=user)
        post.body, post.body_html, post.edited_at = body, text.render(body, _linked_handles(body)), timezone.now()
        post.save(update_fields=["body", "body_html", "edited_at"])
    if user.pk != post.author_id:
        record("forum.post.edited_by_moderator", actor=user, target=post, request=request)
    return post


def save_draft(user, group, body, title="", thread=None):
    """Keep what somebody was writing (after a refused submission): nothing typed is lost."""
    if not user.is_authenticated or not ((body or "").strip() or (title or "").strip()):
        return None
    draft, _created = Draft.objects.update_or_create(
        user=user, group=group, thread=thread, defaults={"body": body or "", "title": title or ""}
    )
    return draft


def draft_of(user, group, thread=None):
    if not user.is_authenticated:
        return None
    return Draft.objects.filter(user=user, group=group, thread=thread).first()


def toggle_helpful(post, user):
    """Mark a post helpful, or take the mark back; returns whether it is marked now."""
    if not policy.can_mark_helpful(user, post, post.thread.group):
        raise PermissionDenied
    with transaction.atomic():
        deleted, _by_model = Reaction.objects.filter(post=post, user=user).delete()
        if deleted:
            Post.objects.filter(pk=post.pk).update(helpful_count=F("helpful_count") - 1)
            return False
        try:
            with transaction.atomic():
                Reaction.objects.create(post=post, user=user)
        except IntegrityError:  # a double click: the first one counted
            return True
        Post.objects.filter(pk=post.pk).update(helpful_count=F("helpful_count") + 1)
        return True


def accept_answer(thread, post, user, request=None):
    if not policy.can_accept_answer(user, thread) or post.thread_id != thread.pk or post.number == 1 or not post.is_visible:
        raise PermissionDenied
    thread.accepted_answer = None if thread.accepted_answer_id == post.pk else post
    thread.save(update_fields=["accepted_answer"])
    if thread.accepted_answer_id and post.author_id and post.author_id != user.pk:
        notify.person(post.author, NotificationKind.ACCEPTED, thread.group, thread=thread, post=post, actor=user)
    return thread


# Moderation --------------------------------------------------------------------------------------------------


def report(post, user, reason, note=""):
    group = post.thread.group
    if not policy.can_report(user, post, group):
        raise PermissionDenied
    existing = Report.objects.filter(post=post, reporter=user, resolved_at__isnull=True).first()
    if existing:
        return existing
    created = Report.objects.create(post=post, reporter=user, reason=reason, note=note)
    notify.moderators(group, NotificationKind.REPORT, thread=post.thread, post=post)
    return created


def moderate_post(post, moderator, action, reason="", request=None):
    """hide, restore or approve (a held post) — and resolve the post's open reports with that outcome."""
    group = post.thread.group
    _require_moderator(moderator, group)
    was_held = post.awaiting_review
    if action == "hide":
        post.hidden, post.hidden_reason = True, reason
    elif action == "restore":
        post.hidden, post.hidden_reason = False, ""
    elif action == "approve":
        post.awaiting_review = False
    elif action != "dismiss":
        raise ForumError(_("Unknown moderation action."))
    with transaction.atomic():
        post.save(update_fields=["hidden", "hidden_reason", "awaiting_review"])
        resolved = Report.objects.filter(post=post, resolved_at__isnull=True).update(
            resolved_at=timezone.now(), resolved_by=moderator, outcome=action
        )
        record(f"forum.post.{action}", actor=moderator, target=post, request=request, reason=reason, reports_resolved=resolved)
    if action == "approve" and was_held:
        notify.post_published(post, NotificationKind.NEW_THREAD if post.number == 1 else NotificationKind.REPLY)
    return post


def moderate_thread(thread, moderator, action, target_group=None, request=None):
    """lock / unlock / pin / unpin / hide / restore / move (to another group the moderator also moderates)."""
    _require_moderator(moderator, thread.group)
    flags = {"lock": ("locked", True), "unlock": ("locked", False), "pin": ("pinned", True), "unpin": ("pinned", False)}
    flags |= {"hide": ("hidden", True), "restore": ("hidden", False)}
    details = {}
    if action in flags:
        name, value = flags[action]
        setattr(thread, name, value)
        thread.save(update_fields=[name])
    elif action == "move":
        if target_group is None or target_group.pk == thread.group_id:
            raise ForumError(_("Choose another group to move the discussion to."), field="group")
        if not policy.can_moderate(moderator, target_group):
            raise PermissionDenied
        if thread.ballot_id:
            raise ForumError(_("A ballot's deliberation stays in the P2I Network members group."), field="group")
        details = {"from_group": thread.group.slug, "to_group": target_group.slug}
        thread.group = target_group
        thread.save(update_fields=["group"])
        Subscription.objects.filter(thread=thread).update(group=target_group)
    else:
        raise ForumError(_("Unknown moderation action."))
    record(f"forum.thread.{action}", actor=moderator, target=thread, request=request, **details)
    return thread
