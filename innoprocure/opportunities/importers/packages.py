"""TED's daily packages: fetch one Official Journal S issue's notices, check the package, import it, log it.

    fetch_package("202500123")          # → TedPackage (status imported or failed, counts, error)
    fetch_new_packages(start="202500120")   # every issue after the last one imported, until TED has no more

TED publishes a package of each day's notices (a tar.gz of eForms XML files) named after the OJ S issue,
`<year><issue number on 5 digits>`. The address comes from settings.TED_DAILY_PACKAGE_URL (TED's bulk download by
default), `{issue}` standing for the issue. A run is idempotent (an issue imported once is not fetched again) and
resumable (it carries on after the last issue imported; a failed issue is tried again). The file is written under
the drop folder's `packages/` as `<issue>.tar.gz.part` and renamed once complete and checked.
"""

import hashlib
import logging
import re
import tarfile
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from innoprocure.opportunities.importers.run import import_paths
from innoprocure.opportunities.models import TedPackage

logger = logging.getLogger(__name__)

ISSUE = re.compile(r"^(\d{4})(\d{5})$")
MAX_PACKAGE_BYTES = 1024 * 1024 * 1024  # a day of TED is some tens of MB
TIMEOUT_SECONDS = 60
CHUNK = 1024 * 1024


class PackageError(Exception):
    """A package that could not be fetched or is not a package of notices; str() says why."""


class NotPublished(PackageError):
    """TED has no package for this issue (yet)."""


def package_url(issue):
    return settings.TED_DAILY_PACKAGE_URL.format(issue=issue)


def next_issue(issue, new_year=False):
    """The issue after `issue`; with new_year, the first issue of the following year."""
    year, number = ISSUE.match(issue).groups()
    return f"{int(year) + 1}00001" if new_year else f"{year}{int(number) + 1:05d}"


def _folder():
    folder = Path(settings.TED_DROP_FOLDER) / "packages"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _download(url, target):
    """Stream the package to target; its SHA-256 and size. Only http(s), a size cap, a timeout."""
    if not url.startswith(("https://", "http://")):
        raise PackageError(_("The package address must be http or https: %(url)s") % {"url": url})
    request = urllib.request.Request(url, headers={"User-Agent": "innoprocure-ted-import"})  # noqa: S310 - checked above
    digest, size = hashlib.sha256(), 0
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response, target.open("wb") as out:  # noqa: S310
            expected = int(response.headers.get("Content-Length") or 0)
            while chunk := response.read(CHUNK):
                size += len(chunk)
                if size > MAX_PACKAGE_BYTES:
                    raise PackageError(_("The package is larger than %(size)d MB.") % {"size": MAX_PACKAGE_BYTES // 2**20})
                digest.update(chunk)
                out.write(chunk)
    except urllib.error.HTTPError as error:
        if error.code == 404:
            raise NotPublished(_("TED has no package for this issue (HTTP 404).")) from None
        raise PackageError(_("TED answered HTTP %(code)d.") % {"code": error.code}) from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise PackageError(_("The package could not be downloaded (%(error)s).") % {"error": error}) from None
    if expected and size != expected:
        raise PackageError(
            _("The download stopped early (%(size)d of %(expected)d bytes).") % {"size": size, "expected": expected}
        )
    return digest.hexdigest(), size


def _check(path):
    """A real tar(.gz) holding at least one XML notice."""
    try:
        with tarfile.open(path, mode="r:*") as archive:
            if not any(member.isfile() and member.name.lower().endswith(".xml") for member in archive):
                raise PackageError(_("The package holds no XML notice."))
    except (tarfile.TarError, EOFError, OSError) as error:
        raise PackageError(_("The file is not a package of notices (%(error)s).") % {"error": error}) from None


def fetch_package(issue, force=False):
    """Fetch, check and import one issue's package; the TedPackage log, or None when TED has not published it."""
    if not ISSUE.match(issue or ""):
        raise PackageError(_("“%(issue)s” is not an OJ S issue (year and five digits, e.g. 202500123).") % {"issue": issue})
    log = TedPackage.objects.filter(issue=issue).first()
    if log is not None and log.status == TedPackage.Status.IMPORTED and not force:
        return log
    url = package_url(issue)
    log = log or TedPackage(issue=issue, url=url)
    log.url, log.attempts = url, log.attempts + 1
    folder = _folder()
    partial, final = folder / f"{issue}.tar.gz.part", folder / f"{issue}.tar.gz"
    try:
        log.sha256, log.size = _download(url, partial)
        _check(partial)
        partial.replace(final)
    except NotPublished:
        partial.unlink(missing_ok=True)
        if log.pk:
            log.save(update_fields=["attempts", "url", "updated_at"])
        return None
    except PackageError as error:
        partial.unlink(missing_ok=True)
        log.status, log.error = TedPackage.Status.FAILED, str(error)
        log.save()
        logger.warning("TED package %s failed: %s", issue, error)
        return log
    report = import_paths([final])
    log.status = TedPackage.Status.IMPORTED if report.ok else TedPackage.Status.FAILED
    log.counts, log.error = report.counts, "" if report.ok else _("No notice of the package could be imported.")
    log.save()
    logger.info("TED package %s: %s", issue, log.counts)
    return log


def fetch_new_packages(start=None, limit=30):
    """Every issue after the last one imported (or from `start`), until TED has no package: the logs of this run.
    Failed issues since then are tried again first."""
    logs = [fetch_package(log.issue) for log in TedPackage.objects.filter(status=TedPackage.Status.FAILED).order_by("issue")]
    last = TedPackage.objects.filter(status=TedPackage.Status.IMPORTED).order_by("-issue").first()
    if start:
        issue = start
    elif last is not None:
        issue = next_issue(last.issue)
    else:
        raise PackageError(_("No package has been imported yet: say which issue to start from."))
    for _attempt in range(limit):
        log = fetch_package(issue)
        if log is None:
            # Not published: the end of what TED has, unless the year has turned.
            first_of_next_year = next_issue(issue, new_year=True)
            log = fetch_package(first_of_next_year)
            if log is None:
                break
            issue = first_of_next_year
        logs.append(log)
        issue = next_issue(issue)
    return [log for log in logs if log is not None]
