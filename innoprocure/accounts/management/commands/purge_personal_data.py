from django.core.management.base import BaseCommand
from django.utils import timezone

from innoprocure.accounts import exports, retention


class Command(BaseCommand):
    help = (
        "Apply the retention rules of docs/privacy.md: delete or anonymise personal data kept longer than needed. "
        "Run it daily (cron or a systemd timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would go, change nothing.")

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        verb = "would remove or anonymise" if dry_run else "removed or anonymised"
        for label, rule in retention.RULES:
            self.stdout.write(f"{label}: {verb} {rule(now, dry_run=dry_run)}")
        if dry_run:
            return
        for app_label, purge in sorted(exports.purgers().items()):
            report = purge(now)
            self.stdout.write(f"{app_label}: {report or 'nothing to do'}")
