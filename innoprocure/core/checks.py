"""System checks for settings that would silently weaken security when the site runs on more than one worker."""

from django.conf import settings
from django.core import checks

# Caches every gunicorn worker (and every host) sees alike. A per-process cache lets one authenticator code open a
# session per worker, a signed-out session live on in another worker's cache, and rate limits count per worker.
NOT_SHARED = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
    "django.core.cache.backends.filebased.FileBasedCache",
}


@checks.register(checks.Tags.caches, checks.Tags.security)
def shared_cache(app_configs, **kwargs):
    if not getattr(settings, "REQUIRE_SHARED_CACHE", False):
        return []
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend in NOT_SHARED:
        return [
            checks.Error(
                f"The cache ({backend}) is not shared between workers: sessions, rate limits and sign-in lock-outs "
                "would be counted per process.",
                hint="Set REDIS_URL (redis://host:6379/0), or configure a shared cache such as memcached.",
                id="innoprocure.E001",
            )
        ]
    return []


def refuse_to_start():
    """Called when the web application starts: the serious errors of these checks stop it (wsgi.py)."""
    errors = [message for message in shared_cache(None) if message.is_serious()]
    if errors:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured("; ".join(f"{error.id}: {error.msg} {error.hint}" for error in errors))
