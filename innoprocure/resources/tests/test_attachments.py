"""Attachments: type checked by content, text extracted in the background task, and served only as downloads."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from innoprocure.demo import filebuilders
from innoprocure.resources.models import ExtractionStatus, ResourceAttachment
from innoprocure.resources.tests import broken_files
from innoprocure.resources.tests.factories import ResourceFactory, attach

pytestmark = pytest.mark.django_db


def test_an_uploaded_pdf_gets_its_type_size_and_text():
    resource = ResourceFactory()
    data = filebuilders.build_pdf("Pilot report", ["The photovoltaic carport covers 40 bicycles."])
    attachment = attach(resource, data, "pilot-report.pdf")
    assert attachment.file_type == "pdf"
    assert attachment.size == len(data)
    assert attachment.extraction_status == ExtractionStatus.DONE
    assert "photovoltaic carport" in attachment.extracted_text
    assert "photovoltaic carport" in resource.attachment_text


def test_the_extraction_task_is_queued_with_the_attachment(monkeypatch):
    """With a real task backend the upload only queues the work; running the task stores the text."""
    from innoprocure.resources import tasks

    queued = []

    class QueueOnly:
        enqueue = staticmethod(lambda *args: queued.append(args))

    real_task = tasks.extract_attachment_text
    monkeypatch.setattr(tasks, "extract_attachment_text", QueueOnly)
    attachment = attach(ResourceFactory(), filebuilders.build_docx("Minutes", ["A heliostat was discussed."]), "minutes.docx")
    assert attachment.extraction_status == ExtractionStatus.PENDING
    assert queued == [(attachment.pk, attachment.file.name)]

    assert real_task.call(*queued[0]) == ExtractionStatus.DONE
    attachment.refresh_from_db()
    assert "heliostat" in attachment.extracted_text


def test_a_task_for_a_replaced_or_deleted_file_does_nothing():
    from innoprocure.resources import tasks

    attachment = attach(ResourceFactory(), b"First version", "notes.txt")
    assert tasks.extract_attachment_text.call(attachment.pk, "resources/attachments/2020/old.txt") is None
    attachment.delete()
    assert tasks.extract_attachment_text.call(attachment.pk, attachment.file.name) is None


@pytest.mark.parametrize(
    ("builder", "status", "reason"),
    [
        (lambda: broken_files.build_encrypted_pdf("Prices", ["Secret"]), ExtractionStatus.NO_TEXT, "password"),
        (lambda: broken_files.build_scanned_pdf(), ExtractionStatus.NO_TEXT, "scanned"),
        (broken_files.build_corrupt_pdf, ExtractionStatus.FAILED, "damaged"),
    ],
)
def test_files_without_text_are_marked_with_the_reason(builder, status, reason):
    attachment = attach(ResourceFactory(), builder(), "document.pdf")
    assert attachment.extraction_status == status
    assert reason in attachment.extraction_note
    assert attachment.extracted_text == ""


def test_a_web_page_renamed_to_pdf_is_refused_by_the_upload_field():
    attachment = ResourceAttachment(
        resource=ResourceFactory(),
        title="Report",
        file=SimpleUploadedFile("report.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
    )
    with pytest.raises(ValidationError) as error:
        attachment.full_clean()
    assert "file" in error.value.message_dict


def test_a_disguised_file_saved_by_code_is_marked_failed_and_never_offered(client, resource_centre):
    resource = ResourceFactory()
    attachment = attach(resource, b"<html><body><script>alert(1)</script></body></html>", "report.pdf")
    assert attachment.file_type == ""
    assert attachment.extraction_status == ExtractionStatus.FAILED
    assert attachment.extraction_note
    assert not attachment.is_downloadable
    assert client.get(f"/resources/{resource.slug}/attachments/{attachment.pk}/").status_code == 404
    page = client.get(resource.get_absolute_url())
    assert page.status_code == 200
    assert "Documents" not in page.text


def test_replacing_the_file_extracts_the_new_text():
    attachment = attach(ResourceFactory(), b"Old text about tenders", "notes.txt")
    attachment.file = ContentFile(filebuilders.build_odt("Notes", ["New text about aquaponics"]), name="notes.odt")
    attachment.save()
    attachment.refresh_from_db()
    assert attachment.file_type == "odt"
    assert "aquaponics" in attachment.extracted_text
    assert "Old text" not in attachment.extracted_text


def test_publishing_a_revision_keeps_the_extracted_text():
    """Revisions do not store the extracted text; publishing one must not wipe it."""
    resource = ResourceFactory()
    attach(resource, b"Text about a gyroplane", "notes.txt")
    resource = type(resource).objects.get(pk=resource.pk)
    resource.title = "A new title"
    revision = resource.save_revision()
    assert "gyroplane" not in str(revision.content)
    revision.publish()
    attachment = resource.attachments.get()
    assert attachment.extraction_status == ExtractionStatus.DONE
    assert "gyroplane" in attachment.extracted_text


def test_a_file_uploaded_with_a_draft_is_stored_and_extracted_on_publishing():
    resource = ResourceFactory()
    resource = type(resource).objects.get(pk=resource.pk)
    data = filebuilders.build_pdf("Annex", ["Notes on tribology of bearings."])
    resource.attachments.add(ResourceAttachment(title="Annex", file=SimpleUploadedFile("annex.pdf", data)))
    revision = resource.save_revision()  # a draft of a live resource lives only in the revision
    assert not ResourceAttachment.objects.exists()
    revision.publish()
    attachment = ResourceAttachment.objects.get()
    assert attachment.file.storage.exists(attachment.file.name)
    assert "tribology" in attachment.extracted_text


def test_attachments_download_safely_from_live_resources_only(client, resource_centre):
    resource = ResourceFactory()
    data = filebuilders.build_docx("Template", ["Clause one."])
    attachment = attach(resource, data, "template.docx", title="Tender template")
    response = client.get(f"/resources/{resource.slug}/attachments/{attachment.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == data
    assert response["Content-Disposition"].startswith("attachment;")
    assert "tender-template.docx" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"

    resource.live = False
    resource.save()
    assert client.get(f"/resources/{resource.slug}/attachments/{attachment.pk}/").status_code == 404


def test_waiting_attachments_can_be_extracted_without_the_worker(monkeypatch):
    from django.core.management import call_command

    from innoprocure.resources import tasks

    class NoWorker:
        enqueue = staticmethod(lambda *args: None)

    monkeypatch.setattr(tasks, "extract_attachment_text", NoWorker)
    attachment = attach(ResourceFactory(), b"Notes on agrivoltaic fields", "notes.txt")
    assert attachment.extraction_status == ExtractionStatus.PENDING

    out = io.StringIO()
    call_command("extract_attachment_text", stdout=out)
    attachment.refresh_from_db()
    assert attachment.extraction_status == ExtractionStatus.DONE
    assert "agrivoltaic" in attachment.extracted_text
    assert "Attachments processed: 1 (1 text extracted)" in out.getvalue()
