"""The floor of the page benchmark: a bare Django project with one view, served by the same gunicorn.

Nothing of the platform is loaded — no apps, no middleware, no database — so its requests per second are what
Django and gunicorn cost on this machine. `manage.py bench_pages` reports every page beside it.
Run as `gunicorn innoprocure.core.floor:application`.
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="floor-of-the-page-benchmark-not-a-secret",  # noqa: S106
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)


def hello(request):
    return HttpResponse("<!DOCTYPE html><title>Floor</title><p>Hello.</p>")


urlpatterns = [path("", hello)]
application = get_wsgi_application()
