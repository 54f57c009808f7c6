"""Which stories to show: filters by category, year and tag, read leniently for people and strictly for machines.

The listing page ignores a value it does not know and says so; feeds and the API answer 400 instead, because a
program that sends a malformed parameter should hear about it rather than receive the wrong data.
"""

import re
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.utils.translation import gettext as _
from taggit.models import Tag

from innoprocure.core.chips import Facet, filter_chips
from innoprocure.stories.models import StoryCategory, StoryPage, StoryPageTag

PER_PAGE = 10
SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,100}$")


class InvalidFilter(ValueError):
    """A filter value a program sent that cannot be understood; `parameter` names it."""

    def __init__(self, parameter, message):
        super().__init__(message)
        self.parameter = parameter
        self.message = message


@dataclass
class StoryFilters:
    category: str = ""
    year: int | None = None
    tag: Tag | None = None
    ignored: list = field(default_factory=list)  # what a person asked for that we could not use, in words

    @property
    def active(self):
        return bool(self.category or self.year or self.tag)

    @property
    def category_label(self):
        return StoryCategory(self.category).label if self.category else ""


def published_stories():
    # .public() reads the view restrictions (one query) when called: build this once per request and reuse it.
    return StoryPage.objects.live().public().order_by("-date", "-first_published_at", "-pk")


def with_tags(stories):
    """The stories with their tags, in one query for all of them."""
    return stories.prefetch_related(Prefetch("tagged_items", queryset=StoryPageTag.objects.select_related("tag")))


def available_years(stories=None):
    stories = published_stories() if stories is None else stories
    years = stories.annotate(year=ExtractYear("date")).order_by("-year").values_list("year", flat=True).distinct()
    return list(years)


def used_tags(stories=None):
    """Tags of published stories, most used first."""
    stories = published_stories() if stories is None else stories
    tag_ids = StoryPageTag.objects.filter(content_object__in=stories.order_by()).values("tag_id")
    return list(Tag.objects.filter(pk__in=tag_ids).order_by("name"))


def category_or_404(value):
    if value not in StoryCategory.values:
        raise Http404(_("There is no story category “%(value)s”.") % {"value": value[:60]})
    return value


def parse_filters(params, strict=False):
    """Read ?category=&year=&tag= from a QueryDict or dict.

    strict=False (the listing page): unknown values are dropped and listed in `ignored`.
    strict=True (feeds, API): a malformed value raises InvalidFilter; a well-formed tag nobody used matches nothing.
    """
    filters = StoryFilters()

    category = (params.get("category") or "").strip()
    if category:
        if category in StoryCategory.values:
            filters.category = category
        elif strict:
            raise InvalidFilter(
                "category",
                _("Unknown category “%(value)s”. Use one of: %(choices)s.")
                % {"value": category[:60], "choices": ", ".join(StoryCategory.values)},
            )
        else:
            filters.ignored.append(_("category “%(value)s”") % {"value": category[:60]})

    year = params.get("year")
    year = "" if year is None else str(year).strip()
    if year:
        valid = year.isdigit() and len(year) == 4 and 1900 <= int(year) <= 2100
        if strict:
            if not valid:
                raise InvalidFilter("year", _("The year must be a four-digit number between 1900 and 2100."))
            filters.year = int(year)
        elif valid and int(year) in available_years():
            filters.year = int(year)
        else:
            filters.ignored.append(_("year “%(value)s”") % {"value": year[:60]})

    tag = (params.get("tag") or "").strip()
    if tag:
        if not SLUG.match(tag):
            if strict:
                raise InvalidFilter("tag", _("A tag is written with letters, digits and hyphens only."))
            filters.ignored.append(_("tag “%(value)s”") % {"value": tag[:60]})
        else:
            filters.tag = Tag.objects.filter(slug=tag).first()
            if filters.tag is None:
                if strict:
                    filters.tag = Tag(name=tag, slug=tag)  # matches no story: an empty, valid answer
                else:
                    filters.ignored.append(_("tag “%(value)s”") % {"value": tag[:60]})
    return filters


def filter_stories(filters, stories=None):
    stories = published_stories() if stories is None else stories
    if filters.category:
        stories = stories.filter(category=filters.category)
    if filters.year:
        stories = stories.filter(date__year=filters.year)
    if filters.tag is not None:
        if filters.tag.pk is None:
            return stories.none()
        stories = stories.filter(tagged_items__tag=filters.tag)
    return stories


def listing_context(index_page, request):
    from innoprocure.stories.teasers import teaser

    published = published_stories()
    filters = parse_filters(request.GET)
    stories = with_tags(filter_stories(filters, published).select_related("image"))
    page_obj = Paginator(stories, PER_PAGE).get_page(request.GET.get("page"))
    tags, years = used_tags(published), available_years(published)
    chip_facets = [
        Facet("category", _("Category"), StoryCategory.choices),
        Facet("year", _("Year"), [(year, year) for year in years]),
        Facet("tag", _("Tag"), [(tag.slug, tag.name) for tag in tags]),
    ]
    return {
        "filters": filters,
        "chips": filter_chips(request, chip_facets),
        "page_obj": page_obj,
        "teasers": [teaser(story, request) for story in page_obj.object_list],
        "tags": tags,
        "categories": StoryCategory.choices,
        "years": years,
        "feed_links": index_page.feed_links(filters.category),
    }
