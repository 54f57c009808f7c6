from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from innoprocure.newsletter import services
from innoprocure.newsletter.models import Topic


class Command(BaseCommand):
    help = (
        "Send a newsletter issue (plain text from a file) to every confirmed subscriber, or to those of some topics. "
        "Each e-mail carries its own one-click unsubscribe link."
    )

    def add_arguments(self, parser):
        parser.add_argument("--subject", required=True)
        parser.add_argument("--text-file", required=True, help="UTF-8 text file with the body of the issue.")
        parser.add_argument("--topic", action="append", choices=Topic.values, help="Only subscribers of this topic; repeatable.")
        parser.add_argument("--dry-run", action="store_true", help="Only say how many would receive it.")

    def handle(self, *args, subject, text_file, topic=None, dry_run=False, **options):
        path = Path(text_file)
        if not path.is_file():
            raise CommandError(f"{path}: no such file.")
        text = path.read_text(encoding="utf-8").strip()
        if not text:
            raise CommandError(f"{path}: the file is empty.")
        if dry_run:
            self.stdout.write(f"{len(services.recipients(topic))} subscribers would receive “{subject}”.")
            return
        sent = services.send_issue(subject, text, topics=topic)
        self.stdout.write(self.style.SUCCESS(f"Sent “{subject}” to {sent} subscribers."))
