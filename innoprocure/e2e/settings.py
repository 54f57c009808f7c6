"""Settings of the throwaway site the browser tests drive (innoprocure/e2e/site.py starts it).

The test settings (fast password hashing, tasks run at once), plus what a separate server process needs: DEBUG off as
in production, static files from whitenoise, and e-mails written to files the tests read."""

import os

from innoprocure.settings.test import *  # noqa: F403

DEBUG = False
# Each message the site sends lands in a file here; innoprocure/e2e/mail.py reads them.
MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "OPTIONS": {"file_path": os.environ.get("E2E_MAIL_DIR", str(VAR_DIR / "mail"))},  # noqa: F405
    }
}
MEDIA_ROOT = VAR_DIR / "media"  # noqa: F405
SERVE_MEDIA = True  # images and their renditions, as a production web server would serve them
# Static files straight from the apps' folders (no collectstatic run), through whitenoise as in production.
WHITENOISE_USE_FINDERS = True
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
# As in production: anonymous pages from a cache shared with every other process (the tests' `manage.py shell`
# writes too) — files under the site's own var/ folder unless CI gives it Redis.
PAGE_CACHE = {**PAGE_CACHE, "ENABLED": True}  # noqa: F405
if not REDIS_URL:  # noqa: F405
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": VAR_DIR / "cache"}}  # noqa: F405
