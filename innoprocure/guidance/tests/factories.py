"""Factories for the editorial sections' tests: resources (owned by the Resource Centre), Get started and stories pages."""

import datetime

import factory
from django.utils.text import slugify

from innoprocure.core.models import Country, Language, ProcurementStage, Sector
from innoprocure.resources.models import Resource


class ResourceFactory(factory.django.DjangoModelFactory):
    """A published resource. Pass stages/sectors/countries as slugs or codes: ResourceFactory(stages=["impact"])."""

    class Meta:
        model = Resource
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Resource number {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    summary = factory.LazyAttribute(lambda o: f"What {o.title} is about, in two sentences. It helps procurers.")
    resource_type = "guidance"
    approach = "ppi"
    main_language = factory.LazyFunction(lambda: Language.objects.get(code="en"))
    publication_year = 2024
    live = True

    @factory.post_generation
    def stages(self, create, slugs, **kwargs):
        if slugs:
            self.stages.set(ProcurementStage.objects.filter(slug__in=slugs))
            self.save()

    @factory.post_generation
    def sectors(self, create, slugs, **kwargs):
        if slugs:
            self.sectors.set(Sector.objects.filter(slug__in=slugs))
            self.save()

    @factory.post_generation
    def countries(self, create, codes, **kwargs):
        if codes:
            self.countries.set(Country.objects.filter(code__in=codes))
            self.save()


class ProjectFactory(ResourceFactory):
    resource_type = "project"
    approach = "pcp"
    project_partners = "City of Tampere (FI)\nRegion Skåne (SE)\nTechnical University of Munich (DE)"
    project_start = datetime.date(2021, 1, 1)
    project_end = datetime.date(2024, 6, 30)
    external_url = "https://example.org/project"


class PageFactory(factory.django.DjangoModelFactory):
    """Creates a live page under `parent` (required)."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is None:
            raise ValueError("Pass parent=<page>.")
        return parent.add_child(instance=model_class(*args, **kwargs))


class GuidanceIndexPageFactory(PageFactory):
    class Meta:
        model = "guidance.GuidanceIndexPage"

    title = "Get started"
    slug = "get-started"
    introduction = "From a first idea to a first innovation procurement."


class StepByStepPageFactory(PageFactory):
    class Meta:
        model = "guidance.StepByStepPage"

    title = "Step by step"
    introduction = "Six steps from the need to the impact."


class GuidancePageFactory(PageFactory):
    class Meta:
        model = "guidance.GuidancePage"

    introduction = factory.LazyAttribute(lambda o: f"The introduction of {o.title}.")
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Guidance text.</p>")])


class ProjectsPageFactory(PageFactory):
    class Meta:
        model = "guidance.ProjectsPage"

    title = "Projects and initiatives"
    slug = "projects"
    introduction = "PCP and PPI projects across Europe."


class StoryIndexPageFactory(PageFactory):
    class Meta:
        model = "stories.StoryIndexPage"

    title = "Stories"
    slug = "stories"
    introduction = "News on innovation procurement."


class StoryPageFactory(PageFactory):
    """A live story. tags=["health", …] and resources=[resource, …] are optional."""

    class Meta:
        model = "stories.StoryPage"

    title = factory.Sequence(lambda n: f"Story number {n}")
    date = datetime.date(2024, 5, 1)
    teaser = factory.LazyAttribute(lambda o: f"The teaser of {o.title}.")
    category = "policy"
    body = factory.LazyFunction(lambda: [("paragraph", "<p>The story in full.</p>")])

    @classmethod
    def _create(cls, model_class, *args, parent=None, tags=(), resources=(), **kwargs):
        from innoprocure.stories.models import StoryRelatedResource

        page = model_class(*args, **kwargs)
        if tags:
            page.tags.add(*tags)
        page.related_resources = [StoryRelatedResource(resource=resource) for resource in resources]
        return parent.add_child(instance=page)
