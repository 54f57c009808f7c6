"""One filter layer for the listings (decision 0009): a django-filter FilterSet per listing, on this base.

The listing page, its feed, the API and the saved searches read a query string through the listing's FilterSet,
so a value means the same everywhere, and whatever cannot be used is one kind of error, FilterProblem, built from
the FilterSet's form errors:

    filterset = OpportunityFilter(request.GET, queryset=Opportunity.objects.all())
    filterset.qs          # what cannot be used is left out; the page shows each problem by its field
    filterset.problems    # [FilterProblem(parameter, message, unknown)]
    filterset.check()     # raises InvalidFilter for the problems (feeds, the API, saved searches)

Unknown values are handled here, once: a well-formed value that names nothing we know (a country code no country
has, a tag nobody used) is left out with a notice for people; with `program=True` (the API, and the feeds that
say so) it is a valid question with an empty answer, kept in the filters and matching nothing.
The API turns InvalidFilter into its 400 JSON body (api/api.py), feeds into a plain-text 400 (`bad_request`).
A value used in part (the valid ones of several flags, a search text shortened) is kept with its problem.
"""

from dataclasses import dataclass

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpResponseBadRequest
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from innoprocure.core.models import Country

TRUE_VALUES = frozenset({"1", "true", "yes", "on"})
FALSE_VALUES = frozenset({"0", "false", "no", "off", ""})
UNKNOWN = "unknown"  # the code of a problem with a well-formed value that names nothing we know
CLIP = 60


def clip(value, limit=CLIP):
    """A value as a message quotes it: long ones shortened."""
    return value if len(value) <= limit else value[:limit] + "…"


def problem(message, value="", *, unknown=False, **params):
    """The ValidationError of a filter value; `message` may quote it as %(value)s (shortened)."""
    return ValidationError(message, code=UNKNOWN if unknown else "invalid", params={"value": clip(str(value)), **params})


@dataclass(frozen=True)
class FilterProblem:
    """A filter value that cannot be used: the parameter, why (a sentence), and whether it is merely unknown."""

    parameter: str
    message: str
    unknown: bool = False


class InvalidFilter(ValueError):
    """Filter values a program sent that cannot be used; `problems` names each."""

    def __init__(self, problems):
        super().__init__(" ".join(problem.message for problem in problems))
        self.problems = list(problems)


def feed_limit(value, default, maximum=100):
    """How many items a feed asked for with ?limit= (1 to `maximum`)."""
    value = (value or "").strip()
    if not value:
        return default
    if not (value.isascii() and value.isdigit() and 1 <= int(value) <= maximum):
        message = _("The limit must be a whole number from 1 to %(max)s.") % {"max": maximum}
        raise InvalidFilter([FilterProblem("limit", message)])
    return int(value)


def bad_request(error):
    """A feed's 400: one line per problem, "parameter: reason"."""
    reasons = "".join(f"{problem.parameter}: {problem.message}\n" for problem in error.problems)
    return HttpResponseBadRequest(reasons, content_type="text/plain; charset=utf-8")


class Kept:
    """What a field returns when it could use part of a value: the usable part, the problems with the rest, and
    (`unknown`) the value with its unknown parts too, for programs."""

    def __init__(self, value, errors, unknown=None):
        self.value, self.errors, self.unknown = value, errors, unknown


class FilterForm(forms.Form):
    keep_unknown = False  # True for programs: an unknown value is kept, and matches nothing

    def clean(self):
        cleaned = super().clean()
        for name, value in list(cleaned.items()):
            if isinstance(value, Kept):
                if value.errors:
                    self.add_error(name, value.errors)  # removes the value from cleaned_data …
                # … which keeps the usable part
                cleaned[name] = value.unknown if self.keep_unknown and value.unknown is not None else value.value
        return cleaned


# --- fields ---------------------------------------------------------------------------------------------------------


class ValueField(forms.CharField):
    """One value, stripped (and `normalise`d, which may raise a problem), that must be `known` (a collection or a
    predicate): with `unknown=True` a value it does not know is well-formed but names nothing. `refused` maps values
    that are known but not accepted here to their own message; `params` go into the messages."""

    def __init__(self, *, known, message, normalise=None, unknown=False, refused=None, params=None, **kwargs):
        super().__init__(**kwargs)
        self.known, self.message, self.normalise, self.unknown = known, message, normalise, unknown
        self.refused, self.params = refused or {}, params or {}

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return ""
        if self.normalise:
            value = self.normalise(value)
        known = self.known(value) if callable(self.known) else value in self.known
        if not known and self.unknown:
            return Kept("", [problem(self.message, value, unknown=True, **self.params)], unknown=value)
        if not known:
            raise problem(self.message, value, **self.params)
        if value in self.refused:
            raise problem(self.refused[value], value)
        return value


class YesNoField(forms.CharField):
    """1/true/yes/on or 0/false/no/off (or nothing): True or False."""

    def __init__(self, *, message, **kwargs):
        super().__init__(**kwargs)
        self.message = message

    def clean(self, value):
        value = super().clean(value).lower()
        if value in TRUE_VALUES:
            return True
        if value not in FALSE_VALUES:
            raise problem(self.message, value)
        return False


class ValuesField(forms.Field):
    """A repeatable parameter: each value stripped, empty ones and repeats dropped; the `valid` ones are kept, each
    other one is a problem with `message`."""

    widget = forms.SelectMultiple

    def __init__(self, *, valid, message, **kwargs):
        super().__init__(**kwargs)
        self.valid, self.message = valid, message

    def clean(self, value):
        values = [value] if isinstance(value, str) else list(value or [])
        values = list(dict.fromkeys(cleaned for item in values if (cleaned := str(item or "").strip())))
        errors = [problem(self.message, item) for item in values if not self.valid(item)]
        return Kept([item for item in values if self.valid(item)], errors)


class SearchTextField(forms.CharField):
    """Free text of at most `limit` characters: a longer text is shortened, and says so."""

    def __init__(self, *, limit, message, **kwargs):
        super().__init__(**kwargs)
        self.limit, self.message = limit, message

    def clean(self, value):
        value = super().clean(value)
        if len(value) <= self.limit:
            return value
        return Kept(value[: self.limit], [problem(self.message, value, count=self.limit)])


# --- filters --------------------------------------------------------------------------------------------------------


class ValueFilter(django_filters.Filter):
    field_class = ValueField


class ValuesFilter(django_filters.Filter):
    """Each value narrows the results further (AND), as innovation flags do."""

    field_class = ValuesField

    def filter(self, qs, value):
        for item in value or []:
            qs = qs.filter(**{f"{self.field_name}__{self.lookup_expr}": item})
        return qs


class YesNoFilter(django_filters.Filter):
    """Yes narrows the results (by `method`, or to `field_name` true); no is no filter."""

    field_class = YesNoField

    def filter(self, qs, value):
        return qs.filter(**{self.field_name: True}) if value else qs


class SearchTextFilter(django_filters.Filter):
    """Words a person types: the junk-input middleware lets any digits through them (core/junk.TEXT_PARAMETERS)."""

    field_class = SearchTextField
    free_text = True


def country_filter(field_name="country_id"):
    """A country by its ISO code, in either case; "EU" for EU-wide."""
    return ValueFilter(
        field_name=field_name,
        known=lambda code: len(code) == 2 and Country.objects.filter(code=code).exists(),
        normalise=str.upper,
        unknown=True,
        message=_("“%(value)s” is not a country code we know."),
    )


# --- the base FilterSet ---------------------------------------------------------------------------------------------


class ListingFilter(django_filters.FilterSet):
    """A listing's filters. Always bound (no parameters is a question too: the listing's defaults)."""

    class Meta:
        form = FilterForm

    def __init__(self, data=None, queryset=None, *, program=False, **kwargs):
        self.program = program
        super().__init__({} if data is None else data, queryset=queryset, **kwargs)

    @property
    def form(self):
        form = super().form
        form.keep_unknown = self.program
        return form

    @property
    def cleaned(self):
        """The usable values, by parameter name."""
        self.form.is_valid()
        return self.form.cleaned_data

    def value(self, name):
        """A usable value, or "" (a value that cannot be used is left out)."""
        return self.cleaned.get(name, "")

    @property
    def problems(self):
        """In the order of the parameters."""
        self.form.is_valid()
        errors = self.form.errors.as_data()
        return [
            FilterProblem(name, " ".join(error.messages), error.code == UNKNOWN)
            for name in self.form.fields
            for error in errors.get(name, [])
        ]

    @property
    def notices(self):
        """The problems in words, for the notice above the listing (each is also shown by its field)."""
        return [problem.message for problem in self.problems]

    @property
    def is_filtered(self):
        return any(self.cleaned.get(name) for name in self.filters)

    def check(self):
        """Raises InvalidFilter for the values that cannot be used (for a program, unknown ones can); returns self."""
        if problems := [problem for problem in self.problems if not (self.program and problem.unknown)]:
            raise InvalidFilter(problems)
        return self

    def params(self):
        """[(parameter, value)] of the usable filters in declaration order, as a listing's URL writes them."""
        pairs = []
        for name in self.filters:
            value = self.cleaned.get(name)
            for item in value if isinstance(value, list) else [value]:
                if item is True:
                    item = "1"
                if item not in (None, "", False):
                    pairs.append((name, self.param_value(name, item)))
        return pairs

    def param_value(self, name, value):
        return str(value)

    def querystring(self):
        pairs = self.params()
        return "?" + urlencode(pairs) if pairs else ""
