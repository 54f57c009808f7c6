from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Page


def site_search(request):
    query = request.GET.get("q", "").replace("\x00", "").strip()[:200]
    results = Page.objects.live().public().search(query) if query else Page.objects.none()
    page_obj = Paginator(results, 20).get_page(request.GET.get("page"))
    return render(
        request,
        "search/site_search.html",
        {"query": query, "page_obj": page_obj, "breadcrumbs": [{"label": _("Search"), "url": request.path}]},
    )
