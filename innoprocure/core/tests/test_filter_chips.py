"""Every listing shows the selected filters as removable chips above its results, and folds its filter panel on
phones with the number of active filters; each chip is a link to the same listing without that one value."""

import re
from html import unescape
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.test import RequestFactory

from innoprocure.core.chips import Facet, filter_chips

pytestmark = pytest.mark.django_db

CHIP = re.compile(r'<a class="chip" href="([^"]*)">(.*?)</a>', re.S)


def chips_of(response):
    """[(accessible name, removal address)] of the chips on a page, as a screen reader announces them."""
    html = response.content.decode()
    found = []
    for href, inner in CHIP.findall(html):
        inner = re.sub(r'<span[^>]*aria-hidden="true"[^>]*>.*?</span>', "", inner)
        found.append((" ".join(unescape(re.sub(r"<[^>]+>", "", inner)).split()), unescape(href)))
    return found


def clear_link(response):
    match = re.search(r'<a class="chip-clear" href="([^"]*)">([^<]*)</a>', response.content.decode())
    return unescape(match.group(1)) if match else None


def query(url):
    parts = urlsplit(url)
    return parts.path, sorted(parse_qsl(parts.query, keep_blank_values=True))


# The helper, without a listing ------------------------------------------------------------------------------------


def test_a_chip_removes_its_own_value_and_keeps_the_rest_but_the_page_number():
    request = RequestFactory().get("/things/", {"country": ["FI", "SE"], "type": "call", "sort": "new", "page": "3"})
    facets = [Facet("country", "Country", [("FI", "Finland"), ("SE", "Sweden")]), Facet("type", "Type", [("call", "Call")])]

    chips = filter_chips(request, facets)

    assert [(chip.facet, chip.label) for chip in chips] == [("Country", "Finland"), ("Country", "Sweden"), ("Type", "Call")]
    assert query(chips.items[0].remove_url) == ("/things/", [("country", "SE"), ("sort", "new"), ("type", "call")])
    assert query(chips.items[2].remove_url) == ("/things/", [("country", "FI"), ("country", "SE"), ("sort", "new")])
    assert query(chips.clear_url) == ("/things/", [("sort", "new")])


def test_values_the_listing_does_not_offer_get_no_chip_but_clear_all_drops_them():
    request = RequestFactory().get("/things/", {"country": "XX", "q": "  heat pumps ", "type": ""})
    chips = filter_chips(
        request, [Facet("q", "Search"), Facet("country", "Country", [("FI", "Finland")]), Facet("type", "Type", [])]
    )

    assert [(chip.facet, chip.label) for chip in chips] == [("Search", "heat pumps")]
    assert chips.clear_url == "/things/"


def test_choices_are_not_read_when_the_facet_is_not_in_the_query():
    def choices():
        raise AssertionError("read although the query has no country")

    assert not filter_chips(RequestFactory().get("/things/"), [Facet("country", "Country", choices)])


# The listings ----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def listing_data(demo_database, django_db_blocker):
    from innoprocure.opportunities.models import Opportunity

    with django_db_blocker.unblock():
        country = Opportunity.objects.filter(live=True).exclude(country=None).values_list("country_id", "country__name").first()
    return {"country": country}


def test_opportunities_show_each_selected_filter_as_a_chip_that_removes_it(client, listing_data):
    code, name = listing_data["country"]
    response = client.get("/opportunities/", {"country": code, "type": "tender", "innovation": "1", "q": "energy"})
    html = response.content.decode()

    chips = dict(chips_of(response))
    assert set(chips) == {
        "Remove filter: Search: energy",
        "Remove filter: Type: Call for tenders",
        f"Remove filter: Country: {name}",
        "Remove filter: Innovation procurement only",
    }
    assert query(chips[f"Remove filter: Country: {name}"]) == (
        "/opportunities/",
        [("innovation", "1"), ("q", "energy"), ("type", "tender")],
    )
    assert query(clear_link(response)) == ("/opportunities/", [])
    # The panel folds on phones and says how many filters are active; a skip link leads past it to the results.
    assert "(4 active)" in html
    assert 'href="#search-results"' in html and 'id="search-results"' in html
    assert html.index('class="filters-drawer"') < html.index('id="search-results"')


def test_opportunity_flags_are_a_facet_with_show_more(client, listing_data):
    from innoprocure.opportunities.flags import flag_label
    from innoprocure.opportunities.models import OpportunityFlag

    codes = sorted(set(OpportunityFlag.objects.filter(opportunity__live=True).values_list("code", flat=True)))
    if len(codes) < 7:
        pytest.skip(f"the demo content has {len(codes)} innovation flags in use, too few for 'Show n more'")
    chosen = codes[-1]
    response = client.get("/opportunities/", {"flag": chosen})
    html = response.content.decode()

    assert f"Show {len(codes) - 6} more" in html
    assert '<details class="facet-more" open>' in html  # the chosen value is folded behind it: open
    assert f'name="flag" value="{chosen}" checked' in html
    assert chips_of(response) == [(f"Remove filter: Innovation flag: {flag_label(chosen)}", "/opportunities/")]


def test_the_opportunity_archive_clears_the_status_it_ignores(client, listing_data):
    response = client.get("/opportunities/archive/", {"status": "open", "type": "tender"})
    assert chips_of(response) == [("Remove filter: Type: Call for tenders", "/opportunities/archive/?status=open")]
    assert clear_link(response) == "/opportunities/archive/"


def test_events_chips_name_the_month_and_keep_the_time_zone(client, listing_data):
    from django.utils import timezone

    from innoprocure.events.models import EventPage

    first = EventPage.objects.live().filter(end__gte=timezone.now()).order_by("start").first()
    assert first is not None, "the demo content has upcoming events"
    month = timezone.localtime(first.start).strftime("%Y-%m")
    month_name = timezone.localtime(first.start).strftime("%B %Y")
    response = client.get("/events/", {"month": month, "online": "1", "tz": "Europe/Helsinki"})

    chips = dict(chips_of(response))
    assert set(chips) == {f"Remove filter: Month: {month_name}", "Remove filter: Online or hybrid only"}
    assert query(chips["Remove filter: Online or hybrid only"]) == ("/events/", [("month", month), ("tz", "Europe/Helsinki")])
    assert query(clear_link(response)) == ("/events/", [("tz", "Europe/Helsinki")])


def test_stories_chips_for_category_year_and_tag(client, listing_data):
    from innoprocure.stories.listing import available_years, used_tags

    tag = used_tags()[0]
    year = available_years()[0]
    response = client.get("/stories/", {"category": "policy", "year": year, "tag": tag.slug})

    chips = dict(chips_of(response))
    assert set(chips) == {"Remove filter: Category: Policy", f"Remove filter: Year: {year}", f"Remove filter: Tag: {tag.name}"}
    assert query(chips["Remove filter: Category: Policy"]) == ("/stories/", [("tag", tag.slug), ("year", str(year))])
    assert "(3 active)" in response.content.decode()


def test_showcase_chips_come_from_its_filterset(client, listing_data):
    from innoprocure.core.models import Sector

    sector = Sector.objects.order_by("name").first()
    response = client.get("/showcase/", {"sector": sector.slug, "maturity": "market", "q": "sensor"})

    names = {name for name, _url in chips_of(response)}
    assert f"Remove filter: Sector: {sector.name}" in names
    assert "Remove filter: Search: sensor" in names
    assert any(name.startswith("Remove filter: Maturity: ") for name in names)
    assert clear_link(response) == "/showcase/"


def test_resource_centre_chips_use_the_same_component(client, listing_data):
    response = client.get("/resources/", {"type": "guidance", "language": "de"})

    names = [name for name, _url in chips_of(response)]
    assert names == ["Remove filter: Type: Guidance", "Remove filter: Language: German"]
    assert query(dict(chips_of(response))["Remove filter: Type: Guidance"])[1] == [("language", "de")]
    assert clear_link(response) is not None


def test_an_unfiltered_listing_has_no_chips(client, listing_data):
    for path in (
        "/opportunities/",
        "/events/",
        "/stories/",
        "/showcase/",
        "/resources/",
        "/network/members/",
        "/get-started/projects/",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
        assert chips_of(response) == [], path
        assert "active)" not in response.content.decode(), path


def test_chips_are_translated(client, listing_data):
    response = client.get("/de/opportunities/", {"type": "tender"})
    first_name, _url = chips_of(response)[0]
    assert first_name.startswith("Filter entfernen: ")


def test_the_network_directory_chips_and_its_long_country_list(client, listing_data):
    from innoprocure.network.models import CentreService

    service = CentreService.objects.order_by("name").first()
    response = client.get("/network/members/", {"status": "member", "service": service.slug})
    html = response.content.decode()

    names = {name for name, _url in chips_of(response)}
    assert names == {"Remove filter: Status: Member", f"Remove filter: Service: {service.name}"}
    assert "(2 active)" in html
    assert re.search(r"Show \d+ more<span class=\"visually-hidden\">: Country</span>", html)


def test_projects_chips(client, listing_data):
    from innoprocure.guidance.catalogue import project_facets

    sectors, _countries = project_facets()
    response = client.get("/get-started/projects/", {"sector": sectors[0].slug})
    assert chips_of(response) == [(f"Remove filter: Sector: {sectors[0].name}", "/get-started/projects/")]
