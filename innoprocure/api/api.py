"""The open JSON API under /api/v1/. Each section adds its router here; OpenAPI at /api/v1/openapi.json."""

from django.db import InterfaceError, OperationalError
from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI
from ninja.errors import ValidationError

api = NinjaAPI(
    title="Innovation Procurement Platform API",
    version="1",
    description=str(_("Open data on innovation procurement: resources, stories, events, opportunities and the P2I network.")),
    urls_namespace="api",
    docs_url="/docs",
)

# Routers, one line per section:
api.add_router("/stories", "innoprocure.stories.api.router")
api.add_router("/network", "innoprocure.network.api.router")
api.add_router("/events", "innoprocure.events.api.router")
api.add_router("/opportunities", "innoprocure.opportunities.api.router")
api.add_router("/resources", "innoprocure.resources.api.router")
api.add_router("/forum", "innoprocure.forum.api.router")


@api.exception_handler(ValidationError)
def invalid_parameters(request, exc):
    """Bad input is the client's mistake: 400, naming each parameter that is wrong."""
    errors = [
        {"parameter": ".".join(str(part) for part in error.get("loc", [])[1:]) or None, "message": error.get("msg", "")}
        for error in exc.errors
    ]
    return api.create_response(request, {"detail": _("Invalid parameters."), "errors": errors}, status=400)


@api.exception_handler(OperationalError)
@api.exception_handler(InterfaceError)
def database_unavailable(request, exc):
    """The database is briefly away (a restart): 503 with Retry-After, as on the rest of the site (core/outage.py)."""
    from innoprocure.core.outage import unavailable

    return unavailable(request)
