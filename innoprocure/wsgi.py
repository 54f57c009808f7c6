import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

from innoprocure.core.checks import refuse_to_start

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "innoprocure.settings.production")

application = get_wsgi_application()
# Production refuses to serve with a cache that is not shared between workers (the same rule `check` reports).
refuse_to_start()
get_resolver().check()  # imports every URL and view module now, not during the first request

# What is loaded by now (Django, Wagtail, every app) lives as long as the process: freezing it keeps the garbage
# collector from walking a quarter of a million objects on every full collection — about 4 ms of each request
# (docs/performance.md).
gc.freeze()
