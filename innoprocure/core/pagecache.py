"""Whole pages for anonymous visitors, served from the shared cache and invalidated by the tables they read.

The rule is one sentence: a cached page depends on the database tables its queries read, and any write to one of
those tables makes it stale. Both halves are seen at the level of SQL, so nothing can forget to invalidate: editing a
story in Wagtail, a bulk import of TED notices, the search indexer's raw SQL and a background worker in another
process all end in an INSERT, UPDATE or DELETE that bumps the table's version in the shared cache.

* While a page renders (a cache miss), an execute wrapper notes the tables of every query. The page is stored with
  the version of each of those tables.
* Every connection carries a second wrapper that notes the tables each write statement changes and bumps their
  versions once the transaction commits (at once in autocommit). A write rolled back bumps nothing.
* Every write also moves a global generation on. A page this process already found fresh at the current
  generation is served from its memory: nothing has been written anywhere since. Otherwise the shared entry is
  read, and it is fresh when it was stored at that generation or when the stored versions equal the current ones
  (one `get_many`); any difference is a miss.
* A process reads the generation from the shared cache at most every PAGE_CACHE["GENERATION_POLL_SECONDS"]
  (a quarter of a second), so a hit costs no cache round trip at all; its own writes it knows at once. An edit in
  another process therefore reaches anonymous visitors within that interval.
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
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches
from django.db import connections, transaction
from django.http import HttpResponse
from django.utils import translation

logger = logging.getLogger(__name__)
PREFIX = "pagecache:"
GENERATION_KEY = PREFIX + "generation"
ENTRY_FORMAT = 2  # part of every page key: entries stored by an older release are never read
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
        "LOCAL_ENTRIES": 256,
        "GENERATION_POLL_SECONDS": 0.25,
        "MEMO": True,
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
    versions = {_version_key(table): secrets.token_hex(8) for table in tables}
    generation = secrets.token_hex(8)
    _cache().set_many({**versions, GENERATION_KEY: generation}, VERSION_TIMEOUT)
    known_generation.learn(generation)


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


_active_readers = ContextVar("pagecache_active_readers", default=())


@contextmanager
def reading():
    """Note the tables the block's queries read, and those of remembered values it reuses (core/memo.py)."""
    reader = _ReadTables()
    token = _active_readers.set((*_active_readers.get(), reader))
    try:
        with connections["default"].execute_wrapper(reader):
            yield reader
    finally:
        _active_readers.reset(token)


def note_read(tables):
    """Tables read without a query (a value remembered from an earlier one) count for every page rendering now."""
    for reader in _active_readers.get():
        reader.tables.update(tables)


# --- pages this process served ----------------------------------------------------------------------------------


class _LocalCopies:
    """The entries this process served last, each with the generation it was found fresh at.

    While the generation stays the same nothing has been written anywhere, so such an entry is still fresh: the
    hit costs one small cache read instead of fetching and unpickling the whole page and its versions.
    """

    def __init__(self):
        self._entries = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, generation):
        with self._lock:
            found = self._entries.get(key)
            if found is None or found[0] != generation or found[1]["expires"] < time.time():
                return None
            self._entries.move_to_end(key)
            return found[1]

    def put(self, key, generation, entry):
        with self._lock:
            self._entries[key] = (generation, entry)
            self._entries.move_to_end(key)
            while len(self._entries) > config("LOCAL_ENTRIES"):
                self._entries.popitem(last=False)

    def clear(self):
        with self._lock:
            self._entries.clear()


local_copies = _LocalCopies()


class _KnownGeneration:
    """The generation as this process last read or wrote it, re-read once it is older than the poll interval."""

    def __init__(self):
        self.value, self.read_at = None, float("-inf")

    def current(self, cache, fresh=False):
        if fresh or time.monotonic() - self.read_at >= config("GENERATION_POLL_SECONDS"):
            value = cache.get(GENERATION_KEY)
            if value is None:
                # Never written or evicted: start one, so that "same generation" can never match across a lost key.
                cache.add(GENERATION_KEY, secrets.token_hex(8), VERSION_TIMEOUT)
                value = cache.get(GENERATION_KEY)
            self.learn(value)
        return self.value

    def learn(self, value):
        self.value, self.read_at = value, time.monotonic()

    def forget(self):
        self.value, self.read_at = None, float("-inf")


known_generation = _KnownGeneration()


def forget_local_state():
    """What this process remembers (pages, generation) is dropped; for tests that empty the shared cache (they
    forget `core.memo`'s values as well)."""
    local_copies.clear()
    known_generation.forget()


def _fresh(cache, entry, generation):
    if entry.get("generation") == generation:
        return True
    current = cache.get_many(list(entry["versions"]))
    return all(current.get(name) == version for name, version in entry["versions"].items())


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
    return f"{PREFIX}page:{ENTRY_FORMAT}:{digest}"


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
        generation = known_generation.current(cache)
        entry = local_copies.get(key, generation)
        if entry is None:
            entry = cache.get(key)
            if entry is not None and _fresh(cache, entry, generation):
                local_copies.put(key, generation, entry)
            else:
                entry = None
        if entry is not None:
            return _from_entry(request, entry)
        # A miss renders from the database: the generation it is stored with must be the one of that moment.
        generation = known_generation.current(cache, fresh=True)
        response = self._render(request)
        if _storable(request, response):
            self._store(cache, key, generation, response)
            response["X-Page-Cache"] = "miss"
        return response

    def _render(self, request):
        with reading() as reader:
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
            "generation": generation,
            "expires": time.time() + config("SECONDS"),
            "versions": {name: current[name] for name in version_keys},
            "status": response.status_code,
            "headers": [(name, value) for name, value in response.items() if name.lower() != "x-page-cache"],
            "content": response.content,
        }
        cache.set(key, entry, config("SECONDS"))
