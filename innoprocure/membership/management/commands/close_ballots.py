from django.core.management.base import BaseCommand

from innoprocure.membership.tasks import close_due_ballots, send_ballot_reminders


class Command(BaseCommand):
    help = (
        "Remind member centres that have not voted in ballots closing soon, then close the ballots whose voting "
        "window has ended and publish their outcome. Safe to run as often as you like; run it from cron, e.g. every "
        "15 minutes."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-reminders", action="store_true", help="Only close due ballots.")

    def handle(self, *args, no_reminders=False, **options):
        if not no_reminders:
            reminded = send_ballot_reminders.call()
            self.stdout.write(f"Reminded {reminded} centre(s) that have not voted yet.")
        closed = close_due_ballots.call()
        self.stdout.write(f"Closed {len(closed)} ballot(s)" + (f": {', '.join(map(str, closed))}." if closed else "."))
