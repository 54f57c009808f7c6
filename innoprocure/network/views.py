"""Public pages of the P2I Network below /network/ (the index and the declaration are Wagtail pages)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from innoprocure.core import seo
from innoprocure.core.chips import Facet, filter_chips
from innoprocure.core.ratelimit import ratelimit
from innoprocure.core.uploads import safe_download_headers
from innoprocure.network import declaration, directory, maps
from innoprocure.network.forms import EndorsementForm
from innoprocure.network.governance import balance
from innoprocure.network.models import (
    CompetenceCentre,
    GovernanceSettings,
    KnowledgeExchangeMeeting,
    NetworkIndexPage,
    Signatory,
    declaration_url,
    spread_by_country,
)

CENTRES_PER_PAGE = 24


def network_crumbs(*trail):
    """Breadcrumbs starting at the network's index page."""
    index = NetworkIndexPage.objects.live().first()
    crumbs = [{"label": index.title if index else _("P2I Network"), "url": index.url if index else "/network/"}]
    return crumbs + [{"label": label, "url": url} for label, url in trail]


@require_GET
def centre_directory(request):
    filters = directory.parse_filters(request.GET)
    centres = directory.filter_centres(filters)
    page_obj = Paginator(centres, CENTRES_PER_PAGE).get_page(request.GET.get("page"))
    spread = spread_by_country()
    facets = directory.facet_options(filters)
    labels = {"country": _("Country"), "status": _("Status"), "service": _("Service")}
    chip_facets = [Facet(name, label, [(o["value"], o["label"]) for o in facets[name]]) for name, label in labels.items()]
    return render(
        request,
        "network/directory.html",
        {
            "filters": filters,
            "facets": facets,
            "chips": filter_chips(request, chip_facets),
            "page_obj": page_obj,
            "centres": directory.with_experience(page_obj.object_list),
            "spread": spread,
            "tile_map": maps.centre_map(spread),
            "breadcrumbs": network_crumbs((_("Members"), request.path)),
        },
    )


@require_GET
def centre_detail(request, slug):
    centre = get_object_or_404(
        CompetenceCentre.objects.select_related("country").prefetch_related("services", "languages"), slug=slug
    )
    crumbs = network_crumbs((_("Members"), reverse("network:directory")), (centre.name, request.path))
    return render(
        request,
        "network/centre_detail.html",
        {
            "centre": centre,
            "hosted": centre.hosted_meetings.order_by("number"),
            "meetings": centre.meetings.order_by("number"),
            "breadcrumbs": crumbs,
            "structured_data": seo.organisation(centre, url=seo.absolute(request.path), network=crumbs[0]),
        },
    )


@require_GET
def governance(request):
    rules = GovernanceSettings.load(request_or_site=request)
    return render(
        request,
        "network/governance.html",
        {
            "rules": rules,
            "co_chairs": rules.co_chairs.select_related("centre__country").order_by("sort_order", "term_start"),
            "current_co_chairs": rules.current_co_chairs(),
            "balance": balance(rules.snapshot()),
            "breadcrumbs": network_crumbs((_("Governance"), request.path)),
        },
    )


@require_GET
def knowledge_exchange(request):
    meetings = KnowledgeExchangeMeeting.objects.select_related("host__country", "paper__document").order_by("-number")
    return render(
        request,
        "network/knowledge_exchange.html",
        {"meetings": meetings, "breadcrumbs": network_crumbs((_("Knowledge exchange"), request.path))},
    )


@require_GET
def meeting_detail(request, number):
    meeting = get_object_or_404(
        KnowledgeExchangeMeeting.objects.select_related("host__country").prefetch_related("participants__country"), number=number
    )
    paper = getattr(meeting, "paper", None)
    if paper is not None and not paper.is_published:
        paper = None
    return render(
        request,
        "network/meeting_detail.html",
        {
            "meeting": meeting,
            "paper": paper,
            "breadcrumbs": network_crumbs(
                (_("Knowledge exchange"), "/network/knowledge-exchange/"), (str(meeting.title), request.path)
            ),
        },
    )


@login_required
@ratelimit("declaration-endorse", rate="5/d", key="user")
def endorse(request):
    form = EndorsementForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        declaration.request_endorsement(
            ministry=data["ministry"],
            country=data["country"],
            signatory_name=data["signatory_name"],
            signatory_role=data["signatory_role"],
            official_email=data["official_email"],
            letter=data["letter"],
            user=request.user,
            request=request,
        )
        messages.success(
            request,
            _("Thank you. The network secretariat will check your request and write to %(email)s once it has decided.")
            % {"email": data["official_email"]},
        )
        return redirect(declaration_url())
    return render(
        request,
        "network/endorse.html",
        {
            "form": form,
            "declaration_url": declaration_url(),
            "breadcrumbs": network_crumbs((_("Joint Ministerial Declaration"), declaration_url()), (_("Endorse"), request.path)),
        },
    )


@login_required
def signatory_letter(request, pk):
    """The letter of authorisation, for the secretariat only; always downloaded, never shown inline."""
    if not request.user.has_perm("network.change_signatory"):
        raise PermissionDenied
    signatory = get_object_or_404(Signatory, pk=pk)
    if not signatory.letter_of_authorisation:
        raise Http404(_("No letter was uploaded."))
    response = FileResponse(signatory.letter_of_authorisation.open("rb"))
    return safe_download_headers(response, signatory.letter_of_authorisation.name)
