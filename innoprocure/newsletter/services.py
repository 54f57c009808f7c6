"""Newsletter sign-up with double opt-in, confirmation, unsubscribing and sending — without HTTP.

    from innoprocure.newsletter import services

    services.subscribe("ana@example.org", name="Ana", topics=["events"])      # sends the confirmation e-mail
    services.subscribe(user.email, source="profile", confirmed=True)          # address already verified elsewhere
    services.unsubscribe("ana@example.org")
    services.is_subscribed("ana@example.org")

Links in e-mails carry signed tokens (django.core.signing): a confirmation link expires after
CONFIRMATION_MAX_AGE and only confirms the latest sign-up of that address; an unsubscribe link never expires.
Every e-mail to a subscriber goes through `mail_subscriber`, which adds the unsubscribe link and the
List-Unsubscribe headers (RFC 2369 and RFC 8058 one-click).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from innoprocure.newsletter.models import Subscriber, SubscriberStatus, Topic

CONFIRM_SALT = "innoprocure.newsletter.confirm"
UNSUBSCRIBE_SALT = "innoprocure.newsletter.unsubscribe"
CONFIRMATION_MAX_AGE = timedelta(days=getattr(settings, "NEWSLETTER_CONFIRMATION_DAYS", 7))
# A second sign-up of the same address within this interval sends no second e-mail (and changes nothing),
# so nobody can flood someone else's inbox through the form.
RESEND_INTERVAL = timedelta(minutes=5)

CONSENT_TEXT = gettext_lazy(
    "I agree to receive the platform's newsletter by e-mail. I can unsubscribe at any time with the link in every newsletter."
)


class LinkError(Exception):
    """A confirmation or unsubscribe link that cannot be used; `message` says why, in the visitor's words."""

    reason = "invalid"

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class ExpiredLink(LinkError):
    reason = "expired"


class SupersededLink(LinkError):
    reason = "superseded"


@dataclass(frozen=True)
class SignupResult:
    subscriber: Subscriber
    # "confirmation_sent", "already_subscribed" (a reminder went out), "confirmed" (no e-mail needed), "throttled"
    outcome: str


def normalise_email(email):
    return (email or "").strip().lower()


def absolute_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


# Tokens ------------------------------------------------------------------------------------------------------


def confirmation_token(subscriber):
    # Bound to the moment of consent: a newer sign-up of the same address makes older links stop working.
    return signing.dumps({"e": subscriber.email, "c": consent_stamp(subscriber)}, salt=CONFIRM_SALT)


def consent_stamp(subscriber):
    return int(subscriber.consented_at.timestamp()) if subscriber.consented_at else None


def unsubscribe_token(email):
    return signing.dumps(normalise_email(email), salt=UNSUBSCRIBE_SALT)


def confirmation_url(subscriber):
    return absolute_url(reverse("newsletter:confirm", args=[confirmation_token(subscriber)]))


def unsubscribe_url(email):
    return absolute_url(reverse("newsletter:unsubscribe", args=[unsubscribe_token(email)]))


def subscriber_for_confirmation(token):
    """The subscriber a confirmation link is for; raises LinkError (or ExpiredLink, SupersededLink)."""
    try:
        payload = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRMATION_MAX_AGE)
    except signing.SignatureExpired:
        raise ExpiredLink(
            _("This confirmation link has expired (links are valid for %(days)s days). Please sign up again.")
            % {"days": CONFIRMATION_MAX_AGE.days}
        )
    except signing.BadSignature:
        raise LinkError(_("This confirmation link is not valid. Please copy the whole link from the e-mail, or sign up again."))
    subscriber = Subscriber.objects.filter(email=payload.get("e", "")).first() if isinstance(payload, dict) else None
    if subscriber is None:
        raise LinkError(_("This confirmation link is not valid any more. Please sign up again."))
    if not subscriber.is_active and (subscriber.consented_at is None or consent_stamp(subscriber) != payload.get("c")):
        raise SupersededLink(
            _("A newer confirmation e-mail has been sent to this address. Please use the link in the latest one.")
        )
    return subscriber


def email_for_unsubscribe(token):
    try:
        email = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        raise LinkError(_("This unsubscribe link is not valid. Please copy the whole link from the e-mail."))
    if not isinstance(email, str) or "@" not in email:
        raise LinkError(_("This unsubscribe link is not valid. Please copy the whole link from the e-mail."))
    return email


# Sign-up, confirmation, unsubscribing --------------------------------------------------------------------------


def clean_topics(topics):
    return sorted({topic for topic in (topics or []) if topic in Topic.values})


def subscribe(email, name="", topics=None, *, language="", source="form", confirmed=False, consent_text=None):
    """Sign an address up. Unless `confirmed` (the address was verified by the account system and its owner asked
    for the newsletter), the subscription only becomes active when the link in the confirmation e-mail is followed.

    Signing up an address that is already subscribed changes nothing and reminds its owner by e-mail, so the
    answer on screen can be the same whoever asks.
    """
    email = normalise_email(email)
    now = timezone.now()
    consent_text = str(consent_text or CONSENT_TEXT)
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with transaction.atomic():
        try:
            with transaction.atomic():
                subscriber, _created = Subscriber.objects.select_for_update().get_or_create(email=email)
        except IntegrityError:  # the same address signed up in a parallel request
            subscriber = Subscriber.objects.select_for_update().get(email=email)

        if confirmed:
            if not subscriber.is_active:
                subscriber.consented_at = now
                subscriber.consent_text = consent_text
                subscriber.confirmed_at = now
                subscriber.unsubscribed_at = None
                subscriber.status = SubscriberStatus.ACTIVE
            subscriber.name = name or subscriber.name
            subscriber.topics = clean_topics(topics) if topics is not None else subscriber.topics
            subscriber.language = language
            subscriber.source = subscriber.source or source
            subscriber.save()
            return SignupResult(subscriber, "confirmed")

        recently_mailed = subscriber.confirmation_sent_at and now - subscriber.confirmation_sent_at < RESEND_INTERVAL
        if recently_mailed:
            return SignupResult(subscriber, "throttled")

        subscriber.confirmation_sent_at = now
        if subscriber.is_active:
            # Only the owner may change an active subscription: remind them instead of taking new details.
            subscriber.save(update_fields=["confirmation_sent_at", "updated_at"])
            outcome = "already_subscribed"
        else:
            subscriber.name = name
            subscriber.topics = clean_topics(topics)
            subscriber.language = language
            subscriber.source = source
            subscriber.consent_text = consent_text
            subscriber.consented_at = now
            subscriber.confirmed_at = None
            subscriber.status = SubscriberStatus.PENDING
            subscriber.save()
            outcome = "confirmation_sent"

    if outcome == "already_subscribed":
        send_already_subscribed(subscriber)
    else:
        send_confirmation(subscriber)
    return SignupResult(subscriber, outcome)


def confirm(subscriber):
    """Activate a subscription whose confirmation link was followed. Returns False if it was active already."""
    if subscriber.is_active:
        return False
    now = timezone.now()
    subscriber.status = SubscriberStatus.ACTIVE
    subscriber.confirmed_at = now
    subscriber.unsubscribed_at = None
    subscriber.save(update_fields=["status", "confirmed_at", "unsubscribed_at", "updated_at"])
    send_welcome(subscriber)
    return True


def unsubscribe(email):
    """Stop sending the newsletter to this address. Returns True if it was subscribed (or waiting to confirm).

    The record stays, marked unsubscribed with the time, as proof that the person opted out.
    """
    subscriber = Subscriber.objects.filter(email=normalise_email(email)).first()
    if subscriber is None or subscriber.status == SubscriberStatus.UNSUBSCRIBED:
        return False
    subscriber.status = SubscriberStatus.UNSUBSCRIBED
    subscriber.unsubscribed_at = timezone.now()
    subscriber.save(update_fields=["status", "unsubscribed_at", "updated_at"])
    return True


def is_subscribed(email):
    return Subscriber.objects.filter(email=normalise_email(email), status=SubscriberStatus.ACTIVE).exists()


# E-mail ----------------------------------------------------------------------------------------------------------


def mail_subscriber(subscriber, subject, template, context=None):
    """Send one e-mail to a subscriber, always with the unsubscribe link (in the text and in the headers).

    `template` is the base name of a text template under templates/newsletter/email/; it receives `subscriber`,
    `unsubscribe_url` and `context`.
    """
    link = unsubscribe_url(subscriber.email)
    with translation.override(subscriber.language or settings.LANGUAGE_CODE):
        body = render_to_string(
            f"newsletter/email/{template}.txt",
            {"subscriber": subscriber, "unsubscribe_url": link, "site_name": settings.WAGTAIL_SITE_NAME, **(context or {})},
        )
        body += render_to_string("newsletter/email/footer.txt", {"unsubscribe_url": link})
        subject = str(subject)
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscriber.email],
        headers={"List-Unsubscribe": f"<{link}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )
    message.send()
    return message


def send_confirmation(subscriber):
    with translation.override(subscriber.language or settings.LANGUAGE_CODE):
        subject = _("Please confirm your subscription to the %(site)s newsletter") % {"site": settings.WAGTAIL_SITE_NAME}
    return mail_subscriber(
        subscriber,
        subject,
        "confirm",
        {"confirmation_url": confirmation_url(subscriber), "valid_days": CONFIRMATION_MAX_AGE.days},
    )


def send_already_subscribed(subscriber):
    with translation.override(subscriber.language or settings.LANGUAGE_CODE):
        subject = _("You are already subscribed to the %(site)s newsletter") % {"site": settings.WAGTAIL_SITE_NAME}
    return mail_subscriber(subscriber, subject, "already_subscribed")


def send_welcome(subscriber):
    with translation.override(subscriber.language or settings.LANGUAGE_CODE):
        subject = _("Welcome to the %(site)s newsletter") % {"site": settings.WAGTAIL_SITE_NAME}
    return mail_subscriber(subscriber, subject, "welcome")


def recipients(topics=None):
    """Active subscribers who want at least one of `topics` (subscribers without topics want everything)."""
    subscribers = Subscriber.objects.filter(status=SubscriberStatus.ACTIVE).order_by("email")
    wanted = set(clean_topics(topics))
    if not wanted:
        return list(subscribers)
    return [subscriber for subscriber in subscribers if not subscriber.topics or wanted & set(subscriber.topics)]


def send_issue(subject, text, topics=None):
    """Send a newsletter issue (plain text) to every active subscriber of the topics. Returns how many were sent."""
    sent = 0
    for subscriber in recipients(topics):
        mail_subscriber(subscriber, subject, "issue", {"text": text})
        sent += 1
    return sent
