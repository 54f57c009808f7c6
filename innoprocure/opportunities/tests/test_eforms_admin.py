"""Uploading eForms notices in the Wagtail admin: who may, what is accepted, and the summary shown.

Test data: the eForms SDK example notices in `tests/data/eforms-sdk-examples/` — © European Union,
Publications Office, CC BY 4.0 (OP-TED eForms SDK 1.15.1, examples/notices/). Keep this attribution wherever the
files are used.
"""

import io
import zipfile

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from innoprocure.accounts.tests.factories import UserFactory, activate_totp
from innoprocure.audit.models import AuditEvent
from innoprocure.opportunities.models import Opportunity, TedImport
from innoprocure.opportunities.tests.samples import example

pytestmark = pytest.mark.django_db

URL = "/admin/opportunities/import-from-ted/"


@pytest.fixture(autouse=True)
def no_axes_log_for_force_login(settings):
    # client.force_login() sends no REMOTE_ADDR; axes would log the address "unknown", which PostgreSQL's inet column
    # refuses. Sign-in protection is the accounts app's to test; here we only need a signed-in user.
    settings.AXES_ENABLED = False


def staff_member(email):
    """Staff who may enter the admin: signed in with a second factor set up, as the platform requires."""
    user = UserFactory(email=email, is_staff=True)
    activate_totp(user)
    return user


@pytest.fixture
def importer():
    user = staff_member("importer@example.org")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="opportunities", codename="add_opportunity"),
        Permission.objects.get(content_type__app_label="opportunities", codename="change_opportunity"),
    )
    return user


@pytest.fixture
def editor_without_permission():
    user = staff_member("editor@example.org")
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return user


def upload(name, data, content_type="application/xml"):
    return SimpleUploadedFile(name, data, content_type=content_type)


@pytest.fixture
def import_files(client, django_capture_on_commit_callbacks):
    """Upload files, let the background task run (the test settings run tasks at once), open the result page."""

    def post(*files):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(URL, {"files": list(files)})
        assert response.status_code == 302, response.content[:500]
        return client.get(response["Location"])

    return post


def test_url_and_menu_item(client, importer):
    assert reverse("opportunities_ted_import") == URL
    client.force_login(importer)
    response = client.get(URL)
    assert response.status_code == 200
    assert "Import notices from TED" in response.text
    assert 'type="file"' in response.text and "multiple" in response.text
    home = client.get("/admin/")
    assert "Import from TED" in home.text


def test_staff_without_the_permission_is_refused(client, editor_without_permission):
    client.force_login(editor_without_permission)
    assert client.get(URL).status_code in (302, 403)
    response = client.post(URL, {"files": [upload("cn_81.xml", example("cn_81.xml"))]})
    assert response.status_code in (302, 403)
    assert not Opportunity.objects.exists()
    assert "Import from TED" not in client.get("/admin/").text


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and "login" in response["Location"]


def test_upload_of_several_files_shows_the_summary(client, importer, import_files):
    client.force_login(importer)
    response = import_files(
        upload("cn_24_open.xml", example("cn_24_open.xml")),
        upload("change.xml", example("change-cn_24_open_dates.xml")),
        upload("empty.xml", example("INVALID_cn_24_empty.xml")),
        upload("veat.xml", example("veat_81.xml")),
    )
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0") or "no-cache" in response["Cache-Control"]
    text = response.text
    assert "veat.xml" in text and "/ted-imports/" not in text
    assert "4 notices: 1 imported, 1 updated, 0 unchanged, 1 skipped, 1 failed." in text
    assert "The notice lacks required fields" in text
    assert "A voluntary ex-ante transparency notice" in text
    opportunity = Opportunity.objects.get()
    assert f"/admin/snippets/opportunities/opportunity/edit/{opportunity.pk}/" in text
    event = AuditEvent.objects.get(action="opportunities.ted_import")
    assert event.actor == importer
    assert event.details["counts"]["created"] == 1

    # The original again, after its change: the same file as before, so unchanged (and never written over the change).
    again = import_files(upload("cn_24_open.xml", example("cn_24_open.xml")))
    assert "1 notice: 0 imported, 0 updated, 1 unchanged, 0 skipped, 0 failed." in again.text
    assert Opportunity.objects.count() == 1


def test_zip_upload(client, importer, import_files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("notices/cn_81.xml", example("cn_81.xml"))
        archive.writestr("notices/cn_25.xml", example("cn_25.xml"))
    client.force_login(importer)
    response = import_files(upload("notices.zip", buffer.getvalue(), "application/zip"))
    assert "2 notices: 2 imported" in response.text
    assert Opportunity.objects.count() == 2


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("report.xml", b"%PDF-1.7\n%binary", "not one of the accepted types"),
        ("notice.pdf", example("cn_81.xml"), "content is of another type"),
        ("empty.zip", b"PK\x05\x06" + b"\x00" * 18, "not one of the accepted types"),
        ("broken.zip", b"PK\x03\x04broken", "the zip file is damaged"),
    ],
)
def test_upload_is_validated_by_content(client, importer, name, data, message):
    client.force_login(importer)
    response = client.post(URL, {"files": [upload(name, data)]})
    assert response.status_code == 200
    assert message in response.text
    assert "Import summary" not in response.text
    assert not Opportunity.objects.exists()


def test_upload_is_validated_by_size(client, importer, settings):
    settings.MAX_UPLOAD_SIZE = 1000
    client.force_login(importer)
    response = client.post(URL, {"files": [upload("cn_81.xml", example("cn_81.xml"))]})
    assert "files may be at most" in response.text
    assert not Opportunity.objects.exists()


def test_entity_attack_is_refused_at_upload(client, importer):
    lolz = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><x>&b;</x>'
    client.force_login(importer)
    response = client.post(URL, {"files": [upload("lolz.xml", lolz)]})
    assert "lolz.xml" in response.text and "not one of the accepted types" in response.text


def test_no_file_chosen(client, importer):
    client.force_login(importer)
    response = client.post(URL, {})
    assert response.status_code == 200
    assert "This field is required." in response.text


def test_the_result_page_shows_progress_while_the_task_runs(client, importer):
    client.force_login(importer)
    response = client.post(URL, {"files": [upload("cn_81.xml", example("cn_81.xml"))]})  # the task is not run
    page = client.get(response["Location"])
    assert "Waiting to start" in page.text and "being imported in the background" in page.text
    upload_row = TedImport.objects.get()
    assert (upload_row.folder / "cn_81.xml").is_file()
    TedImport.objects.filter(pk=upload_row.pk).update(status="running", done=3, total=10)
    page = client.get(response["Location"])
    assert "3 of 10 notices imported" in page.text and '<progress id="ted-progress" max="10" value="3">' in page.text


def test_another_staff_member_cannot_see_an_import_result(client, importer, editor_without_permission):
    client.force_login(importer)
    location = client.post(URL, {"files": [upload("cn_81.xml", example("cn_81.xml"))]})["Location"]
    client.force_login(editor_without_permission)
    assert client.get(location).status_code in (302, 403)
