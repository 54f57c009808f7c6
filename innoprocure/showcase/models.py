"""The innovation showcase: suppliers and innovators describe solutions they offer, for buyers and anybody to browse.

A solution profile belongs to a supplier organisation (innoprocure.challenges); its members write it and submit it,
the platform team approves it before it is public. Who may see and do what is in `policy.py`; every change goes
through `services.py`, which records the platform team's decisions in the audit trail.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from innoprocure.core.illustrative import illustrative_field


class ProfileStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PENDING = "pending", _("Waiting for approval")
    APPROVED = "approved", _("Published")
    CHANGES_REQUESTED = "changes", _("Changes requested")
    REJECTED = "rejected", _("Not accepted")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Maturity(models.TextChoices):
    """Stages of technology readiness, for browsing: a profile gives its TRL, the filter groups them."""

    RESEARCH = "research", _("Research and concept (TRL 1–4)")
    DEMONSTRATED = "demonstrated", _("Prototype demonstrated (TRL 5–7)")
    MARKET = "market", _("Ready for the market (TRL 8–9)")


MATURITY_TRL = {Maturity.RESEARCH: (1, 4), Maturity.DEMONSTRATED: (5, 7), Maturity.MARKET: (8, 9)}

TRL_CHOICES = [
    (1, _("TRL 1 – basic principles observed")),
    (2, _("TRL 2 – technology concept formulated")),
    (3, _("TRL 3 – experimental proof of concept")),
    (4, _("TRL 4 – validated in the lab")),
    (5, _("TRL 5 – validated in a relevant environment")),
    (6, _("TRL 6 – demonstrated in a relevant environment")),
    (7, _("TRL 7 – prototype demonstrated in operation")),
    (8, _("TRL 8 – complete and qualified")),
    (9, _("TRL 9 – proven in operation")),
]


def maturity_of(trl):
    for stage, (low, high) in MATURITY_TRL.items():
        if low <= trl <= high:
            return stage
    return None


class SolutionProfileQuerySet(models.QuerySet):
    def public(self):
        return self.filter(status=ProfileStatus.APPROVED)


class SolutionProfile(models.Model):
    organisation = models.ForeignKey(
        "challenges.Organisation",
        on_delete=models.CASCADE,
        related_name="solution_profiles",
        verbose_name=_("supplier"),
        limit_choices_to={"kind": "supplier"},
    )
    name = models.CharField(_("name of the solution"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    problem = models.TextField(
        _("the problem it solves"),
        max_length=1000,
        help_text=_("In a buyer's words: what goes wrong today, for whom. One or two sentences."),
    )
    description = models.TextField(_("description"), max_length=6000, help_text=_("How the solution works and what it changes."))
    sectors = models.ManyToManyField("core.Sector", verbose_name=_("sectors"), related_name="+")
    trl = models.PositiveSmallIntegerField(
        _("technology readiness level (TRL)"), choices=TRL_CHOICES, validators=[MinValueValidator(1), MaxValueValidator(9)]
    )
    countries = models.ManyToManyField(
        "core.Country",
        verbose_name=_("countries where it is deployed"),
        blank=True,
        related_name="+",
        help_text=_("Where the solution is in use or has been piloted."),
    )
    website = models.URLField(_("website"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ProfileStatus.choices, default=ProfileStatus.DRAFT, db_index=True
    )
    moderation_note = models.TextField(_("note of the platform team"), blank=True)
    submitted_at = models.DateTimeField(_("submitted for approval"), null=True, blank=True)
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    illustrative = illustrative_field()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = SolutionProfileQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("solution profile")
        verbose_name_plural = _("solution profiles")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("showcase:detail", args=[self.slug])

    def get_manage_url(self):
        return reverse("showcase:manage", args=[self.pk])

    @property
    def is_public(self):
        return self.status == ProfileStatus.APPROVED

    @property
    def maturity(self):
        return maturity_of(self.trl)

    def get_maturity_display(self):
        stage = self.maturity
        return Maturity(stage).label if stage else ""

    def supplier_name(self):
        return self.organisation.name

    def references_text(self):
        """The references as one text, for site search."""
        return " · ".join(f"{item.title} {item.description}" for item in self.references.all())


class Reference(models.Model):
    """A deployment or a customer reference, with an optional link to read more."""

    profile = models.ForeignKey(SolutionProfile, on_delete=models.CASCADE, related_name="references", verbose_name=_("solution"))
    title = models.CharField(_("where, and for whom"), max_length=200)
    description = models.TextField(_("what was done"), max_length=1000, blank=True)
    url = models.URLField(_("link"), blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=[MinValueValidator(1950), MaxValueValidator(2100)]
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("reference")
        verbose_name_plural = _("references")

    def __str__(self):
        return self.title
