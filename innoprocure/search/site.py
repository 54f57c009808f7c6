"""Site-wide search: one query over every section, results grouped by section.

- Resources: the Resource Centre's own search service (stemming, typos, attachments).
- Pages (guidance, stories, events, network, the platform's own pages): Wagtail's search over live public pages,
  grouped by the app that defines the page type.
- Opportunities and competence centres (plain models): every word must occur in a main text field.

Sections whose app is not installed, or whose model does not exist yet, are simply absent.
"""

import logging
from dataclasses import dataclass, field
from datetime import date, datetime

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from innoprocure.core.navigation import localised
from innoprocure.core.teasers import Teaser
from innoprocure.search.analysis import tokens

logger = logging.getLogger(__name__)

MAX_WORDS = 8
PAGE_LIMIT = 500  # pages looked at per search

# key -> (order, title, index path); pages of an app go to the section of the same key, others to "pages".
SECTIONS = {
    "resources": (10, _("Resource Centre"), "/resources/"),
    "guidance": (15, _("Get started"), "/get-started/"),
    "stories": (20, _("Stories"), "/stories/"),
    "events": (30, _("Events"), "/events/"),
    "opportunities": (40, _("Opportunities"), "/opportunities/"),
    "network": (50, _("P2I Network"), "/network/"),
    "forum": (60, _("Procurement Forum"), "/forum/"),
    "pages": (90, _("About the platform"), "/about/"),
}
PAGE_SECTIONS = {"guidance", "stories", "events", "opportunities", "network"}
SKIPPED_APPS = {"resources"}  # the Resource Centre's page lists resources, which are searched directly


@dataclass
class Section:
    key: str
    title: str
    count: int
    items: list = field(default_factory=list)  # [Teaser]
    more_url: str = ""  # where "see all" leads


def search_words(q):
    """The words of a query, for the engines that get plain words (no operators reach them)."""
    return tokens(q)[:MAX_WORDS]


def _summary(page):
    for name in ("teaser", "summary", "introduction", "search_description"):
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            return value
    return page.search_description or ""


def _date(page):
    for name in ("date", "start"):
        value = getattr(page, name, None)
        if isinstance(value, (date, datetime)):
            return value
    return None


def page_teaser(page):
    return Teaser(
        title=page.title,
        url=page.url or "",
        summary=_summary(page),
        date=_date(page),
        kicker=str(page._meta.verbose_name).capitalize(),
    )


def search_pages(q):
    """{section key: [pages]} in Wagtail's order of relevance, at most PAGE_LIMIT pages in all."""
    from wagtail.models import Page

    words = search_words(q)
    if not words:
        return {}
    from innoprocure.core.models import HomePage

    try:
        # A savepoint: a search backend error must not spoil the rest of the request's transaction.
        with transaction.atomic():
            found = list(Page.objects.live().public().not_type(HomePage).search(" ".join(words), operator="and")[:PAGE_LIMIT])
    except DatabaseError:
        logger.exception("Page search failed for %r", words)
        return {}
    grouped = {}
    for page in found:
        app_label = ContentType.objects.get_for_id(page.content_type_id).app_label
        if app_label in SKIPPED_APPS:
            continue
        key = app_label if app_label in PAGE_SECTIONS else "pages"
        grouped.setdefault(key, []).append(page)
    return grouped


def _word_filter(words, fields):
    condition = Q()
    for word in words:
        any_field = Q()
        for name in fields:
            any_field |= Q(**{f"{name}__icontains": word})
        condition &= any_field
    return condition


def search_opportunities(q):
    """Live opportunities with every word in the title, summary or organisation, soonest deadline first."""
    if not apps.is_installed("innoprocure.opportunities"):
        return None
    try:
        Opportunity = apps.get_model("opportunities", "Opportunity")
    except LookupError:
        return None
    words = search_words(q)
    if not words:
        return Opportunity.objects.none()
    return (
        Opportunity.objects.filter(live=True)
        .filter(_word_filter(words, ("title", "summary", "organisation")))
        .select_related("country")
        .order_by("deadline", "title", "pk")
    )


def opportunity_teaser(opportunity):
    try:
        from innoprocure.opportunities.teasers import teaser
        from innoprocure.opportunities.urls_helpers import index_url

        return teaser(opportunity, index_url())
    except ImportError:
        return Teaser(title=opportunity.title, url=opportunity.get_absolute_url(), summary=opportunity.summary)


def search_centres(q):
    """Competence centres (not former members) with every word in their name, organisation or description."""
    try:
        Centre = apps.get_model("network", "CompetenceCentre")
    except LookupError:
        return None
    words = search_words(q)
    if not words:
        return Centre.objects.none()
    fields = [name for name in ("name", "parent_organisation", "description") if _has_field(Centre, name)]
    queryset = Centre.objects.filter(_word_filter(words, fields)).select_related("country").order_by("name")
    return queryset.exclude(status="former") if _has_field(Centre, "status") else queryset


def _has_field(model, name):
    try:
        model._meta.get_field(name)
    except Exception:  # noqa: BLE001 - FieldDoesNotExist, whichever shape the model has today
        return False
    return True


def centre_teaser(centre):
    country = getattr(centre, "country", None)
    return Teaser(
        title=centre.name,
        url=centre.get_absolute_url(),
        summary=getattr(centre, "description", ""),
        kicker=str(_("Competence centre")),
        meta=[str(country)] if country else [],
    )


def search_forum(q, user):
    """Forum discussions this person may read (open groups for everybody, closed and private ones for members)."""
    if not apps.is_installed("innoprocure.forum"):
        return None
    from innoprocure.forum.search import search_threads

    words = search_words(q)
    return search_threads(words, user) if words else None


def forum_teaser(thread):
    from innoprocure.forum.search import teaser

    return teaser(thread)


@dataclass
class Source:
    """Part of a section's results: how many, and a way to fetch a slice of them as teasers."""

    count: int
    fetch: object  # (offset, limit) -> [Teaser]


def _page_source(pages):
    return Source(len(pages), lambda offset, limit: [page_teaser(page) for page in _specific(pages[offset : offset + limit])])


def _queryset_source(queryset, make_teaser):
    return Source(queryset.count(), lambda offset, limit: [make_teaser(item) for item in queryset[offset : offset + limit]])


def _sources(q, user=None):
    """{section key: [Source]} for every section except the Resource Centre; `user` decides what the forum shows."""
    sources = {key: [_page_source(pages)] for key, pages in search_pages(q).items()}
    opportunities = search_opportunities(q)
    if opportunities is not None:
        sources.setdefault("opportunities", []).insert(0, _queryset_source(opportunities, opportunity_teaser))
    centres = search_centres(q)
    if centres is not None:
        sources.setdefault("network", []).append(_queryset_source(centres, centre_teaser))
    threads = search_forum(q, user)
    if threads is not None:
        sources["forum"] = [_queryset_source(threads, forum_teaser)]
    return sources


def _take(sources, offset, limit):
    items = []
    for source in sources:
        if offset >= source.count:
            offset -= source.count
            continue
        items += source.fetch(offset, limit - len(items))
        offset = 0
        if len(items) >= limit:
            break
    return items


def _section_url(q, key):
    return "?" + urlencode({"q": q, "section": key})


def search_resources(q, limit):
    from innoprocure.resources.detail import teaser
    from innoprocure.resources.search import SearchRequest, search

    results = search(SearchRequest(q=q, page_size=limit), facets=False, snippets=False)
    return results.total, [teaser(hit.resource) for hit in results.hits], results.did_you_mean


def site_search(q, limit=5, user=None):
    """([Section] with results for `q` in the sections' order, `limit` items each; a spelling suggestion)."""
    sections = []
    total, items, did_you_mean = search_resources(q, limit)
    if total:
        more_url = localised(SECTIONS["resources"][2]) + "?" + urlencode({"q": q})
        sections.append(Section("resources", str(SECTIONS["resources"][1]), total, items, more_url=more_url))
    for key, sources in _sources(q, user).items():
        count = sum(source.count for source in sources)
        if count:
            more_url = _section_url(q, key) if count > limit else ""
            sections.append(Section(key, str(SECTIONS[key][1]), count, _take(sources, 0, limit), more_url=more_url))
    sections.sort(key=lambda section: SECTIONS[section.key][0])
    return sections, did_you_mean


def section_search(q, key, offset, limit, user=None):
    """One section's results (not the Resource Centre's, which has its own page): (count, [Teaser])."""
    sources = _sources(q, user).get(key, [])
    return sum(source.count for source in sources), _take(sources, offset, limit)


def _specific(pages):
    from wagtail.models import Page

    if not pages:
        return []
    specific = Page.objects.filter(pk__in=[page.pk for page in pages]).specific().in_bulk()
    return [specific[page.pk] for page in pages if page.pk in specific]
