"""Events: conferences, webinars, trainings, knowledge-exchange meetings and info days.

An event's start and end are stored as instants (aware datetimes) together with the IANA zone the organiser
announced them in; editors type wall-clock times in that zone (see forms.EventPageForm) and visitors see them in
the event's zone and in their own.
"""

from datetime import datetime, time
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from innoprocure.core import seo
from innoprocure.core.blocks import BodyBlock
from innoprocure.core.illustrative import illustrative_field
from innoprocure.core.images import ContentImageMixin, detail_image, load_detail_image
from innoprocure.core.routes import SubpageRoutesMixin
from innoprocure.core.timezones import is_valid_zone, remember_zone, visitor_zone, zone_choices
from innoprocure.events.forms import EventPageForm
from innoprocure.events.times import event_times


class EventType(models.TextChoices):
    CONFERENCE = "conference", _("Conference")
    WEBINAR = "webinar", _("Webinar")
    TRAINING = "training", _("Training")
    KNOWLEDGE_EXCHANGE = "knowledge-exchange", _("Knowledge-exchange meeting")
    WORKSHOP = "workshop", _("Workshop")
    INFO_DAY = "info-day", _("Info day")
    MATCHMAKING = "matchmaking", _("Matchmaking and brokerage")
    MARKET_ENGAGEMENT = "market-engagement", _("Market engagement event")


class EventFormat(models.TextChoices):
    PHYSICAL = "physical", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid (in person and online)")


class CostType(models.TextChoices):
    FREE = "free", _("Free")
    PAID = "paid", _("Paid")


class AgendaItemBlock(blocks.StructBlock):
    start_time = blocks.TimeBlock(required=False, label=_("Starts at"), help_text=_("In the event's time zone."))
    end_time = blocks.TimeBlock(required=False, label=_("Ends at"))
    title = blocks.CharBlock(label=_("Session"))
    speakers = blocks.CharBlock(required=False, label=_("Speakers"))
    description = blocks.TextBlock(required=False, label=_("Description"))

    class Meta:
        icon = "time"
        label = _("Agenda item")


class AgendaDayBlock(blocks.StructBlock):
    """A day heading in a multi-day agenda."""

    day = blocks.DateBlock(label=_("Day"))
    title = blocks.CharBlock(required=False, label=_("Theme of the day"))

    class Meta:
        icon = "date"
        label = _("Agenda day")


class EventIndexPage(SubpageRoutesMixin, Page):
    """/events/: upcoming events (default) and past ones (/events/past/), with filters; the month calendar."""

    subpage_urlconf = "innoprocure.events.routes"

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    max_count = 1
    parent_page_types = ["core.HomePage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("events index page")


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Not over yet: what is on now counts as upcoming."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")


EventPageManager = PageManager.from_queryset(EventPageQuerySet)


class EventPage(ContentImageMixin, Page):
    event_type = models.CharField(_("type"), max_length=32, choices=EventType.choices, db_index=True)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences shown in listings and calendars."))
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"), db_index=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=zone_choices,
        default="Europe/Brussels",
        help_text=_("The zone the start and end are given in, usually where the event takes place."),
    )
    all_day = models.BooleanField(_("all day"), default=False, help_text=_("Only the dates matter, not the times."))
    event_format = models.CharField(_("format"), max_length=16, choices=EventFormat.choices, default=EventFormat.PHYSICAL)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.ForeignKey(
        "core.Country", verbose_name=_("country"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    organiser = models.CharField(_("organiser"), max_length=255)
    organiser_url = models.URLField(_("organiser website"), blank=True)
    language = models.ForeignKey(
        "core.Language", verbose_name=_("language"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cost_type = models.CharField(_("free or paid"), max_length=8, choices=CostType.choices, blank=True)
    cost = models.CharField(_("cost"), max_length=255, blank=True, help_text=_("e.g. “€150; free for public buyers”."))
    registration_url = models.URLField(_("registration link"), max_length=500, blank=True)
    registration_deadline = models.DateTimeField(
        _("registration deadline"), null=True, blank=True, help_text=_("In the event's time zone.")
    )
    registration_note = models.CharField(
        _("registration note"),
        max_length=255,
        blank=True,
        help_text=_("How to take part without a link, e.g. “No registration needed” or “By invitation of the network”."),
    )
    recording_url = models.URLField(
        _("recording or slides"), max_length=500, blank=True, help_text=_("For past events: where to watch or read it.")
    )
    illustrative = illustrative_field()
    agenda = StreamField([("item", AgendaItemBlock()), ("day", AgendaDayBlock())], blank=True, verbose_name=_("agenda"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))

    objects = EventPageManager()
    base_form_class = EventPageForm

    content_panels = Page.content_panels + [
        FieldPanel("event_type"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
            ],
            heading=_("When"),
            help_text=_("Give the start and end as the clock shows them in the event's time zone."),
        ),
        MultiFieldPanel(
            [FieldPanel("event_format"), FieldPanel("venue"), FieldPanel("city"), FieldPanel("country")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("organiser_url"),
                FieldPanel("language"),
                FieldRowPanel([FieldPanel("cost_type"), FieldPanel("cost")]),
                FieldPanel("registration_url"),
                FieldPanel("registration_deadline"),
                FieldPanel("registration_note"),
                FieldPanel("recording_url"),
                FieldPanel("illustrative"),
            ],
            heading=_("Organiser and registration"),
        ),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("agenda"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("organiser"),
        index.SearchField("city"),
        index.FilterField("event_type"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        errors = {}
        try:
            super().clean()  # the image's alternative text among others: reported together with the rest below
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if not is_valid_zone(self.time_zone):
            errors["time_zone"] = _("Choose a time zone from the list.")
        elif self.start and self.end:
            if self.all_day:
                # All-day events cover whole local days: from midnight of the first to the end of the last.
                zone = ZoneInfo(self.time_zone)
                self.start = datetime.combine(self.local_start.date(), time.min, tzinfo=zone)
                self.end = datetime.combine(self.local_end.date(), time(23, 59, 59), tzinfo=zone)
            if self.end < self.start:
                errors["end"] = _("The event cannot end before it starts.")
            if self.registration_deadline and self.registration_deadline > self.end:
                errors["registration_deadline"] = _("Registration should close before the event ends.")
        if errors:
            raise ValidationError(errors)

    def serve(self, request, *args, **kwargs):
        return remember_zone(super().serve(request, *args, **kwargs), request.visitor_zone)

    def get_context(self, request, *args, **kwargs):
        request.visitor_zone = getattr(request, "visitor_zone", None) or visitor_zone(request)
        context = super().get_context(request, *args, **kwargs)
        context.update(event_times(self, request.visitor_zone))
        # Open Graph knows no event type: the page is a web page there, and an Event in its JSON-LD.
        share_image = seo.wagtail_image(load_detail_image(self), self.image_alt)
        context["structured_data"] = seo.event(self, url=seo.absolute(self.get_url(request)), image=share_image)
        context["picture"] = detail_image(self)
        if share_image:
            context["social"] = {"image": share_image}
        return context

    @property
    def zone(self):
        return ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.zone)

    @property
    def local_end(self):
        return timezone.localtime(self.end, self.zone)

    @property
    def one_day(self):
        return self.local_start.date() == self.local_end.date()

    @property
    def is_online(self):
        return self.event_format in (EventFormat.ONLINE, EventFormat.HYBRID)

    @property
    def is_in_person(self):
        return self.event_format in (EventFormat.PHYSICAL, EventFormat.HYBRID)

    @property
    def place(self):
        """Where, in a few words: "Athens, Greece", "Online", "Lisbon, Portugal and online"."""
        town = ", ".join(str(part) for part in (self.city, self.country) if part)
        if self.event_format == EventFormat.ONLINE:
            return str(_("Online"))
        if self.event_format == EventFormat.HYBRID:
            return _("%(place)s and online") % {"place": town} if town else str(_("Hybrid"))
        return town

    def is_past(self, now=None):
        return self.end < (now or timezone.now())

    def registration_open(self, now=None):
        now = now or timezone.now()
        if self.is_past(now):
            return False
        return self.registration_deadline is None or self.registration_deadline >= now

    def calendar_url(self):
        return reverse("events:event_calendar", kwargs={"slug": self.slug})
