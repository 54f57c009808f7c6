"""What the Get started pages show from the Resource Centre: resources by procurement stage, and projects.

The resources app owns the Resource model; these functions are the only place the guidance pages read it,
and they answer with nothing (rather than an error) when the Resource Centre is not installed.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from innoprocure.core.models import Country, Sector
from innoprocure.core.navigation import localised

PROJECT = "project"
GUIDE_TYPES = ("guidance", "tool", "training")  # what "the platform's own guides" are, by resource type
# The name the platform publishes its own resources under (the demo's and the editors'), besides its operator's.
PLATFORM_PUBLISHER = "Innovation Procurement Platform"


def resource_model():
    try:
        return apps.get_model("resources", "Resource")
    except LookupError:
        return None


def live_resources():
    Resource = resource_model()
    if Resource is None:
        return None
    queryset = Resource.objects.filter(live=True)
    return queryset.order_by(*(Resource._meta.ordering or ["title"]), "pk")


def resources_url(**params):
    """The Resource Centre listing, filtered by the given parameters."""
    query = urlencode({key: value for key, value in params.items() if value})
    return localised("/resources/") + (f"?{query}" if query else "")


@dataclass
class StageResources:
    """The live resources of one procurement stage: the first few, how many in all, and where to see them all."""

    stage: object
    items: list = field(default_factory=list)
    count: int = 0
    chosen: bool = False  # the editors chose these (else: the stage's fallback)

    @property
    def url(self):
        return resources_url(stage=self.stage.slug) if self.stage else resources_url()


def own_publishers():
    """The publisher names of the platform's own resources."""
    return sorted({PLATFORM_PUBLISHER, settings.OPERATOR_NAME})


def resources_for_step(page, limit=6):
    """What a guidance page recommends for its stage: the resources its editors chose, in their order; when they chose
    none, the platform's own guides for the stage first, then the resources with one of the page's tags, then the
    stage's other resources, each group newest first. `count` is how many resources the stage has in all (the link
    to the Resource Centre lists them)."""
    stage = page.stage
    queryset = live_resources()
    if queryset is None:
        return StageResources(stage=stage)
    count = queryset.filter(stages=stage).count() if stage is not None else 0
    chosen_ids = list(page.chosen_resources.order_by("sort_order", "pk").values_list("resource_id", flat=True))
    if chosen_ids:
        found = queryset.in_bulk(chosen_ids)
        ordered = list(dict.fromkeys(pk for pk in chosen_ids if pk in found))
        return StageResources(stage=stage, items=[found[pk] for pk in ordered[:limit]], count=count, chosen=True)
    tag_ids = list(page.tagged_resource_tags.values_list("tag_id", flat=True))
    return StageResources(stage=stage, items=list(fallback_resources(queryset, stage, tag_ids)[:limit]), count=count)


def fallback_resources(queryset, stage, tag_ids):
    """Live resources of `stage` or with one of `tag_ids`: the platform's own guides first, then the tagged ones,
    then the others, newest first."""
    Resource = queryset.model
    none = Q(pk__in=[])
    in_stage = Q(pk__in=queryset.filter(stages=stage).order_by().values("pk")) if stage is not None else none
    tagged = Q(pk__in=Resource.tags.through.objects.filter(tag_id__in=tag_ids).values("content_object_id")) if tag_ids else none
    own_guide = Q(publisher__in=own_publishers(), resource_type__in=GUIDE_TYPES)
    return (
        queryset.filter(in_stage | tagged)
        .annotate(
            own_guide=Case(When(own_guide, then=Value(1)), default=Value(0), output_field=IntegerField()),
            has_tag=Case(When(tagged, then=Value(1)), default=Value(0), output_field=IntegerField()),
        )
        .order_by("-own_guide", "-has_tag", "-publication_year", "title", "pk")
    )


@dataclass
class ProjectFilters:
    """The sector and country a visitor asked for, and what of that request could not be understood."""

    sector: Sector | None = None
    country: Country | None = None
    ignored: list = field(default_factory=list)

    @property
    def active(self):
        return self.sector is not None or self.country is not None


def parse_project_filters(params):
    """Read ?sector=<slug>&country=<ISO code>; unknown values are ignored and reported, never an error."""
    filters = ProjectFilters()
    sector_slug = (params.get("sector") or "").strip()
    if sector_slug:
        filters.sector = Sector.objects.filter(slug=sector_slug).first()
        if filters.sector is None:
            filters.ignored.append(_("sector “%(value)s”") % {"value": sector_slug[:60]})
    country_code = (params.get("country") or "").strip().upper()
    if country_code:
        filters.country = Country.objects.filter(code=country_code).first() if len(country_code) == 2 else None
        if filters.country is None:
            filters.ignored.append(_("country “%(value)s”") % {"value": country_code[:60]})
    return filters


def projects(filters=None):
    """Live resources of type project, narrowed by sector and country."""
    queryset = live_resources()
    if queryset is None:
        return []
    queryset = queryset.filter(resource_type=PROJECT)
    if filters is not None and filters.sector is not None:
        queryset = queryset.filter(sectors=filters.sector)
    if filters is not None and filters.country is not None:
        queryset = queryset.filter(countries=filters.country)
    return queryset.prefetch_related("sectors", "countries").distinct()


def project_facets():
    """The sectors and countries that have at least one live project, each with `projects` = how many."""
    queryset = live_resources()
    if queryset is None:
        return [], []
    base = queryset.filter(resource_type=PROJECT).order_by()
    facets = []
    for relation, model in (("sectors", Sector), ("countries", Country)):
        counts = dict(
            base.filter(**{f"{relation}__isnull": False})
            .values(relation)
            .annotate(n=Count("pk", distinct=True))
            .values_list(relation, "n")
        )
        options = list(model.objects.filter(pk__in=counts))
        for option in options:
            option.projects = counts[option.pk]
        facets.append(options)
    return facets[0], facets[1]


def partner_lines(text):
    """`project_partners` holds one partner per line."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]
