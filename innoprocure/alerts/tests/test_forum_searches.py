"""Saved searches of the Procurement Forum: saved from the forum's search page, new discussions sent once — and only
to people who may read them: a closed or private group's discussion reaches its members, never anybody else, in the
e-mail, the private feed or "Recently found"."""

import re
from html import unescape
from urllib.parse import urlparse

import feedparser
import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from innoprocure.alerts import matching
from innoprocure.alerts.models import Dispatch, SavedSearch
from innoprocure.alerts.tests.helpers import person, run, saved
from innoprocure.alerts.tests.test_digests import compiled_catalogues  # noqa: F401 - a fixture
from innoprocure.forum import services
from innoprocure.forum.models import GroupKind, MembershipStatus, ThreadKind
from innoprocure.forum.tests.factories import GroupFactory, member, moderator, trusted

pytestmark = pytest.mark.django_db

SECRET = "Our confidential budget of 4.2 million for the zanzibar ventilators"
OPEN_TEXT = "How did you write the ventilator specification? We start the market dialogue in May."


@pytest.fixture(autouse=True)
def _no_lockout_log(settings):
    settings.AXES_ENABLED = False  # force_login's bare request has no client address (PostgreSQL's inet column)


@pytest.fixture
def open_group(db):
    return GroupFactory(name="PCP practitioners", slug="pcp-practitioners")


@pytest.fixture
def private_group(db):
    return GroupFactory(name="Ventilator consortium", slug="ventilator-consortium", kind=GroupKind.PRIVATE)


@pytest.fixture
def closed_group(db):
    return GroupFactory(name="Hospital procurers", slug="hospital-procurers", kind=GroupKind.CLOSED)


@pytest.fixture
def writer(open_group):
    return trusted(member(open_group, first_name="Marta", last_name="Kowal"))


def start(group, user, title, body="A question to the group.", kind=ThreadKind.DISCUSSION):
    return services.start_thread(group, user, title, body, kind=kind)


def feed_titles(client, user, search=None):
    token = user.alert_settings.feed_token
    path = reverse("alerts:feed_search", args=[token, search.pk]) if search else reverse("alerts:feed", args=[token])
    response = client.get(path)
    assert response.status_code == 200
    return response, [entry.title for entry in feedparser.parse(response.content).entries]


def test_the_forum_search_page_saves_its_search_with_every_filter(client, open_group, writer):
    user = person()
    client.force_login(user)
    page = client.get("/forum/search/?q=ventilator&group=pcp-practitioners&type=question&answered=no&page=2")
    assert page.status_code == 200
    link = unescape(re.search(r'href="(/alerts/new/\?kind=forum[^"]+)"', page.content.decode())[1])
    assert "Alert me about new discussions" in page.content.decode()

    form = client.get(link)
    assert form.status_code == 200 and "no-store" in form["Cache-Control"]
    assert "Only discussions you may read when the alert goes are sent" in form.content.decode()
    response = client.post(
        reverse("alerts:new"),
        {"kind": "forum", "query": form.context["query"], "name": "Ventilators", "frequency": "daily", "delivery": "both"},
    )
    assert response.status_code == 302
    search = SavedSearch.objects.get(user=user)
    assert (search.kind, search.query) == ("forum", "q=ventilator&group=pcp-practitioners&type=question&answered=no")
    manage = client.get(reverse("alerts:manage")).content.decode()
    assert "Procurement Forum" in manage
    assert "Search: “ventilator” · Group: pcp-practitioners · Type: question · Questions not answered yet" in manage
    assert 'href="/forum/search/?q=ventilator&amp;group=pcp-practitioners&amp;type=question&amp;answered=no"' in manage


def test_a_forum_search_the_forum_cannot_read_is_refused_and_a_private_group_is_only_its_members(
    client, open_group, private_group
):
    outsider = person()
    client.force_login(outsider)
    for query, reason in (
        ("group=no-such-group", "“no-such-group” is not a group whose discussions you may read."),
        ("group=ventilator-consortium", "“ventilator-consortium” is not a group whose discussions you may read."),
        ("answered=maybe", "“maybe” is neither “yes” (answered) nor “no” (not answered yet)."),
        ("type=poll", "There is no type of discussion “poll”."),
    ):
        response = client.get(reverse("alerts:new"), {"kind": "forum", "query": query})
        assert response.status_code == 400, query
        assert reason in unescape(response.content.decode()), query
    assert not SavedSearch.objects.exists()
    # A private group's name is refused exactly as a group that does not exist: nothing tells that it exists.
    assert matching.clean("forum", "q=budget&page=3&sort=new", user=outsider) == "q=budget"

    insider = member(private_group, person("insider@example.org"))
    assert saved(insider, "group=ventilator-consortium", kind="forum").query == "group=ventilator-consortium"


def test_new_matching_discussions_are_sent_once_with_a_link_and_no_older_ones(open_group, writer):
    start(open_group, writer, "Ventilator tenders of last year")
    user = person()
    saved(user, "q=ventilators", kind="forum", name="Ventilators")
    thread = start(open_group, writer, "Writing a ventilator specification", OPEN_TEXT, kind=ThreadKind.QUESTION)
    start(open_group, writer, "Cleaning robots for hospitals")

    sent = run()

    assert len(sent) == 1
    body = sent[0].body
    assert "== Ventilators (Procurement Forum: Search: “ventilators”)" in body
    assert "Writing a ventilator specification" in body
    assert "Question · PCP practitioners" in body
    assert f"http://127.0.0.1:8000/forum/pcp-practitioners/{thread.pk}/" in body
    assert "Open this search: http://127.0.0.1:8000/forum/search/?q=ventilators" in body
    assert "last year" not in body and "Cleaning robots" not in body
    html = sent[0].alternatives[0].content
    assert f'<a href="http://127.0.0.1:8000/forum/pcp-practitioners/{thread.pk}/">Writing a ventilator specification</a>' in html

    assert run() == [] and run(days=1, minutes=5) == []  # idempotent
    assert Dispatch.objects.get().count == 1


def test_a_private_groups_new_discussion_reaches_its_members_and_nobody_else(client, open_group, private_group, writer):
    insider = member(private_group, person("insider@example.org"))
    outsider = person("outsider@example.org")
    asked = person("asked@example.org")
    member(private_group, asked, status=MembershipStatus.REQUESTED)
    for user in (insider, outsider, asked):
        saved(user, "q=ventilator", kind="forum", frequency="immediate", delivery="both", name="Ventilators")
    secret = start(private_group, member(private_group, first_name="Ida"), "Zanzibar ventilator budget", SECRET)
    public = start(open_group, writer, "Ventilator market dialogue", OPEN_TEXT)

    sent = {message.to[0]: message for message in run()}

    assert set(sent) == {"insider@example.org", "outsider@example.org", "asked@example.org"}
    mine = sent["insider@example.org"]
    assert "Zanzibar ventilator budget" in mine.body and "Ventilator market dialogue" in mine.body
    assert f"/forum/ventilator-consortium/{secret.pk}/" in mine.body
    assert SECRET not in mine.body and SECRET not in mine.alternatives[0].content  # a private group's text stays home
    for address in ("outsider@example.org", "asked@example.org"):
        message = sent[address]
        assert "Ventilator market dialogue" in message.body
        for text in (message.body, message.alternatives[0].content, message.subject):
            assert "Zanzibar" not in text and "ventilator-consortium" not in text and "Ventilator consortium" not in text
        assert message.subject == "1 new item for your saved searches"
    assert mine.subject == "2 new items for your saved searches"
    # What each was sent is recorded apart: the outsiders' record never names the private discussion.
    outsiders = Dispatch.objects.filter(searches__user=outsider).get()
    assert list(outsiders.items.values_list("object_id", flat=True)) == [public.pk]
    assert run(minutes=2) == []

    # The private feeds and "Recently found" say the same.
    client.force_login(outsider)
    assert feed_titles(client, outsider)[1] == ["Ventilator market dialogue"]
    assert "Zanzibar" not in client.get(reverse("alerts:manage")).content.decode()
    client.force_login(insider)
    response, titles = feed_titles(client, insider)
    assert set(titles) == {"Zanzibar ventilator budget", "Ventilator market dialogue"}
    assert SECRET not in response.content.decode()
    assert OPEN_TEXT[:60] in response.content.decode()  # an open group's discussion comes with its start
    assert "Zanzibar ventilator budget" in client.get(reverse("alerts:manage")).content.decode()


def test_a_closed_groups_discussion_reaches_members_and_forum_moderators_only(closed_group):
    group_moderator = moderator(closed_group, first_name="Jonas")
    insider = member(closed_group, person("insider@example.org"))
    outsider = person("outsider@example.org")
    forum_moderator = person("moderator@example.org")
    forum_moderator.user_permissions.add(Permission.objects.get(codename="moderate_forum"))
    suspended = member(closed_group, person("suspended@example.org"), status=MembershipStatus.SUSPENDED)
    for user in (insider, outsider, forum_moderator, suspended):
        saved(user, "", kind="forum", frequency="immediate")
    start(closed_group, group_moderator, "Sterilisation robots: our prices")

    sent = {message.to[0]: message.body for message in run()}

    # A suspended member still reads the group (forum/policy.py), so is told too.
    assert set(sent) == {"insider@example.org", "moderator@example.org", "suspended@example.org"}
    assert all("Sterilisation robots: our prices" in body for body in sent.values())
    assert not outsider.saved_searches.get().dispatches.exists()


def test_membership_is_checked_when_the_digest_goes_not_when_the_discussion_was_started(private_group):
    leaving = member(private_group, person("leaving@example.org"))
    joining = person("joining@example.org")
    for user in (leaving, joining):
        saved(user, "q=ventilator", kind="forum")
    start(private_group, member(private_group, first_name="Ida"), "Ventilator budget", SECRET)
    services.leave(private_group, leaving)
    member(private_group, joining)

    sent = run()

    assert [message.to[0] for message in sent] == ["joining@example.org"]


def test_hidden_discussions_and_those_waiting_for_a_moderator_are_not_sent_until_visible(open_group, writer):
    saved(person(), "q=ventilator", kind="forum")
    hidden = start(open_group, writer, "Ventilator spam offer")
    services.moderate_thread(hidden, moderator(open_group, first_name="Ines"), "hide")
    newcomer = member(open_group, first_name="Neo")
    held = services.start_thread(open_group, newcomer, "Ventilator question of a newcomer", "Waits for review.")
    assert held.posts.get().awaiting_review

    assert run() == []

    services.moderate_post(held.posts.get(), moderator(open_group, first_name="Ines"), "approve")
    sent = run(days=1, minutes=5)
    assert len(sent) == 1
    assert "Ventilator question of a newcomer" in sent[0].body and "spam offer" not in sent[0].body


def test_the_answered_filter_is_read_when_the_digest_goes(open_group, writer):
    saved(person(), "type=question&answered=no", kind="forum", name="Open questions")
    answered = start(open_group, writer, "Who has bought autonomous buses?", kind=ThreadKind.QUESTION)
    reply = services.reply(answered, trusted(member(open_group, first_name="Ola"), open_group), "We did, in 2025.")
    services.accept_answer(answered, reply, writer)
    start(open_group, writer, "Who has bought snow robots?", kind=ThreadKind.QUESTION)
    start(open_group, writer, "Snow robots: a discussion")

    [message] = run()

    assert "Who has bought snow robots?" in message.body
    assert "autonomous buses" not in message.body and "a discussion" not in message.body
    assert "(Procurement Forum: Type: question · Questions not answered yet)" in message.body


def test_weekly_pause_and_one_click_unsubscribe_work_for_forum_searches(client, open_group, writer):
    user = person()
    search = saved(user, "q=ventilator", kind="forum", frequency="weekly")
    start(open_group, writer, "Ventilator week one")
    assert len(run()) == 1
    start(open_group, writer, "Ventilator week two")
    assert run(days=1, minutes=5) == []  # a weekly search waits its week
    [message] = run(days=7, minutes=5)
    assert "Ventilator week two" in message.body and "week one" not in message.body

    path = urlparse(message.extra_headers["List-Unsubscribe"].strip("<>")).path
    client.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    search.refresh_from_db()
    assert search.paused
    start(open_group, writer, "Ventilator week three")
    assert run(days=15) == []


@pytest.mark.usefixtures("compiled_catalogues")
def test_a_forum_alert_is_in_the_recipients_language(open_group, writer):
    saved(person(language="de"), "type=question&answered=no", kind="forum")
    start(open_group, writer, "Wer hat Schneeroboter gekauft?", kind=ThreadKind.QUESTION)
    [message] = run()
    assert message.subject == "1 neues Ergebnis Ihrer gespeicherten Suchen"
    assert "Beschaffungsforum" in message.body and "Noch nicht beantwortete Fragen" in message.body
    assert "Frage · PCP practitioners" in message.body


def test_a_forum_search_is_in_the_data_export_and_goes_with_the_account(open_group):
    from innoprocure.accounts.exports import collect, erase

    user = person()
    saved(user, "q=ventilator&group=pcp-practitioners", kind="forum", name="Ventilators")
    [exported] = collect(user)["alerts"]["saved_searches"]
    assert (exported["listing"], exported["filters"]) == ("forum", "q=ventilator&group=pcp-practitioners")
    erase(user)
    assert not SavedSearch.objects.exists()


def test_checking_each_recipient_costs_the_same_for_two_people_or_twenty(open_group, private_group, closed_group, writer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from innoprocure.alerts import digests

    insider_author = member(private_group, first_name="Ida")
    closed_author = moderator(closed_group, first_name="Jonas")

    def people(start, count):
        for n in range(start, start + count):
            user = person(f"person{n}@example.org")
            if n % 2:
                member(private_group, user)
            if n % 3:
                member(closed_group, user)
            saved(user, "q=ventilator", kind="forum", frequency="immediate")

    def measured(days, label):
        start(open_group, writer, f"Ventilator dialogue {label}")
        start(private_group, insider_author, f"Ventilator plan {label}")
        start(closed_group, closed_author, f"Ventilator prices {label}")
        with CaptureQueriesContext(connection) as captured:
            digests.run(timezone.now() + timezone.timedelta(days=days, minutes=5))
        return len(captured)

    digests.run(timezone.now())  # a first run: from the next on, opportunities' deadlines are compared as well
    people(0, 2)
    few = measured(0, "one")
    people(2, 18)
    many = measured(1, "two")

    assert many == few  # the memberships and the forum moderators of a batch are read in two queries, for everybody
    outsider = SavedSearch.objects.get(user__email="person0@example.org")  # in neither closed nor private group
    assert sorted(dispatch.count for dispatch in outsider.dispatches.all()) == [1, 1]  # the open group's, each run
    both = SavedSearch.objects.get(user__email="person1@example.org")  # in both
    assert sorted(dispatch.count for dispatch in both.dispatches.all()) == [3, 3]
