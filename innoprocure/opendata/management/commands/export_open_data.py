from django.core.management.base import BaseCommand

from innoprocure.opendata import dumps
from innoprocure.opendata.tasks import export_open_data


class Command(BaseCommand):
    help = (
        "Write the open-data dumps (JSON Lines and CSV of resources, opportunities, events, centres) into "
        "settings.OPEN_DATA_DUMP_DIR. Nightly from cron with --enqueue, so the background worker runs it."
    )

    def add_arguments(self, parser):
        parser.add_argument("--enqueue", action="store_true", help="Hand the export to the background worker.")

    def handle(self, *args, enqueue=False, **options):
        if enqueue:
            result = export_open_data.enqueue()
            self.stdout.write(f"Export queued for the background worker (task {result.id}).")
            return
        for name, count in dumps.write_all().items():
            self.stdout.write(f"{dumps.directory() / name}: {count} records")
