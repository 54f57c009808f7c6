"""manage.py fetch_ted_packages — download and import TED's daily packages (docs/ted-import.md).

manage.py fetch_ted_packages 202500123 202500124   # these issues (again, with --force)
manage.py fetch_ted_packages --from 202500120      # every issue from this one until TED has no more
manage.py fetch_ted_packages                       # every issue after the last one imported (daily, by cron)
manage.py fetch_ted_packages --enqueue             # the same, as a background task for the worker
"""

from django.core.management.base import BaseCommand, CommandError

from innoprocure.opportunities.importers.packages import PackageError, fetch_new_packages, fetch_package


class Command(BaseCommand):
    help = "Download TED's daily notice packages from settings.TED_DAILY_PACKAGE_URL and import them."

    def add_arguments(self, parser):
        parser.add_argument("issues", nargs="*", help="OJ S issues, e.g. 202500123.")
        parser.add_argument("--from", dest="start", help="Start from this issue instead of the one after the last.")
        parser.add_argument("--force", action="store_true", help="Fetch the given issues even if imported already.")
        parser.add_argument("--enqueue", action="store_true", help="Leave the work to the task worker.")

    def handle(self, *args, issues, start, force, enqueue, **options):
        if enqueue:
            from innoprocure.opportunities.tasks import import_daily_packages

            result = import_daily_packages.enqueue(start=start)
            self.stdout.write(f"TED package import queued (task {result.id}).")
            return
        try:
            logs = [fetch_package(issue, force=force) for issue in issues] if issues else fetch_new_packages(start=start)
        except PackageError as error:
            raise CommandError(str(error)) from None
        if issues and None in logs:
            missing = [issue for issue, log in zip(issues, logs, strict=True) if log is None]
            self.stdout.write(f"Not published on TED: {', '.join(missing)}.")
        logs = [log for log in logs if log is not None]
        if not logs:
            self.stdout.write("No new package.")
        for log in logs:
            if log.status == "imported":
                counts = ", ".join(f"{number} {status}" for status, number in log.counts.items() if number)
                self.stdout.write(f"{log.issue}: imported ({counts}).")
            else:
                self.stdout.write(self.style.ERROR(f"{log.issue}: failed — {log.error}"))
        if logs and all(log.status != "imported" for log in logs):
            raise CommandError("No package could be imported.", returncode=1)
