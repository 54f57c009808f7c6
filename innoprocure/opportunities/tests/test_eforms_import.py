"""Importing eForms notices into opportunities: every SDK example, changes, awards, idempotence, bad files, the
command's summary and exit status, archives and the drop-folder task.

Test data: the eForms SDK example notices in `tests/data/eforms-sdk-examples/` — © European Union,
Publications Office, CC BY 4.0 (OP-TED eForms SDK 1.15.1, examples/notices/). Keep this attribution wherever the
files are used.
"""

import io
import shutil
import tarfile
import zipfile
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from innoprocure.opportunities.importers import run
from innoprocure.opportunities.models import Opportunity
from innoprocure.opportunities.tests.samples import EXAMPLES_DIR, example

CN_OPEN_ID = "c4c415ee-ac08-4465-8fa6-57568cf69462"
CN_OPEN_PROCEDURE = "31f258b6-5eb2-4875-8997-affa3cdce27c"

# What importing each example does, as the shared README describes it: (status, words of the reason, imported first).
EXPECTED = {
    "INVALID_cn_24_empty.xml": ("failed", "lacks required fields", []),
    "can_24_UKRI.xml": ("skipped", "kept and applied when the contract notice arrives", []),
    "can_24_maximal.xml": ("skipped", "kept and applied when the contract notice arrives", []),
    "change-cn_24_open_dates.xml": ("updated", "Change notice applied", ["cn_24_open.xml"]),
    "cn-desg_24.xml": ("created", "", []),
    "cn-social_25.xml": ("created", "", []),
    "cn_24_FRA_comments.xml": ("created", "", []),
    "cn_24_cumbria.xml": ("created", "", []),
    "cn_24_maximal.xml": ("created", "", []),
    "cn_24_minimal.xml": ("created", "", []),
    "cn_24_multilingual.xml": ("created", "", []),
    "cn_24_nego_accel.xml": ("created", "", []),
    "cn_24_open.xml": ("created", "", []),
    "cn_24_open_accel.xml": ("created", "", []),
    "cn_25.xml": ("created", "", []),
    "cn_81.xml": ("created", "", []),
    "pin-cfc_24.xml": ("created", "", []),
    "pin-only_24_lots.xml": ("created", "", []),
    "veat_81.xml": ("skipped", "direct award without a call for competition", []),
}
EXAMPLE_FILES = sorted(path.name for path in EXAMPLES_DIR.glob("*.xml"))


class Upload(io.BytesIO):
    """What the admin hands over: a named file object."""

    def __init__(self, name, data):
        super().__init__(data)
        self.name = name
        self.size = len(data)


def import_bytes(*files):
    """Import (name, bytes) pairs the way the admin upload does."""
    return run.import_uploads([Upload(name, data) for name, data in files])


def import_examples(*names):
    return import_bytes(*[(name, example(name)) for name in names])


def result_for(report, name):
    return next(result for result in report.results if result.name == name)


def test_every_example_file_has_an_expected_outcome():
    assert sorted(EXPECTED) == EXAMPLE_FILES, "a new example file: say what importing it should do in EXPECTED"


@pytest.mark.django_db
@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_each_example_is_imported_updated_skipped_or_failed_with_its_reason(name):
    status, words, first = EXPECTED[name]
    if first:
        import_examples(*first)
    result = result_for(import_examples(name), name)
    assert result.status == status, result.reason
    assert words in result.reason
    if status in ("created", "updated"):
        opportunity = Opportunity.objects.get(pk=result.opportunity_id)
        kind = "market-consultation" if name.startswith("pin-only") else "tender"
        assert opportunity.source == "ted" and opportunity.opportunity_type == kind
        assert opportunity.title and opportunity.organisation and opportunity.url.startswith("https://ted.europa.eu/")


@pytest.mark.django_db
def test_minimal_notice_becomes_an_opportunity_with_its_fields():
    import_examples("cn_24_minimal.xml")
    opportunity = Opportunity.objects.get(ted_notice_id="f42be27e-09cf-4f0e-a745-63ec689631e6")
    assert opportunity.title == "Provision of IT Services Related to OP IT Systems (EUR-Lex, N-Lex, Search Layer, and Others)"
    assert opportunity.summary.startswith("Provision of IT services related to the information systems")
    assert opportunity.organisation == "Publications Office of the European Union"
    assert opportunity.country_id == "LU"
    assert opportunity.procedure == "open"
    assert opportunity.cpv_codes == ["72230000"]
    assert opportunity.deadline == datetime(2020, 2, 4, 8, 0, tzinfo=UTC)
    assert opportunity.deadline_timezone == "Etc/GMT-2"
    assert opportunity.dispatch_date == datetime(2019, 11, 20, 23, 0, tzinfo=UTC)
    assert opportunity.ted_procedure_id == "4805c409-5939-4be9-8abd-837f7a5fee23"
    assert opportunity.ted_notice_type == "cn-standard"
    assert opportunity.notice_language == "en"
    assert opportunity.place_of_performance == "FRD22, France"
    assert opportunity.url == "https://ted.europa.eu/en/search/result?FT=f42be27e-09cf-4f0e-a745-63ec689631e6&search-scope=ALL"
    assert opportunity.titles == {"en": opportunity.title}
    assert not opportunity.is_innovation and not opportunity.flags.exists()
    assert opportunity.status == "closed"
    assert list(opportunity.sectors.values_list("slug", flat=True)) == ["ict"]
    [lot] = opportunity.lots.all()
    assert (lot.lot_id, lot.deadline) == ("LOT-0000", datetime(2020, 2, 4, 8, 0, tzinfo=UTC))


@pytest.mark.django_db
def test_innovation_notice_gets_flags_lots_and_value():
    import_examples("cn_24_maximal.xml", "cn-social_25.xml")
    maximal = Opportunity.objects.get(ted_notice_id="14549263-b47b-4e59-96a1-2d0d13e19343")
    assert maximal.is_innovation
    assert sorted(maximal.flags.values_list("code", flat=True)) == [
        "innovative-acquisition:proc-innov",
        "strategic-procurement:env-imp",
    ]
    assert (maximal.budget, maximal.currency) == (Decimal("9999999.99"), "EUR")
    assert maximal.organisation_url == "https://www.fin-adm.com"
    assert maximal.procedure == "neg-w-call"
    assert maximal.cpv_codes[0] == "79710000"
    assert "Anywhere in the European Economic Area" in maximal.place_of_performance
    # Only a request-to-participate deadline (BT-1311), in +01:00.
    assert maximal.deadline == datetime(2023, 5, 22, 19, 59, 32, tzinfo=UTC)
    lots = list(maximal.lots.all())
    assert [lot.lot_id for lot in lots] == ["LOT-0001", "LOT-0002"]
    assert lots[1].title == "Title Lot 2---"
    assert all(lot.deadline for lot in lots)

    social = Opportunity.objects.get(ted_notice_id="cf9697c2-e280-4e78-beb1-e481f8c97468")
    assert (social.budget, social.currency, social.country_id) == (Decimal("1231.00"), "BWP", "GR")
    assert sorted(social.flags.values_list("code", flat=True)) == ["innovative-acquisition:rd-act", "procedure:innovation"]
    assert social.deadline_timezone == "Europe/Athens"


@pytest.mark.django_db
def test_multilingual_notice_keeps_every_title_and_description():
    import_examples("cn_24_multilingual.xml")
    opportunity = Opportunity.objects.get(ted_notice_id="55aae64f-88a8-44a5-b2fb-8228e97fe6ee")
    assert len(opportunity.titles) == 24 and len(opportunity.descriptions) == 24
    assert opportunity.title == opportunity.titles["en"]
    assert opportunity.titles["fr"] != opportunity.titles["en"]


@pytest.mark.django_db
def test_change_notice_updates_the_notice_it_changes_without_duplicate():
    import_examples("cn_24_open.xml")
    before = Opportunity.objects.get(ted_notice_id=CN_OPEN_ID)
    assert before.deadline == datetime(2020, 4, 3, 11, 0, tzinfo=UTC)
    report = import_examples("change-cn_24_open_dates.xml")
    assert report.counts["updated"] == 1
    assert Opportunity.objects.filter(ted_procedure_id=CN_OPEN_PROCEDURE).count() == 1
    after = Opportunity.objects.get(ted_notice_id=CN_OPEN_ID)
    assert after.pk == before.pk
    assert after.deadline == datetime(2020, 6, 12, 11, 0, tzinfo=UTC)
    assert after.dispatch_date == datetime(2020, 4, 17, 11, 34, 56, tzinfo=UTC)
    assert after.lots.get().deadline == after.deadline


@pytest.mark.django_db
def test_change_notice_first_then_the_original_is_recognised_as_older():
    first = import_examples("change-cn_24_open_dates.xml")
    assert first.counts["created"] == 1
    assert "has not been imported" in first.results[0].reason
    second = import_examples("cn_24_open.xml")
    assert second.results[0].status == "skipped"
    assert "older version" in second.results[0].reason
    opportunity = Opportunity.objects.get(ted_procedure_id=CN_OPEN_PROCEDURE)
    assert opportunity.ted_notice_id == CN_OPEN_ID
    assert opportunity.deadline == datetime(2020, 6, 12, 11, 0, tzinfo=UTC)


@pytest.mark.django_db
def test_change_and_original_in_one_run_are_applied_in_dispatch_order():
    # Alphabetically the change notice comes first; the importer still applies it last.
    report = import_examples("change-cn_24_open_dates.xml", "cn_24_open.xml")
    assert result_for(report, "cn_24_open.xml").status == "created"
    assert result_for(report, "change-cn_24_open_dates.xml").status == "updated"
    assert Opportunity.objects.get(ted_procedure_id=CN_OPEN_PROCEDURE).deadline == datetime(2020, 6, 12, 11, 0, tzinfo=UTC)


@pytest.mark.django_db
def test_a_change_of_a_change_updates_the_same_opportunity():
    second_change = (
        example("change-cn_24_open_dates.xml")
        .replace(b"71397268-6c47-4f2f-8ab0-f41a26138f81", b"0b7d2a51-3c1e-4a8e-9d6f-2f4c5e6a7b8c")
        .replace(b"c4c415ee-ac08-4465-8fa6-57568cf69462-01", b"71397268-6c47-4f2f-8ab0-f41a26138f81-01")
        .replace(b"<cbc:IssueDate>2020-04-17+01:00", b"<cbc:IssueDate>2020-05-04+01:00")
        .replace(b"<cbc:EndDate>2020-06-12+01:00", b"<cbc:EndDate>2020-06-26+01:00")
    )
    report = import_bytes(
        ("cn_24_open.xml", example("cn_24_open.xml")),
        ("change-1.xml", example("change-cn_24_open_dates.xml")),
        ("change-2.xml", second_change),
    )
    assert [result.status for result in report.results] == ["created", "updated", "updated"]
    opportunity = Opportunity.objects.get(ted_procedure_id=CN_OPEN_PROCEDURE)
    assert opportunity.deadline == datetime(2020, 6, 26, 11, 0, tzinfo=UTC)
    again = import_bytes(("change-2.xml", second_change), ("change-1.xml", example("change-cn_24_open_dates.xml")))
    # Files imported before, byte for byte, are unchanged without being read again.
    assert [result.status for result in again.results] == ["unchanged", "unchanged"]


def award_for_cn_open():
    """The UKRI award notice, rewritten to award the procedure of cn_24_open."""
    return example("can_24_UKRI.xml").replace(b"7b400e9a-0469-440b-8d64-9a68d4677806", CN_OPEN_PROCEDURE.encode())


@pytest.mark.django_db
def test_award_notice_closes_the_opportunity_it_awards():
    import_examples("cn_24_open.xml")
    opportunity = Opportunity.objects.get(ted_notice_id=CN_OPEN_ID)
    # Move the deadline into the future so that only the award can close it.
    Opportunity.objects.filter(pk=opportunity.pk).update(deadline=timezone.now() + timezone.timedelta(days=60))
    assert Opportunity.objects.get(pk=opportunity.pk).status == "open"
    report = import_bytes(("award.xml", award_for_cn_open()))
    assert report.results[0].status == "updated"
    assert "Closed as awarded" in report.results[0].reason
    opportunity.refresh_from_db()
    assert opportunity.awarded and opportunity.status == "closed"
    assert opportunity.award_note == "Contract award notice of 2020-04-09: LOT-0000 awarded to Ramboll UK Ltd (60,000,000 GBP)."
    # The same award again changes nothing.
    again = import_bytes(("award.xml", award_for_cn_open()))
    assert again.results[0].status == "unchanged"


@pytest.mark.django_db
def test_award_without_a_winner_annotates_but_does_not_close():
    import_examples("cn_24_open.xml")
    no_winner = award_for_cn_open().replace(b">selec-w<", b">clos-nw<")
    report = import_bytes(("award.xml", no_winner))
    assert "Award results noted" in report.results[0].reason
    opportunity = Opportunity.objects.get(ted_notice_id=CN_OPEN_ID)
    assert not opportunity.awarded
    assert "closed without a winner" in opportunity.award_note


@pytest.mark.django_db
def test_importing_the_same_files_again_changes_nothing(tmp_path):
    folder = tmp_path / "notices"
    shutil.copytree(EXAMPLES_DIR, folder)
    first = run.import_paths([folder])
    assert first.counts == {"created": 14, "updated": 1, "unchanged": 0, "skipped": 3, "failed": 1}
    stamps = dict(Opportunity.objects.values_list("pk", "updated_at"))
    lots = sorted(Opportunity.objects.values_list("lots__pk", flat=True))
    second = run.import_paths([folder])
    assert second.counts["created"] == 0 and second.counts["updated"] == 0
    assert second.counts["unchanged"] == 17  # 14 opportunities, the change notice, the two awards kept for later
    assert dict(Opportunity.objects.values_list("pk", "updated_at")) == stamps
    assert sorted(Opportunity.objects.values_list("lots__pk", flat=True)) == lots
    assert Opportunity.objects.count() == 14


@pytest.mark.django_db
def test_bad_files_are_reported_and_the_run_goes_on(tmp_path):
    good = example("cn_24_minimal.xml")
    (tmp_path / "a-not-xml.xml").write_bytes(b"%PDF-1.7 this is no notice")
    (tmp_path / "b-rss.xml").write_bytes(b"<rss version='2.0'><channel/></rss>")
    (tmp_path / "c-empty.xml").write_bytes(b"")
    (tmp_path / "d-good.xml").write_bytes(good)
    (tmp_path / "e-lolz.xml").write_bytes(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')
    (tmp_path / "notes.txt").write_text("not looked at: folders are searched for .xml and packages only")
    report = run.import_paths([tmp_path])
    reasons = {result.name.rsplit("/", 1)[-1]: (result.status, result.reason) for result in report.results}
    assert set(reasons) == {"a-not-xml.xml", "b-rss.xml", "c-empty.xml", "d-good.xml", "e-lolz.xml"}
    assert reasons["a-not-xml.xml"][0] == "failed" and "not well-formed XML" in reasons["a-not-xml.xml"][1]
    assert reasons["b-rss.xml"][0] == "failed" and "Not an eForms notice" in reasons["b-rss.xml"][1]
    assert reasons["c-empty.xml"] == ("failed", "The file is empty.")
    assert reasons["e-lolz.xml"][0] == "failed" and "DTD or entities" in reasons["e-lolz.xml"][1]
    assert reasons["d-good.xml"][0] == "created"
    assert report.ok


@pytest.mark.django_db
def test_command_prints_a_summary_and_progress(tmp_path):
    shutil.copy(EXAMPLES_DIR / "cn_24_minimal.xml", tmp_path)
    shutil.copy(EXAMPLES_DIR / "INVALID_cn_24_empty.xml", tmp_path)
    shutil.copy(EXAMPLES_DIR / "veat_81.xml", tmp_path)
    out, err = io.StringIO(), io.StringIO()
    call_command("import_eforms", str(tmp_path), stdout=out, stderr=err)
    output = out.getvalue()
    assert "3 notice(s): 1 imported, 0 updated, 0 unchanged, 1 skipped, 1 failed." in output
    assert "Failed: " in output and "INVALID_cn_24_empty.xml — The notice lacks required fields" in output
    assert "Skipped: " in output and "veat_81.xml — A voluntary ex-ante transparency notice" in output
    assert "Reading 3/3" in err.getvalue() and "Importing 2/2" in err.getvalue()


@pytest.mark.django_db
def test_command_exits_non_zero_only_when_nothing_could_be_imported(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"nonsense")
    with pytest.raises(CommandError) as error:
        call_command("import_eforms", str(bad), "--no-progress", stdout=io.StringIO())
    assert error.value.returncode == 1
    # One good file among bad ones: success.
    shutil.copy(EXAMPLES_DIR / "cn_81.xml", tmp_path)
    call_command("import_eforms", str(tmp_path), "--no-progress", stdout=io.StringIO())
    assert Opportunity.objects.filter(ted_notice_id="fc9cfb17-81d0-4f26-9a00-0c4bd25cf0a2").exists()


@pytest.mark.django_db
def test_zip_and_tar_gz_packages_are_read_in_memory(tmp_path):
    package = tmp_path / "daily.tar.gz"
    with tarfile.open(package, "w:gz") as archive:
        for name in ("cn_24_open.xml", "change-cn_24_open_dates.xml", "INVALID_cn_24_empty.xml"):
            archive.add(EXAMPLES_DIR / name, arcname=f"20200417/{name}")
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("cn_25.xml", example("cn_25.xml"))
        archive.writestr("readme.txt", "ignored")
    (tmp_path / "more.zip").write_bytes(zipped.getvalue())
    report = run.import_paths([package, tmp_path / "more.zip"])
    statuses = {result.name.rsplit("/", 1)[-1]: result.status for result in report.results}
    assert statuses == {
        "cn_24_open.xml)": "created",
        "change-cn_24_open_dates.xml)": "updated",
        "INVALID_cn_24_empty.xml)": "failed",
        "more.zip (cn_25.xml)": "created",
    }
    assert Opportunity.objects.count() == 2


@pytest.mark.django_db
def test_damaged_archive_is_reported(tmp_path):
    damaged = tmp_path / "broken.zip"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    report = run.import_paths([damaged])
    assert [(result.status, "damaged" in result.reason) for result in report.results] == [("failed", True)]
    assert not report.ok


@pytest.mark.django_db
def test_drop_folder_task_imports_and_moves_files(tmp_path, settings):
    from innoprocure.opportunities.tasks import import_drop_folder

    settings.TED_DROP_FOLDER = tmp_path / "drop"
    settings.TED_DROP_FOLDER.mkdir()
    shutil.copy(EXAMPLES_DIR / "cn_24_cumbria.xml", settings.TED_DROP_FOLDER)
    shutil.copy(EXAMPLES_DIR / "INVALID_cn_24_empty.xml", settings.TED_DROP_FOLDER)
    result = import_drop_folder.enqueue()  # the test settings run tasks immediately
    summary = result.return_value
    assert summary["counts"]["created"] == 1 and summary["counts"]["failed"] == 1
    assert summary["moved"] == 2
    today = timezone.localdate().isoformat()
    assert (settings.TED_DROP_FOLDER / "processed" / today / "cn_24_cumbria.xml").is_file()
    assert (settings.TED_DROP_FOLDER / "failed" / today / "INVALID_cn_24_empty.xml").is_file()
    assert not (settings.TED_DROP_FOLDER / "cn_24_cumbria.xml").exists()
    assert Opportunity.objects.filter(ted_notice_id="6bc75979-ce6c-46eb-81a6-eee543697dec").exists()

    # The same file dropped again is processed again without duplicate, and kept beside the first copy.
    shutil.copy(EXAMPLES_DIR / "cn_24_cumbria.xml", settings.TED_DROP_FOLDER)
    out = io.StringIO()
    call_command("import_eforms", "--drop-folder", stdout=out)
    assert "0 imported, 0 updated, 1 unchanged" in out.getvalue()
    assert (settings.TED_DROP_FOLDER / "processed" / today / "cn_24_cumbria-2.xml").is_file()
    assert Opportunity.objects.count() == 1


@pytest.mark.django_db
def test_enqueue_needs_the_drop_folder():
    with pytest.raises(CommandError):
        call_command("import_eforms", "--enqueue", stdout=io.StringIO())
    with pytest.raises(CommandError):
        call_command("import_eforms", stdout=io.StringIO())


def test_progress_is_a_bar_on_a_terminal_and_tenths_elsewhere():
    from innoprocure.opportunities.management.commands.import_eforms import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    bar = Progress(terminal)
    for done in range(1, 5):
        bar(done, 4, "save")
    assert terminal.getvalue().count("\r") == 4
    assert terminal.getvalue().endswith("Importing [" + "#" * 30 + "] 4/4\n")

    log = io.StringIO()
    counter = Progress(log)
    for done in range(1, 101):
        counter(done, 100, "read")
    lines = log.getvalue().splitlines()
    assert lines[0] == "Reading 1/100" and lines[-1] == "Reading 100/100"
    assert len(lines) == 11  # the first line, then every tenth of the way


@pytest.mark.django_db
def test_a_second_drop_folder_run_waits_for_the_first(tmp_path, settings):
    import fcntl

    settings.TED_DROP_FOLDER = tmp_path
    (tmp_path / "waiting.xml").write_bytes(b"<x/>")
    with open(tmp_path / ".import.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another run holds the folder
        out = io.StringIO()
        call_command("import_eforms", "--drop-folder", stdout=out)
    assert "Another import is working on" in out.getvalue()
    assert (tmp_path / "waiting.xml").exists()


@pytest.mark.django_db
def test_a_notice_that_cannot_be_saved_leaves_nothing_half_done_and_the_run_goes_on(monkeypatch):
    from innoprocure.opportunities.importers.save import NoticeSaver

    original = NoticeSaver._sync_lots

    def failing_for_cumbria(self, opportunity, notice, new=False):
        if notice.buyer_name == "Cumbria County Council":
            raise RuntimeError("disk full")
        return original(self, opportunity, notice, new=new)

    monkeypatch.setattr(NoticeSaver, "_sync_lots", failing_for_cumbria)
    report = import_examples("cn_24_cumbria.xml", "cn_81.xml")
    assert result_for(report, "cn_24_cumbria.xml").status == "failed"
    assert "could not be saved (disk full)" in result_for(report, "cn_24_cumbria.xml").reason
    assert result_for(report, "cn_81.xml").status == "created"
    assert list(Opportunity.objects.values_list("organisation", flat=True)) == ["Ministry of Defence"]


@pytest.mark.django_db
def test_many_new_opportunities_in_one_batch_are_all_saved_indexed_and_cost_a_few_queries(monkeypatch):
    """New opportunities are inserted together at the end of a batch, with primary keys reserved in advance: a
    batch holding more of them than one reserved block still gives each its own row, lots, flags and notice, and
    the site search finds each, as after a save() of its own."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from innoprocure.opportunities.importers.save import NoticeSaver
    from innoprocure.opportunities.models import OpportunityFlag, TedNotice
    from innoprocure.opportunities.tests.samples import IMPORTABLE, vary
    from innoprocure.search.models import IndexedDocument

    monkeypatch.setattr(NoticeSaver, "PK_BLOCK", 3, raising=False)
    Opportunity.objects.create(title="Written by an editor", slug="written-by-an-editor")  # keys are taken already
    files = [(f"notice-{number}.xml", vary(example(IMPORTABLE[number % len(IMPORTABLE)]), number)) for number in range(30)]
    with CaptureQueriesContext(connection) as queries:
        report = import_bytes(*files)
    assert report.counts["created"] == 30, report.summary_lines()
    imported = Opportunity.objects.filter(source="ted")
    assert imported.count() == 30
    assert TedNotice.objects.filter(opportunity__in=imported).count() == 30
    assert sorted(imported.values_list("title", flat=True)) == sorted(result.title for result in report.results)
    assert OpportunityFlag.objects.filter(opportunity__in=imported).exists()
    indexed = set(IndexedDocument.objects.filter(doc_type="opportunities.opportunity").values_list("object_id", flat=True))
    assert set(imported.values_list("pk", flat=True)) <= indexed
    assert len(queries) <= 60  # 42 measured: a few per batch, not three (savepoint, insert, release) per notice


@pytest.mark.django_db
def test_a_change_that_cannot_be_saved_never_takes_the_new_opportunity_of_its_batch_with_it(monkeypatch):
    """The change arrives in the same batch as its original, whose opportunity still waits to be inserted: the
    change failing must leave the original imported, as reported."""
    from innoprocure.opportunities.importers.save import NoticeSaver

    original = NoticeSaver._sync_lots

    def failing_for_changes(self, opportunity, notice, new=False):
        if notice.is_change:
            raise RuntimeError("disk full")
        return original(self, opportunity, notice, new=new)

    monkeypatch.setattr(NoticeSaver, "_sync_lots", failing_for_changes)
    report = import_examples("cn_24_open.xml", "change-cn_24_open_dates.xml")
    assert result_for(report, "cn_24_open.xml").status == "created"
    assert result_for(report, "change-cn_24_open_dates.xml").status == "failed"
    opportunity = Opportunity.objects.get()
    assert opportunity.pk == result_for(report, "cn_24_open.xml").opportunity_id
    assert opportunity.lots.count() == 1 and opportunity.ted_notices.count() == 1
