"""/api/v1/resources: the Resource Centre's search as JSON (same parameters and results as the listing page)."""

import datetime
from typing import Annotated, Literal

from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import StringConstraints

from innoprocure.api.conventions import (
    MAX_PAGE,
    CountryCode,
    ListOut,
    Slug,
    envelope,
    id_parameter,
    responses,
    text_parameter,
)
from innoprocure.core.taxonomies import Approach
from innoprocure.resources.filters import ResourceFilter
from innoprocure.resources.models import Resource, ResourceType
from innoprocure.resources.search import MAX_PAGE_SIZE, MAX_QUERY_LENGTH, MAX_VALUES, PAGE_SIZE, search

router = Router(tags=["resources"])


class FacetValueOut(Schema):
    value: str
    label: str
    count: int


class ResourceOut(Schema):
    id: int
    title: str
    slug: str
    url: str
    summary: str
    type: str
    approach: str
    sectors: list[str]
    stages: list[str]
    countries: list[str]
    languages: list[str]
    year: int | None
    publisher: str
    illustrative: bool  # invented demo content about fictional organisations, labelled "Illustrative example"
    snippet: str  # HTML: the text is escaped and the matched words are wrapped in <mark>


class ResourceList(ListOut):
    results: list[ResourceOut]
    facets: dict[str, list[FacetValueOut]]
    did_you_mean: str | None


class AttachmentOut(Schema):
    title: str
    url: str
    file_type: str
    size: int


class ResourceLink(Schema):
    id: int
    title: str
    url: str


class ResourceDetailOut(Schema):
    id: int
    title: str
    slug: str
    url: str
    summary: str
    body_html: str
    type: str
    type_label: str
    approach: str
    approach_label: str
    sectors: list[str]
    stages: list[str]
    countries: list[str]
    languages: list[str]
    main_language: str
    year: int | None
    publisher: str
    illustrative: bool
    external_url: str
    licence: str
    tags: list[str]
    attachments: list[AttachmentOut]
    related: list[ResourceLink]
    published_at: datetime.datetime | None
    updated_at: datetime.datetime


def _facts(request, resource, codes=None):
    """The fields every resource has in the API; `codes` (facet -> values) from a search hit saves queries."""
    if codes is None:
        codes = {
            "sector": [sector.slug for sector in resource.sectors.all()],
            "stage": [stage.slug for stage in resource.stages.all()],
            "country": [country.code for country in resource.countries.all()],
            "language": [language.code for language in resource.languages.all()],
        }
    return {
        "id": resource.pk,
        "title": resource.title,
        "slug": resource.slug,
        "url": request.build_absolute_uri(resource.get_absolute_url()),
        "summary": resource.summary,
        "type": resource.resource_type,
        "approach": resource.approach,
        "sectors": sorted(codes["sector"]),
        "stages": sorted(codes["stage"]),
        "countries": sorted(codes["country"]),
        "languages": sorted(codes["language"]),
        "year": resource.publication_year,
        "publisher": resource.publisher,
        "illustrative": resource.illustrative,
    }


def _values(description):
    return Query(
        None,
        max_length=MAX_VALUES,
        description=description + " Repeat the parameter for several values (they combine with OR); a value of the right"
        " form that no resource has matches nothing.",
    )


Language = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2}$")]
Year = Annotated[str, StringConstraints(pattern=r"^[1-9][0-9]{3}$")]


# Parameter declarations (for the OpenAPI schema); the values themselves are checked by filters.ResourceFilter.
TYPE_PARAM = _values(f"Resource type: {', '.join(ResourceType.values)}.")
SECTOR_PARAM = _values("Sector slug, e.g. energy.")
APPROACH_PARAM = _values(f"Approach: {', '.join(Approach.values)}.")
STAGE_PARAM = _values("Procurement stage slug, e.g. market-engagement.")
COUNTRY_PARAM = _values("ISO 3166-1 alpha-2 country code; EU for EU-wide.")
LANGUAGE_PARAM = _values("ISO 639-1 language code.")
YEAR_PARAM = _values("Publication year, e.g. 2021.")
TAG_PARAM = _values("Tag slug.")


@router.get(
    "",
    response=responses(ResourceList),
    summary="Search resources",
    description=(
        "Full-text search with facets. Words combine with AND (each analysed in every supported language, typos "
        'corrected), "quoted phrases" must occur as written; filters of one facet combine with OR, different '
        "facets with AND; each facet's counts apply every other facet's filter. Invalid parameters give 400 "
        "naming them."
    ),
)
def list_resources(
    request,
    q: str | None = text_parameter(f"Search words, at most {MAX_QUERY_LENGTH} characters.", MAX_QUERY_LENGTH),
    type: list[Literal[tuple(ResourceType.values)]] = TYPE_PARAM,  # the public name
    sector: list[Slug] = SECTOR_PARAM,
    approach: list[Literal[tuple(Approach.values)]] = APPROACH_PARAM,
    stage: list[Slug] = STAGE_PARAM,
    country: list[CountryCode] = COUNTRY_PARAM,
    language: list[Language] = LANGUAGE_PARAM,
    year: list[Year] = YEAR_PARAM,
    tag: list[Slug] = TAG_PARAM,
    sort: Literal["relevance", "newest", "title"] | None = Query(None, description="Default: relevance with words, else newest."),
    page: int = Query(1, ge=1, le=MAX_PAGE),
    page_size: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
):
    search_request = ResourceFilter(request.GET, api=True, program=True).check().search_request
    results = search(search_request)
    return {
        **envelope(request, results.total, search_request.page, search_request.page_size),
        "results": [{**_facts(request, hit.resource, hit.codes), "snippet": str(hit.snippet)} for hit in results.hits],
        "facets": {
            facet: [{"value": item.value, "label": item.label, "count": item.count} for item in values]
            for facet, values in results.facets.items()
        },
        "did_you_mean": results.did_you_mean or None,
    }


@router.get("/{int:resource_id}", response=responses(ResourceDetailOut, not_found=True), summary="One resource")
def resource_detail(request, resource_id: int = id_parameter()):
    resource = (
        Resource.objects.filter(pk=resource_id, live=True)
        .select_related("main_language")
        .prefetch_related("sectors", "stages", "countries", "languages", "tags", "attachments", "related_resources")
        .first()
    )
    if resource is None:
        raise HttpError(404, _("No published resource has this id."))
    request.api_last_modified = resource.updated_at
    from innoprocure.resources.detail import body_html, listing_url

    index_url = listing_url()

    return {
        **_facts(request, resource),
        "body_html": str(body_html(resource)),
        "type_label": str(resource.get_resource_type_display()),
        "approach_label": str(resource.get_approach_display()),
        "main_language": resource.main_language_id,
        "external_url": resource.external_url,
        "licence": resource.licence,
        "tags": [tag.name for tag in resource.tags.all()],
        "attachments": [
            {
                "title": attachment.title,
                "url": request.build_absolute_uri(f"{index_url}{resource.slug}/attachments/{attachment.pk}/"),
                "file_type": attachment.file_type,
                "size": attachment.size,
            }
            for attachment in resource.attachments.all()
            if attachment.is_downloadable
        ],
        "related": [
            {"id": other.pk, "title": other.title, "url": request.build_absolute_uri(other.get_absolute_url())}
            for other in resource.related_resources.all()
            if other.live
        ],
        "published_at": resource.first_published_at,
        "updated_at": resource.updated_at,
    }
