from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import slugify

register = template.Library()
CHECKED = mark_safe(" checked")  # noqa: S308 - a constant


@register.simple_tag
def page_breadcrumbs(page):
    """The trail from below the home page down to `page`, as [{label, url}]."""
    ancestors = page.get_ancestors().live().specific(defer=True)[2:] if page.depth > 2 else []
    crumbs = [{"label": ancestor.title, "url": ancestor.url} for ancestor in ancestors]
    if page.depth > 2:
        crumbs.append({"label": page.title, "url": page.url})
    return crumbs


@register.simple_tag(takes_context=True)
def language_links(context):
    """This page in every language the site offers, each named in its own language; empty when there is only one.

    Plain links, not a form: the page needs no CSRF token, so anonymous visitors can be served from the page cache.
    """
    if len(settings.LANGUAGES) < 2:
        return []
    request = context["request"]
    current = translation.get_language()
    return [
        {
            "code": code,
            "name": translation.get_language_info(code)["name_local"],
            "url": translate_url(request.get_full_path(), code),
            "current": code == current,
        }
        for code, _name in settings.LANGUAGES
    ]


@register.simple_tag
def filter_checkboxes(name, options):
    """<li> checkbox and label for each option of a listing's filter ({value, label, count, selected}, as objects or
    dicts). Built in Python because a listing has dozens of them and a template include per checkbox was the
    slowest part of its page."""

    def get(option, key):
        return option[key] if isinstance(option, dict) else getattr(option, key)

    return format_html_join(
        "\n",
        '<li><input type="checkbox" id="{0}" name="{1}" value="{2}"{3}> <label for="{0}">{4} '
        '<span class="facet-count">({5})</span></label></li>',
        (
            (
                f"filter-{name}-{slugify(get(option, 'value'))}",
                name,
                get(option, "value"),
                CHECKED if get(option, "selected") else "",
                get(option, "label"),
                get(option, "count"),
            )
            for option in options
        ),
    )


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
