"""Saved searches of Stories and of challenges, following a challenge (reminders before its Q&A and response
deadlines) and the personal calendar of followed items."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from innoprocure.alerts import matching, reminders
from innoprocure.alerts.models import FollowKind
from innoprocure.alerts.tests.helpers import person, run, saved
from innoprocure.alerts.tests.test_digests import compiled_catalogues  # noqa: F401 - a fixture
from innoprocure.challenges.models import ChallengeStatus, OrganisationKind, Response
from innoprocure.challenges.tests.conftest import make_challenge, member_of, organisation
from innoprocure.guidance.tests.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db

SECRET = "Our confidential cobalt-free sensor fusion"


@pytest.fixture
def story_index(home_page):
    return StoryIndexPageFactory(parent=home_page, slug="stories", title="Stories")


@pytest.fixture(autouse=True)
def _opportunities_index(db):
    from innoprocure.opportunities.tests.factories import opportunities_index

    return opportunities_index()


@pytest.fixture
def buyer_org(db):
    return organisation(OrganisationKind.BUYER, "City of Exampleburg", email_domain="exampleburg.example")


def test_a_new_story_in_the_saved_category_is_sent_once(story_index):
    StoryPageFactory(
        parent=story_index, title="Older policy story", category="policy", first_published_at=timezone.now() - timedelta(days=3)
    )
    saved(person(), "category=policy", kind="stories", name="Policy stories")
    StoryPageFactory(parent=story_index, title="New procurement directive explained", category="policy")
    StoryPageFactory(parent=story_index, title="A project story", category="projects")

    sent = run()

    assert len(sent) == 1
    body = sent[0].body
    assert "== Policy stories (Stories: Category: policy)" in body
    assert "New procurement directive explained" in body
    assert "http://127.0.0.1:8000/stories/new-procurement-directive-explained/" in body
    assert "Older policy story" not in body and "A project story" not in body
    assert "Open this search: http://127.0.0.1:8000/stories/?category=policy" in body
    assert run() == [] and run(days=1, minutes=5) == []


def test_a_story_filter_the_listing_would_ignore_is_refused(story_index):
    with pytest.raises(matching.SearchProblem):
        saved(person(), "category=gossip", kind="stories")
    assert matching.clean("stories", "category=policy&page=3&sort=x") == "category=policy"


def test_the_stories_listing_offers_to_save_its_search(client, story_index):
    StoryPageFactory(parent=story_index, title="Any story", category="funding")
    html = client.get("/stories/?category=funding").content.decode()
    assert f"{reverse('alerts:new')}?kind=stories&amp;query=category%3Dfunding" in html


@pytest.mark.usefixtures("compiled_catalogues")
def test_a_story_alert_is_in_the_recipients_language(story_index):
    saved(person(language="de"), "category=policy", kind="stories")
    StoryPageFactory(parent=story_index, title="Neue Richtlinie", category="policy")
    sent = run()
    assert sent[0].subject == "1 neues Ergebnis Ihrer gespeicherten Suchen"
    assert "Politik" in sent[0].body  # the category, in German


def test_a_challenge_alert_finds_newly_published_challenges_and_nothing_confidential(client, buyer_org):
    user = person()
    client.force_login(user)
    html = client.get(reverse("challenges:index")).content.decode()
    link = f"{reverse('alerts:new')}?kind=opportunities&amp;query=type%3Dchallenge"
    assert link in html and "Alert me about new challenges" in html
    saved(user, "type=challenge", name="Challenges")
    draft = make_challenge(buyer_org, status=ChallengeStatus.DRAFT, title="Draft challenge", slug="draft-challenge")
    live = make_challenge(buyer_org, title="Quiet street cleaning", slug="quiet-street-cleaning")
    supplier = member_of(organisation(OrganisationKind.SUPPLIER, "Sensorik Start", country="AT"), email="s@sensorik.example")
    Response.objects.create(
        challenge=live, organisation=supplier.challenge_membership.organisation, submitted_by=supplier, summary=SECRET, trl=5
    )

    sent = run()

    assert len(sent) == 1
    body, html = sent[0].body, sent[0].alternatives[0].content
    assert "Quiet street cleaning" in body and "Innovation challenge" in body
    assert draft.title not in body
    assert SECRET not in body and SECRET not in html
    assert run(minutes=2) == []


def test_following_a_challenge_reminds_before_the_questions_and_then_the_responses_deadline(buyer_org):
    user = person()
    challenge = make_challenge(buyer_org, days=30)  # questions close in 20 days, responses in 30
    reminders.follow(user, FollowKind.CHALLENGE, challenge)

    assert run() == []
    sent = run(days=13, minutes=5)  # 7 days before the questions deadline
    assert len(sent) == 1
    assert "Questions close within 7 days" in sent[0].body
    assert "http://127.0.0.1:8000/challenges/quiet-night-time-street-cleaning/" in sent[0].body
    assert run(days=14) == []
    assert "Questions close within 1 day" in run(days=19, minutes=5)[0].body
    assert "Responses are due within 7 days" in run(days=23, minutes=5)[0].body
    assert "Responses are due within 1 day" in run(days=29, minutes=5)[0].body
    assert run(days=29, minutes=30) == []


def test_a_moved_response_deadline_of_a_followed_challenge_is_told_once(buyer_org):
    user = person()
    challenge = make_challenge(buyer_org, days=40)
    reminders.follow(user, FollowKind.CHALLENGE, challenge)
    challenge.response_deadline += timedelta(days=10)
    challenge.save()
    sent = run()
    assert len(sent) == 1 and sent[0].subject == f"New deadline: {challenge.title}"
    assert run(minutes=2) == []


def test_the_follow_button_is_on_an_open_challenge_and_follows_it(client, buyer_org):
    challenge = make_challenge(buyer_org)
    user = person()
    client.force_login(user)
    html = client.get(challenge.get_absolute_url()).content.decode()
    assert 'name="kind" value="challenge"' in html
    response = client.post(reverse("alerts:follow"), {"kind": "challenge", "id": challenge.pk})
    assert response.status_code == 302
    assert reminders.is_following(user, FollowKind.CHALLENGE, challenge.pk)
    draft = make_challenge(buyer_org, status=ChallengeStatus.DRAFT, title="Draft", slug="draft")
    assert client.post(reverse("alerts:follow"), {"kind": "challenge", "id": draft.pk}).status_code == 400


def test_the_personal_calendar_has_the_dates_of_what_one_follows(client, buyer_org):
    from icalendar import Calendar

    from innoprocure.alerts import mail
    from innoprocure.events.tests.factories import EventPageFactory
    from innoprocure.opportunities.tests.factories import OpportunityFactory

    user = person()
    challenge = make_challenge(buyer_org)
    opportunity = OpportunityFactory(title="Autonomous ferries", deadline=timezone.now() + timedelta(days=12))
    event = EventPageFactory(title="Market dialogue day")
    for kind, item in ((FollowKind.CHALLENGE, challenge), (FollowKind.OPPORTUNITY, opportunity), (FollowKind.EVENT, event)):
        reminders.follow(user, kind, item)
    other = make_challenge(buyer_org, title="Not followed", slug="not-followed")
    token = mail.settings_of(user).feed_token

    response = client.get(reverse("alerts:calendar", args=[token]))

    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    assert "no-store" in response["Cache-Control"]
    calendar = Calendar.from_ical(response.content)
    summaries = {str(component["summary"]): component for component in calendar.walk("VEVENT")}
    assert set(summaries) == {
        f"Questions close: {challenge.title}",
        f"Responses due: {challenge.title}",
        "Deadline: Autonomous ferries",
        "Market dialogue day",
    }
    assert summaries[f"Responses due: {challenge.title}"].decoded("dtstart") == challenge.response_deadline.replace(microsecond=0)
    assert other.title not in response.content.decode()
    assert client.get(reverse("alerts:calendar", args=["not-a-key"])).status_code == 404
