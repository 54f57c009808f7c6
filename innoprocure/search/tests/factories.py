"""Factories for search tests: resources with their facets, tags and attachments (text already extracted)."""

import factory
from django.core.files.base import ContentFile

from innoprocure.resources.models import ExtractionStatus, ResourceAttachment, ResourceType
from innoprocure.resources.tests.factories import ResourceFactory as BaseResourceFactory


class ResourceFactory(BaseResourceFactory):
    """A live resource with neutral text, so that each search test controls every word the index sees.

    Facets, tags and languages are passed as in the Resource Centre factory it extends.
    """

    title = factory.Sequence(lambda n: f"Resource number {n}")
    slug = factory.Sequence(lambda n: f"resource-{n}")
    summary = "A short description of the resource."
    body = ""
    resource_type = ResourceType.REPORT
    publication_year = 2020
    publisher = ""
    first_published_at = None


def add_attachment(resource, text, title="Annex"):
    """Attach a text file whose text has been extracted, as the background task would leave it."""
    attachment = ResourceAttachment(
        resource=resource,
        title=title,
        file=ContentFile(text.encode(), name="annex.txt"),
    )
    attachment.extract_now = True
    attachment.save()
    attachment.refresh_from_db()
    assert attachment.extraction_status == ExtractionStatus.DONE, attachment.extraction_note
    return attachment
