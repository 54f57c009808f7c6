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


def new_items(searches, limit=FEED_LIMIT):
    """[(visible since, search, facts)] newest first, for searches of one person."""
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
        return {"token": token, "search_id": search_id, "searches": list(searches)}

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
        return new_items(obj["searches"]) if obj["searches"] else []

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
