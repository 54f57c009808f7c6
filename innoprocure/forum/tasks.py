"""E-mails of the forum, sent by the task worker (`manage.py db_worker`); the daily digest also by cron
(`manage.py send_forum_digests`). Each message is in the recipient's language and carries a one-click unsubscribe
link (RFC 8058). A notification is e-mailed only while its recipient may still see what it is about, and texts of
private groups never leave the site: their e-mails say what happened and link to it."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from innoprocure.forum import policy, text
from innoprocure.forum.models import EVENT_KINDS, EmailMode, GroupKind, Notification, NotificationKind
from innoprocure.forum.people import profile_of

logger = logging.getLogger(__name__)
UNSUBSCRIBE_SALT = "forum-unsubscribe"


def site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def unsubscribe_token(user):
    return signing.dumps({"user": user.pk}, salt=UNSUBSCRIBE_SALT, compress=True)


def user_of_token(token):
    """The user id an unsubscribe link was made for, or None for a forged or mangled link (links do not expire)."""
    try:
        return signing.loads(token, salt=UNSUBSCRIBE_SALT)["user"]
    except (signing.BadSignature, KeyError, TypeError):
        return None


def still_visible(notification):
    """Membership may have ended, or the post been hidden, since the notification was made."""
    user = notification.user
    user.__dict__.pop("_forum_memberships", None)
    group = notification.group
    if notification.kind == NotificationKind.QUESTION:
        return policy.is_applicant_of(user, notification.thread)
    if notification.kind in (NotificationKind.JOIN_REQUEST, NotificationKind.REPORT, NotificationKind.REVIEW):
        return policy.can_moderate(user, group)
    if notification.kind == NotificationKind.JOIN_DECIDED:
        return True
    if not policy.can_read_discussions(user, group):
        return False
    if notification.thread_id and not policy.can_see_thread(user, notification.thread):
        return False
    return not notification.post_id or policy.can_see_post(user, notification.post, group)


def _excerpt(notification):
    if notification.group.kind == GroupKind.PRIVATE or notification.kind in (NotificationKind.REPORT, NotificationKind.REVIEW):
        return ""
    if notification.event_id:
        return "\n".join(text.summary_lines(notification.event))
    return text.plain(notification.post.body, 600) if notification.post_id else ""


def _message(user, subject, template, context):
    token = unsubscribe_token(user)
    unsubscribe = site_url(reverse("forum:unsubscribe", args=[token]))
    body = render_to_string(
        f"forum/email/{template}.txt",
        {**context, "user": user, "unsubscribe_url": unsubscribe, "settings_url": site_url(reverse("forum:settings"))},
    )
    return EmailMessage(
        subject=" ".join(str(subject).split())[:200],
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )


def _send(messages):
    if not messages:
        return 0
    try:
        return get_connection().send_messages(messages) or 0
    except OSError:
        logger.exception("Could not send %s forum e-mails", len(messages))
        return 0


def _language(user):
    return profile_of(user).language or settings.LANGUAGE_CODE


@task()
def send_notification_emails(notification_ids):
    """E-mail each notification to recipients who chose "an e-mail for each notification"; returns how many went."""
    notifications = (
        Notification.objects.filter(pk__in=notification_ids, emailed_at__isnull=True, read_at__isnull=True)
        .select_related("user", "group", "thread__ballot__application", "post", "event__group")
        .order_by("pk")
    )
    messages, sent_ids = [], []
    for notification in notifications:
        user = notification.user
        if not user.is_active or not user.email or profile_of(user).email_mode != EmailMode.EACH:
            continue
        if not still_visible(notification):
            continue
        with translation.override(_language(user)):
            messages.append(
                _message(
                    user,
                    notification.describe(),
                    "notification",
                    {
                        "notification": notification,
                        "excerpt": _excerpt(notification),
                        "url": site_url(notification.get_absolute_url()),
                        "about_event": notification.kind in EVENT_KINDS,
                    },
                )
            )
        sent_ids.append(notification.pk)
    sent = _send(messages)
    if sent:
        Notification.objects.filter(pk__in=sent_ids).update(emailed_at=timezone.now())
    return sent


def send_digests(now=None):
    """One e-mail per person who chose the daily digest and has unread, un-mailed notifications of the last day(s)."""
    from innoprocure.forum.models import ForumProfile

    now = now or timezone.now()
    due = ForumProfile.objects.filter(email_mode=EmailMode.DIGEST, user__is_active=True).exclude(
        digest_sent_at__gt=now - timedelta(hours=23)
    )
    count = 0
    for profile in due.select_related("user"):
        user = profile.user
        pending = list(
            Notification.objects.filter(user=user, emailed_at__isnull=True, read_at__isnull=True)
            .select_related("group", "thread__ballot__application", "post", "event__group")
            .order_by("created_at")[:50]
        )
        visible = [notification for notification in pending if still_visible(notification)]
        if visible:
            with translation.override(profile.language or settings.LANGUAGE_CODE):
                items = [{"text": item.describe(), "url": site_url(item.get_absolute_url())} for item in visible]
                message = _message(user, _("What is new in the Procurement Forum"), "digest", {"items": items})
            if _send([message]):
                count += 1
                Notification.objects.filter(pk__in=[item.pk for item in pending]).update(emailed_at=now)
        profile.digest_sent_at = now
        profile.save(update_fields=["digest_sent_at"])
    return count


@task()
def send_daily_digests():
    return send_digests()
