"""Security middleware of the accounts app.

* RequestContextMiddleware remembers the request being answered, so the audit log knows who and from where.
* StaffSecurityMiddleware sends every sign-in — the Wagtail admin's and Django admin's included — through allauth
  (password, then the authenticator code) and keeps staff without two-factor authentication out of everything except
  setting it up.
* AdminContentSecurityPolicyMiddleware gives the Wagtail admin the slightly wider policy its editor needs, while the
  public site keeps the strict one from settings.SECURE_CSP.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _

from innoprocure.accounts.policy import needs_mfa_setup
from innoprocure.audit.log import _current_request

# Pages a staff member without an authenticator may still reach: setting one up, confirming who they are, leaving.
MFA_SETUP_URL_NAMES = {
    "account_logout",
    "wagtailadmin_logout",
    "account_reauthenticate",
    "set_language",
    "healthz",
    "robots_txt",
}
ADMIN_LOGIN_PATHS = ("/admin/login/", "/django-admin/login/")


class RequestContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)


def _exempt_from_mfa_setup(request):
    path = request.path_info
    if path.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
        return True
    try:
        match = resolve(path)
    except Resolver404:
        return True  # a 404 reveals nothing
    return (match.url_name or "").startswith("mfa_") or match.url_name in MFA_SETUP_URL_NAMES


class StaffSecurityMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info in ADMIN_LOGIN_PATHS:
            # The admins' own sign-in forms would skip the authenticator code: use allauth's.
            next_url = request.GET.get("next") or reverse("wagtailadmin_home")
            return HttpResponseRedirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not _exempt_from_mfa_setup(request) and needs_mfa_setup(user):
            if request.path_info.startswith("/api/"):
                explanation = _("Set up two-factor authentication for your account before you use it here.")
                return JsonResponse({"detail": explanation}, status=403)
            # The set-up page explains why (?required=1); allauth keeps the query through its password check.
            return HttpResponseRedirect(reverse("mfa_activate_totp") + "?required=1")
        return self.get_response(request)


class AdminContentSecurityPolicyMiddleware:
    """Wagtail's admin needs inline scripts/event handlers in places and images from data: and blob: URLs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        admin_policy = getattr(settings, "ADMIN_CSP", None)
        if admin_policy and request.path_info.startswith(("/admin/", "/django-admin/")):
            # Page previews are rendered by passing a made-up request for the page's public address through the
            # middleware, which already wrote the public policy (frame-ancestors 'none'): replace it.
            if "Content-Security-Policy" in response:
                del response["Content-Security-Policy"]
            response._csp_config = admin_policy
        return response
