"""Get started: a page tree editors manage, from "what is innovation procurement?" to a first procedure."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from innoprocure.core.chips import Facet, filter_chips
from innoprocure.guidance import catalogue
from innoprocure.guidance.blocks import GuidanceBodyBlock


class GuidanceIndexPage(Page):
    """/get-started/: the entry to the guidance, listing its pages in the editors' order."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(GuidanceBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    max_count = 1
    parent_page_types = ["core.HomePage"]
    subpage_types = ["guidance.GuidancePage", "guidance.StepByStepPage", "guidance.ProjectsPage"]
    template = "guidance/guidance_index_page.html"

    class Meta:
        verbose_name = _("Get started index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().public().specific()
        context["guides"] = [child for child in children if not isinstance(child, ProjectsPage)]
        context["projects_page"] = next((child for child in children if isinstance(child, ProjectsPage)), None)
        return context


class StepByStepPage(Page):
    """The path from need to impact; its child pages are the steps, in order."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(GuidanceBodyBlock(), blank=True, verbose_name=_("body"), help_text=_("Shown before the list of steps."))

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["guidance.GuidanceIndexPage"]
    subpage_types = ["guidance.GuidancePage"]
    template = "guidance/step_by_step_page.html"

    class Meta:
        verbose_name = _("step-by-step path")

    def steps(self):
        return list(GuidancePage.objects.child_of(self).live().public().select_related("stage").order_by("path"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["steps"] = [
            {"number": number, "page": step, "resources": catalogue.resources_for_step(step, limit=4)}
            for number, step in enumerate(self.steps(), start=1)
        ]
        return context


class GuidancePage(Page):
    """One guidance page. With a procurement stage, it lists the Resource Centre's resources for that stage."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(GuidanceBodyBlock(), blank=True, verbose_name=_("body"))
    stage = models.ForeignKey(
        "core.ProcurementStage",
        verbose_name=_("procurement stage"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="guidance_pages",
        help_text=_("Set it on the steps of the path: the page then lists the resources of this stage."),
    )

    resource_tags = ClusterTaggableManager(
        through="guidance.GuidancePageResourceTag",
        blank=True,
        verbose_name=_("tags of fitting resources"),
        help_text=_(
            "When no resources are chosen above: the page lists the platform's own guides for its stage first, then "
            "resources with one of these tags, then the stage's other resources."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("stage"),
        MultiFieldPanel(
            [InlinePanel("chosen_resources", label=_("resource")), FieldPanel("resource_tags")],
            heading=_("Resources for this stage"),
            help_text=_("The Resource Centre's resources this page recommends, in this order."),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["guidance.GuidanceIndexPage", "guidance.StepByStepPage", "guidance.GuidancePage"]
    subpage_types = ["guidance.GuidancePage"]
    template = "guidance/guidance_page.html"

    class Meta:
        verbose_name = _("guidance page")

    def step_position(self):
        """(number, total, previous, next) when this page is a step of a path, else None."""
        parent = self.get_parent().specific
        if not isinstance(parent, StepByStepPage):
            return None
        steps = parent.steps()
        ids = [step.pk for step in steps]
        if self.pk not in ids:
            return None
        index_ = ids.index(self.pk)
        return {
            "path": parent,
            "number": index_ + 1,
            "total": len(steps),
            "previous": steps[index_ - 1] if index_ > 0 else None,
            "next": steps[index_ + 1] if index_ + 1 < len(steps) else None,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["step"] = self.step_position()
        context["stage_resources"] = catalogue.resources_for_step(self, limit=10) if self.stage_id else None
        context["subpages"] = self.get_children().live().public().specific()
        return context


class GuidancePageResource(Orderable):
    """A resource an editor recommends on a guidance page, in the editor's order."""

    page = ParentalKey(GuidancePage, related_name="chosen_resources", on_delete=models.CASCADE)
    resource = models.ForeignKey("resources.Resource", on_delete=models.CASCADE, related_name="+", verbose_name=_("resource"))

    panels = [FieldPanel("resource")]

    class Meta(Orderable.Meta):
        verbose_name = _("recommended resource")
        verbose_name_plural = _("recommended resources")


class GuidancePageResourceTag(TaggedItemBase):
    content_object = ParentalKey(GuidancePage, related_name="tagged_resource_tags", on_delete=models.CASCADE)

    class Meta:
        verbose_name = _("tag of fitting resources")
        verbose_name_plural = _("tags of fitting resources")


class ProjectsPage(Page):
    """Projects and initiatives: the Resource Centre's projects, by sector and country."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(
        GuidanceBodyBlock(), blank=True, verbose_name=_("body"), help_text=_("Shown after the introduction, before the list.")
    )

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    max_count = 1
    parent_page_types = ["guidance.GuidanceIndexPage"]
    subpage_types = []
    template = "guidance/projects_page.html"
    per_page = 12

    class Meta:
        verbose_name = _("projects and initiatives page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = catalogue.parse_project_filters(request.GET)
        projects = catalogue.projects(filters)
        page_obj = Paginator(projects, self.per_page).get_page(request.GET.get("page"))
        sectors, countries = catalogue.project_facets()
        context.update(
            filters=filters,
            chips=filter_chips(
                request,
                [
                    Facet("sector", _("Sector"), [(sector.slug, sector.name) for sector in sectors]),
                    Facet("country", _("Country"), [(country.code, country.name) for country in countries]),
                ],
            ),
            page_obj=page_obj,
            projects=[
                {"resource": project, "partners": catalogue.partner_lines(project.project_partners)} for project in page_obj
            ],
            sector_options=sectors,
            country_options=countries,
            catalogue_available=catalogue.resource_model() is not None,
        )
        return context
