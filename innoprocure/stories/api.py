"""/api/v1/stories: published stories, filterable by category, year and tag, newest first."""

import datetime
from typing import Literal

from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.errors import HttpError

from innoprocure.api.conventions import (
    ListOut,
    id_parameter,
    page_parameter,
    page_size_parameter,
    paginate,
    responses,
    slug_parameter,
)
from innoprocure.stories.filters import StoryFilter
from innoprocure.stories.listing import published_stories
from innoprocure.stories.models import StoryCategory

router = Router(tags=["stories"])


class RelatedResourceOut(Schema):
    title: str
    url: str


class StoryOut(Schema):
    id: int
    title: str
    url: str
    date: datetime.date
    teaser: str
    category: str
    category_label: str
    tags: list[str]
    illustrative: bool  # invented demo content, labelled "Illustrative example"


class StoryDetailOut(StoryOut):
    body_html: str
    related_resources: list[RelatedResourceOut]


class StoryList(ListOut):
    results: list[StoryOut]


def summary(request, story):
    return {
        "id": story.pk,
        "title": story.title,
        "url": request.build_absolute_uri(story.url),
        "date": story.date,
        "teaser": story.teaser,
        "category": story.category,
        "category_label": str(story.category_label),
        "tags": [tagged.tag.name for tagged in story.tagged_items.all()],
        "illustrative": story.illustrative,
    }


@router.get("", response=responses(StoryList), summary="List stories")
def list_stories(
    request,
    category: Literal[tuple(StoryCategory.values)] | None = Query(None),
    year: int | None = Query(None, ge=1900, le=2100),
    tag: str | None = slug_parameter("A tag slug; one nobody used matches no story."),
    page: int = page_parameter(),
    page_size: int = page_size_parameter(),
):
    filters = StoryFilter({"category": category, "year": year, "tag": tag}, published_stories(), program=True)
    stories = filters.check().qs.prefetch_related("tagged_items__tag")
    results, page_envelope = paginate(request, stories, page, page_size)
    return {**page_envelope, "results": [summary(request, story) for story in results]}


@router.get("/{int:story_id}", response=responses(StoryDetailOut, not_found=True), summary="One story")
def story_detail(request, story_id: int = id_parameter()):
    story = published_stories().filter(pk=story_id).prefetch_related("tagged_items__tag").first()
    if story is None:
        raise HttpError(404, _("No published story has this id."))
    request.api_last_modified = story.last_published_at
    return {
        **summary(request, story),
        "body_html": str(story.body),
        "related_resources": [
            {"title": resource.title, "url": request.build_absolute_uri(resource.get_absolute_url())}
            for resource in story.live_related_resources()
        ],
    }
