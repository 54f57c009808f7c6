"""The global navigation: the same sections on every page, in the users' words."""

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

MAIN_NAVIGATION = [
    ("/get-started/", _("Get started")),
    ("/resources/", _("Resource Centre")),
    ("/stories/", _("Stories")),
    ("/events/", _("Events")),
    ("/opportunities/", _("Opportunities")),
    ("/challenges/", _("Challenges")),
    ("/showcase/", _("Showcase")),
    ("/network/", _("P2I Network")),
    ("/forum/", _("Forum")),
    ("/contact/", _("Contact")),
]

FOOTER_NAVIGATION = [
    ("/about/", _("About the platform")),
    ("/contact/", _("Contact")),
    ("/newsletter/", _("Newsletter")),
    ("/privacy/", _("Privacy")),
    ("/accessibility/", _("Accessibility statement")),
    ("/legal-notice/", _("Legal notice")),
    ("/open-data/", _("Open data")),
    ("/api/v1/docs", _("Open data API")),
]


def localised(path):
    """Prefix a path with the active language unless it is the default one."""
    language = get_language() or settings.LANGUAGE_CODE
    if language == settings.LANGUAGE_CODE or path.startswith("/api/"):
        return path
    return f"/{language}{path}"


def build(items, current_path=""):
    links = []
    for path, label in items:
        url = localised(path)
        links.append({"url": url, "label": label, "active": current_path.startswith(url) and url != "/"})
    return links
