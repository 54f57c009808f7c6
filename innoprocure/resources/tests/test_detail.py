"""The resource page as a visitor sees it: metadata, documents, citation, machine-readable metadata; drafts hidden."""

import json
import re
from datetime import date

import pytest

from innoprocure.core.tests.sitemaps import sitemap_xml
from innoprocure.demo import filebuilders
from innoprocure.resources.models import ResourceType
from innoprocure.resources.tests.factories import ResourceFactory, attach

pytestmark = pytest.mark.django_db
BASE = "https://procurement.example.eu"


@pytest.fixture(autouse=True)
def base_url(settings):
    """Addresses in the page are built from BASE_URL, not from the Host the request came with."""
    settings.WAGTAILADMIN_BASE_URL = BASE


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


@pytest.fixture
def resource(resource_centre):
    resource = ResourceFactory(
        title="Eindhoven buys light, not lamps",
        slug="eindhoven-buys-light",
        sectors=["energy", "smart-cities"],
        stages=["tender-design", "award"],
        countries=["NL"],
        languages=["en", "nl"],
        tags=["street lighting"],
        publication_year=2017,
        publisher="City of Eindhoven",
        licence="cc-by-4.0",
        external_url="https://www.eindhoven.nl/",
    )
    attach(resource, filebuilders.build_pdf("KPIs", ["Lighting level and energy per light point."]), "kpis.pdf", "Lighting KPIs")
    return resource


def test_the_page_shows_every_fact_with_links_to_the_filtered_listing(client, resource):
    response = client.get("/resources/eindhoven-buys-light/")
    assert response.status_code == 200
    html = response.text
    assert "<h1>Eindhoven buys light, not lamps</h1>" in html
    for label in ("Type", "Approach", "Sectors", "Procurement stages", "Countries", "Languages", "Year", "Publisher", "Licence"):
        assert f"<dt>{label}</dt>" in html
    assert '<a href="/resources/?type=case-study">Case study</a>' in html
    assert '<a href="/resources/?sector=energy">Energy</a>' in html
    assert '<a href="/resources/?stage=tender-design">Tender design</a>' in html
    assert '<a href="/resources/?country=NL">Netherlands</a>' in html
    assert '<a href="/resources/?language=nl">Dutch</a>' in html
    assert '<a href="/resources/?year=2017">2017</a>' in html
    assert "/resources/?q=%22street+lighting%22" in html
    assert 'href="https://www.eindhoven.nl/"' in html
    assert "The city described the light it needed" in html


def test_documents_are_listed_with_type_size_and_a_download_link(client, resource):
    attachment = resource.attachments.get()
    html = client.get("/resources/eindhoven-buys-light/").text
    assert "Lighting KPIs" in html
    assert f'href="/resources/eindhoven-buys-light/attachments/{attachment.pk}/"' in html
    assert "<td>PDF</td>" in html
    assert re.search(r"<td>\d(\.\d)?\xa0KB</td>", html)


def test_citation_permalink_and_json_ld(client, resource):
    html = client.get("/resources/eindhoven-buys-light/").text
    permalink = f"{BASE}/resources/id/{resource.pk}/"
    assert f'<a href="{permalink}">{permalink}</a>' in html
    assert "City of Eindhoven (2017). Eindhoven buys light, not lamps. Innovation Procurement Platform." in html
    assert "(accessed " in html
    data = json_ld(html)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Article"
    assert data["name"] == "Eindhoven buys light, not lamps"
    assert data["datePublished"] == "2017"
    assert data["publisher"] == {"@type": "Organization", "name": "City of Eindhoven"}
    assert sorted(data["inLanguage"]) == ["en", "nl"]
    assert "street lighting" in data["keywords"]
    assert data["url"] == f"{BASE}/resources/eindhoven-buys-light/"

    redirect = client.get(f"/resources/id/{resource.pk}/")
    assert redirect.status_code == 302
    assert redirect["Location"] == "/resources/eindhoven-buys-light/"


def test_json_ld_cannot_break_out_of_its_script_element(client, resource_centre):
    ResourceFactory(slug="tricky", title='Tender </script><script>alert("x")</script> & more', resource_type=ResourceType.REPORT)
    html = client.get("/resources/tricky/").text
    assert '<script>alert("x")</script>' not in html
    data = json_ld(html)
    assert data["name"] == 'Tender </script><script>alert("x")</script> & more'
    assert data["@type"] == "Report"


def test_the_body_is_sanitised(client, resource_centre):
    ResourceFactory(slug="imported", body='<p>Useful text</p><script>steal()</script><p onclick="x()">Click</p>')
    html = client.get("/resources/imported/").text
    assert "Useful text" in html
    assert "steal()" not in html
    assert "onclick" not in html


def test_a_project_shows_its_partners_and_dates(client, resource_centre):
    ResourceFactory(
        slug="select-for-cities",
        resource_type=ResourceType.PROJECT,
        project_partners="Forum Virium Helsinki (FI)\nCity of Antwerp (be)\n\nA network without a country",
        project_start=date(2016, 1, 1),
        project_end=date(2019, 12, 31),
        countries=["FI", "BE"],
    )
    html = client.get("/resources/select-for-cities/").text
    assert "About the project" in html
    assert 'Forum Virium Helsinki <span class="muted">(Finland)</span>' in html
    assert 'City of Antwerp <span class="muted">(Belgium)</span>' in html
    assert "A network without a country" in html
    assert '<time datetime="2016-01-01">January 2016</time>' in html
    assert '<time datetime="2019-12-31">December 2019</time>' in html
    assert '<span class="badge badge--closed">Finished</span>' in html


def test_related_resources_and_more_like_this(client, resource_centre):
    main = ResourceFactory(slug="main", sectors=["health-care"])
    related = ResourceFactory(slug="related", title="A related guide", sectors=["water"])
    similar = ResourceFactory(slug="similar", title="Another hospital case", sectors=["health-care"])
    hidden = ResourceFactory(slug="hidden", title="A draft case", sectors=["health-care"], live=False)
    main.related_resources.add(related, hidden)
    main.save()
    html = client.get("/resources/main/").text
    related_part = html[html.index("Related resources") : html.index("Cite or share")]
    assert "A related guide" in related_part
    assert similar.title in html[html.index("More like this") :]
    assert hidden.title not in html


def test_drafts_and_unknown_resources_are_not_found(client, resource_centre):
    ResourceFactory(slug="work-in-progress", live=False)
    assert client.get("/resources/work-in-progress/").status_code == 404
    assert client.get("/resources/no-such-thing/").status_code == 404
    assert client.get("/resources/id/999999/").status_code == 404


def test_editors_preview_a_draft_with_the_page_template(resource_centre):
    from django.test import RequestFactory

    draft = ResourceFactory(slug="draft", title="An unpublished case", live=False)
    response = draft.make_preview_request(RequestFactory().get("/admin/"))
    html = response.content.decode()
    assert "Preview: this resource is not published yet." in html
    assert "<h1>An unpublished case</h1>" in html


def test_the_page_is_translated_with_the_language_prefix(client, resource, settings):
    settings.LANGUAGES = [("en", "English"), ("de", "German")]
    response = client.get("/de/resources/eindhoven-buys-light/")
    assert response.status_code == 200
    assert json_ld(response.text)["url"] == f"{BASE}/de/resources/eindhoven-buys-light/"
    assert 'lang="en"' in response.text  # the article keeps the language it is written in


def test_home_page_teasers_and_sitemap(client, resource_centre):
    from innoprocure.resources import teasers

    older = ResourceFactory(title="Older resource")
    newer = ResourceFactory(title="Newest resource")
    hidden = ResourceFactory(title="Hidden draft", live=False)
    older.first_published_at = newer.first_published_at.replace(year=newer.first_published_at.year - 1)
    older.save()
    titles = [item.title for item in teasers.latest(limit=3)]
    assert titles == ["Newest resource", "Older resource"]
    assert teasers.SECTION[0] == 10

    sitemap = sitemap_xml(client)
    assert f"/resources/{newer.slug}/</loc>" in sitemap
    assert f"/resources/{hidden.slug}/" not in sitemap
