"""Funding calls, calls for tenders, open market consultations, prize challenges, partner searches and the
innovation challenges buyers publish on the platform (innoprocure/challenges, mirrored here by challenges/listing.py).

Opportunities are managed as a model (editors in the admin, the TED eForms importer for notices), not as pages:
there are thousands of them and they are filtered, imported and archived in bulk. Closed ones are never deleted;
they move to the archive because their status is derived from the deadline (see status.py).
"""

import datetime
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from innoprocure.core.illustrative import illustrative_field
from innoprocure.core.routes import SubpageRoutesMixin
from innoprocure.core.taxonomies import Approach
from innoprocure.core.timezones import is_valid_zone, zone_choices
from innoprocure.opportunities import status as status_rules


class OpportunityType(models.TextChoices):
    FUNDING_CALL = "funding-call", _("Funding call")
    TENDER = "tender", _("Call for tenders")
    MARKET_CONSULTATION = "market-consultation", _("Open market consultation")
    PRIZE = "prize", _("Prize challenge")
    PARTNER_SEARCH = "partner-search", _("Partner search")
    CHALLENGE = "challenge", _("Innovation challenge")


class DeadlineKind(models.TextChoices):
    TENDERS = "tenders", _("Tenders")
    REQUESTS = "requests", _("Requests to participate")
    INTEREST = "interest", _("Expressions of interest")


class OpportunitySource(models.TextChoices):
    EDITORIAL = "editorial", _("Editorial")
    TED = "ted", _("TED (Tenders Electronic Daily)")


class OpportunityQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def current(self, now=None):
        """Not closed: open or closing soon."""
        return self.filter(status_rules.open_q(now))

    def closed(self, now=None):
        return self.filter(status_rules.closed_q(now))

    def with_status(self, code, now=None):
        return self.filter(status_rules.status_q(code, now))

    def by_deadline(self):
        """Soonest deadline first; those without a deadline last."""
        return self.order_by(models.F("deadline").asc(nulls_last=True), "title", "pk")


class Opportunity(models.Model):
    title = models.CharField(_("title"), max_length=500)
    slug = models.SlugField(_("slug"), max_length=255, unique=True, help_text=_("The last part of the address."))
    summary = models.TextField(_("summary"), blank=True)
    opportunity_type = models.CharField(_("type"), max_length=32, choices=OpportunityType.choices, db_index=True)
    organisation = models.CharField(
        _("organisation or buyer"), max_length=255, blank=True, help_text=_("The funder, or the buyer of a tender.")
    )
    organisation_url = models.URLField(_("organisation website"), blank=True)
    buyers = models.JSONField(
        _("buyers"), default=list, blank=True, help_text=_("Every buyer of a joint procurement, the lead buyer first.")
    )
    country = models.ForeignKey(
        "core.Country", verbose_name=_("country"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    budget = models.DecimalField(_("budget"), max_digits=18, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, blank=True, help_text=_("ISO 4217 code, e.g. EUR."))
    framework_maximum = models.DecimalField(_("framework maximum value"), max_digits=18, decimal_places=2, null=True, blank=True)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True, db_index=True)
    deadline_kind = models.CharField(
        _("deadline for"), max_length=16, choices=DeadlineKind.choices, blank=True, help_text=_("What is due by the deadline.")
    )
    valid_until = models.DateTimeField(
        _("open until (without a deadline)"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Only for an opportunity without a deadline: when it closes. Empty: open until closed by hand."),
    )
    deadline_timezone = models.CharField(
        _("time zone of the deadline"),
        max_length=64,
        choices=zone_choices,
        default="Europe/Brussels",
        help_text=_("The IANA time zone the deadline is expressed in, e.g. Europe/Brussels."),
    )
    procedure = models.CharField(
        _("procedure"),
        max_length=50,
        blank=True,
        help_text=_("eForms procedure code (open, restricted, neg-w-call, comp-dial, innovation …) or free text."),
    )
    cpv_codes = models.JSONField(_("CPV codes"), default=list, blank=True, help_text=_("Main code first."))
    sectors = models.ManyToManyField("core.Sector", verbose_name=_("sectors"), blank=True, related_name="+")
    approach = models.CharField(_("approach"), max_length=10, choices=Approach.choices, blank=True)
    url = models.URLField(_("link to the call or notice"), max_length=500, blank=True)
    how_to_respond = models.TextField(
        _("how to respond"), blank=True, help_text=_("Who may take part, what to send, to whom and by when.")
    )
    illustrative = illustrative_field()
    response_url = models.URLField(
        _("where to respond"), max_length=500, blank=True, help_text=_("Where suppliers submit or express interest.")
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    expected_call_date = models.DateField(
        _("call expected on"), null=True, blank=True, help_text=_("When the call for competition is expected.")
    )
    place_of_performance = models.CharField(_("place of performance"), max_length=255, blank=True)
    source = models.CharField(_("source"), max_length=16, choices=OpportunitySource.choices, default=OpportunitySource.EDITORIAL)
    is_innovation = models.BooleanField(
        _("innovation procurement"),
        default=False,
        db_index=True,
        help_text=_("PCP, PPI, innovation partnership or another purchase of innovation."),
    )
    live = models.BooleanField(_("published"), default=True)
    awarded = models.BooleanField(_("awarded"), default=False, help_text=_("An awarded opportunity is closed."))
    award_note = models.TextField(_("award note"), blank=True)

    # TED / eForms
    ted_notice_id = models.CharField(_("TED notice ID"), max_length=64, blank=True, db_index=True)
    ted_procedure_id = models.CharField(_("TED procedure ID"), max_length=64, blank=True, db_index=True)
    ted_notice_type = models.CharField(_("notice type"), max_length=32, blank=True)
    ted_latest_notice_id = models.CharField(
        _("latest TED notice ID"), max_length=64, blank=True, help_text=_("The notice whose content is shown.")
    )
    ted_publication_number = models.CharField(_("TED publication number"), max_length=16, blank=True)
    notice_language = models.CharField(_("notice language"), max_length=2, blank=True)
    dispatch_date = models.DateTimeField(_("dispatch date"), null=True, blank=True)
    publication_date = models.DateField(_("publication date"), null=True, blank=True)
    titles = models.JSONField(_("titles in every language"), default=dict, blank=True)
    descriptions = models.JSONField(_("descriptions in every language"), default=dict, blank=True)

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OpportunityQuerySet.as_manager()

    class Meta:
        ordering = [models.F("deadline").asc(nulls_last=True), "title"]
        verbose_name = _("opportunity")
        verbose_name_plural = _("opportunities")
        constraints = [
            models.UniqueConstraint(
                fields=["ted_notice_id"], condition=~Q(ted_notice_id=""), name="opportunity_unique_ted_notice_id"
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self.title, exclude_pk=self.pk)
        self.currency = (self.currency or "").upper()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return opportunity_url(self)

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("“%(slug)s” is reserved; choose another.") % {"slug": self.slug}})
        if self.currency and not (len(self.currency) == 3 and self.currency.isalpha()):
            raise ValidationError({"currency": _("Use the three-letter ISO 4217 code, e.g. EUR.")})
        if self.deadline_timezone and not is_valid_zone(self.deadline_timezone):
            raise ValidationError({"deadline_timezone": _("Choose a time zone from the list.")})

    # Status, derived from the deadline at the time of asking.
    def status_at(self, now=None):
        return status_rules.status_of(self, now or timezone.now())

    @property
    def status(self):
        return self.status_at().code

    @property
    def status_label(self):
        return self.status_at().label

    @property
    def status_badge_class(self):
        return self.status_at().badge_class

    @property
    def procedure_label(self):
        from innoprocure.opportunities.flags import procedure_label

        return procedure_label(self.procedure)

    def language_of(self, text, texts):
        """The language code under which `text` appears in `texts` (titles or descriptions), if any."""
        return next((code for code, value in (texts or {}).items() if value == text), "")

    @property
    def is_closed(self):
        return self.status == status_rules.CLOSED


# Sub-addresses of the opportunities page that an opportunity's slug must not take.
RESERVED_SLUGS = {"archive", "feed"}


def slug_base(title, max_length=255):
    """The slug a title asks for, before any number is added to make it unique."""
    base = slugify(title)[: max_length - 10].strip("-") or "opportunity"
    return f"{base}-opportunity" if base in RESERVED_SLUGS else base


def unique_slug(title, exclude_pk=None, max_length=255):
    base = slug_base(title, max_length)
    slug, number = base, 2
    existing = Opportunity.objects.exclude(pk=exclude_pk) if exclude_pk else Opportunity.objects.all()
    while existing.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


class OpportunityFlag(models.Model):
    """An innovation flag of an opportunity, one row each so that filters work alike on SQLite and PostgreSQL.

    Codes: "innovative-acquisition:<BT-776 code>" (e.g. proc-innov, rd-act), "strategic-procurement:<BT-06 code>"
    (e.g. inn-pur), "procedure:innovation", "procedure:comp-dial". Labels in flags.py.
    """

    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="flags")
    code = models.CharField(_("code"), max_length=64, db_index=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("innovation flag")
        verbose_name_plural = _("innovation flags")
        constraints = [models.UniqueConstraint(fields=["opportunity", "code"], name="opportunity_flag_unique")]

    def __str__(self):
        from innoprocure.opportunities.flags import flag_label

        return str(flag_label(self.code))


class OpportunityLot(models.Model):
    """A lot of a tender, which may have its own deadline, CPV codes and value."""

    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="lots")
    lot_id = models.CharField(_("lot"), max_length=32)
    title = models.CharField(_("title"), max_length=500, blank=True)
    description = models.TextField(_("description"), blank=True)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    deadline_kind = models.CharField(_("deadline for"), max_length=16, choices=DeadlineKind.choices, blank=True)
    deadlines = models.JSONField(
        _("every deadline"), default=list, blank=True, help_text=_("Each deadline of the lot: its kind, instant and zone.")
    )
    cpv_codes = models.JSONField(_("CPV codes"), default=list, blank=True)
    estimated_value = models.DecimalField(_("estimated value"), max_digits=18, decimal_places=2, null=True, blank=True)
    framework_maximum = models.DecimalField(_("framework maximum value"), max_digits=18, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, blank=True)

    class Meta:
        ordering = ["lot_id"]
        verbose_name = _("lot")
        verbose_name_plural = _("lots")
        constraints = [models.UniqueConstraint(fields=["opportunity", "lot_id"], name="opportunity_lot_unique")]

    def __str__(self):
        return f"{self.lot_id} {self.title}".strip()

    def later_deadlines(self):
        """The lot's deadlines besides its first one (e.g. for tenders after requests to participate): [(label, at)]."""
        labels = dict(DeadlineKind.choices)
        found = []
        for entry in self.deadlines[1:]:
            try:
                found.append((labels.get(entry.get("kind"), entry.get("kind")), datetime.datetime.fromisoformat(entry["at"])))
            except (KeyError, TypeError, ValueError):
                continue
        return found


class TedNotice(models.Model):
    """A TED notice the importer has read that belongs to an opportunity, or an award notice waiting for its contract
    notice. How notices find each other in any order: by notice id, publication number, the notice a change changes
    and the procedure (importers/save.py)."""

    class Kind(models.TextChoices):
        COMPETITION = "competition", _("Call for competition")
        CONSULTATION = "consultation", _("Prior information (market consultation)")
        RESULT = "result", _("Contract award")

    notice_id = models.CharField(_("notice ID"), max_length=64, unique=True)
    publication_number = models.CharField(_("publication number"), max_length=16, blank=True, db_index=True)
    procedure_id = models.CharField(_("procedure ID"), max_length=64, blank=True, db_index=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    notice_type = models.CharField(_("notice type"), max_length=32, blank=True)
    version = models.CharField(_("version"), max_length=8, blank=True)
    dispatch = models.DateTimeField(_("dispatch date"), null=True, blank=True)
    is_change = models.BooleanField(_("change notice"), default=False)
    changes = models.CharField(
        _("changes notice"), max_length=64, blank=True, db_index=True, help_text=_("The notice ID or publication number.")
    )
    references = models.JSONField(_("referenced notices"), default=list, blank=True)
    awarded = models.BooleanField(_("a winner was chosen"), default=False)
    award_note = models.TextField(_("award note"), blank=True)
    opportunity = models.ForeignKey(
        Opportunity, verbose_name=_("opportunity"), null=True, blank=True, on_delete=models.CASCADE, related_name="ted_notices"
    )
    digest = models.CharField(
        _("digest"), max_length=40, blank=True, db_index=True, help_text=_("Of the file last imported for this notice.")
    )

    class Meta:
        verbose_name = _("TED notice")
        verbose_name_plural = _("TED notices")

    def __str__(self):
        return self.notice_id

    def order_key(self):
        """The same total order as Notice.order_key (importers/eforms.py)."""
        dispatch = self.dispatch.astimezone(datetime.UTC).isoformat() if self.dispatch else ""
        version = int(self.version) if self.version.isdigit() else 0
        return (dispatch, 1 if self.is_change else 0, version, self.publication_number, self.notice_id)


class TedImport(models.Model):
    """An upload of notices in the admin, imported in the background: its progress and, once done, every result."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Importing")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.QUEUED)
    file_names = models.JSONField(_("files"), default=list)
    done = models.PositiveIntegerField(_("notices done"), default=0)
    total = models.PositiveIntegerField(_("notices in all"), default=0)
    results = models.JSONField(_("results"), default=list, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("TED upload")
        verbose_name_plural = _("TED uploads")

    def __str__(self):
        return ", ".join(self.file_names)[:100]

    @property
    def folder(self):
        """Where the uploaded files wait for the task (private storage, removed once imported)."""
        return Path(settings.PRIVATE_MEDIA_ROOT) / "ted-imports" / str(self.pk)

    @property
    def is_finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)


class TedPackage(models.Model):
    """The log of one of TED's daily packages: fetched from settings.TED_DAILY_PACKAGE_URL, checked, imported."""

    class Status(models.TextChoices):
        IMPORTED = "imported", _("Imported")
        FAILED = "failed", _("Failed")

    issue = models.CharField(_("OJ S issue"), max_length=9, unique=True, help_text=_("e.g. 202500123"))
    url = models.URLField(_("address"), max_length=500)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True)
    counts = models.JSONField(_("counts"), default=dict, blank=True)
    error = models.TextField(_("error"), blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    updated_at = models.DateTimeField(_("last attempt"), auto_now=True)

    class Meta:
        ordering = ["-issue"]
        verbose_name = _("TED daily package")
        verbose_name_plural = _("TED daily packages")

    def __str__(self):
        return self.issue


class OpportunityIndexPage(SubpageRoutesMixin, Page):
    """/opportunities/: the listing, the archive, each opportunity's page and the RSS feed (routes.py)."""

    subpage_urlconf = "innoprocure.opportunities.routes"

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    max_count = 1
    parent_page_types = ["core.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("opportunities index page")


DEFAULT_INDEX_PATH = "/opportunities/"


def index_url():
    """Where the opportunities are listed: the index page, which routes /<slug>/ to an opportunity's page."""
    page = OpportunityIndexPage.objects.live().first()
    return (page.url if page is not None else None) or DEFAULT_INDEX_PATH


def opportunity_url(opportunity, base=None):
    """The detail address; pass `base` (the index URL) when building many to save a query each."""
    return f"{base or index_url()}{opportunity.slug}/"
