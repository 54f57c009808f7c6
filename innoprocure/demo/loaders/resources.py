"""Demo content of the Resource Centre: the /resources/ page and about 170 resources with real attachment files,
among them the multi-page guides, templates and worksheets of content/resources/documents/.

Idempotent by slug: a resource that exists is left alone, so a second run creates and changes nothing.
Attachment text is extracted during loading (not by the task worker), so that demo documents are searchable
as soon as the loader has finished.
"""

from datetime import timedelta
from io import StringIO

from django.core.files.base import ContentFile
from django.core.management import call_command, get_commands
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from innoprocure.core.models import Country, Language, ProcurementStage, Sector
from innoprocure.core.site import ensure_child_page, ensure_home_page
from innoprocure.demo import filebuilders
from innoprocure.demo.loaders.resources_data import ATTACHMENT_ONLY_WORDS, HAND_WRITTEN
from innoprocure.demo.loaders.resources_documents import DOCUMENTS
from innoprocure.demo.loaders.resources_generated import generated_entries
from innoprocure.resources.models import Resource, ResourceAttachment, ResourceIndexPage, ResourceTag

__all__ = ["ATTACHMENT_ONLY_WORDS", "demo_entries", "load"]

INTRODUCTION = (
    "Case studies, guidance, reports, templates, laws and projects on public procurement of innovation and "
    "pre-commercial procurement from across Europe. Search by keyword — the text inside the documents is "
    "searched too — and narrow down by type, sector, country, language, procurement stage and year."
)


def demo_entries():
    """Every demo resource, hand-written first, the platform's own with their multi-page documents; slugs are unique."""
    entries = [{**item, "attachments": item["attachments"] + DOCUMENTS.get(item["slug"], [])} for item in HAND_WRITTEN]
    used = {item["slug"] for item in entries}
    return entries + generated_entries(used)


def build_file(kind, title, content):
    """(file name, bytes) of a demo attachment; built once per process (tests load the demo many times)."""
    key = (kind, title, repr(content))
    if key not in _built_files:
        _built_files[key] = _build_file(kind, title, content)
    return _built_files[key]


_built_files = {}


def _build_file(kind, title, content):
    if kind == "pdf":
        data = filebuilders.build_pdf(title, content)
    elif kind == "docx":
        data = filebuilders.build_docx(title, content)
    elif kind == "odt":
        data = filebuilders.build_odt(title, content)
    elif kind == "ods":
        data = filebuilders.build_ods(title, content)
    elif kind == "xlsx":
        data = filebuilders.build_xlsx(title, content)
    elif kind == "pptx":
        data = filebuilders.build_pptx(content)
    elif kind == "rtf":
        data = filebuilders.build_rtf(title, content)
    elif kind == "txt":
        data = ("\n".join([title, ""] + list(content)) + "\n").encode()
    else:
        raise ValueError(f"Unknown demo attachment kind {kind!r}")
    return f"{slugify(title)[:60]}.{kind}", data


def _body_html(paragraphs):
    from django.utils.html import escape

    return "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)


@transaction.atomic
def load(out):
    home = ensure_home_page()
    ensure_child_page(home, ResourceIndexPage, "resources", title="Resource Centre", introduction=INTRODUCTION)

    entries = demo_entries()
    existing = set(Resource.objects.filter(slug__in=[item["slug"] for item in entries]).values_list("slug", flat=True))
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    stages = {stage.slug: stage for stage in ProcurementStage.objects.all()}
    countries = {country.code: country for country in Country.objects.all()}
    languages = {language.code: language for language in Language.objects.all()}

    now = timezone.now()
    new_entries = [item for item in entries if item["slug"] not in existing]
    # Rows are written in bulk as unpublished drafts; each live resource is then published with one save, so
    # that search indexes it once, complete, instead of after every relation and attachment.
    resources = Resource.objects.bulk_create(
        [
            Resource(
                title=item["title"],
                slug=item["slug"],
                summary=item["summary"],
                body=_body_html(item["body"]),
                resource_type=item["resource_type"],
                approach=item["approach"],
                main_language=languages[item["main_language"]],
                publication_year=item["publication_year"],
                publisher=item["publisher"],
                external_url=item["external_url"],
                licence=item["licence"],
                project_partners=item["project_partners"],
                project_start=item["project_start"],
                project_end=item["project_end"],
                illustrative=item["illustrative"],
                live=False,
                has_unpublished_changes=True,
            )
            for item in new_entries
        ]
    )
    if connection.features.can_return_rows_from_bulk_insert is False:
        # Databases that do not return the new ids from a bulk insert: read them back.
        ids = dict(Resource.objects.filter(slug__in=[item["slug"] for item in new_entries]).values_list("slug", "pk"))
        for resource in resources:
            resource.pk = ids[resource.slug]

    for field_name, lookup in (("sectors", sectors), ("stages", stages), ("countries", countries), ("languages", languages)):
        field = Resource._meta.get_field(field_name)
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        field.remote_field.through.objects.bulk_create(
            [
                field.remote_field.through(**{source: resource.pk, target: lookup[key].pk})
                for resource, item in zip(resources, new_entries, strict=True)
                for key in item[field_name]
            ]
        )
    _add_tags(resources, new_entries)

    attachments = 0
    for resource, item in zip(resources, new_entries, strict=True):
        for order, (kind, title, content) in enumerate(item["attachments"]):
            name, data = build_file(kind, title, content)
            attachment = ResourceAttachment(resource=resource, title=title, file=ContentFile(data, name=name), sort_order=order)
            attachment.extract_now = True
            attachment.save()
            attachments += 1

    _publish(resources, new_entries, {item["slug"]: index for index, item in enumerate(entries)}, now)
    created = len(resources)

    # Related resources: each new resource is linked to up to three others that share its first sector and type.
    if created:
        _link_related(entries, existing)
    out.write(f" resources: {created} created ({attachments} attachments), {len(existing)} already there\n")


def _publish(resources, new_entries, position, now):
    """Make the live demo resources live, and have search index them.

    With the search app's rebuild command (meant for bulk changes made without signals) the whole catalogue is
    indexed in one pass, which takes a fraction of the time of indexing resource by resource.
    """
    live = []
    for resource, item in zip(resources, new_entries, strict=True):
        if item["live"]:
            # Newest on the platform first: hand-written items were "published" most recently, one every two days.
            index = position[item["slug"]]
            resource.live, resource.has_unpublished_changes = True, False
            resource.first_published_at = resource.last_published_at = now - timedelta(days=2 * index, hours=index % 7)
            live.append(resource)
    fields = ["live", "has_unpublished_changes", "first_published_at", "last_published_at"]
    if "rebuild_search_index" in get_commands():
        Resource.objects.bulk_update(live, fields, batch_size=200)
        call_command("rebuild_search_index", stdout=StringIO())
    else:
        for resource in live:
            resource.save(update_fields=fields)


def _add_tags(resources, new_entries):
    from taggit.models import Tag

    names = sorted({name for item in new_entries for name in item["tags"]})
    tags = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    for name in names:
        if name not in tags:
            tags[name] = Tag.objects.create(name=name, slug=_unique_tag_slug(name))
    ResourceTag.objects.bulk_create(
        [
            ResourceTag(content_object_id=resource.pk, tag=tags[name])
            for resource, item in zip(resources, new_entries, strict=True)
            for name in item["tags"]
        ]
    )


def _unique_tag_slug(name):
    from taggit.models import Tag

    base = slugify(name, allow_unicode=True)[:90] or "tag"
    slug, number = base, 2
    while Tag.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _link_related(entries, existing):
    new_slugs = [item["slug"] for item in entries if item["slug"] not in existing]
    resources = {resource.slug: resource for resource in Resource.objects.filter(live=True).prefetch_related("sectors")}
    by_key = {}
    for resource in resources.values():
        first_sector = min((sector.slug for sector in resource.sectors.all()), default="")
        by_key.setdefault((resource.resource_type, first_sector), []).append(resource)
    for slug in new_slugs:
        resource = resources.get(slug)
        if resource is None:
            continue
        first_sector = min((sector.slug for sector in resource.sectors.all()), default="")
        siblings = sorted(
            (other for other in by_key.get((resource.resource_type, first_sector), []) if other.pk != resource.pk),
            key=lambda other: (abs(other.publication_year - resource.publication_year), other.slug),
        )[:3]
        if siblings:
            Resource.related_resources.through.objects.bulk_create(
                [Resource.related_resources.through(from_resource_id=resource.pk, to_resource_id=other.pk) for other in siblings]
            )
