"""`manage.py extract_attachment_text`: extract attachment text now, without the task worker.

For attachments still waiting (no worker was running), after a parser upgrade (--all), or to retry failures.
"""

from django.core.management.base import BaseCommand

from innoprocure.resources.models import ExtractionStatus, ResourceAttachment
from innoprocure.resources.tasks import extract_attachment


class Command(BaseCommand):
    help = "Extract the text of attachments that are waiting (default), that failed (--failed) or of all (--all)."

    def add_arguments(self, parser):
        parser.add_argument("--failed", action="store_true", help="Also retry attachments whose extraction failed.")
        parser.add_argument("--all", action="store_true", help="Extract every attachment again.")

    def handle(self, *args, failed=False, all=False, **options):  # the option's name
        attachments = ResourceAttachment.objects.exclude(file_type="").order_by("pk")
        if not all:
            statuses = [ExtractionStatus.PENDING] + ([ExtractionStatus.FAILED] if failed else [])
            attachments = attachments.filter(extraction_status__in=statuses)
        counts = {}
        for attachment in attachments.iterator(chunk_size=50):
            status = extract_attachment(attachment)
            counts[status] = counts.get(status, 0) + 1
        summary = ", ".join(f"{count} {ExtractionStatus(status).label.lower()}" for status, count in sorted(counts.items()))
        self.stdout.write(f"Attachments processed: {sum(counts.values())}" + (f" ({summary})" if summary else ""))
