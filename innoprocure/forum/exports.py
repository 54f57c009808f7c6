"""The forum's part of a person's data export and of account deletion (found by innoprocure.accounts.exports).

Deleting an account keeps the conversation readable for the others: posts stay, signed "deleted member" (their
author becomes empty), and their earlier versions lose the editor's name. What describes the person goes: the forum
profile (handle, expertise, settings), memberships, follows, drafts, notifications, "helpful" marks and taking part in
events (the events a person scheduled stay, with no organiser named).
"""

from django.db.models import F

from innoprocure.forum.models import (
    Draft,
    EventAttendance,
    ForumProfile,
    GroupEvent,
    Membership,
    Notification,
    Post,
    Reaction,
    Report,
    Subscription,
)


def export(user):
    profile = ForumProfile.objects.filter(user=user).prefetch_related("sectors").first()
    data = {
        "profile": None
        if profile is None
        else {
            "handle": profile.handle,
            "listed_in_directory": profile.visible,
            "expertise": profile.expertise,
            "sectors": [sector.slug for sector in profile.sectors.all()],
            "email_notifications": profile.email_mode,
            "language": profile.language,
            "suspended_from_forum": profile.suspended,
        },
        "memberships": [
            {
                "group": m.group.name,
                "role": m.role,
                "status": m.status,
                "request_message": m.request_message,
                "since": m.created_at,
            }
            for m in Membership.objects.filter(user=user).select_related("group").order_by("created_at")
        ],
        "posts": [
            {
                "group": post.thread.group.name,
                "discussion": post.thread.title,
                "number": post.number,
                "text": post.body,
                "posted": post.created_at,
                "edited": post.edited_at,
                "attachments": [attachment.filename for attachment in post.attachments.all()],
            }
            for post in Post.objects.filter(author=user).select_related("thread__group").prefetch_related("attachments")
        ],
        "helpful_marks": [
            {"discussion": reaction.post.thread.title, "post": reaction.post.number, "when": reaction.created_at}
            for reaction in Reaction.objects.filter(user=user).select_related("post__thread").order_by("created_at")
        ],
        "reports_made": [
            {
                "discussion": report.post.thread.title,
                "post": report.post.number,
                "reason": report.reason,
                "note": report.note,
                "when": report.created_at,
            }
            for report in Report.objects.filter(reporter=user).select_related("post__thread")
        ],
        "events_taking_part": [
            {"group": item.event.group.name, "event": item.event.title, "starts": item.event.starts_at, "since": item.created_at}
            for item in EventAttendance.objects.filter(user=user).select_related("event__group")
        ],
        "events_scheduled": [
            {"group": event.group.name, "event": event.title, "starts": event.starts_at, "scheduled": event.created_at}
            for event in GroupEvent.objects.filter(created_by=user).select_related("group")
        ],
        "follows": [
            {"what": str(subscription.thread or subscription.group), "level": subscription.level}
            for subscription in Subscription.objects.filter(user=user).select_related("group", "thread")
        ],
        "drafts": [
            {"title": draft.title, "text": draft.body, "saved": draft.updated_at} for draft in Draft.objects.filter(user=user)
        ],
        "notifications": Notification.objects.filter(user=user).count(),
    }
    has_data = profile is not None or any(
        data[key] for key in ("memberships", "posts", "helpful_marks", "reports_made", "drafts", "events_taking_part")
    )
    return data if has_data else None


def erase(user):
    for reaction in Reaction.objects.filter(user=user):
        Post.objects.filter(pk=reaction.post_id).update(helpful_count=F("helpful_count") - 1)
    Reaction.objects.filter(user=user).delete()
    # The rest goes with the user row (CASCADE) or is anonymised by it (SET_NULL on posts, threads, revisions, reports).
    ForumProfile.objects.filter(user=user).delete()
    Draft.objects.filter(user=user).delete()
    EventAttendance.objects.filter(user=user).delete()
