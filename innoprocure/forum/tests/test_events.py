"""A group's own events: scheduled by its moderators, seen where its discussions are, notified, in calendars."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from innoprocure.audit.models import AuditEvent
from innoprocure.forum import exports, group_events, services
from innoprocure.forum.models import EventAttendance, GroupEvent, Notification, NotificationKind
from innoprocure.forum.tests.factories import member, moderator

pytestmark = pytest.mark.django_db


def _data(**overrides):
    starts = (timezone.now() + timedelta(days=10)).replace(minute=0, second=0, microsecond=0)
    data = {
        "title": "Market dialogue on quiet road surfaces",
        "starts_at": starts,
        "ends_at": starts + timedelta(hours=2),
        "time_zone": "Europe/Lisbon",
        "event_format": "hybrid",
        "location": "City hall, room 3",
        "online_url": "https://meet.example.org/road-surfaces",
        "description": "We hear **three** suppliers.",
    }
    return data | overrides


def _event(group, **overrides):
    organiser = group.memberships.filter(role="moderator").first()
    user = organiser.user if organiser else moderator(group)
    return group_events.schedule(group, user, _data(**overrides))


def _form(**overrides):
    values = {
        "title": "Market dialogue on quiet road surfaces",
        "starts_at": "2031-03-12T14:00",
        "ends_at": "2031-03-12T15:30",
        "time_zone": "Europe/Athens",
        "event_format": "online",
        "location": "",
        "online_url": "https://meet.example.org/quiet-roads",
        "description": "Bring your *questions*.",
    }
    return values | overrides


def test_a_moderator_schedules_an_event_in_its_own_time_zone_and_the_members_hear_of_it(
    client, open_group, group_moderator, django_capture_on_commit_callbacks
):
    colleague, muted = member(open_group), member(open_group)
    services.follow(muted, "mute", group=open_group)
    client.force_login(group_moderator)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("forum:new_event", args=[open_group.slug]), _form())
    event = GroupEvent.objects.get()
    assert response.status_code == 302 and response["Location"] == event.get_absolute_url()
    # 14:00 in Athens (UTC+2 in March) is 12:00 UTC, whatever zone the moderator's browser is in.
    assert event.starts_at == datetime(2031, 3, 12, 12, 0, tzinfo=UTC)
    assert event.description_html == "<p>Bring your <em>questions</em>.</p>\n"
    assert AuditEvent.objects.filter(action="forum.event.scheduled", actor=group_moderator).exists()
    assert list(Notification.objects.filter(kind=NotificationKind.EVENT).values_list("user", flat=True)) == [colleague.pk]
    assert [message.to for message in mail.outbox] == [[colleague.email]]
    assert "12 March 2031, 14:00–15:30 (Europe/Athens)" in mail.outbox[0].body
    assert "member of this group or take part in the event" in mail.outbox[0].body

    page = client.get(event.get_absolute_url()).content.decode()
    assert "12 March 2031, 14:00–15:30 (Europe/Athens)" in page
    assert "https://meet.example.org/quiet-roads" in page
    assert "<p>Bring your <em>questions</em>.</p>" in page  # the sanitised Markdown, not its escaped HTML
    assert "Market dialogue on quiet road surfaces" in client.get(open_group.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"ends_at": "2031-03-12T13:00"}, "ends_at", "The event must end after it starts."),
        ({"online_url": ""}, "online_url", "Give the link to join online."),
        ({"event_format": "physical", "online_url": ""}, "location", "Say where the event takes place."),
        ({"time_zone": "Mars/Olympus"}, "time_zone", "Select a valid choice."),
        ({"starts_at": "next Tuesday"}, "starts_at", "Enter a valid date/time."),
    ],
)
def test_bad_event_input_is_a_form_error(client, open_group, group_moderator, change, field, message):
    client.force_login(group_moderator)
    response = client.post(reverse("forum:new_event", args=[open_group.slug]), _form(**change))
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert not GroupEvent.objects.exists()


def test_only_the_groups_moderators_schedule_change_and_cancel(client, open_group, author):
    event = _event(open_group)
    client.force_login(author)
    assert client.get(reverse("forum:new_event", args=[open_group.slug])).status_code == 403
    assert client.post(reverse("forum:new_event", args=[open_group.slug]), _form()).status_code == 403
    assert client.post(reverse("forum:edit_event", args=[open_group.slug, event.pk]), _form(title="Mine")).status_code == 403
    assert client.post(reverse("forum:cancel_event", args=[open_group.slug, event.pk])).status_code == 403
    event.refresh_from_db()
    assert event.title == "Market dialogue on quiet road surfaces" and not event.cancelled
    assert "Schedule an event" not in client.get(reverse("forum:events", args=[open_group.slug])).content.decode()


def test_taking_part_then_a_change_of_time_and_the_cancellation_reach_the_people_taking_part(
    client, open_group, group_moderator, outsider
):
    event = _event(open_group)
    client.force_login(outsider)
    client.post(reverse("forum:attend", args=[open_group.slug, event.pk]))
    assert EventAttendance.objects.filter(event=event, user=outsider).exists()
    assert open_group.memberships.filter(user=outsider, status="active").exists()  # taking part joins an open group
    assert "Olaf Berg" in client.get(event.get_absolute_url()).content.decode()

    client.force_login(group_moderator)
    later = _form(starts_at="2031-03-13T14:00", ends_at="2031-03-13T15:00", time_zone="Europe/Lisbon")
    client.post(reverse("forum:edit_event", args=[open_group.slug, event.pk]), later)
    assert Notification.objects.filter(user=outsider, kind=NotificationKind.EVENT_CHANGED, event=event).count() == 1
    client.post(reverse("forum:edit_event", args=[open_group.slug, event.pk]), later | {"description": "Typo fixed"})
    assert Notification.objects.filter(user=outsider, kind=NotificationKind.EVENT_CHANGED).count() == 1  # not for a typo
    client.post(reverse("forum:cancel_event", args=[open_group.slug, event.pk]), {"reason": "Speaker ill"})
    event.refresh_from_db()
    assert event.cancelled
    assert Notification.objects.filter(user=outsider, kind=NotificationKind.EVENT_CANCELLED).count() == 1
    audit = AuditEvent.objects.get(action="forum.event.cancelled")
    assert audit.details["reason"] == "Speaker ill"
    changes = AuditEvent.objects.filter(action="forum.event.changed").order_by("pk")
    assert {"starts_at", "ends_at"} <= set(changes[0].details["fields"])
    assert changes[1].details["fields"] == ["description"]

    client.force_login(outsider)
    page = client.get(event.get_absolute_url()).content.decode()
    assert "This event is cancelled." in page and "I will take part" not in page
    assert client.post(reverse("forum:attend", args=[open_group.slug, event.pk])).status_code == 403


def test_taking_part_twice_takes_it_back(client, open_group, author):
    event = _event(open_group)
    client.force_login(author)
    url = reverse("forum:attend", args=[open_group.slug, event.pk])
    client.post(url)
    assert "You take part." in client.get(event.get_absolute_url()).content.decode()
    client.post(url)
    assert not EventAttendance.objects.exists()


def test_past_events_are_listed_apart_and_take_nobody_new(client, open_group, author):
    then = timezone.now() - timedelta(days=30)
    past = _event(open_group, title="Last year's kick-off", starts_at=then, ends_at=then + timedelta(hours=1))
    _event(open_group, title="Next workshop")
    page = client.get(reverse("forum:events", args=[open_group.slug]))
    assert [event.title for event in page.context["upcoming"]] == ["Next workshop"]
    assert [event.title for event in page.context["past"]] == ["Last year's kick-off"]
    assert "Last year's kick-off" not in client.get(open_group.get_absolute_url()).content.decode()
    client.force_login(author)
    assert client.post(reverse("forum:attend", args=[open_group.slug, past.pk])).status_code == 403


def test_an_event_goes_into_a_calendar_in_its_own_zone(client, open_group):
    event = _event(open_group)
    response = client.get(reverse("forum:event_calendar", args=[open_group.slug, event.pk]))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    component = Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert str(component["summary"]) == event.title
    assert component["dtstart"].params["TZID"] == "Europe/Lisbon"
    assert component["dtstart"].dt == event.starts_at
    assert str(component["location"]) == "City hall, room 3"
    assert "https://meet.example.org/road-surfaces" in str(component["description"])
    feed = Calendar.from_ical(client.get(reverse("forum:group_calendar", args=[open_group.slug])).content)
    assert [str(item["summary"]) for item in feed.walk("VEVENT")] == [event.title]


def test_events_of_closed_and_private_groups_stay_inside(client, closed_group, private_group, outsider):
    closed_event = _event(closed_group, title="Round table on robots", location="Secret room 7")
    private_event = _event(private_group, title="Consortium budget call", online_url="https://meet.example.org/secret")
    urls = []
    for group, event in ((closed_group, closed_event), (private_group, private_event)):
        urls += [
            reverse("forum:events", args=[group.slug]),
            event.get_absolute_url(),
            reverse("forum:event_calendar", args=[group.slug, event.pk]),
            reverse("forum:group_calendar", args=[group.slug]),
        ]
    for person in (None, outsider, member(closed_group, status="requested")):
        if person is not None:
            client.force_login(person)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 404, (person, url)
        assert client.post(reverse("forum:attend", args=[private_group.slug, private_event.pk])).status_code in (302, 404)
        page = client.get(closed_group.get_absolute_url()).content.decode()
        assert "Round table on robots" not in page and "Secret room 7" not in page
    assert not EventAttendance.objects.exists()

    insider = member(private_group)
    client.force_login(insider)
    assert "https://meet.example.org/secret" in client.get(private_event.get_absolute_url()).content.decode()
    assert client.get(reverse("forum:group_calendar", args=[private_group.slug])).status_code == 404  # no public feed


def test_e_mails_about_a_private_groups_event_say_neither_where_nor_how_to_join(
    private_group, django_capture_on_commit_callbacks
):
    insider = member(private_group)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        event = _event(private_group, location="Secret room 7", online_url="https://meet.example.org/secret")
    assert [message.to for message in mail.outbox] == [[insider.email]]
    body = mail.outbox[0].body
    assert "Secret room 7" not in body and "meet.example.org" not in body and "We hear" not in body
    assert event.get_absolute_url() in body


def test_taking_part_is_in_the_data_export_and_goes_with_the_account(open_group, author):
    event = _event(open_group)
    group_events.toggle_attendance(event, author)
    data = exports.export(author)
    assert [item["event"] for item in data["events_taking_part"]] == ["Market dialogue on quiet road surfaces"]
    organiser = event.created_by
    assert [item["event"] for item in exports.export(organiser)["events_scheduled"]] == [event.title]
    exports.erase(author)
    author.delete()
    organiser.delete()
    event.refresh_from_db()
    assert not EventAttendance.objects.exists() and event.created_by is None
