"""Background work of the membership workflow, for django-tasks (`manage.py db_worker`) or cron
(`manage.py close_ballots`, which runs both at once)."""

from django_tasks import task

from innoprocure.membership import services


@task()
def close_due_ballots():
    """Close every ballot whose voting window has ended; returns the ids of the ballots closed."""
    return [ballot.pk for ballot in services.close_due_ballots()]


@task()
def send_ballot_reminders():
    """Remind the centres that have not voted in ballots closing soon (each centre once per ballot)."""
    return services.send_ballot_reminders()
