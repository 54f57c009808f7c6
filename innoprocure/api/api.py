"""The open JSON API under /api/v1/. Each section adds its router here; OpenAPI at /api/v1/openapi.json."""

from django.db import InterfaceError, OperationalError
from django.utils.http import http_date
from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI
from ninja.errors import ValidationError

from innoprocure.core.filtering import InvalidFilter


class PublicApi(NinjaAPI):
    def create_response(self, request, data, *args, **kwargs):
        """The answer, with the headers the operation asked for: a list's `Link` (api.conventions.envelope) and a
        record's `Last-Modified`. Written here, not in a middleware, so that the page cache keeps them too."""
        response = super().create_response(request, data, *args, **kwargs)
        links = getattr(request, "api_links", None)
        if links and response.status_code == 200:
            response["Link"] = ", ".join(f'<{url}>; rel="{rel}"' for rel, url in links.items())
        last_modified = getattr(request, "api_last_modified", None)
        if last_modified is not None and response.status_code == 200:
            response["Last-Modified"] = http_date(last_modified.timestamp())
        return response


api = PublicApi(
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
    # loc is ("query", name) or, for one value of a repeatable parameter, ("query", name, index): name it alike.
    errors = [
        {"parameter": str(error["loc"][1]) if len(error.get("loc", ())) > 1 else None, "message": error.get("msg", "")}
        for error in exc.errors
    ]
    return invalid(request, errors)


@api.exception_handler(InvalidFilter)
def invalid_filters(request, exc):
    """A filter value the listing's FilterSet cannot use (core/filtering.py): the same 400 as above."""
    return invalid(request, [{"parameter": problem.parameter, "message": problem.message} for problem in exc.problems])


def invalid(request, errors):
    return api.create_response(request, {"detail": _("Invalid parameters."), "errors": errors}, status=400)


@api.exception_handler(OperationalError)
@api.exception_handler(InterfaceError)
def database_unavailable(request, exc):
    """The database is briefly away (a restart): 503 with Retry-After, as on the rest of the site (core/outage.py)."""
    from innoprocure.core.outage import unavailable

    return unavailable(request)
