"""The Resource Centre's filter checkboxes, built in Python: about ninety per page, which an {% include %} per
checkbox made the slowest part of the listing."""

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import slugify

register = template.Library()
CHECKED = mark_safe(" checked")  # noqa: S308 - a constant


@register.simple_tag
def facet_options(group_name, options):
    """<li> checkbox + label for each option of one facet, checked when chosen."""
    return format_html_join(
        "\n",
        '<li><input type="checkbox" id="{0}" name="{1}" value="{2}"{3}> <label for="{0}">{4} '
        '<span class="facet-count">({5})</span></label></li>',
        (
            (
                f"filter-{group_name}-{slugify(option.value)}",
                group_name,
                option.value,
                CHECKED if option.selected else "",
                option.label,
                option.count,
            )
            for option in options
        ),
    )
