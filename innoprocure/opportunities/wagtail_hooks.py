"""Opportunities in the Wagtail admin: a snippet with filters by type, status and source. Never deleted when
closed: the derived status moves them to the archive."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from innoprocure.opportunities import admin_import  # noqa: F401 - registers the TED import view and menu item
from innoprocure.opportunities.admin import LotsPanel, OpportunityAdminForm, OpportunityFilterSet
from innoprocure.opportunities.models import Opportunity


class OpportunityViewSet(SnippetViewSet):
    model = Opportunity
    icon = "tasks"
    menu_label = _("Opportunities")
    menu_name = "opportunities"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "opportunity_type", "organisation", "deadline", "status_label", "source", "live"]
    list_per_page = 50
    filterset_class = OpportunityFilterSet
    search_fields = ["title", "summary", "organisation", "ted_notice_id"]
    ordering = ["deadline"]
    inspect_view_enabled = True

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("title"),
                    FieldPanel("slug"),
                    FieldPanel("opportunity_type"),
                    FieldPanel("summary"),
                    MultiFieldPanel(
                        [FieldPanel("organisation"), FieldPanel("organisation_url"), FieldPanel("country")],
                        heading=_("Funder or buyer"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldRowPanel([FieldPanel("deadline"), FieldPanel("deadline_timezone")]),
                            FieldRowPanel([FieldPanel("deadline_kind"), FieldPanel("valid_until")]),
                        ],
                        heading=_("Deadline"),
                        help_text=_(
                            "The deadline is entered in your own time zone and shown to visitors in the zone chosen here."
                        ),
                    ),
                    FieldRowPanel([FieldPanel("budget"), FieldPanel("framework_maximum"), FieldPanel("currency")]),
                    FieldPanel("url"),
                    MultiFieldPanel(
                        [
                            FieldPanel("how_to_respond"),
                            FieldPanel("response_url"),
                            FieldPanel("contact_email"),
                            FieldPanel("expected_call_date"),
                        ],
                        heading=_("How to respond"),
                    ),
                    FieldPanel("illustrative"),
                    FieldPanel("live"),
                ],
                heading=_("Opportunity"),
            ),
            ObjectList(
                [
                    FieldPanel("procedure"),
                    FieldPanel("cpv_codes"),
                    FieldPanel("sectors"),
                    FieldPanel("approach"),
                    FieldPanel("place_of_performance"),
                    FieldPanel("is_innovation"),
                    FieldPanel("innovation_flags"),
                    FieldPanel("awarded"),
                    FieldPanel("award_note"),
                ],
                heading=_("Procedure and innovation"),
            ),
            ObjectList(
                [
                    LotsPanel(heading=_("Lots")),
                    FieldPanel("source", read_only=True),
                    FieldPanel("buyers", read_only=True),
                    FieldPanel("ted_notice_id", read_only=True),
                    FieldPanel("ted_latest_notice_id", read_only=True),
                    FieldPanel("ted_publication_number", read_only=True),
                    FieldPanel("ted_procedure_id", read_only=True),
                    FieldPanel("ted_notice_type", read_only=True),
                    FieldPanel("notice_language", read_only=True),
                    FieldPanel("dispatch_date", read_only=True),
                    FieldPanel("publication_date", read_only=True),
                ],
                heading=_("TED notice"),
            ),
        ],
        base_form_class=OpportunityAdminForm,
    )


register_snippet(OpportunityViewSet)
