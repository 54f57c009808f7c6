"""A letter of authorisation leaves the disk when it is replaced or its endorsement request is deleted."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile

from innoprocure.core.models import Country
from innoprocure.network.models import Signatory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def files_on_disk():
    root = Path(settings.PRIVATE_MEDIA_ROOT)
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def request_with_letter(name="letter.pdf"):
    return Signatory.objects.create(
        ministry="Ministry of Economic Development",
        country=Country.objects.get(code="SI"),
        signatory_name="Minister",
        signatory_role="Minister",
        official_email="minister@gov.example.org",
        letter_of_authorisation=ContentFile(PDF, name=name),
    )


def test_a_replaced_letter_is_deleted(django_capture_on_commit_callbacks):
    signatory = request_with_letter("first.pdf")
    [first] = files_on_disk()
    with django_capture_on_commit_callbacks(execute=True):
        signatory.letter_of_authorisation = ContentFile(PDF, name="second.pdf")
        signatory.save()
    assert files_on_disk() == [signatory.letter_of_authorisation.name] and first not in files_on_disk()


def test_deleting_a_request_deletes_its_letter(django_capture_on_commit_callbacks):
    kept = request_with_letter("kept.pdf")
    deleted = request_with_letter("deleted.pdf")
    assert len(files_on_disk()) == 2
    with django_capture_on_commit_callbacks(execute=True):
        deleted.delete()
    assert files_on_disk() == [kept.letter_of_authorisation.name]
