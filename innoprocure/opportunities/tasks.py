"""Background work of the opportunities section: the scheduled import of TED notices from a drop folder.

A deployment puts TED's daily packages (tar.gz of eForms XML) or single notices into settings.TED_DROP_FOLDER;
`import_drop_folder` imports them and moves each file to processed/ or failed/ (with the date) so that it is never
read twice. Enqueue it daily: `manage.py import_eforms --drop-folder --enqueue` (see docs/ted-import.md).
"""

import fcntl
import logging
import shutil
from collections import defaultdict
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from innoprocure.opportunities.importers.packages import fetch_new_packages
from innoprocure.opportunities.importers.run import FAILED, import_paths

logger = logging.getLogger(__name__)

PROCESSED = "processed"
FAILED_FOLDER = "failed"
LOCK_FILE = ".import.lock"


def drop_folder():
    return Path(getattr(settings, "TED_DROP_FOLDER", settings.VAR_DIR / "ted-drop"))


def _move(path, folder):
    """Move a file into folder/<today>/, never overwriting an earlier file of the same name."""
    target_dir = folder / timezone.localdate().isoformat()
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / path.name
    number = 2
    while target.exists():
        target = target_dir / f"{path.stem}-{number}{path.suffix}"
        number += 1
    shutil.move(str(path), str(target))
    return target


@task()
def import_drop_folder():
    """Import every notice file waiting in the drop folder; returns the run's summary."""
    folder = drop_folder()
    folder.mkdir(parents=True, exist_ok=True)
    processed, failed = folder / PROCESSED, folder / FAILED_FOLDER
    with open(folder / LOCK_FILE, "w") as lock:
        try:
            # Two workers (or a worker and a cron run) must not import and move the same files at once.
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            logger.info("A drop-folder import is already running in %s", folder)
            return {"folder": str(folder), "moved": 0, "busy": True, "counts": {}, "skipped": [], "failed": []}
        waiting = sorted(
            path for path in folder.iterdir() if path.is_file() and path.name != LOCK_FILE and not path.name.startswith(".")
        )
        report = import_paths(waiting)
        by_origin = defaultdict(list)
        for result in report.results:
            by_origin[result.origin].append(result.status)
        moved = 0
        for path in waiting:
            statuses = by_origin.get(str(path), [FAILED])
            # A package with some bad notices still counts as processed; its failures are in the summary and log.
            _move(path, failed if all(status == FAILED for status in statuses) else processed)
            moved += 1
    summary = report.as_dict()
    summary.update(folder=str(folder), moved=moved, busy=False)
    for entry in summary["failed"]:
        logger.warning("TED import failed for %s: %s", entry["file"], entry["reason"])
    logger.info("TED drop-folder import: %s", summary["counts"])
    return summary


@task()
def import_daily_packages(start=None):
    """TED's daily packages published since the last one imported (see importers/packages.py); a summary per issue."""
    return [
        {"issue": log.issue, "status": log.status, "counts": log.counts, "error": log.error}
        for log in fetch_new_packages(start=start)
    ]


@task()
def import_uploaded_notices(import_id):
    """The admin upload `import_id` (a TedImport), imported in the background; its progress is saved as it goes."""
    from innoprocure.audit.log import record
    from innoprocure.opportunities.models import TedImport

    upload = TedImport.objects.get(pk=import_id)
    upload.status = TedImport.Status.RUNNING
    upload.save(update_fields=["status"])
    step = {"last": -1}

    def progress(done, total, phase):
        # Saved every twentieth of the way: the result page shows it, without a write per notice.
        twentieth = (phase, done * 20 // total if total else 20)
        if phase == "save" and twentieth != step["last"]:
            step["last"] = twentieth
            TedImport.objects.filter(pk=import_id).update(done=done, total=total)

    try:
        report = import_paths([upload.folder], progress=progress)
    except Exception as error:  # the page must say it failed rather than wait for ever
        logger.exception("TED upload %s failed", import_id)
        upload.status, upload.error = TedImport.Status.FAILED, str(error)
        upload.save(update_fields=["status", "error"])
        return {"status": upload.status}
    finally:
        shutil.rmtree(upload.folder, ignore_errors=True)
    prefix = f"{upload.folder}/"
    upload.results = [
        {
            "name": result.name.removeprefix(prefix),
            "status": result.status,
            "reason": result.reason,
            "notice_id": result.notice_id,
            "opportunity_id": result.opportunity_id,
            "title": result.title,
        }
        for result in report.results
    ]
    upload.status, upload.done, upload.total = TedImport.Status.DONE, len(report.results), len(report.results)
    upload.save(update_fields=["results", "status", "done", "total"])
    record("opportunities.ted_import", actor=upload.user, target=upload, files=upload.file_names, counts=report.counts)
    return {"status": upload.status, "counts": report.counts}
