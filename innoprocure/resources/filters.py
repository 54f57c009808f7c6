"""The Resource Centre's parameters (one FilterSet for the listing, the feeds, the API and saved searches): words,
facet values, sort and page, read into a SearchRequest for the search engine (search.py).

A value that cannot be used is a problem (core/filtering.py): the listing shows it and carries on without it, the
feeds answer 400, the API 400 (a well-formed facet value no resource has matches nothing: with the others of its
facet, which combine with OR, it changes nothing).
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from innoprocure.core.filtering import Kept, ListingFilter, problem
from innoprocure.core.taxonomies import Approach
from innoprocure.resources.models import Resource, ResourceType
from innoprocure.resources.search import (
    FACET_LABELS,
    FILTERS,
    MAX_PAGE_SIZE,
    MAX_QUERY_LENGTH,
    MAX_VALUES,
    PAGE_SIZE,
    SORTS,
    SearchRequest,
    catalogue,
)
from innoprocure.search.query import clean_query
from innoprocure.search.snapshot import get_snapshot

MAX_PAGE = 1_000_000


class FirstValue(forms.TextInput):
    """The first of a repeated parameter."""

    def value_from_datadict(self, data, files, name):
        values = data.getlist(name) if hasattr(data, "getlist") else data.get(name)
        if isinstance(values, (list, tuple)):
            return values[0] if values else None
        return values


class WordsField(forms.CharField):
    widget = FirstValue

    def clean(self, value):
        q = clean_query(value or "")
        if len(q) <= MAX_QUERY_LENGTH:
            return q
        shortened = q[:MAX_QUERY_LENGTH]
        shortened = shortened.rsplit(" ", 1)[0] if " " in shortened else shortened
        return Kept(shortened, [problem(_("The search is longer than %(limit)s characters."), limit=MAX_QUERY_LENGTH)])


class FacetField(forms.Field):
    """The values of one facet (repeatable): cleaned, at most MAX_VALUES, each one the index knows."""

    widget = forms.SelectMultiple

    def __init__(self, *, facet, known=(), **kwargs):
        super().__init__(**kwargs)
        self.facet, self.known = facet, known

    def clean(self, value):
        values = [value] if isinstance(value, str) else list(value or [])
        values = [item for item in dict.fromkeys(clean_query(str(item)) for item in values) if item]
        errors = []
        if len(values) > MAX_VALUES:
            errors.append(problem(_("At most %(limit)s values may be given."), limit=MAX_VALUES))
            values = values[:MAX_VALUES]
        accepted, unknown = [], []
        for value in values:
            normalised = self.normalise(value)
            if self.facet == "year":
                if normalised.isascii() and normalised.isdigit() and 1000 <= int(normalised) <= 9999:
                    accepted.append(str(int(normalised)))
                else:
                    errors.append(problem(_("“%(value)s” is not a year."), value))
            elif normalised in self.known:
                accepted.append(normalised)
            else:
                unknown.append(normalised)
                message = _("There is no %(facet)s “%(value)s”.")
                errors.append(problem(message, value, unknown=True, facet=str(FACET_LABELS[self.facet]).lower()))
        return Kept(tuple(dict.fromkeys(accepted)), errors, unknown=tuple(dict.fromkeys(accepted + unknown)))

    def normalise(self, value):
        if self.facet == "country":
            return value.upper()
        return value.lower() if self.facet in ("language", "tag") else value


class NumberField(forms.CharField):
    """A whole number from 1 to `maximum`."""

    widget = FirstValue

    def __init__(self, *, maximum, message, **kwargs):
        super().__init__(**kwargs)
        self.maximum, self.message = maximum, message

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        if value.isascii() and value.isdigit() and 1 <= int(value) <= self.maximum:
            return int(value)
        raise problem(self.message, value, limit=self.maximum)


class SortField(forms.CharField):
    widget = FirstValue

    def clean(self, value):
        value = super().clean(value)
        if value and value not in SORTS:
            raise problem(_("Sort by one of: %(choices)s."), value, choices=", ".join(SORTS))
        return value


class Parameter(django_filters.Filter):
    """Read by the search engine from `search_request`, not applied to a queryset."""

    def filter(self, qs, value):
        return qs


class Words(Parameter):
    field_class = WordsField
    free_text = True  # see core/junk.TEXT_PARAMETERS


class Facet(Parameter):
    field_class = FacetField


class Number(Parameter):
    field_class = NumberField


class Sort(Parameter):
    field_class = SortField


class ResourceFilter(ListingFilter):
    """`api=True` reads page_size too (the listing's page size is fixed). `snapshot`: the search index's, whose
    catalogue says which facet values exist."""

    q = Words()
    type = Facet(facet="type")
    sector = Facet(facet="sector")
    approach = Facet(facet="approach")
    stage = Facet(facet="stage")
    country = Facet(facet="country")
    language = Facet(facet="language")
    year = Facet(facet="year")
    tag = Facet(facet="tag")
    sort = Sort()
    page = Number(maximum=MAX_PAGE, message=_("The page must be a whole number from 1."))
    page_size = Number(maximum=MAX_PAGE_SIZE, message=_("The page size must be from 1 to %(limit)s."))

    def __init__(self, data=None, queryset=None, *, api=False, snapshot=None, **kwargs):
        super().__init__(data, Resource.objects.none() if queryset is None else queryset, **kwargs)
        if not api:
            del self.filters["page_size"]
        labels = catalogue((snapshot or get_snapshot()).version)["labels"]
        known = {name: set(labels.get(name, {})) for name in ("sector", "stage", "country", "language", "tag")}
        known.update(type=set(ResourceType.values), approach=set(Approach.values))
        for name, values in known.items():
            self.filters[name].extra["known"] = values

    @property
    def search_request(self):
        filters = tuple((name, values) for name in FILTERS if (values := self.value(name)))
        return SearchRequest(
            q=self.value("q"),
            filters=filters,
            sort=self.value("sort"),
            page=self.value("page") or 1,
            page_size=self.value("page_size") or PAGE_SIZE,
        )

    def params(self):
        """The words and facet values (sort and page left out)."""
        return [(name, value) for name, value in self.search_request.params() if name != "sort"]
