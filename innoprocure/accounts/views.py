from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from innoprocure.accounts import services
from innoprocure.accounts.forms import DeleteAccountForm, ProfileForm
from innoprocure.accounts.models import profile_of
from innoprocure.accounts.policy import has_staff_role, has_totp
from innoprocure.core.ratelimit import ratelimit
from innoprocure.core.uploads import safe_download_headers


def _breadcrumbs(*extra):
    return [{"label": _("My account"), "url": reverse("account_profile")}, *extra]


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    user = request.user
    profile = services.refresh_newsletter_choice(profile_of(user))
    form = ProfileForm(request.POST if request.method == "POST" else None, instance=profile, user=user)
    if request.method == "POST" and form.is_valid():
        services.save_profile(form, request)
        messages.success(request, _("Your profile has been saved."))
        return redirect("account_profile")
    context = {
        "form": form,
        "roles": list(user.groups.order_by("name").values_list("name", flat=True)),
        # The centre this person speaks for (network.Representative), if any.
        "representative": getattr(user, "centre_representative", None),
        "is_staff_role": has_staff_role(user),
        "has_totp": has_totp(user),
        "breadcrumbs": _breadcrumbs(),
    }
    return render(request, "accounts/profile.html", context)


@login_required
@require_http_methods(["GET", "POST"])
@ratelimit("account-export", rate="10/h", key="user")
def export(request):
    if request.method == "POST":
        content = services.export_json(request.user, request)
        response = HttpResponse(content, content_type="application/json; charset=utf-8")
        filename = f"innoprocure-personal-data-{timezone.localdate():%Y-%m-%d}.json"
        return safe_download_headers(response, filename)
    crumbs = _breadcrumbs({"label": _("Download your data"), "url": request.path})
    return render(request, "accounts/export.html", {"breadcrumbs": crumbs})


@login_required
@require_http_methods(["GET", "POST"])
@ratelimit("account-delete", rate="5/h", key="user")
def delete(request):
    form = DeleteAccountForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.delete_account(request.user, request)
        messages.success(request, _("Your account and your personal data have been deleted. Thank you for having been with us."))
        return redirect("/")
    crumbs = _breadcrumbs({"label": _("Delete your account"), "url": request.path})
    return render(request, "accounts/delete.html", {"form": form, "breadcrumbs": crumbs})
