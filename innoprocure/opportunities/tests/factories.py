"""Factories for the opportunities tests."""

from datetime import timedelta

import factory
from django.utils import timezone
from django.utils.text import slugify

from innoprocure.core.site import ensure_child_page, ensure_home_page
from innoprocure.opportunities.models import Opportunity, OpportunityFlag, OpportunityIndexPage, OpportunityLot


def opportunities_index():
    return ensure_child_page(ensure_home_page(), OpportunityIndexPage, "opportunities", title="Opportunities")


class OpportunityFactory(factory.django.DjangoModelFactory):
    """A published opportunity, open for another 30 days unless told otherwise. flags=["procedure:innovation"]."""

    class Meta:
        model = Opportunity
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Call for tenders number {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    summary = factory.LazyAttribute(lambda o: f"What {o.title} asks for, in one sentence.")
    opportunity_type = "tender"
    organisation = "City of Example"
    deadline = factory.LazyFunction(lambda: timezone.now().replace(microsecond=0) + timedelta(days=30))
    deadline_timezone = "Europe/Brussels"

    @factory.post_generation
    def flags(self, create, codes, **kwargs):
        for code in codes or []:
            OpportunityFlag.objects.create(opportunity=self, code=code)

    @factory.post_generation
    def sectors(self, create, slugs, **kwargs):
        if slugs:
            from innoprocure.core.models import Sector

            self.sectors.set(Sector.objects.filter(slug__in=slugs))


class OpportunityLotFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OpportunityLot

    opportunity = factory.SubFactory(OpportunityFactory)
    lot_id = factory.Sequence(lambda n: f"LOT-{n:04d}")
    title = factory.Sequence(lambda n: f"Lot {n}")
