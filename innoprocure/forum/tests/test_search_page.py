"""The forum's search page (/forum/search/): words and filters over the discussions the reader may read, never a
closed or private group's for anybody outside it, nor a hidden discussion; bad input is a notice, never an error."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.urls import reverse

from innoprocure.forum import services
from innoprocure.forum.models import ForumGroup, MembershipStatus, ThreadKind
from innoprocure.forum.tests.factories import member, moderator, trusted

pytestmark = pytest.mark.django_db

SECRET = "Confidential ventilator budget zanzibar"
URL = "/forum/search/"


@pytest.fixture
def threads(open_group, closed_group, private_group, author):
    insider = member(private_group, first_name="Ida")
    closed_author = moderator(closed_group, first_name="Jonas")
    return {
        "open": services.start_thread(open_group, author, "Ventilator market dialogue", "How did you run it?"),
        "question": services.start_thread(
            open_group, author, "Who bought ventilators together?", "A joint ventilator purchase?", kind=ThreadKind.QUESTION
        ),
        "closed": services.start_thread(closed_group, closed_author, "Ventilator prices we paid", "Members only."),
        "private": services.start_thread(private_group, insider, "Zanzibar ventilator plans", SECRET),
    }


def titles(response):
    assert response.status_code == 200
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())


def test_words_find_the_open_groups_discussions_for_everybody_best_match_first(client, threads):
    response = client.get(URL, {"q": "ventilator"})
    # Both have the word in the title; the question has it in its post too.
    assert titles(response) == ["Who bought ventilators together?", "Ventilator market dialogue"]
    html = response.content.decode()
    assert "2 discussions" in html
    assert "Zanzibar" not in html and "prices we paid" not in html and SECRET not in html
    assert "no-store" not in response.get("Cache-Control", "")  # the same for every visitor: may be cached
    assert titles(client.get(URL, {"q": "ventilator dialogue"})) == ["Ventilator market dialogue"]  # every word


def test_members_find_their_groups_discussions_and_nobody_else_does(client, threads, private_group, closed_group, outsider):
    requested = member(private_group, status=MembershipStatus.REQUESTED)
    for person in (outsider, requested):
        client.force_login(person)
        response = client.get(URL, {"q": "ventilator"})
        html = response.content.decode()
        assert "Zanzibar" not in html and SECRET not in html and "Ventilator prices we paid" not in html
        assert "2 discussions" in html
        assert "Project consortium" not in html  # not even among the groups to choose from
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
        # Asking for the private group by its address tells nothing about it.
        refused = client.get(URL, {"q": "ventilator", "group": private_group.slug}).content.decode()
        assert "“project-consortium” is not a group whose discussions you may read." in refused.replace("&ldquo;", "“")
        assert "Zanzibar" not in refused

    client.force_login(member(private_group))
    response = client.get(URL, {"q": "zanzibar"})
    assert titles(response) == ["Zanzibar ventilator plans"]
    assert titles(client.get(URL, {"group": private_group.slug})) == ["Zanzibar ventilator plans"]
    assert "Ventilator prices we paid" not in client.get(URL, {"q": "ventilator"}).content.decode()

    client.force_login(member(closed_group))
    assert "Ventilator prices we paid" in titles(client.get(URL, {"q": "ventilator"}))


def test_a_forum_moderator_finds_closed_groups_but_not_private_ones(client, threads):
    user = member(ForumGroup.objects.get(slug="pcp-practitioners"))
    user.user_permissions.add(Permission.objects.get(codename="moderate_forum"))
    client.force_login(user)
    found = titles(client.get(URL, {"q": "ventilator"}))
    assert "Ventilator prices we paid" in found and "Zanzibar ventilator plans" not in found


def test_hidden_discussions_are_never_found(client, threads, group_moderator):
    services.moderate_thread(threads["open"], group_moderator, "hide")
    client.force_login(group_moderator)
    assert "Ventilator market dialogue" not in titles(client.get(URL, {"q": "ventilator"}))
    assert "Ventilator market dialogue" not in titles(client.get(URL))


def test_the_type_and_answer_filters(client, threads, open_group, author):
    question = threads["question"]
    assert titles(client.get(URL, {"type": "question"})) == ["Who bought ventilators together?"]
    assert titles(client.get(URL, {"answered": "yes"})) == []
    reply = services.reply(question, trusted(member(open_group, first_name="Ola"), open_group), "We did.")
    services.accept_answer(question, reply, author)
    assert titles(client.get(URL, {"answered": "yes", "q": "ventilators"})) == ["Who bought ventilators together?"]
    assert titles(client.get(URL, {"answered": "no", "q": "ventilators"})) == []
    html = client.get(URL, {"type": "discussion", "group": open_group.slug, "q": "ventilator"}).content.decode()
    assert titles_of(html) == ["Ventilator market dialogue"]
    assert '<option value="pcp-practitioners" selected>PCP practitioners</option>' in html
    assert '<option value="discussion" selected>Discussion</option>' in html


def titles_of(html):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)


def test_without_words_the_latest_activity_comes_first_and_pages_keep_the_filters(client, open_group, author):
    for number in range(27):
        services.start_thread(open_group, author, f"Discussion number {number}", "Text.")
    first = client.get(URL, {"group": open_group.slug})
    assert titles(first)[0] == "Discussion number 26" and len(titles(first)) == 25
    html = first.content.decode()
    assert "?group=pcp-practitioners&amp;page=2" in html
    second = client.get(URL, {"group": open_group.slug, "page": 2})
    assert len(titles(second)) == 2


def test_what_is_not_understood_is_a_notice_and_the_rest_still_searched(client, threads):
    assert client.get(URL, {"q": "ventilator\x00"}).status_code == 400  # refused site-wide (core/junk.py)
    response = client.get(URL, {"q": "ventilator\t " + "x" * 300, "type": "poll", "answered": "maybe", "page": "zz"})
    html = response.content.decode().replace("&ldquo;", "“").replace("&rdquo;", "”")
    assert response.status_code == 200
    assert "Your search was shortened to its first 200 characters." in html
    assert "There is no type of discussion “poll”." in html
    assert "“maybe” is neither “yes” (answered) nor “no” (not answered yet)." in html
    assert client.get(URL, {"q": '"unclosed quote ventilator'}).status_code == 200
    assert client.get(URL, {"q": "the of and"}).status_code == 200


def test_the_page_offers_to_save_the_search_and_is_linked_from_the_forum(client, threads, open_group):
    html = client.get(URL, {"q": "ventilator", "group": open_group.slug}).content.decode()
    link = f"{reverse('alerts:new')}?kind=forum&amp;query=q%3Dventilator%26group%3Dpcp-practitioners"
    assert link in html
    response = client.get(link.replace("&amp;", "&"))  # signed out: sign in first, then back to the form
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
    assert 'href="/forum/search/"' in client.get(reverse("forum:index")).content.decode()
    group_page = client.get(open_group.get_absolute_url()).content.decode()
    assert 'href="/forum/search/?group=pcp-practitioners"' in group_page


def test_search_is_not_a_group_address():
    group = ForumGroup(name="Search", slug="search", summary="A group called search.")
    with pytest.raises(ValidationError):
        group.full_clean()
