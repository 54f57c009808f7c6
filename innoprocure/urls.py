from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from innoprocure.core import views as core_views
from innoprocure.core.language import choose_language

handler404 = "innoprocure.core.views.page_not_found"
handler500 = "innoprocure.core.views.server_error"

# Language-independent endpoints.
urlpatterns = [
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", core_views.sitemap, name="sitemap"),
    path("sitemap-<slug:section>.xml", core_views.sitemap_section, name="sitemap_section"),
    path("opensearch.xml", core_views.opensearch, name="opensearch"),
    path("healthz", core_views.healthz, name="healthz"),
    # Browsers ask for /favicon.ico whatever the page says (feed readers, bookmarks): the icon in static files.
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("i18n/choose/<str:code>/", choose_language, name="choose_language"),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v1/", include("innoprocure.api.urls")),
    path("", include("innoprocure.opendata.urls")),
]

# User-facing pages: English without a prefix, other languages under /fr/, /de/ …
urlpatterns += i18n_patterns(
    path("accounts/", include("innoprocure.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("search/", include("innoprocure.search.urls")),
    path("glossary/", include("innoprocure.search.urls_glossary")),
    path("", include("innoprocure.contact.urls")),
    path("", include("innoprocure.newsletter.urls")),
    path("", include("innoprocure.alerts.urls")),
    path("", include("innoprocure.network.urls")),
    path("", include("innoprocure.membership.urls")),
    path("", include("innoprocure.forum.urls")),
    path("", include("innoprocure.resources.urls")),
    path("", include("innoprocure.stories.urls")),
    path("", include("innoprocure.events.urls")),
    path("", include("innoprocure.opportunities.urls")),
    path("", include("innoprocure.challenges.urls")),
    path("", include("innoprocure.showcase.urls")),
    path("", include("innoprocure.guidance.urls")),
    path("", include("innoprocure.opendata.urls_pages")),
    path("", include("innoprocure.core.urls")),
    # Anything else is a page of Wagtail's page tree.
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploaded images and their renditions, from Django itself: in development, and on the browser tests' server
    # (DEBUG off). A production site serves /media/ from its web server or object storage (docs/operations.md).
    from django.urls import re_path
    from django.views.static import serve

    media_prefix = settings.MEDIA_URL.strip("/")
    urlpatterns = [re_path(rf"^{media_prefix}/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})] + urlpatterns
