from django import template

register = template.Library()


@register.simple_tag
def page_breadcrumbs(page):
    """The trail from below the home page down to `page`, as [{label, url}]."""
    ancestors = page.get_ancestors().live().specific(defer=True)[2:] if page.depth > 2 else []
    crumbs = [{"label": ancestor.title, "url": ancestor.url} for ancestor in ancestors]
    if page.depth > 2:
        crumbs.append({"label": page.title, "url": page.url})
    return crumbs
