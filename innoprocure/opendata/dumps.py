"""Bulk data: every public record of the resources, opportunities, events and competence centres as one JSON Lines
and one CSV file each, written by `manage.py export_open_data` (nightly, as a background task) into
settings.OPEN_DATA_DUMP_DIR and listed on the open-data page.

Only public fields: what the site's pages and API show to anyone (no contact persons, no editors, no drafts).
CSV cells that a spreadsheet would run as a formula are neutralised (innoprocure.core.spreadsheets).
"""

import csv
import datetime
import json
import os
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.utils import timezone, translation

from innoprocure.core.spreadsheets import neutralise
from innoprocure.opendata import licences

FORMATS = {"jsonl": "application/jsonl; charset=utf-8", "csv": "text/csv; charset=utf-8"}
LIST_SEPARATOR = " | "  # joins a list in one CSV cell


def base_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def _page_path(model, default):
    page = model.objects.live().first()
    parts = page.get_url_parts() if page is not None else None
    return parts[2] if parts else default


def resources():
    from innoprocure.resources.models import Resource, ResourceIndexPage

    index = base_url() + _page_path(ResourceIndexPage, "/resources/")
    queryset = (
        Resource.objects.filter(live=True)
        .prefetch_related("sectors", "stages", "countries", "languages", "tags", "attachments")
        .order_by("pk")
    )
    for resource in queryset.iterator(chunk_size=500):
        url = f"{index}{resource.slug}/"
        yield {
            "id": resource.pk,
            "url": url,
            "title": resource.title,
            "summary": resource.summary,
            "type": resource.resource_type,
            "approach": resource.approach,
            "sectors": [sector.slug for sector in resource.sectors.all()],
            "stages": [stage.slug for stage in resource.stages.all()],
            "countries": [country.code for country in resource.countries.all()],
            "languages": [language.code for language in resource.languages.all()],
            "main_language": resource.main_language_id,
            "publication_year": resource.publication_year,
            "publisher": resource.publisher,
            "external_url": resource.external_url,
            "licence": resource.licence,
            "licence_iri": licences.iri_of(resource.licence),
            "tags": [tag.name for tag in resource.tags.all()],
            "attachments": [
                f"{url}attachments/{attachment.pk}/" for attachment in resource.attachments.all() if attachment.file_type
            ],
            "illustrative": resource.illustrative,
            "updated": resource.last_published_at,
        }


def opportunities():
    from innoprocure.opportunities.models import Opportunity, OpportunityIndexPage

    index = base_url() + _page_path(OpportunityIndexPage, "/opportunities/")
    queryset = Opportunity.objects.filter(live=True).prefetch_related("sectors").order_by("pk")
    for opportunity in queryset.iterator(chunk_size=500):
        yield {
            "id": opportunity.pk,
            "url": f"{index}{opportunity.slug}/",
            "title": opportunity.title,
            "summary": opportunity.summary,
            "type": opportunity.opportunity_type,
            "organisation": opportunity.organisation,
            "organisation_url": opportunity.organisation_url,
            "country": opportunity.country_id or "",
            "deadline": opportunity.deadline,
            "budget": opportunity.budget,
            "currency": opportunity.currency,
            "cpv_codes": list(opportunity.cpv_codes),
            "sectors": [sector.slug for sector in opportunity.sectors.all()],
            "approach": opportunity.approach,
            "notice_url": opportunity.url,
            "source": opportunity.source,
            "ted_notice_id": opportunity.ted_notice_id,
            "publication_date": opportunity.publication_date,
            "awarded": opportunity.awarded,
            "illustrative": opportunity.illustrative,
            "updated": opportunity.updated_at,
        }


def events():
    from innoprocure.events.models import EventIndexPage, EventPage

    index_page = EventIndexPage.objects.live().first()
    if index_page is None:
        return
    for event in EventPage.objects.live().child_of(index_page).order_by("start", "pk").iterator(chunk_size=500):
        yield {
            "id": event.pk,
            "url": base_url() + event.get_url_parts()[2] if event.get_url_parts() else "",
            "title": event.title,
            "summary": event.summary,
            "type": event.event_type,
            "format": event.event_format,
            "start": event.start,
            "end": event.end,
            "time_zone": event.time_zone,
            "all_day": event.all_day,
            "venue": event.venue,
            "city": event.city,
            "country": event.country_id or "",
            "organiser": event.organiser,
            "organiser_url": event.organiser_url,
            "language": event.language_id or "",
            "cost_type": event.cost_type,
            "cost": event.cost,
            "registration_url": event.registration_url,
            "recording_url": event.recording_url,
            "illustrative": event.illustrative,
            "updated": event.last_published_at,
        }


def centres():
    from innoprocure.network.models import CompetenceCentre

    queryset = CompetenceCentre.objects.prefetch_related("services", "languages").order_by("pk")
    for centre in queryset.iterator(chunk_size=500):
        yield {
            "slug": centre.slug,
            "url": base_url() + centre.get_absolute_url(),
            "name": centre.name,
            "country": centre.country_id or "",
            "status": centre.status,
            "established_year": centre.established_year,
            "parent_organisation": centre.parent_organisation,
            "services": [service.slug for service in centre.services.all()],
            "languages": [language.code for language in centre.languages.all()],
            "website": centre.website,
            "description": centre.description,
            "joined_on": centre.joined_on,
            "illustrative": centre.illustrative,
        }


@dataclass(frozen=True)
class Dataset:
    name: str
    rows: object  # a function returning an iterator of dicts


DATASETS = [
    Dataset("resources", resources),
    Dataset("opportunities", opportunities),
    Dataset("events", events),
    Dataset("centres", centres),
]
NAMES = {dataset.name for dataset in DATASETS}


def _json_value(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _csv_value(value):
    if isinstance(value, list):
        return neutralise(LIST_SEPARATOR.join(str(item) for item in value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return neutralise(str(_json_value(value)))


def directory():
    return Path(settings.OPEN_DATA_DUMP_DIR)


def _replace(path, write):
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            write(out)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_all(target=None):
    """Write every dump; returns {file name: number of records}."""
    target = Path(target or directory())
    target.mkdir(parents=True, exist_ok=True)
    counts = {}
    with translation.override(settings.LANGUAGE_CODE):
        for dataset in DATASETS:
            rows = [{key: _json_value(value) for key, value in row.items()} for row in dataset.rows()]

            def write_jsonl(out, rows=rows):
                for row in rows:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")

            def write_csv(out, rows=rows, dataset=dataset):
                fields = list(rows[0]) if rows else list(_empty_fields(dataset))
                writer = csv.writer(out)
                writer.writerow(fields)
                for row in rows:
                    writer.writerow([_csv_value(row[field]) for field in fields])

            _replace(target / f"{dataset.name}.jsonl", write_jsonl)
            _replace(target / f"{dataset.name}.csv", write_csv)
            counts[f"{dataset.name}.jsonl"] = counts[f"{dataset.name}.csv"] = len(rows)
    return counts


def _empty_fields(dataset):
    """The column names of a dataset that has no record yet (read from an existing file, else none)."""
    path = directory() / f"{dataset.name}.csv"
    if path.exists():
        with path.open(encoding="utf-8") as existing:
            return next(csv.reader(existing), [])
    return []


@dataclass(frozen=True)
class Dump:
    name: str  # file name, e.g. resources.csv
    dataset: str
    format: str
    size: int
    modified: datetime.datetime


def available():
    """The dump files there are, in the order of DATASETS, JSON Lines before CSV."""
    found = []
    for dataset in DATASETS:
        for fmt in FORMATS:
            path = directory() / f"{dataset.name}.{fmt}"
            try:
                stat = path.stat()
            except OSError:
                continue
            modified = datetime.datetime.fromtimestamp(stat.st_mtime, tz=datetime.UTC)
            found.append(Dump(path.name, dataset.name, fmt, stat.st_size, timezone.localtime(modified)))
    return found


def path_of(name):
    """The path of the dump file called `name`, or None when there is no such dump (never a path outside)."""
    stem, _dot, fmt = name.rpartition(".")
    if stem not in NAMES or fmt not in FORMATS:
        return None
    path = directory() / name
    return path if path.is_file() else None
