"""RSS 2.0 and Atom feeds of the Resource Centre (/resources/feed/rss/, /resources/feed/atom/).

The feed takes the listing's own parameters (q, type, sector, approach, stage, country, language, year, tag, sort)
and answers what the listing shows for them, newest first unless words or a sort say otherwise; ?limit=1…100
(default 20) says how many. A parameter the search cannot use answers 400 with the reason in plain text, as the
stories' feeds do: a feed reader should hear about it rather than receive the wrong resources.

The listing links the feed of its current filters; the feed's title names them, and its links (to the listing and
to itself) keep them. Every address and id is on BASE_URL.
"""

from dataclasses import replace

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from innoprocure.core import seo
from innoprocure.core.filtering import InvalidFilter, bad_request, feed_limit
from innoprocure.resources.filters import ResourceFilter
from innoprocure.resources.models import Resource
from innoprocure.resources.search import FACET_LABELS, search, value_label

DEFAULT_LIMIT = 20
ITEM_FIELDS = (
    "pk",
    "title",
    "slug",
    "summary",
    "resource_type",
    "publisher",
    "publication_year",
    "first_published_at",
    "last_published_at",
    "created_at",
    "updated_at",
)


def feed_urls(search_request):
    """{"rss": …, "atom": …}: the site-relative addresses of the feeds of this listing's words, filters and sort."""
    params = search_request.params()
    query = f"?{urlencode(params)}" if params else ""
    base = reverse("wagtail_serve", args=["resources/"])
    return {"rss": f"{base}feed/rss/{query}", "atom": f"{base}feed/atom/{query}"}


def describe(search_request):
    """The words and filters in words, for the title: "“sensors”; Sector: Health; Country: Germany, Austria"."""
    parts = [f"“{search_request.q}”"] if search_request.q else []
    for facet, values in search_request.filters:
        parts.append(f"{FACET_LABELS[facet]}: {', '.join(value_label(facet, value) for value in values)}")
    return "; ".join(parts)


class ResourceRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page, search_request, limit=DEFAULT_LIMIT):
        super().__init__()
        self.index_page = index_page
        self.search_request = search_request
        self.limit = limit

    def title(self):
        title = _("%(site)s – Resource Centre") % {"site": settings.WAGTAIL_SITE_NAME}
        described = describe(self.search_request)
        return f"{title} ({described})" if described else title

    def link(self):
        params = self.search_request.params()
        return seo.absolute(self.index_page.url) + (f"?{urlencode(params)}" if params else "")

    def feed_url(self):
        url = feed_urls(self.search_request)["atom" if self.feed_type is Atom1Feed else "rss"]
        if self.limit != DEFAULT_LIMIT:
            url += ("&" if "?" in url else "?") + urlencode({"limit": self.limit})
        return seo.absolute(url)

    def description(self):
        return self.index_page.introduction or _(
            "Guides, case studies, templates, laws and projects on public procurement of innovation."
        )

    def subtitle(self):
        return self.description()

    def author_name(self):
        return settings.WAGTAIL_SITE_NAME

    def feed_copyright(self):
        from innoprocure.opendata.licences import metadata_licence

        return _("Metadata under %(licence)s; each resource states its own licence.") % {"licence": metadata_licence()}

    def items(self):
        results = search(self.search_request, facets=False, snippets=False)
        ids = [hit.resource.pk for hit in results.hits]
        found = Resource.objects.filter(pk__in=ids, live=True).only(*ITEM_FIELDS).in_bulk()
        return [found[pk] for pk in ids if pk in found]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return seo.absolute(item.get_absolute_url())

    def item_guid(self, item):
        # The permalink: it outlives a changed slug and is on BASE_URL whatever Host the reader used.
        return seo.absolute(reverse("wagtail_serve", args=[f"resources/id/{item.pk}/"]))

    def item_pubdate(self, item):
        return item.first_published_at or item.created_at

    def item_updateddate(self, item):
        return item.last_published_at or item.updated_at

    def item_author_name(self, item):
        return item.publisher or settings.WAGTAIL_SITE_NAME

    def item_categories(self, item):
        return [str(item.get_resource_type_display()), str(item.publication_year)]


class ResourceAtomFeed(ResourceRssFeed):
    feed_type = Atom1Feed


def serve_feed(index_page, request, kind):
    filters = ResourceFilter(request.GET)
    try:
        filters.check()
        limit = feed_limit(request.GET.get("limit"), DEFAULT_LIMIT)
    except InvalidFilter as error:
        return bad_request(error)
    search_request = replace(filters.search_request, page=1, page_size=limit)
    feed_class = ResourceAtomFeed if kind == "atom" else ResourceRssFeed
    return feed_class(index_page, search_request, limit=limit)(request)
