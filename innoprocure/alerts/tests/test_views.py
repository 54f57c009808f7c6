"""The alerts as a person uses them: "Alert me" on a listing, the management page, unsubscribe, feeds, follows."""

import re
from html import unescape
from urllib.parse import urlparse

import feedparser
import pytest
from django.core import mail
from django.urls import reverse

from innoprocure.accounts.tests.factories import UserFactory
from innoprocure.alerts.models import MAX_SAVED_SEARCHES, Follow, SavedSearch
from innoprocure.alerts.tests.helpers import person, run, saved
from innoprocure.events.tests.factories import EventPageFactory, events_index
from innoprocure.opportunities.tests.factories import OpportunityFactory, opportunities_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, settings):
    settings.AXES_ENABLED = False
    user = person()
    client.force_login(user)
    return client, user


def test_alert_me_on_the_opportunities_listing_saves_its_filters(client, signed_in):
    client, user = signed_in
    opportunities_index()
    OpportunityFactory(country_id="FI", flags=["procedure:innovation"])
    listing = client.get("/opportunities/?country=FI&flag=procedure:innovation&page=1")
    link = unescape(re.search(r'href="(/alerts/new/\?[^"]+)"', listing.content.decode())[1])

    form = client.get(link)
    assert form.status_code == 200
    assert "no-store" in form["Cache-Control"]
    response = client.post(
        "/alerts/new/",
        {
            "kind": "opportunities",
            "query": form.context["query"],
            "name": "Finnish innovation",
            "frequency": "daily",
            "delivery": "both",
        },
    )
    assert response.status_code == 302
    search = SavedSearch.objects.get(user=user)
    assert (search.name, search.kind, search.query) == (
        "Finnish innovation",
        "opportunities",
        "country=FI&flag=procedure%3Ainnovation",
    )
    page = client.get("/alerts/")
    assert "Finnish innovation" in page.content.decode()
    assert "no-store" in page["Cache-Control"]


def test_anonymous_alert_me_asks_to_sign_in_first(client):
    response = client.get("/alerts/new/?kind=events&query=country%3DFI")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize(
    "kind, query, message",
    [
        ("opportunities", "country=XX", "is not a country code we know"),
        ("opportunities", "status=closed", "closed ones are never new"),
        ("events", "when=past", "past events are never new"),
        ("nothing", "", "There is no listing"),
    ],
)
def test_a_search_the_listing_cannot_read_is_refused_with_the_reason(signed_in, kind, query, message):
    client, _user = signed_in
    response = client.get("/alerts/new/", {"kind": kind, "query": query})
    assert response.status_code == 400
    assert message in response.content.decode()


def test_at_most_25_saved_searches(signed_in):
    client, user = signed_in
    for number in range(MAX_SAVED_SEARCHES):
        saved(user, "", name=f"search {number}")
    response = client.post(
        "/alerts/new/", {"kind": "opportunities", "query": "", "name": "one more", "frequency": "daily", "delivery": "email"}
    )
    assert response.status_code == 200
    assert "You can keep up to 25 saved searches" in response.content.decode()
    assert SavedSearch.objects.filter(user=user).count() == MAX_SAVED_SEARCHES


def test_save_over_an_existing_search_with_new_filters(signed_in):
    client, user = signed_in
    old = saved(user, "country=FI", name="Nordic")
    client.post(
        "/alerts/new/",
        {
            "kind": "opportunities",
            "query": "country=SE",
            "name": "Nordic",
            "frequency": "weekly",
            "delivery": "email",
            "replace": old.pk,
        },
    )
    old.refresh_from_db()
    assert (old.query, old.frequency) == ("country=SE", "weekly")
    assert SavedSearch.objects.filter(user=user).count() == 1


def test_rename_pause_resume_and_delete_only_ones_own(signed_in):
    client, user = signed_in
    search = saved(user, "country=FI", name="Finland")
    client.post(f"/alerts/{search.pk}/", {"name": "Suomi", "frequency": "weekly", "delivery": "feed"})
    search.refresh_from_db()
    assert (search.name, search.frequency, search.delivery) == ("Suomi", "weekly", "feed")
    client.post(f"/alerts/{search.pk}/pause/")
    search.refresh_from_db()
    assert search.paused
    client.post(f"/alerts/{search.pk}/resume/")
    search.refresh_from_db()
    assert not search.paused

    stranger = saved(UserFactory(email="stranger@example.org"), "country=SE")
    assert client.post(f"/alerts/{stranger.pk}/delete/").status_code == 404
    assert client.post(f"/alerts/{search.pk}/explode/").status_code == 404
    client.post(f"/alerts/{search.pk}/delete/")
    assert list(SavedSearch.objects.all()) == [stranger]


def test_the_emails_unsubscribe_link_stops_that_alert_in_one_click_without_signing_in(client):
    opportunities_index()
    user = person()
    search = saved(user, "country=FI", frequency="immediate")
    OpportunityFactory(country_id="FI")
    [message] = run()
    header = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    path = urlparse(header).path

    page = client.get(path)
    assert page.status_code == 200 and "My alert" in page.content.decode()
    search.refresh_from_db()
    assert not search.paused  # a link scanner following the link changes nothing

    client.handler.enforce_csrf_checks = True
    response = client.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    search.refresh_from_db()
    assert search.paused
    OpportunityFactory(country_id="FI")
    assert run(minutes=5) == []


def test_unsubscribe_from_all_stops_every_search_and_the_reminders(client):
    opportunities_index()
    user = person()
    saved(user, "country=FI", frequency="immediate")
    saved(user, "country=SE", frequency="immediate", name="Sweden")
    OpportunityFactory(country_id="FI")
    [message] = run()
    link = re.search(r"Stop all alert e-mails with one click: (\S+)", message.body)[1]
    client.post(urlparse(link).path)
    assert not SavedSearch.objects.filter(paused=False).exists()
    user.alert_settings.refresh_from_db()
    assert user.alert_settings.reminders is False


def test_a_mangled_unsubscribe_link_is_a_clear_400(client):
    response = client.post("/alerts/unsubscribe/not-a-token/")
    assert response.status_code == 400
    assert "This link is not valid" in response.content.decode()


def test_the_private_feed_lists_the_new_item_and_a_new_address_revokes_the_old(signed_in):
    client, user = signed_in
    opportunities_index()
    search = saved(user, "country=FI", delivery="both", name="Finland")
    OpportunityFactory(title="Hydrogen ferries", country_id="FI")
    OpportunityFactory(title="Swedish tender", country_id="SE")
    run()
    token = user.alert_settings.feed_token
    response = client.get(f"/alerts/feed/{token}/")
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    feed = feedparser.parse(response.content)
    assert [entry.title for entry in feed.entries] == ["Hydrogen ferries"]
    assert feed.entries[0].link.endswith("/opportunities/hydrogen-ferries/")
    assert client.get(f"/alerts/feed/{token}/{search.pk}/").status_code == 200

    client.post("/alerts/feed-address/")
    assert client.get(f"/alerts/feed/{token}/").status_code == 404
    user.alert_settings.refresh_from_db()
    assert client.get(f"/alerts/feed/{user.alert_settings.feed_token}/").status_code == 200


def test_follow_an_opportunity_from_its_page_and_stop_from_my_alerts(signed_in):
    client, user = signed_in
    opportunities_index()
    opportunity = OpportunityFactory(title="Circular furniture")
    page = client.get("/opportunities/circular-furniture/")
    assert "Follow: remind me before the date" in page.content.decode()
    client.post("/alerts/follow/", {"kind": "opportunity", "id": opportunity.pk, "next": "/opportunities/circular-furniture/"})
    assert Follow.objects.filter(user=user, object_id=opportunity.pk).exists()
    assert "Following — stop" in client.get("/opportunities/circular-furniture/").content.decode()
    assert "Circular furniture" in client.get("/alerts/").content.decode()
    client.post("/alerts/follow/", {"kind": "opportunity", "id": opportunity.pk, "unfollow": "1"})
    assert not Follow.objects.exists()


def test_follow_needs_something_to_follow(signed_in):
    client, _user = signed_in
    assert client.post("/alerts/follow/", {"kind": "opportunity", "id": "999999"}).status_code == 400
    assert client.post("/alerts/follow/", {"kind": "centre", "id": "1"}).status_code == 400


def test_an_anonymous_visitor_sees_a_follow_link_and_an_event_can_be_followed(client, signed_in):
    events_index()
    event = EventPageFactory(title="Market dialogue day")
    client.logout()
    html = client.get(event.url).content.decode()
    assert f'href="/alerts/follow/?kind=event&amp;id={event.pk}"' in html
    assert "csrfmiddlewaretoken" not in html


def test_settings_and_their_errors(signed_in):
    client, user = signed_in
    client.post("/alerts/settings/", {"language": "fr", "reminders": "on", "reminder_days": "14, 2"})
    user.alert_settings.refresh_from_db()
    assert (user.alert_settings.language, user.alert_settings.reminder_days) == ("fr", "14,2")
    response = client.post("/alerts/settings/", {"language": "fr", "reminder_days": "soon"}, follow=True)
    assert "Give up to five numbers of days" in response.content.decode()


def test_data_export_and_account_deletion():
    from innoprocure.accounts.exports import collect, erase

    user = person()
    saved(user, "country=FI", name="Finland")
    data = collect(user)
    assert data["alerts"]["saved_searches"][0]["name"] == "Finland"
    erase(user)
    assert not SavedSearch.objects.exists()


def test_the_admin_overview_counts_and_shows_the_last_run(client, settings):
    from innoprocure.events.tests.factories import signed_in_administrator

    saved(person(), "country=FI")
    run()
    signed_in_administrator(client, settings)
    response = client.get(reverse("alerts_overview"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 saved searches of 1 people, 0 of them paused" in html
    assert "Last runs" in html
    mail.outbox.clear()
