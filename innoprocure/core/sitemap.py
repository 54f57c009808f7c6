"""/sitemap.xml: an index of sections, each in pages of at most 5,000 addresses, every address from BASE_URL.

Sections are the page tree plus whatever sitemaps the apps provide in `<app>/sitemaps.py`. Page-tree addresses come
from the default Wagtail Site, which follows BASE_URL (core/site.py); the apps' sitemaps get BASE_URL's scheme and
host here instead of the request's.
"""

from importlib import import_module
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.module_loading import module_has_submodule
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap as PageSitemap
from wagtail.contrib.sitemaps.views import prepare_sitemaps

PAGE_SIZE = 5000


class LocalisedPageSitemap(PageSitemap):
    """The page tree with every page once per offered language, each entry naming the others and x-default
    (hreflang alternates, as Django's sitemaps do with `i18n` and `alternates` for the apps' sections)."""

    def _urls(self, page, protocol, domain):
        languages = [code for code, _name in settings.LANGUAGES]
        urls, last_mods = [], set()
        for item in self.paginator.page(page).object_list.iterator():
            by_language = {}
            for code in languages:
                with translation.override(code):
                    by_language[code] = item.get_sitemap_urls(self.request)
            for position, info in enumerate(by_language[settings.LANGUAGE_CODE]):
                alternates = [{"lang_code": code, "location": by_language[code][position]["location"]} for code in languages]
                alternates.append({"lang_code": "x-default", "location": info["location"]})
                for code in languages:
                    urls.append({**by_language[code][position], "alternates": alternates})
                last_mods.add(info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def sitemap_classes():
    sitemaps = {"pages": LocalisedPageSitemap if len(settings.LANGUAGES) > 1 else PageSitemap}
    for app_config in apps.get_app_configs():
        if app_config.name.startswith("innoprocure.") and module_has_submodule(app_config.module, "sitemaps"):
            sitemaps.update(getattr(import_module(f"{app_config.name}.sitemaps"), "sitemaps", {}))
    return sitemaps


def sections(request):
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    prepared = prepare_sitemaps(request, sitemap_classes())  # instantiates Wagtail's (they take the request)
    prepared = {name: sitemap() if isinstance(sitemap, type) else sitemap for name, sitemap in prepared.items()}
    for sitemap in prepared.values():
        sitemap.protocol = base.scheme
        sitemap.get_domain = lambda site=None, domain=base.netloc: domain
        sitemap.limit = min(getattr(sitemap, "limit", PAGE_SIZE), PAGE_SIZE)
        if len(settings.LANGUAGES) > 1:
            if isinstance(sitemap, LocalisedPageSitemap):
                sitemap.limit = max(1, sitemap.limit // len(settings.LANGUAGES))  # each page is listed per language
            else:
                sitemap.i18n = sitemap.alternates = sitemap.x_default = True
    return prepared


@x_robots_tag
def index(request):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    items = []
    for name, sitemap in sections(request).items():
        url = base + reverse("sitemap_section", kwargs={"section": name})
        lastmod = sitemap.get_latest_lastmod()
        items.append(SitemapIndexItem(url, lastmod))
        items.extend(SitemapIndexItem(f"{url}?p={number}", lastmod) for number in range(2, sitemap.paginator.num_pages + 1))
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml")


def section(request, section):
    return django_sitemap(request, sections(request), section=section)
