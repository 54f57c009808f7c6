import re

import pytest
from django.test import RequestFactory
from django.urls import reverse

from innoprocure.core.tests.sitemaps import sitemap_xml
from innoprocure.core.views import server_error

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(demo_database, client):
    """A visitor on the demo site (loaded once for this module)."""
    return client


def test_home_page_says_what_the_platform_is_and_leads_to_every_section(site):
    response = site.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "public procurement of innovation" in html.lower()
    for path in ["/get-started/", "/resources/", "/stories/", "/events/", "/opportunities/", "/network/", "/contact/"]:
        assert f'href="{path}"' in html
    assert "Who the platform is for" in html


def test_every_page_has_skip_link_search_box_navigation_and_footer(site):
    html = site.get("/about/").content.decode()
    assert 'class="skip-link" href="#main"' in html
    assert 'id="main"' in html
    assert 'role="search"' in html and 'name="q"' in html
    for path in ["/privacy/", "/accessibility/", "/legal-notice/", "/contact/", "/newsletter/", "/about/"]:
        assert f'href="{path}"' in html
    assert 'aria-label="Breadcrumb"' in html


def test_no_asset_is_loaded_from_another_site(site):
    html = site.get("/").content.decode()
    external = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    assert [url for url in external if "/static/" in url or url.endswith((".js", ".css", ".woff2"))] == []


def test_footer_pages_exist(site):
    for path in ["/about/", "/privacy/", "/accessibility/", "/legal-notice/", "/newsletter/"]:
        response = site.get(path)
        assert response.status_code == 200, path
        assert "<h1>" in response.content.decode()


def test_unknown_address_gets_the_designed_not_found_page(site):
    response = site.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We could not find that page" in html
    assert 'action="/search/"' in html


def test_server_error_page_renders_without_the_database():
    request = RequestFactory().get("/")
    response = server_error(request)
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


def test_robots_txt_points_to_the_sitemap_and_keeps_robots_out_of_the_admin(client, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://procurement.example.eu"
    response = client.get("/robots.txt")
    body = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in body
    assert "Sitemap: https://procurement.example.eu/sitemap.xml" in body  # BASE_URL, not the request's host


def test_sitemap_lists_the_published_pages(site):
    response = site.get("/sitemap.xml")
    assert response.status_code == 200
    assert "<sitemapindex" in response.content.decode()
    body = sitemap_xml(site)
    assert "<urlset" in body
    assert "/privacy/</loc>" in body


def test_other_languages_get_a_prefix_and_the_page_says_its_language(site):
    response = site.get("/fr/about/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    # The switcher: each language in its own name, through the link that remembers the choice.
    assert '<a href="/i18n/choose/en/?next=%2Ffr%2Fabout%2F" hreflang="en" lang="en">English</a>' in html
    assert '<a href="/i18n/choose/fr/?next=%2Ffr%2Fabout%2F" hreflang="fr" lang="fr" aria-current="true">Français</a>' in html
    assert '<html lang="en">' in site.get("/about/").content.decode()


def test_only_languages_with_a_translation_are_offered(site):
    """A language without a complete catalogue (core/tests/test_catalogues.py) is neither in the switcher nor served."""
    assert site.get("/es/about/").status_code == 404
    switcher = site.get("/about/").content.decode().split('class="language-links"')[1].split("</nav>")[0]
    assert [code for code in ("en", "de", "fr", "es", "it") if f'hreflang="{code}"' in switcher] == ["en", "de", "fr"]


def test_health_check_answers(client):
    assert client.get(reverse("healthz")).json() == {"status": "ok"}
