"""Pictures (issue 22): content images with their alternative text, the drawn diagrams, the maps and the charts.

What a reader notices: a story, event or resource with an image shows it, with its text alternative, on its page
and on its cards; an editor cannot set an image without saying what it shows; the diagrams explain on the pages
where they belong, in the reader's language, with a title and a description; every map and chart says the same
as the table beside it.
"""

import re

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from innoprocure.core import charts, diagrams
from innoprocure.core.tilemap import TILE_GRID
from innoprocure.demo.loaders.images import COMPOSITIONS, TITLE_PREFIX

DEMO_MEDIA = django_settings.MEDIA_ROOT  # where the demo loader wrote its images (tests move MEDIA_ROOT per test)

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_media(settings):
    """Read the images the demo loader drew, rather than the empty folder each test gets for its uploads."""
    settings.MEDIA_ROOT = DEMO_MEDIA


def an_image(title="Harbour crane"):
    return Image.objects.create(title=title, file=get_test_image_file(size=(1600, 900)))


def img_tags(html):
    return re.findall(r"<img\b[^>]*>", html)


def attributes(tag):
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag))


# --- the rule: an image needs its alternative text ------------------------------------------------------------


def test_an_image_without_alternative_text_is_refused_by_the_field(demo_database):
    from innoprocure.events.models import EventPage
    from innoprocure.resources.models import Resource
    from innoprocure.stories.models import StoryPage

    image = an_image()
    for item in (
        StoryPage.objects.live().first(),
        EventPage.objects.live().first(),
        Resource.objects.filter(live=True).first(),
    ):
        item.image, item.image_alt = image, "   "
        # In English whatever language an earlier test in this process left active.
        with translation.override("en"):
            with pytest.raises(ValidationError) as error:
                item.full_clean()
            assert "image_alt" in error.value.message_dict, type(item).__name__
            # The messages are lazy: read them while English is active.
            assert "alternative text" in " ".join(error.value.message_dict["image_alt"])
        item.image_alt = "A crane lifting a container onto a ship"
        item.full_clean()  # with the text, nothing is wrong
        item.image, item.image_alt = None, ""
        item.full_clean()  # and no image needs no text


def test_the_event_form_reports_the_missing_text_with_its_other_errors(demo_database):
    from innoprocure.events.models import EventPage

    event = EventPage.objects.live().first()
    event.image, event.image_alt = an_image(), ""
    event.end = event.start.replace(year=event.start.year - 1)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert {"image_alt", "end"} <= set(error.value.message_dict)


# --- images on pages and cards --------------------------------------------------------------------------------


def test_a_story_shows_its_image_with_alt_on_its_page_on_the_cards_and_in_link_previews(demo_database, client):
    from innoprocure.stories.models import StoryPage

    story = StoryPage.objects.live().order_by("-date", "-first_published_at", "-pk").first()
    story.image, story.image_alt = an_image(), "A crane lifting a container onto a ship"
    story.save_revision().publish()

    html = client.get(story.url).content.decode()
    [picture] = [tag for tag in img_tags(html) if "picture" in tag]
    found = attributes(picture)
    assert found["alt"] == "A crane lifting a container onto a ship"
    assert found["width"] == "800" and found["height"] == "450"
    assert "loading" not in found  # the page's main picture is not deferred
    assert " 800w" in found["srcset"] and " 1600w" in found["srcset"]
    assert re.search(r'<meta property="og:image:alt" content="A crane lifting a container onto a ship"', html)

    for listing in ("/stories/", "/"):
        cards = [attributes(tag) for tag in img_tags(client.get(listing).content.decode()) if "card__image" in tag]
        mine = [card for card in cards if card["alt"] == "A crane lifting a container onto a ship"]
        assert mine, listing
        assert mine[0]["loading"] == "lazy" and (mine[0]["width"], mine[0]["height"]) == ("320", "180")
        assert " 640w" in mine[0]["srcset"]


def test_an_event_and_a_resource_show_their_images_on_page_and_in_lists(demo_database, client):
    from innoprocure.events.models import EventPage
    from innoprocure.resources.models import Resource

    event = EventPage.objects.live().upcoming().order_by("start").first()
    event.image, event.image_alt = an_image("Hall"), "An empty conference hall with blue chairs"
    event.save_revision().publish()
    html = client.get(event.url).content.decode()
    assert 'alt="An empty conference hall with blue chairs"' in html
    assert '<meta property="og:image:alt" content="An empty conference hall with blue chairs">' in html
    listing = client.get("/events/").content.decode()
    [tag] = [tag for tag in img_tags(listing) if "An empty conference hall" in tag]
    assert 'loading="lazy"' in tag and 'width="320"' in tag and 'height="180"' in tag

    resource = Resource.objects.filter(live=True, resource_type="guidance").order_by("title").first()
    Resource.objects.filter(pk=resource.pk).update(image=an_image("Tools"), image_alt="A toolbox on a desk")
    html = client.get(resource.get_absolute_url()).content.decode()
    assert 'alt="A toolbox on a desk"' in html
    hits = client.get("/resources/", {"q": f'"{resource.title}"'}).content.decode()
    assert any('alt="A toolbox on a desk"' in tag and 'loading="lazy"' in tag for tag in img_tags(hits))


def test_the_demo_gives_stories_events_and_some_resources_an_honestly_described_image(demo_database, demo_media, client):
    from innoprocure.events.models import EventPage
    from innoprocure.resources.models import Resource
    from innoprocure.stories.models import StoryPage

    alts = {alt for _name, _draw, alt in COMPOSITIONS.values()}
    assert not StoryPage.objects.filter(image=None).exists()
    assert not EventPage.objects.filter(image=None).exists()
    with_image = Resource.objects.exclude(image=None)
    assert 0 < with_image.count() < Resource.objects.count()
    for model in (StoryPage, EventPage, Resource):
        for image_title, alt in model.objects.exclude(image=None).values_list("image__title", "image_alt"):
            assert image_title.startswith(TITLE_PREFIX) and alt in alts
            assert alt.startswith("Abstract illustration:")  # says it is a drawing, not a photograph of the item
    # The editor opens a story with its image: the latest revision has it too.
    story = StoryPage.objects.live().first()
    assert story.get_latest_revision_as_object().image_id == story.image_id
    # Drawn here, the images are real files that the pages show.
    html = client.get(story.url).content.decode()
    assert f'alt="{story.image_alt}"' in html


def test_loading_the_demo_again_changes_no_image(demo_database):
    from django.core.management import call_command

    from innoprocure.stories.models import StoryPage

    before = (Image.objects.count(), list(StoryPage.objects.order_by("pk").values_list("image_id", flat=True)))
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (Image.objects.count(), list(StoryPage.objects.order_by("pk").values_list("image_id", flat=True))) == before


# --- diagrams -------------------------------------------------------------------------------------------------


def svg(html, title_id):
    found = re.search(rf'<svg[^>]*aria-labelledby="{title_id}[^"]*"[^>]*>.*?</svg>', html, re.S)
    assert found, title_id
    return found.group(0)


@pytest.mark.parametrize(
    ("path", "keys"),
    [
        ("/get-started/pcp-and-ppi/", ["pcp-ppi", "pcp-phases"]),
        ("/get-started/what-is-innovation-procurement/", ["pcp-phases"]),
        ("/get-started/step-by-step/", ["need-to-contract"]),
        ("/network/membership/", ["membership"]),
    ],
)
def test_each_diagram_explains_on_its_page_with_a_title_and_a_description(demo_database, client, path, keys):
    html = client.get(path).content.decode()
    for key in keys:
        drawing = svg(html, f"diagram-{key}-title")
        assert 'role="img"' in drawing
        assert f'aria-labelledby="diagram-{key}-title diagram-{key}-desc"' in drawing
        title = re.search(rf'<title id="diagram-{key}-title">([^<]+)</title>', drawing).group(1)
        description = re.search(rf'<desc id="diagram-{key}-desc">([^<]+)</desc>', drawing).group(1)
        assert title and len(description) > 200
        assert "style=" not in drawing and "<script" not in drawing  # the CSP forbids both


def test_the_diagrams_say_what_the_sources_say():
    pcp = diagrams.build("pcp-phases")
    text = " ".join(line["text"] for element in pcp.elements if element["shape"] == "text" for line in element["lines"])
    for phase in ("Solution exploration", "Prototyping", "Original development"):
        assert phase in text
    assert "not part of the PCP" in text
    suppliers = [element for element in pcp.elements if element["shape"] == "circle"]
    assert len(suppliers) == 6 + 4 + 2 + 1  # fewer suppliers in each phase, and one in the legend
    membership = diagrams.build("membership").description
    for step in ("Application", "Review", "Vote", "Decision", "pilot member", "regions of Europe", "quorum"):
        assert step in membership


@pytest.mark.parametrize("language", ["en", "de", "fr"])
@pytest.mark.parametrize("key", list(diagrams.BUILDERS))
def test_diagram_text_is_translated_and_fits_its_boxes_at_320_units(key, language):
    from django.utils import translation

    with translation.override(language):
        diagram = diagrams.build(key)
    assert diagram.width == 320
    boxes = [element for element in diagram.elements if element["shape"] == "rect"]
    for element in diagram.elements:
        if element["shape"] != "text":
            continue
        size = diagrams.FONT_SIZE[element["kind"]]
        for line in element["lines"]:
            right = element["x"] + len(line["text"]) * size * diagrams.CHAR_WIDTH[element["kind"]]
            assert right <= diagram.width, (line["text"], right)
            inside = [
                box
                for box in boxes
                if box["x"] <= element["x"] < box["x"] + box["width"] and box["y"] < line["y"] < box["y"] + box["height"]
            ]
            for box in inside:  # text in a box stays in it
                assert right <= box["x"] + box["width"] + 1 and line["y"] + 4 <= box["y"] + box["height"], line["text"]
    if language != "en":
        with translation.override("en"):
            english = diagrams.build(key)
        assert diagram.title != english.title and diagram.description != english.description


def test_a_german_reader_gets_the_diagram_in_german(demo_database, client):
    html = client.get("/de/get-started/step-by-step/").content.decode()
    drawing = svg(html, "diagram-need-to-contract-title")
    assert "Vom Bedarf zum Vertrag" in drawing and "Markterkundung" in drawing
    assert re.search(r'<figure class="diagram diagram--need-to-contract" lang="de">', html)


# --- maps and charts ------------------------------------------------------------------------------------------


def tiles(drawing):
    """{code: count} of the shaded tiles of a tile map."""
    return {
        code: int(count)
        for code, count in re.findall(
            r'<text[^>]*class="tile__code">(\w\w)</text>\s*<text[^>]*class="tile__count">(\d+)</text>', drawing
        )
    }


def table_rows(html, caption):
    table = re.search(rf"<table[^>]*>\s*<caption[^>]*>{re.escape(caption)}</caption>.*?</table>", html, re.S)
    assert table, caption
    return [(name, int(count)) for name, count in re.findall(r'<th scope="row">([^<]+)</th><td>(\d+)</td>', table.group(0))]


def bars(drawing):
    labels = re.findall(r'<text class="chart__label">(.*?)</text>', drawing, re.S)
    counts = re.findall(r'<text class="chart__count"[^>]*>(\d+)</text>', drawing)
    return [
        (" ".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", label)), int(count))
        for label, count in zip(labels, counts, strict=True)
    ]


def test_the_signatories_map_shows_the_table_of_signatories_by_country(demo_database, client):
    from innoprocure.core.models import Country

    html = client.get("/network/declaration/").content.decode()
    drawing = svg(html, "signatory-map-title")
    rows = table_rows(html, "Signatories by country")
    assert rows
    names = dict(Country.objects.values_list("name", "code"))
    assert tiles(drawing) == {names[name]: count for name, count in rows if names[name] in TILE_GRID}
    total = sum(count for _name, count in rows)
    assert f"{total} signatories in {len(rows)} countries" in drawing


def test_the_opportunity_map_and_charts_show_the_figures_of_their_tables(demo_database, client):
    from innoprocure.core.models import Country

    response = client.get("/opportunities/")
    html = response.content.decode()
    listed = int(re.search(r"<p>(\d+) opportunit", html).group(1))
    names = dict(Country.objects.values_list("name", "code"))
    countries = table_rows(html, "Opportunities by country")
    on_map = {names[name]: count for name, count in countries if names[name] in TILE_GRID}
    drawing = svg(html, "opportunity-map-title")
    assert tiles(drawing) == on_map
    assert f"{sum(on_map.values())} opportunities in {len(on_map)} countries" in drawing
    for name, count in countries:  # the rest (EU-wide) is named under the map
        if names[name] not in TILE_GRID:
            assert f"{name} ({count})" in html
    by_type = table_rows(html, "Opportunities by type")
    assert bars(svg(html, "opportunities-by-type-title")) == by_type
    assert sum(count for _label, count in by_type) == listed  # the charts count what the listing lists
    by_month = table_rows(html, "Opportunities by deadline month")
    assert bars(svg(html, "opportunities-by-month-title")) == by_month
    assert sum(count for _label, count in by_month) == listed
    # Filtered, the figures follow the filter.
    html = client.get("/opportunities/", {"type": "tender"}).content.decode()
    assert [label for label, _count in table_rows(html, "Opportunities by type")] == ["Call for tenders"]


def test_the_resource_charts_show_the_figures_of_their_tables(demo_database, client):
    html = client.get("/resources/").content.decode()
    total = int(re.search(r'class="search-results__count">\s*(\d+) resources', html).group(1))
    by_type = table_rows(html, "Resources by type")
    assert bars(svg(html, "resources-by-type-title")) == by_type
    assert sum(count for _label, count in by_type) == total
    by_year = table_rows(html, "Resources by year of publication")
    assert bars(svg(html, "resources-by-year-title")) == by_year
    assert sum(count for _label, count in by_year) == total


def test_each_country_of_the_centre_map_links_to_its_centres(demo_database, client):
    html = client.get("/network/members/").content.decode()
    drawing = svg(html, "tile-map-title")
    assert 'role="group"' in drawing  # a map of links is not an image: its links stay reachable
    links = re.findall(r'<a href="([^"]+)"><title>([^<]+)</title>', drawing)
    assert links
    href, label = links[0]
    code = re.search(r"country=(\w\w)", href).group(1)
    count = int(re.search(r": (\d+) centres?$", label).group(1))
    filtered = client.get(href.split("#")[0]).content.decode()
    assert re.search(rf"<h2 id=\"results-heading\">{count} centres?</h2>", filtered), (code, label)


def test_a_chart_without_data_shows_its_empty_table_only():
    chart = charts.bar_chart("empty", title="Nothing", rows=[], label_heading="Type", count_heading="Count")
    assert chart["bars"] == [] and chart["total"] == 0
