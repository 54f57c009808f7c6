"""What events give the search engine: published event pages (and the events page itself)."""

from django.utils.translation import gettext_lazy as _

from innoprocure.search import registry
from innoprocure.search.pages import register_pages
from innoprocure.search.registry import Section

registry.register_section(Section("events", _("Events"), "/events/", order=30))
register_pages("events", "events")
