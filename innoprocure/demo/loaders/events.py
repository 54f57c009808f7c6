"""Demo events: original writing, dated relative to the day the loader runs (some past, most upcoming).

The events are invented, with fictional organisers, so every one is labelled "Illustrative example". Each says how
to take part: knowledge-exchange meetings are by invitation of the network secretariat, the others register through
the platform's contact form (a working address on any installation); past events link to their slides where the
Resource Centre has them.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from innoprocure.core.models import Country, Language
from innoprocure.core.site import ensure_child_page, ensure_home_page
from innoprocure.demo.documents import read_toml
from innoprocure.events.models import EventIndexPage, EventPage

INTRODUCTION = (
    "Info days, webinars, trainings and knowledge-exchange meetings on buying innovation, from national competence "
    "centres, cities and EU programmes. Times are shown in each event's own time zone and in yours; subscribe to the "
    "calendar to have new events appear in your own."
)


def _event(item):
    """(slug, title, type, format, zone, city, country, language, organiser, days from today, start "HH:MM" or None for
    all day, hours (or days when all day), cost type, cost, venue, summary, body paragraphs, agenda)"""
    return (
        *(item[key] for key in ("slug", "title", "type", "format", "zone")),
        item.get("city", ""),
        *(item[key] for key in ("country", "language", "organiser", "days")),
        item.get("start"),
        item["hours"],
        item["cost_type"],
        item.get("cost", ""),
        item.get("venue", ""),
        item["summary"],
        item["body"].strip("\n").split("\n\n"),
        [tuple(row) for row in item["agenda"]],
    )


# The events' text and facts are in content/events.toml.
EVENTS = [_event(item) for item in read_toml("events.toml")["events"]]


def _paragraphs(texts):
    return [("paragraph", f"<p>{text}</p>") for text in texts]


# Past events whose slides are in the Resource Centre.
SLIDES = {"webinar-procurement-of-innovation-basics": "/resources/innovation-procurement-in-90-minutes-training/"}


def _taking_part(slug, event_type):
    """(registration link, note) for a demo event."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    if event_type == "knowledge-exchange":
        return (
            f"{base}/contact/?to=network&topic=knowledge-exchange",
            "By invitation: the network secretariat invites the member centres. Other centres may ask to attend.",
        )
    return f"{base}/contact/?to=platform", "Register by writing to the platform team; say which event you want to attend."


def _agenda(items):
    blocks = []
    for start, end, title, speakers in items:
        blocks.append(
            (
                "item",
                {
                    "start_time": time.fromisoformat(start),
                    "end_time": time.fromisoformat(end) if end else None,
                    "title": title,
                    "speakers": speakers,
                    "description": "",
                },
            )
        )
    return blocks


def load(out):
    home = ensure_home_page()
    index = ensure_child_page(home, EventIndexPage, "events", title="Events", introduction=INTRODUCTION, show_in_menus=True)
    existing = set(EventPage.objects.child_of(index).values_list("slug", flat=True))
    today = timezone.localdate()
    countries = {country.code: country for country in Country.objects.all()}
    languages = {language.code: language for language in Language.objects.all()}
    created = 0
    for (
        slug,
        title,
        event_type,
        event_format,
        zone_name,
        city,
        country,
        language,
        organiser,
        days,
        start_at,
        length,
        cost_type,
        cost,
        venue,
        summary,
        body,
        agenda,
    ) in EVENTS:
        if slug in existing:
            continue
        zone = ZoneInfo(zone_name)
        day = today + timedelta(days=days)
        if start_at is None:
            start = datetime.combine(day, time.min, tzinfo=zone)
            end = datetime.combine(day + timedelta(days=int(length) - 1), time(23, 59, 59), tzinfo=zone)
        else:
            start = datetime.combine(day, time.fromisoformat(start_at), tzinfo=zone)
            end = start + timedelta(hours=length)
        registration_deadline = start - timedelta(days=2) if days > 3 else None
        registration_url, registration_note = _taking_part(slug, event_type)
        slides = SLIDES.get(slug, "")
        page = EventPage(
            slug=slug,
            title=title,
            event_type=event_type,
            event_format=event_format,
            time_zone=zone_name,
            all_day=start_at is None,
            start=start,
            end=end,
            city=city,
            venue=venue if event_format != "online" else "",
            country=countries.get(country),
            language=languages.get(language),
            organiser=organiser,
            cost_type=cost_type,
            cost=cost,
            registration_deadline=registration_deadline,
            registration_url=registration_url,
            registration_note=registration_note,
            recording_url=f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{slides}" if slides else "",
            illustrative=True,
            summary=summary,
            body=_paragraphs(body),
            agenda=_agenda(agenda),
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    out.write(f" events index and {created} events ({len(EVENTS)} in all)")
