"""Bulk data: JSON Lines and CSV of the public records, written by a command or the worker, listed on the data page."""

import csv
import json

import pytest
from django.core.management import call_command

from innoprocure.opendata import dumps
from innoprocure.opendata.tasks import export_open_data
from innoprocure.opportunities.models import Opportunity
from innoprocure.resources.models import Resource

pytestmark = pytest.mark.django_db


@pytest.fixture
def dump_dir(demo_database, db, settings, tmp_path):
    settings.OPEN_DATA_DUMP_DIR = tmp_path / "opendata"
    settings.WAGTAILADMIN_BASE_URL = "https://data.example.eu"
    return settings.OPEN_DATA_DUMP_DIR


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def read_csv(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_command_writes_every_dataset_in_both_formats(dump_dir):
    call_command("export_open_data", stdout=open("/dev/null", "w"))  # noqa: SIM115
    names = sorted(path.name for path in dump_dir.iterdir())
    datasets = ("resources", "opportunities", "events", "centres")
    assert names == sorted(f"{name}.{fmt}" for name in datasets for fmt in ("jsonl", "csv"))
    resources = read_jsonl(dump_dir / "resources.jsonl")
    assert len(resources) == Resource.objects.filter(live=True).count() == len(read_csv(dump_dir / "resources.csv"))
    directive = next(row for row in resources if row["url"].endswith("/directive-2014-24-eu-public-procurement/"))
    assert directive["url"].startswith("https://data.example.eu/")
    assert directive["licence_iri"] == "http://publications.europa.eu/resource/authority/licence/COM_REUSE"
    assert len(read_jsonl(dump_dir / "opportunities.jsonl")) == Opportunity.objects.filter(live=True).count()
    assert read_jsonl(dump_dir / "events.jsonl") and read_jsonl(dump_dir / "centres.jsonl")


def test_only_public_fields_and_published_records(dump_dir):
    hidden = Resource.objects.filter(live=True).first()
    Resource.objects.filter(pk=hidden.pk).update(live=False)
    dumps.write_all()
    assert hidden.pk not in {row["id"] for row in read_jsonl(dump_dir / "resources.jsonl")}
    centre = read_jsonl(dump_dir / "centres.jsonl")[0]
    assert "contact_email" not in centre and "contact_name" not in centre


def test_csv_cells_cannot_run_as_formulas(dump_dir):
    resource = Resource.objects.filter(live=True).first()
    Resource.objects.filter(pk=resource.pk).update(title='=HYPERLINK("http://evil.example/","x")', publisher="@SUM(A1)")
    dumps.write_all()
    row = next(row for row in read_csv(dump_dir / "resources.csv") if row["id"] == str(resource.pk))
    assert row["title"] == '\'=HYPERLINK("http://evil.example/","x")' and row["publisher"] == "'@SUM(A1)"
    line = next(row for row in read_jsonl(dump_dir / "resources.jsonl") if row["id"] == resource.pk)
    assert line["title"].startswith("=")  # JSON is data, not a spreadsheet: kept as written


def test_the_worker_task_writes_them_and_the_data_page_lists_them(dump_dir, client):
    assert "have not been written yet" in client.get("/open-data/").content.decode()
    export_open_data.enqueue()  # the test settings run tasks at once, as the worker would
    page = client.get("/open-data/").content.decode()
    size = (dump_dir / "resources.csv").stat().st_size
    assert 'href="/open-data/dumps/resources.csv"' in page
    assert f"{size / 1024:.1f}" in page  # filesizeformat of the size in KB
    response = client.get("/open-data/dumps/resources.jsonl")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/jsonl")
    assert b"".join(response.streaming_content) == (dump_dir / "resources.jsonl").read_bytes()
    assert client.get("/open-data/dumps/secrets.csv").status_code == 404
    assert client.get("/open-data/dumps/..%2Fsettings.csv").status_code == 404
