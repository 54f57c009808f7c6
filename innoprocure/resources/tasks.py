"""Background work of the Resource Centre: extracting the text of attachments so search can find it."""

import logging

from django.utils.translation import gettext as _
from django_tasks import task

from innoprocure.resources.extraction import extract_text

logger = logging.getLogger(__name__)


def extract_attachment(attachment):
    """Extract and store the text of one attachment. Saving it (not queryset.update) lets search re-index it."""
    from innoprocure.resources.models import ExtractionStatus

    try:
        with attachment.file.open("rb") as stored:
            data = stored.read()
    except OSError:
        text, status, note = "", ExtractionStatus.FAILED, _("The file is missing from the storage.")
    else:
        text, status, note = extract_text(data, attachment.file_type or None)
    attachment.extracted_text = text
    attachment.extraction_status = status
    attachment.extraction_note = note[:255]
    attachment._saving_extraction = True
    try:
        attachment.save()
    finally:
        attachment._saving_extraction = False
    return status


@task()
def extract_attachment_text(attachment_id, file_name):
    """Run by the task worker after an upload. Skips quietly if the attachment is gone or its file was replaced."""
    from innoprocure.resources.models import ResourceAttachment

    attachment = ResourceAttachment.objects.filter(pk=attachment_id, file=file_name).first()
    if attachment is None:
        logger.info("Attachment %s with file %s no longer exists; nothing to extract", attachment_id, file_name)
        return None
    return extract_attachment(attachment)
