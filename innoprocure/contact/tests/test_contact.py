import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from innoprocure.contact.models import ContactMessage, Team
from innoprocure.contact.services import visible_messages
from innoprocure.core.roles import ADMINISTRATORS, MODERATORS, SECRETARIAT

pytestmark = pytest.mark.django_db

URL = "/contact/"


def form(**overrides):
    data = {
        "team": "network",
        "topic": "membership",
        "name": "Ana Costa",
        "email": "ana.costa@example.org",
        "organisation": "Centre for Innovation Procurement",
        "country": "PT",
        "message": "How does our centre apply to join the network?",
    }
    data.update(overrides)
    return data


def test_contact_page_offers_both_teams(client):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "The platform team" in html and "The P2I Network secretariat" in html
    assert 'name="homepage"' in html  # the honeypot
    preselected = client.get(URL + "?to=network&topic=declaration").content.decode()
    assert 'value="network" required id="id_team_1" checked' in preselected
    assert '<option value="declaration" selected>' in preselected


def test_message_to_the_secretariat_is_stored_forwarded_and_confirmed(client, settings):
    settings.NETWORK_SECRETARIAT_EMAIL = "secretariat@network.example.org"
    settings.PLATFORM_TEAM_EMAIL = "team@platform.example.org"
    response = client.post(URL, form())
    assert response.status_code == 302
    assert response["Location"] == reverse("contact:sent")
    message = ContactMessage.objects.get()
    assert (message.team, message.topic, message.country_id) == ("network", "membership", "PT")
    assert message.sent_to == "secretariat@network.example.org"
    to_team, confirmation = mail.outbox
    assert to_team.to == ["secretariat@network.example.org"]
    assert to_team.reply_to == ["ana.costa@example.org"]
    assert "How does our centre apply" in to_team.body and "Centre for Innovation Procurement" in to_team.body
    assert confirmation.to == ["ana.costa@example.org"]
    assert "The P2I Network secretariat" in confirmation.body
    assert "How does our centre apply" in confirmation.body
    assert "The P2I Network secretariat" in client.get(response["Location"]).content.decode()


def test_message_to_the_platform_team_goes_to_the_platform_address(client, settings):
    settings.PLATFORM_TEAM_EMAIL = "team@platform.example.org"
    client.post(URL, form(team="platform", topic="technical", country=""))
    assert mail.outbox[0].to == ["team@platform.example.org"]
    assert ContactMessage.objects.get().country is None


def test_invalid_input_keeps_what_was_typed_with_errors_by_the_field(client):
    response = client.post(URL, form(email="not-an-address", topic=""))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_email_error"' in html and 'id="id_topic_error"' in html
    assert 'value="Ana Costa"' in html
    assert "How does our centre apply to join the network?</textarea>" in html
    assert 'value="network" required id="id_team_1" checked' in html
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


def test_a_name_on_several_lines_is_refused_not_a_crash(client):
    response = client.post(URL, form(name="Ana\r\nBcc: victim@example.org"))
    assert response.status_code == 200
    assert 'id="id_name_error"' in response.content.decode()
    assert mail.outbox == []


def test_a_filled_honeypot_is_refused_without_sending_anything(client):
    response = client.post(URL, form(homepage="http://spam.example.com"))
    assert response.status_code == 200
    assert "could not accept this submission" in response.content.decode()
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


def test_rate_limit_stops_a_flood(client, settings, monkeypatch):
    settings.RATELIMIT_ENABLED = True
    # Freeze the clock mid-hour: near the top of an hour the sliding window rightly lets a little more through.
    monkeypatch.setattr("innoprocure.core.ratelimit.time.time", lambda: 1_800_000_000 + 1800)
    for _ in range(5):
        assert client.post(URL, form()).status_code == 302
    response = client.post(URL, form())
    assert response.status_code == 429
    assert ContactMessage.objects.count() == 5


def make_staff(email, group):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from innoprocure.core.roles import setup_roles

    setup_roles()
    user = get_user_model().objects.create_user(username=email, email=email, password="a-test-password-1234")
    user.groups.add(Group.objects.get(name=group))
    TOTP.activate(user, generate_totp_secret())
    return user


def test_each_team_sees_its_own_messages_in_the_admin(client):
    client.post(URL, form(team="network", name="Network sender"))
    client.post(URL, form(team="platform", topic="content", name="Platform sender"))
    secretariat = make_staff("secretariat-person@example.org", SECRETARIAT)
    moderator = make_staff("moderator@example.org", MODERATORS)
    administrator = make_staff("admin-person@example.org", ADMINISTRATORS)
    assert [m.name for m in visible_messages(secretariat)] == ["Network sender"]
    assert [m.name for m in visible_messages(moderator)] == ["Platform sender"]
    assert {m.name for m in visible_messages(administrator)} == {"Network sender", "Platform sender"}

    client.force_login(secretariat)
    listing = client.get(reverse("contact_messages:index"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Network sender" in html and "Platform sender" not in html
    platform_message = ContactMessage.objects.get(team=Team.PLATFORM)
    assert client.get(reverse("contact_messages:inspect", args=[platform_message.pk])).status_code == 404
    network_message = ContactMessage.objects.get(team=Team.NETWORK)
    assert client.get(reverse("contact_messages:inspect", args=[network_message.pk])).status_code == 200
    response = client.post(reverse("contact_messages:edit", args=[network_message.pk]), {"handled": "on", "notes": "Replied."})
    assert response.status_code == 302
    network_message.refresh_from_db()
    assert network_message.handled and network_message.handled_by == secretariat


def test_every_error_summary_link_reaches_its_field_radio_buttons_included(client):
    from innoprocure.core.tests.error_summary import assert_error_links_reach_fields

    response = client.post(URL, {})

    assert_error_links_reach_fields(response.content.decode(), ["id_team_0", "id_email", "id_name"])
