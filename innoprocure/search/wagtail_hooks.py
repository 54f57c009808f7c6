"""The glossary in the Wagtail admin: editors add concepts, names in other languages and search synonyms."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from innoprocure.search.models import GlossaryConcept


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryConcept
    icon = "list-ul"
    menu_label = _("Glossary")
    menu_name = "glossary"
    menu_order = 280
    add_to_admin_menu = True
    list_display = ["__str__", "slug", "public"]
    search_fields = ["slug", "definition"]
    ordering = ["slug"]


register_snippet(GlossaryViewSet)
