"""Views of the events section: the listing and the month (EventIndexPage's routes.py), the calendar files."""

from datetime import date, timedelta

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from innoprocure.core import seo
from innoprocure.core.chips import Facet, filter_chips
from innoprocure.core.filtering import TRUE_VALUES, InvalidFilter, bad_request
from innoprocure.core.forms import TimeZoneForm
from innoprocure.core.images import card_image, with_images
from innoprocure.core.models import Country
from innoprocure.core.timezones import TZ_PARAMETER, remember_zone, visitor_zone
from innoprocure.events import calendar, filters, month
from innoprocure.events.filters import EventFilter
from innoprocure.events.models import EventIndexPage, EventPage, EventType
from innoprocure.events.times import visitor_time

EVENTS_PER_PAGE = 10
FEED_LIMIT = 500
# The feed keeps recent events too, so they do not vanish from subscribers' calendars the day after.
FEED_KEEPS_PAST = timedelta(days=90)


def upcoming(request, index_page):
    """/events/ (?when=past shows the past ones, as /events/past/ does)."""
    return event_listing(request, index_page, when=request.GET.get("when", filters.UPCOMING))


def event_listing(request, index_page, when):
    events = EventPage.objects.live().child_of(index_page).select_related("country", "language")
    selected = EventFilter(request.GET, events, when=when if when == filters.PAST else None)
    page_obj = Paginator(with_images(selected.qs), EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    visitor = visitor_zone(request)
    for event in page_obj:
        event.visitor_time = visitor_time(event, visitor)
        event.card_image = card_image(event)

    # Choices offered in the filter panel: only what the upcoming (or past) events actually have.
    used = EventFilter({}, events, when=selected.when).qs.values_list("start", "country_id")
    zone = timezone.get_default_timezone()
    months = sorted({timezone.localtime(start, zone).date().replace(day=1) for start, _country in used})
    if selected.when == filters.PAST:
        months.reverse()
    country_codes = {country for _start, country in used if country}
    calendar_params = {key: value for key, value in (("type", selected.event_type), ("country", selected.country)) if value}

    countries = Country.objects.filter(code__in=country_codes | {selected.country} - {""})
    context = index_page.get_context(request)
    context.update(
        {
            "filters": selected,
            "chips": filter_chips(request, chip_facets(countries, [*months, *([selected.month] if selected.month else [])])),
            "events": page_obj,
            "page_obj": page_obj,
            "notices": selected.notices,
            "type_choices": EventType.choices,
            "country_choices": countries,
            "month_choices": months,
            "is_past": selected.when == filters.PAST,
            "upcoming_url": index_page.url,
            "past_url": index_page.url + index_page.reverse_subpage("past"),
            "calendar_url": _with_query(seo.absolute(_feed_path()), calendar_params),
            "month_url": index_page.url + index_page.reverse_subpage("month"),
            "visitor": visitor,
            "tz_form": TimeZoneForm(initial={TZ_PARAMETER: visitor.name}),
        }
    )
    return remember_zone(TemplateResponse(request, "events/event_index_page.html", context), visitor)


def chip_facets(countries, months):
    """The selected filters as chips (innoprocure.core.chips), labelled as in the filter panel."""
    return [
        Facet("type", _("Type"), EventType.choices),
        Facet("country", _("Country"), lambda: ((country.code, country.name) for country in countries)),
        Facet("month", _("Month"), lambda: ((first.strftime("%Y-%m"), date_format(first, "F Y")) for first in months)),
        Facet("online", "", [(value, _("Online or hybrid only")) for value in sorted(TRUE_VALUES)]),
    ]


def event_month(request, index_page, year=None, month_number=None):
    """/events/month/ (this month) and /events/month/<year>/<month>/: the events of a month as a calendar grid."""
    if year is None:
        first = timezone.localdate().replace(day=1)
    else:
        first = month.month_or_none(year, month_number)
        if first is None:
            raise Http404
    start, end = month.bounds(first)
    pages = EventPage.objects.live().child_of(index_page).filter(start__lt=end, end__gte=start).select_related("country")
    previous, following = month.previous_month(first), month.next_month(first)
    grid = month.weeks(first, pages)
    context = index_page.get_context(request)
    context.update(
        {
            "month": first,
            "weeks": grid,
            "has_events": any(day.events for week in grid for day in week),
            "weekdays": [date(2024, 1, day) for day in range(1, 8)],  # 1 January 2024 was a Monday
            "upcoming_url": index_page.url,
            "past_url": index_page.url + index_page.reverse_subpage("past"),
            "month_url": index_page.url + index_page.reverse_subpage("month"),
            "previous_url": _month_url(index_page, previous) if month.month_or_none(previous.year, previous.month) else "",
            "next_url": _month_url(index_page, following) if month.month_or_none(following.year, following.month) else "",
            "previous_month": previous,
            "next_month": following,
        }
    )
    return TemplateResponse(request, "events/event_month.html", context)


def _month_url(index_page, first):
    return index_page.url + index_page.reverse_subpage("month_of", kwargs={"year": first.year, "month_number": first.month})


def _feed_path():
    return reverse("events:calendar_feed")


def _with_query(url, params):
    return f"{url}?{urlencode(params)}" if params else url


def _events_index():
    return EventIndexPage.objects.live().first()


def _calendar_response(body, filename=None):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def calendar_feed(request):
    """/events/calendar.ics: upcoming events (and the last 90 days), optionally of one type or country."""
    index_page = _events_index()
    events = EventPage.objects.live().child_of(index_page).select_related("country") if index_page else EventPage.objects.none()
    selected = EventFilter(request.GET, events, when=filters.UPCOMING, now=timezone.now() - FEED_KEEPS_PAST)
    try:
        selected.check()
    except InvalidFilter as error:
        return bad_request(error)
    pages = list(selected.qs[:FEED_LIMIT])
    name = _("Innovation procurement events")
    if selected.event_type:
        name = f"{name}: {EventType(selected.event_type).label}"
    if selected.country:
        name = f"{name} ({Country.objects.get(code=selected.country).name})"
    body = calendar.build_calendar(
        pages,
        url_for=lambda page: seo.absolute(page.get_url(request)),
        name=name,
        description=_("Events on public procurement of innovation in Europe."),
    )
    return _calendar_response(body)


@require_GET
def event_calendar(request, slug):
    """/events/<slug>/calendar.ics: one event, to add to a calendar."""
    index_page = _events_index()
    page = EventPage.objects.live().child_of(index_page).filter(slug=slug).first() if index_page else None
    if page is None:
        raise Http404
    body = calendar.build_calendar([page], url_for=lambda item: seo.absolute(item.get_url(request)), name=page.title)
    return _calendar_response(body, filename=f"{page.slug}.ics")
