"""Junk input is the visitor's mistake, never the server's: refuse it with 400 before any view or database sees it.

Four kinds reach databases and int() and turn into 500s if let through:

* NUL characters, which PostgreSQL text cannot hold (`?q=%00`, `/api/v1/network/centres/%00`);
* digits other than 0–9 (`?limit=²`: str.isdigit() says yes, int() says no);
* whole numbers beyond a 64-bit integer (`/api/v1/stories/9223372036854775808`: SQLite overflows);
* over-long values (a 100 kB search query).

Under /api/ the answer is a JSON 400 naming each parameter. On the site a path that is junk gets the notice page;
junk query parameters are dropped and the page is shown without them, with a notice saying which were ignored and
status 400, so nothing else the visitor asked for is lost.
"""

from django.contrib import messages
from django.http import JsonResponse, QueryDict
from django.shortcuts import render
from django.utils.translation import gettext as _

MAX_VALUE_LENGTH = 1000  # characters in one query parameter (the longest search query a person types is far shorter)
MAX_PATH_LENGTH = 2000
MAX_INTEGER = 2**63 - 1  # the largest value of a BigAutoField, in SQLite and PostgreSQL alike
# Free text a person types: "²" or "٣" there is a word to search for, not a number to refuse.
TEXT_PARAMETERS = frozenset({"q"})


def problem(value, limit=MAX_VALUE_LENGTH, numbers=True):
    """Why `value` (one path segment, parameter name or value) cannot be used, or "" when it can. `numbers=False`
    for free text, where only null characters and excessive length are refused."""
    if "\x00" in value:
        return _("contains a null character")
    if len(value) > limit:
        return _("is longer than %(limit)d characters") % {"limit": limit}
    digits = value.removeprefix("-")
    if numbers and digits.isdigit():
        if not digits.isascii():
            return _("numbers must be written with the digits 0 to 9")
        if len(digits) > 18 and int(digits) > MAX_INTEGER:
            return _("is too large a number")
    return ""


def path_problem(path):
    if len(path) > MAX_PATH_LENGTH:
        return _("The address is longer than %(limit)d characters.") % {"limit": MAX_PATH_LENGTH}
    for segment in path.split("/"):
        if reason := problem(segment):
            return _("A part of the address %(reason)s.") % {"reason": reason}
    return ""


def parameter_problems(query):
    """{parameter name: reason} for every query parameter that cannot be used."""
    problems = {}
    for name, values in query.lists():
        numbers = name not in TEXT_PARAMETERS
        reason = problem(name) or next((reason for value in values if (reason := problem(value, numbers=numbers))), "")
        if reason:
            problems[name.replace("\x00", "")[:100] or "?"] = reason
    return problems


def is_api(request):
    return request.path_info.startswith("/api/")


def refuse(request, notice="", errors=None, retry_url=None):
    """The 400 answer: JSON under /api/, otherwise the notice page in the site's layout (which also shows messages)."""
    if is_api(request):
        return JsonResponse({"detail": notice, "errors": errors or []}, status=400)
    return render(request, "400.html", {"notice": notice, "retry_url": retry_url}, status=400)


class JunkInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if notice := path_problem(request.path_info):
            return refuse(request, notice)
        problems = parameter_problems(request.GET)
        if not problems:
            return self.get_response(request)
        described = "; ".join(f"“{name}” ({reason})" for name, reason in problems.items())
        notice = _("Some parameters of the address could not be used and were ignored: %(problems)s.") % {"problems": described}
        if is_api(request):
            errors = [{"parameter": name, "message": reason} for name, reason in problems.items()]
            return refuse(request, _("Invalid parameters."), errors)
        request.GET = _without(request.GET, problems)
        request.META["QUERY_STRING"] = request.GET.urlencode()
        messages.warning(request, notice)
        response = self.get_response(request)
        if 200 <= response.status_code < 300:
            if not response.get("Content-Type", "").startswith("text/html"):
                # A feed or a file cannot show the notice; the notice page (which shows the message) can.
                return refuse(request, retry_url=request.path)
            response.status_code = 400
        return response  # a redirect keeps the notice for the next page; an error page shows it


def _without(query, problems):
    kept = QueryDict(mutable=True)
    for name, values in query.lists():
        if name.replace("\x00", "")[:100] not in problems:
            kept.setlist(name, values)
    kept._mutable = False
    return kept
