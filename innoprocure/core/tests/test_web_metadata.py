"""What link previews, search engines and browsers read in a page's head: description, Open Graph, Twitter card,
canonical address, schema.org JSON-LD (parsed with extruct, as the issue's outside check did) and OpenSearch."""

from html.parser import HTMLParser
from xml.etree import ElementTree

import extruct
import pytest

from innoprocure.core.management.commands.bench_pages import benchmark_paths

pytestmark = pytest.mark.django_db

BASE = "https://procurement.example.eu"


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE


class HeadParser(HTMLParser):
    """<meta> (by name or property) and <link> (by rel) of a page, as lists of values."""

    def __init__(self):
        super().__init__()
        self.meta, self.links, self.title, self._in_title = {}, {}, "", False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("name") or attrs.get("property")):
            self.meta.setdefault(attrs.get("name") or attrs.get("property"), []).append(attrs.get("content"))
        elif tag == "link":
            self.links.setdefault(attrs.get("rel"), []).append(attrs)
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def head(response):
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def json_ld(response, url=BASE + "/"):
    return extruct.extract(response.content.decode(), base_url=url, syntaxes=["json-ld"], uniform=True)["json-ld"]


def of_type(items, schema_type):
    found = [item for item in items if item.get("@type") == schema_type]
    assert found, f"no {schema_type} in {[item.get('@type') for item in items]}"
    return found[0]


def test_every_public_page_type_has_a_description_a_card_and_a_canonical_address_on_base_url(demo_database, client):
    for label, path, _search in benchmark_paths():
        if path.startswith("/api/"):
            continue
        response = client.get(path, HTTP_HOST="other-host.test")
        assert response.status_code == 200, path
        tags = head(response)
        description = tags.meta["description"][0]
        assert description and len(description) <= 200, (label, description)
        assert tags.meta["og:description"] == [description], label
        assert tags.meta["og:title"][0], label
        assert tags.meta["twitter:card"] == ["summary_large_image"], label
        assert tags.meta["og:locale"] == ["en_GB"], label
        assert tags.meta["og:url"][0] == BASE + path.split("?")[0], label
        assert tags.links["canonical"][0]["href"] == BASE + path.split("?")[0], label
        # The site's share image, or the page's own (a story, event or resource with an image) from the media.
        assert tags.meta["og:image"][0].startswith((BASE + "/static/", BASE + "/media/")), label
        assert "other-host.test" not in response.content.decode(), label
        search = tags.links["search"][0]
        assert (search["type"], search["href"]) == ("application/opensearchdescription+xml", "/opensearch.xml"), label


def test_a_story_is_an_article_with_its_teaser_and_a_news_article_in_json_ld(demo_database, client):
    from innoprocure.stories.models import StoryPage

    story = StoryPage.objects.live().order_by("-date").first()
    response = client.get(story.url)
    tags = head(response)
    assert tags.meta["og:type"] == ["article"]
    assert tags.meta["og:title"] == [story.title]
    assert tags.meta["description"][0] == story.teaser[:200].strip() or tags.meta["description"][0].endswith("…")
    assert tags.meta["article:published_time"][0].startswith(story.date.isoformat())
    article = of_type(json_ld(response), "NewsArticle")
    assert article["headline"] == story.title[:110]
    assert article["datePublished"].startswith(story.date.isoformat())
    assert article["datePublished"].endswith(("+01:00", "+02:00"))  # a moment with its offset, not a bare date
    assert article["dateModified"] >= article["datePublished"]
    assert article["author"]["name"] and article["publisher"]["name"] == "Innovation Procurement Platform"
    assert article["url"] == BASE + story.url
    assert article["image"]
    crumbs = of_type(json_ld(response), "BreadcrumbList")["itemListElement"]
    assert [crumb["position"] for crumb in crumbs] == list(range(1, len(crumbs) + 1))
    assert crumbs[0]["item"] == BASE + "/" and crumbs[-1]["name"] == story.title


def test_a_story_with_an_image_shares_that_image(demo_database, client):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from innoprocure.stories.models import StoryPage

    story = StoryPage.objects.live().order_by("-date").first()
    story.image = Image.objects.create(title="Pilot site", file=get_test_image_file(size=(1600, 900)))
    story.image_alt = "The pilot site seen from the road"
    story.save_revision().publish()
    tags = head(client.get(story.url))
    assert "/static/" not in tags.meta["og:image"][0] and tags.meta["og:image"][0].startswith(BASE + "/")
    assert tags.meta["og:image:alt"] == ["The pilot site seen from the road"]
    assert (tags.meta["og:image:width"], tags.meta["og:image:height"]) == (["1200"], ["630"])


def test_an_event_page_describes_an_event_with_zone_place_mode_and_organiser(demo_database, client):
    from innoprocure.events.models import EventFormat, EventPage

    for event_format in (EventFormat.PHYSICAL, EventFormat.ONLINE):
        event = EventPage.objects.live().filter(event_format=event_format, all_day=False).order_by("start").first()
        response = client.get(event.url)
        data = of_type(json_ld(response), "Event")
        assert data["name"] == event.title
        assert data["startDate"] == event.local_start.isoformat()  # with the event's own UTC offset
        assert data["endDate"] == event.local_end.isoformat()
        assert data["organizer"]["name"] == event.organiser
        assert data["url"] == BASE + event.url
        if event_format == EventFormat.PHYSICAL:
            assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
            assert data["location"]["@type"] == "Place"
            assert data["location"]["address"]["addressLocality"] == event.city
        else:
            assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
            assert data["location"]["@type"] == "VirtualLocation" and data["location"]["url"].startswith("http")
        assert head(response).meta["description"][0].startswith(event.summary[:50])


def test_a_competence_centre_is_a_government_organisation(demo_database, client):
    from innoprocure.network.models import CompetenceCentre

    centre = CompetenceCentre.objects.select_related("country").order_by("pk").first()
    response = client.get(f"/network/members/{centre.slug}/")
    data = of_type(json_ld(response), "GovernmentOrganization")
    assert data["name"] == centre.name
    assert data["address"]["addressCountry"] == centre.country.code
    assert data["memberOf"]["name"]
    assert of_type(json_ld(response), "BreadcrumbList")["itemListElement"][-1]["name"] == centre.name


def test_the_home_page_offers_the_site_search_to_search_engines(demo_database, client):
    response = client.get("/")
    site = of_type(json_ld(response), "WebSite")
    assert site["url"] == BASE + "/"
    action = site["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == BASE + "/search/?q={search_term_string}"
    assert action["query-input"] == "required name=search_term_string"
    assert head(response).meta["og:title"] == ["Innovation Procurement Platform"]
    assert head(response).meta["og:type"] == ["website"]


def test_json_ld_cannot_be_closed_by_a_title(demo_database, client):
    from innoprocure.stories.models import StoryPage

    story = StoryPage.objects.live().order_by("-date").first()
    story.title = "Pilots </script><script>alert(1)</script> & more"
    story.save_revision().publish()
    html = client.get(story.url).content.decode()
    assert "<script>alert(1)" not in html
    article = of_type(json_ld(client.get(story.url)), "NewsArticle")
    assert article["headline"] == story.title


def test_a_page_without_a_summary_has_the_site_description(db, client, home_page):
    tags = head(client.get("/contact/"))
    assert tags.meta["description"] == [
        "The European platform for public procurement of innovation and pre-commercial procurement."
    ]
    assert tags.meta["og:title"] == ["Contact"]
    assert tags.title.strip() == "Contact · Innovation Procurement Platform"


def test_the_opensearch_description_names_the_site_search_on_base_url(db, client):
    response = client.get("/opensearch.xml", HTTP_HOST="other-host.test")
    assert response["Content-Type"].startswith("application/opensearchdescription+xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 - our own answer
    ns = {"os": "http://a9.com/-/spec/opensearch/1.1/"}
    assert len(root.find("os:ShortName", ns).text) <= 16
    urls = {url.get("type"): url.get("template") for url in root.findall("os:Url", ns)}
    assert urls["text/html"] == BASE + "/search/?q={searchTerms}"
    assert urls["application/atom+xml"] == BASE + "/resources/feed/atom/?q={searchTerms}"
    assert urls["application/opensearchdescription+xml"] == BASE + "/opensearch.xml"
    assert root.find("os:Image", ns).text == BASE + "/static/img/icon-64.png"
    etag = response["ETag"]
    assert client.get("/opensearch.xml", HTTP_IF_NONE_MATCH=etag).status_code == 304
