"""The home page and the site that serves it; every section hangs its index page below the home page."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Page, Site

from innoprocure.core.models import HomePage


@transaction.atomic
def ensure_home_page():
    """Return the home page, creating it (in place of Wagtail's welcome page) if needed."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's migrations create a "Welcome" page at slug "home"; ours takes its place.
        for page in root.get_children().filter(slug="home"):
            page.delete()
        home = root.add_child(
            instance=HomePage(
                title="Innovation Procurement Platform",
                slug="home",
                hero_title="Buy innovation. Solve public challenges.",
                hero_text="<p>The European platform for public procurement of innovation (PPI) and "
                "pre-commercial procurement (PCP).</p>",
            )
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        hostname, port = base_url_address()
        Site.objects.create(
            hostname=hostname, port=port, root_page=home, is_default_site=True, site_name=settings.WAGTAIL_SITE_NAME
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
    sync_site_address()
    return home


def base_url_address():
    """(host name, port) of BASE_URL: the default Wagtail Site answers there, so every full page URL (sitemap,
    feeds, e-mails) starts with BASE_URL whatever Host header a request came with."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return parts.hostname or "localhost", parts.port or (443 if parts.scheme == "https" else 80)


def sync_site_address():
    """Point the default Site at BASE_URL (after every migrate, and when the home page is ensured)."""
    hostname, port = base_url_address()
    Site.objects.filter(is_default_site=True).exclude(hostname=hostname, port=port).update(hostname=hostname, port=port)


def ensure_child_page(parent, model, slug, **fields):
    """Get the child page of `parent` with `slug`, or create and publish it with `fields`. Idempotent."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = parent.add_child(instance=model(slug=slug, **fields))
    page.save_revision().publish()
    return page
