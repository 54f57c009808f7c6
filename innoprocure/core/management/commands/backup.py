import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from innoprocure.core.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database and every upload (public and private) into a new folder with a checksum manifest. "
        "Safe while the site runs. The folder is printed; restore it with `manage.py restore <folder>`."
    )

    def add_arguments(self, parser):
        default = os.environ.get("BACKUP_DIR", str(Path(settings.VAR_DIR) / "backups"))
        parser.add_argument("--to", default=default, help=f"where the backup folder is created (default {default})")

    def handle(self, *args, **options):
        try:
            folder = backup(options["to"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(folder))
