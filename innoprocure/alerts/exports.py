"""The alerts' part of a person's data export and of account deletion (found by innoprocure.accounts.exports)."""

from django.db.models import Sum

from innoprocure.alerts.models import AlertSettings, Dispatch, Follow, SavedSearch


def export(user):
    preference = AlertSettings.objects.filter(user=user).first()
    searches = SavedSearch.objects.filter(user=user).order_by("pk")
    follows = Follow.objects.filter(user=user).order_by("pk")
    if preference is None and not searches.exists() and not follows.exists():
        return None
    return {
        "settings": None
        if preference is None
        else {"language": preference.language, "reminders": preference.reminders, "reminder_days": preference.reminder_days},
        "saved_searches": [
            {
                "name": search.name,
                "listing": search.kind,
                "filters": search.query,
                "frequency": search.frequency,
                "delivery": search.delivery,
                "paused": search.paused,
                "created": search.created_at,
                "last_digest": search.last_digest_at,
                "items_sent": search.dispatches.aggregate(n=Sum("count"))["n"] or 0,
            }
            for search in searches
        ],
        "follows": [{"kind": row.kind, "id": row.object_id, "since": row.created_at} for row in follows],
    }


def erase(user):
    received = list(Dispatch.objects.filter(searches__user=user).values_list("pk", flat=True).distinct())
    SavedSearch.objects.filter(user=user).delete()
    Dispatch.objects.filter(pk__in=received, searches__isnull=True).delete()  # what was sent to nobody else
    Follow.objects.filter(user=user).delete()  # with the reminders sent
    AlertSettings.objects.filter(user=user).delete()


SENT_ITEMS_KEPT_DAYS = 365
RUNS_KEPT_DAYS = 90


def purge(now):
    """Records of what was sent go after a year (by then nothing they hold back could be new); runs after 90 days."""
    from datetime import timedelta

    from innoprocure.alerts.models import AlertRun

    sent, _details = Dispatch.objects.filter(sent_at__lt=now - timedelta(days=SENT_ITEMS_KEPT_DAYS)).delete()
    runs, _details = AlertRun.objects.filter(started_at__lt=now - timedelta(days=RUNS_KEPT_DAYS)).delete()
    return f"alerts: {sent} sent-item records, {runs} runs"
