"""The HTTP conventions of the public read API (/api/v1/), in one place for every operation:

* `HEAD` wherever `GET` works (the GET answer's headers, no body); `OPTIONS` answers 204 with `Allow`.
* CORS: `Access-Control-Allow-Origin: *` on GET, HEAD and OPTIONS (preflights included), so any web page may read
  the open data. Never on a response marked private (`Cache-Control: private` or `no-store`): should a personal
  operation ever join the API, no other site could read it.
* Conditional GET: a strong `ETag` on every 200 (and the `Last-Modified` of the operations that know it, written
  by api.PublicApi); a matching `If-None-Match` or `If-Modified-Since` gets 304 without a body.
* Rate limit per client address (`API_RATE_LIMIT`, counted in the shared cache by core/ratelimit.py):
  `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` (seconds) and `RateLimit-Policy` on every answer;
  over the limit, 429 with `Retry-After` and a JSON body.

It sits outside the page cache, so cached answers are counted, conditional and CORS-enabled like fresh ones.
"""

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.http import parse_http_date_safe

from innoprocure.core.api_errors import error_detail
from innoprocure.core.ratelimit import consume

PREFIX = "/api/v1/"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
EXPOSED_HEADERS = (
    "ETag, Last-Modified, Link, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy"
)
REQUEST_HEADERS = "Accept, Accept-Language, If-None-Match, If-Modified-Since"
PREFLIGHT_MAX_AGE = 24 * 60 * 60


def is_private(response):
    cache_control = response.get("Cache-Control", "").lower()
    return "private" in cache_control or "no-store" in cache_control


def allowed_methods(response):
    methods = {method.strip().upper() for method in response.get("Allow", "").split(",") if method.strip()}
    if "GET" in methods:
        methods |= {"HEAD", "OPTIONS"}
    order = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]
    return ", ".join(sorted(methods, key=lambda method: order.index(method) if method in order else len(order)))


class ApiConventionsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(PREFIX):
            return self.get_response(request)
        head = request.method == "HEAD"
        if head:
            request.method = "GET"
        quota = None
        if request.method == "GET":
            quota = consume(request, "api", getattr(settings, "API_RATE_LIMIT", "300/m"))
        if quota is not None and quota.limited:
            response = JsonResponse({"detail": error_detail(429)}, status=429)
            response["Retry-After"] = str(quota.reset)
        else:
            response = self.get_response(request)
        if head:
            request.method = "HEAD"
        if request.method == "OPTIONS" and response.status_code == 405:
            # The operation does not answer OPTIONS itself: the method is the framework's, as HEAD is.
            allow = allowed_methods(response)
            response = HttpResponse(status=204)
            response["Allow"] = allow
        elif response.status_code == 405 and "Allow" in response:
            response["Allow"] = allowed_methods(response)
        if request.method in ("GET", "HEAD") and response.status_code == 200 and not response.streaming:
            response = self.conditional(request, response)
        if quota is not None:
            self.rate_limit_headers(response, quota)
        if request.method in SAFE_METHODS and not is_private(response):
            self.cors_headers(request, response)
        if head and not response.streaming:
            length = len(response.content)
            response.content = b""
            response["Content-Length"] = str(length)
        return response

    def conditional(self, request, response):
        if not response.has_header("ETag"):
            set_response_etag(response)
        return get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=parse_http_date_safe(response.get("Last-Modified")),
            response=response,
        )

    def rate_limit_headers(self, response, quota):
        response["RateLimit-Limit"] = str(quota.limit)
        response["RateLimit-Remaining"] = str(quota.remaining)
        response["RateLimit-Reset"] = str(quota.reset)
        response["RateLimit-Policy"] = f"{quota.limit};w={quota.period}"

    def cors_headers(self, request, response):
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
        if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Allow-Headers"] = REQUEST_HEADERS
            response["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE)
