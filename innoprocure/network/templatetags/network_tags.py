from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from innoprocure.core.navigation import localised
from innoprocure.network.models import declaration_url

register = template.Library()


def _url(name, fallback):
    try:
        return reverse(name)
    except NoReverseMatch:
        return localised(fallback)


@register.inclusion_tag("network/includes/subnav.html", takes_context=True)
def network_subnav(context, current="", on_section_page=True):
    """The network's own navigation on each of its pages; `current` names the section being shown, and
    `on_section_page` is false below it (a centre, a meeting), where the link is current but not this page."""
    sections = [
        ("members", _("Members"), _url("network:directory", "/network/members/")),
        ("governance", _("Governance"), _url("network:governance", "/network/governance/")),
        ("knowledge-exchange", _("Knowledge exchange"), _url("network:knowledge_exchange", "/network/knowledge-exchange/")),
        ("declaration", _("Joint Ministerial Declaration"), declaration_url()),
        ("membership", _("Membership"), _url("membership:overview", "/network/membership/")),
    ]
    return {
        "sections": [{"key": key, "label": label, "url": url, "current": key == current} for key, label, url in sections],
        "aria_current": "page" if on_section_page else "true",
    }
