from django.core.management.base import BaseCommand

from innoprocure.alerts import digests


class Command(BaseCommand):
    help = (
        "Send the alert digests that are due (saved searches: immediately, daily, weekly) and the reminders for "
        "followed items. Idempotent: run it from cron every 10 minutes; --enqueue hands it to the worker."
    )

    def add_arguments(self, parser):
        parser.add_argument("--enqueue", action="store_true", help="Run it as a background task (make worker).")

    def handle(self, *args, enqueue=False, **options):
        if enqueue:
            from innoprocure.alerts.tasks import send_alerts

            result = send_alerts.enqueue()
            self.stdout.write(f"Enqueued the alerts run ({result.id}).")
            return
        record = digests.run()
        self.stdout.write(
            f"{record.searches} saved searches due, {record.emails} digest e-mails with {record.items} items, "
            f"{record.reminders} reminder e-mails."
        )
        if record.errors:
            self.stderr.write(record.errors)
