"""The alerts' background task: `send_alerts` enqueued by `manage.py send_alerts --enqueue` (cron) and run by the
worker (`manage.py db_worker`). Runs are idempotent, so cron may start them as often as every few minutes."""

from django_tasks import task

from innoprocure.alerts import digests


@task()
def send_alerts():
    record = digests.run()
    return {"searches": record.searches, "emails": record.emails, "items": record.items, "reminders": record.reminders}
