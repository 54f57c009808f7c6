"""The P2I Network: competence centres, their representatives, the governance rules, knowledge exchange,
expert opinion papers and the Joint Ministerial Declaration.

Membership applications and ballots live in the membership app and build on these models.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from innoprocure.core.blocks import BodyBlock
from innoprocure.core.illustrative import illustrative_field
from innoprocure.core.storage import private_storage
from innoprocure.network import maps


class CentreStatus(models.TextChoices):
    MEMBER = "member", _("Member")
    PILOT_MEMBER = "pilot-member", _("Pilot member")
    ASSOCIATE = "associate", _("Associate")
    CANDIDATE = "candidate", _("Candidate")
    FORMER = "former", _("Former member")


# Centres whose representatives vote in ballots and count towards quorum.
VOTING_STATUSES = (CentreStatus.MEMBER, CentreStatus.PILOT_MEMBER)
# Former members are listed only when someone asks for them by status.
CURRENT_STATUSES = [status for status in CentreStatus if status != CentreStatus.FORMER]


class Experience(models.TextChoices):
    EXPERIENCED = "experienced", _("Experienced")
    NEW = "new", _("Newly established")


class CentreService(models.Model):
    """A service a competence centre offers (helpdesk, training, project support …); editors keep the list."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("centre service")
        verbose_name_plural = _("centre services")

    def __str__(self):
        return self.name


class CompetenceCentre(index.Indexed, models.Model):
    """A national competence centre for innovation procurement, member of the network or on its way in."""

    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=255, unique=True)
    country = models.ForeignKey(
        "core.Country", on_delete=models.PROTECT, related_name="competence_centres", verbose_name=_("country")
    )
    parent_organisation = models.CharField(
        _("parent ministry or agency"),
        max_length=255,
        blank=True,
        help_text=_("The ministry or agency that hosts or mandates the centre."),
    )
    established_year = models.PositiveSmallIntegerField(_("year established"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=CentreStatus.choices, default=CentreStatus.CANDIDATE, db_index=True
    )
    experience = models.CharField(
        _("experience"),
        max_length=20,
        choices=Experience.choices,
        blank=True,
        help_text=_("Leave empty to derive it from the year established and the track record."),
    )
    track_record = models.TextField(
        _("track record"), blank=True, help_text=_("Projects supported, procurers trained, results achieved.")
    )
    services = models.ManyToManyField(CentreService, blank=True, related_name="centres", verbose_name=_("services"))
    languages = models.ManyToManyField("core.Language", blank=True, related_name="+", verbose_name=_("languages"))
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=255, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    description = models.TextField(_("description"), blank=True)
    joined_on = models.DateField(_("joined the network on"), null=True, blank=True)
    illustrative = illustrative_field()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("status")]),
        FieldPanel("parent_organisation"),
        FieldRowPanel([FieldPanel("established_year"), FieldPanel("joined_on")]),
        FieldPanel("experience"),
        FieldPanel("track_record"),
        FieldPanel("description"),
        FieldPanel("services"),
        FieldPanel("languages"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Contact point")
        ),
        FieldPanel("illustrative"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("description"),
        index.SearchField("parent_organisation"),
        index.SearchField("track_record"),
        index.AutocompleteField("name"),
        index.FilterField("status"),
        index.FilterField("country"),
    ]

    class Meta:
        ordering = ["country__name", "name"]
        verbose_name = _("competence centre")
        verbose_name_plural = _("competence centres")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:centre", kwargs={"slug": self.slug})

    @property
    def is_voting_member(self):
        return self.status in VOTING_STATUSES

    def derived_experienced(self, experienced_after_years, today=None):
        """The rule without the override.

        A centre is experienced when it has operated for at least `experienced_after_years` full calendar years
        (this year − year established ≥ the threshold). When the year established is unknown, a documented
        track record is what counts: experienced if one is filled in, newly established otherwise.
        """
        if self.established_year:
            year = (today or timezone.localdate()).year
            return year - self.established_year >= experienced_after_years
        return bool(self.track_record.strip())

    @property
    def is_experienced(self):
        """The secretariat's override if set, else derived (see `derived_experienced`) with the threshold of the
        governance settings (`experienced_after_years`, 5 by default)."""
        if self.experience:
            return self.experience == Experience.EXPERIENCED
        threshold = getattr(self, "_experienced_after_years", None)
        if threshold is None:
            threshold = GovernanceSettings.load().experienced_after_years
        return self.derived_experienced(threshold)

    @property
    def experience_label(self):
        return Experience.EXPERIENCED.label if self.is_experienced else Experience.NEW.label


@dataclass
class CountrySpread:
    code: str
    name: str
    centres: list  # names of the centres, alphabetical

    @property
    def count(self):
        return len(self.centres)


def spread_by_country():
    """[CountrySpread] for every country with at least one current centre, by country name."""
    names = defaultdict(list)
    country_names = {}
    for code, country_name, centre_name in (
        CompetenceCentre.objects.filter(status__in=CURRENT_STATUSES)
        .order_by("country__name", "name")
        .values_list("country__code", "country__name", "name")
    ):
        names[code].append(centre_name)
        country_names[code] = country_name
    return [CountrySpread(code, country_names[code], names[code]) for code in names]


class Representative(models.Model):
    """A user who speaks and votes for one competence centre."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="centre_representative", verbose_name=_("user")
    )
    centre = models.ForeignKey(
        CompetenceCentre, on_delete=models.CASCADE, related_name="representatives", verbose_name=_("centre")
    )
    role = models.CharField(_("role"), max_length=255, blank=True)
    since = models.DateField(_("since"), auto_now_add=True)

    panels = [FieldPanel("user"), FieldPanel("centre"), FieldPanel("role")]

    class Meta:
        ordering = ["centre__name"]
        verbose_name = _("centre representative")
        verbose_name_plural = _("centre representatives")

    def __str__(self):
        return f"{self.user} ({self.centre})"


@register_setting(icon="group")
class GovernanceSettings(ClusterableModel, BaseGenericSetting):
    """The network's rules, edited by the secretariat under Settings → Network governance.

    Ballot outcomes are computed exactly like this, from the `snapshot()` taken when the ballot opened:

    * eligible voters E = the number of centres with a voting status (member, pilot member) when the ballot opened;
    * votes cast C = yes + no + abstain (one per centre; abstentions count towards quorum);
    * quorum is met when C × 100 ≥ E × quorum_percent (with quorum_percent = 50 and E = 10, five votes suffice);
    * the majority is met when yes × 100 > (yes + no) × majority_percent — strictly more than the percentage of the
      yes-and-no votes, so with 50 a simple majority is needed and a tie fails; with no yes-or-no votes at all it fails;
    * the applicant is admitted only when both quorum and majority are met.

    Integer arithmetic on both sides, so there is no rounding.
    """

    pilot_year = models.PositiveSmallIntegerField(_("pilot year"), null=True, blank=True)
    voting_window_days = models.PositiveSmallIntegerField(_("voting window (days)"), default=14)
    quorum_percent = models.PositiveSmallIntegerField(
        _("quorum (%)"),
        default=50,
        help_text=_("Share of voting members that must cast a vote (yes, no or abstain) for a ballot to count."),
    )
    majority_percent = models.PositiveSmallIntegerField(
        _("majority (%)"),
        default=50,
        help_text=_(
            "Yes votes must be strictly more than this share of the yes and no votes; 50 means a simple majority, a tie fails."
        ),
    )
    new_centres_target_percent = models.PositiveSmallIntegerField(_("target share of newly established centres (%)"), default=30)
    max_members_per_country = models.PositiveSmallIntegerField(_("maximum members per country"), default=1)
    experienced_after_years = models.PositiveSmallIntegerField(
        _("experienced after (years)"),
        default=5,
        help_text=_("A centre that has operated this many years counts as experienced unless the secretariat says otherwise."),
    )
    reminder_days_before_close = models.PositiveSmallIntegerField(_("remind voters (days before the close)"), default=2)
    rules_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("rules document"),
    )

    panels = [
        MultiFieldPanel([FieldPanel("pilot_year"), InlinePanel("co_chairs", label=_("Co-chair"))], heading=_("Leadership")),
        MultiFieldPanel(
            [
                FieldPanel("voting_window_days"),
                FieldPanel("quorum_percent"),
                FieldPanel("majority_percent"),
                FieldPanel("reminder_days_before_close"),
            ],
            heading=_("Voting"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("new_centres_target_percent"),
                FieldPanel("max_members_per_country"),
                FieldPanel("experienced_after_years"),
            ],
            heading=_("Balance guidelines"),
        ),
        FieldPanel("rules_document"),
    ]

    class Meta:
        verbose_name = _("network governance")

    def snapshot(self):
        """The rules as plain values; a ballot stores this when it opens and is decided by it."""
        return {
            "pilot_year": self.pilot_year,
            "voting_window_days": self.voting_window_days,
            "quorum_percent": self.quorum_percent,
            "majority_percent": self.majority_percent,
            "new_centres_target_percent": self.new_centres_target_percent,
            "max_members_per_country": self.max_members_per_country,
            "experienced_after_years": self.experienced_after_years,
            "reminder_days_before_close": self.reminder_days_before_close,
        }

    def current_co_chairs(self, today=None):
        today = today or timezone.localdate()
        return [
            chair
            for chair in self.co_chairs.select_related("centre__country")
            if chair.term_start <= today and (chair.term_end is None or chair.term_end >= today)
        ]


class CoChair(Orderable):
    """A co-chair of the network: a person from a member centre, for a term."""

    settings = ParentalKey(GovernanceSettings, on_delete=models.CASCADE, related_name="co_chairs")
    centre = models.ForeignKey(CompetenceCentre, on_delete=models.PROTECT, related_name="+", verbose_name=_("centre"))
    person_name = models.CharField(_("person"), max_length=255)
    term_start = models.DateField(_("term starts"))
    term_end = models.DateField(_("term ends"), null=True, blank=True)

    panels = [FieldPanel("centre"), FieldPanel("person_name"), FieldRowPanel([FieldPanel("term_start"), FieldPanel("term_end")])]

    class Meta(Orderable.Meta):
        verbose_name = _("co-chair")
        verbose_name_plural = _("co-chairs")

    def __str__(self):
        return f"{self.person_name} ({self.centre})"


class KnowledgeExchangeMeeting(models.Model):
    """One meeting of the numbered series where the centres learn from each other (KE Meeting 1, 2, 3 …)."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    topic = models.CharField(_("topic"), max_length=255)
    date = models.DateField(_("date"))
    host = models.ForeignKey(
        CompetenceCentre,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_meetings",
        verbose_name=_("host centre"),
    )
    participants = models.ManyToManyField(
        CompetenceCentre, blank=True, related_name="meetings", verbose_name=_("participating centres")
    )
    summary = models.TextField(_("summary"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("date")]),
        FieldPanel("topic"),
        FieldPanel("host"),
        FieldPanel("participants"),
        FieldPanel("summary"),
    ]

    class Meta:
        ordering = ["-number"]
        verbose_name = _("knowledge-exchange meeting")
        verbose_name_plural = _("knowledge-exchange meetings")

    def __str__(self):
        return f"{self.title}: {self.topic}"

    def get_absolute_url(self):
        return reverse("network:meeting", kwargs={"number": self.number})

    @property
    def title(self):
        return _("KE Meeting %(number)s") % {"number": self.number}


class ExpertOpinionPaper(models.Model):
    """The paper that follows a knowledge-exchange meeting; a published paper also appears in the Resource Centre."""

    meeting = models.OneToOneField(
        KnowledgeExchangeMeeting, on_delete=models.CASCADE, related_name="paper", verbose_name=_("meeting")
    )
    title = models.CharField(_("title"), max_length=255)
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("document")
    )
    summary = models.TextField(_("summary"))
    authors = models.CharField(_("authors"), max_length=500, blank=True)
    publication_date = models.DateField(_("publication date"), default=date.today)
    # The paper's entry in the Resource Centre, kept in step by network/papers.py.
    resource = models.OneToOneField(
        "resources.Resource",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="expert_opinion_paper",
        verbose_name=_("resource centre entry"),
    )
    is_published = models.BooleanField(
        _("published"), default=True, help_text=_("Published papers show on the meeting page and in the Resource Centre.")
    )

    panels = [
        FieldPanel("meeting"),
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("authors"),
        FieldPanel("document"),
        FieldRowPanel([FieldPanel("publication_date"), FieldPanel("is_published")]),
    ]

    class Meta:
        ordering = ["-publication_date"]
        verbose_name = _("expert opinion paper")
        verbose_name_plural = _("expert opinion papers")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return self.meeting.get_absolute_url()


class SignatoryStatus(models.TextChoices):
    REQUESTED = "requested", _("Awaiting confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    DECLINED = "declined", _("Declined")


def authorisation_upload_to(instance, filename):
    return f"network/declaration/authorisations/{timezone.now():%Y/%m}/{filename}"


class Signatory(models.Model):
    """A ministry that signed or asked to endorse the Joint Ministerial Declaration; public once confirmed."""

    ministry = models.CharField(_("ministry"), max_length=255)
    country = models.ForeignKey("core.Country", on_delete=models.PROTECT, related_name="+", verbose_name=_("country"))
    signatory_name = models.CharField(_("name of the signatory"), max_length=255)
    signatory_role = models.CharField(_("role of the signatory"), max_length=255)
    date_signed = models.DateField(
        _("date signed"), null=True, blank=True, help_text=_("Set to the day of confirmation if left empty.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=SignatoryStatus.choices, default=SignatoryStatus.REQUESTED, db_index=True
    )
    # Filled in when a ministry representative asks to endorse the declaration through the site.
    official_email = models.EmailField(_("official e-mail"), blank=True)
    letter_of_authorisation = models.FileField(
        _("letter of authorisation"), upload_to=authorisation_upload_to, storage=private_storage, blank=True
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("requested by"),
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("decided by")
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decline_reason = models.TextField(_("reason for declining"), blank=True)

    class Meta:
        ordering = ["country__name", "ministry"]
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")

    def __str__(self):
        return f"{self.ministry} ({self.country})"

    @property
    def confirmed(self):
        return self.status == SignatoryStatus.CONFIRMED


def confirmed_signatories():
    return list(
        Signatory.objects.filter(status=SignatoryStatus.CONFIRMED)
        .select_related("country")
        .order_by("country__name", "date_signed", "ministry")
    )


def count_by_country(signatories=None):
    """[(country, number of confirmed signatories)], by country name."""
    signatories = signatories if signatories is not None else confirmed_signatories()
    counts = Counter(signatory.country for signatory in signatories)
    return sorted(counts.items(), key=lambda item: item[0].name)


class DeclarationAimBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Aim"))
    text = blocks.TextBlock(required=False, label=_("Explanation"))

    class Meta:
        icon = "tick"
        label = _("Aim")


class NetworkIndexPage(Page):
    """/network/: what the P2I Network is, with the way into its directory, governance, meetings and membership."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]
    max_count = 1
    parent_page_types = ["core.HomePage"]
    subpage_types = ["network.DeclarationPage", "core.StandardPage"]

    class Meta:
        verbose_name = _("network index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["member_count"] = CompetenceCentre.objects.filter(status__in=VOTING_STATUSES).count()
        context["spread"] = spread_by_country()
        context["latest_meetings"] = KnowledgeExchangeMeeting.objects.select_related("host", "paper")[:3]
        return context


class DeclarationPage(Page):
    """/network/declaration/: the Joint Ministerial Declaration, its aims and the ministries that endorse it."""

    introduction = models.TextField(_("introduction"), blank=True)
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    text = RichTextField(_("text of the declaration"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "blockquote"])
    aims = StreamField([("aim", DeclarationAimBlock())], blank=True, verbose_name=_("aims"))

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("adopted_on"),
        FieldPanel("text"),
        FieldPanel("aims"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("text")]
    max_count = 1
    parent_page_types = ["network.NetworkIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("declaration page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        signatories = confirmed_signatories()
        context["signatories"] = signatories
        context["count_by_country"] = count_by_country(signatories)
        context["signatory_map"] = maps.signatory_map(context["count_by_country"])
        return context


def declaration_url():
    """Where the declaration is: its page, or the path it is given in the demo and in the fixtures."""
    page = DeclarationPage.objects.live().first()
    return page.url if page else "/network/declaration/"
