"""Views of the opportunities section, served by OpportunityIndexPage's routes: listing, archive, detail, feed."""

from django.core.paginator import Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from innoprocure.core.chips import Facet, filter_chips
from innoprocure.core.filtering import TRUE_VALUES, InvalidFilter, bad_request
from innoprocure.core.forms import TimeZoneForm
from innoprocure.core.models import Country, Language, Sector
from innoprocure.core.timezones import TZ_PARAMETER, get_zone, remember_zone, visitor_zone
from innoprocure.opportunities.feeds import OpportunityFeed
from innoprocure.opportunities.figures import figures
from innoprocure.opportunities.filters import OpportunityFilter
from innoprocure.opportunities.flags import flag_label
from innoprocure.opportunities.models import Opportunity, OpportunityFlag, OpportunityType
from innoprocure.opportunities.money import format_amount
from innoprocure.opportunities.status import STATUS_CHOICES

PER_PAGE = 15
FEED_LISTS_OPEN_ONES = _("The feed lists open opportunities only.")


def listing(request, index_page, archive=False):
    now = timezone.now()
    selected = OpportunityFilter(request.GET, Opportunity.objects.select_related("country"), archive=archive, now=now)
    page_obj = Paginator(selected.qs, PER_PAGE).get_page(request.GET.get("page"))
    base = index_page.url
    for opportunity in page_obj:
        opportunity.url = f"{base}{opportunity.slug}/"
        opportunity.current_status = opportunity.status_at(now)
        opportunity.budget_display = format_amount(opportunity.budget, opportunity.currency)

    live = Opportunity.objects.filter(live=True)
    countries = Country.objects.filter(code__in=live.exclude(country=None).values("country_id"))
    flag_choices = [
        (code, flag_label(code))
        for code in OpportunityFlag.objects.filter(opportunity__live=True)
        .values_list("code", flat=True)
        .distinct()
        .order_by("code")
    ]
    context = index_page.get_context(request)
    context.update(
        {
            "archive": archive,
            "filters": selected,
            "opportunities": page_obj,
            "page_obj": page_obj,
            "notices": selected.notices,
            "type_choices": OpportunityType.choices,
            "status_choices": STATUS_CHOICES,
            "country_choices": countries,
            "sector_choices": Sector.objects.all(),
            "flag_choices": flag_choices,
            "chips": filter_chips(request, chip_facets(countries, flag_choices, archive)),
            "figures": figures(selected.qs),
            "listing_url": base,
            "archive_url": base + index_page.reverse_subpage("archive"),
            "feed_url": base + index_page.reverse_subpage("feed") + (selected.querystring() if not archive else ""),
        }
    )
    return TemplateResponse(request, "opportunities/opportunity_index_page.html", context)


def chip_facets(countries, flag_choices, archive):
    """The selected filters as chips (innoprocure.core.chips), labelled as in the filter panel."""
    return [
        Facet("q", _("Search")),
        Facet("type", _("Type"), OpportunityType.choices),
        Facet("status", _("Status"), [] if archive else STATUS_CHOICES),  # the archive ignores it: no chip, cleared
        Facet("country", _("Country"), lambda: ((country.code, country.name) for country in countries)),
        Facet("sector", _("Sector"), lambda: Sector.objects.values_list("slug", "name")),
        Facet("innovation", "", [(value, _("Innovation procurement only")) for value in sorted(TRUE_VALUES)]),
        Facet("flag", _("Innovation flag"), flag_choices),
    ]


def detail(request, index_page, slug):
    opportunity = (
        Opportunity.objects.filter(live=True, slug=slug)
        .select_related("country")
        .prefetch_related("sectors", "lots", "flags")
        .first()
    )
    if opportunity is None:
        raise Http404
    visitor = visitor_zone(request)
    zone = get_zone(opportunity.deadline_timezone, timezone.get_default_timezone())
    language_names = dict(Language.objects.values_list("code", "name"))
    other_languages = []
    for code in sorted(set(opportunity.titles) | set(opportunity.descriptions)):
        title = opportunity.titles.get(code) or ""
        description = opportunity.descriptions.get(code) or ""
        if title in ("", opportunity.title) and description in ("", opportunity.summary):
            continue  # nothing the page does not already show
        other_languages.append({"code": code, "name": language_names.get(code, code), "title": title, "description": description})
    lots = list(opportunity.lots.all())
    for lot in lots:
        lot.value_display = format_amount(lot.estimated_value, lot.currency or opportunity.currency)
    context = index_page.get_context(request)
    context.update(
        {
            "opportunity": opportunity,
            "status": opportunity.status_at(),
            "deadline_zone": getattr(zone, "key", str(zone)),
            # The same clock in both zones at the deadline: no need to say it twice.
            "same_clock": opportunity.deadline is not None
            and timezone.localtime(opportunity.deadline, zone).replace(tzinfo=None)
            == timezone.localtime(opportunity.deadline, visitor.zone).replace(tzinfo=None),
            "visitor": visitor,
            "tz_form": TimeZoneForm(initial={TZ_PARAMETER: visitor.name}),
            "budget_display": format_amount(opportunity.budget, opportunity.currency),
            "framework_display": format_amount(opportunity.framework_maximum, opportunity.currency),
            "title_language": opportunity.language_of(opportunity.title, opportunity.titles),
            "summary_language": opportunity.language_of(opportunity.summary, opportunity.descriptions),
            "lots": lots,
            "flags": [flag_label(flag.code) for flag in opportunity.flags.all()],
            "other_languages": other_languages,
            "listing_url": index_page.url,
            "archive_url": index_page.url + index_page.reverse_subpage("archive"),
            "breadcrumbs": [{"label": index_page.title, "url": index_page.url}, {"label": opportunity.title, "url": ""}],
        }
    )
    response = TemplateResponse(request, "opportunities/opportunity_detail.html", context)
    return remember_zone(response, visitor)


def feed(request, index_page):
    selected = OpportunityFilter(
        request.GET, Opportunity.objects.select_related("country"), refused_status={"closed": FEED_LISTS_OPEN_ONES}
    )
    try:
        selected.check()
    except InvalidFilter as error:
        return bad_request(error)
    return OpportunityFeed(index_page, selected)(request)
