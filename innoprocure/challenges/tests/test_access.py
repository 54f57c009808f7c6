"""A response is confidential on every path: its pages, its files, the actions on it, site search, the opportunity
listing, feeds, the API and e-mails. Only the buyer's members, the platform team and the responding supplier's
members ever see it; another supplier, a stranger and an anonymous visitor never do."""

import pytest
from django.core import mail
from django.urls import reverse

from innoprocure.challenges import services
from innoprocure.challenges.models import FollowUp, ResponseStatus
from innoprocure.challenges.tests.conftest import SECRET_SUMMARY

SECRET_WORD = "cobalt-free"
READERS = ["supplier", "buyer", "buyer_colleague", "platform_team"]
OUTSIDERS = ["rival", "stranger", None]


@pytest.fixture
def people(request, supplier, buyer, buyer_colleague, platform_team, rival, stranger):
    return {
        "supplier": supplier,
        "buyer": buyer,
        "buyer_colleague": buyer_colleague,
        "platform_team": platform_team,
        "rival": rival,
        "stranger": stranger,
        None: None,
    }


def _as(client, user):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client


def _paths(response):
    attachment = response.attachments.get()
    return {
        "response page": reverse("challenges:response", args=[response.pk]),
        "file": reverse("challenges:response_file", args=[response.pk, attachment.pk]),
    }


@pytest.mark.parametrize("who", READERS)
def test_the_response_and_its_file_are_open_to_the_buyer_the_team_and_the_supplier(client, people, response, who):
    paths = _paths(response)
    _as(client, people[who])
    page = client.get(paths["response page"])
    assert page.status_code == 200
    assert SECRET_SUMMARY in page.content.decode()
    assert page["Cache-Control"].count("no-store") == 1
    download = client.get(paths["file"])
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    assert download["Content-Disposition"].startswith("attachment")


@pytest.mark.parametrize("who", OUTSIDERS)
def test_the_response_and_its_file_do_not_exist_for_anybody_else(client, people, response, who):
    paths = _paths(response)
    _as(client, people[who])
    page = client.get(paths["response page"])
    # Anonymous visitors are sent to sign in; signed-in outsiders get "not found".
    assert page.status_code == (302 if who is None else 404)
    assert SECRET_SUMMARY not in page.content.decode()
    assert client.get(paths["file"]).status_code == 404


@pytest.mark.parametrize("who", OUTSIDERS + ["supplier"])
def test_only_the_buyer_side_reads_the_list_of_responses(client, people, response, who):
    _as(client, people[who])
    page = client.get(reverse("challenges:responses", args=[response.challenge.slug]))
    assert page.status_code == (302 if who is None else 404)


@pytest.mark.parametrize("who", ["buyer", "platform_team"])
def test_the_buyer_side_reads_the_list_of_responses(client, people, response, who):
    _as(client, people[who])
    page = client.get(reverse("challenges:responses", args=[response.challenge.slug]))
    assert page.status_code == 200
    assert "Sensorik Start" in page.content.decode()


@pytest.mark.parametrize("who", [*OUTSIDERS, "supplier"])
def test_nobody_but_the_buyer_assesses_a_response(client, people, response, who):
    _as(client, people[who])
    for name, data in (
        ("set_status", {"status": ResponseStatus.SHORTLISTED}),
        ("feedback", {"feedback": "Well done"}),
        ("follow_up", {"question": "How much?"}),
    ):
        answer = client.post(reverse(f"challenges:{name}", args=[response.pk]), data)
        assert answer.status_code in (302 if who is None else 404, 403), name
    response.refresh_from_db()
    assert response.status == ResponseStatus.SUBMITTED and not response.feedback
    assert not response.follow_ups.exists()


def test_another_supplier_cannot_answer_a_follow_up_question(client, people, response, buyer):
    follow_up = services.ask_follow_up(buyer, response, "Which battery chemistry?")
    _as(client, people["rival"])
    assert client.post(reverse("challenges:answer_follow_up", args=[follow_up.pk]), {"answer": "Mine"}).status_code == 404
    _as(client, people["supplier"])
    assert client.post(reverse("challenges:answer_follow_up", args=[follow_up.pk]), {"answer": "LFP"}).status_code == 302
    assert FollowUp.objects.get().answer == "LFP"


@pytest.mark.parametrize("who", OUTSIDERS)
def test_public_pages_never_show_a_response(client, people, response, who):
    _as(client, people[who])
    challenge = response.challenge
    for path in (
        reverse("challenges:index"),
        challenge.get_absolute_url(),
        "/opportunities/",
        "/opportunities/?type=challenge",
        challenge.listing.get_absolute_url(),
    ):
        page = client.get(path)
        assert page.status_code == 200, path
        text = page.content.decode()
        assert SECRET_WORD not in text, path
        assert "secret-plan.pdf" not in text, path
        assert "Sensorik Start" not in text, path


def test_site_search_and_the_opportunity_search_never_find_a_response(client, response, rival, buyer):
    for user in (None, rival, buyer):  # the index is the same for everybody, the buyer included
        _as(client, user)
        found = client.get(reverse("site_search"), {"q": SECRET_WORD}).content.decode()
        assert SECRET_SUMMARY not in found
        assert "Quiet night-time street cleaning" not in found
        assert SECRET_SUMMARY not in client.get("/opportunities/", {"q": SECRET_WORD}).content.decode()
    # The challenge itself is found, through its public text.
    assert "Quiet night-time street cleaning" in client.get(reverse("site_search"), {"q": "residents"}).content.decode()


def test_feeds_and_the_api_show_the_public_fields_only(client, response):
    feed = client.get("/opportunities/feed/", {"type": "challenge"})
    assert feed.status_code == 200
    text = feed.content.decode()
    assert "Quiet night-time street cleaning" in text
    assert SECRET_WORD not in text and "Sensorik" not in text
    listing = client.get("/api/v1/opportunities", {"type": "challenge"})
    assert listing.status_code == 200
    items = listing.json()["results"]
    assert [item["title"] for item in items] == ["Quiet night-time street cleaning"]
    one = client.get(f"/api/v1/opportunities/{items[0]['id']}")
    assert one.status_code == 200
    for text in (listing.content.decode(), one.content.decode()):
        assert SECRET_WORD not in text and "Sensorik" not in text and "secret-plan" not in text
    assert "/api/v1/challenges" not in client.get("/api/v1/openapi.json").content.decode()


def test_the_sitemap_never_lists_responses(client, response):
    sitemap = client.get("/sitemap.xml")
    assert f"/challenges/responses/{response.pk}/" not in sitemap.content.decode()


def test_e_mails_about_a_response_reach_only_its_two_sides_and_carry_no_content(
    challenge, supplier, rival, buyer, buyer_colleague, django_capture_on_commit_callbacks
):
    from innoprocure.challenges.forms import ResponseForm

    form = ResponseForm({"summary": SECRET_SUMMARY, "trl": "5", "references": "Fictional pilot"})
    assert form.is_valid(), form.errors
    with django_capture_on_commit_callbacks(execute=True):
        response = services.submit_response(supplier, challenge, form.save(commit=False))
    assert sorted(message.to[0] for message in mail.outbox) == sorted([buyer.email, buyer_colleague.email])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.give_feedback(buyer, response, "Interesting; please tell us about maintenance.")
        services.set_response_status(buyer, response, ResponseStatus.SHORTLISTED)
        services.ask_follow_up(buyer, response, "What does maintenance cost?")
    assert {message.to[0] for message in mail.outbox} == {supplier.email}
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.publish_outcome(buyer, challenge, "no-solution", "None fitted the budget.")
    assert {message.to[0] for message in mail.outbox} == {supplier.email}
    for message in mail.outbox:
        assert SECRET_WORD not in message.body and rival.email not in message.to


def test_the_supplier_sees_its_own_status_and_feedback_but_not_others(client, response, buyer, rival, challenge):
    from innoprocure.challenges.models import Response

    other = Response.objects.create(
        challenge=challenge, organisation=rival.challenge_membership.organisation, summary="Rival's own idea", trl=3
    )
    services.set_response_status(buyer, response, ResponseStatus.SHORTLISTED)
    services.give_feedback(buyer, response, "Strong on noise, weak on cost.")
    supplier = response.submitted_by
    _as(client, supplier)
    page = client.get(response.get_absolute_url()).content.decode()
    assert "Shortlisted" in page and "Strong on noise, weak on cost." in page
    challenge_page = client.get(challenge.get_absolute_url()).content.decode()
    assert "Shortlisted" in challenge_page
    assert client.get(other.get_absolute_url()).status_code == 404
    index = client.get(reverse("challenges:index")).content.decode()
    assert "Rival" not in index
