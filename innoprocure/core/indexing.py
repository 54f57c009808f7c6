"""What the platform's own pages give the search engine (the home page is not a search result)."""

from django.utils.translation import gettext_lazy as _

from innoprocure.core.models import HomePage
from innoprocure.search import registry
from innoprocure.search.pages import register_pages
from innoprocure.search.registry import Section

registry.register_section(Section("pages", _("About the platform"), "/about/", order=90))
register_pages("core", "pages", exclude=(HomePage,))
