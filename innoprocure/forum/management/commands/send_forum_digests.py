from django.core.management.base import BaseCommand

from innoprocure.forum.tasks import send_digests


class Command(BaseCommand):
    help = "Send the forum's daily digest to everybody who chose it (run once a day from cron or a systemd timer)."

    def handle(self, *args, **options):
        self.stdout.write(f"{send_digests()} forum digests sent.")
