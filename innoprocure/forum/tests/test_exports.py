"""The forum in a person's data export, and what deleting the account leaves behind."""

import pytest
from django.urls import reverse

from innoprocure.accounts import exports as account_exports
from innoprocure.accounts.tests.factories import PASSWORD
from innoprocure.forum import services
from innoprocure.forum.models import ForumProfile, Membership, Post, Reaction
from innoprocure.forum.tests.factories import member, trusted

pytestmark = pytest.mark.django_db


def test_export_has_posts_reactions_and_memberships(open_group, author):
    thread = services.start_thread(open_group, author, "Exported", "My words.")
    reader = member(open_group)
    services.toggle_helpful(thread.posts.get(), reader)
    data = account_exports.collect(author)["forum"]
    assert "My words." in [post["text"] for post in data["posts"]]
    assert data["memberships"][0]["group"] == "PCP practitioners"
    assert data["profile"]["handle"] == author.forum_profile.handle
    assert account_exports.collect(reader)["forum"]["helpful_marks"][0]["discussion"] == "Exported"


def test_deleting_the_account_anonymises_posts_and_removes_the_profile(client, open_group, author):
    thread = services.start_thread(open_group, author, "Stays readable", "Useful advice.")
    fan = trusted(member(open_group))
    other = services.start_thread(open_group, fan, "Fan's thread", "Question")
    services.toggle_helpful(other.posts.get(), author)
    client.force_login(author)
    response = client.post(reverse("account_delete"), {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    post = Post.objects.get(thread=thread, number=1)
    assert post.author is None and post.body == "Useful advice."
    assert not ForumProfile.objects.filter(handle="marta-kowal").exists()
    assert not Membership.objects.filter(user_id=author.pk).exists()
    assert not Reaction.objects.filter(user_id=author.pk).exists()
    assert Post.objects.get(thread=other, number=1).helpful_count == 0
    client.logout()
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "deleted member" in page and "Marta" not in page
