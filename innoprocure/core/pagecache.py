"""Whole pages for anonymous visitors, served from the shared cache and invalidated by the tables they read.

The rule is one sentence: a cached page depends on the database tables its queries read, and any write to one of
those tables makes it stale. Both halves are seen at the level of SQL, so nothing can forget to invalidate: editing a
story in Wagtail, a bulk import of TED notices, the search indexer's raw SQL and a background worker in another
process all end in an INSERT, UPDATE or DELETE that bumps the table's version in the shared cache.

* While a page renders (a cache miss), an execute wrapper notes the tables of every query. The page is stored with
  the version of each of those tables.
* Every connection carries a second wrapper that notes the tables each write statement changes and bumps their
  versions once the transaction commits (at once in autocommit). A write rolled back bumps nothing.
* A hit compares the stored versions with the current ones (one `get_many`); any difference is a miss.
* A write that commits while a page renders could leave a page rendered from the old rows stored with the new
  versions; a global generation read before and after the render catches that, and such a page is not stored.

Only requests that cannot be personal are served or stored: GET/HEAD without a session or messages cookie and
without an Authorization header, outside the admin and account areas. Only responses that are the same for
everybody are stored: 200, no cookie set, no CSRF token used, not private/no-store, and no CSP nonce (a nonce
served twice would be no nonce at all — our pages load scripts from our own origin and have no inline script).
Pages that depend on the time of day (an opportunity becomes "closing soon") are re-rendered after
PAGE_CACHE["SECONDS"] at the latest.
"""

import hashlib
import logging
import re
import secrets

from django.conf import settings
from django.core.cache import caches
from django.db import connections, transaction
from django.http import HttpResponse
from django.utils import translation

logger = logging.getLogger(__name__)
PREFIX = "pagecache:"
GENERATION_KEY = PREFIX + "generation"
VERSION_TIMEOUT = 60 * 60 * 24 * 30  # versions outlive every page that records them

_WRITE = re.compile(r'^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.I)
_READ = re.compile(r'\b(?:FROM|JOIN)\s+"?([A-Za-z_]\w*)"?', re.I)


def config(name):
    defaults = {
        "ENABLED": True,
        "SECONDS": 300,
        "CACHE": "default",
        "EXCLUDED_PATHS": ("/admin/", "/django-admin/", "/accounts/", "/documents/", "/healthz"),
        "KEY_COOKIES": (),
        "IGNORED_TABLES": (),
    }
    return getattr(settings, "PAGE_CACHE", {}).get(name, defaults[name])


def _cache():
    return caches[config("CACHE")]


def _version_key(table):
    return f"{PREFIX}table:{table}"


# --- writes ------------------------------------------------------------------------------------------------------


def bump(tables):
    """Give each table a new version (every page that read it becomes stale) and move the generation on."""
    tables = set(tables) - set(config("IGNORED_TABLES"))
    if not tables:
        return
    cache = _cache()
    cache.set_many({_version_key(table): secrets.token_hex(8) for table in tables}, VERSION_TIMEOUT)
    cache.set(GENERATION_KEY, secrets.token_hex(8), VERSION_TIMEOUT)


def _bump_quietly(tables):
    # A write must not fail because the cache is away; a cache that comes back empty holds no stale page either.
    try:
        bump(tables)
    except Exception:
        logger.exception("Could not mark cached pages of %s as stale", ", ".join(sorted(tables)))


class _PendingWrites:
    """The tables one transaction wrote; registered with on_commit, so a rollback discards it with the callbacks."""

    def __init__(self):
        self.tables = set()
        self.done = False

    def __call__(self):
        self.done = True
        _bump_quietly(self.tables)


def _note_writes(execute, sql, params, many, context):
    result = execute(sql, params, many, context)
    match = _WRITE.match(sql) if isinstance(sql, str) else None
    if match:
        table = match.group(1)
        connection = context["connection"]
        if not connection.in_atomic_block:
            _bump_quietly([table])  # autocommit: the row is visible to everybody now
        else:
            pending = getattr(connection, "_pagecache_pending", None)
            # A new transaction, or a savepoint rolled back with our callback in it: register a fresh one.
            if pending is None or pending.done or not any(entry[1] is pending for entry in connection.run_on_commit):
                pending = connection._pagecache_pending = _PendingWrites()
                transaction.on_commit(pending, using=connection.alias)
            pending.tables.add(table)
    return result


def watch_writes(sender, connection, **kwargs):
    """connection_created receiver: every connection of every process (web, worker, commands) reports its writes."""
    if _note_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(_note_writes)


# --- reads -------------------------------------------------------------------------------------------------------


class _ReadTables:
    def __init__(self):
        self.tables = set()

    def __call__(self, execute, sql, params, many, context):
        if isinstance(sql, str):
            self.tables.update(_READ.findall(sql))
        return execute(sql, params, many, context)


# --- the middleware ----------------------------------------------------------------------------------------------


def _cacheable_request(request):
    if request.method not in ("GET", "HEAD") or not config("ENABLED"):
        return False
    if request.COOKIES.get(settings.SESSION_COOKIE_NAME) or request.COOKIES.get("messages"):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return not request.path_info.startswith(tuple(config("EXCLUDED_PATHS")))


def _page_key(request):
    parts = [
        request.scheme,
        request.get_host(),
        request.get_full_path(),
        # What LocaleMiddleware decides from: the path's prefix, the language cookie, Accept-Language.
        translation.get_language_from_request(request, check_path=True),
        *(f"{name}={request.COOKIES.get(name, '')}" for name in config("KEY_COOKIES")),
    ]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"{PREFIX}page:{digest}"


def _storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control or "no-store" in cache_control or "no-cache" in cache_control:
        return False
    if "nonce-" in response.get("Content-Security-Policy", ""):
        return False
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def _from_entry(request, entry):
    response = HttpResponse(entry["content"] if request.method == "GET" else b"", status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


class PageCacheMiddleware:
    """Place it after SecurityMiddleware (whose headers are added on every response, cached ones too)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        cache = _cache()
        key = _page_key(request)
        entry = cache.get(key)
        if entry is not None:
            current = cache.get_many(list(entry["versions"]))
            if all(current.get(name) == version for name, version in entry["versions"].items()):
                return _from_entry(request, entry)
        generation = cache.get(GENERATION_KEY)
        response = self._render(request)
        if _storable(request, response):
            self._store(cache, key, generation, response)
            response["X-Page-Cache"] = "miss"
        return response

    def _render(self, request):
        reader = _ReadTables()
        with connections["default"].execute_wrapper(reader):
            response = self.get_response(request)  # template responses are rendered inside
        response._pagecache_tables = reader.tables
        return response

    def _store(self, cache, key, generation, response):
        tables = sorted(response._pagecache_tables - set(config("IGNORED_TABLES")))
        version_keys = [_version_key(table) for table in tables]
        current = cache.get_many([*version_keys, GENERATION_KEY])
        if current.get(GENERATION_KEY) != generation:
            return  # something was written while the page rendered: it may show the old rows
        missing = {name: secrets.token_hex(8) for name in version_keys if name not in current}
        if missing:
            # First page to read these tables since the versions were evicted: start them. A write racing with this
            # only makes the page a miss next time.
            cache.set_many(missing, VERSION_TIMEOUT)
            current.update(missing)
        entry = {
            "versions": {name: current[name] for name in version_keys},
            "status": response.status_code,
            "headers": [(name, value) for name, value in response.items() if name.lower() != "x-page-cache"],
            "content": response.content,
        }
        cache.set(key, entry, config("SECONDS"))
