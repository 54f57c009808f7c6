"""The visitor's language: which one a first visit gets, and how a choice in the switcher is remembered.

English pages have no prefix, the others live under /de/, /fr/ … (i18n_patterns). A prefixed URL always shows its
language — it is what search engines and shared links point at. An unprefixed page is English for crawlers and for
visitors who chose English; a visitor who chose another language in the switcher (a cookie), or whose browser asks
for one on a first visit (Accept-Language), is sent to that language's URL of the same page.

The switcher's links go through `choose_language`, which remembers the choice: without it, a German browser that
picked "English" would be sent straight back to the German page.
"""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import translate_url
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation.trans_real import parse_accept_lang_header

# Paths outside the language-prefixed part of the site: never redirected.
UNPREFIXED = ("/admin/", "/django-admin/", "/api/", "/documents/", "/static/", "/media/", "/i18n/", "/healthz")


# Pages, stories, events and the centres' texts are written by the editors in English: Wagtail's localisation is not
# enabled yet, so on /de/ and /fr/ they are shown in English, marked lang="en" and announced by a notice.
EDITORIAL_LANGUAGE = "en"


def offered():
    return [code for code, _name in settings.LANGUAGES]


def chosen_language(request):
    """The language a visitor chose in the switcher (the cookie), if it is one the site offers."""
    code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    return code if code in offered() else None


def browser_language(request):
    """The offered language the browser prefers most (Accept-Language, q-values honoured), if any."""
    for code, _quality in parse_accept_lang_header(request.META.get("HTTP_ACCEPT_LANGUAGE", "")):
        if code == "*":
            return None
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return None


def preferred_language(request):
    return chosen_language(request) or browser_language(request) or settings.LANGUAGE_CODE


class PreferredLanguageMiddleware:
    """Sends a visitor who prefers another language from an unprefixed page to the same page in that language.

    Before the page cache: the decision is per visitor, the cached English page is the same for everybody."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        target = self.redirect_target(request)
        if target:
            response = HttpResponseRedirect(target)
            add_never_cache_headers(response)
        else:
            response = self.get_response(request)
        if self.negotiable(request):
            # The same URL answers differently by cookie and Accept-Language: shared caches must know.
            patch_vary_headers(response, ("Accept-Language", "Cookie"))
        return response

    def negotiable(self, request):
        return (
            request.method in ("GET", "HEAD")
            and not request.path_info.startswith(UNPREFIXED)
            and translation.get_language_from_path(request.path_info) is None
        )

    def redirect_target(self, request):
        if not self.negotiable(request):
            return None
        language = preferred_language(request)
        if language == settings.LANGUAGE_CODE:
            return None
        with translation.override(settings.LANGUAGE_CODE):
            target = translate_url(request.get_full_path(), language)
        # translate_url leaves a path that is not a page of the prefixed site (feeds, the catalogue …) as it was.
        return target if target != request.get_full_path() else None


def choose_language(request, code):
    """The switcher's link: remember `code` and show the page the visitor was on in that language."""
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        next_url = "/"
    if code not in offered():
        code = settings.LANGUAGE_CODE
    # translate_url resolves the path in the active language: the one of the page the visitor comes from.
    with translation.override(translation.get_language_from_path(next_url.split("?")[0]) or settings.LANGUAGE_CODE):
        response = HttpResponseRedirect(translate_url(next_url, code))
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
    )
    add_never_cache_headers(response)
    return response
