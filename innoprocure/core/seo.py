"""What a page says about itself to machines: the description, Open Graph and Twitter cards, and schema.org JSON-LD.

Every address here is built from BASE_URL (settings.WAGTAILADMIN_BASE_URL), never from the request's Host header,
so that link previews, search engines and feed readers see one site however the page was reached.

    absolute("/events/x/")                        # "https://…/events/x/"
    social_tags(title=…, description=…, path=…)   # the <meta> elements of base.html's head
    event(page) / news_article(story) / organisation(centre) / breadcrumb_list(crumbs) / website()
    json_ld_script(data)                          # <script type="application/ld+json"> safe against "</script>"

Each builder reads only the object it is given and what the view already fetched: no queries of its own, so the
metadata keeps every page's query count the same (core/tests/test_query_bounds.py).
"""

import html
import json
import re

from django.conf import settings
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _

SHARE_IMAGE_SPEC = "fill-1200x630-c100|format-jpeg"  # the share image of a page with its own (wagtail_image)
DEFAULT_IMAGE = "img/share.png"  # drawn by innoprocure/core/share_image.py
DEFAULT_IMAGE_SIZE = (1200, 630)
DESCRIPTION_LENGTH = 200  # characters: what search engines and link previews show
OG_LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "pl": "pl_PL", "nl": "nl_NL"}

# What JSON must not contain inside a <script> element (as django.utils.html.json_script escapes it).
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
_TAGS = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def base_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute(url):
    """`url` on BASE_URL; an address that already has a scheme is kept as it is."""
    if not url:
        return base_url() + "/"
    if url.startswith(("http://", "https://")):
        return url
    if url.startswith("//"):
        return base_url().split(":", 1)[0] + ":" + url
    return base_url() + ("" if url.startswith("/") else "/") + url


def site_name():
    return _("Innovation Procurement Platform")


def default_description():
    return _("The European platform for public procurement of innovation and pre-commercial procurement.")


def plain_text(markup, limit=None):
    """Rendered template text (escaped, perhaps with tags) as one line of plain text, shortened to `limit`."""
    text = _SPACE.sub(" ", html.unescape(_TAGS.sub(" ", str(markup or "")))).strip()
    return Truncator(text).chars(limit) if limit else text


def og_locale(language=None):
    language = (language or translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return OG_LOCALES.get(language, translation.to_locale(language))


def default_image():
    return {
        "url": absolute(static(DEFAULT_IMAGE)),
        "width": DEFAULT_IMAGE_SIZE[0],
        "height": DEFAULT_IMAGE_SIZE[1],
        "alt": _("The logo of the Innovation Procurement Platform"),
        "type": "image/png",
    }


def wagtail_image(image, alt=""):
    """A share image (1200 x 630, cropped round the focal point) from a Wagtail image; None without one."""
    from wagtail.images.models import SourceImageIOError

    if image is None:
        return None
    try:
        rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    except SourceImageIOError:  # the original file is missing: the default share image stands in
        return None
    size = {"width": rendition.width, "height": rendition.height}
    return {"url": absolute(rendition.url), **size, "alt": alt, "type": "image/jpeg"}


def social_tags(*, title, description, path, og_type="website", image=None, published=None, modified=None):
    """The Open Graph and Twitter card <meta> elements and the canonical link, as safe markup.

    `title` and `description` are plain text (they are escaped here); `path` is the page's address on this site.
    """
    url = absolute(path)
    image = image or default_image()
    language = translation.get_language() or settings.LANGUAGE_CODE
    properties = [
        ("og:type", og_type),
        ("og:site_name", str(site_name())),
        ("og:title", title),
        ("og:description", description),
        ("og:url", url),
        ("og:locale", og_locale(language)),
        *(
            ("og:locale:alternate", og_locale(code))
            for code, _name in settings.LANGUAGES
            if code.split("-")[0] != language.split("-")[0]
        ),
        ("og:image", image["url"]),
        ("og:image:type", image.get("type", "")),
        ("og:image:width", str(image.get("width", ""))),
        ("og:image:height", str(image.get("height", ""))),
        ("og:image:alt", image.get("alt", "")),
    ]
    if og_type == "article":
        properties += [("article:published_time", published or ""), ("article:modified_time", modified or "")]
    names = [
        ("twitter:card", "summary_large_image"),
        ("twitter:title", title),
        ("twitter:description", description),
        ("twitter:image", image["url"]),
        ("twitter:image:alt", image.get("alt", "")),
    ]
    return format_html(
        '<link rel="canonical" href="{}">\n  {}\n  {}',
        url,
        format_html_join("\n  ", '<meta property="{}" content="{}">', ((key, value) for key, value in properties if value)),
        format_html_join("\n  ", '<meta name="{}" content="{}">', ((key, value) for key, value in names if value)),
    )


def json_ld_script(data):
    """JSON-LD as safe markup for a <script type="application/ld+json"> element: "<", ">" and "&" are written as
    \\u escapes, so no text inside it (a title such as "</script><script>…") can end the element."""
    text = json.dumps(data, ensure_ascii=False, indent=1).translate(_JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # escaped above


# --- schema.org -----------------------------------------------------------------------------------------------------


def publisher():
    """The platform as the publisher of its pages."""
    return {
        "@type": "Organization",
        "@id": absolute("/#organization"),
        "name": str(site_name()),
        "url": absolute("/"),
        "logo": {"@type": "ImageObject", "url": absolute(static("img/icon-64.png")), "width": 64, "height": 64},
    }


def website():
    """The site, with the search box search engines may show (schema.org SearchAction on the site search)."""
    from django.urls import reverse

    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "@id": absolute("/#website"),
        "name": str(site_name()),
        "description": str(default_description()),
        "url": absolute("/"),
        "inLanguage": translation.get_language() or settings.LANGUAGE_CODE,
        "publisher": publisher(),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": absolute(reverse("site_search")) + "?q={search_term_string}"},
            "query-input": "required name=search_term_string",
        },
    }


def breadcrumb_list(crumbs):
    """BreadcrumbList of the trail the page shows: Home, then each crumb ({label, url})."""
    items = [{"label": _("Home"), "url": "/"}, *crumbs]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": str(item["label"]), "item": absolute(item["url"])}
            for position, item in enumerate(items, start=1)
        ],
    }


def event(page, url=None, image=None):
    """schema.org Event of an events.EventPage; the page's country must be fetched with it (select_related).

    `image` is its share image (wagtail_image) if it has one."""
    url = url or absolute(page.url)
    if page.is_in_person and page.is_online:
        mode = "https://schema.org/MixedEventAttendanceMode"
    elif page.is_online:
        mode = "https://schema.org/OnlineEventAttendanceMode"
    else:
        mode = "https://schema.org/OfflineEventAttendanceMode"
    if page.all_day:
        start, end = page.local_start.date().isoformat(), page.local_end.date().isoformat()
    else:
        start, end = page.local_start.isoformat(), page.local_end.isoformat()
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": url,
        "startDate": start,
        "endDate": end,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": mode,
        "image": [(image or default_image())["url"]],
    }
    # The registration link only while registration is open, as the page shows it.
    registration = page.registration_url if page.registration_open() else ""
    locations = []
    if page.is_in_person:
        address = {"@type": "PostalAddress"}
        if page.city:
            address["addressLocality"] = page.city
        if page.country_id:
            address["addressCountry"] = page.country.code
        locations.append({"@type": "Place", "name": page.venue or page.city or str(page.country or ""), "address": address})
    if page.is_online:
        locations.append({"@type": "VirtualLocation", "url": registration or url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    organiser = {"@type": "Organization", "name": page.organiser}
    if page.organiser_url:
        organiser["url"] = page.organiser_url
    data["organizer"] = organiser
    if page.language_id:
        data["inLanguage"] = page.language.code
    if page.cost_type == "free":
        data["isAccessibleForFree"] = True
    if not page.is_past() and (page.cost_type == "free" or registration):
        offer = {"@type": "Offer", "url": registration or url, "availability": "https://schema.org/InStock"}
        if page.cost_type == "free":
            offer.update({"price": 0, "priceCurrency": "EUR"})
        data["offers"] = offer
    return data


def news_article(story, url=None, image=None):
    """schema.org NewsArticle of a stories.StoryPage; `image` is its share image (wagtail_image) if it has one."""
    url = url or absolute(story.url)
    published = story.moment
    modified = max(story.last_published_at or published, published)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title[:110],
        "description": story.teaser,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "articleSection": str(story.category_label),
        "inLanguage": translation.get_language() or settings.LANGUAGE_CODE,
        "author": {"@type": "Organization", "name": str(site_name()), "url": absolute("/")},
        "publisher": publisher(),
        "image": [(image or default_image())["url"]],
    }
    return data


def organisation(centre, url, network=None):
    """schema.org GovernmentOrganization of a network.CompetenceCentre (country fetched with it); `network` is the
    network's index page as a crumb ({label, url})."""
    network = network or {"label": "P2I Network", "url": "/network/"}
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": centre.name,
        "url": url,
        "areaServed": {"@type": "Country", "name": centre.country.name, "identifier": centre.country.code},
        "address": {"@type": "PostalAddress", "addressCountry": centre.country.code},
        "memberOf": {"@type": "Organization", "name": str(network["label"]), "url": absolute(network["url"])},
    }
    if centre.description:
        data["description"] = centre.description
    if centre.website:
        data["sameAs"] = centre.website
    if centre.parent_organisation:
        data["parentOrganization"] = {"@type": "GovernmentOrganization", "name": centre.parent_organisation}
    if centre.established_year:
        data["foundingDate"] = str(centre.established_year)
    return data
