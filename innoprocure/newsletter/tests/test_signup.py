import re
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail, signing
from django.core.cache import cache
from django.utils import timezone

from innoprocure.newsletter import services
from innoprocure.newsletter.models import Subscriber, SubscriberStatus
from innoprocure.newsletter.tests.factories import SubscriberFactory

LINK = re.compile(r"https?://[^\s/]+(/newsletter/(confirm|unsubscribe)/[^\s]+/)")


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def sign_up(client, **data):
    payload = {"email": "ana@example.org", "name": "Ana", "topics": ["events", "policy"], "consent": "on", **data}
    return client.post("/newsletter/", payload)


def link_in(message, kind):
    paths = [match.group(1) for match in LINK.finditer(message.body) if match.group(2) == kind]
    assert paths, f"no {kind} link in: {message.body}"
    return paths[0]


def test_the_signup_page_has_a_labelled_form(client, db):
    html = client.get("/newsletter/").content.decode()
    assert '<label for="id_email">' in html
    assert "<legend>Topics</legend>" in html
    assert '<label for="id_topics_0">Policy news and stories</label>' in html
    assert 'name="consent"' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_signing_up_sends_a_confirmation_with_a_signed_link_and_is_not_active_yet(client, db):
    response = sign_up(client)
    assert response.status_code == 302
    assert response["Location"] == "/newsletter/check-your-inbox/"
    assert "Check your inbox" in client.get(response["Location"]).content.decode()

    subscriber = Subscriber.objects.get(email="ana@example.org")
    assert subscriber.status == SubscriberStatus.PENDING
    assert not services.is_subscribed("ana@example.org")
    assert subscriber.consented_at is not None and subscriber.confirmed_at is None
    assert subscriber.topics == ["events", "policy"]
    assert "I agree to receive" in subscriber.consent_text

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@example.org"]
    assert "confirm" in message.subject.lower()
    token = link_in(message, "confirm").split("/")[-2]
    assert signing.loads(token, salt=services.CONFIRM_SALT)["e"] == "ana@example.org"


def test_following_the_link_and_confirming_activates_and_stores_the_time(client, db):
    sign_up(client)
    confirm_path = link_in(mail.outbox[0], "confirm")

    page = client.get(confirm_path)
    assert page.status_code == 200
    assert "Confirm my subscription" in page.content.decode()
    assert not services.is_subscribed("ana@example.org"), "opening the link alone (e.g. a mail scanner) must not subscribe"

    before = timezone.now()
    done = client.post(confirm_path)
    assert done.status_code == 200
    assert "will receive the next newsletter" in done.content.decode()
    subscriber = Subscriber.objects.get(email="ana@example.org")
    assert subscriber.status == SubscriberStatus.ACTIVE
    assert subscriber.confirmed_at >= before
    assert subscriber.consented_at <= subscriber.confirmed_at

    # A welcome e-mail, which like every e-mail to subscribers has an unsubscribe link.
    assert len(mail.outbox) == 2
    assert link_in(mail.outbox[1], "unsubscribe")

    again = client.post(confirm_path)
    assert "was already subscribed" in again.content.decode()
    assert Subscriber.objects.count() == 1


def test_a_tampered_link_gives_a_clear_message(client, db):
    sign_up(client)
    confirm_path = link_in(mail.outbox[0], "confirm")
    tampered = confirm_path[:-3] + ("A" if confirm_path[-3] != "A" else "B") + confirm_path[-2:]
    for method in (client.get, client.post):
        response = method(tampered)
        assert response.status_code == 400
        assert "This confirmation link is not valid" in response.content.decode()
    assert not services.is_subscribed("ana@example.org")


def test_an_expired_link_gives_a_clear_message(client, db):
    sign_up(client)
    confirm_path = link_in(mail.outbox[0], "confirm")
    later = timezone.now() + services.CONFIRMATION_MAX_AGE + timedelta(minutes=1)
    with mock.patch("django.core.signing.time.time", return_value=later.timestamp()):
        response = client.post(confirm_path)
    assert response.status_code == 400
    assert "This confirmation link has expired" in response.content.decode()
    assert not services.is_subscribed("ana@example.org")


def test_signing_up_twice_creates_no_duplicate_and_the_latest_link_works(client, db):
    sign_up(client)
    sign_up(client, email="  ANA@Example.org ")  # at once: no second e-mail, nothing changes
    assert Subscriber.objects.count() == 1
    assert len(mail.outbox) == 1
    first_link = link_in(mail.outbox[0], "confirm")

    later = timezone.now() + services.RESEND_INTERVAL + timedelta(seconds=5)
    with mock.patch("django.utils.timezone.now", return_value=later):
        sign_up(client)
    assert Subscriber.objects.count() == 1
    assert len(mail.outbox) == 2
    superseded = client.post(first_link)
    assert superseded.status_code == 400
    assert "A newer confirmation e-mail" in superseded.content.decode()
    assert client.post(link_in(mail.outbox[1], "confirm")).status_code == 200
    assert services.is_subscribed("ana@example.org")


def test_signing_up_an_active_address_reveals_nothing_and_changes_nothing(client, db):
    SubscriberFactory(email="ana@example.org", name="Ana", topics=["events"])
    response = sign_up(client, name="Somebody else", topics=["network"])
    assert response["Location"] == "/newsletter/check-your-inbox/"  # the same answer as for a new address
    subscriber = Subscriber.objects.get(email="ana@example.org")
    assert subscriber.name == "Ana" and subscriber.topics == ["events"]
    assert subscriber.is_active
    assert len(mail.outbox) == 1
    assert "already subscribed" in mail.outbox[0].subject
    assert link_in(mail.outbox[0], "unsubscribe")
    assert Subscriber.objects.count() == 1


def test_consent_is_required_and_the_form_keeps_what_was_typed(client, db):
    response = sign_up(client, consent="")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please tick the box to agree" in html
    assert 'value="ana@example.org"' in html
    assert not Subscriber.objects.exists()
    assert not mail.outbox


def test_an_invalid_address_is_refused_by_the_field(client, db):
    response = sign_up(client, email="not-an-address")
    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert not Subscriber.objects.exists()


def test_the_honeypot_blocks_bots(client, db):
    response = sign_up(client, homepage="http://spam.example")
    assert response.status_code == 200
    assert not Subscriber.objects.exists()
    assert not mail.outbox


def test_the_rate_limit_blocks_a_flood_of_signups(client, db):
    statuses = [sign_up(client, email=f"person{number}@example.org").status_code for number in range(12)]
    assert statuses[:10] == [302] * 10
    assert statuses[10:] == [429, 429]
    assert Subscriber.objects.count() == 10


def test_the_unsubscribe_link_in_every_mail_works(client, db):
    sign_up(client)
    client.post(link_in(mail.outbox[0], "confirm"))
    assert services.is_subscribed("ana@example.org")
    services.send_issue("Newsletter of May", "Three new PCP calls opened this month.")
    issue = mail.outbox[-1]
    assert issue.subject == "Newsletter of May"
    assert "Three new PCP calls" in issue.body
    for message in mail.outbox:
        assert link_in(message, "unsubscribe")
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert "/newsletter/unsubscribe/" in message.extra_headers["List-Unsubscribe"]

    unsubscribe_path = link_in(issue, "unsubscribe")
    page = client.get(unsubscribe_path)
    assert page.status_code == 200 and "ana@example.org" in page.content.decode()
    assert services.is_subscribed("ana@example.org"), "opening the page alone must not unsubscribe"
    done = client.post(unsubscribe_path)
    assert "You will not receive the newsletter any more." in done.content.decode()
    subscriber = Subscriber.objects.get(email="ana@example.org")
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED and subscriber.unsubscribed_at is not None

    mail.outbox.clear()
    assert services.send_issue("Newsletter of June", "More news.") == 0
    assert not mail.outbox


def test_mail_programs_can_unsubscribe_in_one_click_without_a_csrf_token(db):
    from django.test import Client

    SubscriberFactory(email="ana@example.org")
    client = Client(enforce_csrf_checks=True)
    token = services.unsubscribe_token("ana@example.org")
    response = client.post(f"/newsletter/unsubscribe/{token}/", {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not services.is_subscribed("ana@example.org")


def test_a_tampered_unsubscribe_link_gives_a_clear_message(client, db):
    SubscriberFactory(email="ana@example.org")
    token = services.unsubscribe_token("ana@example.org")
    response = client.post(f"/newsletter/unsubscribe/{token[:-2]}xx/")
    assert response.status_code == 400
    assert "This unsubscribe link is not valid" in response.content.decode()
    assert services.is_subscribed("ana@example.org")


def test_issues_go_only_to_confirmed_subscribers_of_their_topics(db):
    SubscriberFactory(email="events@example.org", topics=["events"])
    SubscriberFactory(email="everything@example.org", topics=[])
    SubscriberFactory(email="network@example.org", topics=["network"])
    SubscriberFactory(email="pending@example.org", topics=[], status=SubscriberStatus.PENDING, confirmed_at=None)
    assert services.send_issue("Events of the autumn", "Six webinars.", topics=["events"]) == 2
    assert sorted(message.to[0] for message in mail.outbox) == ["events@example.org", "everything@example.org"]


def test_profile_services_subscribe_confirmed_and_unsubscribe(db):
    result = services.subscribe("Member@Example.org", name="Member", source="profile", confirmed=True)
    assert result.outcome == "confirmed"
    assert services.is_subscribed("member@example.org")
    assert result.subscriber.consented_at and result.subscriber.confirmed_at
    assert not mail.outbox
    assert services.unsubscribe("member@example.org") is True
    assert services.unsubscribe("member@example.org") is False
    assert not services.is_subscribed("member@example.org")
    assert Subscriber.objects.count() == 1


def test_the_footer_include_renders_a_working_short_form(client, db):
    from django.template import Context, Template
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    html = Template('{% include "newsletter/includes/signup.html" %}').render(Context({"request": request}))
    assert 'action="/newsletter/"' in html
    assert 'id="newsletter-signup-email"' in html
    assert 'name="topics"' not in html
    response = client.post("/newsletter/", {"email": "short@example.org", "consent": "on"})
    assert response.status_code == 302
    assert Subscriber.objects.get(email="short@example.org").topics == []


def test_account_export_and_erasure_cover_the_subscription(db):
    from django.contrib.auth import get_user_model

    from innoprocure.newsletter import exports

    user = get_user_model().objects.create_user(username="ana", email="Ana@Example.org", password="x")
    assert exports.export(user) is None
    SubscriberFactory(email="ana@example.org", topics=["events"])
    data = exports.export(user)
    assert data["status"] == "active" and data["topics"] == ["events"] and data["consented_at"]
    exports.erase(user)
    assert not Subscriber.objects.filter(email="ana@example.org").exists()


def test_every_error_summary_link_reaches_its_field_checkboxes_included(client, db):
    from innoprocure.core.tests.error_summary import assert_error_links_reach_fields

    response = client.post("/newsletter/", {"email": "not-an-address", "topics": ["no-such-topic"]})

    assert_error_links_reach_fields(response.content.decode(), ["id_email", "id_topics_0", "id_consent"])
