"""What the Resource Centre gives the search engine: live resources with their text, attachments and facets.

Resources are loaded in bulk (a few queries for any number of them), because a catalogue of 100,000 is rebuilt
in one go. The names of its countries and sectors are indexed too ("hospital Spain", "energy Portugal"); not those of
its type or approach, whose labels ("Public procurement of innovative solutions") would match every phrase.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from taggit.models import Tag

from innoprocure.core import taxonomies
from innoprocure.core.models import ProcurementStage, Sector
from innoprocure.core.navigation import localised
from innoprocure.resources.models import Resource, ResourceAttachment, ResourceTag
from innoprocure.search import registry, signals
from innoprocure.search.analysis import analyser_for
from innoprocure.search.indexer import chunks
from innoprocure.search.registry import DEFAULT_WEIGHTS, Document, DocumentType, Section, html_to_text

KEY = "resources.resource"
# (facet, Resource many-to-many field, value on the related model)
MANY_TO_MANY = (
    ("sector", "sectors", "slug"),
    ("stage", "stages", "slug"),
    ("country", "countries", "pk"),
    ("language", "languages", "pk"),
)
WEIGHTS = {**DEFAULT_WEIGHTS, "context": 3.0}

with override("en"):  # the names a query is most likely to use: "hospital Spain", "energy Portugal"
    COUNTRY_NAMES = {code: str(name) for code, name, _eu in taxonomies.COUNTRIES if code != taxonomies.EU_WIDE}
    SECTOR_NAMES = {slug: str(name) for slug, name in taxonomies.SECTORS}


class ResourceDocuments(DocumentType):
    key = KEY
    section = "resources"
    body_field = "body"

    def visible(self):
        return Resource.objects.filter(live=True)

    def documents(self, ids):
        rows = Resource.objects.filter(pk__in=list(ids), live=True).values(
            "pk", "title", "summary", "body", "publisher", "resource_type", "approach", "publication_year",
            "first_published_at", "created_at", "main_language_id",
        )  # fmt: skip
        rows = {row["pk"]: row for row in rows}
        if not rows:
            return {}
        ids = list(rows)
        multi = {rid: {name: [] for name, _f, _v in MANY_TO_MANY} for rid in ids}
        for name, field_name, value in MANY_TO_MANY:
            m2m = Resource._meta.get_field(field_name)
            through = m2m.remote_field.through
            source, target = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
            column = f"{target}_id" if value == "pk" else f"{target}__{value}"
            for batch in chunks(ids):
                for rid, item in through.objects.filter(**{f"{source}_id__in": batch}).values_list(f"{source}_id", column):
                    multi[rid][name].append(item)
        tag_names = {rid: [] for rid in ids}
        tag_slugs = {rid: [] for rid in ids}
        attachment_texts = {rid: [] for rid in ids}
        for batch in chunks(ids):
            for rid, name, slug in ResourceTag.objects.filter(content_object_id__in=batch).values_list(
                "content_object_id", "tag__name", "tag__slug"
            ):
                tag_names[rid].append(name)
                tag_slugs[rid].append(slug)
            attachments = (
                ResourceAttachment.objects.filter(resource_id__in=batch)
                .exclude(extracted_text="")
                .order_by("resource_id", "sort_order", "pk")
                .values_list("resource_id", "extracted_text")
            )
            for rid, text in attachments:
                attachment_texts[rid].append(text)
        documents = {}
        for rid, row in rows.items():
            body_text = html_to_text(row["body"])
            context = " · ".join(
                [COUNTRY_NAMES.get(code, "") for code in sorted(multi[rid]["country"])]
                + [SECTOR_NAMES.get(slug, "") for slug in sorted(multi[rid]["sector"])]
            )
            texts = [
                ("title", row["title"]),
                ("tags", " · ".join(sorted(tag_names[rid]))),
                ("summary", row["summary"]),
                ("publisher", row["publisher"]),
                ("context", context),
                ("body", body_text),
                ("attachments", "\n\n".join(attachment_texts[rid])),
            ]
            documents[rid] = Document(
                doc_type=KEY,
                object_id=rid,
                analyser=analyser_for(row["main_language_id"]),
                fields=[(name, text, WEIGHTS[name]) for name, text in texts],
                facets={
                    "type": [row["resource_type"]],
                    "approach": [row["approach"]] if row["approach"] else [],
                    "year": [row["publication_year"]] if row["publication_year"] else [],
                    "tag": tag_slugs[rid],
                    **multi[rid],
                },
                published=row["first_published_at"] or row["created_at"],
                title=row["title"],
                body_text=body_text,
            )
        return documents

    def teasers(self, ids):
        from innoprocure.resources.detail import teaser

        return {resource.pk: teaser(resource) for resource in self.visible().filter(pk__in=list(ids)).order_by()}

    watch = (
        (ResourceAttachment, lambda attachment: [attachment.resource_id]),
        (ResourceTag, lambda tagged: [tagged.content_object_id]),
        # A renamed tag changes the text of every resource that has it.
        (Tag, lambda tag: ResourceTag.objects.filter(tag=tag).values_list("content_object_id", flat=True)),
    )

    def connect_signals(self, reindex):
        def facets_changed(sender, instance, action, reverse, pk_set, **kwargs):
            if action not in ("post_add", "post_remove", "post_clear"):
                return
            if not reverse:
                reindex([instance.pk])
            elif pk_set:  # e.g. sector.resource_set.add(...): pk_set holds resources
                reindex(list(pk_set))
            else:  # a reverse clear: whom it concerned is gone; refresh what is stale
                signals.bump_version()

        def taxonomy_deleting(sender, instance, **kwargs):
            """Deleting a sector or stage removes its links without m2m signals: remember whom it concerned."""
            lookup = {"sectors": instance} if sender is Sector else {"stages": instance}
            instance._search_resource_ids = list(Resource.objects.filter(**lookup).values_list("pk", flat=True))

        def taxonomy_deleted(sender, instance, **kwargs):
            reindex(getattr(instance, "_search_resource_ids", []))
            signals.bump_version()

        self._signal_handlers = [facets_changed, taxonomy_deleting, taxonomy_deleted]  # signals keep weak references
        uid = "sitesearch-resources"
        for _facet, field_name, _value in MANY_TO_MANY:
            through = Resource._meta.get_field(field_name).remote_field.through
            m2m_changed.connect(facets_changed, sender=through, dispatch_uid=f"{uid}-{field_name}-changed")
        for model in (Sector, ProcurementStage):
            # A renamed sector or stage: the listing's labels are kept per index version.
            post_save.connect(signals.bump_version, sender=model, dispatch_uid=f"{uid}-{model.__name__}-saved")
            pre_delete.connect(taxonomy_deleting, sender=model, dispatch_uid=f"{uid}-{model.__name__}-deleting")
            post_delete.connect(taxonomy_deleted, sender=model, dispatch_uid=f"{uid}-{model.__name__}-deleted")


registry.register(ResourceDocuments(Resource))
registry.register_section(
    Section("resources", _("Resource Centre"), "/resources/", order=10, full_search_url=lambda: localised("/resources/"))
)
