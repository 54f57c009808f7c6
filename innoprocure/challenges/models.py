"""Challenges: a verified public buyer describes a need, suppliers ask questions (answered publicly for everybody) and
send confidential solution ideas, the buyer shortlists, gives feedback and publishes the outcome.

Who may see and do what is decided in `policy.py`; changes go through `services.py`, which records decisions in the
audit trail. A published challenge is mirrored as an opportunity of type "challenge" (`listing.py`), holding public
fields only, so it appears in the opportunity listing, site search, the API and the feeds.
"""

import datetime
from pathlib import PurePath

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _

from innoprocure.core.illustrative import illustrative_field
from innoprocure.core.storage import private_storage
from innoprocure.core.timezones import zone_choices
from innoprocure.core.uploads import DOCUMENT_KINDS, IMAGE_KINDS, UploadValidator

ATTACHMENT_KINDS = DOCUMENT_KINDS + IMAGE_KINDS
RETENTION = datetime.timedelta(days=730)  # responses are kept two years after the response deadline


class OrganisationKind(models.TextChoices):
    BUYER = "buyer", _("Public buyer")
    SUPPLIER = "supplier", _("Supplier or innovator")


class OrganisationSize(models.TextChoices):
    STARTUP = "startup", _("Start-up")
    SME = "sme", _("SME")
    LARGE = "large", _("Large company")


class Verification(models.TextChoices):
    PENDING = "pending", _("Waiting for verification")
    VERIFIED = "verified", _("Verified")
    REFUSED = "refused", _("Not verified")


def _upload_to(folder):
    def upload_to(instance, filename):
        name = get_valid_filename(PurePath(filename).name) or "file"
        return f"challenges/{folder}/{timezone.now():%Y/%m}/{name}"

    return upload_to


def verification_upload_to(instance, filename):
    return _upload_to("verification")(instance, filename)


def challenge_upload_to(instance, filename):
    return _upload_to("attachments")(instance, filename)


def response_upload_to(instance, filename):
    return _upload_to("responses")(instance, filename)


class Organisation(models.Model):
    """A public buyer (verified by the platform team before it may publish) or a supplier's company profile."""

    kind = models.CharField(_("kind"), max_length=10, choices=OrganisationKind.choices)
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    country = models.ForeignKey("core.Country", verbose_name=_("country"), on_delete=models.PROTECT, related_name="+")
    website = models.URLField(_("website"), blank=True)
    # Buyers
    email_domain = models.CharField(
        _("official e-mail domain"),
        max_length=100,
        blank=True,
        help_text=_("The domain of the organisation's official e-mail addresses, e.g. city.example.eu."),
    )
    verification_document = models.FileField(
        _("verification document"),
        upload_to=verification_upload_to,
        storage=private_storage,
        max_length=255,
        blank=True,
        validators=[UploadValidator(allowed=DOCUMENT_KINDS)],
        help_text=_("A letter or registry extract showing that you act for this public body (seen by the platform team only)."),
    )
    verification = models.CharField(
        _("verification"), max_length=10, choices=Verification.choices, default=Verification.PENDING, db_index=True
    )
    verification_note = models.TextField(_("note of the platform team"), blank=True)
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True)
    # Suppliers
    size = models.CharField(_("size"), max_length=10, choices=OrganisationSize.choices, blank=True)
    sectors = models.ManyToManyField("core.Sector", verbose_name=_("sectors"), blank=True, related_name="+")
    pitch = models.TextField(_("short pitch"), max_length=1000, blank=True)
    illustrative = illustrative_field()
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    @property
    def is_buyer(self):
        return self.kind == OrganisationKind.BUYER

    @property
    def is_verified_buyer(self):
        return self.kind == OrganisationKind.BUYER and self.verification == Verification.VERIFIED


class OrganisationMember(models.Model):
    """A person acting for an organisation. One organisation per person; an organisation has several members."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="challenge_membership", verbose_name=_("user")
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="members", verbose_name=_("organisation")
    )
    added_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        ordering = ["added_at", "pk"]
        verbose_name = _("organisation member")
        verbose_name_plural = _("organisation members")

    def __str__(self):
        return f"{self.user} ({self.organisation})"


class Procedure(models.TextChoices):
    PCP = "pcp", _("Pre-commercial procurement (PCP)")
    PPI = "ppi", _("Public procurement of innovative solutions (PPI)")
    PARTNERSHIP = "innovation-partnership", _("Innovation partnership")
    NONE = "none", _("None chosen yet")


class ChallengeStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Waiting for moderation")
    PUBLISHED = "published", _("Published")


class OutcomeKind(models.TextChoices):
    TENDER = "tender", _("Led to a tender")
    NO_SOLUTION = "no-solution", _("No suitable solution")
    OTHER = "other", _("Other outcome")


class ChallengeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=ChallengeStatus.PUBLISHED)


class Challenge(models.Model):
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="challenges",
        verbose_name=_("buyer"),
        limit_choices_to={"kind": OrganisationKind.BUYER},
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    need = models.TextField(
        _("the need"), help_text=_("What has to be achieved, in functional terms: describe the problem, not a product.")
    )
    context = models.TextField(_("context"), blank=True)
    expected_outcomes = models.TextField(_("expected outcomes"), blank=True)
    constraints = models.TextField(_("constraints"), blank=True)
    budget_min = models.DecimalField(_("budget from"), max_digits=14, decimal_places=0, null=True, blank=True)
    budget_max = models.DecimalField(_("budget up to"), max_digits=14, decimal_places=0, null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, default="EUR")
    timeline = models.TextField(_("timeline"), blank=True)
    languages = models.ManyToManyField(
        "core.Language", verbose_name=_("languages accepted"), related_name="+", help_text=_("Responses may be written in these.")
    )
    questions_deadline = models.DateTimeField(_("deadline for questions"))
    response_deadline = models.DateTimeField(_("deadline for responses"))
    deadline_timezone = models.CharField(
        _("time zone of the deadlines"), max_length=64, choices=zone_choices, default="Europe/Brussels"
    )
    sectors = models.ManyToManyField("core.Sector", verbose_name=_("sectors"), blank=True, related_name="+")
    cpv_codes = models.JSONField(_("CPV codes"), default=list, blank=True)
    country = models.ForeignKey("core.Country", verbose_name=_("country"), on_delete=models.PROTECT, related_name="+")
    procedure = models.CharField(_("procedure it may lead to"), max_length=30, choices=Procedure.choices, default=Procedure.NONE)
    status = models.CharField(_("status"), max_length=10, choices=ChallengeStatus.choices, default=ChallengeStatus.DRAFT)
    moderation_note = models.TextField(_("note of the platform team"), blank=True)
    submitted_at = models.DateTimeField(_("submitted for moderation"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=12, choices=OutcomeKind.choices, blank=True)
    outcome_text = models.TextField(_("about the outcome"), blank=True)
    outcome_opportunity = models.ForeignKey(
        "opportunities.Opportunity",
        verbose_name=_("the opportunity it led to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    outcome_published_at = models.DateTimeField(_("outcome published"), null=True, blank=True)
    listing = models.OneToOneField(
        "opportunities.Opportunity",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="challenge",
        verbose_name=_("listed as opportunity"),
    )
    illustrative = illustrative_field()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ChallengeQuerySet.as_manager()

    class Meta:
        ordering = ["response_deadline", "title"]
        verbose_name = _("challenge")
        verbose_name_plural = _("challenges")
        permissions = [("moderate_challenges", _("Verify buyers and moderate challenges"))]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("challenges:detail", args=[self.slug])

    @property
    def is_published(self):
        return self.status == ChallengeStatus.PUBLISHED

    def questions_open(self, now=None):
        return self.is_published and not self.outcome and (now or timezone.now()) < self.questions_deadline

    def responses_open(self, now=None):
        return self.is_published and not self.outcome and (now or timezone.now()) < self.response_deadline

    @property
    def purge_after(self):
        return self.response_deadline + RETENTION


class ChallengeAttachment(models.Model):
    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("challenge"))
    file = models.FileField(
        _("file"),
        upload_to=challenge_upload_to,
        storage=private_storage,
        max_length=255,
        validators=[UploadValidator(allowed=ATTACHMENT_KINDS)],
    )
    filename = models.CharField(_("file name"), max_length=255)
    size = models.PositiveBigIntegerField(_("size"), default=0)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("challenge attachment")
        verbose_name_plural = _("challenge attachments")

    def __str__(self):
        return self.filename

    def get_absolute_url(self):
        return reverse("challenges:attachment", args=[self.challenge.slug, self.pk])


class Question(models.Model):
    """A supplier's question. It is published, without its author, only together with the buyer's answer, for all."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="questions", verbose_name=_("challenge"))
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("asked by")
    )
    text = models.TextField(_("question"), max_length=2000)
    answer = models.TextField(_("answer"), blank=True)
    asked_at = models.DateTimeField(_("asked"), auto_now_add=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        ordering = ["asked_at", "pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text[:80]


class ResponseStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    NOT_SHORTLISTED = "not-shortlisted", _("Not shortlisted")


class Response(models.Model):
    """A supplier's solution idea: seen only by the buyer's members, the platform team and the supplier's members."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="responses", verbose_name=_("challenge"))
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="responses",
        verbose_name=_("supplier"),
        limit_choices_to={"kind": OrganisationKind.SUPPLIER},
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("submitted by")
    )
    summary = models.TextField(_("summary of the solution"), max_length=5000)
    trl = models.PositiveSmallIntegerField(
        _("technology readiness level (TRL)"), validators=[MinValueValidator(1), MaxValueValidator(9)]
    )
    references = models.TextField(_("references"), blank=True, help_text=_("Where the solution, or its parts, have been used."))
    status = models.CharField(_("status"), max_length=16, choices=ResponseStatus.choices, default=ResponseStatus.SUBMITTED)
    feedback = models.TextField(_("feedback from the buyer"), blank=True)
    feedback_at = models.DateTimeField(_("feedback given"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        ordering = ["submitted_at", "pk"]
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        constraints = [models.UniqueConstraint(fields=["challenge", "organisation"], name="challenges_one_response_each")]

    def __str__(self):
        return f"{self.organisation} → {self.challenge}"

    def get_absolute_url(self):
        return reverse("challenges:response", args=[self.pk])


class ResponseAttachment(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("response"))
    file = models.FileField(
        _("file"),
        upload_to=response_upload_to,
        storage=private_storage,
        max_length=255,
        validators=[UploadValidator(allowed=ATTACHMENT_KINDS)],
    )
    filename = models.CharField(_("file name"), max_length=255)
    size = models.PositiveBigIntegerField(_("size"), default=0)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("response attachment")
        verbose_name_plural = _("response attachments")

    def __str__(self):
        return self.filename

    def get_absolute_url(self):
        return reverse("challenges:response_file", args=[self.response_id, self.pk])


class FollowUp(models.Model):
    """A question of the buyer about one response, and the supplier's answer: between the two only."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="follow_ups", verbose_name=_("response"))
    question = models.TextField(_("follow-up question"), max_length=2000)
    asked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    asked_at = models.DateTimeField(_("asked"), auto_now_add=True)
    answer = models.TextField(_("answer"), blank=True, max_length=5000)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        ordering = ["asked_at", "pk"]
        verbose_name = _("follow-up question")
        verbose_name_plural = _("follow-up questions")

    def __str__(self):
        return self.question[:80]
