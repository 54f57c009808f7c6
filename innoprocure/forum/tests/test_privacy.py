"""Private content never leaks: not in pages, search, the sitemap, the API, notifications or e-mails."""

import pytest
from django.core import mail
from django.urls import reverse

from innoprocure.core.tests.sitemaps import sitemap_xml
from innoprocure.forum import people, services
from innoprocure.forum.models import Notification
from innoprocure.forum.tests.factories import member, trusted

pytestmark = pytest.mark.django_db

SECRET = "Confidential budget figure zanzibar"


@pytest.fixture
def secret_thread(private_group):
    insider = member(private_group, first_name="Ida", last_name="Inside")
    return services.start_thread(private_group, insider, "Zanzibar plans", SECRET)


def test_private_group_is_a_404_for_everybody_outside(client, private_group, secret_thread, outsider):
    requested = member(private_group, status="requested")
    urls = [
        private_group.get_absolute_url(),
        secret_thread.get_absolute_url(),
        reverse("forum:members", args=[private_group.slug]),
        reverse("forum:new_thread", args=[private_group.slug]),
        reverse("forum:report", args=[secret_thread.posts.get().pk]),
        reverse("forum:edit_post", args=[secret_thread.posts.get().pk]),
    ]
    for person in (None, outsider, requested):
        if person:
            client.force_login(person)
        for url in urls:
            response = client.get(url)
            assert response.status_code in (404, 302), (person, url, response.status_code)
            assert SECRET not in response.content.decode()
        assert "Project consortium" not in client.get(reverse("forum:index")).content.decode()


def test_members_read_it_with_no_store(client, private_group, secret_thread):
    insider = member(private_group)
    client.force_login(insider)
    response = client.get(secret_thread.get_absolute_url())
    assert SECRET in response.content.decode()
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_site_search_shows_private_threads_to_members_only(client, private_group, secret_thread, outsider):
    """Private discussions are in site search for their group's members, for nobody else (innoprocure/search/
    tests/test_private_forum.py has the rest)."""
    requested = member(private_group, status="requested")
    for person in (None, outsider, requested):
        if person is not None:
            client.force_login(person)
        assert "Zanzibar plans" not in client.get(reverse("site_search"), {"q": "zanzibar"}).content.decode()
    client.force_login(member(private_group))
    assert "Zanzibar plans" in client.get(reverse("site_search"), {"q": "zanzibar"}).content.decode()


def test_site_search_finds_open_group_discussions(client, open_group, author):
    services.start_thread(open_group, author, "Quayside cranes bought by lots", "A question about lots for cranes.")
    assert "Quayside cranes bought by lots" in client.get(reverse("site_search"), {"q": "quayside"}).content.decode()


def test_sitemap_and_api_show_open_groups_only(client, open_group, author, closed_group, private_group, secret_thread):
    public = services.start_thread(open_group, author, "Open question on lots", "Anyone may read this.")
    closed = services.start_thread(
        closed_group, trusted(member(closed_group), closed_group), "Closed circle talk", "Members only."
    )
    sitemap = sitemap_xml(client)
    assert public.get_absolute_url() in sitemap
    assert secret_thread.get_absolute_url() not in sitemap and closed.get_absolute_url() not in sitemap
    assert private_group.slug not in sitemap
    listing = client.get("/api/v1/forum/threads").json()
    assert [item["title"] for item in listing["results"]] == ["Open question on lots", "Earlier question 1", "Earlier question 0"]
    assert client.get(f"/api/v1/forum/threads/{secret_thread.pk}").status_code == 404
    assert client.get(f"/api/v1/forum/threads/{closed.pk}").status_code == 404
    detail = client.get(f"/api/v1/forum/threads/{public.pk}").json()
    assert detail["posts"][0]["body_html"] == "<p>Anyone may read this.</p>\n"
    assert client.get("/api/v1/forum/threads", {"page_size": 1000}).status_code == 400
    groups = [group["slug"] for group in client.get("/api/v1/forum/groups").json()["results"]]
    assert groups == ["pcp-practitioners"] or (open_group.slug in groups and private_group.slug not in groups)


def test_mentioning_an_outsider_in_a_private_group_tells_them_nothing(
    private_group, outsider, django_capture_on_commit_callbacks
):
    insider = member(private_group)
    people.profile_of(outsider)
    thread = services.start_thread(private_group, insider, "Zanzibar plans", "Opening")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(thread, insider, f"@{outsider.forum_profile.handle} should not hear about {SECRET}")
    assert not Notification.objects.filter(user=outsider).exists()
    assert all(outsider.email not in message.to for message in mail.outbox)


def test_e_mails_of_private_groups_carry_no_text(private_group, django_capture_on_commit_callbacks):
    insider, colleague = member(private_group), member(private_group)
    thread = services.start_thread(private_group, insider, "Zanzibar plans", "Opening")
    services.follow(colleague, "follow", thread=thread)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(thread, insider, SECRET)
    assert [message.to for message in mail.outbox] == [[colleague.email]]
    assert SECRET not in mail.outbox[0].body
    assert thread.get_absolute_url() in mail.outbox[0].body


def test_a_notification_is_not_e_mailed_after_the_reader_left(private_group, django_capture_on_commit_callbacks):
    from innoprocure.forum.tasks import send_notification_emails

    insider, leaver = member(private_group), member(private_group)
    thread = services.start_thread(private_group, insider, "Zanzibar plans", "Opening")
    services.follow(leaver, "follow", thread=thread)
    services.reply(thread, insider, "Something new")  # e-mails wait for the commit, which never comes in this test
    services.leave(private_group, leaver)
    notification = Notification.objects.get(user=leaver)
    mail.outbox.clear()
    assert send_notification_emails.call([notification.pk]) == 0
    assert mail.outbox == []


def test_closed_group_shows_requirements_but_not_discussions(client, closed_group, outsider):
    writer = trusted(member(closed_group), closed_group)
    thread = services.start_thread(closed_group, writer, "Insider tips", "Only for members.")
    page = client.get(closed_group.get_absolute_url()).content.decode()
    assert "Buyers of hospitals only." in page
    assert "Insider tips" not in page
    assert client.get(thread.get_absolute_url()).status_code == 404


# What the private group holds; searches below use lower-case words, which the results page repeats.
WORDS = ("Zanzibar plans", "Zanzibar reply", "Zanzibar workshop", "Confidential budget", "Quagga", "quagga-budget", "Room 7B")


@pytest.fixture
def private_everything(private_group, home_page, django_capture_on_commit_callbacks):
    """A private group with a discussion, a reply, an attachment, an event and notifications about them."""
    from datetime import timedelta

    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils import timezone

    from innoprocure.forum import group_events
    from innoprocure.forum.tests.factories import moderator
    from innoprocure.forum.tests.test_discussions import PDF

    insider, colleague = moderator(private_group, first_name="Ida", last_name="Inside"), member(private_group)
    with django_capture_on_commit_callbacks(execute=True):
        pdf = SimpleUploadedFile("quagga-budget.pdf", PDF, content_type="application/pdf")
        thread = services.start_thread(private_group, insider, "Zanzibar plans", f"{SECRET}, see the Quagga file.", files=[pdf])
        services.reply(thread, colleague, "Zanzibar reply with the Quagga numbers")
        starts = timezone.now() + timedelta(days=3)
        event = group_events.schedule(
            private_group,
            insider,
            {
                "title": "Zanzibar workshop",
                "starts_at": starts,
                "ends_at": starts + timedelta(hours=1),
                "time_zone": "Europe/Brussels",
                "event_format": "hybrid",
                "location": "Room 7B",
                "online_url": "https://meet.example.org/quagga",
                "description": "Quagga agenda",
            },
        )
    return {"thread": thread, "event": event, "insider": insider, "colleague": colleague}


def _assert_nothing_of_it(content, where):
    for word in WORDS:
        assert word not in content, (word, where)


def test_nothing_of_a_private_group_reaches_anybody_outside(client, private_group, private_everything, outsider):
    thread, event = private_everything["thread"], private_everything["event"]
    attachment = thread.posts.get(number=1).attachments.get()
    requested = member(private_group, status="requested")
    people.profile_of(outsider)
    pages = [
        "/",
        reverse("forum:index"),
        private_group.get_absolute_url(),
        thread.get_absolute_url(),
        reverse("forum:events", args=[private_group.slug]),
        event.get_absolute_url(),
        reverse("forum:event_calendar", args=[private_group.slug, event.pk]),
        reverse("forum:group_calendar", args=[private_group.slug]),
        attachment.get_absolute_url(),
        reverse("forum:post_history", args=[thread.posts.get(number=1).pk]),
        reverse("forum:profile", args=[private_everything["insider"].forum_profile.handle]),
        reverse("forum:directory") + "?q=ida",
        reverse("site_search") + "?q=zanzibar",
        reverse("site_search") + "?q=quagga",
        "/sitemap.xml",
        "/api/v1/forum/groups",
        "/api/v1/forum/threads",
        f"/api/v1/forum/threads?group={private_group.slug}",
        f"/api/v1/forum/threads/{thread.pk}",
        reverse("forum:notifications"),
    ]
    client.force_login(private_everything["colleague"])  # the words are there, for members
    assert "Quagga numbers" in client.get(thread.get_absolute_url()).content.decode()
    assert "Room 7B" in client.get(event.get_absolute_url()).content.decode()
    assert client.get(attachment.get_absolute_url()).status_code == 200
    for person in (None, outsider, requested):
        client.logout()
        if person is not None:
            client.force_login(person)
        for url in pages:
            response = client.get(url)
            assert response.status_code in (200, 302, 400, 404), (person, url, response.status_code)
            _assert_nothing_of_it(b"".join(response).decode() if response.streaming else response.content.decode(), url)
    assert not Notification.objects.filter(user__in=[outsider, requested]).exists()
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients == {private_everything["colleague"].email, private_everything["insider"].email}
    for message in mail.outbox:  # e-mails of a private group say what happened, never what was written or where
        for word in ("Confidential budget", "Quagga", "Room 7B", "meet.example.org"):
            assert word not in message.body, (word, message.subject)


def test_a_member_who_leaves_no_longer_sees_the_groups_titles_in_notifications(client, private_group, private_everything):
    colleague = private_everything["colleague"]
    client.force_login(colleague)
    assert "Zanzibar workshop" in client.get(reverse("forum:notifications")).content.decode()
    services.leave(private_group, colleague)
    page = client.get(reverse("forum:notifications")).content.decode()
    _assert_nothing_of_it(page, "notifications after leaving")
    assert '<span class="visually-hidden"> unread</span>' not in client.get(reverse("forum:index")).content.decode()
    hidden = Notification.objects.filter(user=colleague).first()
    assert client.get(reverse("forum:open_notification", args=[hidden.pk])).status_code == 404


def test_the_digest_of_a_private_group_names_nothing_but_titles(private_group, private_everything):
    from innoprocure.forum.models import EmailMode, ForumProfile
    from innoprocure.forum.tasks import send_digests

    colleague = private_everything["colleague"]
    ForumProfile.objects.filter(user=colleague).update(email_mode=EmailMode.DIGEST)
    Notification.objects.filter(user=colleague).update(emailed_at=None)
    mail.outbox.clear()
    assert send_digests() == 1
    body = mail.outbox[0].body
    assert "Zanzibar workshop" in body  # the title, as on the site
    for word in ("Confidential budget", "Quagga", "Room 7B", "meet.example.org"):
        assert word not in body
