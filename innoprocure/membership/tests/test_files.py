"""Evidence files leave the disk with what owns them: a replaced upload, a withdrawn application, a deleted account."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from innoprocure.accounts.services import delete_account
from innoprocure.membership import services
from innoprocure.membership.models import ApplicationStatus, MembershipApplication
from innoprocure.membership.tests.factories import ApplicationFactory
from innoprocure.membership.tests.test_views import COMPLETE, PDF

pytestmark = pytest.mark.django_db


def files_on_disk():
    root = Path(settings.PRIVATE_MEDIA_ROOT)
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def pdf(name):
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def with_all_files(**kwargs):
    return ApplicationFactory(
        mandate_file=pdf("mandate.pdf"),
        resources_file=pdf("budget.pdf"),
        investment_file=pdf("travel.pdf"),
        commitment_file=pdf("board.pdf"),
        **kwargs,
    )


def test_a_replaced_upload_is_deleted_from_disk(client, governance, django_capture_on_commit_callbacks):
    application = ApplicationFactory(mandate_file=pdf("first.pdf"))
    [first] = files_on_disk()
    client.force_login(application.applicant)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("membership:apply"), {**COMPLETE, "mandate_file": pdf("second.pdf")})
    assert response.status_code in (200, 302)
    application.refresh_from_db()
    assert application.mandate_file.name.endswith("second.pdf")
    assert files_on_disk() == [application.mandate_file.name]
    assert first not in files_on_disk()


def test_a_rolled_back_change_keeps_the_file(governance, django_capture_on_commit_callbacks):
    from django.db import transaction

    application = ApplicationFactory(mandate_file=pdf("kept.pdf"))
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        application.mandate_file = pdf("never.pdf")
        application.save()
        raise RuntimeError
    assert Path(settings.PRIVATE_MEDIA_ROOT, MembershipApplication.objects.get().mandate_file.name).is_file()


def test_withdrawing_deletes_the_evidence_files(governance, django_capture_on_commit_callbacks):
    application = with_all_files()
    services.submit(application, application.applicant, notify=False)
    assert len(files_on_disk()) == 4
    with django_capture_on_commit_callbacks(execute=True):
        services.withdraw(application, application.applicant)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.WITHDRAWN
    assert files_on_disk() == []
    assert not application.mandate_file and application.mandate_evidence  # the texts stay, the files go


def test_deleting_an_account_deletes_the_files_of_its_draft_and_open_applications(governance, django_capture_on_commit_callbacks):
    draft = with_all_files()
    applicant = draft.applicant
    submitted = with_all_files(applicant=applicant, organisation="Second centre")
    services.submit(submitted, applicant, notify=False)
    assert len(files_on_disk()) == 8
    with django_capture_on_commit_callbacks(execute=True):
        delete_account(applicant)
    assert files_on_disk() == []
    assert not MembershipApplication.objects.filter(pk=draft.pk).exists()
    assert MembershipApplication.objects.get(pk=submitted.pk).status == ApplicationStatus.WITHDRAWN
