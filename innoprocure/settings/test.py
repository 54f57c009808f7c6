"""Test settings: fast hashing, e-mails kept in memory, tasks run at once."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-secret-key-not-for-production"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# E-mail: the test runner swaps every mailer for the in-memory one (django.core.mail.outbox).
# Django's own immediate backend: its tasks are the same kind as the database backend's (django.tasks.Task), so a
# test may switch to the database backend and run the real worker (core/tests/test_background_work.py).
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = VAR_DIR / "test-media"
PRIVATE_MEDIA_ROOT = VAR_DIR / "test-private-media"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WHITENOISE_AUTOREFRESH = True
ALLOWED_HOSTS = ["*"]
# Tests run inside transactions that never commit, so the page cache would never hear of their writes; the tests of
# the page cache switch it on and commit (innoprocure/core/tests/test_pagecache.py).
PAGE_CACHE = {**PAGE_CACHE, "ENABLED": False, "MEMO": False}
if not REDIS_URL:  # one process: memory is shared enough, and faster
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    # Each xdist worker its own Redis database: a test's cache.clear() (FLUSHDB) must not wipe the rate-limit
    # counters of a test running at the same time in the other worker.
    _worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    CACHES["default"]["LOCATION"] = f"{REDIS_URL.rsplit('/', 1)[0]}/{8 + int(_worker.removeprefix('gw') or 0)}"
