from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError, JsonResponse
from django.template import loader
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET

from innoprocure.core import seo
from innoprocure.core import sitemap as sitemap_views


@require_GET
def robots_txt(request):
    # The personal and search pages exist under every language prefix too.
    prefixes = [""] + [f"/{code}" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        *(f"Disallow: {prefix}{path}" for path in ("/accounts/", "/search/") for prefix in prefixes),
        f"Sitemap: {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@cache_page(60 * 15)
def sitemap(request):
    return sitemap_views.index(request)


@cache_page(60 * 15)
def sitemap_section(request, section):
    return sitemap_views.section(request, section)


@require_GET
def opensearch(request):
    """/opensearch.xml: the OpenSearch 1.1 description with which a browser adds the platform's search to its own."""
    from django.templatetags.static import static
    from django.urls import reverse
    from django.utils.translation import gettext as _

    from innoprocure.opendata.licences import metadata_licence

    context = {
        "short_name": _("InnoProcure"),  # OpenSearch allows 16 characters
        "long_name": seo.site_name(),
        "description": _("Search guidance, resources, stories, events and opportunities on public procurement of innovation."),
        "tags": _("procurement innovation PCP PPI"),
        "icon_url": seo.absolute(static("img/icon-64.png")),
        "search_url": seo.absolute(reverse("site_search")),
        "resources_feed_url": seo.absolute(reverse("wagtail_serve", args=["resources/feed/atom/"])),
        "self_url": seo.absolute(reverse("opensearch")),
        "language": settings.LANGUAGE_CODE,
        "attribution": _("Search results: %(licence)s.") % {"licence": metadata_licence()},
    }
    return HttpResponse(
        loader.render_to_string("core/opensearch.xml", context, request),
        content_type="application/opensearchdescription+xml; charset=utf-8",
    )


@require_GET
def manifest(request):
    """/manifest.webmanifest (and /de/…, /fr/…): the web app manifest, in the visitor's language, so that a phone
    that adds the platform to its home screen names it and shows its icon."""
    from django.templatetags.static import static
    from django.utils.translation import get_language
    from django.utils.translation import gettext as _

    from innoprocure.core.navigation import localised

    icons = [
        {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png", "purpose": "any"},
        {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "any"},
        {"src": static("img/icon-maskable-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
        {"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml", "purpose": "any"},
    ]
    data = {
        "name": seo.site_name(),
        "short_name": _("InnoProcure"),
        "description": seo.default_description(),
        "lang": get_language() or settings.LANGUAGE_CODE,
        "dir": "ltr",
        "id": "/",
        "start_url": localised("/"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": icons,
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Type"] = "application/manifest+json; charset=utf-8"
    return response


THEME_COLOUR = "#0b3d91"  # --blue-700 of site.css, the logo's blue


@require_GET
def favicon(request):
    """/favicon.ico, which browsers and feed readers ask for whatever a page links: the icon in the static files."""
    from django.http import HttpResponsePermanentRedirect
    from django.templatetags.static import static

    return HttpResponsePermanentRedirect(static("img/favicon.ico"))


@require_GET
def patterns(request):
    """/patterns/: the pattern library (innoprocure.core.patterns)."""
    from django.template.response import TemplateResponse

    from innoprocure.core import patterns as library

    return TemplateResponse(request, "core/patterns.html", library.context(request))


def healthz(request):
    """For load balancers: answers 200 when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def page_not_found(request, exception=None):
    template = loader.get_template("404.html")
    return HttpResponseNotFound(template.render({"request_path": request.path}, request))


def server_error(request):
    # Rendered without context processors: the database may be what failed.
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}))
