"""The visitor's language: German and French offered in full, the first visit negotiated, the choice remembered,
alternates for search engines, and the editors' English content marked as English."""

import re

import pytest

pytestmark = pytest.mark.django_db

GERMAN = {"HTTP_ACCEPT_LANGUAGE": "de-DE,de;q=0.9,en;q=0.5"}
SECTIONS = [
    *("", "get-started/", "resources/", "stories/", "events/", "opportunities/"),
    *("challenges/", "network/", "forum/", "about/", "contact/"),
]
# A word of the navigation, the search box and the footer in each language: none of them is English.
INTERFACE = {
    "de": ["Ressourcenzentrum", "Plattform durchsuchen", "Zum Hauptinhalt springen", "Datenschutz"],
    "fr": ["Centre de ressources", "Rechercher sur la plateforme", "Aller au contenu principal", "Confidentialité"],
}


@pytest.fixture
def site(demo_database, db, client):
    return client


@pytest.mark.parametrize("language", ["de", "fr"])
def test_every_section_answers_in_the_language_it_claims(site, language):
    for section in SECTIONS:
        response = site.get(f"/{language}/{section}")
        assert response.status_code == 200, section
        html = response.content.decode()
        assert f'<html lang="{language}">' in html, section
        for word in INTERFACE[language]:
            assert word in html, (section, word)


def test_a_first_visit_follows_the_browsers_language(site):
    response = site.get("/resources/?q=vergabe", **GERMAN)
    assert response.status_code == 302
    assert response["Location"] == "/de/resources/?q=vergabe"
    assert {"accept-language", "cookie"} <= {part.strip().lower() for part in response["Vary"].split(",")}


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("en-GB,en;q=0.9,de;q=0.8", None), ("es-ES,es;q=0.9,fr;q=0.7", "/fr/stories/"), ("*", None), ("", None)],
)
def test_the_first_offered_language_in_the_browsers_order_wins(site, accept, expected):
    response = site.get("/stories/", HTTP_ACCEPT_LANGUAGE=accept)
    if expected is None:
        assert response.status_code == 200
        assert '<html lang="en">' in response.content.decode()
    else:
        assert response.status_code == 302
        assert response["Location"] == expected


def test_choosing_a_language_is_remembered_and_never_loops(site):
    # A German browser chooses English in the switcher on a German page ...
    response = site.get("/i18n/choose/en/", {"next": "/de/resources/?q=pcp"}, **GERMAN)
    assert response.status_code == 302
    assert response["Location"] == "/resources/?q=pcp"
    assert response.cookies["django_language"].value == "en"
    assert "no-store" in response["Cache-Control"]
    # ... and stays on English pages from then on, whatever the browser says.
    assert site.get("/resources/?q=pcp", **GERMAN).status_code == 200
    # Choosing French later sends unprefixed pages to French.
    site.get("/i18n/choose/fr/", {"next": "/resources/"})
    assert site.get("/events/")["Location"] == "/fr/events/"


def test_a_prefixed_page_always_shows_its_language(site):
    site.cookies["django_language"] = "en"
    response = site.get("/de/stories/")
    assert response.status_code == 200
    assert '<html lang="de">' in response.content.decode()


def test_the_switcher_never_leaves_the_site(site):
    assert site.get("/i18n/choose/de/", {"next": "https://attacker.example/"})["Location"] == "/de/"
    assert site.get("/i18n/choose/xx/", {"next": "/stories/"})["Location"] == "/stories/"


def test_language_independent_addresses_are_not_redirected(site):
    assert site.get("/api/v1/resources", **GERMAN).status_code == 200
    assert site.get("/robots.txt", **GERMAN).status_code == 200
    assert site.get("/sitemap.xml", **GERMAN).status_code == 200


def test_every_page_names_its_alternates_for_search_engines(site):
    html = site.get("/de/stories/").content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert alternates == {
        "en": "http://127.0.0.1:8000/stories/",
        "de": "http://127.0.0.1:8000/de/stories/",
        "fr": "http://127.0.0.1:8000/fr/stories/",
        "x-default": "http://127.0.0.1:8000/stories/",
    }


def test_the_editors_english_is_marked_as_english_on_other_interfaces(site):
    english = site.get("/stories/").content.decode()
    german = site.get("/de/stories/").content.decode()
    assert "<h1>Stories</h1>" in english
    assert '<h1 lang="en">Stories</h1>' in german  # the page's title is content, not yet translated
    assert "Bis sie übersetzt sind, lesen Sie sie auf Englisch." in german
    assert "until they are translated" not in english
    # Cards of resources keep the resource's own language; the editors' stories are English.
    home = site.get("/de/").content.decode()
    assert re.search(r'<h3 class="card__title" lang="en"><a href="/de/stories/', home)


def test_links_on_a_german_page_stay_german(site):
    for path in ("/de/", "/de/resources/", "/de/contact/"):
        html = site.get(path).content.decode()
        # The editors' rich text may link to English pages; the interface's own links never do.
        hrefs = set(re.findall(r'href="(/[^"]*)"', html.split('<main id="main"')[0] + html.split("</main>")[-1]))
        language_independent = ("/de/", "/static/", "/i18n/", "/api/", "/opensearch.xml")
        interface_links = {href for href in hrefs if not href.startswith(language_independent)}
        assert interface_links == set(), path


def test_robots_rules_cover_every_language(client):
    rules = client.get("/robots.txt").content.decode().splitlines()
    for path in ("/accounts/", "/search/", "/de/accounts/", "/de/search/", "/fr/accounts/", "/fr/search/"):
        assert f"Disallow: {path}" in rules
