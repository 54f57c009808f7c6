"""/api/v1/events: published events, upcoming (soonest first) or past (latest first), with the listing's filters."""

import datetime
from typing import Literal

from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.errors import HttpError

from innoprocure.api.conventions import (
    ListOut,
    country_parameter,
    id_parameter,
    page_parameter,
    page_size_parameter,
    paginate,
    responses,
)
from innoprocure.core.filtering import FALSE_VALUES, TRUE_VALUES
from innoprocure.events.filters import EventFilter
from innoprocure.events.models import EventFormat, EventIndexPage, EventPage, EventType

router = Router(tags=["events"])

MONTH = r"^(19[0-9]{2}|[2-9][0-9]{3})-(0[1-9]|1[0-2])$"  # what filters.MonthField accepts


class AgendaItemOut(Schema):
    kind: str
    day: datetime.date | None = None
    start_time: str | None = None
    end_time: str | None = None
    title: str
    speakers: str = ""
    description: str = ""


class EventOut(Schema):
    id: int
    title: str
    slug: str
    url: str
    calendar_url: str
    event_type: str
    event_type_label: str
    format: str
    start: datetime.datetime
    end: datetime.datetime
    time_zone: str
    all_day: bool
    venue: str
    city: str
    country: str | None
    organiser: str
    language: str | None
    cost_type: str
    cost: str
    registration_url: str
    registration_deadline: datetime.datetime | None
    registration_note: str
    recording_url: str
    illustrative: bool  # invented demo content, labelled "Illustrative example"
    summary: str


class EventDetailOut(EventOut):
    organiser_url: str
    agenda: list[AgendaItemOut]
    body_html: str


class EventList(ListOut):
    results: list[EventOut]


def _events():
    index_page = EventIndexPage.objects.live().first()
    if index_page is None:
        return EventPage.objects.none()
    return EventPage.objects.live().child_of(index_page).select_related("country", "language")


def summary(request, event):
    zone = event.zone
    return {
        "id": event.pk,
        "title": event.title,
        "slug": event.slug,
        "url": request.build_absolute_uri(event.get_url(request)),
        "calendar_url": request.build_absolute_uri(event.calendar_url()),
        "event_type": event.event_type,
        "event_type_label": str(event.get_event_type_display()),
        "format": event.event_format,
        # In the event's own zone: the offset tells the instant, the clock reads as announced.
        "start": timezone.localtime(event.start, zone),
        "end": timezone.localtime(event.end, zone),
        "time_zone": event.time_zone,
        "all_day": event.all_day,
        "venue": event.venue,
        "city": event.city,
        "country": event.country_id,
        "organiser": event.organiser,
        "language": event.language_id,
        "cost_type": event.cost_type,
        "cost": event.cost,
        "registration_url": event.registration_url,
        "registration_deadline": timezone.localtime(event.registration_deadline, zone) if event.registration_deadline else None,
        "registration_note": event.registration_note,
        "recording_url": event.recording_url,
        "illustrative": event.illustrative,
        "summary": event.summary,
    }


def agenda(event):
    items = []
    for block in event.agenda:
        value = block.value
        if block.block_type == "day":
            items.append({"kind": "day", "day": value["day"], "title": value["title"] or ""})
        else:
            items.append(
                {
                    "kind": "item",
                    "start_time": value["start_time"].strftime("%H:%M") if value["start_time"] else None,
                    "end_time": value["end_time"].strftime("%H:%M") if value["end_time"] else None,
                    "title": value["title"],
                    "speakers": value["speakers"] or "",
                    "description": value["description"] or "",
                }
            )
    return items


@router.get("", response=responses(EventList), summary="List events")
def list_events(
    request,
    when: Literal["upcoming", "past"] = Query("upcoming", description="upcoming (soonest first) or past (latest first)"),
    type: Literal[tuple(EventType.values)] | None = Query(None),  # the public parameter name
    country: str | None = country_parameter("ISO 3166-1 alpha-2 code; EU for EU-wide events."),
    month: str | None = Query(None, pattern=MONTH, description="YYYY-MM: events taking place during that month."),
    online: Literal[tuple(sorted(TRUE_VALUES | FALSE_VALUES - {""}))] | None = Query(
        None, description=f"1: {EventFormat.ONLINE} or {EventFormat.HYBRID} events only."
    ),
    page: int = page_parameter(),
    page_size: int = page_size_parameter(),
):
    events = EventFilter(request.GET, _events(), program=True).check().qs
    results, page_envelope = paginate(request, events, page, page_size)
    return {**page_envelope, "results": [summary(request, event) for event in results]}


@router.get("/{int:event_id}", response=responses(EventDetailOut, not_found=True), summary="One event")
def event_detail(request, event_id: int = id_parameter()):
    event = _events().filter(pk=event_id).first()
    if event is None:
        raise HttpError(404, _("No published event has this id."))
    request.api_last_modified = event.last_published_at
    return {
        **summary(request, event),
        "organiser_url": event.organiser_url,
        "agenda": agenda(event),
        "body_html": str(event.body),
    }
