"""RSS 2.0 and Atom feeds of the stories, for all of them and per category, served under the stories index page.

Optional query parameters: ?year=YYYY, ?tag=<slug>, ?limit=1…100 (default 20). A malformed one answers 400 with a
plain-text reason; an unknown category in the address answers 404. A filtered feed says so: its title names the
filters, and its links (to the listing and to itself) keep them. Every address and id is on BASE_URL, whatever Host
the request came with, so an entry's id does not change with the address the reader used.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from innoprocure.core import seo
from innoprocure.core.filtering import InvalidFilter, bad_request, feed_limit
from innoprocure.stories.filters import StoryFilter
from innoprocure.stories.listing import category_or_404, published_stories
from innoprocure.stories.models import StoryCategory

DEFAULT_LIMIT = 20


class StoryRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page, category="", filters=None, limit=DEFAULT_LIMIT):
        super().__init__()
        self.index_page = index_page
        self.category = category
        self.filters = filters
        self.limit = limit

    def title(self):
        if self.category:
            title = _("%(site)s – Stories: %(category)s") % {
                "site": settings.WAGTAIL_SITE_NAME,
                "category": StoryCategory(self.category).label,
            }
        else:
            title = _("%(site)s – Stories") % {"site": settings.WAGTAIL_SITE_NAME}
        narrower = []
        if self.filters and self.filters.year:
            narrower.append(str(self.filters.year))
        if self.filters and self.filters.tag is not None:
            narrower.append(_("tagged “%(tag)s”") % {"tag": self.filters.tag.name})
        return f"{title} ({', '.join(narrower)})" if narrower else title

    def filter_params(self):
        """The year and tag of this feed as URL parameters (the category is in the feed's path)."""
        params = []
        if self.filters and self.filters.year:
            params.append(("year", self.filters.year))
        if self.filters and self.filters.tag is not None:
            params.append(("tag", self.filters.tag.slug))
        return params

    def link(self):
        params = ([("category", self.category)] if self.category else []) + self.filter_params()
        return seo.absolute(self.index_page.url) + (f"?{urlencode(params)}" if params else "")

    def description(self):
        return self.index_page.introduction or _("News on public procurement of innovation in Europe.")

    def subtitle(self):
        return self.description()

    def feed_url(self):
        suffix = "atom" if self.feed_type is Atom1Feed else "rss"
        name = f"category_feed_{suffix}" if self.category else f"feed_{suffix}"
        kwargs = {"category": self.category} if self.category else None
        params = self.filter_params() + ([("limit", self.limit)] if self.limit != DEFAULT_LIMIT else [])
        path = self.index_page.url + self.index_page.reverse_subpage(name, kwargs=kwargs)
        return seo.absolute(path) + (f"?{urlencode(params)}" if params else "")

    def author_name(self):
        return settings.WAGTAIL_SITE_NAME

    def feed_copyright(self):
        return _("Texts under CC BY 4.0 unless stated otherwise.")

    def items(self):
        stories = self.filters.qs.child_of(self.index_page).prefetch_related("tagged_items__tag")
        return stories[: self.limit]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser

    def item_link(self, item):
        return seo.absolute(item.url)

    def item_guid(self, item):
        return seo.absolute(item.url)

    def item_pubdate(self, item):
        return item.moment

    def item_updateddate(self, item):
        return max(item.last_published_at or item.moment, item.moment)

    def item_categories(self, item):
        return [item.category_label] + [tagged.tag.name for tagged in item.tagged_items.all()]

    def item_author_name(self, item):
        return settings.WAGTAIL_SITE_NAME


class StoryAtomFeed(StoryRssFeed):
    feed_type = Atom1Feed

    def item_guid(self, item):
        # Atom entry ids must be permanent: the page id outlives a changed slug, BASE_URL's host a changed Host header.
        minted = item.first_published_at or item.moment
        return f"tag:{urlsplit(seo.base_url()).hostname},{minted:%Y-%m-%d}:story-{item.pk}"


def serve_feed(request, index_page, kind, category=""):
    """A route of the stories index page (routes.py): /stories/feed/<kind>/, /stories/category/<category>/feed/<kind>/."""
    if category:
        category_or_404(category)
    params = {"category": category, "year": request.GET.get("year"), "tag": request.GET.get("tag")}
    filters = StoryFilter(params, published_stories(), program=True)
    try:
        limit = feed_limit(request.GET.get("limit"), DEFAULT_LIMIT)
        filters.check()
    except InvalidFilter as error:
        return bad_request(error)
    feed_class = StoryAtomFeed if kind == "atom" else StoryRssFeed
    return feed_class(index_page, category=category, filters=filters, limit=limit)(request)
