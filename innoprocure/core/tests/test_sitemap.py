"""The sitemap: an index of sections in pages of 5,000, every address on BASE_URL's host, with lastmod."""

import re

import pytest
from wagtail.models import Site

from innoprocure.core import sitemap
from innoprocure.core.tests.sitemaps import sitemap_xml

pytestmark = pytest.mark.django_db


@pytest.fixture
def base_url(demo_database, db, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://procurement.example.eu"
    settings.ALLOWED_HOSTS = ["*"]
    from innoprocure.core.site import sync_site_address

    sync_site_address()


def test_every_address_is_on_base_urls_host_whatever_the_request_said(base_url, client):
    index = client.get("/sitemap.xml", HTTP_HOST="localhost").content.decode()
    assert "<sitemapindex" in index
    xml = index + sitemap_xml(client)
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert len(locations) > 300
    assert {loc.split("/")[2] for loc in locations} == {"procurement.example.eu"}
    assert all(loc.startswith("https://") for loc in locations)
    assert "/resources/" in xml and "<lastmod>" in xml


def test_the_default_site_follows_base_url(base_url):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("procurement.example.eu", 443, "https://procurement.example.eu")


def test_a_section_larger_than_a_page_is_split_and_each_page_listed(base_url, client, monkeypatch):
    monkeypatch.setattr(sitemap, "PAGE_SIZE", 50)
    index = client.get("/sitemap.xml").content.decode()
    assert "https://procurement.example.eu/sitemap-resources.xml?p=2</loc>" in index
    first = client.get("/sitemap-resources.xml").content.decode()
    second = client.get("/sitemap-resources.xml?p=2").content.decode()
    assert first.count("<url>") == 50 and second.count("<url>") > 0
    assert client.get("/sitemap-resources.xml?p=99").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_every_address_is_listed_in_every_language_with_its_alternates(base_url, client):
    xml = sitemap_xml(client)
    for path in ("/about/", "/resources/"):
        for prefix in ("", "/de", "/fr"):
            assert f"<loc>https://procurement.example.eu{prefix}{path}</loc>" in xml, prefix + path
    entry = xml.split("<loc>https://procurement.example.eu/de/about/</loc>")[1].split("</url>")[0]
    alternates = dict(re.findall(r'<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', entry))
    assert alternates == {
        "en": "https://procurement.example.eu/about/",
        "de": "https://procurement.example.eu/de/about/",
        "fr": "https://procurement.example.eu/fr/about/",
        "x-default": "https://procurement.example.eu/about/",
    }
