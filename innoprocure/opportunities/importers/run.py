"""One import run over many files: collect the notices (XML files, folders, zip and tar.gz packages), read them
all, save them oldest first (so a change notice lands after the notice it changes), and report on every file.

    report = import_paths(["var/ted-drop"], progress=callback)     # the command and the drop-folder task
    report = import_uploads(request.FILES.getlist("files"))      # the admin upload
    report.counts  → {"created": 3, "updated": 1, "unchanged": 0, "skipped": 2, "failed": 1}

A file that cannot be read or saved never stops the run: it is reported with its reason and the next one follows.
"""

import gc
import hashlib
import logging
import tarfile
import threading
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from innoprocure.opportunities.importers import eforms
from innoprocure.opportunities.importers.save import CREATED, FAILED, SKIPPED, UNCHANGED, UPDATED, NoticeSaver
from innoprocure.opportunities.models import Opportunity, TedNotice
from innoprocure.search import indexer

logger = logging.getLogger(__name__)

STATUSES = (CREATED, UPDATED, UNCHANGED, SKIPPED, FAILED)
ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar")
# An archive may hold a day of TED (a few thousand notices); far more means something else.
MAX_ARCHIVE_MEMBERS = 50_000
# Part of every notice's digest: a new version of the importer reads again the notices an older one imported.
IMPORTER_VERSION = b"innoprocure-eforms-2\n"
# Notices saved in one transaction (each in a savepoint of its own): a commit per notice is what made imports slow.
SAVE_BATCH = 200


@dataclass
class Result:
    name: str  # the file, or "package.tar.gz (member.xml)"
    status: str
    reason: str = ""
    origin: str = ""  # the file on disk (or uploaded) it came from
    notice_id: str = ""
    opportunity_id: int | None = None
    title: str = ""


@dataclass
class ImportReport:
    results: list = field(default_factory=list)

    @property
    def counts(self):
        counts = dict.fromkeys(STATUSES, 0)
        for result in self.results:
            counts[result.status] += 1
        return counts

    def with_status(self, *statuses):
        return [result for result in self.results if result.status in statuses]

    @property
    def ok(self):
        """Something was understood: imported, updated, already there or deliberately skipped."""
        return any(result.status != FAILED for result in self.results)

    def summary_lines(self):
        counts = self.counts
        lines = [
            _(
                "%(total)d notice(s): %(created)d imported, %(updated)d updated, %(unchanged)d unchanged, "
                "%(skipped)d skipped, %(failed)d failed."
            )
            % {"total": len(self.results), **counts}
        ]
        for status, label in ((SKIPPED, _("Skipped")), (FAILED, _("Failed"))):
            for result in self.with_status(status):
                lines.append(f"  {label}: {result.name} — {result.reason}")
        return lines

    def as_dict(self):
        """A JSON-friendly summary (what the scheduled task returns)."""
        return {
            "counts": self.counts,
            "skipped": [{"file": r.name, "reason": r.reason} for r in self.with_status(SKIPPED)],
            "failed": [{"file": r.name, "reason": r.reason} for r in self.with_status(FAILED)],
        }


class Source:
    """Something that yields (name, origin, bytes or NoticeError) for each notice it holds."""

    def __init__(self, name, origin, opener):
        self.name, self.origin, self._opener = name, origin, opener

    def _open(self):
        return self._opener()

    def _is_archive(self, head):
        lowered = self.name.lower()
        return head.startswith((b"PK\x03\x04", b"\x1f\x8b")) or lowered.endswith(ARCHIVE_SUFFIXES)

    def count(self):
        if self.name.lower().endswith(".xml"):
            return 1  # a notice, or a failure reported as one: no need to open it twice
        try:
            with self._open() as handle:
                head = handle.read(4)
                if not self._is_archive(head):
                    return 1
                handle.seek(0)
                return max(1, len(_archive_members(handle, self.name)))
        except (OSError, ValueError, zipfile.BadZipFile, tarfile.TarError, EOFError):
            return 1

    def __iter__(self):
        try:
            with self._open() as handle:
                head = handle.read(4)
                handle.seek(0)
                if not self._is_archive(head):
                    yield self.name, self.origin, _read_limited(handle)
                    return
                yield from self._iter_archive(handle)
        except eforms.NoticeError as error:
            yield self.name, self.origin, error
        except OSError as error:
            yield self.name, self.origin, eforms.NoticeError(_("The file could not be read (%(error)s).") % {"error": error})

    def _iter_archive(self, handle):
        try:
            members = _archive_members(handle, self.name)
        except (zipfile.BadZipFile, tarfile.TarError, EOFError, ValueError) as error:
            yield self.name, self.origin, eforms.NotXMLError(_("The archive is damaged (%(error)s).") % {"error": error})
            return
        if not members:
            yield self.name, self.origin, eforms.NotXMLError(_("The archive holds no XML notice."))
            return
        for member_name, reader in members:
            try:
                data = reader()
            except eforms.NoticeError as error:
                data = error
            except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError, ValueError) as error:
                data = eforms.NoticeError(_("The file could not be read from the archive (%(error)s).") % {"error": error})
            yield f"{self.name} ({member_name})", self.origin, data


def _read_limited(handle):
    data = handle.read(eforms.MAX_NOTICE_BYTES + 1)
    if len(data) > eforms.MAX_NOTICE_BYTES:
        raise eforms.NotXMLError(_("The file is larger than any notice could be."))
    return data


def _archive_members(handle, name):
    """[(member name, reader)] for the XML files of a zip or tar(.gz) archive; nothing is written to disk."""
    head = handle.read(4)
    handle.seek(0)
    if head.startswith(b"PK\x03\x04"):
        archive = zipfile.ZipFile(handle)
        infos = [info for info in archive.infolist() if not info.is_dir() and info.filename.lower().endswith(".xml")]
        if len(infos) > MAX_ARCHIVE_MEMBERS:
            raise ValueError(_("too many files"))

        def zip_reader(info):
            def read():
                # The declared size is checked first, and the read is capped anyway (zip bombs lie).
                if info.file_size > eforms.MAX_NOTICE_BYTES:
                    raise eforms.NotXMLError(_("The file is larger than any notice could be."))
                with archive.open(info) as member:
                    return _read_limited(member)

            return read

        return [(info.filename, zip_reader(info)) for info in sorted(infos, key=lambda info: info.filename)]
    archive = tarfile.open(fileobj=handle, mode="r:*")  # noqa: SIM115 - members are read while the handle is open
    members = []
    for member in archive:
        if len(members) > MAX_ARCHIVE_MEMBERS:
            raise ValueError(_("too many files"))
        if member.isfile() and member.name.lower().endswith(".xml"):
            members.append(member)

    def tar_reader(member):
        def read():
            if member.size > eforms.MAX_NOTICE_BYTES:
                raise eforms.NotXMLError(_("The file is larger than any notice could be."))
            extracted = archive.extractfile(member)
            return _read_limited(extracted)

        return read

    return [(member.name, tar_reader(member)) for member in members]


def path_sources(paths, exclude=()):
    """Sources for files and folders (recursively: *.xml and archives), in a stable order."""
    sources = []
    excluded = [Path(path).resolve() for path in exclude]
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(
                child
                for child in path.rglob("*")
                if child.is_file()
                and child.name.lower().endswith((".xml", *ARCHIVE_SUFFIXES))
                and not (excluded and any(parent in excluded for parent in child.resolve().parents))
            )
            sources.extend(Source(str(child), str(child), lambda child=child: child.open("rb")) for child in found)
        else:
            sources.append(Source(str(path), str(path), lambda path=path: path.open("rb")))
    return sources


class _Rewound:
    """An uploaded file as a context manager that leaves it open (Django closes it at the end of the request)."""

    def __init__(self, uploaded):
        self.uploaded = uploaded

    def __enter__(self):
        self.uploaded.seek(0)
        return self.uploaded

    def __exit__(self, *exc):
        return False


def upload_sources(uploaded_files):
    return [Source(uploaded.name, uploaded.name, lambda uploaded=uploaded: _Rewound(uploaded)) for uploaded in uploaded_files]


_KIND_ORDER = {eforms.PLANNING: 0, eforms.COMPETITION: 1, eforms.RESULT: 2}
_EARLIEST = datetime.min.replace(tzinfo=UTC)


def _order(item):
    _index, name, _origin, notice = item
    order = _KIND_ORDER.get(notice.form_type, 3) + (1 if notice.is_change else 0)
    return (notice.dispatch or _EARLIEST, order, name)


_collections = {"runs": 0, "threshold": None, "froze": False}
_collections_lock = threading.Lock()


@contextmanager
def fewer_collections():
    """Let the garbage collector work less while notices are imported, as before once the last run in the process
    ends. A run allocates millions of objects that form no reference cycles, and each full pass of the collector
    walks the whole heap of a Django process (after `migrate`, hundreds of thousands of objects): with the default
    thresholds its passes took a sixth of the first import's time. So its first threshold is raised from 700 to
    10,000 allocations, and what the process held before the run is frozen (`gc.freeze`: left out of every pass)
    — unless something else froze objects already (the web server, wsgi.py), whose freeze is left as it is."""
    with _collections_lock:
        if _collections["runs"] == 0:
            _collections["threshold"] = gc.get_threshold()
            first, *rest = _collections["threshold"]
            gc.set_threshold(max(first, 10_000), *rest)
            _collections["froze"] = gc.get_freeze_count() == 0
            if _collections["froze"]:
                gc.freeze()
        _collections["runs"] += 1
    try:
        yield
    finally:
        with _collections_lock:
            _collections["runs"] -= 1
            if _collections["runs"] == 0:
                gc.set_threshold(*_collections["threshold"])
                if _collections["froze"]:
                    gc.unfreeze()  # back in the oldest generation, collected as before


def import_sources(sources, progress=None):
    """Read every notice of the sources, then save them oldest first; a Result for each, in the order given."""
    with fewer_collections():
        return _import_sources(sources, progress)


def _import_sources(sources, progress):
    total = sum(source.count() for source in sources)
    progress = progress or (lambda done, total, phase: None)
    results, notices, done, batch = [], [], 0, []

    def read_batch():
        # A notice already imported byte for byte (by this version of the importer) is unchanged: not parsed again.
        known = imported_digests(digest for _name, _origin, _data, digest in batch)
        for name, origin, data, digest in batch:
            if digest in known:
                notice_id, opportunity_id, title = known[digest]
                results.append(Result(name, UNCHANGED, "", origin, notice_id, opportunity_id, title or ""))
                continue
            notice = _parse(name, origin, data, results)
            if notice is not None:
                notice.digest = digest
                results.append(None)  # filled in once saved, so that the report keeps the files' order
                notices.append((len(results) - 1, name, origin, notice))
        batch.clear()

    for source in sources:
        for name, origin, data in source:
            done += 1
            progress(min(done, total), total, "read")
            if isinstance(data, eforms.NoticeError):
                read_batch()  # keeps the results in the files' order
                results.append(Result(name, FAILED, str(data), origin=origin))
                continue
            batch.append((name, origin, data, digest_of(data)))
            if len(batch) >= SAVE_BATCH:
                read_batch()
    read_batch()
    total = max(total, done)

    saver = NoticeSaver()
    saver.prefetch(notice for _index, _name, _origin, notice in notices)
    ordered = sorted(notices, key=_order)
    # Wagtail would queue one reference-index task per saved opportunity; the run queues one for all it created.
    with disable_reference_index_auto_update():
        for start in range(0, len(ordered), SAVE_BATCH):
            # The search index is written once per batch, in bulk, rather than once per saved opportunity.
            with transaction.atomic(), indexer.deferred():
                for saved, (index, name, origin, notice) in enumerate(ordered[start : start + SAVE_BATCH], start + 1):
                    progress(saved, len(notices), "save")
                    results[index] = _save(saver, name, origin, notice)
                saver.flush()
    touched = [result.opportunity_id for result in results if result.status in (CREATED, UPDATED) and result.opportunity_id]
    if touched:
        transaction.on_commit(lambda: update_reference_index.enqueue(sorted(set(touched))))
    return ImportReport(results)


@task()
def update_reference_index(opportunity_ids):
    """Wagtail's reference index for the opportunities an import created (one task per run, not one per notice)."""
    for opportunity in Opportunity.objects.filter(pk__in=opportunity_ids).iterator():
        ReferenceIndex.create_or_update_for_object(opportunity)
    return len(opportunity_ids)


def digest_of(data):
    return hashlib.blake2b(IMPORTER_VERSION + data, digest_size=20).hexdigest()


def imported_digests(digests):
    """{digest: (notice id, opportunity id, title)} for the notices among `digests` that were imported already."""
    digests = list(digests)
    if not digests:
        return {}
    rows = TedNotice.objects.filter(digest__in=digests).values_list("digest", "notice_id", "opportunity_id", "opportunity__title")
    return {digest: rest for digest, *rest in rows}


def _parse(name, origin, data, results):
    """The Notice, or None with its failure added to the results."""
    try:
        return eforms.parse_notice(data, source=name)
    except eforms.NoticeError as error:
        results.append(Result(name, FAILED, str(error), origin=origin))
    except Exception as error:  # one odd file must never stop the run
        logger.exception("Reading %s failed", name)
        reason = _("The notice could not be read (%(error)s).") % {"error": error.__class__.__name__}
        results.append(Result(name, FAILED, reason, origin=origin))
    return None


def _save(saver, name, origin, notice):
    try:
        outcome = saver.save(notice)
    except Exception as error:  # one odd notice must never stop the run; the log has the details
        logger.exception("Saving notice %s from %s failed", notice.notice_id, name)
        saver.forget()  # its savepoint was rolled back: what the run had cached may not exist
        return Result(name, FAILED, _("The notice could not be saved (%(error)s).") % {"error": error}, origin, notice.notice_id)
    opportunity = outcome.opportunity
    return Result(
        name,
        outcome.status,
        outcome.reason,
        origin,
        notice.notice_id,
        opportunity.pk if opportunity else None,
        opportunity.title if opportunity else notice.title,
    )


def import_paths(paths, progress=None, exclude=()):
    return import_sources(path_sources(paths, exclude=exclude), progress=progress)


def import_uploads(uploaded_files, progress=None):
    return import_sources(upload_sources(uploaded_files), progress=progress)
