"""Under /api/ every error is JSON, whatever produced it (an unknown address, a method the operation does not
accept, a page-level 403 or 429): API clients parse the body, and an HTML page would break them."""

from django.http import JsonResponse
from django.middleware.common import CommonMiddleware
from django.utils.translation import gettext as _


def error_detail(status):
    return {
        403: _("You are not allowed to do this."),
        404: _("Not found."),
        405: _("This method is not allowed here."),
        429: _("Too many requests; try again later."),
    }.get(status, _("The request could not be answered."))


class ApiErrorsAsJsonMiddleware:
    KEPT_HEADERS = ("Allow", "Retry-After")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.path_info.startswith("/api/")
            and response.status_code >= 400
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            json = JsonResponse({"detail": error_detail(response.status_code)}, status=response.status_code)
            for header in self.KEPT_HEADERS:
                if header in response:
                    json[header] = response[header]
            return json
        return response


class CommonMiddlewareWithoutApiRedirects(CommonMiddleware):
    """Django's CommonMiddleware, except that an unknown /api/ address is a JSON 404, not a redirect to the same
    address with a slash (which the page tree's catch-all pattern would otherwise always offer)."""

    def should_redirect_with_slash(self, request):
        return not request.path_info.startswith("/api/") and super().should_redirect_with_slash(request)
