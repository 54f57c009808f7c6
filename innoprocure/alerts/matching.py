"""What a saved search means and what it finds, with the listings' own rules.

A saved search is the query string of a listing (Resource Centre, opportunities, events, stories; challenges are
opportunities of type "challenge"). It is read by the
listing's own parser (`clean`), so an alert finds exactly what the listing would show for it, and it is matched
against a set of candidate items (the new ones) by the listing's own filters (`Matcher`). One matcher serves every
search of a run: the work grows with the number of different searches, not with the number of people.
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


def clean(kind, query):
    """The canonical query string of a listing's current filters (paging, sorting and display choices left out).

    Raises SearchProblem for a kind that does not exist or a filter the listing would ignore.
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
    return _clean_resources(params)


def _refuse(problems):
    if problems:
        raise SearchProblem(" ".join(str(problem) for problem in problems))


def _clean_opportunities(params):
    from innoprocure.opportunities import filters
    from innoprocure.opportunities.status import CLOSED

    selected = filters.parse(params)
    _refuse([problem.message for problem in selected.problems])
    if selected.status == CLOSED:
        raise SearchProblem(_("An alert watches open opportunities; closed ones are never new."))
    pairs = [
        ("q", selected.query),
        ("type", selected.opportunity_type),
        ("country", selected.country),
        ("status", selected.status),
        ("sector", selected.sector),
        ("innovation", "1" if selected.innovation else ""),
        *(("flag", code) for code in selected.flags),
    ]
    return urlencode([(name, value) for name, value in pairs if value])


def _clean_events(params):
    from innoprocure.events import filters

    if (params.get("when") or "").strip() == filters.PAST:
        raise SearchProblem(_("An alert watches upcoming events; past events are never new."))
    selected = filters.parse(params, when=filters.UPCOMING)
    _refuse([problem.message for problem in selected.problems])
    pairs = [
        ("type", selected.event_type),
        ("country", selected.country),
        ("month", selected.month.strftime("%Y-%m") if selected.month else ""),
        ("online", "1" if selected.online else ""),
    ]
    return urlencode([(name, value) for name, value in pairs if value])


def _clean_stories(params):
    from innoprocure.stories import listing

    selected = listing.parse_filters(params)
    _refuse([_("The listing ignores the %(filter)s.") % {"filter": item} for item in selected.ignored])
    pairs = [
        ("category", selected.category),
        ("year", str(selected.year) if selected.year else ""),
        ("tag", selected.tag.slug if selected.tag is not None else ""),
    ]
    return urlencode([(name, value) for name, value in pairs if value])


def _clean_resources(params):
    from innoprocure.resources.search import parse_params

    request, errors = parse_params(params)
    _refuse([error.message for error in errors])
    return urlencode([(name, value) for name, value in request.params() if name != "sort"])


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
}
YES_NO = ("innovation", "online")


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
    from innoprocure.resources.models import Resource

    return Resource.objects.filter(live=True), "first_published_at"


def has_deadline(kind):
    return kind == Kind.OPPORTUNITIES


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
            from innoprocure.opportunities import filters
            from innoprocure.opportunities.models import Opportunity

            selected = filters.parse(params)
            queryset = filters.apply(Opportunity.objects.filter(pk__in=self.scope), selected)
            return set(queryset.order_by().values_list("pk", flat=True))
        if self.kind == Kind.EVENTS:
            from innoprocure.events import filters
            from innoprocure.events.models import EventPage

            selected = filters.parse(params, when=filters.UPCOMING)
            queryset = filters.apply(EventPage.objects.live().public().filter(pk__in=self.scope), selected)
            return set(queryset.order_by().values_list("pk", flat=True))
        if self.kind == Kind.STORIES:
            from innoprocure.stories import listing

            selected = listing.parse_filters(params, strict=True)
            queryset = listing.filter_stories(selected, listing.published_stories().filter(pk__in=self.scope))
            return set(queryset.order_by().values_list("pk", flat=True))
        return self._match_resources(params)

    def _match_resources(self, params):
        """The Resource Centre's search engine: words (stemmed, typos corrected) and facets, on its snapshot."""
        from innoprocure.resources.search import parse_params
        from innoprocure.search.models import IndexedDocument
        from innoprocure.search.query import match_bits, match_text, parse_query
        from innoprocure.search.snapshot import get_snapshot

        request, _errors = parse_params(params)
        snapshot = get_snapshot()
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
