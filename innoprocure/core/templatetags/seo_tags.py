"""Template side of core/seo.py: the head's social metadata, JSON-LD scripts, and {% capture %} for reusing a block."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from innoprocure.core import seo

register = template.Library()


class CaptureNode(template.Node):
    child_nodelists = ("nodelist",)  # so that {% block %} tags inside stay blocks a child template can fill

    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        context[self.name] = self.nodelist.render(context)
        return ""


@register.tag
def capture(parser, token):
    """{% capture as name %}…{% endcapture %}: render the enclosed markup into `name` instead of the page, so that
    base.html can say a page's title (a block the page fills) in <title>, og:title and twitter:title."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Use {% capture as name %}…{% endcapture %}.")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


@register.filter
def plain(markup, limit=None):
    """Captured markup as one line of plain text (then escaped again by the template), cut at `limit` characters."""
    return seo.plain_text(markup, int(limit) if limit else None)


@register.simple_tag(takes_context=True)
def social_meta(context, title, description):
    """Canonical link, Open Graph and Twitter card of the page. The view may set `social` in the context
    ({og_type, image, published, modified, title}) to say more than a plain web page."""
    request = context.get("request")
    social = context.get("social") or {}
    return seo.social_tags(
        title=social.get("title") or title or str(seo.site_name()),
        description=description or str(seo.default_description()),
        path=social.get("path") or (request.path if request is not None else "/"),
        og_type=social.get("og_type", "website"),
        image=social.get("image"),
        published=social.get("published"),
        modified=social.get("modified"),
    )


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's JSON-LD (`structured_data` in the context: a dict or a list of them), one script each."""
    items = context.get("structured_data") or []
    if isinstance(items, dict):
        items = [items]
    return mark_safe("\n".join(conditional_escape(seo.json_ld_script(item)) for item in items))


@register.simple_tag
def breadcrumb_json_ld(crumbs):
    return seo.json_ld_script(seo.breadcrumb_list(crumbs)) if crumbs else ""
