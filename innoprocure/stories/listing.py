"""The stories listing's queries: published stories, their tags and years (filters: filters.py; the page: views.py)."""

from django.db.models import Prefetch
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.utils.translation import gettext as _
from taggit.models import Tag

from innoprocure.stories.models import StoryCategory, StoryPage, StoryPageTag

PER_PAGE = 10


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
