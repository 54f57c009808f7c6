from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from innoprocure.core.ratelimit import ratelimit
from innoprocure.newsletter import services
from innoprocure.newsletter.forms import SignupForm

BREADCRUMBS = [{"label": _("Newsletter"), "url": "/newsletter/"}]


@require_http_methods(["GET", "POST"])
@ratelimit("newsletter-signup", rate="10/h")
def signup(request):
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.subscribe(
            form.cleaned_data["email"],
            name=form.cleaned_data.get("name", ""),
            topics=form.cleaned_data.get("topics", []),
            language=get_language(),
            source="form",
        )
        # The same answer whether the address was new, waiting or already subscribed: nothing is revealed.
        return redirect("newsletter:check_inbox")
    return render(request, "newsletter/signup.html", {"form": form, "breadcrumbs": [{"label": _("Newsletter"), "url": ""}]})


def check_inbox(request):
    return render(
        request, "newsletter/check_inbox.html", {"breadcrumbs": BREADCRUMBS + [{"label": _("Check your inbox"), "url": ""}]}
    )


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button, POST confirms: mail scanners that follow links must not subscribe anybody."""
    context = {"breadcrumbs": BREADCRUMBS + [{"label": _("Confirm your subscription"), "url": ""}]}
    try:
        subscriber = services.subscriber_for_confirmation(token)
    except services.LinkError as error:
        return render(request, "newsletter/link_problem.html", {**context, "error": error}, status=400)
    if request.method == "POST":
        newly = services.confirm(subscriber)
        return render(request, "newsletter/confirmed.html", {**context, "subscriber": subscriber, "newly": newly})
    return render(request, "newsletter/confirm.html", {**context, "subscriber": subscriber})


# The unsubscribe link is its own authorisation (a signed token), so the POST needs no CSRF token: this lets mail
# programs unsubscribe in one click (RFC 8058 "List-Unsubscribe-Post") as well as people pressing the button.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    context = {"breadcrumbs": BREADCRUMBS + [{"label": _("Unsubscribe"), "url": ""}]}
    try:
        email = services.email_for_unsubscribe(token)
    except services.LinkError as error:
        return render(request, "newsletter/link_problem.html", {**context, "error": error, "unsubscribe": True}, status=400)
    if request.method == "POST":
        services.unsubscribe(email)
        return render(request, "newsletter/unsubscribed.html", context)
    return render(request, "newsletter/unsubscribe.html", {**context, "email": email})
