"""manage.py import_eforms PATH... — import TED eForms notices (XML files, folders, zip or tar.gz packages).

    manage.py import_eforms var/ted-notices/ extra-notice.xml
    manage.py import_eforms --drop-folder            # import settings.TED_DROP_FOLDER now, moving files to processed/ or failed/
    manage.py import_eforms --drop-folder --enqueue  # the same, as a background task for the worker (for cron)

Prints a progress bar on a terminal (an "n/N" counter otherwise) and a summary; exits with status 1 only when
nothing could be imported at all.
"""

import sys

from django.core.management.base import BaseCommand, CommandError

from innoprocure.opportunities.importers.run import import_paths

PHASES = {"read": "Reading", "save": "Importing"}


class Progress:
    """A progress bar on a terminal; elsewhere (logs, cron mail) a line every tenth of the way."""

    width = 30

    def __init__(self, stream):
        self.stream = stream
        self.is_tty = hasattr(stream, "isatty") and stream.isatty()
        self._last = None

    def __call__(self, done, total, phase):
        label = PHASES.get(phase, phase)
        if self.is_tty:
            filled = self.width * done // total if total else self.width
            self.stream.write(f"\r{label:<9} [{'#' * filled}{'.' * (self.width - filled)}] {done}/{total}")
            if done >= total:
                self.stream.write("\n")
            self.stream.flush()
            return
        tenth = (phase, done * 10 // total if total else 10)
        if tenth != self._last:
            self.stream.write(f"{label} {done}/{total}\n")
            self._last = tenth


class Command(BaseCommand):
    help = "Import TED eForms notices (files, folders, zip or tar.gz packages) as opportunities."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="XML files, folders (searched recursively) or zip/tar.gz packages.")
        parser.add_argument(
            "--drop-folder",
            action="store_true",
            help="Import everything in settings.TED_DROP_FOLDER and move each file to processed/ or failed/.",
        )
        parser.add_argument("--enqueue", action="store_true", help="With --drop-folder: leave the work to the task worker.")
        parser.add_argument("--no-progress", action="store_true", help="Do not show progress.")

    def handle(self, *args, paths, drop_folder, enqueue, no_progress, **options):
        if drop_folder:
            return self._drop_folder(enqueue)
        if enqueue:
            raise CommandError("--enqueue only goes with --drop-folder.")
        if not paths:
            raise CommandError("Give at least one file or folder, or --drop-folder.")
        progress = None if no_progress else Progress(getattr(self.stderr, "_out", sys.stderr))
        report = import_paths(paths, progress=progress)
        self._print(report)
        if not report.ok:
            raise CommandError("Nothing could be imported.", returncode=1)

    def _drop_folder(self, enqueue):
        from innoprocure.opportunities.tasks import import_drop_folder

        if enqueue:
            result = import_drop_folder.enqueue()
            self.stdout.write(f"Drop-folder import queued (task {result.id}).")
            return
        summary = import_drop_folder.call()
        if summary["busy"]:
            self.stdout.write(f"Another import is working on {summary['folder']}; nothing done.")
            return
        counts = summary["counts"]
        self.stdout.write(
            "Drop folder {folder}: {created} imported, {updated} updated, {unchanged} unchanged, {skipped} skipped, "
            "{failed} failed; {moved} file(s) moved.".format(folder=summary["folder"], moved=summary["moved"], **counts)
        )
        for entry in summary["failed"]:
            self.stdout.write(f"  Failed: {entry['file']} — {entry['reason']}")

    def _print(self, report):
        lines = report.summary_lines()
        style = self.style.SUCCESS if report.ok else self.style.ERROR
        self.stdout.write(style(lines[0]))
        for line in lines[1:]:
            self.stdout.write(line)
