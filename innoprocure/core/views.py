from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError, JsonResponse
from django.template import loader
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET

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
