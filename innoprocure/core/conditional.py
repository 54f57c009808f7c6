"""Conditional GET for the documents machines poll: feeds, calendars, the sitemap, the open-data catalogue and dumps.

Feed readers, calendar clients, crawlers and harvesters ask again and again; with an ETag (and a Last-Modified
where the view knows one) they send If-None-Match / If-Modified-Since and get 304 Not Modified, without the body,
while nothing changed. The middleware sits before the page cache, so a page served from the cache answers 304 too.
It acts on these media types only: HTML pages carry per-visitor parts, and the JSON API has its own conventions.
"""

from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.http import parse_http_date_safe

MEDIA_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "text/calendar",
    "application/xml",  # the sitemap
    "text/turtle",
    "application/ld+json",
    "application/rdf+xml",
    "application/jsonl",
    "text/csv",
    "application/opensearchdescription+xml",
)


def applies(response):
    media_type = response.get("Content-Type", "").split(";")[0].strip()
    return response.status_code == 200 and media_type in MEDIA_TYPES


class ConditionalGetMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD") or not applies(response):
            return response
        if not response.streaming and not response.has_header("ETag"):
            set_response_etag(response)
        if not response.has_header("ETag") and not response.has_header("Last-Modified"):
            return response
        return get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=parse_http_date_safe(response.get("Last-Modified")),
            response=response,
        )
