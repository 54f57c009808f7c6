"""Reading the opportunity filters from a query string, and applying them.

A value we do not understand is reported: the listing shows a notice and ignores it, the feed and the API answer
400. Sorting is by deadline, soonest first, those without a deadline last (the archive: latest deadline first).
"""

from dataclasses import dataclass, field

from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from innoprocure.core.models import Country, Sector
from innoprocure.opportunities import status as status_rules
from innoprocure.opportunities.flags import is_valid_code
from innoprocure.opportunities.models import OpportunityType
from innoprocure.search.query import matching_ids

TRUE_VALUES = {"1", "true", "yes", "on"}
FALSE_VALUES = {"0", "false", "no", "off", ""}
MAX_QUERY_LENGTH = 200


@dataclass
class FilterProblem:
    parameter: str
    value: str
    message: str


@dataclass
class OpportunityFilters:
    opportunity_type: str = ""
    country: str = ""
    status: str = ""
    sector: str = ""
    innovation: bool = False
    flags: list[str] = field(default_factory=list)
    query: str = ""
    problems: list[FilterProblem] = field(default_factory=list)

    @property
    def is_filtered(self):
        return bool(
            self.opportunity_type or self.country or self.status or self.sector or self.innovation or self.flags or self.query
        )


def _clip(value):
    return value if len(value) <= 60 else value[:60] + "…"


def parse(params, allow_status=True):
    """OpportunityFilters from a QueryDict (or a dict of strings)."""
    filters = OpportunityFilters()
    problems = filters.problems

    def single(name):
        value = params.get(name)
        return value.strip() if isinstance(value, str) else ""

    opportunity_type = single("type")
    if opportunity_type:
        if opportunity_type in OpportunityType.values:
            filters.opportunity_type = opportunity_type
        else:
            problems.append(
                FilterProblem(
                    "type", opportunity_type, _("There is no opportunity type “%(value)s”.") % {"value": _clip(opportunity_type)}
                )
            )

    country = single("country").upper()
    if country:
        if len(country) == 2 and Country.objects.filter(code=country).exists():
            filters.country = country
        else:
            problems.append(
                FilterProblem("country", country, _("“%(value)s” is not a country code we know.") % {"value": _clip(country)})
            )

    status = single("status")
    if status:
        if allow_status and status in status_rules.STATUSES:
            filters.status = status
        elif allow_status:
            problems.append(
                FilterProblem(
                    "status",
                    status,
                    _("“%(value)s” is not a status; use open, closing-soon or closed.") % {"value": _clip(status)},
                )
            )
        else:
            problems.append(
                FilterProblem("status", status, _("The archive holds closed opportunities only; the status filter was ignored."))
            )

    sector = single("sector")
    if sector:
        if Sector.objects.filter(slug=sector).exists():
            filters.sector = sector
        else:
            problems.append(FilterProblem("sector", sector, _("There is no sector “%(value)s”.") % {"value": _clip(sector)}))

    innovation = single("innovation").lower()
    if innovation in TRUE_VALUES:
        filters.innovation = True
    elif innovation not in FALSE_VALUES:
        problems.append(FilterProblem("innovation", innovation, _("“innovation” takes 1 (innovation procurement only) or 0.")))

    flags = params.getlist("flag") if hasattr(params, "getlist") else ([params["flag"]] if params.get("flag") else [])
    for code in flags:
        code = (code or "").strip()
        if not code:
            continue
        if is_valid_code(code):
            if code not in filters.flags:
                filters.flags.append(code)
        else:
            problems.append(FilterProblem("flag", code, _("“%(value)s” is not an innovation flag.") % {"value": _clip(code)}))

    query = single("q")
    if len(query) > MAX_QUERY_LENGTH:
        problems.append(
            FilterProblem("q", query, _("The search text was shortened to %(count)s characters.") % {"count": MAX_QUERY_LENGTH})
        )
        query = query[:MAX_QUERY_LENGTH]
    filters.query = query
    return filters


def apply(queryset, filters, archive=False, now=None):
    """Live opportunities matching the filters. The listing shows the not-closed ones unless a status is asked for;
    the archive shows the closed ones, the latest deadline first."""
    now = now or timezone.now()
    queryset = queryset.filter(live=True)
    if archive:
        queryset = queryset.filter(status_rules.closed_q(now))
    elif filters.status:
        queryset = queryset.filter(status_rules.status_q(filters.status, now))
    else:
        queryset = queryset.filter(status_rules.open_q(now))
    if filters.opportunity_type:
        queryset = queryset.filter(opportunity_type=filters.opportunity_type)
    if filters.country:
        queryset = queryset.filter(country_id=filters.country)
    if filters.sector:
        queryset = queryset.filter(sectors__slug=filters.sector)
    if filters.innovation:
        queryset = queryset.filter(is_innovation=True)
    for code in filters.flags:
        queryset = queryset.filter(flags__code=code)
    if filters.query:
        # The site's search engine: stemmed in the notice's language, typos corrected, glossary terms expanded.
        found = matching_ids("opportunities.opportunity", filters.query)
        if found is not None:
            queryset = queryset.filter(pk__in=list(found))
    if archive or filters.status == status_rules.CLOSED:
        return queryset.order_by(F("deadline").desc(nulls_last=True), "title", "pk")
    return queryset.order_by(F("deadline").asc(nulls_last=True), "title", "pk")
