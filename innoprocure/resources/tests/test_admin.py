"""The Resource Centre in the admin: listing with filters and search, editing with documents, drafts and moderation."""

import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from innoprocure.core.roles import EDITORS, MODERATORS
from innoprocure.demo import filebuilders
from innoprocure.resources.models import Resource, ResourceType
from innoprocure.resources.tests import broken_files
from innoprocure.resources.tests.factories import ResourceFactory, UserFactory, attach

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/resources/resource/"
ADD_URL = "/admin/snippets/resources/resource/add/"


def body(text):
    """Rich text as the admin's editor (Draftail) submits it."""
    block = {"key": "a1b2c", "type": "unstyled", "text": text, "depth": 0, "inlineStyleRanges": [], "entityRanges": []}
    return json.dumps({"blocks": [block], "entityMap": {}})


def form_data(**changes):
    data = {
        "title": "Buying clean buses together",
        "slug": "buying-clean-buses-together",
        "summary": "Five cities share a tender for zero-emission buses.",
        "body": body("The cities wrote one set of functional requirements."),
        "resource_type": ResourceType.CASE_STUDY,
        "approach": "ppi",
        "publication_year": "2024",
        "main_language": "en",
        "publisher": "Big Buyers Initiative",
        "external_url": "",
        "licence": "cc-by-4.0",
        "sectors": ["1"],
        "languages": ["en"],
        "tags": "electric buses, joint procurement",
        "project_partners": "",
        "project_start": "",
        "project_end": "",
        "attachments-TOTAL_FORMS": "1",
        "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
        "attachments-0-id": "",
        "attachments-0-ORDER": "1",
        "attachments-0-DELETE": "",
        "attachments-0-title": "Joint specification",
        "attachments-0-file": SimpleUploadedFile(
            "specification.pdf", filebuilders.build_pdf("Specification", ["Buses with ultracapacitor buffers."])
        ),
    }
    data.update(changes)
    return data


@pytest.fixture
def moderator(client):
    user = UserFactory(roles=[MODERATORS])
    client.force_login(user)
    return user


def test_the_listing_filters_and_searches(client, moderator):
    ResourceFactory(title="Guide to market consultation", resource_type=ResourceType.GUIDANCE, publication_year=2022)
    ResourceFactory(title="Annual report on PCP", resource_type=ResourceType.REPORT, publication_year=2019, live=False)
    response = client.get(LIST_URL)
    assert response.status_code == 200
    assert "Guide to market consultation" in response.text and "Annual report on PCP" in response.text
    statuses = re.findall(r'class="w-status[^"]*">\s*([a-z +]+?)\s*</span>', response.text)
    assert sorted(statuses) == ["draft", "live"]

    filtered = client.get(LIST_URL, {"resource_type": "report"}).text
    assert "Annual report on PCP" in filtered and "Guide to market consultation" not in filtered

    searched = client.get(LIST_URL, {"q": "consultation"}).text
    assert "Guide to market consultation" in searched and "Annual report on PCP" not in searched


def test_editors_see_why_a_document_has_no_text(client, moderator):
    resource = ResourceFactory()
    attach(resource, broken_files.build_encrypted_pdf("Prices", ["Confidential"]), "prices.pdf", "Price list")
    attach(resource, filebuilders.build_docx("Minutes", ["Searchable words."]), "minutes.docx", "Minutes")
    response = client.get(f"{LIST_URL}edit/{resource.pk}/")
    assert response.status_code == 200
    assert "No text" in response.text
    assert "The PDF is password-protected, so its text cannot be read." in response.text
    assert "Text extracted" in response.text


def test_a_moderator_publishes_a_new_resource_with_a_document(client, moderator, resource_centre):
    response = client.post(ADD_URL, form_data(**{"action-publish": "action-publish"}))
    assert response.status_code == 302, response.content.decode()[:3000]
    resource = Resource.objects.get(slug="buying-clean-buses-together")
    assert resource.live
    assert sorted(resource.tags.names()) == ["electric buses", "joint procurement"]
    attachment = resource.attachments.get()
    assert attachment.file_type == "pdf"
    assert "ultracapacitor" in attachment.extracted_text
    assert client.get("/resources/buying-clean-buses-together/").status_code == 200


def test_a_disguised_upload_is_refused_next_to_the_field(client, moderator):
    fake = SimpleUploadedFile("specification.pdf", b"<!DOCTYPE html><html><body>not a PDF</body></html>")
    response = client.post(ADD_URL, form_data(**{"attachments-0-file": fake}))
    assert response.status_code == 200
    assert "cannot be uploaded" in response.text or "not one of the accepted types" in response.text
    assert not Resource.objects.exists()


def test_an_editor_saves_drafts_that_visitors_cannot_see(client, resource_centre):
    client.force_login(UserFactory(roles=[EDITORS]))
    response = client.post(ADD_URL, form_data())
    assert response.status_code == 302
    resource = Resource.objects.get(slug="buying-clean-buses-together")
    assert not resource.live
    client.logout()
    assert client.get("/resources/buying-clean-buses-together/").status_code == 404


def test_an_editor_cannot_publish(client):
    client.force_login(UserFactory(roles=[EDITORS]))
    client.post(ADD_URL, form_data(**{"action-publish": "action-publish"}))
    assert not Resource.objects.filter(live=True).exists()


def _workflow_has_an_approval_task():
    from wagtail.models import Workflow

    from innoprocure.core.roles import WORKFLOW_NAME, setup_roles

    setup_roles()
    return Workflow.objects.get(name=str(WORKFLOW_NAME)).workflow_tasks.exists()


def test_an_editor_submits_for_moderation_and_a_moderator_approves(client, resource_centre):
    assert _workflow_has_an_approval_task()
    editor, moderator = UserFactory(roles=[EDITORS]), UserFactory(roles=[MODERATORS])
    client.force_login(editor)
    assert client.post(ADD_URL, form_data(**{"action-submit": "action-submit"})).status_code == 302
    resource = Resource.objects.get(slug="buying-clean-buses-together")
    state = resource.current_workflow_state
    assert state.status == "in_progress"
    assert not resource.live

    client.force_login(moderator)
    task_state = state.current_task_state
    response = client.post(f"{LIST_URL}workflow/action/{resource.pk}/approve/{task_state.pk}/", {"comment": "Fine."})
    assert response.status_code in (200, 302)
    resource.refresh_from_db()
    assert resource.live
    assert client.get("/resources/buying-clean-buses-together/").status_code == 200
