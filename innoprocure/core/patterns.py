"""The pattern library at /patterns/: the site's components in their states, rendered by the same includes the
pages use (templates/includes/), so that a change to a component shows here, in the browser gates' screenshots and
under axe, before it reaches a page.

Public, like the design system of many public-sector sites: it holds sample values only, nothing personal, and
contributors and the competence centres who build on the platform can look at it without an account. It is kept
out of search engines (noindex) and out of the navigation and sitemap.
"""

from django import forms
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from innoprocure.core.chips import Chip, Chips, facet_group
from innoprocure.core.teasers import Teaser


class SampleForm(forms.Form):
    """A form with one field of each kind, shown bound to wrong values so that every error state is visible."""

    name = forms.CharField(label=_("Your name"), max_length=100)
    email = forms.EmailField(label=_("E-mail address"), help_text=_("We use it only to answer you."))
    topic = forms.ChoiceField(
        label=_("Topic"),
        choices=[("resources", _("Resources")), ("events", _("Events")), ("other", _("Something else"))],
        widget=forms.RadioSelect,
    )
    consent = forms.BooleanField(label=_("I agree that the platform team may answer me by e-mail."))
    message = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 3}), required=False)


def sample_form():
    form = SampleForm({"name": "", "email": "not-an-address", "message": "A message that is kept."}, auto_id="pattern-%s")
    form.is_valid()
    return form


def sample_cards():
    return [
        Teaser(
            title=str(_("A card links to one item")),
            url="/resources/",
            summary=str(_("Its summary says in two sentences what the item is and who it helps.")),
            kicker=str(_("Guidance")),
            meta=[str(_("Market engagement")), "2026"],
        ),
        Teaser(
            title=str(_("An invented item carries a label")),
            url="/resources/",
            summary=str(_("Cards of illustrative demo content say so under the title.")),
            kicker=str(_("Case study")),
            illustrative=True,
        ),
    ]


def sample_chips():
    """Two filters of the Resource Centre; each chip leads to the Resource Centre without that filter."""
    from innoprocure.core.navigation import localised
    from innoprocure.core.taxonomies import Approach

    listing = localised("/resources/")
    return Chips(
        [
            Chip(facet=str(_("Type")), label=str(_("Guidance")), remove_url=f"{listing}?approach=pcp"),
            Chip(facet=str(_("Approach")), label=str(Approach.PCP.label), remove_url=f"{listing}?type=guidance"),
        ],
        clear_url=listing,
    )


def sample_facet():
    """A facet with more values than the panel shows at first: 'Show n more' folds the rest."""
    years = [str(year) for year in range(2026, 2016, -1)]
    options = [
        {"value": year, "label": year, "count": 30 - index * 2, "selected": year == "2018"} for index, year in enumerate(years)
    ]
    return facet_group("year", _("Year"), options)


def context(request):
    return {
        "form": sample_form(),
        "cards": sample_cards(),
        "chips": sample_chips(),
        "facet": sample_facet(),
        "page_obj": Paginator(range(90), 10).get_page(3),
        "breadcrumbs": [{"label": _("Pattern library"), "url": ""}],
    }
