"""Factories for Resource Centre tests: resources with facets, tags and attachments; editors and moderators."""

import factory
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from innoprocure.accounts.tests.factories import activate_totp
from innoprocure.core.models import Country, Language, ProcurementStage, Sector
from innoprocure.resources.models import Resource, ResourceAttachment, ResourceType


class ResourceFactory(factory.django.DjangoModelFactory):
    """A live resource. Pass sectors=["energy"], stages=[…], countries=["DE"], languages=["de"], tags=[…] by slug/code."""

    class Meta:
        model = Resource
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Buying smart street lights, part {n}")
    slug = factory.Sequence(lambda n: f"smart-street-lights-{n}")
    summary = "How a city bought adaptive street lighting through a functional tender."
    body = "<p>The city described the light it needed, not the lamps.</p>"
    resource_type = ResourceType.CASE_STUDY
    approach = "ppi"
    publication_year = 2021
    publisher = "City of Eindhoven"
    live = True
    first_published_at = factory.LazyFunction(timezone.now)

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
            self.languages.set(Language.objects.filter(code__in=extracted or [self.main_language_id]))

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)

    @factory.post_generation
    def commit(self, create, extracted, **kwargs):
        # Parental many-to-many relations and tags are written when the resource is saved.
        if create:
            self.save()


def attach(resource, data, name, title="Annex"):
    """Upload a file to a resource as code would; extraction runs at once (tests use the immediate task backend)."""
    attachment = ResourceAttachment(resource=resource, title=title, file=ContentFile(data, name=name))
    attachment.save()
    attachment.refresh_from_db()
    return attachment


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"editor{n}@example.org")
    email = factory.LazyAttribute(lambda user: user.username)
    is_staff = True
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery-2026")

    @factory.post_generation
    def roles(user, create, extracted, **kwargs):
        from innoprocure.core.roles import setup_roles

        user.save()
        # Staff must have two-factor authentication set up before the admin lets them in.
        activate_totp(user)
        if extracted:
            groups = setup_roles()
            user.groups.add(*[groups[name] for name in extracted])
