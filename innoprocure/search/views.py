from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from innoprocure.search import glossary, registry, site
from innoprocure.search.query import clean_query

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
    section = registry.get_section(section_key)
    if section is not None and section.full_search_url:
        return redirect(site.section_url(query, section_key))
    if section_key and section is None:
        notices.append(_("There is no section “%(section)s”; showing every section.") % {"section": section_key[:40]})
        section_key = ""
    context = {
        "query": query,
        "notices": notices,
        "breadcrumbs": [{"label": _("Search"), "url": request.path}],
        "all_sections": [{"key": s.key, "title": s.title, "url": site.section_url(query, s.key)} for s in registry.sections()],
    }
    audiences = registry.audiences_for(request.user) if query else ()  # a member finds their private groups' threads
    if query and section_key:
        count, _items = site.section_search(query, section_key, 0, 0, audiences)
        page_obj = Paginator(range(count), PER_PAGE).get_page(request.GET.get("page"))
        start = page_obj.start_index() - 1 if count else 0
        _count, items = site.section_search(query, section_key, start, PER_PAGE, audiences)
        context.update(
            {
                "section": {"key": section_key, "title": section.title, "count": count, "items": items},
                "page_obj": page_obj,
                "all_sections_url": "?" + urlencode({"q": query}),
            }
        )
    elif query:
        results = site.site_search(query, audiences=audiences)
        context.update(
            {
                "sections": results.sections,
                "partial": results.partial,
                "total": sum(section.count for section in results.sections),
                "did_you_mean": results.did_you_mean,
                "did_you_mean_url": "?" + urlencode({"q": results.did_you_mean}) if results.did_you_mean else "",
            }
        )
    return render(request, "search/site_search.html", context)


def glossary_page(request):
    """/glossary/: the innovation-procurement terms with their names in the EU's languages, searchable."""
    query = clean_query(request.GET.get("q", ""))[:MAX_QUERY]
    concepts = glossary.public_concepts(query)
    context = {
        "query": query,
        "concepts": concepts,
        "breadcrumbs": [{"label": _("Glossary"), "url": request.path}],
    }
    return render(request, "search/glossary.html", context)
