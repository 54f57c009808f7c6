import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from innoprocure.audit.models import AuditEvent
from innoprocure.network.models import Signatory, SignatoryStatus, count_by_country

from .factories import PDF, SignatoryFactory, UserFactory, country, secretariat_user

pytestmark = pytest.mark.django_db

ENDORSE_URL = "/network/declaration/endorse/"


def request_form(**overrides):
    data = {
        "ministry": "Ministry of the Economy, Tourism and Sport",
        "country": "SI",
        "signatory_name": "Maja Novak",
        "signatory_role": "State Secretary",
        "official_email": "maja.novak@gov.example.org",
        "letter": SimpleUploadedFile("authorisation.pdf", PDF, content_type="application/pdf"),
        "authorised": "on",
    }
    data.update(overrides)
    return data


@pytest.fixture
def requester(client):
    user = UserFactory(email="ministry-rep@example.org")
    client.force_login(user)
    return user


@pytest.fixture
def requested(client, requester, declaration_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ENDORSE_URL, request_form())
    assert response.status_code == 302
    return Signatory.objects.get(ministry="Ministry of the Economy, Tourism and Sport")


def signatories_section(client, page):
    """The public list of signatories (admin notices may also appear on the page after a decision)."""
    html = client.get(page.url).content.decode()
    return html[html.index('id="signatories-heading"') : html.index('id="endorse-heading"')]


def admin_decision(client, signatory, status, reason=""):
    return client.post(
        reverse("network_signatories:edit", args=[signatory.pk]),
        {
            "ministry": signatory.ministry,
            "country": signatory.country_id,
            "signatory_name": signatory.signatory_name,
            "signatory_role": signatory.signatory_role,
            "date_signed": "",
            "official_email": signatory.official_email,
            "status": status,
            "decline_reason": reason,
        },
    )


def test_endorsing_needs_an_account(client, declaration_page):
    response = client.get(ENDORSE_URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_request_is_stored_unconfirmed_and_not_shown(client, requested, requester, declaration_page):
    assert requested.status == SignatoryStatus.REQUESTED
    assert requested.requested_by == requester
    assert requested.letter_of_authorisation.read().startswith(b"%PDF")
    assert "Ministry of the Economy, Tourism and Sport" not in signatories_section(client, declaration_page)
    assert AuditEvent.objects.filter(action="declaration.endorsement_requested", target_id=str(requested.pk)).exists()
    # The secretariat hears about it.
    assert [message.to for message in mail.outbox] == [["secretariat@innoprocure.eu"]]


def test_a_letter_that_is_not_a_document_is_refused_and_the_form_keeps_its_input(client, requester, declaration_page):
    fake = SimpleUploadedFile("letter.pdf", b"<html><script>alert(1)</script></html>", content_type="application/pdf")
    response = client.post(ENDORSE_URL, request_form(letter=fake))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="field__errors" id="id_letter_error"' in html
    assert 'value="Ministry of the Economy, Tourism and Sport"' in html
    assert 'value="maja.novak@gov.example.org"' in html
    assert not Signatory.objects.exists()


def test_secretariat_confirms_and_the_ministry_is_listed(client, requested, declaration_page, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    client.force_login(secretariat_user(email="secretariat-person@example.org"))
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_decision(client, requested, SignatoryStatus.CONFIRMED)
    assert response.status_code == 302
    requested.refresh_from_db()
    assert requested.status == SignatoryStatus.CONFIRMED
    assert requested.date_signed is not None
    html = signatories_section(client, declaration_page)
    assert "Ministry of the Economy, Tourism and Sport" in html
    assert '<tr><th scope="row">Slovenia</th><td>1</td></tr>' in html
    assert AuditEvent.objects.filter(
        action="declaration.signatory_confirmed", actor__email="secretariat-person@example.org"
    ).exists()
    assert len(mail.outbox) == 1
    assert set(mail.outbox[0].to) == {"maja.novak@gov.example.org", "ministry-rep@example.org"}
    assert "confirmed" in mail.outbox[0].subject


def test_declining_needs_a_reason_which_the_requester_receives(
    client, requested, declaration_page, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    client.force_login(secretariat_user())
    response = admin_decision(client, requested, SignatoryStatus.DECLINED)
    assert response.status_code == 200
    assert "Please give the reason for declining" in response.content.decode()
    requested.refresh_from_db()
    assert requested.status == SignatoryStatus.REQUESTED
    with django_capture_on_commit_callbacks(execute=True):
        admin_decision(client, requested, SignatoryStatus.DECLINED, reason="The letter is not signed by the ministry.")
    requested.refresh_from_db()
    assert requested.status == SignatoryStatus.DECLINED
    assert "Ministry of the Economy, Tourism and Sport" not in signatories_section(client, declaration_page)
    assert len(mail.outbox) == 1
    assert "The letter is not signed by the ministry." in mail.outbox[0].body
    event = AuditEvent.objects.get(action="declaration.signatory_declined")
    assert event.details["reason"] == "The letter is not signed by the ministry."


def test_public_list_counts_confirmed_signatories_by_country(client, declaration_page):
    SignatoryFactory(ministry="Ministry of Science", country=country("ES"))
    SignatoryFactory(ministry="Ministry of Economy", country=country("ES"))
    SignatoryFactory(ministry="Ministry of Development", country=country("GR"))
    SignatoryFactory(ministry="Ministry still waiting", country=country("FR"), status=SignatoryStatus.REQUESTED)
    SignatoryFactory(ministry="Ministry declined", country=country("FR"), status=SignatoryStatus.DECLINED)
    assert [(item.code, count) for item, count in count_by_country()] == [("GR", 1), ("ES", 2)]
    html = client.get(declaration_page.url).content.decode()
    assert "3 ministries from 2 countries have signed" in html
    assert '<tr><th scope="row">Spain</th><td>2</td></tr>' in html
    assert "Ministry still waiting" not in html and "Ministry declined" not in html
    assert "A centre in every country" in html


def test_only_the_secretariat_may_download_a_letter(client, requested):
    url = reverse("network:signatory_letter", args=[requested.pk])
    assert client.get(url).status_code == 403
    client.force_login(secretariat_user())
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content).startswith(b"%PDF")
