from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from innoprocure.core.navigation import localised
from innoprocure.resources.search import clean_query
from innoprocure.search import site

MAX_QUERY = 200
PER_PAGE = 20


def site_search(request):
    """/search/?q=…: results of every section, grouped; ?section=… lists one section's results page by page."""
    query = clean_query(request.GET.get("q", ""))
    notices = []
    if len(query) > MAX_QUERY:
        query = query[:MAX_QUERY]
        notices.append(_("Your search was shortened to its first %(limit)s characters.") % {"limit": MAX_QUERY})
    section_key = request.GET.get("section", "")
    if section_key == "resources":
        return redirect(localised("/resources/") + "?" + urlencode({"q": query}))
    if section_key and section_key not in site.SECTIONS:
        notices.append(_("There is no section “%(section)s”; showing every section.") % {"section": section_key[:40]})
        section_key = ""
    context = {"query": query, "notices": notices, "breadcrumbs": [{"label": _("Search"), "url": request.path}]}
    if query and section_key:
        count, _items = site.section_search(query, section_key, 0, 0, user=request.user)
        page_obj = Paginator(range(count), PER_PAGE).get_page(request.GET.get("page"))
        _count, items = site.section_search(
            query, section_key, page_obj.start_index() - 1 if count else 0, PER_PAGE, user=request.user
        )
        context.update(
            {
                "section": {"key": section_key, "title": site.SECTIONS[section_key][1], "count": count, "items": items},
                "page_obj": page_obj,
                "all_sections_url": "?" + urlencode({"q": query}),
            }
        )
    elif query:
        sections, did_you_mean = site.site_search(query, user=request.user)
        context.update(
            {
                "sections": sections,
                "total": sum(section.count for section in sections),
                "did_you_mean": did_you_mean,
                "did_you_mean_url": "?" + urlencode({"q": did_you_mean}) if did_you_mean else "",
            }
        )
    response = render(request, "search/site_search.html", context)
    if request.user.is_authenticated:
        # Results depend on who asks (forum groups they belong to): never kept by a cache.
        patch_cache_control(response, private=True, no_store=True)
    return response
