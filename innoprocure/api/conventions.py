"""What every operation of the API shares: the error bodies, the documented status codes, the list envelope.

    @router.get("", response=responses(StoryList), summary="List stories")
    def list_stories(request, page: int = PAGE, page_size: int = PAGE_SIZE):
        results, envelope = paginate(request, stories, page, page_size)
        return {**envelope, "results": [...]}

    @router.get("/{int:story_id}", response=responses(StoryDetailOut, not_found=True), summary="One story")

Every list answers {count, page, page_size, pages, next, previous, results} (plus what is particular to it, such as
the resources' facets); `next` and `previous` are absolute addresses (or null), repeated with first and last in a
`Link` header (RFC 8288), which api.PublicApi writes from what envelope() leaves on the request.
"""

import math
from typing import Annotated

from django.core.paginator import Paginator
from ninja import Path, Query, Schema
from pydantic import StringConstraints

MAX_PAGE_SIZE = 100
MAX_PAGE = 1_000_000
MAX_ID = 2**63 - 1  # the largest id a database row can have (core/junk.py refuses larger numbers)

# What a parameter may look like, stated in the OpenAPI document. A value of the right form that names nothing the
# platform knows (a country without centres, a tag nobody used) is a valid question with an empty answer, not a 400.
SLUG_PATTERN = r"^[-a-zA-Z0-9_]{1,100}$"
COUNTRY_PATTERN = r"^[A-Za-z]{2}$"
LANGUAGE_PATTERN = r"^[a-z]{2}$"
TEXT_PATTERN = r"^[^\u0000]*$"  # free text: anything but the NUL character

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
CountryCode = Annotated[str, StringConstraints(pattern=COUNTRY_PATTERN)]
LanguageCode = Annotated[str, StringConstraints(pattern=LANGUAGE_PATTERN)]


def slug_parameter(description):
    return Query(None, pattern=SLUG_PATTERN, description=description)


def country_parameter(description="ISO 3166-1 alpha-2 code; EU for EU-wide."):
    return Query(None, pattern=COUNTRY_PATTERN, description=description)


def text_parameter(description, max_length):
    return Query(None, pattern=TEXT_PATTERN, max_length=max_length, description=description)


def id_parameter():
    return Path(..., ge=0, le=MAX_ID)


class ParameterError(Schema):
    parameter: str | None
    message: str


class ErrorOut(Schema):
    """Every error of the API: a sentence for people and, for invalid parameters, one entry per parameter."""

    detail: str
    errors: list[ParameterError] = []


def responses(ok, not_found=False):
    """The documented answers of a read operation: its 200 schema and the errors any of them may give."""
    documented = {
        200: ok,
        304: None,  # a conditional request (If-None-Match / If-Modified-Since) for what the client has
        400: ErrorOut,  # invalid parameters, each named in `errors`
        429: ErrorOut,  # over the rate limit: Retry-After says when to try again
        503: ErrorOut,  # the database is briefly away: Retry-After
    }
    if not_found:
        documented[404] = ErrorOut
    return documented


def page_parameter():
    return Query(1, ge=1, le=MAX_PAGE, description="The page, from 1; a page past the last is empty.")


def page_size_parameter(default=20):
    return Query(default, ge=1, le=MAX_PAGE_SIZE, description=f"Results per page, at most {MAX_PAGE_SIZE}.")


def page_address(request, page):
    query = request.GET.copy()
    query["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def envelope(request, count, page, page_size):
    """The list envelope without its results; remembers the links for the `Link` header."""
    pages = math.ceil(count / page_size)
    next_page = page + 1 if page < pages else None
    previous_page = min(page - 1, pages) if page > 1 and pages else None
    links = {
        "next": page_address(request, next_page) if next_page else None,
        "prev": page_address(request, previous_page) if previous_page else None,
        "first": page_address(request, 1),
        "last": page_address(request, max(pages, 1)),
    }
    request.api_links = {rel: url for rel, url in links.items() if url}
    return {
        "count": count,
        "page": page,
        "page_size": page_size,
        "pages": pages,
        "next": links["next"],
        "previous": links["prev"],
    }


def paginate(request, items, page, page_size):
    """(this page's items, the envelope) for a queryset or a list."""
    paginator = Paginator(items, page_size)
    results = paginator.page(page).object_list if page <= paginator.num_pages else []
    return results, envelope(request, paginator.count, page, page_size)


class ListOut(Schema):
    """The envelope every list schema extends with its `results`."""

    count: int
    page: int
    page_size: int
    pages: int
    next: str | None
    previous: str | None
