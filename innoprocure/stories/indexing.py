"""What stories give the search engine: published story pages (and the stories page itself)."""

from django.utils.translation import gettext_lazy as _

from innoprocure.search import registry
from innoprocure.search.pages import register_pages
from innoprocure.search.registry import Section

registry.register_section(Section("stories", _("Stories"), "/stories/", order=20))
register_pages("stories", "stories")
