"""Closed and private forum groups' discussions in site search: their members find them, nobody else does, and
the anonymous page cache never hands a member's results to anybody."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from innoprocure.accounts.tests.factories import UserFactory
from innoprocure.forum import services
from innoprocure.forum.models import GroupKind, Membership
from innoprocure.forum.tests.factories import GroupFactory, member, trusted
from innoprocure.search.tests.test_site_search import text_of

pytestmark = pytest.mark.django_db

SECRET_TITLE = "Zanzibar plans"


@pytest.fixture(autouse=True)
def _no_lockout_log(settings):
    # force_login's bare request has no client address, which PostgreSQL's inet column of django-axes refuses.
    settings.AXES_ENABLED = False


@pytest.fixture
def private_group(db):
    return GroupFactory(name="Project consortium", slug="project-consortium", kind=GroupKind.PRIVATE)


@pytest.fixture
def insider(private_group):
    return member(private_group, first_name="Ida", last_name="Inside")


@pytest.fixture
def secret_thread(private_group, insider):
    return services.start_thread(private_group, insider, SECRET_TITLE, "Confidential budget figure for the zanzibar pilot.")


def search(client, q="zanzibar", **params):
    return text_of(client.get(reverse("site_search"), {"q": q, **params}))


def test_members_find_their_private_groups_discussions_and_nobody_else_does(client, private_group, insider, secret_thread):
    other_group = GroupFactory(name="Other consortium", slug="other-consortium", kind=GroupKind.PRIVATE)
    strangers = [
        None,
        UserFactory(),
        member(private_group, status="requested"),
        member(other_group),
    ]
    for person in strangers:
        client.logout()
        if person is not None:
            client.force_login(person)
        text = search(client)
        assert SECRET_TITLE not in text, person
        assert SECRET_TITLE not in search(client, section="forum"), person
    client.force_login(insider)
    text = search(client)
    assert SECRET_TITLE in text
    assert "Procurement Forum (1)" in text
    assert SECRET_TITLE in search(client, section="forum")


def test_a_member_who_leaves_no_longer_finds_them(client, private_group, insider, secret_thread):
    client.force_login(insider)
    assert SECRET_TITLE in search(client)
    Membership.objects.filter(group=private_group, user=insider).delete()
    assert SECRET_TITLE not in search(client)


def test_closed_groups_discussions_are_found_by_their_members_and_forum_moderators(client):
    closed = GroupFactory(name="Hospital procurers", slug="hospital-procurers", kind=GroupKind.CLOSED)
    insider = trusted(member(closed), closed)
    services.start_thread(closed, insider, "Quarry tender circle", "Members talk about the quarry.")
    assert "Quarry tender circle" not in search(client, "quarry")
    client.force_login(UserFactory())
    assert "Quarry tender circle" not in search(client, "quarry")
    moderator = UserFactory()
    moderator.user_permissions.add(Permission.objects.get(codename="moderate_forum"))
    client.force_login(moderator)
    assert "Quarry tender circle" in search(client, "quarry")
    client.force_login(insider)
    assert "Quarry tender circle" in search(client, "quarry")


def test_an_open_group_made_private_leaves_everybody_elses_results_at_once(client):
    group = GroupFactory(name="Lighting buyers", slug="lighting-buyers")
    author = trusted(member(group), group)
    services.start_thread(group, author, "Streetlight pilots compared", "Which luminaires did you buy?")
    assert "Streetlight pilots compared" in search(client, "streetlight")
    group.kind = GroupKind.PRIVATE
    group.save()
    assert "Streetlight pilots compared" not in search(client, "streetlight")
    client.force_login(author)
    assert "Streetlight pilots compared" in search(client, "streetlight")


def test_words_only_private_discussions_hold_are_never_suggested(client, secret_thread):
    text = search(client, "zanzibr")
    assert "zanzibar" not in text.casefold()


def test_the_anonymous_page_cache_never_serves_a_members_results(client, settings, insider, secret_thread):
    settings.PAGE_CACHE = {**settings.PAGE_CACHE, "ENABLED": True}
    url = reverse("site_search") + "?q=zanzibar"
    # A member searches first: their page is not stored, so the next anonymous visitor gets a page of their own.
    client.force_login(insider)
    response = client.get(url)
    assert SECRET_TITLE in response.content.decode()
    assert "X-Page-Cache" not in response
    client.logout()
    for _ in range(2):
        response = client.get(url)
        assert SECRET_TITLE not in response.content.decode()
    assert response["X-Page-Cache"] == "hit"
    # And a cached anonymous page is never what a member gets.
    client.force_login(insider)
    response = client.get(url)
    assert "X-Page-Cache" not in response
    assert SECRET_TITLE in response.content.decode()
