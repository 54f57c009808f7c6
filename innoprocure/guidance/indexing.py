"""What Get started gives the search engine: its published guidance pages."""

from django.utils.translation import gettext_lazy as _

from innoprocure.search import registry
from innoprocure.search.pages import register_pages
from innoprocure.search.registry import Section

registry.register_section(Section("guidance", _("Get started"), "/get-started/", order=15))
register_pages("guidance", "guidance")
