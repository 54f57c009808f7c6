"""Private content never leaks: not in pages, search, the sitemap, the API, notifications or e-mails."""

import pytest
from django.core import mail
from django.urls import reverse

from innoprocure.core.tests.sitemaps import sitemap_xml
from innoprocure.forum import services
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


def test_site_search_never_shows_private_threads(client, private_group, secret_thread, outsider):
    """The site-wide index is the same for everybody: private discussions stay out of it, members included."""
    for person in (None, outsider, member(private_group)):
        if person is not None:
            client.force_login(person)
        assert "Zanzibar plans" not in client.get(reverse("site_search"), {"q": "zanzibar"}).content.decode()


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
    groups = [group["slug"] for group in client.get("/api/v1/forum/groups").json()]
    assert groups == ["pcp-practitioners"] or open_group.slug in groups and private_group.slug not in groups


def test_mentioning_an_outsider_in_a_private_group_tells_them_nothing(
    private_group, outsider, django_capture_on_commit_callbacks
):
    insider = member(private_group)
    services.profile_of(outsider)
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
