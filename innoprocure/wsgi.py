import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "innoprocure.settings.production")

application = get_wsgi_application()

# Production refuses to serve with a cache that is not shared between workers (the same rule `check` reports).
from innoprocure.core.checks import refuse_to_start  # noqa: E402

refuse_to_start()
