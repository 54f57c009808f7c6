"""Notifications on the site and by e-mail: follow and mute, digest, one-click unsubscribe, the reader's language."""

import pytest
from django.core import mail
from django.urls import reverse

from innoprocure.forum import people, services
from innoprocure.forum.models import EmailMode, ForumProfile, Notification, NotificationKind
from innoprocure.forum.tasks import send_digests, unsubscribe_token
from innoprocure.forum.tests.factories import member, trusted

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(open_group, author):
    return services.start_thread(open_group, author, "Joint tender for e-buses", "Who joins?")


def test_thread_author_hears_of_replies_and_the_header_counts_them(client, thread, author, open_group):
    replier = trusted(member(open_group))
    services.reply(thread, replier, "We do.")
    assert Notification.objects.filter(user=author, kind=NotificationKind.REPLY).count() == 1
    client.force_login(author)
    header = client.get(reverse("forum:index")).content.decode()
    assert '1<span class="visually-hidden"> unread</span>' in header
    notification = Notification.objects.get(user=author)
    response = client.get(reverse("forum:open_notification", args=[notification.pk]))
    assert response["Location"].endswith("#post-2")
    notification.refresh_from_db()
    assert notification.read_at is not None


def test_mute_wins_over_follow(thread, author, open_group):
    follower = member(open_group)
    services.follow(follower, "follow", group=open_group)
    services.follow(author, "mute", thread=thread)
    services.reply(thread, trusted(member(open_group)), "News")
    assert Notification.objects.filter(user=follower).exists()
    assert not Notification.objects.filter(user=author).exists()


def test_digest_collects_a_day_of_notifications(thread, author, open_group):
    profile = author.forum_profile
    profile.email_mode = EmailMode.DIGEST
    profile.save()
    replier = trusted(member(open_group))
    services.reply(thread, replier, "One")
    services.reply(thread, replier, "Two")
    mail.outbox.clear()
    assert send_digests() == 1
    assert len(mail.outbox) == 1 and mail.outbox[0].body.count("replied in") == 2
    assert send_digests() == 0  # once a day


def test_one_click_unsubscribe(client, author):
    message_url = reverse("forum:unsubscribe", args=[unsubscribe_token(author)])
    page = client.get(message_url)
    assert page.status_code == 200
    assert ForumProfile.objects.get(user=author).email_mode == EmailMode.EACH
    client.post(message_url, {"List-Unsubscribe": "One-Click"})  # as a mail program sends it: no session, no token
    assert ForumProfile.objects.get(user=author).email_mode == EmailMode.OFF
    assert client.post(reverse("forum:unsubscribe", args=["forged"])).status_code == 400


def test_e_mail_in_the_readers_language_with_unsubscribe_header(thread, author, open_group, django_capture_on_commit_callbacks):
    profile = author.forum_profile
    profile.language = "fr"
    profile.save()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(thread, trusted(member(open_group)), "Nous aussi.")
    message = mail.outbox[0]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/forum/unsubscribe/" in message.extra_headers["List-Unsubscribe"]
    assert "Nous aussi." in message.body


def test_settings_form_keeps_input_and_explains_errors(client, author, outsider):
    people.profile_of(outsider)
    client.force_login(author)
    response = client.post(
        reverse("forum:settings"), {"handle": outsider.forum_profile.handle, "email_mode": "digest", "language": "en"}
    )
    assert response.status_code == 400
    assert 'value="digest"' in response.content.decode() and "already exists" in response.content.decode()
    response = client.post(
        reverse("forum:settings"), {"handle": "marta", "email_mode": "digest", "language": "en", "visible": "on"}
    )
    assert response.status_code == 302
    assert ForumProfile.objects.get(user=author).email_mode == "digest"


def test_directory_lists_only_people_who_opted_in(client, author, outsider, open_group):
    hidden = member(open_group, first_name="Hanna", last_name="Hidden")
    profile = author.forum_profile
    profile.visible, profile.expertise = True, "Electric buses"
    profile.save()
    client.force_login(outsider)
    page = client.get(reverse("forum:directory"), {"q": "electric"}).content.decode()
    assert "Marta Kowal" in page and "Hanna Hidden" not in page
    assert client.get(reverse("forum:profile", args=[hidden.forum_profile.handle])).status_code == 404
    ignored = client.get(reverse("forum:directory"), {"country": "XX"}).content.decode()
    assert "ignored" in ignored
