import re

import pytest
from django.urls import reverse

from innoprocure.core.tests.sitemaps import sitemap_xml
from innoprocure.network.models import CentreStatus

from .factories import CentreServiceFactory, CompetenceCentreFactory, country

pytestmark = pytest.mark.django_db


@pytest.fixture
def centres():
    helpdesk = CentreServiceFactory(slug="helpdesk", name="Helpdesk and advice")
    funding = CentreServiceFactory(slug="co-funding", name="Co-funding")
    return {
        "austria": CompetenceCentreFactory(name="Austrian centre", country=country("AT"), services=[helpdesk]),
        "germany": CompetenceCentreFactory(name="German centre", country=country("DE"), services=[helpdesk, funding]),
        "pilot": CompetenceCentreFactory(
            name="Estonian centre", country=country("EE"), status=CentreStatus.PILOT_MEMBER, services=[funding]
        ),
        "candidate": CompetenceCentreFactory(name="French candidate", country=country("FR"), status=CentreStatus.CANDIDATE),
        "former": CompetenceCentreFactory(name="Former Danish centre", country=country("DK"), status=CentreStatus.FORMER),
    }


def listed(response):
    """The centre names shown as cards in the results."""
    html = response.content.decode()
    return set(re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html))


def get(client, query=""):
    return client.get(reverse("network:directory") + query)


def test_directory_lists_current_centres_but_not_former_ones(client, centres):
    response = get(client)
    assert response.status_code == 200
    assert listed(response) == {"Austrian centre", "German centre", "Estonian centre", "French candidate"}


def test_filter_by_country(client, centres):
    assert listed(get(client, "?country=DE")) == {"German centre"}
    assert listed(get(client, "?country=de&country=EE")) == {"German centre", "Estonian centre"}


def test_filter_by_status(client, centres):
    assert listed(get(client, "?status=pilot-member")) == {"Estonian centre"}
    assert listed(get(client, "?status=former")) == {"Former Danish centre"}


def test_filter_by_service(client, centres):
    assert listed(get(client, "?service=co-funding")) == {"German centre", "Estonian centre"}


def test_filters_combine(client, centres):
    assert listed(get(client, "?service=helpdesk&status=member&country=AT")) == {"Austrian centre"}
    response = get(client, "?service=co-funding&country=FR")
    assert listed(response) == set()
    assert "No centre matches these filters." in response.content.decode()


def test_chosen_filters_stay_checked(client, centres):
    html = get(client, "?country=DE&service=helpdesk").content.decode()
    assert 'name="country" value="DE" checked' in html
    assert 'name="service" value="helpdesk" checked' in html
    assert 'name="country" value="AT">' in html and 'name="country" value="AT" checked' not in html


def test_unknown_filter_values_are_ignored_with_a_notice(client, centres):
    response = get(client, "?country=XX&status=royal&service=nothing&country=AT")
    assert response.status_code == 200
    html = response.content.decode()
    assert "were not recognised and have been ignored" in html
    assert "country=XX" in html and "status=royal" in html
    assert listed(response) == {"Austrian centre"}


def test_centre_detail_page(client, centres):
    centre = centres["germany"]
    centre.parent_organisation = "Federal Ministry for Economic Affairs"
    centre.website = "https://example.org/centre"
    centre.save()
    response = client.get(centre.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>German centre</h1>" in html
    assert "Federal Ministry for Economic Affairs" in html
    assert "Co-funding" in html and "Helpdesk and advice" in html
    assert "https://example.org/centre" in html
    assert client.get(reverse("network:centre", args=["no-such-centre"])).status_code == 404


def test_chart_is_accessible_svg_with_title_and_description(client, centres):
    html = get(client).content.decode()
    svg = re.search(r"<svg[^>]*>.*?</svg>", html, re.S).group(0)
    assert 'role="group"' in svg  # its countries are links, which an image would hide
    assert 'aria-labelledby="tile-map-title tile-map-desc"' in svg
    assert '<title id="tile-map-title">Competence centres by country</title>' in svg
    # The description states the same totals as the data: four current centres in four countries.
    assert re.search(r'<desc id="tile-map-desc">[^<]*4 centres in 4 countries', svg)


def test_chart_text_alternative_matches_the_data(client, centres):
    CompetenceCentreFactory(name="Second Austrian centre", country=country("AT"), status=CentreStatus.ASSOCIATE)
    html = get(client).content.decode()
    table = re.search(r'<table class="spread-table">.*?</table>', html, re.S).group(0)
    rows = re.findall(r'<tr><th scope="row">([^<]+)</th><td>(\d+)</td><td>([^<]*)</td></tr>', table)
    assert rows == [
        ("Austria", "2", "Austrian centre, Second Austrian centre"),
        ("Estonia", "1", "Estonian centre"),
        ("France", "1", "French candidate"),
        ("Germany", "1", "German centre"),
    ]
    # The map shades Austria for two centres and leaves Denmark (a former member only) empty.
    assert re.search(r'<g class="tile tile--two">\s*<rect[^>]*></rect>\s*<text[^>]*>AT</text>\s*<text[^>]*>2</text>', html)
    assert re.search(r'<g class="tile tile--none" aria-hidden="true">\s*<rect[^>]*></rect>\s*<text[^>]*>DK</text>', html)
    # Each country with centres links to them, named for screen readers; an empty one is no link.
    link = r'<a href="/network/members/\?country=AT#results-heading"><title>Austria \(AT\): 2 centres</title>'
    link += r'<g class="tile tile--two">'
    assert re.search(link, html)
    assert "country=DK" not in re.search(r"<svg[^>]*>.*?</svg>", html, re.S).group(0)


def test_network_index_page_links_to_every_part(client, network_page, centres):
    response = client.get("/network/")
    assert response.status_code == 200
    html = response.content.decode()
    for path in ["/network/members/", "/network/governance/", "/network/knowledge-exchange/", "/network/membership/"]:
        assert f'href="{path}"' in html


def test_sitemap_lists_the_directory_and_current_centres(client, home_page, centres):
    xml = sitemap_xml(client)
    assert "/network/members/</loc>" in xml
    assert f"{centres['germany'].get_absolute_url()}</loc>" in xml
    assert centres["former"].get_absolute_url() not in xml
