"""The Resource Centre listing at /resources/ as a visitor uses it: search box, filters, results, no dead ends."""

import re
from html import unescape

import pytest

from innoprocure.search.tests.factories import ResourceFactory, add_attachment
from innoprocure.search.tests.fixtures import fresh_cache, resource_centre  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "resource_centre")]


@pytest.fixture
def catalogue():
    ResourceFactory(
        title="Hydrogen buses for Bolzano",
        summary="A pre-commercial procurement of fuel cell buses.",
        resource_type="case-study",
        approach="pcp",
        sectors=["mobility", "energy"],
        countries=["IT"],
        publication_year=2019,
    )
    ResourceFactory(
        title="Market consultation checklist",
        summary="Twelve questions to ask suppliers before the tender.",
        resource_type="tool",
        sectors=["public-administration"],
        stages=["market-engagement"],
        countries=["EU"],
        publication_year=2023,
    )
    ResourceFactory(
        title="Innovative Beschaffung von Elektrobussen",
        summary="Wie Hamburg emissionsfreie Busse beschafft hat.",
        language="de",
        resource_type="case-study",
        sectors=["mobility"],
        countries=["DE"],
        publication_year=2021,
    )


def text_of(response):
    """The visible text of the main content, tags removed."""
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", main)).split())


def test_the_listing_shows_every_resource_with_filters_and_counts(client, catalogue):
    response = client.get("/resources/")
    assert response.status_code == 200
    text = text_of(response)
    assert "3 resources" in text
    assert "Case study (2)" in text and "Tool or template (1)" in text
    assert "Transport and mobility (2)" in text
    assert "Germany (1)" in text and "EU-wide (1)" in text
    html = response.content.decode()
    assert 'role="status"' in html
    assert 'name="q"' in html and 'type="checkbox"' in html and 'name="sort"' in html
    assert html.count('<form method="get"') >= 3  # search, filters, sort: all plain GET forms


def test_searching_keeps_the_words_in_the_box_and_highlights_them(client, catalogue):
    response = client.get("/resources/", {"q": "buses"})
    html = response.content.decode()
    assert 'value="buses"' in html
    assert "1 resource found for “buses”" in text_of(response)
    assert "Hydrogen <mark>buses</mark> for Bolzano" in html
    assert "fuel cell <mark>buses</mark>" in html


def test_filters_combine_and_can_be_removed_one_by_one(client, catalogue):
    response = client.get("/resources/?sector=mobility&country=DE&country=IT&type=case-study")
    text = text_of(response)
    assert "2 resources" in text
    html = response.content.decode()
    assert "Country: Germany" in text and "Country: Italy" in text
    removal = re.search(r'<a class="chip" href="([^"]+)">(?:(?!</a>).)*?Country:</span> Germany', html).group(1)
    assert "DE" not in unescape(removal) and "IT" in unescape(removal)
    assert "1 resource" in text_of(client.get("/resources/" + unescape(removal)))


def test_a_checked_value_with_no_results_stays_visible(client, catalogue):
    response = client.get("/resources/?type=tool&country=DE")
    html = response.content.decode()
    assert re.search(r'value="tool" checked>\s*<label[^>]*>Tool or template <span class="facet-count">\(0\)', html)


def test_an_empty_result_offers_a_way_out(client, catalogue):
    response = client.get("/resources/?q=buses&country=EU")
    text = text_of(response)
    assert "0 resources found" in text
    assert "Remove the filter Country: EU-wide" in text
    assert "(1 resource)" in text
    assert "Browse all resources" in text


def test_a_misspelt_word_gets_a_link_to_the_right_one(client, catalogue):
    response = client.get("/resources/", {"q": "hydrgoen"})
    text = text_of(response)
    assert "Hydrogen buses for Bolzano" in text
    assert "Did you mean hydrogen" in text
    assert 'href="?q=hydrogen"' in response.content.decode()


def test_unknown_values_and_bad_pages_are_ignored_with_a_notice(client, catalogue):
    response = client.get("/resources/?sector=mobility&sector=unicorns&year=soon&page=-3&sort=random")
    assert response.status_code == 200
    text = text_of(response)
    assert "Part of your search was ignored" in text
    assert "There is no sector “unicorns”" in text and "“soon” is not a year" in text
    assert "2 resources" in text


def test_a_page_beyond_the_last_shows_the_first_with_a_notice(client, catalogue):
    response = client.get("/resources/?page=99")
    text = text_of(response)
    assert "There is no page 99 of these results" in text
    assert "Hydrogen buses for Bolzano" in text


def test_pagination_keeps_the_search(client):
    for number in range(23):
        ResourceFactory(title=f"Toolkit part {number}")
    html = client.get("/resources/", {"q": "toolkit", "sector": "energy"}).content.decode()
    assert "0 resources" in text_of(client.get("/resources/", {"q": "toolkit", "sector": "energy"}))
    html = client.get("/resources/", {"q": "toolkit"}).content.decode()
    assert 'href="?q=toolkit&amp;page=2"' in html
    second = client.get("/resources/", {"q": "toolkit", "page": "2"})
    assert 'start="21"' in second.content.decode()
    assert len(re.findall(r'class="search-hit"', second.content.decode())) == 3


def test_a_title_with_markup_stays_text(client):
    ResourceFactory(title='<script>alert("x")</script> procurement', summary="<img src=x onerror=alert(1)>")
    html = client.get("/resources/", {"q": "procurement"}).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>procurement</mark>" in html


def test_a_word_inside_an_attachment_is_found_and_explained(client):
    resource = ResourceFactory(title="Evaluation report")
    add_attachment(resource, "Appendix: interviews with the xylophone makers of Cremona.")
    text = text_of(client.get("/resources/", {"q": "xylophone"}))
    assert "Evaluation report" in text
    assert "Found in an attached document" in text


def test_sorting_is_in_the_url(client, catalogue):
    text = text_of(client.get("/resources/", {"sort": "title"}))
    assert text.index("Hydrogen buses") < text.index("Innovative Beschaffung") < text.index("Market consultation")
    text = text_of(client.get("/resources/"))
    assert text.index("Market consultation") < text.index("Innovative Beschaffung") < text.index("Hydrogen buses")
