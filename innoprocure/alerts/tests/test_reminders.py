"""Followed opportunities and events: reminders N days before, once each; a notice when a deadline moves."""

from datetime import timedelta

import pytest
from django.utils import timezone

from innoprocure.alerts import reminders, services
from innoprocure.alerts.models import FollowKind
from innoprocure.alerts.tests.helpers import person, run
from innoprocure.events.tests.factories import EventPageFactory
from innoprocure.opportunities.tests.factories import OpportunityFactory, opportunities_index

pytestmark = pytest.mark.django_db


def test_reminders_seven_and_one_day_before_the_deadline_each_once():
    opportunities_index()
    user = person()
    opportunity = OpportunityFactory(title="Autonomous ferries", deadline=timezone.now() + timedelta(days=10))
    reminders.follow(user, FollowKind.OPPORTUNITY, opportunity)

    assert run() == []
    sent = run(days=3, minutes=5)  # 7 days before
    assert len(sent) == 1
    assert sent[0].subject == "Reminder: Autonomous ferries"
    assert "Deadline within 7 days" in sent[0].body
    assert "http://127.0.0.1:8000/opportunities/autonomous-ferries/" in sent[0].body
    assert run(days=4) == []
    sent = run(days=9, minutes=5)
    assert len(sent) == 1 and "Deadline within 1 day" in sent[0].body
    assert run(days=9, minutes=30) == []
    assert run(days=11) == []  # past the deadline


def test_following_late_gets_only_the_nearest_reminder_and_days_are_the_persons_choice():
    opportunities_index()
    user = person()
    preference = services.mail.settings_of(user)
    preference.reminder_days = "3"
    preference.save()
    opportunity = OpportunityFactory(deadline=timezone.now() + timedelta(days=2))
    reminders.follow(user, FollowKind.OPPORTUNITY, opportunity)
    sent = run()
    assert len(sent) == 1 and "Deadline within 3 days" in sent[0].body
    assert run(days=1, minutes=10) == []  # no 1-day reminder: not chosen


def test_a_moved_deadline_is_told_and_its_reminders_are_due_again():
    opportunities_index()
    user = person()
    opportunity = OpportunityFactory(title="Smart meters", deadline=timezone.now() + timedelta(days=6, hours=12))
    reminders.follow(user, FollowKind.OPPORTUNITY, opportunity)
    assert len(run()) == 1  # the 7-day reminder
    opportunity.deadline = timezone.now() + timedelta(days=20)
    opportunity.save()
    sent = run(minutes=2)
    assert len(sent) == 1
    assert sent[0].subject == "New deadline: Smart meters"
    assert "The deadline has changed" in sent[0].body
    assert run(minutes=3) == []
    assert "Deadline within 7 days" in run(days=13, minutes=5)[0].body


def test_event_reminder_before_the_start_and_none_when_reminders_are_off():
    user = person()
    event = EventPageFactory(title="PCP webinar", start=timezone.now() + timedelta(days=5))
    reminders.follow(user, FollowKind.EVENT, event)
    sent = run()
    assert len(sent) == 1 and "Starts within 7 days" in sent[0].body

    other = person("other@example.org")
    preference = services.mail.settings_of(other)
    preference.reminders = False
    preference.save()
    reminders.follow(other, FollowKind.EVENT, event)
    assert run(days=4, minutes=5)[0].to == ["practitioner@example.org"]  # the 1-day one, to the first only
