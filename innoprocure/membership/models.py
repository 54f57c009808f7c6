"""Membership of the P2I Network: applications, the ballots that decide them, and the votes of member centres.

State changes go through `innoprocure.membership.services` only; these models add the guards that must hold
whoever writes to them: one ballot per application, one vote per centre per ballot, a reason for every "no",
and nothing about a closed ballot changes any more.
"""

import secrets
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _

from innoprocure.core.illustrative import illustrative_field
from innoprocure.core.storage import private_storage
from innoprocure.core.uploads import DOCUMENT_KINDS, IMAGE_KINDS, UploadValidator
from innoprocure.membership.eligibility import REQUIREMENTS
from innoprocure.membership.voting import ABSTAIN, NO, YES

# Evidence may be documents or scans (a photographed signed letter is common).
EVIDENCE_KINDS = ("pdf", "docx", "odt", "rtf", "txt") + tuple(kind for kind in IMAGE_KINDS if kind != "gif")
assert set(EVIDENCE_KINDS) <= set(DOCUMENT_KINDS) | set(IMAGE_KINDS)


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    RETURNED = "returned", _("Returned for completion")
    VOTING = "voting", _("Members are voting")
    ADMITTED = "admitted", _("Admitted")
    REJECTED = "rejected", _("Not admitted")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# An applicant has at most one application in these states at a time.
OPEN_STATUSES = (ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, ApplicationStatus.VOTING)
# The applicant may change the application in these states.
EDITABLE_STATUSES = (ApplicationStatus.DRAFT, ApplicationStatus.RETURNED)
DECIDED_STATUSES = (ApplicationStatus.ADMITTED, ApplicationStatus.REJECTED)

# What the applicant fills in (everything else is the workflow's).
APPLICANT_FIELDS = [
    "organisation",
    "country",
    "parent_organisation",
    "established_year",
    "website",
    "track_record",
    "contact_name",
    "contact_email",
    "contact_phone",
    "publish_contact",
] + [f"{requirement.key}_{part}" for requirement in REQUIREMENTS for part in ("evidence", "file")]


def evidence_upload_to(instance, filename):
    """A random folder per file: evidence is never listed and its address cannot be guessed."""
    name = get_valid_filename(PurePath(filename).name)[-100:] or "evidence"
    return f"membership/evidence/{secrets.token_urlsafe(18)}/{name}"


def evidence_file_field(label):
    return models.FileField(
        label,
        upload_to=evidence_upload_to,
        storage=private_storage,
        blank=True,
        max_length=255,
        validators=[UploadValidator(allowed=EVIDENCE_KINDS)],
    )


class ApplicationQuerySet(models.QuerySet):
    def seen_by_secretariat(self):
        """Applications submitted at least once: a draft that was never submitted is the applicant's alone."""
        return self.filter(submitted_at__isnull=False)


class MembershipApplication(models.Model):
    """An organisation's request to join the network as a member centre."""

    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="membership_applications",
        verbose_name=_("applicant account"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ApplicationStatus.choices, default=ApplicationStatus.DRAFT, db_index=True
    )

    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    country = models.ForeignKey(
        "core.Country", null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("country")
    )
    parent_organisation = models.CharField(
        _("parent ministry or agency"),
        max_length=255,
        blank=True,
        help_text=_("The ministry or agency that mandates or hosts the centre."),
    )
    established_year = models.PositiveSmallIntegerField(_("year established"), null=True, blank=True)
    website = models.URLField(_("website"), blank=True)
    track_record = models.TextField(
        _("track record"),
        blank=True,
        help_text=_("What the centre has done so far: procurers advised, projects supported, trainings given."),
    )
    contact_name = models.CharField(_("contact person"), max_length=255, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=40, blank=True)
    publish_contact = models.BooleanField(
        _("publish the contact person on the centre's page"),
        default=False,
        help_text=_(
            "If the centre is admitted, show the contact person's name and e-mail address as its contact point in "
            "the network's public directory. Without this consent they are not published."
        ),
    )
    # Not an applicant field: set for the demo's invented applicants, and passed on to the centre on admission.
    illustrative = illustrative_field()

    mandate_evidence = models.TextField(_("evidence of the government mandate"), blank=True)
    mandate_file = evidence_file_field(_("mandate document"))
    resources_evidence = models.TextField(_("evidence of budget and resources"), blank=True)
    resources_file = evidence_file_field(_("budget and resources document"))
    investment_evidence = models.TextField(_("evidence of willingness to invest in the network"), blank=True)
    investment_file = evidence_file_field(_("investment document"))
    commitment_evidence = models.TextField(_("evidence of institutional commitment"), blank=True)
    commitment_file = evidence_file_field(_("commitment document"))

    centre = models.ForeignKey(
        "network.CompetenceCentre",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="membership_applications",
        verbose_name=_("competence centre"),
        help_text=_("The centre's record in the directory, linked when the application is decided."),
    )
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    updated_at = models.DateTimeField(_("last saved"), default=timezone.now)
    submitted_at = models.DateTimeField(_("last submitted"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        permissions = [("manage_applications", _("Can check applications, return them and open ballots"))]

    def __str__(self):
        return self.organisation or str(_("Untitled application %(number)s") % {"number": self.pk or ""})

    def get_absolute_url(self):
        return reverse("membership:my_application")

    def get_secretariat_url(self):
        return reverse("membership:secretariat_application", kwargs={"pk": self.pk})

    @property
    def is_editable(self):
        return self.status in EDITABLE_STATUSES

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    def evidence(self):
        """[{requirement, text, document, filename}] in the order of the requirements."""
        items = []
        for requirement in REQUIREMENTS:
            document = getattr(self, f"{requirement.key}_file")
            items.append(
                {
                    "requirement": requirement,
                    "text": getattr(self, f"{requirement.key}_evidence"),
                    "document": document,
                    "filename": document.name.rsplit("/", 1)[-1] if document else "",
                }
            )
        return items

    def remove_evidence_files(self):
        """Clear every evidence upload; the files leave storage once the change is committed (core/storage.py)."""
        names = [f"{requirement.key}_file" for requirement in REQUIREMENTS if getattr(self, f"{requirement.key}_file")]
        for name in names:
            setattr(self, name, "")
        if names:
            self.save(update_fields=names)

    def last_return_comment(self):
        event = self.events.filter(action=ApplicationEvent.Action.RETURNED).order_by("-created_at", "-pk").first()
        return event.comment if event else ""


class ApplicationEvent(models.Model):
    """One step in an application's life, shown to the applicant and the secretariat as its timeline."""

    class Action(models.TextChoices):
        STARTED = "started", _("Application started")
        SUBMITTED = "submitted", _("Submitted to the secretariat")
        RETURNED = "returned", _("Returned by the secretariat for completion")
        WITHDRAWN = "withdrawn", _("Withdrawn by the applicant")
        BALLOT_OPENED = "ballot-opened", _("Ballot opened: member centres are voting")
        ADMITTED = "admitted", _("Admitted to the network")
        REJECTED = "rejected", _("Not admitted")

    application = models.ForeignKey(
        MembershipApplication, on_delete=models.CASCADE, related_name="events", verbose_name=_("application")
    )
    action = models.CharField(_("what happened"), max_length=20, choices=Action.choices)
    from_status = models.CharField(_("from"), max_length=20, choices=ApplicationStatus.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=ApplicationStatus.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("who")
    )
    actor_label = models.CharField(_("who (as recorded)"), max_length=255, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("application event")
        verbose_name_plural = _("application events")

    def __str__(self):
        return f"{self.application}: {self.get_action_display()}"

    def save(self, *args, **kwargs):
        if self.pk and not kwargs.get("force_insert"):
            raise ValidationError(_("The timeline of an application is never rewritten."))
        super().save(*args, **kwargs)


class BallotClosedError(ValidationError):
    """Raised when anything tries to change a ballot that has closed, or a vote in it."""

    def __init__(self):
        super().__init__(_("This ballot has closed; its votes and outcome can no longer change."), code="ballot_closed")


class Ballot(models.Model):
    """The member centres' vote on one application, under the rules in force when it opened."""

    class Outcome(models.TextChoices):
        ADMITTED = "admitted", _("Admitted")
        REJECTED = "rejected", _("Not admitted")

    application = models.OneToOneField(
        MembershipApplication, on_delete=models.PROTECT, related_name="ballot", verbose_name=_("application")
    )
    opened_at = models.DateTimeField(_("opened"), default=timezone.now)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("opened by")
    )
    closes_at = models.DateTimeField(_("closes"), db_index=True)
    rules = models.JSONField(_("rules in force when the ballot opened"), default=dict)
    electorate = models.ManyToManyField(
        "network.CompetenceCentre", through="Elector", related_name="+", verbose_name=_("centres entitled to vote")
    )
    electorate_size = models.PositiveIntegerField(_("centres entitled to vote"), default=0)

    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, db_index=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("closed by"),
        help_text=_("Empty when the ballot closed automatically at the end of its window."),
    )
    closed_early = models.BooleanField(_("closed before the end of the window"), default=False)
    close_note = models.TextField(_("why it was closed early"), blank=True)
    yes_count = models.PositiveIntegerField(_("yes"), null=True, blank=True)
    no_count = models.PositiveIntegerField(_("no"), null=True, blank=True)
    abstain_count = models.PositiveIntegerField(_("abstain"), null=True, blank=True)
    required_turnout = models.PositiveIntegerField(_("votes needed for the quorum"), null=True, blank=True)
    quorum_met = models.BooleanField(_("quorum met"), null=True, blank=True)
    majority_met = models.BooleanField(_("majority met"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)
    outcome_statement = models.TextField(_("outcome statement"), blank=True)

    class Meta:
        ordering = ["-opened_at", "-pk"]
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")
        permissions = [("manage_ballots", _("Can close ballots and see who has voted"))]

    def __str__(self):
        return str(_("Ballot on %(organisation)s") % {"organisation": self.application})

    def save(self, *args, **kwargs):
        # Once closed in the database, a ballot is a record: no service, admin or shell may change it.
        if self.pk and Ballot.objects.filter(pk=self.pk, closed_at__isnull=False).exists():
            raise BallotClosedError()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("membership:ballot", kwargs={"pk": self.pk})

    def delete(self, *args, **kwargs):
        if self.pk and Ballot.objects.filter(pk=self.pk, closed_at__isnull=False).exists():
            raise BallotClosedError()
        return super().delete(*args, **kwargs)

    @property
    def is_closed(self):
        return self.closed_at is not None

    @property
    def did_not_vote(self):
        if not self.is_closed:
            return None
        return self.electorate_size - (self.yes_count or 0) - (self.no_count or 0) - (self.abstain_count or 0)

    def is_due(self, now=None):
        return not self.is_closed and (now or timezone.now()) >= self.closes_at

    def accepts_votes(self, now=None):
        return not self.is_closed and (now or timezone.now()) < self.closes_at


class Elector(models.Model):
    """A centre entitled to vote in a ballot, fixed when the ballot opened."""

    ballot = models.ForeignKey(Ballot, on_delete=models.CASCADE, related_name="electors", verbose_name=_("ballot"))
    centre = models.ForeignKey("network.CompetenceCentre", on_delete=models.PROTECT, related_name="+", verbose_name=_("centre"))
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)

    class Meta:
        ordering = ["centre__name"]
        verbose_name = _("elector")
        verbose_name_plural = _("electors")
        constraints = [models.UniqueConstraint(fields=["ballot", "centre"], name="membership_one_elector_per_centre")]

    def __str__(self):
        return f"{self.centre} – {self.ballot}"


class VoteChoice(models.TextChoices):
    YES = YES, _("Yes, admit")
    NO = NO, _("No, do not admit")
    ABSTAIN = ABSTAIN, _("Abstain")


def _ballot_is_closed(ballot_id):
    return Ballot.objects.filter(pk=ballot_id, closed_at__isnull=False).exists()


class Vote(models.Model):
    """A member centre's current vote in a ballot. Changes are kept in VoteChange."""

    ballot = models.ForeignKey(Ballot, on_delete=models.PROTECT, related_name="votes", verbose_name=_("ballot"))
    centre = models.ForeignKey("network.CompetenceCentre", on_delete=models.PROTECT, related_name="+", verbose_name=_("centre"))
    choice = models.CharField(_("vote"), max_length=10, choices=VoteChoice.choices)
    reason = models.TextField(_("reason"), blank=True)
    cast_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("cast by")
    )
    first_cast_at = models.DateTimeField(_("first cast"), default=timezone.now)
    changed_at = models.DateTimeField(_("last changed"), default=timezone.now)

    class Meta:
        ordering = ["centre__name"]
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["ballot", "centre"], name="membership_one_vote_per_centre"),
            models.CheckConstraint(condition=~models.Q(choice=NO) | ~models.Q(reason=""), name="membership_no_vote_has_reason"),
        ]

    def __str__(self):
        return f"{self.centre}: {self.get_choice_display()}"

    def save(self, *args, **kwargs):
        if _ballot_is_closed(self.ballot_id):
            raise BallotClosedError()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if _ballot_is_closed(self.ballot_id):
            raise BallotClosedError()
        return super().delete(*args, **kwargs)


class VoteChange(models.Model):
    """Every vote as it was cast or changed: the audit trail of a ballot. Only ever added to."""

    ballot = models.ForeignKey(Ballot, on_delete=models.PROTECT, related_name="vote_changes", verbose_name=_("ballot"))
    centre = models.ForeignKey("network.CompetenceCentre", on_delete=models.PROTECT, related_name="+", verbose_name=_("centre"))
    choice = models.CharField(_("vote"), max_length=10, choices=VoteChoice.choices)
    reason = models.TextField(_("reason"), blank=True)
    cast_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("cast by")
    )
    cast_by_label = models.CharField(_("cast by (as recorded)"), max_length=255, blank=True)
    recorded_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["recorded_at", "pk"]
        verbose_name = _("vote change")
        verbose_name_plural = _("vote history")

    def __str__(self):
        return f"{self.recorded_at:%Y-%m-%d %H:%M} {self.centre}: {self.get_choice_display()}"

    def save(self, *args, **kwargs):
        if self.pk and not kwargs.get("force_insert"):
            raise ValidationError(_("The vote history is never rewritten."))
        if _ballot_is_closed(self.ballot_id):
            raise BallotClosedError()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError(_("The vote history is never rewritten."))
