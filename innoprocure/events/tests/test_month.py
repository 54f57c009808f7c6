"""The month view: a table of weeks, events on the days they run, links to the months around, bad months 404."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from innoprocure.events.tests.factories import EventPageFactory, at, events_index

pytestmark = pytest.mark.django_db


def cells(response):
    """{day number: [event titles]} of the days of the month in the grid."""
    html = response.content.decode()
    found = {}
    for cell in re.findall(r"<td(?: class=\"month-grid__busy\")?>(.*?)</td>", html, flags=re.S):
        day = int(re.search(r"<time datetime=\"[\d-]+\">(\d+)</time>", cell).group(1))
        found[day] = re.findall(r"<a href=\"[^\"]+\">(?:<span class=\"month-grid__time\">[\d:]+</span> )?([^<]+)</a>", cell)
    return found


def test_month_view_places_each_event_on_the_days_it_runs_in_its_own_zone(client):
    EventPageFactory(
        title="Athens info day",
        time_zone="Europe/Athens",
        start=at("Europe/Athens", 2030, 7, 15, 1),  # still 14 July in Brussels and in UTC
        end=at("Europe/Athens", 2030, 7, 15, 3),
    )
    EventPageFactory(
        title="Three-day conference",
        start=at("Europe/Brussels", 2030, 7, 30, 9),
        end=at("Europe/Brussels", 2030, 8, 1, 17),
    )
    EventPageFactory(title="June webinar", start=at("Europe/Brussels", 2030, 6, 30, 10))

    response = client.get("/events/month/2030/7/")

    assert response.status_code == 200
    days = cells(response)
    assert len(days) == 31
    assert days[15] == ["Athens info day"]
    assert days[14] == []
    assert days[30] == days[31] == ["Three-day conference"]
    assert "June webinar" not in response.content.decode()
    html = response.content.decode()
    assert "<h1>Events in July 2030</h1>" in html
    assert '<th scope="col"><abbr title="Monday">Mon</abbr></th>' in html
    # 1 July 2030 is a Monday: the first row starts with it, the last row ends with four days of August left blank.
    assert html.count('<td class="month-grid__outside"></td>') == 4
    assert '<span class="month-grid__time">01:00</span> Athens info day' in html
    assert 'href="/events/month/2030/6/" rel="prev"' in html
    assert 'href="/events/month/2030/8/" rel="next"' in html


def test_month_view_without_a_month_shows_this_month_and_the_listing_links_to_it(client):
    today = timezone.localdate()
    EventPageFactory(title="Soon", start=timezone.now() + timedelta(hours=1), end=timezone.now() + timedelta(hours=2))

    response = client.get("/events/month/")
    listing = client.get("/events/").content.decode()

    assert response.status_code == 200
    assert f"Events in {today:%B %Y}" in response.content.decode()
    assert 'href="/events/month/"' in listing


def test_month_view_across_the_year_end_links_to_the_next_january(client):
    events_index()
    html = client.get("/events/month/2030/12/").content.decode()

    assert 'href="/events/month/2030/11/" rel="prev"' in html
    assert 'href="/events/month/2031/1/" rel="next"' in html


@pytest.mark.parametrize("path", ["/events/month/2030/13/", "/events/month/2030/0/", "/events/month/99999/1/"])
def test_a_month_that_does_not_exist_is_not_found(client, path):
    events_index()
    assert client.get(path).status_code == 404


def test_a_month_without_events_says_so(client):
    events_index()
    html = client.get("/events/month/2031/2/").content.decode()

    assert "No events in February 2031." in html
