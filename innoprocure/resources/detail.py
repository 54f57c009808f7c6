"""The resource page: metadata with filter links, attachments, related items, citation and schema.org JSON-LD."""

from urllib.parse import urlencode

import nh3
from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.rich_text import expand_db_html

from innoprocure.core import seo
from innoprocure.core.images import DETAIL_SPECS, card_image, detail_image, load_detail_image, with_images
from innoprocure.core.models import Country
from innoprocure.core.seo import json_ld_script
from innoprocure.core.teasers import Teaser
from innoprocure.core.uploads import safe_download_headers
from innoprocure.resources.models import Resource, ResourceType

# schema.org types for each kind of resource; anything else is a CreativeWork.
SCHEMA_TYPES = {
    ResourceType.CASE_STUDY: "Article",
    ResourceType.REPORT: "Report",
    ResourceType.LEGAL: "Legislation",
    ResourceType.TRAINING: "LearningResource",
    ResourceType.TOOL: "DigitalDocument",
    ResourceType.LINK: "WebPage",
}

MORE_LIKE_THIS = 5


def listing_url(**params):
    """The Resource Centre listing filtered by the given parameters (the listing's own URL parameters)."""
    base = reverse("wagtail_serve", args=["resources/"])
    return f"{base}?{urlencode(params)}" if params else base


def live_resources():
    return Resource.objects.filter(live=True)


def with_relations(queryset):
    # The image with every rendition the page needs (its picture and its share image) in one query more.
    queryset = with_images(queryset, specs=(*DETAIL_SPECS, seo.SHARE_IMAGE_SPEC))
    return queryset.select_related("main_language").prefetch_related(
        "sectors", "stages", "countries", "languages", "tags", "attachments"
    )


def teaser(resource):
    return Teaser(
        title=resource.title,
        url=resource.get_absolute_url(),
        summary=resource.summary,
        kicker=resource.get_resource_type_display(),
        meta=[str(resource.publication_year)] + ([resource.publisher] if resource.publisher else []),
        illustrative=resource.illustrative,
        language=resource.main_language_id or "",
        image=card_image(resource),
    )


def more_like_this(resource, exclude_ids=(), limit=MORE_LIKE_THIS):
    """The search service's most similar resources, topped up with the newest of the same type and sector.

    The search service knows only what it has indexed (not a draft in preview, nor a resource with few words
    in common with others), so the top-up keeps the section useful.
    """
    from innoprocure.resources.search import more_like_this as similar_by_text

    excluded = {resource.pk, *exclude_ids}
    found = [item for item in similar_by_text(resource, limit=limit + len(excluded)) if item.pk not in excluded][:limit]
    sector_ids = [sector.pk for sector in resource.sectors.all()]
    if len(found) < limit and sector_ids:
        excluded |= {item.pk for item in found}
        candidates = live_resources().filter(sectors__in=sector_ids).exclude(pk__in=[pk for pk in excluded if pk])
        same_type = candidates.filter(resource_type=resource.resource_type).distinct().order_by("-publication_year", "title")
        found += list(same_type[: limit - len(found)])
        if len(found) < limit:
            excluded |= {item.pk for item in found}
            others = candidates.exclude(pk__in=[pk for pk in excluded if pk]).distinct().order_by("-publication_year", "title")
            found += list(others[: limit - len(found)])
    return found


def citation(resource, url, today=None):
    """A suggested citation: publisher (year). Title. Platform. URL (accessed date)."""
    today = today or timezone.localdate()
    author = resource.publisher or settings.WAGTAIL_SITE_NAME
    return _("%(author)s (%(year)s). %(title)s. %(platform)s. %(url)s (accessed %(date)s).") % {
        "author": author,
        "year": resource.publication_year,
        "title": resource.title,
        "platform": settings.WAGTAIL_SITE_NAME,
        "url": url,
        "date": date_format(today, "j F Y"),
    }


def json_ld(resource, url):
    """schema.org metadata of the resource, as a dict."""
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(resource.resource_type, "CreativeWork"),
        "name": resource.title,
        "headline": resource.title[:110],
        "description": resource.summary,
        "url": url,
        "datePublished": str(resource.publication_year),
        "inLanguage": [language.code for language in resource.languages.all()] or resource.main_language_id,
        "keywords": ", ".join([tag.name for tag in resource.tags.all()] + [sector.name for sector in resource.sectors.all()]),
        "genre": resource.get_resource_type_display(),
        "isAccessibleForFree": True,
    }
    if resource.publisher:
        data["publisher"] = {"@type": "Organization", "name": resource.publisher}
    licence = resource.licence_info
    if licence and licence.url:
        data["license"] = licence.url
    if resource.external_url:
        data["sameAs"] = resource.external_url
    countries = [country.name for country in resource.countries.all()]
    if countries:
        data["spatialCoverage"] = [{"@type": "Place", "name": name} for name in countries]
    if resource.last_published_at:
        data["dateModified"] = resource.last_published_at.isoformat()
    if resource.resource_type == ResourceType.PROJECT:
        data["contributor"] = [{"@type": "Organization", "name": name} for name, _code in resource.partner_list]
        if resource.project_start:
            data["temporalCoverage"] = (
                f"{resource.project_start.isoformat()}/{resource.project_end.isoformat() if resource.project_end else '..'}"
            )
    return data


def metadata(resource):
    """Each metadata field as (label, [(text, filter URL or "")]); empty fields are left out."""
    rows = [
        (_("Type"), [(resource.get_resource_type_display(), listing_url(type=resource.resource_type))]),
        (_("Approach"), [(resource.get_approach_display(), listing_url(approach=resource.approach))]),
        (_("Sectors"), [(sector.name, listing_url(sector=sector.slug)) for sector in resource.sectors.all()]),
        (
            _("Procurement stages"),
            [(stage.name, listing_url(stage=stage.slug)) for stage in sorted(resource.stages.all(), key=lambda s: s.order)],
        ),
        (_("Countries"), [(country.name, listing_url(country=country.code)) for country in resource.countries.all()]),
        (_("Languages"), [(language.name, listing_url(language=language.code)) for language in resource.languages.all()]),
        (_("Year"), [(str(resource.publication_year), listing_url(year=resource.publication_year))]),
        (_("Publisher"), [(resource.publisher, "")] if resource.publisher else []),
        (_("Licence"), [(str(resource.licence_info), resource.licence_info.url)] if resource.licence_info else []),
    ]
    return [(label, values) for label, values in rows if values]


def project_facts(resource):
    if resource.resource_type != ResourceType.PROJECT and not (resource.project_partners or resource.project_start):
        return None
    codes = {code for _name, code in resource.partner_list if code}
    names = dict(Country.objects.filter(code__in=codes).values_list("code", "name")) if codes else {}
    return {
        "partners": [{"name": name, "code": code, "country": names.get(code, code)} for name, code in resource.partner_list],
        "start": resource.project_start,
        "end": resource.project_end,
        "status": _project_status(resource.project_start, resource.project_end),
    }


def _project_status(start, end):
    """("open" | "closed", label) for the badge next to the dates, or None without a start date."""
    today = timezone.localdate()
    if start is None:
        return None
    if start > today:
        return ("closing", _("Not started yet"))
    if end is not None and end < today:
        return ("closed", _("Finished"))
    return ("open", _("Running"))


def attachment_rows(resource, index_page_url):
    rows = []
    for attachment in resource.attachments.all():
        if not attachment.is_downloadable:
            continue
        rows.append(
            {
                "title": attachment.title,
                "type": attachment.type_label,
                "size": filesizeformat(attachment.size),
                "url": f"{index_page_url}{resource.slug}/attachments/{attachment.pk}/",
            }
        )
    return rows


def body_html(resource):
    """The body as HTML: internal links expanded, then sanitised (rich text may also arrive through imports)."""
    if not resource.body:
        return ""
    return mark_safe(nh3.clean(expand_db_html(resource.body)))  # sanitised by nh3


def detail_context(request, resource, preview=False):
    from innoprocure.resources.models import ResourceIndexPage

    index_url = listing_url()
    url = seo.absolute(resource.get_absolute_url())
    permalink = seo.absolute(reverse("wagtail_serve", args=[f"resources/id/{resource.pk}/"])) if resource.pk else url
    related = [item for item in resource.related_resources.all() if item.live and item.pk != resource.pk]
    similar = more_like_this(resource, exclude_ids=[item.pk for item in related])
    share_image = seo.wagtail_image(load_detail_image(resource), resource.image_alt)
    return {
        "page": ResourceIndexPage.objects.live().first(),
        "resource": resource,
        "is_preview": preview,
        "body_html": body_html(resource),
        "picture": detail_image(resource),
        "metadata": metadata(resource),
        "tags": [(tag.name, listing_url(q=f'"{tag.name}"')) for tag in resource.tags.all()],
        "project": project_facts(resource),
        "attachments": attachment_rows(resource, index_url),
        "related": [teaser(item) for item in related],
        "more_like_this": [teaser(item) for item in similar],
        "url": url,
        "permalink": permalink,
        "citation": citation(resource, permalink),
        "json_ld": json_ld_script(json_ld(resource, url)),
        "social": {
            "og_type": "article",
            "image": share_image,
            "published": str(resource.publication_year),
            "modified": resource.last_published_at.isoformat() if resource.last_published_at else "",
        },
        "index_url": index_url,
        "breadcrumbs": [{"label": _("Resource Centre"), "url": index_url}, {"label": resource.title, "url": url}],
    }


def render_detail(request, index_page, resource):
    """`resource` comes from with_relations(), so its facets and attachments are already fetched."""
    context = detail_context(request, resource)
    context["page"] = index_page
    context["self"] = index_page
    return TemplateResponse(request, "resources/resource_detail.html", context)


def permalink_redirect(request, resource_id):
    resource = live_resources().filter(pk=resource_id).only("slug").first()
    if resource is None:
        raise Http404(_("No such resource."))
    return redirect(resource.get_absolute_url())


def download_attachment(request, slug, attachment_id):
    """The file of an attachment of a live resource, always as a download (never rendered by the browser)."""
    resource = live_resources().filter(slug=slug).first()
    attachment = resource.attachments.filter(pk=attachment_id).first() if resource else None
    if attachment is None or not attachment.is_downloadable:
        raise Http404(_("No such attachment."))
    try:
        handle = attachment.file.open("rb")
    except OSError:
        raise Http404(_("The file is not available."))
    filename = f"{slugify(attachment.title)[:80] or 'attachment'}.{attachment.file_type}"
    return safe_download_headers(FileResponse(handle), filename)
