"""The Resource Centre's search: one service for the listing page, the API and the site-wide search.

    request, problems = parse_params(request.GET)    # what the user asked for (filters.py), and what was wrong
    results = search(request)                         # ranked page, facet counts, spelling, snippets

How it works (docs/search.md has the reasoning):
- Text: the query's words are looked up in our own inverted index (innoprocure.search.models) with a few
  plain SQL queries that SQLite and PostgreSQL run identically. Words combine with AND; a resource matches a
  word when the word, analysed in the resource's language (stemming, accent folding), is one of its terms.
  Score = sum over words of idf x weight, where the weight favours the title, then tags, summary, body and
  attachments. "Quoted phrases" must also appear as consecutive words (checked on positions).
- Typos: a word that matches nothing is replaced by the closest vocabulary word (one or two edits, found
  through the delete-variant table), preferring the more frequent; the corrected query is "did you mean".
- Facets: an in-memory bitset per facet value (innoprocure.search.snapshot); values of one facet combine with
  OR, facets with AND, and each facet is counted with every other facet's filter applied (disjunctive).
"""

import hashlib
import heapq
import math
from dataclasses import dataclass, field, replace

from django.core.cache import cache
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from innoprocure.core import taxonomies
from innoprocure.core.images import with_images
from innoprocure.core.models import Country, Language, ProcurementStage, Sector
from innoprocure.core.taxonomies import Approach
from innoprocure.resources.indexing import KEY
from innoprocure.resources.models import Resource, ResourceAttachment, ResourceTag, ResourceType
from innoprocure.search import analysis, highlight
from innoprocure.search.highlight import excerpt
from innoprocure.search.indexer import current_version, unpack
from innoprocure.search.models import IndexedDocument, Posting, Term, parse_facets
from innoprocure.search.query import corrected_query, match_bits, match_text, page_ids, parse_query
from innoprocure.search.snapshot import get_snapshot

FACETS = ("type", "sector", "approach", "stage", "country", "language", "year")
FILTERS = (*FACETS, "tag")
SORTS = ("relevance", "newest", "title")
PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_QUERY_LENGTH = 500  # characters; the page shortens a longer query, the API refuses it
MAX_VALUES = 50  # values per filter
CACHE_SECONDS = 600

FACET_LABELS = {
    "type": gettext_lazy("Type"),
    "sector": gettext_lazy("Sector"),
    "approach": gettext_lazy("Approach"),
    "stage": gettext_lazy("Procurement stage"),
    "country": gettext_lazy("Country"),
    "language": gettext_lazy("Language"),
    "year": gettext_lazy("Year"),
    "tag": gettext_lazy("Tag"),
}
SORT_LABELS = {
    "relevance": gettext_lazy("Best match"),
    "newest": gettext_lazy("Newest first"),
    "title": gettext_lazy("Title A–Z"),
}


# --- parameters ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchRequest:
    """What the user asked for, valid. Everything lives in the URL: this is what its parameters mean."""

    q: str = ""
    filters: tuple = ()  # ((facet, (value, …)), …) in FILTERS order, only facets with values
    sort: str = ""  # "" = the default: best match with words, newest without
    page: int = 1
    page_size: int = PAGE_SIZE

    def values(self, facet):
        return dict(self.filters).get(facet, ())

    @property
    def effective_sort(self):
        if self.sort in ("newest", "title"):
            return self.sort
        return "relevance" if self.q.strip() else "newest"

    def with_filter(self, facet, values):
        filters = dict(self.filters)
        if values:
            filters[facet] = tuple(values)
        else:
            filters.pop(facet, None)
        return replace(self, filters=tuple((name, filters[name]) for name in FILTERS if name in filters), page=1)

    def params(self, include_page=False):
        """[(name, value)] for a URL; defaults are left out."""
        params = [("q", self.q)] if self.q else []
        for facet, values in self.filters:
            params.extend((facet, value) for value in values)
        if self.sort:
            params.append(("sort", self.sort))
        if include_page and self.page != 1:
            params.append(("page", str(self.page)))
        return params

    def querystring(self, **changes):
        """ "?…" for this request with some things changed (the page goes back to 1)."""
        target = replace(self, page=1, **changes)
        return "?" + urlencode(target.params(include_page=True)) if target.params(include_page=True) else "?"

    def cache_key(self):
        return repr((self.q, self.filters, self.effective_sort, self.page, self.page_size))


def parse_params(data, *, api=False, snapshot=None):
    """(SearchRequest, [FilterProblem]) from GET parameters, through the Resource Centre's FilterSet
    (resources/filters.py). Invalid parts are left out of the request."""
    from innoprocure.resources.filters import ResourceFilter

    filters = ResourceFilter(data, api=api, snapshot=snapshot)
    return filters.search_request, filters.problems


# --- labels -------------------------------------------------------------------------------------------------------

_TAXONOMY_NAMES = {
    "sector": dict(taxonomies.SECTORS),
    "stage": dict(taxonomies.STAGES),
    "country": {code: name for code, name, _eu in taxonomies.COUNTRIES},
    "language": dict(taxonomies.LANGUAGES),
}


def value_label(facet, value, snapshot=None):
    """A facet value in the user's words and language."""
    if facet == "type":
        return str(ResourceType(value).label) if value in ResourceType.values else value
    if facet == "approach":
        return str(Approach(value).label) if value in Approach.values else value
    if facet == "year":
        return str(value)
    translated = _TAXONOMY_NAMES.get(facet, {}).get(value)
    if translated is not None:
        return str(translated)
    snapshot = snapshot or get_snapshot()
    return catalogue(snapshot.version)["labels"].get(facet, {}).get(value, value)


def _ordered_values(facet, values, snapshot, labels):
    if facet == "type":
        order = {value: index for index, value in enumerate(ResourceType.values)}
        return sorted(values, key=lambda value: order.get(value, 99))
    if facet == "approach":
        order = {value: index for index, value in enumerate(Approach.values)}
        return sorted(values, key=lambda value: order.get(value, 99))
    if facet == "stage":
        return sorted(values, key=lambda value: (catalogue(snapshot.version)["stage_order"].get(value, 99), value))
    if facet == "year":
        return sorted(values, key=lambda value: -int(value))
    labels = {value: labels.get(value, value) for value in values}
    if facet == "country":  # EU-wide first, then the countries by name
        return sorted(values, key=lambda value: (value != taxonomies.EU_WIDE, labels[value].casefold()))
    return sorted(values, key=lambda value: labels[value].casefold())


# --- results ------------------------------------------------------------------------------------------------------


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Hit:
    resource: Resource  # with the fields of HIT_FIELDS loaded
    score: float
    title_html: str  # escaped, matched words in <mark>
    snippet: str  # escaped, matched words in <mark>
    matched_in: str = ""  # "attachment" when only an attachment explains the match
    codes: dict = field(default_factory=dict)  # facet -> [value] (sector, stage, country, language, tag)
    labels: dict = field(default_factory=dict, repr=False)  # facet -> {value: label}
    analyser: str = ""
    needs_attachments: bool = False

    def named(self, facet):
        return [self.labels[facet].get(value, value) for value in self.codes.get(facet, [])]

    @property
    def countries(self):
        return self.named("country")

    @property
    def languages(self):
        return self.named("language")


@dataclass
class Relaxation:
    """A way out of an empty result: drop one filter (or the words) and get `count` results."""

    facet: str  # a facet name, or "q" for the words
    label: str
    count: int
    request: SearchRequest


@dataclass
class SearchResults:
    request: SearchRequest
    total: int
    hits: list
    facets: dict = field(default_factory=dict)  # facet -> [FacetValue]
    corrections: dict = field(default_factory=dict)  # words searched instead of words that matched nothing
    did_you_mean: str = ""  # the query with likelier spellings, if any
    relaxations: list = field(default_factory=list)
    partial: bool = False  # no resource has every word: these match most of them

    @property
    def num_pages(self):
        return max(1, math.ceil(self.total / self.request.page_size))

    @property
    def page_out_of_range(self):
        return self.request.page > self.num_pages


def _compute(request, snapshot):
    """The cacheable part of a search: ids of the page, counts, corrections."""
    clauses = parse_query(request.q, version=snapshot.version) if request.q else []
    resources = snapshot.types.get(KEY, 0)
    text = match_text(clauses, snapshot, scope=resources) if clauses else None
    everything = resources
    matched = match_bits(text, snapshot) & resources if text is not None else resources

    filter_bits = {}
    for facet, values in request.filters:
        bits = 0
        for value in values:
            bits |= snapshot.value_bits(facet, value)
        filter_bits[facet] = bits

    def without(facet, base):
        bits = base
        for other, other_bits in filter_bits.items():
            if other != facet:
                bits &= other_bits
        return bits

    total_bits = without(None, matched)
    total = total_bits.bit_count()

    counts = {}
    for facet in FACETS:
        base = without(facet, matched) if facet in filter_bits else total_bits
        counts[facet] = {
            value: count
            for value, bits in snapshot.values.get(facet, {}).items()
            if (count := (base & bits).bit_count()) or value in request.values(facet)
        }
        for value in request.values(facet):
            counts[facet].setdefault(value, 0)

    relaxations = []
    if total == 0:
        for facet in filter_bits:
            relaxations.append((facet, without(facet, matched).bit_count()))
        if text is not None:
            relaxations.append(("q", without(None, everything).bit_count()))

    start = (request.page - 1) * request.page_size
    sort = request.effective_sort
    positions = page_ids(snapshot, total_bits, total, start, start + request.page_size, sort, text.scores if text else None)
    return {
        "total": total,
        "ids": positions,
        "partial": bool(text and text.partial),
        "scores": [text.scores[p] for p in positions] if text is not None else [0.0] * len(positions),
        "counts": counts,
        "corrections": text.corrections if text is not None else {},
        "suggestions": text.suggestions if text is not None else {},
        "words": text.words if text is not None else [],
        "relaxations": relaxations,
    }


def search(request, *, facets=True, snippets=True, use_cache=True, images=False):
    """Run a search; returns SearchResults with the hits of the requested page (and their card images if asked)."""
    version = current_version()
    snapshot = get_snapshot(version)
    key = "sitesearch:" + hashlib.sha1(f"{version}|{request.cache_key()}".encode(), usedforsecurity=False).hexdigest()
    core = cache.get(key) if use_cache else None
    if core is None:
        core = _compute(request, snapshot)
        if use_cache:
            cache.set(key, core, CACHE_SECONDS)

    labels = _labels(snapshot)
    results = SearchResults(
        request=request,
        total=core["total"],
        hits=_hits(core, labels, snippets, images),
        corrections=core["corrections"],
        did_you_mean=corrected_query(request.q, core["suggestions"]),
        partial=core["partial"],
    )
    if facets:
        results.facets = {
            facet: [
                FacetValue(value, labels[facet].get(value, value), values[value], value in request.values(facet))
                for value in _ordered_values(facet, list(values), snapshot, labels[facet])
            ]
            for facet, values in core["counts"].items()
        }
    for facet, count in core["relaxations"]:
        if facet == "q":
            relaxed = replace(request, q="", page=1)
            label = _("Search without the words “%(q)s”") % {"q": request.q}
        else:
            relaxed = request.with_filter(facet, ())
            names = ", ".join(labels[facet].get(value, value) for value in request.values(facet))
            label = _("Remove the filter %(facet)s: %(values)s") % {"facet": FACET_LABELS[facet], "values": names}
        results.relaxations.append(Relaxation(facet, label, count, relaxed))
    return results


_LABEL_CACHE = {}
_CATALOGUE = {}


def catalogue(version):
    """Names of the facet values kept in tables (also what a filter may ask for), and the stages' order."""
    found = _CATALOGUE.get(version)
    if found is None:
        found = {
            "labels": {
                "sector": dict(Sector.objects.values_list("slug", "name")),
                "stage": dict(ProcurementStage.objects.values_list("slug", "name")),
                "country": dict(Country.objects.values_list("code", "name")),
                "language": dict(Language.objects.values_list("code", "name")),
                "tag": dict(ResourceTag.objects.values_list("tag__slug", "tag__name").distinct()),
            },
            "stage_order": dict(ProcurementStage.objects.values_list("slug", "order")),
        }
        _CATALOGUE.clear()
        _CATALOGUE[version] = found
    return found


def _labels(snapshot):
    """{facet: {value: label}} in the active language, for every value the index knows; kept per version."""
    key = (snapshot.version, get_language())
    labels = _LABEL_CACHE.get(key)
    if labels is None:
        labels = {}
        for facet in FILTERS:
            values = set(snapshot.values.get(facet, {})) | set(catalogue(snapshot.version)["labels"].get(facet, {}))
            if facet == "type":
                values |= set(ResourceType.values)
            elif facet == "approach":
                values |= set(Approach.values)
            labels[facet] = {value: value_label(facet, value, snapshot) for value in values}
        _LABEL_CACHE.clear()
        _LABEL_CACHE[key] = labels
    return labels


HIT_FIELDS = (
    "pk",
    "title",
    "slug",
    "summary",
    "resource_type",
    "approach",
    "publication_year",
    "publisher",
    "main_language_id",
    "illustrative",
    "image",  # joined with its card renditions (core.images.with_images): the hit shows the picture
    "image_alt",
)


def _hits(core, labels, snippets, images=False):
    """The page's resources (two queries), with their facet values and, if asked, highlighted title and snippet."""
    ids = core["ids"]
    if not ids:
        return []
    rows = {
        row[0]: row
        for row in IndexedDocument.objects.filter(pk__in=ids, doc_type=KEY).values_list(
            "pk", "object_id", "analyser", "facets", "body_text"
        )
    }
    resources = Resource.objects.filter(pk__in=[row[1] for row in rows.values()], live=True).only(*HIT_FIELDS)
    resources = (with_images(resources) if images else resources).in_bulk()
    hits = []
    for document_id, score in zip(ids, core["scores"], strict=True):
        row = rows.get(document_id)
        resource = resources.get(row[1]) if row else None
        if resource is None:
            continue  # unpublished since the search ran
        values = parse_facets(row[3])
        codes = {facet: values.get(facet, []) for facet in ("sector", "stage", "country", "language", "tag")}
        hit = Hit(resource, score, escape(resource.title), excerpt(resource.summary), codes=codes, labels=labels)
        if snippets:
            _highlight(hit, row[2], row[4], core["words"])
        hits.append(hit)
    if snippets:
        _attachment_snippets([hit for hit in hits if hit.needs_attachments], core["words"])
    return hits


def _terms_for(analyser, words):
    terms = set()
    for word in words:
        terms.update(analysis.get_analyser(analyser).terms(word))
    return terms


def _highlight(hit, analyser, body_text, words):
    """Mark the words searched for (as analysed in the resource's language) in the title and the best passage."""
    hit.analyser = analyser
    terms = _terms_for(analyser, words)
    if not terms:
        return
    resource = hit.resource
    hit.title_html = highlight.mark_all(resource.title, terms, analyser)
    for text in (resource.summary, body_text):
        passage = highlight.snippet(text, terms, analyser)
        if passage:
            hit.snippet = passage
            return
    tags = " ".join(hit.labels["tag"].get(slug, slug) for slug in hit.codes["tag"])
    if "<mark>" not in hit.title_html and not highlight.snippet(tags, terms, analyser):
        hit.needs_attachments = True  # nothing visible explains the match: it is in an attachment


def _attachment_snippets(hits, words):
    if not hits:
        return
    texts = {}
    rows = (
        ResourceAttachment.objects.filter(resource_id__in=[hit.resource.pk for hit in hits])
        .exclude(extracted_text="")
        .order_by("resource_id", "sort_order", "pk")
        .values_list("resource_id", "extracted_text")
    )
    for rid, text in rows:
        texts.setdefault(rid, []).append(text)
    for hit in hits:
        terms = _terms_for(hit.analyser, words)
        passage = highlight.snippet("\n\n".join(texts.get(hit.resource.pk, [])), terms, hit.analyser)
        if passage:
            hit.snippet, hit.matched_in = passage, "attachment"


# --- more like this -----------------------------------------------------------------------------------------------


def more_like_this(resource, limit=5):
    """Live resources that share the most distinctive words of this one, best first."""
    snapshot = get_snapshot()
    total = max(snapshot.count, 1)
    document = IndexedDocument.objects.filter(doc_type=KEY, object_id=resource.pk).values_list("pk", flat=True).first()
    rows = list(
        Posting.objects.filter(document_id=document).values_list("term_id", "weight", "term__df").order_by("-weight")[:200]
    )
    if not rows:
        return []
    # The resource's 25 most characteristic terms: heavy in it, rare elsewhere.
    top = heapq.nlargest(25, rows, key=lambda row: row[1] * math.log(1 + total / max(row[2], 1)))
    idf = {term_id: math.log(1 + total / max(df, 1)) for term_id, _w, df in top}
    packed = dict(Term.objects.filter(pk__in=list(idf)).values_list("pk", "postings"))
    scores = {}
    for term_id, factor in idf.items():
        ids, weights = unpack(packed.get(term_id))
        for rid, weight in zip(ids, weights, strict=True):
            scores[rid] = scores.get(rid, 0.0) + weight * factor
    scores.pop(document, None)
    resources = snapshot.types.get(KEY, 0)
    best = heapq.nlargest(limit * 2, sorted(rid for rid in scores if resources >> rid & 1), key=scores.__getitem__)
    object_ids = dict(IndexedDocument.objects.filter(pk__in=best).values_list("pk", "object_id"))
    found = Resource.objects.filter(pk__in=list(object_ids.values()), live=True).in_bulk()
    return [found[object_ids[rid]] for rid in best if object_ids.get(rid) in found][:limit]
