"""Where files that are not for everybody are kept.

Membership evidence, letters of authorisation and resource attachments are served only through views that check
who may see them. They live outside MEDIA_ROOT (in PRIVATE_MEDIA_ROOT), so no web server or proxy serving /media/
can hand them out.

`delete_files_with_their_owner(Model)` removes a model's files from storage when they are replaced or the row goes.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save, pre_save


class PrivateStorage(FileSystemStorage):
    # Read the setting on every use, so a deployment or a test that changes it is followed.
    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return "/private-media/"  # never served: downloads go through views that check permissions


def private_storage():
    # A callable, so migrations record this reference rather than a path of this machine.
    return PrivateStorage()


def _delete_on_commit(storage, name, keep=None):
    # After the commit: a transaction that rolls back must not have lost a file its rows still name. Whether
    # something else still needs the file is asked then too, once every row of the transaction is in place.
    def delete():
        if keep is None or not keep(name):
            storage.delete(name)

    transaction.on_commit(delete)


def delete_files_with_their_owner(model, still_used=None):
    """Remove `model`'s uploaded files from storage when an upload is replaced or cleared, and when the row is
    deleted, so that no file outlives what owns it (docs/privacy.md). Call once, e.g. in AppConfig.ready().

    `still_used(instance, name)`, when given, is asked after the commit and keeps a file that something else
    still names (another row, a draft revision): the file goes only when nothing does."""
    fields = [field for field in model._meta.concrete_fields if isinstance(field, models.FileField)]
    names = {field.attname for field in fields}
    uid = f"files_of_{model._meta.label_lower}"

    def keeper(instance):
        return None if still_used is None else (lambda name: still_used(instance, name))

    def remember(sender, instance, raw=False, update_fields=None, **kwargs):
        instance._stored_files = {}
        if raw or instance._state.adding or (update_fields is not None and not names & set(update_fields)):
            return
        instance._stored_files = sender._base_manager.filter(pk=instance.pk).values(*names).first() or {}

    def delete_replaced(sender, instance, raw=False, **kwargs):
        for field in fields:
            before = getattr(instance, "_stored_files", {}).get(field.attname)
            if before and before != getattr(instance, field.attname).name:
                _delete_on_commit(field.storage, before, keeper(instance))

    def delete_all(sender, instance, **kwargs):
        for field in fields:
            if name := getattr(instance, field.attname).name:
                _delete_on_commit(field.storage, name, keeper(instance))

    pre_save.connect(remember, sender=model, weak=False, dispatch_uid=f"{uid}_remember")
    post_save.connect(delete_replaced, sender=model, weak=False, dispatch_uid=f"{uid}_replaced")
    post_delete.connect(delete_all, sender=model, weak=False, dispatch_uid=f"{uid}_deleted")
