"""The private feed: an Atom feed of what a person's saved searches found new, at a secret address.

The address holds the person's feed key (AlertSettings.feed_token); a new key (on the management page) makes the
old address answer 404. Items are those that became visible after the search was saved and match it now, newest
first — the same rules as the digests, so the feed and the e-mails agree.
"""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from innoprocure.alerts import matching
from innoprocure.alerts.models import AlertSettings, Delivery, SavedSearch, Sighting

FEED_LIMIT = 50
LOOKBACK = 500  # most recent items of each kind looked at


def new_items(searches, limit=FEED_LIMIT, reader=None):
    """[(visible since, search, facts)] newest first, for searches of one person (`reader`, by default the searches'
    owner): only what that person may read now (the forum's closed and private groups: matching.readable)."""
    found = []
    for kind in {search.kind for search in searches}:
        mine = [search for search in searches if search.kind == kind]
        oldest = min(search.created_at for search in mine)
        recent = dict(
            Sighting.objects.filter(kind=kind, visible_since__gt=oldest)
            .order_by("-visible_since")
            .values_list("object_id", "visible_since")[:LOOKBACK]
        )
        matcher = matching.Matcher(kind, recent)
        objects = matching.items(kind, {object_id for search in mine for object_id in matcher.ids(search.query)})
        if kind in matching.PER_READER and objects:
            person = reader if reader is not None else mine[0].user
            allowed = matching.readable(kind, [person], objects)[person.pk]
            objects = {object_id: item for object_id, item in objects.items() if object_id in allowed}
        seen = set()
        for search in mine:
            for object_id in matcher.ids(search.query):
                if object_id in objects and recent[object_id] > search.created_at and object_id not in seen:
                    seen.add(object_id)
                    found.append((recent[object_id], search, object_id, objects[object_id]))
    found.sort(key=lambda entry: (entry[0], entry[2]), reverse=True)
    return [(since, search, matching.facts(search.kind, item)) for since, search, _id, item in found[:limit]]


class PrivateFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, token, search_id=None):
        preference = AlertSettings.objects.filter(feed_token=token, user__is_active=True).select_related("user").first()
        if preference is None:
            raise Http404
        searches = SavedSearch.objects.filter(user=preference.user, delivery__in=[Delivery.FEED, Delivery.BOTH])
        if search_id is not None:
            searches = searches.filter(pk=search_id)
            if not searches.exists():
                raise Http404
        return {"token": token, "search_id": search_id, "searches": list(searches), "reader": preference.user}

    def title(self, obj):
        if obj["search_id"] is not None:
            return _("Alert: %(name)s") % {"name": obj["searches"][0].name}
        return _("Your alerts")

    def link(self, obj):
        return reverse("alerts:manage")

    def feed_url(self, obj):
        args = [obj["token"]] + ([obj["search_id"]] if obj["search_id"] is not None else [])
        return reverse("alerts:feed_search" if obj["search_id"] is not None else "alerts:feed", args=args)

    def subtitle(self, obj):
        return _("What your saved searches found new, newest first.")

    def items(self, obj):
        return new_items(obj["searches"], reader=obj["reader"]) if obj["searches"] else []

    def item_title(self, item):
        return item[2]["title"]

    def item_description(self, item):
        facts = item[2]
        parts = [str(part) for part in (facts["type"], facts["country"]) if part]
        if facts["deadline"]:
            parts.append(f"{facts['deadline_label']}: {facts['deadline']:%Y-%m-%d %H:%M %Z}")
        parts.append(_("Saved search: %(name)s") % {"name": item[1].name})
        return " · ".join(parts) + ("\n\n" + facts["summary"] if facts["summary"] else "")

    def item_link(self, item):
        return item[2]["path"]

    def item_guid(self, item):
        return item[2]["path"]

    def item_pubdate(self, item):
        return item[0]

    def item_updateddate(self, item):
        return item[0]


# --- the personal calendar -----------------------------------------------------------------------------------------

CALENDAR_UID_DOMAIN = "alerts.innoprocure.eu"


def _deadline_component(uid, title, moment, url, description, stamp):
    from icalendar import Event

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", title)
    event.add("dtstart", moment)
    event.add("dtend", moment)
    event.add("description", f"{description}\n{url}" if description else url)
    event.add("url", url)
    event.add("transp", "TRANSPARENT")
    return event


def personal_calendar(user):
    """iCalendar of what a person follows: events (their dates), opportunities (their deadline), challenges (the
    Q&A deadline and the response deadline). Only what is visible now; nothing confidential of a challenge."""
    from django.utils import timezone
    from icalendar import Calendar

    from innoprocure.alerts import mail, reminders
    from innoprocure.alerts.models import Follow, FollowKind
    from innoprocure.events.calendar import PRODID, REFRESH_INTERVAL, event_component

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _("What I follow"))
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    stamp = timezone.now()
    rows = list(Follow.objects.filter(user=user).order_by("pk"))
    for follow_kind, kind in reminders.KIND_OF_FOLLOW.items():
        objects = matching.items(kind, {row.object_id for row in rows if row.kind == follow_kind})
        for row in rows:
            item = objects.get(row.object_id) if row.kind == follow_kind else None
            if item is None:
                continue
            facts = matching.facts(kind, item)
            url = mail.site_url(facts["path"]) if facts["path"] else ""
            if follow_kind == FollowKind.EVENT:
                calendar.add_component(event_component(item, url, stamp=stamp))
                continue
            uid = f"{follow_kind}-{item.pk}"
            summary = " · ".join(str(part) for part in (facts["type"], facts["country"]) if part)
            if follow_kind == FollowKind.CHALLENGE:
                dates = [
                    ("questions", _("Questions close: %(title)s"), item.questions_deadline),
                    ("responses", _("Responses due: %(title)s"), item.response_deadline),
                ]
            else:
                dates = [("deadline", _("Deadline: %(title)s"), item.deadline)]
            for suffix, label, moment in dates:
                if moment is not None:
                    calendar.add_component(
                        _deadline_component(
                            f"{uid}-{suffix}@{CALENDAR_UID_DOMAIN}",
                            label % {"title": facts["title"]},
                            moment,
                            url,
                            summary,
                            stamp,
                        )
                    )
    return calendar.to_ical()
