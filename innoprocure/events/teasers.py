"""The events section on the home page: the next upcoming events."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from innoprocure.core.images import card_image, with_images
from innoprocure.core.teasers import Teaser
from innoprocure.events.models import EventPage

SECTION = (30, _("Events"), "/events/")


def teaser(event, request=None):
    local_start = timezone.localtime(event.start, event.zone)
    when = local_start.strftime("%H:%M") + f" {event.time_zone}" if not event.all_day else ""
    return Teaser(
        title=event.title,
        url=event.get_url(request) or "",
        summary=event.summary,
        date=local_start.date(),
        kicker=str(event.get_event_type_display()),
        meta=[fact for fact in (when, event.place) if fact],
        illustrative=event.illustrative,
        image=card_image(event),
    )


def latest(limit=3, request=None):
    events = with_images(EventPage.objects.live().upcoming().select_related("country").defer_streamfields())[:limit]
    return [teaser(event, request) for event in events]
