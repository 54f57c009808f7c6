"""The Procurement Forum: groups of practitioners, their discussions, and what keeps members informed.

Changes go through `innoprocure.forum.services` (which checks `policy` and records decisions in the audit trail);
these models hold the data and the guards that must hold whoever writes: one membership per person and group, one
number per post in a thread, one "helpful" per person and post.
"""

import secrets
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _

from innoprocure.core.storage import private_storage
from innoprocure.core.uploads import DOCUMENT_KINDS, IMAGE_KINDS, UploadValidator
from innoprocure.events.models import EventFormat

ATTACHMENT_KINDS = DOCUMENT_KINDS + IMAGE_KINDS


class GroupKind(models.TextChoices):
    OPEN = "open", _("Open: anyone signed in may join")
    CLOSED = "closed", _("Closed: join on request")
    PRIVATE = "private", _("Private: members only")


# Paths under /forum/ that are pages, not groups.
RESERVED_SLUGS = {
    "guidelines",
    "notifications",
    "settings",
    "unsubscribe",
    "members",
    "moderation",
    "attachments",
    "posts",
    "deliberations",
    "search",
}


def not_reserved(value):
    if value in RESERVED_SLUGS:
        raise ValidationError(_("“%(slug)s” is the address of a forum page; choose another."), params={"slug": value})


class ForumGroup(models.Model):
    """A community of practice: its own members, moderators and discussions."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, validators=[not_reserved])
    kind = models.CharField(_("kind"), max_length=10, choices=GroupKind.choices, default=GroupKind.OPEN)
    summary = models.CharField(_("summary"), max_length=300, help_text=_("One or two sentences shown in the list."))
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    entry_requirements = models.TextField(
        _("entry requirements"), blank=True, help_text=_("Who may join a closed group; shown to people who ask to join.")
    )
    languages = models.ManyToManyField("core.Language", blank=True, related_name="+", verbose_name=_("languages"))
    sector = models.ForeignKey(
        "core.Sector", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("sector")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        permissions = [("moderate_forum", _("Can moderate every open and closed forum group"))]
        verbose_name = _("forum group")
        verbose_name_plural = _("forum groups")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("forum:group", args=[self.slug])

    @property
    def is_private(self):
        return self.kind == GroupKind.PRIVATE


class MemberRole(models.TextChoices):
    MEMBER = "member", _("Member")
    MODERATOR = "moderator", _("Moderator")


class MembershipStatus(models.TextChoices):
    REQUESTED = "requested", _("Asked to join")
    ACTIVE = "active", _("Member")
    DECLINED = "declined", _("Request declined")
    SUSPENDED = "suspended", _("Suspended")


class Membership(models.Model):
    group = models.ForeignKey(ForumGroup, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("group"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_memberships", verbose_name=_("user")
    )
    role = models.CharField(_("role"), max_length=10, choices=MemberRole.choices, default=MemberRole.MEMBER)
    status = models.CharField(_("status"), max_length=10, choices=MembershipStatus.choices, default=MembershipStatus.ACTIVE)
    request_message = models.TextField(_("why I would like to join"), blank=True)
    decision_note = models.TextField(_("note on the decision"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("decided by")
    )

    class Meta:
        ordering = ["group__name", "created_at"]
        constraints = [models.UniqueConstraint(fields=["group", "user"], name="forum_one_membership_per_group")]
        verbose_name = _("group membership")
        verbose_name_plural = _("group memberships")

    def __str__(self):
        return f"{self.user} in {self.group}"

    @property
    def is_active(self):
        return self.status == MembershipStatus.ACTIVE

    @property
    def is_moderator(self):
        return self.is_active and self.role == MemberRole.MODERATOR


class ThreadKind(models.TextChoices):
    DISCUSSION = "discussion", _("Discussion")
    QUESTION = "question", _("Question")


class Thread(models.Model):
    group = models.ForeignKey(ForumGroup, on_delete=models.CASCADE, related_name="threads", verbose_name=_("group"))
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=12, choices=ThreadKind.choices, default=ThreadKind.DISCUSSION)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("author")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_activity_at = models.DateTimeField(_("last activity"), auto_now_add=True, db_index=True)
    post_count = models.PositiveIntegerField(_("posts"), default=0)
    pinned = models.BooleanField(_("pinned"), default=False)
    locked = models.BooleanField(_("locked"), default=False, help_text=_("No new replies."))
    hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    accepted_answer = models.ForeignKey(
        "Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("accepted answer")
    )
    # The deliberation of the P2I Network members on a membership ballot.
    ballot = models.OneToOneField(
        "membership.Ballot",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="forum_thread",
        verbose_name=_("ballot discussed"),
    )

    class Meta:
        ordering = ["-pinned", "-last_activity_at", "-pk"]
        verbose_name = _("discussion")
        verbose_name_plural = _("discussions")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("forum:thread", args=[self.group.slug, self.pk])

    @property
    def is_question(self):
        return self.kind == ThreadKind.QUESTION


class Post(models.Model):
    """The opening post (number 1) or a reply."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts", verbose_name=_("discussion"))
    number = models.PositiveIntegerField(_("number"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="forum_posts",
        verbose_name=_("author"),
    )
    body = models.TextField(_("text"), help_text=_("Markdown."))
    body_html = models.TextField(_("text as HTML"), editable=False)
    quote_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("quotes")
    )
    created_at = models.DateTimeField(_("posted"), auto_now_add=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    hidden_reason = models.CharField(_("why hidden"), max_length=255, blank=True)
    awaiting_review = models.BooleanField(
        _("awaiting review"), default=False, help_text=_("A new member's first posts wait for a moderator.")
    )
    # In a ballot deliberation: a question to the applicant, who sees only these posts and their answers.
    for_applicant = models.BooleanField(_("question to the applicant"), default=False)
    answers = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="applicant_answers", verbose_name=_("answers")
    )
    helpful_count = models.PositiveIntegerField(_("marked helpful"), default=0)

    class Meta:
        ordering = ["thread", "number"]
        constraints = [models.UniqueConstraint(fields=["thread", "number"], name="forum_one_number_per_post")]
        verbose_name = _("post")
        verbose_name_plural = _("posts")

    def __str__(self):
        return f"{self.thread} #{self.number}"

    def get_absolute_url(self):
        return f"{self.thread.get_absolute_url()}#post-{self.number}"

    @property
    def is_visible(self):
        return not self.hidden and not self.awaiting_review


class PostRevision(models.Model):
    """The text of a post before an edit: the edit history moderators see."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("post"))
    body = models.TextField(_("text"))
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("edited by")
    )
    replaced_at = models.DateTimeField(_("replaced"), auto_now_add=True)

    class Meta:
        ordering = ["post", "-replaced_at", "-pk"]
        verbose_name = _("earlier version")
        verbose_name_plural = _("earlier versions")

    def __str__(self):
        return f"{self.post} ({self.replaced_at:%Y-%m-%d %H:%M})"


def attachment_upload_to(instance, filename):
    """A random folder per file: attachments are never listed and their address cannot be guessed."""
    return f"forum/{secrets.token_hex(16)}/{get_valid_filename(PurePath(filename).name)[-100:]}"


class Attachment(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("post"))
    file = models.FileField(
        _("file"),
        upload_to=attachment_upload_to,
        storage=private_storage,
        max_length=255,
        validators=[UploadValidator(allowed=ATTACHMENT_KINDS)],
    )
    filename = models.CharField(_("file name"), max_length=255)
    kind = models.CharField(_("type"), max_length=10)
    size = models.PositiveBigIntegerField(_("size"), default=0)

    class Meta:
        ordering = ["post", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.filename

    def get_absolute_url(self):
        return reverse("forum:attachment", args=[self.pk])


class Reaction(models.Model):
    """Somebody found a post helpful."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions", verbose_name=_("post"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_reactions", verbose_name=_("user")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["post", "user"], name="forum_one_reaction_per_person")]
        verbose_name = _("helpful mark")
        verbose_name_plural = _("helpful marks")

    def __str__(self):
        return f"{self.user} → {self.post}"


class ReportReason(models.TextChoices):
    SPAM = "spam", _("Spam or advertising")
    ABUSE = "abuse", _("Abusive or disrespectful")
    OFF_TOPIC = "off_topic", _("Off topic")
    CONFIDENTIAL = "confidential", _("Shares confidential information")
    OTHER = "other", _("Something else")


class Report(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports", verbose_name=_("post"))
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reported by"),
    )
    reason = models.CharField(_("reason"), max_length=15, choices=ReportReason.choices)
    note = models.TextField(_("what is wrong"), blank=True)
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("resolved by"),
    )
    outcome = models.CharField(_("outcome"), max_length=20, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self):
        return f"{self.get_reason_display()}: {self.post}"


class Draft(models.Model):
    """Text somebody is writing: a new discussion in a group, or a reply in a thread. Kept until posted."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("user"))
    group = models.ForeignKey(ForumGroup, on_delete=models.CASCADE, related_name="+", verbose_name=_("group"))
    thread = models.ForeignKey(Thread, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=200, blank=True)
    body = models.TextField(_("text"), blank=True)
    updated_at = models.DateTimeField(_("saved"), auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "thread"], name="forum_one_reply_draft"),
            models.UniqueConstraint(
                fields=["user", "group"], condition=models.Q(thread__isnull=True), name="forum_one_new_thread_draft"
            ),
        ]
        verbose_name = _("draft")
        verbose_name_plural = _("drafts")

    def __str__(self):
        return self.title or f"{self.group} ({self.updated_at:%Y-%m-%d})"


class GroupEvent(models.Model):
    """A meeting of a group (a call, a workshop, a site visit): seen, like its discussions, by who may read them."""

    group = models.ForeignKey(ForumGroup, on_delete=models.CASCADE, related_name="events", verbose_name=_("group"))
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts"), db_index=True)
    ends_at = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"), max_length=64, default=settings.TIME_ZONE, help_text=_("The zone the times are given in.")
    )
    event_format = models.CharField(_("format"), max_length=10, choices=EventFormat.choices, default=EventFormat.ONLINE)
    location = models.CharField(_("venue"), max_length=255, blank=True, help_text=_("Address, building and room."))
    online_url = models.URLField(_("link to join online"), max_length=500, blank=True)
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    description_html = models.TextField(_("description as HTML"), editable=False, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("organiser")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)
    cancelled = models.BooleanField(_("cancelled"), default=False)

    class Meta:
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_at__gte=models.F("starts_at")), name="forum_event_ends_after_start")
        ]
        verbose_name = _("group event")
        verbose_name_plural = _("group events")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("forum:event", args=[self.group.slug, self.pk])

    @property
    def zone(self):
        from zoneinfo import ZoneInfo

        return ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return self.starts_at.astimezone(self.zone)

    @property
    def local_end(self):
        return self.ends_at.astimezone(self.zone)

    @property
    def is_past(self):
        from django.utils import timezone

        return self.ends_at < timezone.now()

    @property
    def is_online(self):
        return self.event_format in (EventFormat.ONLINE, EventFormat.HYBRID)

    @property
    def is_in_person(self):
        return self.event_format in (EventFormat.PHYSICAL, EventFormat.HYBRID)


class EventAttendance(models.Model):
    """Somebody said they will take part in a group event."""

    event = models.ForeignKey(GroupEvent, on_delete=models.CASCADE, related_name="attendances", verbose_name=_("event"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_event_attendances", verbose_name=_("user")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["event", "created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["event", "user"], name="forum_one_attendance_per_person")]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")

    def __str__(self):
        return f"{self.user} → {self.event}"


class EmailMode(models.TextChoices):
    EACH = "each", _("An e-mail for each notification")
    DIGEST = "digest", _("One e-mail a day with everything new")
    OFF = "off", _("No e-mails: I read my notifications on the site")


class ForumProfile(models.Model):
    """How a person appears in the forum and how they want to be told about what happens there."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_profile", verbose_name=_("user")
    )
    handle = models.SlugField(_("name for mentions"), max_length=40, unique=True, help_text=_("Others mention you as @name."))
    visible = models.BooleanField(
        _("show my profile in the member directory"),
        default=False,
        help_text=_("Shows your name, organisation, country, expertise and languages to signed-in members."),
    )
    expertise = models.CharField(
        _("expertise"), max_length=300, blank=True, help_text=_("For example: PCP, health procurement, market dialogue.")
    )
    sectors = models.ManyToManyField("core.Sector", blank=True, related_name="+", verbose_name=_("sectors"))
    language = models.CharField(
        _("language of e-mails"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    email_mode = models.CharField(_("e-mail notifications"), max_length=10, choices=EmailMode.choices, default=EmailMode.EACH)
    suspended = models.BooleanField(_("suspended from the forum"), default=False)
    suspension_reason = models.CharField(_("why suspended"), max_length=255, blank=True)
    digest_sent_at = models.DateTimeField(_("last digest"), null=True, blank=True)

    class Meta:
        ordering = ["handle"]
        verbose_name = _("forum profile")
        verbose_name_plural = _("forum profiles")

    def __str__(self):
        return f"@{self.handle}"


class FollowLevel(models.TextChoices):
    FOLLOW = "follow", _("Following")
    MUTE = "mute", _("Muted")


class Subscription(models.Model):
    """Follow or mute a whole group or one thread; a thread's setting wins over its group's."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("user"))
    group = models.ForeignKey(ForumGroup, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    level = models.CharField(_("level"), max_length=10, choices=FollowLevel.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "group"], condition=models.Q(thread__isnull=True), name="forum_group_sub"),
            models.UniqueConstraint(fields=["user", "thread"], name="forum_thread_sub"),
        ]
        verbose_name = _("follow or mute")
        verbose_name_plural = _("follows and mutes")

    def __str__(self):
        return f"{self.get_level_display()}: {self.thread or self.group}"


class NotificationKind(models.TextChoices):
    REPLY = "reply", _("New reply")
    NEW_THREAD = "new_thread", _("New discussion")
    MENTION = "mention", _("Mention")
    JOIN_REQUEST = "join_request", _("Request to join")
    JOIN_DECIDED = "join_decided", _("Decision on your request")
    ACCEPTED = "accepted", _("Answer accepted")
    REPORT = "report", _("Post reported")
    REVIEW = "review", _("Post awaiting review")
    QUESTION = "question", _("Question to the applicant")
    EVENT = "event", _("New event")
    EVENT_CHANGED = "event_changed", _("Event changed")
    EVENT_CANCELLED = "event_cancelled", _("Event cancelled")


NOTIFICATION_TEXTS = {
    NotificationKind.REPLY: _("%(who)s replied in “%(thread)s”"),
    NotificationKind.NEW_THREAD: _("%(who)s started “%(thread)s” in %(group)s"),
    NotificationKind.MENTION: _("%(who)s mentioned you in “%(thread)s”"),
    NotificationKind.JOIN_REQUEST: _("%(who)s asks to join %(group)s"),
    NotificationKind.JOIN_DECIDED: _("Your request to join %(group)s has been answered"),
    NotificationKind.ACCEPTED: _("Your answer in “%(thread)s” was accepted"),
    NotificationKind.REPORT: _("A post in “%(thread)s” was reported"),
    NotificationKind.REVIEW: _("A new member's post in “%(thread)s” awaits review"),
    NotificationKind.QUESTION: _("%(who)s asked you a question about your membership application"),
    NotificationKind.EVENT: _("%(who)s scheduled “%(event)s” in %(group)s"),
    NotificationKind.EVENT_CHANGED: _("The time or place of “%(event)s” in %(group)s has changed"),
    NotificationKind.EVENT_CANCELLED: _("“%(event)s” in %(group)s is cancelled"),
}
EVENT_KINDS = (NotificationKind.EVENT, NotificationKind.EVENT_CHANGED, NotificationKind.EVENT_CANCELLED)


class Notification(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_notifications", verbose_name=_("recipient")
    )
    kind = models.CharField(_("kind"), max_length=15, choices=NotificationKind.choices)
    group = models.ForeignKey(ForumGroup, on_delete=models.CASCADE, related_name="+", verbose_name=_("group"))
    thread = models.ForeignKey(Thread, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey(Post, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    event = models.ForeignKey(GroupEvent, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    actor_name = models.CharField(_("who"), max_length=150, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "read_at"], name="forum_unread")]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")

    def __str__(self):
        return str(self.describe())

    def get_absolute_url(self):
        if self.kind == NotificationKind.JOIN_REQUEST:
            return reverse("forum:members", args=[self.group.slug])
        if self.kind in (NotificationKind.REPORT, NotificationKind.REVIEW):
            return reverse("forum:queue")
        if self.kind == NotificationKind.QUESTION:
            return reverse("forum:applicant_questions", args=[self.thread_id])
        if self.event_id:
            return self.event.get_absolute_url()
        if self.post_id:
            return self.post.get_absolute_url()
        if self.thread_id:
            return self.thread.get_absolute_url()
        return self.group.get_absolute_url()

    def describe(self):
        """One sentence in the reader's language (the text is composed when shown, not when stored)."""
        names = {
            "who": self.actor_name or _("a member"),
            "thread": self.thread.title if self.thread_id else "",
            "group": self.group.name,
            "event": self.event.title if self.event_id else "",
        }
        return NOTIFICATION_TEXTS[self.kind] % names
