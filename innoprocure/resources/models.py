"""The Resource Centre: resources (case studies, guidance, reports …), their attachments and the index page."""

from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Page,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)

from innoprocure.core.illustrative import illustrative_field
from innoprocure.core.images import ContentImageMixin
from innoprocure.core.storage import private_storage
from innoprocure.core.taxonomies import Approach
from innoprocure.core.uploads import UploadValidator, accepted_types_help, validate_upload
from innoprocure.opendata import licences

# File types accepted as attachments; checked by content (innoprocure.core.uploads).
ATTACHMENT_TYPES = ("pdf", "docx", "odt", "ods", "xlsx", "pptx", "txt", "rtf")


class ResourceType(models.TextChoices):
    CASE_STUDY = "case-study", _("Case study")
    GUIDANCE = "guidance", _("Guidance")
    REPORT = "report", pgettext_lazy("type of resource", "Report")  # not the forum's "Report" (a post)
    POLICY = "policy", _("Policy and strategy")
    TOOL = "tool", _("Tool or template")
    PROJECT = "project", _("Project or initiative")
    LEGAL = "legal", _("Legal text")
    TRAINING = "training", _("Training material")
    LINK = "link", _("Link")


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    DONE = "done", _("Text extracted")
    NO_TEXT = "no-text", _("No text")
    FAILED = "failed", _("Failed")


class ResourceTag(TaggedItemBase):
    content_object = ParentalKey("resources.Resource", related_name="tagged_items", on_delete=models.CASCADE)

    class Meta:
        verbose_name = _("resource tag")
        verbose_name_plural = _("resource tags")


class Resource(
    ContentImageMixin, WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, ClusterableModel
):
    """A piece of innovation procurement knowledge: a case study, a guide, a report, a template, a project …"""

    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=255, unique=True, help_text=_("The last part of the address."))
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences: what it is and who it helps."))
    body = RichTextField(_("body"), blank=True)
    resource_type = models.CharField(_("type"), max_length=20, choices=ResourceType.choices, db_index=True)
    approach = models.CharField(_("approach"), max_length=10, choices=Approach.choices, db_index=True)
    sectors = ParentalManyToManyField("core.Sector", blank=True, verbose_name=_("sectors"))
    stages = ParentalManyToManyField("core.ProcurementStage", blank=True, verbose_name=_("procurement stages"))
    countries = ParentalManyToManyField(
        "core.Country", blank=True, verbose_name=_("countries"), help_text=_('"EU-wide" for the whole Union.')
    )
    languages = ParentalManyToManyField(
        "core.Language", blank=True, verbose_name=_("languages"), help_text=_("Every language it is available in.")
    )
    main_language = models.ForeignKey(
        "core.Language",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("main language"),
        help_text=_("The language the title, summary and body are written in; search analyses the text in it."),
    )
    publication_year = models.PositiveSmallIntegerField(_("publication year"), db_index=True)
    publisher = models.CharField(_("publisher or organisation"), max_length=255, blank=True)
    external_url = models.URLField(_("external link"), max_length=500, blank=True)
    related_resources = ParentalManyToManyField("self", symmetrical=False, blank=True, verbose_name=_("related resources"))
    tags = ClusterTaggableManager(through=ResourceTag, blank=True, verbose_name=_("tags"))
    licence = models.CharField(
        _("licence"),
        max_length=32,
        choices=licences.CHOICES,
        default=licences.ALL_RIGHTS_RESERVED,
        help_text=_("The terms under which others may reuse it; shown on its page and published in the open-data catalogue."),
    )
    project_partners = models.TextField(
        _("project partners"),
        blank=True,
        help_text=_('For projects and initiatives: one partner per line, as "Organisation (country code)".'),
    )
    project_start = models.DateField(_("project start"), null=True, blank=True)
    project_end = models.DateField(_("project end"), null=True, blank=True)
    illustrative = illustrative_field()
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-publication_year", "title"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        # reverse() adds the language prefix when the active language is not the default one.
        return reverse("wagtail_serve", args=[f"resources/{self.slug}/"])

    @property
    def attachment_text(self):
        return "\n\n".join(text for text in self.attachments.values_list("extracted_text", flat=True) if text)

    @property
    def licence_info(self):
        """The licence as an innoprocure.opendata.licences.Licence (code, IRI, label, URL)."""
        return licences.get(self.licence)

    @property
    def partner_list(self):
        """[(organisation, country code)] from the one-per-line partners field."""
        partners = []
        for line in self.project_partners.splitlines():
            line = line.strip()
            if not line:
                continue
            name, code = line, ""
            if line.endswith(")") and "(" in line:
                head, _sep, tail = line.rpartition("(")
                if len(tail[:-1].strip()) == 2:
                    name, code = head.strip(), tail[:-1].strip().upper()
            partners.append((name, code))
        return partners

    def save_revision(self, *args, **kwargs):
        # A draft of a live resource is kept only as a revision, so files uploaded with it must reach the
        # storage now: the revision records their stored names and publishing it later finds them.
        for attachment in self.attachments.all():
            attachment.store_file()
        return super().save_revision(*args, **kwargs)

    def get_preview_template(self, request, mode_name):
        return "resources/resource_detail.html"

    def get_preview_context(self, request, mode_name):
        from innoprocure.resources.detail import detail_context

        return detail_context(request, self, preview=True)


class ResourceAttachment(Orderable):
    """A file that belongs to a resource; its text is extracted in the background so search can find it."""

    resource = ParentalKey(Resource, on_delete=models.CASCADE, related_name="attachments")
    title = models.CharField(_("title"), max_length=255)
    file = models.FileField(
        _("file"),
        upload_to="resources/attachments/%Y/",
        storage=private_storage,
        max_length=255,
        validators=[UploadValidator(allowed=ATTACHMENT_TYPES)],
        help_text=accepted_types_help(ATTACHMENT_TYPES),
    )
    file_type = models.CharField(_("file type"), max_length=10, blank=True, editable=False)
    size = models.PositiveIntegerField(_("size in bytes"), default=0, editable=False)
    extracted_text = models.TextField(_("extracted text"), blank=True, editable=False)
    extraction_status = models.CharField(
        _("text extraction"),
        max_length=10,
        choices=ExtractionStatus.choices,
        default=ExtractionStatus.PENDING,
        editable=False,
    )
    extraction_note = models.CharField(_("extraction note"), max_length=255, blank=True, editable=False)
    # The file name whose text was last extracted; a different one means a new upload.
    extracted_file_name = models.CharField(max_length=255, blank=True, editable=False)

    # Facts derived from the file; never taken from a revision, always from the file itself.
    DERIVED_FIELDS = ("file_type", "size", "extracted_text", "extraction_status", "extraction_note", "extracted_file_name")

    # Set to True to extract the text during save() instead of in a background task (the demo loader does).
    extract_now = False
    # True while the extraction stores its result (see tasks.extract_attachment).
    _saving_extraction = False

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.title

    def serializable_data(self):
        # Revisions keep what editors edit (title, file, order), not up to a megabyte of extracted text.
        data = get_serializable_data_for_fields(self)
        for name in self.DERIVED_FIELDS:
            data.pop(name, None)
        return data

    def store_file(self):
        """Put a freshly uploaded file into the storage (it would otherwise be stored only by save())."""
        if self.file and not self.file._committed:
            self.file.save(self.file.name, self.file.file, save=False)

    def save(self, *args, **kwargs):
        self.store_file()
        if self.pk and not self._saving_extraction:
            # The database row is the authority on the derived facts while the file stays the same: this instance
            # may come from a revision (which does not hold them) or predate an extraction that finished since.
            row = type(self).objects.filter(pk=self.pk).values(*self.DERIVED_FIELDS).first()
            if row and row["extracted_file_name"] == self.file.name:
                for name, value in row.items():
                    setattr(self, name, value)
        new_file = bool(self.file) and self.file.name != self.extracted_file_name
        if new_file:
            self.inspect_file()
        super().save(*args, **kwargs)
        if new_file and self.extraction_status == ExtractionStatus.PENDING:
            from innoprocure.resources.tasks import extract_attachment, extract_attachment_text

            if self.extract_now:
                extract_attachment(self)
            else:
                extract_attachment_text.enqueue(self.pk, self.file.name)
                # A task backend that runs at once has already stored the text; keep this instance in step.
                self.refresh_from_db(fields=self.DERIVED_FIELDS)

    def inspect_file(self):
        """Check what the file really is (by content) and how large; reset the extracted text."""
        self.extracted_file_name = self.file.name
        self.extracted_text = ""
        self.extraction_note = ""
        self.extraction_status = ExtractionStatus.PENDING
        try:
            self.size = self.file.size
            with self.file.open("rb") as stored:
                data = stored.read(settings.MAX_UPLOAD_SIZE + 1)
        except OSError:
            self.size, self.file_type = 0, ""
            self.extraction_status = ExtractionStatus.FAILED
            self.extraction_note = _("The file is missing from the storage.")
            return
        try:
            self.file_type = validate_upload(ContentFile(data, name=PurePath(self.file.name).name), allowed=ATTACHMENT_TYPES)
        except ValidationError as error:
            self.file_type = ""
            self.extraction_status = ExtractionStatus.FAILED
            self.extraction_note = " ".join(error.messages)[:255]

    @property
    def is_downloadable(self):
        return bool(self.pk and self.file and self.file_type)

    @property
    def type_label(self):
        return self.file_type.upper()


class ResourceIndexPage(RoutablePageMixin, Page):
    """The Resource Centre: the search and listing at /resources/, each resource at /resources/<slug>/, and the
    feeds of the listing at /resources/feed/rss/ and /resources/feed/atom/ (with the listing's parameters)."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    max_count = 1
    parent_page_types = ["core.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource centre")

    @path("")
    def listing(self, request):
        from innoprocure.resources.listing import render_listing

        return render_listing(request, self)

    @path("id/<int:resource_id>/")
    def permalink(self, request, resource_id):
        from innoprocure.resources.detail import permalink_redirect

        return permalink_redirect(request, resource_id)

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        from innoprocure.resources.feeds import serve_feed

        return serve_feed(self, request, "rss")

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        from innoprocure.resources.feeds import serve_feed

        return serve_feed(self, request, "atom")

    @path("<slug:slug>/attachments/<int:attachment_id>/")
    def attachment(self, request, slug, attachment_id):
        from innoprocure.resources.detail import download_attachment

        return download_attachment(request, slug, attachment_id)

    @path("<slug:slug>/")
    def resource(self, request, slug):
        from innoprocure.resources.detail import render_detail, with_relations

        resource = with_relations(Resource.objects.filter(slug=slug, live=True)).first()
        if resource is None:
            raise Http404(_("No such resource."))
        return render_detail(request, self, resource)


def attachment_file_still_used(attachment, name):
    """Whether a resource attachment's file must stay although this row no longer names it: another attachment
    row names it (publishing a revision may recreate rows), or the resource's latest revision — a draft being
    edited — still holds it. Earlier revisions are history: reverting to one whose file is gone shows it missing."""
    if ResourceAttachment.objects.filter(file=name).exists():
        return True
    resource = Resource.objects.filter(pk=attachment.resource_id).select_related("latest_revision").first()
    if resource is None or resource.latest_revision is None:
        return False
    return any(item.get("file") == name for item in resource.latest_revision.content.get("attachments", []))
