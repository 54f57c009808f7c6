"""Security middleware of the accounts app.

* RequestContextMiddleware remembers the request being answered, so the audit log knows who and from where.
* StaffSecurityMiddleware sends every sign-in — the Wagtail admin's and Django admin's included — through allauth
  (password, then the authenticator code) and keeps staff without two-factor authentication out of everything except
  setting it up.
* AdminContentSecurityPolicyMiddleware gives the Wagtail admin the slightly wider policy its editor needs, while the
  public site keeps the strict one from settings.SECURE_CSP.
* SessionTimeoutMiddleware signs people out after a while without activity, and staff also after a fixed time.
* PrivateResponseMiddleware keeps signed-in and personal pages out of browser and proxy caches (no-store).
"""

import time
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _

from innoprocure.accounts.policy import needs_mfa_setup, session_limits
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


SIGNED_IN_AT = "signed_in_at"
LAST_SEEN = "last_seen"
# Activity is written to the session at most once a minute, not on every request.
LAST_SEEN_PRECISION = 60


class SessionTimeoutMiddleware:
    """Idle and absolute session timeouts (accounts.policy.session_limits): staff 30 minutes idle and 12 hours in
    all, everybody else SESSION_IDLE_TIMEOUT (two weeks unless configured) — "remember me" included."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            session, now = request.session, int(time.time())
            idle, absolute = session_limits(user)
            signed_in_at = session.setdefault(SIGNED_IN_AT, now)
            last_seen = session.get(LAST_SEEN, now)
            if now - last_seen > idle or (absolute and now - signed_in_at > absolute):
                logout(request)  # recorded in the audit log as a sign-out
                messages.info(request, _("You were signed out because your session had expired. Please sign in again."))
            elif now - last_seen >= LAST_SEEN_PRECISION or LAST_SEEN not in session:
                session[LAST_SEEN] = now
                session.set_expiry(min(idle, absolute - (now - signed_in_at)) if absolute else idle)
        return self.get_response(request)


class PrivateResponseMiddleware:
    """`Cache-Control: no-store, private` on every response for a signed-in person, or one that carries a
    session (a sign-in in progress, a form's messages): what is personal must not stay in a browser or proxy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated) or settings.SESSION_COOKIE_NAME in request.COOKIES:
            patch_cache_control(response, no_store=True, private=True)
            patch_vary_headers(response, ["Cookie"])
        return response
