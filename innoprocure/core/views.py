from django.apps import apps
from django.db import connection
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError, JsonResponse
from django.template import loader
from django.utils.module_loading import import_module, module_has_submodule
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap as PageSitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /accounts/",
        "Disallow: /search/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def _sitemaps():
    """Pages from the page tree, plus whatever sitemaps the apps provide in `<app>/sitemaps.py`."""
    sitemaps = {"pages": PageSitemap}
    for app_config in apps.get_app_configs():
        if app_config.name.startswith("innoprocure.") and module_has_submodule(app_config.module, "sitemaps"):
            sitemaps.update(getattr(import_module(f"{app_config.name}.sitemaps"), "sitemaps", {}))
    return sitemaps


@cache_page(60 * 15)
def sitemap(request):
    return wagtail_sitemap(request, sitemaps=_sitemaps())


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
