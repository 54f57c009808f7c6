"""Alert e-mails: plain text and HTML, in the recipient's language, with one-click unsubscribe (RFC 8058).

Unsubscribe links are signed (django.core.signing, no expiry) and need no sign-in: a link names the person and the
searches it stops ("all" stops every search and the reminders).
"""

import functools

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import check_for_language, get_language

from innoprocure.alerts.models import AlertSettings

UNSUBSCRIBE_SALT = "alerts-unsubscribe"


def site_url(path):
    """An absolute link. An e-mail written in a language the site itself is not served in links to the default
    language's pages (no /de/ prefix that would answer 404)."""
    language = get_language()
    if language and language not in dict(settings.LANGUAGES) and path.startswith(f"/{language}/"):
        path = path[len(language) + 1 :]
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def settings_of(user):
    found, _created = AlertSettings.objects.get_or_create(user=user)
    return found


# Languages an alert e-mail can be written in: the site's, and those the platform's catalogues are translated to.
OWN_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français"}


def email_languages():
    codes = dict.fromkeys([code for code, _name in settings.LANGUAGES] + list(OWN_NAMES))
    site_names = dict(settings.LANGUAGES)
    return [(code, OWN_NAMES.get(code) or str(site_names.get(code, code))) for code in codes if check_for_language(code)]


def language_of(alert_settings):
    codes = {code for code, _name in email_languages()}
    language = alert_settings.language if alert_settings is not None else ""
    return language if language in codes else settings.LANGUAGE_CODE


@functools.lru_cache(maxsize=4)
def _signer(key):
    return signing.TimestampSigner(key=key, salt=UNSUBSCRIBE_SALT)


def unsubscribe_token(user_id, search_ids=None):
    """A link that pauses the given searches of the person, or every search and reminder when None (what
    signing.dumps makes, with one signer kept for the many links of a digest run)."""
    payload = {"u": user_id, "s": sorted(search_ids) if search_ids is not None else "all"}
    return _signer(settings.SECRET_KEY).sign_object(payload, compress=True)


def read_unsubscribe_token(token):
    """(user id, search ids or "all"), or None for a forged or mangled link."""
    try:
        payload = signing.loads(token, salt=UNSUBSCRIBE_SALT)
        user_id, searches = int(payload["u"]), payload["s"]
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    if searches != "all" and not (isinstance(searches, list) and all(isinstance(pk, int) for pk in searches)):
        return None
    return user_id, searches


def unsubscribe_url(user_id, search_ids=None):
    return site_url(reverse("alerts:unsubscribe", args=[unsubscribe_token(user_id, search_ids)]))


def message(user, subject, template, context, header_searches=None):
    """An e-mail from templates/alerts/email/<template>.txt and .html; render it inside the reader's language."""
    header_link = unsubscribe_url(user.pk, header_searches)
    context = {
        **context,
        "user": user,
        "unsubscribe_all_url": unsubscribe_url(user.pk),
        "manage_url": site_url(reverse("alerts:manage")),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    email = EmailMultiAlternatives(
        subject=" ".join(str(subject).split())[:200],
        body=render_to_string(f"alerts/email/{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={"List-Unsubscribe": f"<{header_link}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )
    email.attach_alternative(render_to_string(f"alerts/email/{template}.html", context), "text/html")
    return email
