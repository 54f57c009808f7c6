"""The card of one Teaser (core/teasers.py), as markup: the home page, site search, the stories listing and a
resource's related items show up to forty of them, and an `{% include %}` per card (with the picture and the
"Illustrative example" label as further includes) was most of those pages' template time.

The markup is what includes/card.html gave, character for character (the browser tests and the CSS read it).
"""

from django.utils.formats import date_format
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeData, mark_safe
from django.utils.text import Truncator
from django.utils.timezone import template_localtime
from django.utils.translation import get_language, gettext

from innoprocure.core.language import EDITORIAL_LANGUAGE

SUMMARY_WORDS = 40


def picture(image, css_class=""):
    """<img> of a card_image() dict, lazily loaded (the markup of includes/picture.html with lazy=True)."""
    return format_html(
        '<img class="picture{}" src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" loading="lazy" '
        'decoding="async">\n',
        f" {css_class}" if css_class else "",
        image.get("src", ""),
        image.get("srcset", ""),
        image.get("sizes", ""),
        image.get("width", ""),
        image.get("height", ""),
        image.get("alt", ""),
    )


def illustrative_label():
    """The label of invented demo content (includes/illustrative.html without the explanation)."""
    return format_html(
        '\n<p class="illustrative"><span class="badge badge--illustrative">{}</span></p>\n', gettext("Illustrative example")
    )


def _summary(text):
    # As the truncatewords filter: text that was safe stays safe, anything else is escaped.
    cut = Truncator(text).words(SUMMARY_WORDS, truncate=" …")
    return mark_safe(cut) if isinstance(text, SafeData) else conditional_escape(cut)  # safe input


class _Fields:
    """A Teaser's fields, or a dict's (site search gives some sections as dicts); missing ones are empty, as in a
    template."""

    def __init__(self, item):
        self.item = item

    def __getattr__(self, name):
        if isinstance(self.item, dict):
            return self.item.get(name, "")
        return getattr(self.item, name, "")


def card(item, heading_level=3):
    """The <article class="card"> of `item`; `heading_level` is the level of its title's heading."""
    item = _Fields(item)
    language = item.language or EDITORIAL_LANGUAGE
    lang = "" if language == get_language() else format_html(' lang="{}"', language)
    level = heading_level or 3
    day = template_localtime(item.date) if item.date else None
    image = item.image
    lines = [
        format_html('\n<article class="card{}">', " card--image" if image else ""),
        picture(image, "card__image") if image else "",
        format_html('<p class="card__kicker">{}</p>', item.kicker) if item.kicker else "",
        format_html('<h{} class="card__title"{}><a href="{}">{}</a></h{}>', level, lang, item.url, item.title, level),
        illustrative_label() if item.illustrative else "",
        format_html(
            '<p class="card__date"><time datetime="{}">{}</time></p>', date_format(day, "Y-m-d"), date_format(day, "j F Y")
        )
        if day
        else "",
        format_html('<p class="card__summary"{}>{}</p>', lang, _summary(item.summary)) if item.summary else "",
        format_html('<ul class="card__meta">{}</ul>', format_html_join("", "<li>{}</li>", ((fact,) for fact in item.meta)))
        if item.meta
        else "",
    ]
    return mark_safe("\n  ".join(conditional_escape(line) for line in lines) + "\n</article>\n")  # escaped
