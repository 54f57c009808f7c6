"""Saved searches, follows and what has been sent about them. Rules live in plain modules: matching.py (what a
search finds among new items), digests.py (what is new since the last digest, who receives what), reminders.py."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_SAVED_SEARCHES = 25
DEFAULT_REMINDER_DAYS = (7, 1)


def new_token():
    return secrets.token_urlsafe(24)


class Kind(models.TextChoices):
    """What a saved search looks through: one listing of the site each."""

    RESOURCES = "resources", _("Resource Centre")
    OPPORTUNITIES = "opportunities", _("Opportunities")
    EVENTS = "events", _("Events")
    STORIES = "stories", _("Stories")
    FORUM = "forum", _("Procurement Forum")


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("As soon as possible")
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")


class Delivery(models.TextChoices):
    EMAIL = "email", _("E-mail")
    FEED = "feed", _("Private feed only")
    BOTH = "both", _("E-mail and private feed")


class AlertSettings(models.Model):
    """One per person: the language of alert e-mails, the secret of the private feed, the reminder days."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="alert_settings", verbose_name=_("user")
    )
    language = models.CharField(_("language of the e-mails"), max_length=10, blank=True)
    feed_token = models.CharField(_("private feed key"), max_length=64, unique=True, default=new_token)
    reminder_days = models.CharField(
        _("reminder days"),
        max_length=40,
        default="7,1",
        help_text=_("Days before a deadline or start to send a reminder, separated by commas."),
    )
    reminders = models.BooleanField(_("deadline reminders by e-mail"), default=True)

    class Meta:
        verbose_name = _("alert settings")
        verbose_name_plural = _("alert settings")

    def __str__(self):
        return str(self.user)

    @property
    def days(self):
        return sorted({int(part) for part in self.reminder_days.split(",") if part.strip().isdigit()}, reverse=True)


class SavedSearch(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches", verbose_name=_("user")
    )
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("listing"), max_length=20, choices=Kind.choices)
    query = models.CharField(_("filters"), max_length=2000, blank=True, help_text=_("The listing's query string."))
    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.DAILY)
    delivery = models.CharField(_("delivery"), max_length=10, choices=Delivery.choices, default=Delivery.EMAIL)
    paused = models.BooleanField(_("paused"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_digest_at = models.DateTimeField(_("last digest"), null=True, blank=True)

    class Meta:
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        ordering = ["user", "name", "pk"]
        indexes = [models.Index(fields=["paused", "frequency"], name="alerts_search_due")]

    def __str__(self):
        return self.name

    @property
    def emails(self):
        return self.delivery in (Delivery.EMAIL, Delivery.BOTH)

    @property
    def since(self):
        """Items that became visible after this moment are new for the next digest."""
        return self.last_digest_at or self.created_at


class Sighting(models.Model):
    """When the alerts first saw an item visible (and its deadline then): the basis of "new since"."""

    kind = models.CharField(max_length=20, choices=Kind.choices)
    object_id = models.BigIntegerField()
    visible_since = models.DateTimeField(db_index=True)
    deadline = models.DateTimeField(null=True, blank=True)
    deadline_changed_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("item seen by the alerts")
        verbose_name_plural = _("items seen by the alerts")
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="alerts_sighting_unique")]

    def __str__(self):
        return f"{self.kind} {self.object_id}"


class Reason(models.TextChoices):
    NEW = "new", _("New")
    DEADLINE = "deadline", _("Deadline changed")


class Dispatch(models.Model):
    """What one run reported for one distinct search: the items (`DispatchItem`) are recorded once and shared by every
    saved search that received the same findings (same listing, filters and items), linked through `searches`."""

    kind = models.CharField(max_length=20, choices=Kind.choices)
    query = models.CharField(max_length=2000, blank=True)
    sent_at = models.DateTimeField(db_index=True)
    count = models.PositiveIntegerField(default=0, help_text="How many items (the length of `items`).")
    searches = models.ManyToManyField(SavedSearch, related_name="dispatches", blank=True)

    class Meta:
        verbose_name = _("items sent")
        verbose_name_plural = _("items sent")

    def __str__(self):
        return f"{self.kind} {self.sent_at:%Y-%m-%d %H:%M} ({self.count})"


class DispatchItem(models.Model):
    """One item of a dispatch: new, or an opportunity already reported whose deadline changed (with that deadline)."""

    dispatch = models.ForeignKey(Dispatch, on_delete=models.CASCADE, related_name="items")
    object_id = models.BigIntegerField(db_index=True)
    reason = models.CharField(max_length=10, choices=Reason.choices, default=Reason.NEW)
    deadline = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.dispatch_id} {self.object_id} {self.reason}"


class FollowKind(models.TextChoices):
    OPPORTUNITY = "opportunity", _("Opportunity")
    EVENT = "event", _("Event")
    CHALLENGE = "challenge", _("Challenge")


class Follow(models.Model):
    """A followed opportunity, event or challenge: reminders before its deadline, start or Q&A and response deadlines,
    a notice when the (response) deadline moves."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows", verbose_name=_("user"))
    kind = models.CharField(_("kind"), max_length=20, choices=FollowKind.choices)
    object_id = models.BigIntegerField()
    known_deadline = models.DateTimeField(null=True, blank=True, help_text="The deadline (or start) last told.")
    created_at = models.DateTimeField(_("followed since"), auto_now_add=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [models.UniqueConstraint(fields=["user", "kind", "object_id"], name="alerts_follow_unique")]

    def __str__(self):
        return f"{self.user_id} {self.kind} {self.object_id}"


class ReminderSent(models.Model):
    follow = models.ForeignKey(Follow, on_delete=models.CASCADE, related_name="reminders")
    key = models.CharField(max_length=80, help_text="Which reminder: days before and the date it was for.")
    sent_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["follow", "key"], name="alerts_reminder_once")]

    def __str__(self):
        return f"{self.follow_id} {self.key}"


class AlertRun(models.Model):
    """One run of `send_alerts`: what it sent and what went wrong (the admin shows the last ones)."""

    started_at = models.DateTimeField(_("started"), db_index=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    searches = models.PositiveIntegerField(_("searches looked at"), default=0)
    emails = models.PositiveIntegerField(_("digest e-mails sent"), default=0)
    items = models.PositiveIntegerField(_("items sent"), default=0)
    reminders = models.PositiveIntegerField(_("reminders sent"), default=0)
    errors = models.TextField(_("errors"), blank=True)

    class Meta:
        verbose_name = _("alert run")
        verbose_name_plural = _("alert runs")
        ordering = ["-started_at"]

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M}"
