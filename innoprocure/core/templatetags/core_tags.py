from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from innoprocure.core import cards, navigation
from innoprocure.core.chips import facet_group
from innoprocure.core.language import EDITORIAL_LANGUAGE

register = template.Library()
CHECKED = mark_safe(" checked")  # a constant
EMPTY = mark_safe("")  # a constant


@register.simple_tag
def page_breadcrumbs(page):
    """The trail from below the home page down to `page`, as [{label, url}]: titles and URLs of the ancestors' base
    Page rows (no specific instances needed)."""
    ancestors = page.get_ancestors().live()[2:] if page.depth > 2 else []
    crumbs = [{"label": ancestor.title, "url": ancestor.url} for ancestor in ancestors]
    if page.depth > 2:
        crumbs.append({"label": page.title, "url": page.url})
    return crumbs


@register.simple_tag(takes_context=True)
def language_links(context):
    """This page in every language the site offers, each named in its own language; empty when there is only one.

    Plain links, not a form: the page needs no CSRF token, so anonymous visitors can be served from the page cache.
    Each goes through core.language.choose_language, which remembers the choice and shows this page in that language.
    """
    if len(settings.LANGUAGES) < 2:
        return []
    request = context["request"]
    current = translation.get_language()
    return [
        {
            "code": code,
            "name": name,  # settings.LANGUAGES names each language in its own language
            "url": f"{reverse('choose_language', args=[code])}?{urlencode({'next': request.get_full_path()})}",
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """<link rel="alternate" hreflang> for this page in every offered language, and x-default (the English page that
    negotiates), as absolute URLs from BASE_URL. Nothing on pages that exist in one form only (empty on a single
    language site)."""
    request = context.get("request")
    if request is None or len(settings.LANGUAGES) < 2:
        return ""
    path = request.get_full_path()
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE):
        urls = [(code, translate_url(path, code)) for code, _name in settings.LANGUAGES]
    if len({url for _code, url in urls}) < len(urls):
        return ""
    links = [*urls, ("x-default", urls[0][1])] if urls[0][0] == settings.LANGUAGE_CODE else urls
    return format_html_join("\n  ", '<link rel="alternate" hreflang="{}" href="{}">', ((code, base + url) for code, url in links))


@register.filter
def localised(path):
    """A site path ("/resources/") in the visitor's language ("/de/resources/")."""
    return navigation.localised(path)


@register.simple_tag
def content_lang(language=""):
    """` lang="…"` for content written in `language` (default: the editors' English) when the interface is in
    another language, so that screen readers and translation tools read it in its own language (WCAG 3.1.2)."""
    language = language or EDITORIAL_LANGUAGE
    if language == translation.get_language():
        return ""
    return format_html(' lang="{}"', language)


@register.simple_tag
def filter_checkboxes(name, options):
    """<li> checkbox and label for each option of a listing's filter ({value, label, count, selected}, as objects or
    dicts; a count of None is not shown). Built in Python because a listing has dozens of them and a template include
    per checkbox was the slowest part of its page."""

    def get(option, key):
        return option.get(key) if isinstance(option, dict) else getattr(option, key, None)

    def count(option):
        number = get(option, "count")
        return EMPTY if number is None else format_html(' <span class="facet-count">({})</span>', number)

    return format_html_join(
        "\n",
        '<li><input type="checkbox" id="{0}" name="{1}" value="{2}"{3}> <label for="{0}">{4}{5}</label></li>',
        (
            (
                f"filter-{name}-{slugify(get(option, 'value'))}",
                name,
                get(option, "value"),
                CHECKED if get(option, "selected") else "",
                get(option, "label"),
                count(option),
            )
            for option in options
        ),
    )


@register.inclusion_tag("includes/facet_group.html", takes_context=True)
def checkbox_facet(context, name, label, choices):
    """A group of checkboxes for the (value, label) `choices` of the query parameter `name`, ticked as the request's
    query says, with "Show n more" past the first few: {% checkbox_facet "flag" _("Innovation flags") flag_choices %}."""
    request = context.get("request")
    chosen = set(request.GET.getlist(name)) if request is not None else set()
    options = [{"value": value, "label": text, "count": None, "selected": str(value) in chosen} for value, text in choices]
    return {"group": facet_group(name, label, options)}


@register.inclusion_tag("includes/facet_group.html")
def facet_fieldset(name, label, options):
    """A group of checkboxes for options that know their count and whether they are chosen ({value, label, count,
    selected}), with "Show n more" past the first few: {% facet_fieldset "country" _("Country") facets.country %}."""
    return {"group": facet_group(name, label, options)}


@register.simple_tag
def card(item, heading_level=3):
    """The card of one Teaser (innoprocure.core.cards): {% card item 3 %}."""
    return cards.card(item, heading_level)


@register.filter
def field_anchor(field):
    """The id an error summary links to for a bound field: the field's input, or the first option of a group of
    radio buttons or checkboxes (whose field has no single id to label, so `id_for_label` is empty)."""
    if field.id_for_label:
        return field.id_for_label
    for option in field.subwidgets:
        if option.id_for_label:
            return option.id_for_label
    return field.auto_id or ""


@register.filter
def card_picture(item):
    """The card image of a story, event or resource whose image was loaded with it (core.images.with_images), or None."""
    from innoprocure.core.images import card_image

    return card_image(item)


@register.inclusion_tag("includes/diagram.html")
def diagram(key, caption="", editorial=False):
    """One of the platform's explanatory diagrams (innoprocure.core.diagrams), drawn as accessible SVG.

    `editorial`: the caption is the editors' text (a page body's block), in their language, not the reader's."""
    from django.utils.translation import get_language

    from innoprocure.core import diagrams

    # Marked with the reader's language: it is translated, unlike the editors' text that may surround it.
    language = (get_language() or "en").split("-")[0]
    return {"diagram": diagrams.build(key), "caption": caption, "editorial": editorial, "lang": language}
