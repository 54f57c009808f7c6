"""The Resource Centre in the admin: resources as snippets that editors draft and moderators publish."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, Panel, TabbedInterface
from wagtail.admin.panels.title_field_panel import TitleFieldPanel
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.admin.widgets.slug import SlugInput
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from innoprocure.resources.models import Resource


class ExtractionStatusPanel(Panel):
    """Shows editors what became of an attachment's text: extracted, or why there is none."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "resources/admin/extraction_status_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            attachment = self.instance
            context["attachment"] = attachment
            context["saved"] = bool(attachment and attachment.pk and attachment.extracted_file_name)
            context["characters"] = len(attachment.extracted_text) if attachment else 0
            return context


class ResourceViewSet(SnippetViewSet):
    model = Resource
    icon = "doc-full-inverse"
    menu_label = _("Resources")
    menu_name = "resources"
    menu_order = 210
    add_to_admin_menu = True
    list_display = [
        "title",
        Column("resource_type", label=_("Type"), accessor="get_resource_type_display", sort_key="resource_type"),
        Column("publication_year", label=_("Year"), sort_key="publication_year"),
        UpdatedAtColumn(),
        LiveStatusTagColumn(),
    ]
    list_filter = ["resource_type", "approach", "publication_year", "live", "sectors", "main_language"]
    list_per_page = 50
    search_fields = ["title", "summary", "publisher", "slug"]
    ordering = ["-publication_year", "title"]
    copy_view_enabled = False
    inspect_view_enabled = False

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    TitleFieldPanel("title"),
                    FieldPanel("slug", widget=SlugInput),
                    FieldPanel("summary"),
                    FieldPanel("body"),
                    FieldRowPanel([FieldPanel("resource_type"), FieldPanel("approach")]),
                    FieldRowPanel([FieldPanel("publication_year"), FieldPanel("main_language")]),
                    FieldPanel("publisher"),
                    FieldPanel("external_url"),
                    FieldPanel("licence"),
                    FieldPanel("illustrative"),
                    MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
                ],
                heading=_("Content"),
            ),
            ObjectList(
                [
                    FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("stages", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("countries", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("tags"),
                ],
                heading=_("Classification"),
            ),
            ObjectList(
                [
                    InlinePanel(
                        "attachments",
                        heading=_("Documents"),
                        label=_("Document"),
                        panels=[FieldPanel("title"), FieldPanel("file"), ExtractionStatusPanel(heading=_("Text for search"))],
                        help_text=_("The text of each document is extracted after saving, so that search finds words inside it."),
                    )
                ],
                heading=_("Documents"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("project_partners"),
                            FieldRowPanel([FieldPanel("project_start"), FieldPanel("project_end")]),
                        ],
                        heading=_("Project or initiative"),
                        help_text=_("Only for resources of the type “Project or initiative”."),
                    ),
                    FieldPanel("related_resources"),
                ],
                heading=_("Project and related"),
            ),
        ]
    )


register_snippet(ResourceViewSet)
