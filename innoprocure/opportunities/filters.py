"""The opportunity filters (one FilterSet for the listing, the archive, the feed, the API and saved searches).

A value we do not understand is a problem (core/filtering.py): the listing shows it by its field and ignores it,
the feed answers 400, the API 400 (an unknown country or sector: nothing matches). Sorting is by deadline,
soonest first, those without a deadline last (the archive, and status=closed: latest deadline first).
"""

from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from innoprocure.core.filtering import (
    ListingFilter,
    SearchTextFilter,
    ValueFilter,
    ValuesFilter,
    YesNoFilter,
    country_filter,
)
from innoprocure.core.models import Sector
from innoprocure.opportunities import status as status_rules
from innoprocure.opportunities.flags import is_valid_code
from innoprocure.opportunities.models import OpportunityType
from innoprocure.search.query import matching_ids

MAX_QUERY_LENGTH = 200


class Selected:
    """The usable values under the names the templates and the feed use (the FilterSet's own names are its filters)."""

    query = property(lambda self: self.value("q"))
    opportunity_type = property(lambda self: self.value("type"))
    country = property(lambda self: self.value("country"))
    status = property(lambda self: self.value("status"))
    sector = property(lambda self: self.value("sector"))
    innovation = property(lambda self: self.value("innovation"))
    flags = property(lambda self: self.value("flag"))


class OpportunityFilter(Selected, ListingFilter):
    """Live opportunities matching the filters: the not-closed ones unless a status is asked for; with
    `archive=True` the closed ones, latest deadline first, and no status filter. `refused_status` maps statuses a
    use does not accept (the feed: closed) to the reason."""

    q = SearchTextFilter(
        method="search", limit=MAX_QUERY_LENGTH, message=_("The search text was shortened to %(count)s characters.")
    )
    type = ValueFilter(
        field_name="opportunity_type",
        known=OpportunityType.values,
        message=_("There is no opportunity type “%(value)s”."),
    )
    country = country_filter()
    status = ValueFilter(
        method="by_status",
        known=status_rules.STATUSES,
        message=_("“%(value)s” is not a status; use open, closing-soon or closed."),
    )
    sector = ValueFilter(
        field_name="sectors__slug",
        known=lambda slug: Sector.objects.filter(slug=slug).exists(),
        unknown=True,
        message=_("There is no sector “%(value)s”."),
    )
    innovation = YesNoFilter(field_name="is_innovation", message=_("“innovation” takes 1 (innovation procurement only) or 0."))
    flag = ValuesFilter(field_name="flags__code", valid=is_valid_code, message=_("“%(value)s” is not an innovation flag."))

    def __init__(self, data=None, queryset=None, *, archive=False, refused_status=None, now=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.archive, self.now = archive, now or timezone.now()
        status = self.filters["status"].extra
        if archive:
            status.update(known=(), message=_("The archive holds closed opportunities only; the status filter was ignored."))
        status["refused"] = refused_status or {}

    def search(self, queryset, name, value):
        # The site's search engine: stemmed in the notice's language, typos corrected, glossary terms expanded.
        found = matching_ids("opportunities.opportunity", value)
        return queryset if found is None else queryset.filter(pk__in=list(found))

    def by_status(self, queryset, name, value):
        return queryset  # the base of filter_queryset

    def filter_queryset(self, queryset):
        status = self.value("status")
        queryset = queryset.filter(live=True)
        if self.archive:
            queryset = queryset.filter(status_rules.closed_q(self.now))
        elif status:
            queryset = queryset.filter(status_rules.status_q(status, self.now))
        else:
            queryset = queryset.filter(status_rules.open_q(self.now))
        queryset = super().filter_queryset(queryset)
        if self.archive or status == status_rules.CLOSED:
            return queryset.order_by(F("deadline").desc(nulls_last=True), "title", "pk")
        return queryset.order_by(F("deadline").asc(nulls_last=True), "title", "pk")
