"""What a saved search means and what it finds, with the listings' own rules.

A saved search is the query string of a listing (Resource Centre, opportunities, events, stories, the forum's
search; challenges are opportunities of type "challenge"). It is read by the
listing's own parser (`clean`), so an alert finds exactly what the listing would show for it, and it is matched
against a set of candidate items (the new ones) by the listing's own filters (`Matcher`). One matcher serves every
search of a run: the work grows with the number of different searches, not with the number of people.

The forum's discussions are not everybody's (closed and private groups): its matcher looks through every group, and
whoever shows or sends what it found keeps, for each person, only what `readable` lets them read now
(`PER_READER`; the digests, the private feed and "Recently found" do).
"""

from django.http import QueryDict
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from innoprocure.alerts.models import Kind

RESOURCE_KEY = "resources.resource"
CHALLENGES = "challenges"  # not a saved search (challenges are opportunities there): followed challenges


class SearchProblem(ValueError):
    """A saved search the listing cannot read; the message says why (shown as a form error)."""


def _params(query):
    return QueryDict(query or "")


def clean(kind, query, user=None):
    """The canonical query string of a listing's current filters (paging, sorting and display choices left out).

    Raises SearchProblem for a kind that does not exist or a filter the listing would ignore. `user`: whose search it
    is (the forum's groups one may filter by are those whose discussions one may read).
    """
    if kind not in Kind.values:
        raise SearchProblem(_("There is no listing “%(kind)s” to watch.") % {"kind": kind[:40]})
    params = _params(query)
    if kind == Kind.OPPORTUNITIES:
        return _clean_opportunities(params)
    if kind == Kind.EVENTS:
        return _clean_events(params)
    if kind == Kind.STORIES:
        return _clean_stories(params)
    if kind == Kind.FORUM:
        return _clean_forum(params, user)
    return _clean_resources(params)


def _clean_opportunities(params):
    from innoprocure.opportunities.filters import OpportunityFilter
    from innoprocure.opportunities.models import Opportunity
    from innoprocure.opportunities.status import CLOSED

    refused = {CLOSED: _("An alert watches open opportunities; closed ones are never new.")}
    return _checked(OpportunityFilter(params, Opportunity.objects.none(), refused_status=refused))


def _checked(filterset):
    """The canonical query string of a FilterSet's values, or SearchProblem with the reasons it cannot be used."""
    from innoprocure.core.filtering import InvalidFilter

    try:
        filterset.check()
    except InvalidFilter as error:
        raise SearchProblem(str(error)) from None
    return urlencode(filterset.params())


def _clean_events(params):
    from innoprocure.events import filters
    from innoprocure.events.models import EventPage

    if (params.get("when") or "").strip() == filters.PAST:
        raise SearchProblem(_("An alert watches upcoming events; past events are never new."))
    return _checked(filters.EventFilter(params, EventPage.objects.none(), when=filters.UPCOMING))


def _clean_stories(params):
    from innoprocure.stories.filters import StoryFilter
    from innoprocure.stories.listing import published_stories

    return _checked(StoryFilter(params, published_stories()))


def _clean_resources(params):
    from innoprocure.resources.filters import ResourceFilter

    return _checked(ResourceFilter(params))


def _refuse(problems):
    if problems:
        raise SearchProblem(" ".join(str(problem) for problem in problems))


def _clean_forum(params, user):
    from innoprocure.forum.filters import ThreadSearch

    selected = ThreadSearch(params, reader=user)
    _refuse(selected.problems)
    return urlencode(selected.canonical())


PARAMETER_LABELS = {
    "q": gettext_lazy("Search"),
    "type": gettext_lazy("Type"),
    "country": gettext_lazy("Country"),
    "status": gettext_lazy("Status"),
    "sector": gettext_lazy("Sector"),
    "innovation": gettext_lazy("Innovation procurement only"),
    "flag": gettext_lazy("Innovation flags"),
    "month": gettext_lazy("Month"),
    "online": gettext_lazy("Online or hybrid only"),
    "approach": gettext_lazy("Approach"),
    "stage": gettext_lazy("Procurement stage"),
    "language": gettext_lazy("Language"),
    "year": gettext_lazy("Year"),
    "tag": gettext_lazy("Tag"),
    "category": gettext_lazy("Category"),
    "group": gettext_lazy("Group"),
    "answered": gettext_lazy("Answer"),
}
YES_NO = ("innovation", "online")
VALUE_LABELS = {
    ("answered", "yes"): gettext_lazy("Answered questions"),
    ("answered", "no"): gettext_lazy("Questions not answered yet"),
}


def describe(kind, query):
    """The filters in words, for the management page and the e-mails: "Search: “hospital” · Country: FI"."""
    params = _params(query)
    parts = []
    for name in dict.fromkeys(params):
        label = PARAMETER_LABELS.get(name, name)
        if name in YES_NO:
            parts.append(str(label))
        elif name == "q":
            parts.append(f"{label}: “{params.get(name)}”")
        elif (name, params.get(name)) in VALUE_LABELS:
            parts.append(str(VALUE_LABELS[name, params.get(name)]))
        else:
            parts.append(f"{label}: {', '.join(params.getlist(name))}")
    return " · ".join(parts) if parts else _("everything new")


def listing_path(kind, query="", index=None):
    """The listing's address with the search's filters, or "" when the section has no page."""
    index = index or index_page(kind)
    if index is None:
        return ""
    return index.url + (f"?{query}" if query else "")


def index_page(kind):
    if kind == Kind.OPPORTUNITIES:
        from innoprocure.opportunities.models import OpportunityIndexPage as Index
    elif kind == Kind.EVENTS:
        from innoprocure.events.models import EventIndexPage as Index
    elif kind == Kind.STORIES:
        from innoprocure.stories.models import StoryIndexPage as Index
    elif kind == CHALLENGES:
        return None
    elif kind == Kind.FORUM:
        from types import SimpleNamespace

        from django.urls import reverse

        return SimpleNamespace(url=reverse("forum:search"))
    else:
        from innoprocure.resources.models import ResourceIndexPage as Index
    return Index.objects.live().first()


# --- visible items -------------------------------------------------------------------------------------------------


def visible(kind):
    """(queryset of the items anybody may see now, field of the moment each became visible)."""
    if kind == Kind.OPPORTUNITIES:
        from innoprocure.opportunities.models import Opportunity

        return Opportunity.objects.filter(live=True), "created_at"
    if kind == Kind.EVENTS:
        from innoprocure.events.models import EventPage

        return EventPage.objects.live().public(), "first_published_at"
    if kind == Kind.STORIES:
        from innoprocure.stories.listing import published_stories

        return published_stories(), "first_published_at"
    if kind == CHALLENGES:
        from innoprocure.challenges.models import Challenge

        return Challenge.objects.published(), "published_at"
    if kind == Kind.FORUM:
        return _forum_threads(), "created_at"
    from innoprocure.resources.models import Resource

    return Resource.objects.filter(live=True), "first_published_at"


def _forum_threads():
    """Discussions not hidden whose opening post may be read: a new member's first discussion becomes visible when
    a moderator approves it. Of every group: who may read which is `readable`'s business."""
    from innoprocure.forum.models import Thread

    return Thread.objects.filter(hidden=False, posts__number=1, posts__hidden=False, posts__awaiting_review=False)


def has_deadline(kind):
    return kind == Kind.OPPORTUNITIES


PER_READER = frozenset({Kind.FORUM})  # kinds whose items not everybody may read: kept per person by `readable`


def readable(kind, users, objects):
    """{user id: ids of `objects` ({id: item}, from `items`) the person may read now}: for the forum, its policy
    (`policy.can_see_thread`: open groups, the closed and private groups one is a member of, never a hidden
    discussion); every other listing's items are public."""
    if kind != Kind.FORUM:
        return {user.pk: set(objects) for user in users}
    from innoprocure.forum.search import readers_of

    return readers_of(users, [item for item in objects.values() if item is not None])


# --- matching ------------------------------------------------------------------------------------------------------


class Matcher:
    """Which of `candidates` (ids of one kind) each search finds; each different query is worked out once."""

    def __init__(self, kind, candidates, scope=None):
        """`scope`: optionally, a query of the same ids (e.g. a subquery of sightings), which the database reads
        faster than a list of thousands of ids repeated in every search's query."""
        self.kind = kind
        self.candidates = list(candidates)
        self.scope = scope if scope is not None else self.candidates
        self.memo = {}
        self._documents = None

    def ids(self, query):
        if query not in self.memo:
            self.memo[query] = self._match(query) if self.candidates else set()
        return self.memo[query]

    def _match(self, query):
        params = _params(query)
        if self.kind == Kind.OPPORTUNITIES:
            from innoprocure.opportunities.filters import OpportunityFilter
            from innoprocure.opportunities.models import Opportunity

            queryset = OpportunityFilter(params, Opportunity.objects.filter(pk__in=self.scope)).qs
            return set(queryset.order_by().values_list("pk", flat=True))
        if self.kind == Kind.EVENTS:
            from innoprocure.events import filters
            from innoprocure.events.models import EventPage

            events = EventPage.objects.live().public().filter(pk__in=self.scope)
            queryset = filters.EventFilter(params, events, when=filters.UPCOMING).qs
            return set(queryset.order_by().values_list("pk", flat=True))
        if self.kind == Kind.STORIES:
            from innoprocure.stories.filters import StoryFilter
            from innoprocure.stories.listing import published_stories

            queryset = StoryFilter(params, published_stories().filter(pk__in=self.scope), program=True).qs
            return set(queryset.order_by().values_list("pk", flat=True))
        if self.kind == Kind.FORUM:
            return self._match_forum(params)
        return self._match_resources(params)

    def _match_forum(self, params):
        """The forum search's own filters and the search engine's words, over every group's new discussions (each
        recipient gets only those they may read: `readable`). A search that no longer reads (its group was
        deleted) finds nothing."""
        from innoprocure.forum.filters import ThreadSearch

        selected = ThreadSearch(params, _forum_threads().filter(pk__in=self.scope), unrestricted=True, among=self.candidates)
        if selected.problems:
            return set()
        return selected.ids()

    def _match_resources(self, params):
        """The Resource Centre's search engine: words (stemmed, typos corrected) and facets, on its snapshot."""
        from innoprocure.resources.filters import ResourceFilter
        from innoprocure.search.models import IndexedDocument
        from innoprocure.search.query import match_bits, match_text, parse_query
        from innoprocure.search.snapshot import get_snapshot

        snapshot = get_snapshot()
        request = ResourceFilter(params, snapshot=snapshot).search_request
        if self._documents is None:
            self._documents = dict(
                IndexedDocument.objects.filter(doc_type=RESOURCE_KEY, object_id__in=self.candidates).values_list(
                    "pk", "object_id"
                )
            )
        bits = snapshot.types.get(RESOURCE_KEY, 0)
        clauses = parse_query(request.q, version=snapshot.version) if request.q else []
        if clauses:
            bits &= match_bits(match_text(clauses, snapshot, scope=bits, fill=False), snapshot)
        for facet, values in request.filters:
            facet_bits = 0
            for value in values:
                facet_bits |= snapshot.value_bits(facet, value)
            bits &= facet_bits
        return {object_id for rid, object_id in self._documents.items() if bits >> rid & 1}


# --- how an item is shown -------------------------------------------------------------------------------------------


def items(kind, ids):
    """{id: object} of visible items, with what the e-mail and feed show (title, type, country, deadline, path)."""
    if not ids:
        return {}
    queryset, _field = visible(kind)
    if kind == Kind.RESOURCES:
        queryset = queryset.prefetch_related("countries")
    elif kind == Kind.STORIES:
        pass
    elif kind == Kind.FORUM:
        from innoprocure.forum.search import with_opening_post

        queryset = with_opening_post(queryset.select_related("group"))
    else:
        queryset = queryset.select_related("country")
    return {item.pk: item for item in queryset.filter(pk__in=list(ids))}


_UNSET = object()


def facts(kind, item, index=_UNSET):
    """A dict for the templates: title, type, country, deadline (or start), path; call inside the reader's language.

    `index`: the opportunities' index page, when the caller has looked it up once for many items."""
    if kind == Kind.OPPORTUNITIES:
        index = index_page(kind) if index is _UNSET else index
        return {
            "title": item.title,
            "type": item.get_opportunity_type_display(),
            "country": str(item.country) if item.country else "",
            "deadline": item.deadline,
            "deadline_label": _("Deadline"),
            "path": f"{index.url}{item.slug}/" if index else "",
            "summary": item.summary,
        }
    if kind == Kind.EVENTS:
        return {
            "title": item.title,
            "type": item.get_event_type_display(),
            "country": str(item.country) if item.country else "",
            "deadline": item.start,
            "deadline_label": _("Starts"),
            "path": item.url or "",
            "summary": item.summary,
        }
    if kind == Kind.STORIES:
        return {
            "title": item.title,
            "type": item.get_category_display(),
            "country": "",
            "deadline": None,
            "deadline_label": "",
            "path": item.url or "",
            "summary": item.teaser,
        }
    if kind == Kind.FORUM:
        return _forum_facts(item)
    if kind == CHALLENGES:
        return {
            "title": item.title,
            "type": _("Innovation challenge"),
            "country": str(item.country) if item.country else "",
            "deadline": item.response_deadline,
            "deadline_label": _("Responses by"),
            "questions_deadline": item.questions_deadline,
            "path": item.get_absolute_url(),
            "summary": Truncator(item.need).chars(300),
        }
    return {
        "title": item.title,
        "type": item.get_resource_type_display(),
        "country": ", ".join(str(country) for country in item.countries.all()),
        "deadline": None,
        "deadline_label": "",
        "path": item.get_absolute_url(),
        "summary": item.summary,
    }


def _forum_facts(thread):
    """A discussion in an alert: its title, kind and group, and the start of its opening post only if it is an open
    group's (a closed or private group's texts never leave the site, as in the forum's own e-mails)."""
    from innoprocure.forum.policy import is_publicly_readable
    from innoprocure.forum.search import teaser

    return {
        "title": thread.title,
        "type": thread.get_kind_display(),
        "country": thread.group.name,  # shown where the other listings show the country
        "deadline": None,
        "deadline_label": "",
        "path": thread.get_absolute_url(),
        "summary": teaser(thread).summary if is_publicly_readable(thread.group) else "",
    }
