"""A short database outage (a restart, a fail-over, "database is locked") answers 503 with Retry-After and a
friendly page, never a 500: the visitor learns it is temporary, and load balancers and API clients retry.

Django turns an exception into a 500 response inside the middleware stack, before any outer middleware can see the
exception; got_request_exception is sent just before, so its receiver marks the request and the middleware (near
the top of MIDDLEWARE) replaces that 500. Connections are health-checked before reuse (CONN_HEALTH_CHECKS), so the
first request after the database is back gets a fresh connection.
"""

import logging
import sys

from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)
RETRY_AFTER = 5  # seconds; a PostgreSQL restart takes about three
OUTAGE_ERRORS = (OperationalError, InterfaceError)
MARK = "_database_unavailable"


def is_outage(exception):
    """Whether `exception` (or the error it was raised from) says the database cannot be reached right now."""
    return isinstance(exception, OUTAGE_ERRORS) or isinstance(getattr(exception, "__cause__", None), OUTAGE_ERRORS)


@receiver(got_request_exception, dispatch_uid="core_outage_mark")
def mark_outage(sender, request=None, **kwargs):
    if request is not None and is_outage(sys.exc_info()[1]):
        setattr(request, MARK, True)


def unavailable(request):
    if request.path_info.startswith("/api/") or request.path_info == "/healthz":
        response = JsonResponse(
            {"status": "unavailable", "detail": _("The service is briefly unavailable; try again in a few seconds.")},
            status=503,
        )
    else:
        # Rendered without context processors or the site's navigation: both read the database.
        response = HttpResponse(loader.get_template("503.html").render({"retry_after": RETRY_AFTER}), status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 500 and getattr(request, MARK, False):
            logger.warning("Database unavailable: answered %s with 503", request.path)
            return unavailable(request)
        return response
