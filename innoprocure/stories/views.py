"""The stories index page's views (routes.py): the listing with its filters, and a category's address."""

from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from innoprocure.core.chips import Facet, filter_chips
from innoprocure.core.images import with_images
from innoprocure.stories.filters import StoryFilter
from innoprocure.stories.listing import PER_PAGE, available_years, category_or_404, published_stories, used_tags, with_tags
from innoprocure.stories.models import StoryCategory
from innoprocure.stories.teasers import teaser


def listing(request, index_page):
    context = index_page.get_context(request)
    context.update(listing_context(index_page, request))
    return TemplateResponse(request, index_page.get_template(request), context)


def category(request, index_page, category):
    """/stories/category/<category>/ is the listing filtered by it."""
    category_or_404(category)
    return redirect(f"{index_page.url}?category={category}")


def listing_context(index_page, request):
    published = published_stories()
    filters = StoryFilter(request.GET, published)
    stories = with_images(with_tags(filters.qs))
    page_obj = Paginator(stories, PER_PAGE).get_page(request.GET.get("page"))
    tags, years = used_tags(published), available_years(published)
    chip_facets = [
        Facet("category", _("Category"), StoryCategory.choices),
        Facet("year", _("Year"), [(year, year) for year in years]),
        Facet("tag", _("Tag"), [(tag.slug, tag.name) for tag in tags]),
    ]
    return {
        "filters": filters,
        "chips": filter_chips(request, chip_facets),
        "page_obj": page_obj,
        "teasers": [teaser(story, request) for story in page_obj.object_list],
        "tags": tags,
        "categories": StoryCategory.choices,
        "years": years,
        "feed_links": index_page.feed_links(filters.category),
    }
