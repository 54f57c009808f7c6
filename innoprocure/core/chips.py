"""The selected filters of a listing as removable chips: "Country: Finland ×", each a link to the same listing
without that one value, and a link that clears them all.

Built from the request's query string and the listing's own labels, not from its filter parser: whatever reads the
filters (a dataclass parser or a django-filter FilterSet), a value shows as a chip when the listing offers it, so a
value the listing did not understand gets no chip (the page's notice names it) but "Clear all" still drops it.

    chips = filter_chips(request, [
        Facet("q", _("Search")),                              # free text: shown as typed
        Facet("type", _("Type"), OpportunityType.choices),    # (value, label) pairs; only read when the value is set
        Facet("innovation", "", [("1", _("Innovation procurement only"))]),  # a checkbox: the label alone
    ])

Choices may be a callable or a generator; they are only consumed when the query has a value for that facet, so an
unfiltered listing costs no query. A queryset the template will show anyway can be passed as a generator over it:
the queryset caches its rows and the template does not query again.
"""

from dataclasses import dataclass, field

from django import forms
from django.utils.http import urlencode

# Parameters that are not filters: they stay when a chip is removed or all are cleared, except the page number,
# which would point past the end of a longer list.
DROPPED_ON_CHANGE = ("page",)


@dataclass
class Facet:
    name: str  # the query parameter
    label: str  # what the value is ("Country"); empty for a checkbox whose value label says it all
    choices: object = None  # (value, label) pairs, or a callable returning them; None: free text, shown as typed
    free_text_limit: int = 60

    def labels(self):
        choices = self.choices() if callable(self.choices) else self.choices
        return {str(value).strip().lower(): str(label) for value, label in choices if str(value).strip()}


@dataclass
class Chip:
    facet: str
    label: str
    remove_url: str


@dataclass
class Chips:
    items: list = field(default_factory=list)
    clear_url: str = ""

    def __bool__(self):
        return bool(self.items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


def _url(path, pairs):
    query = urlencode(pairs)
    return f"{path}?{query}" if query else path


def filter_chips(request, facets, path=None):
    """Chips for every value of `facets` in the request's query that the listing knows, in the order of `facets`."""
    path = request.path if path is None else path
    pairs = [(name, value) for name, values in request.GET.lists() for value in values if name not in DROPPED_ON_CHANGE]
    names = {facet.name for facet in facets}
    chips = Chips(clear_url=_url(path, [(name, value) for name, value in pairs if name not in names]))
    for facet in facets:
        values = [value for name, value in pairs if name == facet.name and value.strip()]
        if not values:
            continue
        known = None if facet.choices is None else facet.labels()
        seen = set()
        for value in values:
            key = value.strip().lower()
            if key in seen:
                continue
            seen.add(key)
            if known is None:
                text = value.strip()
                label = text if len(text) <= facet.free_text_limit else text[: facet.free_text_limit] + "…"
            elif key in known:
                label = known[key]
            else:
                continue
            remaining = [pair for pair in pairs if not (pair[0] == facet.name and pair[1].strip().lower() == key)]
            chips.items.append(Chip(facet=str(facet.label), label=label, remove_url=_url(path, remaining)))
    return chips


def filterset_facets(filterset, labels=None):
    """Facets for the filters of a django-filter FilterSet, labelled by their form fields (`labels` overrides one).

    A value's label comes from the form's cleaned data: a model choice (its object, already fetched by the filter:
    no query more), a choice (its label); a field without choices is free text. Values the form refused get none."""
    labels = labels or {}
    form = filterset.form
    cleaned = {}
    if form.is_bound:
        form.is_valid()  # the fields it refused are left out of cleaned_data; the others keep their chips
        cleaned = form.cleaned_data
    facets = []
    for name, form_field in form.fields.items():
        value = cleaned.get(name)
        if isinstance(form_field, forms.ModelMultipleChoiceField):
            choices = [(form_field.prepare_value(item), form_field.label_from_instance(item)) for item in value or ()]
        elif isinstance(form_field, forms.ModelChoiceField):
            choices = [] if value is None else [(form_field.prepare_value(value), form_field.label_from_instance(value))]
        elif hasattr(form_field, "choices"):
            choices = lambda form_field=form_field: form_field.choices  # noqa: E731 - read only when the value is set
        else:
            choices = None
        facets.append(Facet(name, labels.get(name, form_field.label), choices))
    return facets


FACET_VALUES_SHOWN = 6  # a facet's other values wait behind "Show n more", open when one of them is chosen


def facet_group(name, label, options, shown=FACET_VALUES_SHOWN, errors=()):
    """A group of checkboxes for includes/facet_group.html: options are objects or dicts with value, label, count
    (None: not shown) and selected; `errors`: what was wrong with the value asked for, shown by the group."""

    def selected(option):
        return option.get("selected") if isinstance(option, dict) else option.selected

    more = list(options[shown:])
    return {
        "name": name,
        "label": label,
        "values": list(options[:shown]),
        "more": more,
        "more_open": any(selected(option) for option in more),
        "errors": errors,
    }
