"""Discussions as members see them: starting, replying, quoting, mentions, Markdown, attachments, helpful marks,
accepted answers, edit history, drafts."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from innoprocure.forum import services
from innoprocure.forum.models import Draft, ForumProfile, Notification, NotificationKind, Post, PostRevision
from innoprocure.forum.tests.factories import member, trusted

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_a_member_starts_a_discussion_and_others_read_it(client, open_group, author):
    client.force_login(author)
    response = client.post(
        reverse("forum:new_thread", args=[open_group.slug]),
        {
            "title": "Market dialogue before a PCP",
            "kind": "question",
            "body": "How long did your **open market consultation** last?",
        },
    )
    thread = open_group.threads.get(title="Market dialogue before a PCP")
    assert response.status_code == 302
    assert response["Cache-Control"] == "no-store, private" or "no-store" in response["Cache-Control"]
    client.logout()
    page = client.get(thread.get_absolute_url())
    assert page.status_code == 200
    assert "<strong>open market consultation</strong>" in page.content.decode()


def test_reply_with_mention_notifies_the_person_mentioned_once(open_group, author, django_capture_on_commit_callbacks):
    thread = services.start_thread(open_group, author, "Tender templates", "Who has a good template?")
    colleague = trusted(member(open_group, first_name="Jan", last_name="Peeters"))
    handle = colleague.forum_profile.handle
    ForumProfile.objects.filter(user=colleague).update(visible=True)  # listed, so the mention links to the profile
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(thread, author, f"@{handle} shared one last year, I think.")
    mention = Notification.objects.get(user=colleague)
    assert mention.kind == NotificationKind.MENTION
    assert "mentioned you" in str(mention.describe())
    assert [message.to for message in mail.outbox] == [[colleague.email]]
    post = thread.posts.get(number=2)
    assert f'href="/forum/members/{handle}/"' in post.body_html


def test_markdown_is_sanitised(open_group, author):
    thread = services.start_thread(
        open_group, author, "Links", '<script>alert(1)</script> [click](javascript:alert(1)) <b onclick="x">hi</b>'
    )
    html = thread.posts.get().body_html
    assert "<script" not in html and "&lt;script&gt;" in html  # shown as text, never run
    assert 'href="javascript' not in html
    assert "<b onclick" not in html


def test_quote_prefills_the_reply(client, open_group, author):
    thread = services.start_thread(open_group, author, "Quoting", "The first line of the question.")
    client.force_login(author)
    page = client.get(thread.get_absolute_url() + "?quote=1")
    assert "&gt; The first line of the question." in page.content.decode()


def test_attachment_checked_by_content_and_downloaded_by_members_only(client, closed_group):
    writer = trusted(member(closed_group), closed_group)
    fake = SimpleUploadedFile("minutes.pdf", b"<html><script>alert(1)</script></html>", content_type="application/pdf")
    client.force_login(writer)
    url = reverse("forum:new_thread", args=[closed_group.slug])
    response = client.post(url, {"title": "Minutes", "kind": "discussion", "body": "See the minutes.", "attachments": [fake]})
    assert response.status_code == 400
    assert "a web page" in response.content.decode()
    # Nothing typed is lost: the form shows it again and a draft is kept on the server.
    assert "See the minutes." in response.content.decode()
    assert Draft.objects.get(user=writer, group=closed_group).title == "Minutes"
    real = SimpleUploadedFile("minutes.pdf", PDF, content_type="application/pdf")
    response = client.post(url, {"title": "Minutes", "kind": "discussion", "body": "See the minutes.", "attachments": [real]})
    assert response.status_code == 302
    attachment = Post.objects.get(thread__title="Minutes").attachments.get()
    assert not Draft.objects.filter(user=writer, group=closed_group).exists()
    assert "minutes.pdf" in client.get(closed_group.get_absolute_url()).content.decode()  # the group's documents
    download = client.get(attachment.get_absolute_url())
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    client.force_login(member(closed_group, status="requested"))
    assert client.get(attachment.get_absolute_url()).status_code == 404


def test_reply_draft_is_kept_when_the_reply_is_refused(client, open_group, author):
    thread = services.start_thread(open_group, author, "Drafts", "Opening.")
    client.force_login(author)
    response = client.post(reverse("forum:reply", args=[open_group.slug, thread.pk]), {"body": "   "})
    assert response.status_code == 400
    response = client.post(
        reverse("forum:reply", args=[open_group.slug, thread.pk]),
        {"body": "Half-written thoughts", "attachments": [SimpleUploadedFile("a.exe", b"MZ\x90\x00" + b"\x00" * 64)]},
    )
    assert response.status_code == 400
    assert Draft.objects.get(user=author, thread=thread).body == "Half-written thoughts"
    page = client.get(thread.get_absolute_url())
    assert "Half-written thoughts" in page.content.decode()


def test_accepted_answer_is_shown_first(client, open_group, author):
    thread = services.start_thread(open_group, author, "Which CPV code?", "For robots in hospitals?", kind="question")
    helper = trusted(member(open_group, first_name="Lea", last_name="Roth"))
    services.reply(thread, helper, "First answer: not quite.")
    best = services.reply(thread, helper, "Second answer: the right one.")
    services.accept_answer(thread, best, author)
    html = client.get(thread.get_absolute_url()).content.decode()
    assert html.index("Second answer: the right one.") < html.index("First answer: not quite.")
    assert Notification.objects.filter(user=helper, kind=NotificationKind.ACCEPTED).exists()


def test_helpful_counts_once_per_person(client, open_group, author):
    thread = services.start_thread(open_group, author, "Helpful", "A useful post.")
    reader = member(open_group)
    client.force_login(reader)
    post = thread.posts.get()
    client.post(reverse("forum:helpful", args=[post.pk]))
    post.refresh_from_db()
    assert post.helpful_count == 1
    client.post(reverse("forum:helpful", args=[post.pk]))
    post.refresh_from_db()
    assert post.helpful_count == 0
    client.force_login(author)  # nobody marks their own post
    client.post(reverse("forum:helpful", args=[post.pk]))
    post.refresh_from_db()
    assert post.helpful_count == 0


def test_edit_history_is_for_moderators(client, open_group, author, group_moderator):
    thread = services.start_thread(open_group, author, "Edits", "Version one.")
    post = thread.posts.get()
    client.force_login(author)
    client.post(reverse("forum:edit_post", args=[post.pk]), {"body": "Version two."})
    post.refresh_from_db()
    assert post.body == "Version two." and post.edited_at
    assert PostRevision.objects.get(post=post).body == "Version one."
    assert client.get(reverse("forum:post_history", args=[post.pk])).status_code == 403
    client.force_login(group_moderator)
    history = client.get(reverse("forum:post_history", args=[post.pk]))
    assert "Version one." in history.content.decode()


def test_thread_page_queries_are_bounded(client, open_group, author, django_assert_max_num_queries):
    thread = services.start_thread(open_group, author, "Busy", "Many replies.")
    others = [trusted(member(open_group)) for _ in range(3)]
    for index in range(30):
        services.reply(thread, others[index % 3], f"Reply {index} to @{author.forum_profile.handle}")
    client.force_login(others[0])
    with django_assert_max_num_queries(25):
        response = client.get(thread.get_absolute_url())
    assert response.status_code == 200
    assert response.content.decode().count('<article class="forum-post') == 31
