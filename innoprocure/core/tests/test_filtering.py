"""One filter layer (core/filtering.py, decision 0009): a listing's FilterSet gives the page, the feed, the API and
saved searches the same meaning of each value, and one error shown by its field or answered as 400."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from innoprocure.alerts import matching
from innoprocure.core.filtering import InvalidFilter
from innoprocure.core.models import Country
from innoprocure.events.tests.factories import EventPageFactory, events_index
from innoprocure.opportunities.filters import OpportunityFilter
from innoprocure.opportunities.models import Opportunity
from innoprocure.opportunities.tests.factories import OpportunityFactory, opportunities_index

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


@pytest.fixture
def opportunities():
    opportunities_index()
    soon = timezone.now() + timedelta(days=30)
    return [
        OpportunityFactory(title="Finnish partnership", country=Country.objects.get(code="FI"), deadline=soon),
        OpportunityFactory(title="Flagged tender", flags=["procedure:innovation"], deadline=soon + timedelta(days=1)),
    ]


def test_a_bad_value_is_shown_by_its_field_and_in_the_notice(client, opportunities):
    html = client.get("/opportunities/", {"type": "xyz", "country": "FI"}).content.decode()

    assert '<select id="filter-type" name="type" aria-describedby="filter-type-error">' in html
    field = html.split('id="filter-type"')[1].split("</div>")[0]
    assert '<div class="field__errors" id="filter-type-error"><p>There is no opportunity type “xyz”.</p>' in field
    assert "Some filters were not understood and have been ignored" in html
    assert 'id="filter-country-error"' not in html  # the good value is used, and not marked
    assert titles(client.get("/opportunities/", {"type": "xyz", "country": "FI"})) == ["Finnish partnership"]


def test_the_good_values_of_a_repeated_filter_are_kept(client, opportunities):
    response = client.get("/opportunities/", {"flag": ["procedure:innovation", "secret"]})

    assert titles(response) == ["Flagged tender"]
    assert "“secret” is not an innovation flag." in response.content.decode()


def test_an_unknown_country_is_left_out_for_people_and_matches_nothing_for_programs(client, opportunities):
    assert titles(client.get("/opportunities/", {"country": "XX"})) == ["Finnish partnership", "Flagged tender"]
    answer = client.get("/api/v1/opportunities", {"country": "XX"})
    assert (answer.status_code, answer.json()["count"]) == (200, 0)
    assert client.get("/opportunities/feed/", {"country": "XX"}).status_code == 400
    with pytest.raises(matching.SearchProblem, match="is not a country code we know"):
        matching.clean("opportunities", "country=XX")


def test_one_error_type_names_each_parameter_in_order(opportunities):
    filters = OpportunityFilter({"innovation": "very", "type": "xyz", "country": "FI"}, Opportunity.objects.all())

    with pytest.raises(InvalidFilter) as raised:
        filters.check()
    assert [(problem.parameter, problem.unknown) for problem in raised.value.problems] == [
        ("type", False),
        ("innovation", False),
    ]
    assert [item.title for item in filters.qs] == ["Finnish partnership"]  # the page still uses the good value


def test_feeds_list_each_problem_on_a_line_of_its_own(client, opportunities):
    response = client.get("/opportunities/feed/", {"type": "raffle", "status": "closed"})

    assert response.status_code == 400
    assert response.content.decode().splitlines() == [
        "type: There is no opportunity type “raffle”.",
        "status: The feed lists open opportunities only.",
    ]


def test_a_saved_search_keeps_the_listings_canonical_query(opportunities):
    query = "flag=procedure:innovation&country=fi&page=2&q=robots&innovation=yes"
    assert matching.clean("opportunities", query) == "q=robots&country=FI&innovation=1&flag=procedure%3Ainnovation"


def test_events_show_a_bad_month_by_its_field_and_the_calendar_refuses_it(client):
    events_index()
    EventPageFactory(title="Next week", start=timezone.now() + timedelta(days=7))

    html = client.get("/events/", {"month": "2026-13"}).content.decode()
    month_field = html.split('id="filter-month"')[1].split("</div>")[0]
    assert "“2026-13” is not a month; write it as YYYY-MM, e.g. 2026-05." in month_field
    assert "Next week" in html
    calendar = client.get("/events/calendar.ics", {"month": "2026-13"})
    assert calendar.status_code == 400
    assert calendar.content.decode().startswith("month: ")


def test_a_story_tag_nobody_used_is_ignored_on_the_page_and_an_empty_answer_in_the_api(client, home_page):
    from innoprocure.guidance.tests.factories import StoryIndexPageFactory, StoryPageFactory

    index = StoryIndexPageFactory(parent=home_page)
    StoryPageFactory(parent=index, title="Tagged story", tags=["pcp"])

    html = client.get("/stories/", {"tag": "no-such-tag"}).content.decode()
    assert "Tagged story" in html
    assert "There is no tag “no-such-tag”." in html.split('id="stories-tag"')[1].split("</div>")[0]
    api = client.get("/api/v1/stories", {"tag": "no-such-tag"})
    assert (api.status_code, api.json()["count"]) == (200, 0)
    assert client.get("/api/v1/stories", {"tag": "pcp"}).json()["count"] == 1


def test_every_free_text_filter_is_free_text_for_the_junk_input_middleware():
    """A "²" in a search text is a word to search for; the middleware must not refuse it as a malformed number."""
    from innoprocure.core.junk import TEXT_PARAMETERS
    from innoprocure.events.filters import EventFilter
    from innoprocure.resources.filters import ResourceFilter
    from innoprocure.stories.filters import StoryFilter

    free_text = {
        name
        for filterset in (OpportunityFilter, EventFilter, StoryFilter, ResourceFilter)
        for name, declared in filterset.base_filters.items()
        if getattr(declared, "free_text", False)
    }
    assert free_text == {"q"} and free_text <= TEXT_PARAMETERS
