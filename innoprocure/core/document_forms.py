"""Wagtail's document form, with the file checked by its content (see innoprocure.core.uploads).

settings.WAGTAILDOCS_DOCUMENT_FORM_BASE points here, so the single and the multiple upload views of the admin both
refuse a web page or a program that has been renamed "report.pdf"."""

from django.conf import settings
from wagtail.documents.forms import BaseDocumentForm

from innoprocure.core.uploads import EXTENSIONS, validate_upload


def allowed_document_kinds():
    extensions = {extension.lower() for extension in getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or []}
    return tuple(kind for kind, names in EXTENSIONS.items() if names & extensions)


class SafeDocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        # Only a newly uploaded file: an unchanged document keeps the file that was checked when it came in.
        if uploaded and "file" in self.changed_data:
            validate_upload(uploaded, allowed=allowed_document_kinds(), max_size=settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)
        return uploaded
