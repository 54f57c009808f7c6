"""The showcase's filters (django-filter): sector, country where deployed, maturity, and a text search through the
site's search engine (stemmed, typos corrected, glossary applied). A value that is not understood is ignored and
reported on the page, never an error."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from innoprocure.core.models import Country, Sector
from innoprocure.search.query import matching_ids
from innoprocure.showcase.models import MATURITY_TRL, Maturity

MAX_QUERY_LENGTH = 200


class ProfileFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search the solutions"), method="search", max_length=MAX_QUERY_LENGTH)
    sector = django_filters.ModelChoiceFilter(
        label=_("Sector"),
        field_name="sectors",
        to_field_name="slug",
        queryset=Sector.objects.all(),
        empty_label=_("All sectors"),
        distinct=True,
    )
    country = django_filters.ModelChoiceFilter(
        label=_("Deployed in"),
        field_name="countries",
        to_field_name="code",
        queryset=Country.objects.all(),
        empty_label=_("All countries"),
        distinct=True,
    )
    maturity = django_filters.ChoiceFilter(
        label=_("Maturity"), choices=Maturity.choices, method="by_maturity", empty_label=_("Any maturity")
    )

    def search(self, queryset, name, value):
        found = matching_ids("showcase.solutionprofile", value)
        if found is None:  # nothing searchable in the words (stop words only)
            return queryset
        return queryset.filter(pk__in=list(found))

    def by_maturity(self, queryset, name, value):
        low, high = MATURITY_TRL[value]
        return queryset.filter(Q(trl__gte=low) & Q(trl__lte=high))

    def ignored(self):
        """What the visitor asked for that was not understood, one sentence each."""
        if not self.is_bound:
            return []
        self.form.is_valid()
        return [f"{self.form.fields[name].label}: {' '.join(errors)}" for name, errors in self.form.errors.items()]
