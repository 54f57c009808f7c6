"""Cleaning HTML that users (not editors) supply, with nh3.

    from innoprocure.core.sanitize import clean_html, clean_text

    application.motivation_html = clean_html(form.cleaned_data["motivation"])

Keeps simple formatting (paragraphs, emphasis, lists, headings h2–h4, quotes, tables, links) and drops everything that
could run or load something: scripts, styles, event handlers, iframes, images, forms, inline CSS and any URL scheme
other than http, https and mailto. Links get rel="nofollow noopener noreferrer" so that spam links earn nothing.
"""

import nh3
from django.utils.safestring import mark_safe

ALLOWED_TAGS = {
    "p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "code", "pre", "blockquote",
    "ul", "ol", "li", "h2", "h3", "h4", "a", "abbr",
    "table", "caption", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
}
URL_SCHEMES = {"http", "https", "mailto"}
# Whose content goes too, not just the tag.
DROP_WITH_CONTENT = {"script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "title"}


def clean_html(html):
    """Safe HTML (marked safe for templates) from untrusted HTML; None and "" give ""."""
    if not html:
        return mark_safe("")  # empty
    cleaned = nh3.clean(
        str(html),
        tags=ALLOWED_TAGS,
        clean_content_tags=DROP_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener noreferrer",
        strip_comments=True,
    )
    return mark_safe(cleaned)  # nh3 has just removed everything unsafe


def clean_text(html):
    """Only the text of untrusted HTML, with every tag removed (for plain-text fields, e-mails and search)."""
    if not html:
        return ""
    return nh3.clean(str(html), tags=set(), clean_content_tags=DROP_WITH_CONTENT, strip_comments=True)
