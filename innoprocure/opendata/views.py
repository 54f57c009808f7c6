"""The open-data page and the DCAT-AP catalogue's documents (mapping in dcat.py)."""

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from innoprocure.opendata import dcat, dumps, licences

HTML = "text/html"
BY_MEDIA_TYPE = {media_type: fmt for fmt, (media_type, _name) in dcat.FORMATS.items()}


def _rdf_response(graph, fmt):
    response = HttpResponse(dcat.serialize(graph, fmt), content_type=f"{dcat.FORMATS[fmt][0]}; charset=utf-8")
    response["Link"] = f'<{licences.iri_of(settings.OPEN_DATA_LICENCE)}>; rel="license"'
    return response


def _negotiate(request, url_of_format, html_url):
    """303 See Other to the document in the format the client prefers (Turtle when it takes anything)."""
    preferred = request.get_preferred_type(["text/turtle", *BY_MEDIA_TYPE, HTML])
    if preferred is None:
        offered = ", ".join(BY_MEDIA_TYPE)
        return HttpResponse(
            _("Not available in the requested format. Formats: %(formats)s, text/html.") % {"formats": offered},
            status=406,
            content_type="text/plain; charset=utf-8",
        )
    response = redirect(html_url if preferred == HTML else url_of_format(BY_MEDIA_TYPE[preferred]))
    response.status_code = 303
    response["Vary"] = "Accept"
    return response


def _page_number(request):
    value = request.GET.get("page", "1")
    if not value.isdigit() or len(value) > 9:
        return None
    return int(value)


@require_safe
def catalogue(request, fmt):
    number = _page_number(request)
    if number is None:
        return HttpResponseBadRequest(_("The page must be a whole number."), content_type="text/plain; charset=utf-8")
    page_url = dcat.base_url() + reverse("opendata:catalogue", kwargs={"fmt": fmt})
    try:
        graph, _page = dcat.catalogue_graph(number, page_url=page_url)
    except IndexError:
        raise Http404(_("The catalogue has no such page.")) from None
    return _rdf_response(graph, fmt)


@require_safe
def catalogue_negotiate(request):
    return _negotiate(request, lambda fmt: reverse("opendata:catalogue", kwargs={"fmt": fmt}), reverse("open_data"))


@require_safe
def resource_rdf(request, resource_id, fmt):
    resource = get_object_or_404(dcat.live_resources(), pk=resource_id)
    return _rdf_response(dcat.resource_graph(resource), fmt)


@require_safe
def resource_negotiate(request, resource_id):
    resource = get_object_or_404(dcat.live_resources().only("pk", "slug"), pk=resource_id)
    return _negotiate(
        request,
        lambda fmt: reverse("opendata:resource", kwargs={"resource_id": resource.pk, "fmt": fmt}),
        resource.get_absolute_url(),
    )


@require_safe
def opportunity_rdf(request, opportunity_id, fmt):
    opportunity = get_object_or_404(dcat.live_opportunities(), pk=opportunity_id)
    return _rdf_response(dcat.opportunity_graph(opportunity), fmt)


@require_safe
def opportunity_negotiate(request, opportunity_id):
    opportunity = get_object_or_404(dcat.live_opportunities().only("pk", "slug"), pk=opportunity_id)
    return _negotiate(
        request,
        lambda fmt: reverse("opendata:opportunity", kwargs={"opportunity_id": opportunity.pk, "fmt": fmt}),
        opportunity.get_absolute_url(),
    )


@require_safe
def index(request):
    """The open-data page: what is published, in which formats, under which licences, and how to harvest it."""
    base = dcat.base_url()
    return render(
        request,
        "opendata/index.html",
        {
            "metadata_licence": licences.metadata_licence(),
            "licences": licences.LICENCES,
            "catalogue_urls": [(fmt, base + reverse("opendata:catalogue", kwargs={"fmt": fmt})) for fmt in dcat.FORMATS],
            "catalogue_url": base + reverse("opendata:catalogue_negotiate"),
            "page_size": dcat.PAGE_SIZE,
            "dumps": dumps.available(),
            "base_url": base,
        },
    )


@require_safe
def dump_file(request, name):
    path = dumps.path_of(name)
    if path is None:
        raise Http404(_("No such file."))
    stat = path.stat()
    response = FileResponse(path.open("rb"), content_type=dumps.FORMATS[path.suffix[1:]])
    response["ETag"] = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'
    response["Last-Modified"] = http_date(stat.st_mtime)
    response["Link"] = f'<{licences.iri_of(settings.OPEN_DATA_LICENCE)}>; rel="license"'
    return response
