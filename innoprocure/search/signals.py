"""Signals that keep the index current: a resource, its attachments (text extraction saves them), its tags and
its many-to-many facets; and the version bump when a facet label (sector, stage) changes.

Fixture loading (raw saves) is left alone; `manage.py rebuild_search_index` covers bulk changes made without
signals (queryset.update, bulk_create).
"""

from django.db import connection
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from innoprocure.search import indexer
from innoprocure.search.models import IndexState


def _index(*resource_ids):
    indexer.index_resources([rid for rid in resource_ids if rid is not None])


def resource_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _index(instance.pk)


def resource_deleting(sender, instance, **kwargs):
    indexer.remove_resource(instance.pk)


def child_saved(sender, instance, raw=False, **kwargs):
    """An attachment or a tag of a resource was saved or deleted."""
    if raw:
        return
    resource_id = getattr(instance, "resource_id", None) or getattr(instance, "content_object_id", None)
    _index(resource_id)


def facets_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:
        # e.g. sector.resource_set.add(...): pk_set holds resources (None after a reverse clear).
        if pk_set:
            _index(*pk_set)
        else:
            indexer.bump_version()
    else:
        _index(instance.pk)


def tag_saved(sender, instance, raw=False, **kwargs):
    """A renamed tag changes the text of every resource that has it."""
    from innoprocure.resources.models import ResourceTag

    if not raw:
        _index(*ResourceTag.objects.filter(tag=instance).values_list("content_object_id", flat=True))


def label_changed(sender, raw=False, **kwargs):
    # Sectors are also created by the post-migrate taxonomy sync, possibly before this app's tables exist.
    if not raw and IndexState._meta.db_table in connection.introspection.table_names():
        indexer.bump_version()


def taxonomy_deleting(sender, instance, **kwargs):
    """Deleting a sector or stage removes its links without m2m signals: remember whom it concerned."""
    from innoprocure.resources.models import Resource

    lookup = {"sectors": instance} if sender._meta.model_name == "sector" else {"stages": instance}
    instance._search_resource_ids = list(Resource.objects.filter(**lookup).values_list("pk", flat=True))


def taxonomy_deleted(sender, instance, **kwargs):
    _index(*getattr(instance, "_search_resource_ids", []))
    indexer.bump_version()


def connect():
    from taggit.models import Tag

    from innoprocure.core.models import ProcurementStage, Sector
    from innoprocure.resources.models import Resource, ResourceAttachment, ResourceTag

    uid = "sitesearch"
    post_save.connect(resource_saved, sender=Resource, dispatch_uid=f"{uid}-resource-saved")
    pre_delete.connect(resource_deleting, sender=Resource, dispatch_uid=f"{uid}-resource-deleting")
    for model in (ResourceAttachment, ResourceTag):
        post_save.connect(child_saved, sender=model, dispatch_uid=f"{uid}-{model.__name__}-saved")
        post_delete.connect(child_saved, sender=model, dispatch_uid=f"{uid}-{model.__name__}-deleted")
    for field_name in ("sectors", "stages", "countries", "languages"):
        through = Resource._meta.get_field(field_name).remote_field.through
        m2m_changed.connect(facets_changed, sender=through, dispatch_uid=f"{uid}-{field_name}-changed")
    post_save.connect(tag_saved, sender=Tag, dispatch_uid=f"{uid}-tag-saved")
    for model in (Sector, ProcurementStage):
        post_save.connect(label_changed, sender=model, dispatch_uid=f"{uid}-{model.__name__}-saved")
    for model in (Sector, ProcurementStage):
        pre_delete.connect(taxonomy_deleting, sender=model, dispatch_uid=f"{uid}-{model.__name__}-deleting")
        post_delete.connect(taxonomy_deleted, sender=model, dispatch_uid=f"{uid}-{model.__name__}-deleted")
