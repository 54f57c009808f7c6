"""Factories for search tests: resources with their facets, tags and attachments (text already extracted)."""

import factory
from django.core.files.base import ContentFile

from innoprocure.core.models import Country, Language, ProcurementStage, Sector
from innoprocure.resources.models import ExtractionStatus, Resource, ResourceAttachment, ResourceType


class ResourceFactory(factory.django.DjangoModelFactory):
    """A live resource. Pass sectors=["energy"], stages=[…], countries=["DE"], languages=["de"], tags=[…] by slug/code."""

    class Meta:
        model = Resource
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Resource number {n}")
    slug = factory.Sequence(lambda n: f"resource-{n}")
    summary = "A short description of the resource."
    body = ""
    resource_type = ResourceType.REPORT
    approach = "ppi"
    publication_year = 2020
    publisher = ""
    live = True

    class Params:
        language = None

    @factory.lazy_attribute
    def main_language(self):
        return Language.objects.get(code=self.language or "en")

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create and extracted:
            self.sectors.set(Sector.objects.filter(slug__in=extracted))

    @factory.post_generation
    def stages(self, create, extracted, **kwargs):
        if create and extracted:
            self.stages.set(ProcurementStage.objects.filter(slug__in=extracted))

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        if create and extracted:
            self.countries.set(Country.objects.filter(code__in=extracted))

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if create:
            codes = extracted or [self.main_language_id]
            self.languages.set(Language.objects.filter(code__in=codes))

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)
            self.save()

    @factory.post_generation
    def commit(self, create, extracted, **kwargs):
        # Parental many-to-many relations are written when the resource is saved.
        if create:
            self.save()


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
