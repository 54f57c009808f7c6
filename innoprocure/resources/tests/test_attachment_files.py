"""Attachment files leave the disk with what owns them: a replaced file, a removed attachment, a deleted
resource; a file a draft or another row still names stays."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile

from innoprocure.resources.models import Resource, ResourceAttachment
from innoprocure.resources.tests.factories import ResourceFactory, attach

pytestmark = pytest.mark.django_db


def files_on_disk():
    root = Path(settings.PRIVATE_MEDIA_ROOT)
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    """Run what waits for the commit (the deletions) as a real transaction's end would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_a_replaced_file_is_deleted(commits):
    attachment = attach(ResourceFactory(), b"First version of the notes", "notes.txt")
    first = attachment.file.name
    with commits():
        attachment.file = ContentFile(b"Second version of the notes", name="notes.txt")
        attachment.save()
    assert files_on_disk() == [attachment.file.name] and first not in files_on_disk()


def test_a_removed_attachment_and_a_deleted_resource_take_their_files(commits):
    resource = ResourceFactory()
    kept = attach(resource, b"Kept annex", "kept.txt")
    removed = attach(resource, b"Removed annex", "removed.txt")
    with commits():
        removed.delete()
    assert files_on_disk() == [kept.file.name]
    with commits():
        Resource.objects.get(pk=resource.pk).delete()
    assert files_on_disk() == []
    assert not ResourceAttachment.objects.exists()


def test_removing_an_attachment_through_a_published_revision_deletes_its_file(commits):
    resource = ResourceFactory()
    kept = attach(resource, b"Kept annex", "kept.txt")
    attach(resource, b"Removed annex", "removed.txt")
    resource = Resource.objects.get(pk=resource.pk)
    resource.attachments.set([ResourceAttachment.objects.get(pk=kept.pk)])
    with commits():
        resource.save_revision().publish()
    assert files_on_disk() == [kept.file.name]
    assert Path(settings.PRIVATE_MEDIA_ROOT, kept.file.name).read_bytes() == b"Kept annex"


def test_a_file_the_draft_still_holds_stays(commits):
    """The live attachment is deleted, but the draft being edited (the latest revision) still has it."""
    resource = ResourceFactory()
    attachment = attach(resource, b"Annex in the draft", "draft.txt")
    Resource.objects.get(pk=resource.pk).save_revision()  # the draft names the file
    with commits():
        ResourceAttachment.objects.filter(pk=attachment.pk).first().delete()
    assert files_on_disk() == [attachment.file.name]


def test_a_rolled_back_deletion_keeps_the_file(commits):
    from django.db import transaction

    attachment = attach(ResourceFactory(), b"Annex", "annex.txt")
    with commits(), pytest.raises(RuntimeError), transaction.atomic():
        attachment.delete()
        raise RuntimeError
    assert files_on_disk() == [attachment.file.name]
