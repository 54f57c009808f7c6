from django.core.management.base import BaseCommand, CommandError

from innoprocure.core.backup import BackupError, restore, verify


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup`: verify every checksum, then replace the database and every "
        "storage with it. Stop the web and worker processes first."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="the backup folder (it holds manifest.json)")
        parser.add_argument("--verify-only", action="store_true", help="check the backup, change nothing")
        parser.add_argument("--no-input", action="store_false", dest="interactive", help="do not ask for confirmation")

    def handle(self, *args, folder, verify_only, interactive, **options):
        try:
            if verify_only:
                if problems := verify(folder):
                    raise CommandError("The backup is damaged: " + "; ".join(problems))
                self.stdout.write("The backup is complete: every checksum matches.")
                return
            if interactive:
                answer = input(f"This replaces the database and every upload with {folder}. Type 'yes' to go on: ")
                if answer.strip().lower() != "yes":
                    raise CommandError("Nothing was restored.")
            manifest = restore(folder)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored the database and {len(manifest['files'])} files from {folder}.")
