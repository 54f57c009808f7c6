"""The directory of competence centres: filtering from GET parameters, and the spread across Europe for the chart."""

from dataclasses import dataclass, field

from django.db.models import Count, Q

from innoprocure.core.models import Country
from innoprocure.network.models import CURRENT_STATUSES, CentreService, CentreStatus, CompetenceCentre, GovernanceSettings


@dataclass
class DirectoryFilters:
    countries: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    services: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # what the user asked for that we do not know, for a notice

    @property
    def active(self):
        return bool(self.countries or self.statuses or self.services)


def parse_filters(params):
    """Read country, status and service (each may repeat) from a QueryDict; unknown values are noted, not fatal."""
    filters = DirectoryFilters()
    known_countries = set(Country.objects.values_list("code", flat=True))
    known_services = set(CentreService.objects.values_list("slug", flat=True))
    known_statuses = set(CentreStatus.values)
    for name, known, target in (
        ("country", known_countries, filters.countries),
        ("status", known_statuses, filters.statuses),
        ("service", known_services, filters.services),
    ):
        for value in params.getlist(name):
            value = value.strip()
            if not value:
                continue
            candidate = value.upper() if name == "country" else value
            if candidate in known:
                if candidate not in target:
                    target.append(candidate)
            else:
                filters.ignored.append(f"{name}={value}")
    return filters


def filter_centres(filters, queryset=None):
    """The centres that match every chosen filter (any of the values within one filter)."""
    queryset = queryset if queryset is not None else CompetenceCentre.objects.all()
    if filters.statuses:
        queryset = queryset.filter(status__in=filters.statuses)
    else:
        queryset = queryset.filter(status__in=CURRENT_STATUSES)
    if filters.countries:
        queryset = queryset.filter(country__code__in=filters.countries)
    if filters.services:
        queryset = queryset.filter(services__slug__in=filters.services).distinct()
    return queryset.select_related("country").prefetch_related("services", "languages").order_by("country__name", "name")


def with_experience(centres):
    """Load the governance threshold once and give it to every centre, so `is_experienced` needs no more queries."""
    threshold = GovernanceSettings.load().experienced_after_years
    centres = list(centres)
    for centre in centres:
        centre._experienced_after_years = threshold
    return centres


def facet_options(filters):
    """The choices of the filter panel, each with how many current centres it has and whether it is chosen."""
    current = CompetenceCentre.objects.filter(status__in=CURRENT_STATUSES)
    countries = (
        Country.objects.filter(competence_centres__status__in=CURRENT_STATUSES)
        .annotate(count=Count("competence_centres", filter=Q(competence_centres__status__in=CURRENT_STATUSES)))
        .order_by("name")
    )
    status_counts = dict(
        CompetenceCentre.objects.values_list("status").annotate(count=Count("id")).values_list("status", "count")
    )
    services = CentreService.objects.annotate(count=Count("centres", filter=Q(centres__in=current), distinct=True)).order_by(
        "name"
    )
    return {
        "country": [
            {"value": country.code, "label": country.name, "count": country.count, "selected": country.code in filters.countries}
            for country in countries
        ],
        "status": [
            {
                "value": status.value,
                "label": status.label,
                "count": status_counts.get(status.value, 0),
                "selected": status.value in filters.statuses,
            }
            for status in CentreStatus
        ],
        "service": [
            {"value": service.slug, "label": service.name, "count": service.count, "selected": service.slug in filters.services}
            for service in services
        ],
    }
