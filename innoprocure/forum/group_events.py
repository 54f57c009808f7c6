"""A group's own events: its moderators schedule, change and cancel them (audited); members say they take part.

An event is seen exactly where the group's discussions are (policy.can_see_events): the venue and the link to join
a closed or private group's meeting never reach anybody outside it. A new event notifies the group's members and
followers (not those who muted the group); a change of time or place, and a cancellation, notify the people who
said they take part. Each event can be added to a calendar (.ics); an open group also has a calendar to subscribe to.
"""

from datetime import date

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from icalendar import Calendar, Event

from innoprocure.audit.log import record
from innoprocure.forum import notify, policy, text
from innoprocure.forum.models import EventAttendance, GroupEvent, NotificationKind
from innoprocure.forum.services import join

PRODID = "-//Innovation Procurement Platform//Forum events//EN"
UID_DOMAIN = "forum.innoprocure.eu"
# What, changed, makes the people taking part hear about it.
ESSENTIALS = ("starts_at", "ends_at", "time_zone", "event_format", "location", "online_url")
FIELDS = ("title", *ESSENTIALS, "description")


def upcoming(group, limit=None):
    events = GroupEvent.objects.filter(group=group, ends_at__gte=timezone.now(), cancelled=False).select_related("group")
    return events[:limit] if limit else events


def past(group):
    return GroupEvent.objects.filter(group=group, ends_at__lt=timezone.now()).select_related("group").order_by("-starts_at")


def schedule(group, user, data, request=None):
    if not policy.can_manage_events(user, group):
        raise PermissionDenied
    event = GroupEvent(group=group, created_by=user, **{name: data[name] for name in FIELDS})
    event.description_html = text.render(event.description) if event.description.strip() else ""
    event.save()
    record("forum.event.scheduled", actor=user, target=event, request=request, group=group.slug)
    notify.event_scheduled(event, actor=user)
    return event


def change(event, user, data, request=None):
    if not policy.can_manage_events(user, event.group) or event.cancelled:
        raise PermissionDenied
    changed = [name for name in FIELDS if getattr(event, name) != data[name]]
    if not changed:
        return event
    for name in changed:
        setattr(event, name, data[name])
    event.description_html = text.render(event.description) if event.description.strip() else ""
    event.save()
    record("forum.event.changed", actor=user, target=event, request=request, group=event.group.slug, fields=changed)
    if set(changed) & set(ESSENTIALS) and not event.is_past:
        notify.event_changed(event, NotificationKind.EVENT_CHANGED, actor=user)
    return event


def cancel(event, user, reason="", request=None):
    if not policy.can_manage_events(user, event.group) or event.cancelled:
        raise PermissionDenied
    event.cancelled = True
    event.save(update_fields=["cancelled", "updated_at"])
    record("forum.event.cancelled", actor=user, target=event, request=request, group=event.group.slug, reason=reason)
    if not event.is_past:
        notify.event_changed(event, NotificationKind.EVENT_CANCELLED, actor=user)
    return event


def toggle_attendance(event, user):
    """Say you take part, or take it back; returns whether the person takes part now."""
    if not policy.can_attend(user, event):
        raise PermissionDenied
    if policy.membership_of(user, event.group) is None:
        join(event.group, user)  # taking part in an open group's event makes you a member, as posting does
    deleted, _by_model = EventAttendance.objects.filter(event=event, user=user).delete()
    if deleted:
        return False
    try:
        with transaction.atomic():
            EventAttendance.objects.create(event=event, user=user)
    except IntegrityError:  # a double click: the first one counted
        pass
    return True


def _component(event, absolute_url, stamp):
    component = Event()
    component.add("uid", f"group-event-{event.pk}@{UID_DOMAIN}")
    component.add("dtstamp", stamp)
    component.add("summary", event.title)
    component.add("dtstart", event.local_start)
    component.add("dtend", event.local_end)
    description = [text.plain(event.description, 2000)] if event.description else []
    if event.is_online and event.online_url:
        description.append(event.online_url)
    description.append(absolute_url)
    component.add("description", "\n\n".join(description))
    if event.is_in_person and event.location:
        component.add("location", event.location)
    component.add("url", absolute_url)
    component.add("last-modified", event.updated_at)
    component.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    return component


def calendar(events, url_for, name):
    """A VCALENDAR of the events, with the VTIMEZONEs they use. `url_for(event)` → the event's absolute URL."""
    result = Calendar()
    result.add("prodid", PRODID)
    result.add("version", "2.0")
    result.add("calscale", "GREGORIAN")
    result.add("method", "PUBLISH")
    result.add("x-wr-calname", name)
    stamp = timezone.now()
    years = []
    for event in events:
        result.add_component(_component(event, url_for(event), stamp))
        years += [event.starts_at.year, event.ends_at.year]
    if years:
        result.add_missing_timezones(first_date=date(min(years) - 1, 1, 1), last_date=date(max(years) + 1, 12, 31))
    return result.to_ical()
