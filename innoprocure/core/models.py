from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from innoprocure.core import memo, seo
from innoprocure.core.blocks import BodyBlock


class Country(models.Model):
    """A country by its ISO 3166-1 alpha-2 code; "EU" stands for EU-wide."""

    code = models.CharField(_("code"), max_length=2, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    is_eu_member = models.BooleanField(_("EU member state"), default=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name


class Language(models.Model):
    """A language by its ISO 639-1 code."""

    code = models.CharField(_("code"), max_length=2, primary_key=True)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        return self.name


@register_snippet
class Sector(models.Model):
    """A sector or product group (health, ICT, energy …)."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self):
        return self.name


@register_snippet
class ProcurementStage(models.Model):
    """A stage of the procurement cycle, from needs assessment to impact."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=100)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("order"), FieldPanel("description")]

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("procurement stage")
        verbose_name_plural = _("procurement stages")

    def __str__(self):
        return self.name


class HomePage(Page):
    """The front door: what the platform is, for whom, and the latest of every section."""

    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = RichTextField(_("hero text"), features=["bold", "italic", "link"])
    audiences = StreamField(
        [
            (
                "audience",
                blocks.StructBlock(
                    [
                        ("title", blocks.CharBlock(label=_("Who"))),
                        ("text", blocks.TextBlock(label=_("What they find here"))),
                        ("link", blocks.PageChooserBlock(required=False, label=_("Where to start"))),
                        (
                            "path",
                            blocks.RegexBlock(
                                regex=r"^/[^\s]*$",
                                required=False,
                                label=_("Or where to start, as an address on this site"),
                                help_text=_("For a filtered list, e.g. /resources/?type=policy. Used when no page is chosen."),
                                error_messages={"invalid": _("Enter an address on this site that starts with /.")},
                            ),
                        ),
                    ],
                    icon="group",
                    label=_("Audience"),
                ),
            )
        ],
        blank=True,
        verbose_name=_("audiences"),
    )

    content_panels = Page.content_panels + [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("audiences")]
    search_fields = Page.search_fields + [index.SearchField("hero_text")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from innoprocure.core.sections import latest_by_section

        context = super().get_context(request, *args, **kwargs)
        # The same for every visitor of a host and language until one of the sections' tables is written.
        key = ("home-sections", request.get_host(), translation.get_language())
        context["sections"] = memo.remembered(key, lambda: latest_by_section(limit=3, request=request))
        context["social"] = {"title": seo.site_name()}
        context["structured_data"] = seo.website()
        return context


class StandardPage(Page):
    """A plain content page: about, privacy, accessibility statement, legal notice …"""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")
