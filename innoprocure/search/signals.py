"""Signals that keep the index current for every registered type: saving or deleting an item re-indexes or removes
it (publishing, unpublishing and moving a page save it); changes of watched models re-index the items they concern;
editing the glossary changes the index version so that every process expands queries afresh.

Fixture loading (raw saves) is left alone; `manage.py rebuild_search_index --changed` covers changes made without
signals (queryset.update, bulk_create).
"""

from django.db import connection
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from innoprocure.search import indexer, registry
from innoprocure.search.models import GlossaryConcept, GlossaryTerm, IndexState


def index_later(doc_type, ids):
    """Re-index these items of a type. Done in the same transaction: an item saved is found by the next search."""
    indexer.index_objects(doc_type, [pk for pk in ids if pk is not None])


def _saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for kind in registry.types_for(instance):
        index_later(kind.key, [instance.pk])


def _deleting(sender, instance, **kwargs):
    for kind in registry.types_for(instance):
        indexer.remove_objects(kind.key, [instance.pk])


def _watcher(kind, concerned):
    def changed(sender, instance, raw=False, **kwargs):
        if not raw:
            index_later(kind.key, list(concerned(instance)))

    return changed


def index_ready():
    """False while migrations have not created the index tables yet (post-migrate data is saved before)."""
    return IndexState._meta.db_table in connection.introspection.table_names()


def bump_version(sender=None, raw=False, **kwargs):
    if not raw and index_ready():
        indexer.bump_version()


def connect():
    for kind in registry.types().values():
        uid = f"sitesearch-{kind.key}"
        for model in kind.senders():
            post_save.connect(_saved, sender=model, dispatch_uid=f"{uid}-{model._meta.label}-saved")
            pre_delete.connect(_deleting, sender=model, dispatch_uid=f"{uid}-{model._meta.label}-deleting")
        for number, (model, concerned) in enumerate(kind.watch):
            handler = _watcher(kind, concerned)
            post_save.connect(handler, sender=model, weak=False, dispatch_uid=f"{uid}-watch-{number}-saved")
            post_delete.connect(handler, sender=model, weak=False, dispatch_uid=f"{uid}-watch-{number}-deleted")
        kind.connect_signals(lambda ids, key=kind.key: index_later(key, ids))
    for model in (GlossaryConcept, GlossaryTerm):
        post_save.connect(bump_version, sender=model, dispatch_uid=f"sitesearch-{model.__name__}-saved")
        post_delete.connect(bump_version, sender=model, dispatch_uid=f"sitesearch-{model.__name__}-deleted")
    # Saving a concept in the admin writes its narrower concepts after the concept itself.
    m2m_changed.connect(bump_version, sender=GlossaryConcept.narrower.through, dispatch_uid="sitesearch-glossary-narrower")
