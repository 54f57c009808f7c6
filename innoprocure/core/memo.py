"""Small read-mostly results kept in the process's memory and made stale by the same table versions as cached pages.

Some work repeats on every page although its inputs change a few times a day: finding the Wagtail site of a host
name, or the home page's latest items per section. `remembered(key, compute)` runs `compute` once, notes the tables
its queries read, and reuses the value while nothing was written to them anywhere — checked with the page cache's
global generation (no round trip while it stands still) and otherwise with one `get_many` of the table versions.

A page rendered while a remembered value is reused must still depend on the tables behind that value, or the page
cache would store it without them: the tables are therefore reported to every table reader active at that moment.
"""

import threading
import time

from innoprocure.core import pagecache

MAX_SECONDS = 300  # an upper bound for values that also depend on the time of day ("closing soon")
_values = {}
_lock = threading.Lock()


def remembered(key, compute):
    """`compute()`, or the value it gave last time for `key` while none of the tables it read has been written."""
    if not pagecache.config("MEMO"):
        return compute()
    cache = pagecache._cache()
    generation = pagecache.known_generation.current(cache)
    found = _values.get(key)
    fresh = found is not None and found["expires"] > time.time()
    if fresh and (found["generation"] == generation or _versions_current(cache, found["versions"])):
        found["generation"] = generation
        pagecache.note_read(found["tables"])
        return found["value"]
    generation = pagecache.known_generation.current(cache, fresh=True)
    with pagecache.reading() as reader:
        value = compute()
    tables = reader.tables - set(pagecache.config("IGNORED_TABLES"))
    versions = _current_versions(cache, tables)
    if versions is not None and versions.pop(pagecache.GENERATION_KEY, None) == generation:
        with _lock:
            _values[key] = {
                "value": value,
                "tables": tables,
                "versions": versions,
                "generation": generation,
                "expires": time.time() + MAX_SECONDS,
            }
    return value


def forget():
    """Drop every remembered value (tests that empty the shared cache)."""
    with _lock:
        _values.clear()


def _versions_current(cache, versions):
    current = cache.get_many(list(versions))
    return all(current.get(name) == version for name, version in versions.items())


def _current_versions(cache, tables):
    """{version key: version} of the tables plus the generation, starting versions evicted from the cache."""
    keys = [pagecache._version_key(table) for table in sorted(tables)]
    current = cache.get_many([*keys, pagecache.GENERATION_KEY])
    missing = {name: pagecache.secrets.token_hex(8) for name in keys if name not in current}
    if missing:
        cache.set_many(missing, pagecache.VERSION_TIMEOUT)
        current.update(missing)
    return current


class KnownSiteMiddleware:
    """Wagtail finds the Site of the request's host name with a query on every request; the answer changes only when
    somebody edits the Sites, so it is remembered (place it before anything that asks for the site)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.http.request import split_domain_port
        from wagtail.models import Site

        if pagecache.config("MEMO"):  # otherwise Wagtail looks it up itself, only where a view asks for it
            hostname = split_domain_port(request._get_raw_host())[0]
            key = ("wagtail-site", hostname, request.get_port())
            request._wagtail_site = remembered(key, lambda: Site._find_for_request(request))
        return self.get_response(request)
