"""Rate limits for forms, counted in Django's cache (local memory or Redis).

    from innoprocure.core.ratelimit import ratelimit, is_rate_limited

    @ratelimit("contact", rate="5/h")                      # 5 POSTs an hour per client IP, then a friendly 429 page
    def contact(request): ...

    @ratelimit("vote", rate="30/h", key="user")            # per signed-in user (visitors per IP); or key=callable
    @method_decorator(ratelimit("apply", rate="3/d"), name="dispatch")   # class-based views

    if is_rate_limited(request, "newsletter", "5/h"):     # inside a view; counts this request unless increment=False
        return rate_limited_response(request, "newsletter", "5/h")

Rates are "<count>/<period>" where the period is s, m, h or d with an optional multiplier ("10/15m").
Only POST requests count unless `methods` says otherwise. settings.RATELIMIT_ENABLED = False turns every limit off.
A refused request is not counted, so waiting is always enough to get through again.
"""

import hashlib
import math
import re
import time
from dataclasses import dataclass
from datetime import timedelta
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.shortcuts import render
from django.utils import timezone

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
RATE_PATTERN = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")


@dataclass(frozen=True)
class Rate:
    limit: int
    period: int  # seconds


@dataclass(frozen=True)
class Verdict:
    limited: bool
    retry_after: int  # seconds until a request would be accepted again (0 when not limited)


def parse_rate(rate):
    """ "5/h" → Rate(5, 3600); "10/15m" → Rate(10, 900)."""
    if isinstance(rate, Rate):
        return rate
    match = RATE_PATTERN.match(str(rate))
    if not match:
        raise ValueError(f"Rate {rate!r} is not of the form '5/h' or '10/15m'.")
    count, multiplier, unit = match.groups()
    return Rate(int(count), int(multiplier or 1) * PERIODS[unit])


def client_ip(request):
    """The client's address. Behind N trusted reverse proxies (settings.TRUSTED_PROXY_COUNT) it is the N-th address
    from the right of X-Forwarded-For; anything further left could have been written by the client."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR") or "unknown"


def _identity(request, key):
    if callable(key):
        return str(key(request))
    user = getattr(request, "user", None)
    signed_in = user is not None and user.is_authenticated
    if key == "ip":
        return f"ip:{client_ip(request)}"
    if key in ("user", "user_or_ip"):  # a signed-in user wherever they are; visitors by address
        return f"user:{user.pk}" if signed_in else f"ip:{client_ip(request)}"
    raise ValueError(f"Unknown rate-limit key {key!r}: use 'ip', 'user', 'user_or_ip' or a function of the request.")


def _cache():
    return caches[getattr(settings, "RATELIMIT_CACHE", "default")]


def _counter_key(scope, identity, window_start):
    digest = hashlib.sha256(identity.encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}:{window_start}"


def _increment(cache, key, timeout):
    # add() is atomic in every backend: the first request creates the counter, the others increment it.
    if cache.add(key, 1, timeout):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout)
        return 1


def check(request, scope, rate, key="ip", increment=True, window="sliding", now=None):
    """Decide whether this request is over the limit and, when it is not and `increment` is true, count it.

    A fixed window resets at the end of each period. The sliding window (default) also weighs the previous period by
    how much of it still overlaps the last `period` seconds, so a burst just before and just after a period boundary
    cannot double the rate.
    """
    if not getattr(settings, "RATELIMIT_ENABLED", True):
        return Verdict(False, 0)
    rate = parse_rate(rate)
    now = time.time() if now is None else now
    identity = _identity(request, key)
    window_start = int(now // rate.period) * rate.period
    elapsed = now - window_start
    cache = _cache()
    current_key = _counter_key(scope, identity, window_start)
    current = cache.get(current_key, 0)
    previous = 0
    if window == "sliding":
        previous = cache.get(_counter_key(scope, identity, window_start - rate.period), 0)
    elif window != "fixed":
        raise ValueError("window must be 'sliding' or 'fixed'")
    weight = 1 - elapsed / rate.period
    estimate = current + previous * weight
    if estimate + 1 > rate.limit:
        if window == "fixed":
            return Verdict(True, max(1, math.ceil(rate.period - elapsed)))
        return Verdict(True, _retry_after(rate, current, previous, elapsed))
    if increment:
        _increment(cache, current_key, rate.period * 2)
    return Verdict(False, 0)


def _retry_after(rate, current, previous, elapsed):
    remaining = rate.period - elapsed
    if current + 1 > rate.limit or previous == 0:
        # This period alone is full: wait for the next one, and for enough of this one to slide out of view.
        if current == 0:
            return max(1, math.ceil(remaining))
        wait_into_next = rate.period * (1 - (rate.limit - 1) / current) if current >= rate.limit else 0
        return max(1, math.ceil(remaining + wait_into_next))
    # Wait until enough of the previous period has slid away: previous * (1 - t/period) + current + 1 <= limit.
    needed_weight = (rate.limit - 1 - current) / previous
    return max(1, math.ceil(rate.period * (1 - needed_weight) - elapsed))


@dataclass(frozen=True)
class Quota:
    """Where a client stands in a fixed window: what the RateLimit-* response headers tell it."""

    limit: int
    remaining: int
    reset: int  # seconds until the window ends and the full limit is available again
    period: int
    limited: bool


def consume(request, scope, rate, key="ip", now=None):
    """Count this request in a fixed window of `rate` and say where the client stands (None when limits are off).

    Counting first keeps it atomic under concurrency; a request over the limit is counted too, which changes
    nothing, as the count starts again at the end of the window whatever it reached.
    """
    if not getattr(settings, "RATELIMIT_ENABLED", True):
        return None
    rate = parse_rate(rate)
    now = time.time() if now is None else now
    window_start = int(now // rate.period) * rate.period
    count = _increment(_cache(), _counter_key(scope, _identity(request, key), window_start), rate.period)
    reset = max(1, math.ceil(window_start + rate.period - now))
    return Quota(rate.limit, max(0, rate.limit - count), reset, rate.period, limited=count > rate.limit)


def is_rate_limited(request, scope, rate, key="ip", increment=True, window="sliding"):
    """True when this request is over the limit for `scope`; otherwise the request is counted (unless increment=False)."""
    verdict = check(request, scope, rate, key=key, increment=increment, window=window)
    request._ratelimit_retry_after = verdict.retry_after
    return verdict.limited


def rate_limited_response(request, scope="", rate=None, retry_after=None):
    """The friendly 429 page: what happened and when to try again."""
    if retry_after is None:
        retry_after = getattr(request, "_ratelimit_retry_after", 0) or (parse_rate(rate).period if rate else 60)
    retry_at = timezone.localtime() + timedelta(seconds=retry_after)
    response = render(
        request,
        "429.html",
        {"retry_after": retry_after, "retry_minutes": max(1, math.ceil(retry_after / 60)), "retry_at": retry_at, "scope": scope},
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    return response


def ratelimit(scope, rate="5/h", key="ip", methods=("POST",), window="sliding"):
    """View decorator: answer 429 with a friendly page once a client sends more than `rate` requests to `scope`."""
    parse_rate(rate)  # fail at import time on a typo

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method in methods:
                verdict = check(request, scope, rate, key=key, window=window)
                if verdict.limited:
                    return rate_limited_response(request, scope, rate, retry_after=verdict.retry_after)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
