"""The Resource Centre listing at /resources/: search box, filters with counts, results, all state in the URL.

Three small GET forms (words, filters, sort) each carry the others' state as hidden fields, so every change
is a new shareable URL, the back button works and nothing needs JavaScript (site.js submits the filter and
sort forms on change for those who have it).
"""

from dataclasses import replace

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from innoprocure.core.chips import Chip, Chips, facet_group
from innoprocure.resources.feeds import feed_urls
from innoprocure.resources.figures import figures
from innoprocure.resources.filters import ResourceFilter
from innoprocure.resources.search import FACET_LABELS, FACETS, SORT_LABELS, SORTS, search, value_label


def render_listing(request, page):
    filters = ResourceFilter(request.GET)
    search_request, notices = filters.search_request, filters.notices
    results = search(search_request, images=True)
    if results.total and results.page_out_of_range:
        notices.append(_("There is no page %(page)s of these results; this is the first page.") % {"page": search_request.page})
        search_request = replace(search_request, page=1)
        results = search(search_request, images=True)

    paginator = Paginator(range(results.total), search_request.page_size)
    active_filters = _active_filters(search_request)
    context = page.get_context(request)
    context.update(
        {
            "search": search_request,
            "filters": filters,
            "results": results,
            "notices": notices,
            "page_obj": paginator.get_page(search_request.page),
            "facet_groups": _facet_groups(results, filters),
            "active_filters": active_filters,
            "chips": Chips([Chip(**item) for item in active_filters], search_request.querystring(filters=())),
            "relaxations": [relaxation for relaxation in results.relaxations if relaxation.count],
            "did_you_mean_url": search_request.querystring(q=results.did_you_mean) if results.did_you_mean else "",
            "sort_options": [(value, SORT_LABELS[value]) for value in SORTS],
            "hidden_for_words": _hidden(search_request, words=False),
            "hidden_for_filters": _hidden(search_request, filters=False),
            "hidden_for_sort": _hidden(search_request, sort=False),
            "clear_filters_url": search_request.querystring(filters=()),
            "feed_urls": feed_urls(search_request),
            "figures": figures(results),
        }
    )
    return TemplateResponse(request, "resources/resource_index_page.html", context)


def _facet_groups(results, filters):
    return [
        facet_group(facet, FACET_LABELS[facet], results.facets[facet], errors=filters.form[facet].errors)
        for facet in FACETS
        if results.facets.get(facet)
    ]


def _active_filters(search_request):
    active = []
    for facet, values in search_request.filters:
        for value in values:
            remaining = [other for other in values if other != value]
            active.append(
                {
                    "facet": FACET_LABELS[facet],
                    "label": value_label(facet, value),
                    "remove_url": search_request.with_filter(facet, remaining).querystring(),
                }
            )
    return active


def _hidden(search_request, words=True, filters=True, sort=True):
    """(name, value) pairs a form must carry so that submitting it keeps the rest of the state."""
    hidden = []
    if words and search_request.q:
        hidden.append(("q", search_request.q))
    # Tags have no checkbox in the filter form, so even that form carries them.
    hidden.extend((facet, value) for facet, values in search_request.filters for value in values if filters or facet == "tag")
    if sort and search_request.sort:
        hidden.append(("sort", search_request.sort))
    return hidden
