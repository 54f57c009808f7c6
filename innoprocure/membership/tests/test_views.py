"""The membership journey in the browser's terms: pages, forms, redirects, what each person sees."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from innoprocure.core.tests.sitemaps import sitemap_xml
from innoprocure.membership import services
from innoprocure.membership.models import ApplicationStatus, Ballot, MembershipApplication, Vote, VoteChange
from innoprocure.membership.tests.factories import (
    ApplicationFactory,
    UserFactory,
    member_representatives,
    secretariat_user,
    with_authenticator,
)

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

COMPLETE = {
    "organisation": "Croatian Competence Centre for Innovation Procurement",
    "country": "HR",
    "parent_organisation": "Ministry of Economy",
    "established_year": "2024",
    "website": "https://centre.example.org/",
    "track_record": "",
    "contact_name": "Ivana Kovač",
    "contact_email": "ivana@centre.example.org",
    "contact_phone": "+385 1 555 0142",
    "mandate_evidence": "Government decision of 12 March 2024.",
    "resources_evidence": "EUR 400,000 a year, three staff, offices in Zagreb.",
    "investment_evidence": "Two staff at every meeting; EUR 25,000 for travel.",
    "commitment_evidence": "Board decision of 3 February 2026.",
}


def login(client, user):
    client.force_login(user)
    return client


def page(response):
    return response.content.decode()


def test_membership_page_lists_requirements_process_and_links(client, governance):
    response = client.get("/network/membership/")
    assert response.status_code == 200
    html = page(response)
    assert html.count("<h1>") == 1
    for text in (
        "An official government mandate",
        "A dedicated budget and resources",
        "Able and willing to invest in the network",
        "Committed at institutional level",
        "How admission works",
        "14 days",
        "at least 50% of the member centres",
    ):
        assert text in html
    assert reverse("membership:self_check") in html
    assert reverse("membership:apply") in html
    assert "No ballot has closed yet." in html


@pytest.mark.parametrize(
    ("answers", "expected", "absent"),
    [
        ({"mandate": "yes", "resources": "yes", "investment": "yes", "commitment": "yes"}, "meets the four requirements", None),
        (
            {"mandate": "yes", "resources": "no", "investment": "yes", "commitment": "yes"},
            "Secure a budget line",
            "An official government mandate</strong>",
        ),
        (
            {"mandate": "no", "resources": "yes", "investment": "yes", "commitment": "no"},
            "2 requirements are not met yet",
            None,
        ),
    ],
)
def test_self_check_says_which_requirement_is_not_met(client, answers, expected, absent):
    response = client.get(reverse("membership:self_check"), answers)
    assert response.status_code == 200
    html = page(response)
    assert expected in html
    if absent:
        assert absent not in html
    if "no" not in answers.values():
        assert reverse("membership:apply") in html


def test_self_check_without_all_answers_shows_errors_and_no_result(client):
    response = client.get(reverse("membership:self_check"), {"mandate": "yes"})
    html = page(response)
    assert "Please correct the errors below." in html
    assert "requirements are not met" not in html
    assert 'value="yes" required id="id_mandate_0" checked' in html  # the answer given is kept


def test_application_needs_an_account(client):
    response = client.get(reverse("membership:apply"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=" in response["Location"]
    assert client.get(reverse("membership:my_application")).status_code == 302


def test_whole_journey_over_http(client, governance):
    secretariat = secretariat_user(email="secretariat@example.org")
    first, second, third = member_representatives(3)
    applicant = UserFactory(email="applicant@example.org")

    # Self-check, then a draft with only a name.
    assert "meets the four requirements" in page(
        client.get(reverse("membership:self_check"), dict.fromkeys(("mandate", "resources", "investment", "commitment"), "yes"))
    )
    login(client, applicant)
    assert client.get(reverse("membership:apply")).status_code == 200
    response = client.post(reverse("membership:apply"), {"organisation": COMPLETE["organisation"], "save": "1"})
    assert response.status_code == 302
    application = MembershipApplication.objects.get(applicant=applicant)
    assert application.status == ApplicationStatus.DRAFT

    # Submitting an incomplete application keeps what was typed and says what is missing, by the field.
    response = client.post(
        reverse("membership:apply"), {"organisation": COMPLETE["organisation"], "contact_name": "Ivana", "submit": "1"}
    )
    html = page(response)
    assert response.status_code == 200
    assert "cannot be submitted yet" in html
    assert "Choose the country." in html
    assert "Describe the evidence that the centre meets this requirement" in html
    assert 'value="Ivana"' in html
    application.refresh_from_db()
    assert application.contact_name == "Ivana"
    assert application.status == ApplicationStatus.DRAFT

    # A file that is not what it claims is refused by the field, and nothing is saved.
    fake = SimpleUploadedFile("decree.pdf", b"<html><script>alert(1)</script></html>", content_type="application/pdf")
    response = client.post(reverse("membership:apply"), {**COMPLETE, "mandate_file": fake, "submit": "1"})
    assert response.status_code == 200
    assert "This file appears to be a web page, which cannot be uploaded." in page(response)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT
    assert not application.mandate_file

    # A complete application with a real PDF is submitted.
    decree = SimpleUploadedFile("decree.pdf", PDF, content_type="application/pdf")
    response = client.post(reverse("membership:apply"), {**COMPLETE, "mandate_file": decree, "submit": "1"})
    assert response.status_code == 302
    assert response["Location"] == reverse("membership:my_application")
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED
    assert application.mandate_file.name.endswith("decree.pdf")
    assert "Submitted to the secretariat" in page(client.get(reverse("membership:my_application")))
    assert any("Membership application to check" in message.subject for message in mail.outbox)

    # The secretariat returns it with comments; the applicant is e-mailed and sees them.
    login(client, secretariat)
    assert COMPLETE["organisation"] in page(client.get(reverse("membership:secretariat")))
    detail = page(client.get(application.get_secretariat_url()))
    assert "Completeness check" in detail
    assert "Every field a complete application needs is filled in" in detail
    response = client.post(reverse("membership:return_application", args=[application.pk]), {"comment": ""})
    assert response.status_code == 400
    mail.outbox.clear()
    comment = "Please add the reference of the government decision."
    client.post(reverse("membership:return_application", args=[application.pk]), {"comment": comment})
    application.refresh_from_db()
    assert application.status == ApplicationStatus.RETURNED
    assert sorted(message.to[0] for message in mail.outbox) == sorted([applicant.email, "ivana@centre.example.org"])
    assert comment in mail.outbox[0].body

    login(client, applicant)
    assert comment in page(client.get(reverse("membership:my_application")))
    assert comment in page(client.get(reverse("membership:apply")))
    response = client.post(
        reverse("membership:apply"),
        {**COMPLETE, "mandate_evidence": "Government decision no. 42 of 12 March 2024.", "submit": "1"},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED
    assert application.mandate_file  # the document saved earlier is kept

    # The secretariat opens the ballot; the member representatives are e-mailed.
    login(client, secretariat)
    mail.outbox.clear()
    response = client.post(reverse("membership:open_ballot", args=[application.pk]))
    ballot = Ballot.objects.get(application=application)
    assert response["Location"] == application.get_secretariat_url()
    desk = page(client.get(response["Location"]))
    assert "Ballot in progress" in desk
    assert "0 of 3 centres have voted so far." in desk
    to_members = [message.to[0] for message in mail.outbox if "put to the vote" not in message.subject]
    assert sorted(to_members) == sorted(user.email for user in (first, second, third))
    # ...and the applicant hears that its application went to the vote, as its status page promised.
    to_applicant = sorted(message.to[0] for message in mail.outbox if "put to the vote" in message.subject)
    assert to_applicant == ["applicant@example.org", "ivana@centre.example.org"]

    # Three representatives vote; a "no" needs a reason; a vote can change.
    login(client, first)
    ballot_page = page(client.get(ballot.get_absolute_url()))
    assert "Balance report" in ballot_page
    assert "Cast the vote" in ballot_page
    response = client.post(ballot.get_absolute_url(), {"choice": "no", "reason": ""})
    assert response.status_code == 400
    assert "Give a reason when you vote no." in page(response)
    assert client.post(ballot.get_absolute_url(), {"choice": "yes"}).status_code == 302
    login(client, second)
    client.post(ballot.get_absolute_url(), {"choice": "yes"})
    login(client, third)
    client.post(ballot.get_absolute_url(), {"choice": "no", "reason": "The budget looks too small."})
    client.post(ballot.get_absolute_url(), {"choice": "yes", "reason": ""})
    third_page = page(client.get(ballot.get_absolute_url()))
    assert "Your centre's votes so far" in third_page
    assert "The budget looks too small." in third_page
    assert "How each centre voted" not in third_page
    assert VoteChange.objects.filter(ballot=ballot).count() == 4

    # Before the close the secretariat sees participation, not the tally.
    login(client, secretariat)
    secretariat_view = page(client.get(ballot.get_absolute_url()))
    assert "3 of 3 centres have voted so far." in secretariat_view
    assert "How each centre voted" not in secretariat_view
    assert "in favour" not in secretariat_view

    # The window ends; the scheduled command closes the ballot.
    Ballot.objects.filter(pk=ballot.pk).update(
        opened_at=timezone.now() - timedelta(days=15), closes_at=timezone.now() - timedelta(days=1)
    )
    mail.outbox.clear()
    output = StringIO()
    call_command("close_ballots", stdout=output)
    assert "Closed 1 ballot(s)" in output.getvalue()
    application.refresh_from_db()
    assert application.status == ApplicationStatus.ADMITTED
    recipients = {message.to[0] for message in mail.outbox}
    assert {applicant.email, first.email, second.email, third.email} <= recipients

    login(client, applicant)
    status_page = page(client.get(reverse("membership:my_application")))
    assert "The network admits Croatian Competence Centre for Innovation Procurement as a member." in status_page
    assert "3 in favour, 0 against, 0 abstaining" in status_page
    assert "Croatian Competence Centre for Innovation Procurement" in page(client.get(reverse("membership:overview")))
    closed_page = page(client.get(ballot.get_absolute_url()))
    assert "How each centre voted" in closed_page

    # The new member votes in a later ballot.
    newcomer = ApplicationFactory(country_id="PL", organisation="Polish Centre")
    services.submit(newcomer, newcomer.applicant, notify=False)
    later_ballot = services.open_ballot(newcomer, secretariat, notify=False)
    assert "Cast the vote" in page(client.get(later_ballot.get_absolute_url()))
    assert client.post(later_ballot.get_absolute_url(), {"choice": "yes"}).status_code == 302
    assert Vote.objects.get(ballot=later_ballot).centre == application.centre


def test_people_who_do_not_represent_a_member_cannot_vote(client, ballot):
    applicant = ballot.application.applicant
    login(client, applicant)
    html = page(client.get(ballot.get_absolute_url()))
    assert "Only representatives of member centres vote" in html
    response = client.post(ballot.get_absolute_url(), {"choice": "yes"})
    assert response.status_code == 302
    assert not Vote.objects.exists()
    login(client, UserFactory())
    assert client.get(ballot.get_absolute_url()).status_code == 403


def test_secretariat_pages_are_for_the_secretariat(client, ballot, voters):
    url = ballot.application.get_secretariat_url()
    assert client.get(url).status_code == 302
    login(client, voters[0])
    assert client.get(url).status_code == 403
    assert client.get(reverse("membership:secretariat")).status_code == 403
    assert client.post(reverse("membership:open_ballot", args=[ballot.application.pk])).status_code == 403
    assert client.post(reverse("membership:close_ballot", args=[ballot.pk]), {"note": "x"}).status_code == 403
    assert Ballot.objects.get(pk=ballot.pk).closed_at is None


def test_secretariat_closes_early_only_with_a_reason(client, ballot, secretariat, voters):
    services.cast_vote(ballot, voters[0], "yes")
    login(client, secretariat)
    response = client.post(reverse("membership:close_ballot", args=[ballot.pk]), {"note": ""})
    assert response.status_code == 400
    assert "Say why the ballot closes before the end of its window." in page(response)
    response = client.post(reverse("membership:close_ballot", args=[ballot.pk]), {"note": "Two centres withdrew."})
    assert response.status_code == 302
    ballot.refresh_from_db()
    assert ballot.closed_early
    assert "Two centres withdrew." in page(client.get(ballot.get_absolute_url()))


def test_secretariat_list_ignores_an_unknown_filter_with_a_notice(client, submitted, secretariat):
    login(client, secretariat)
    response = client.get(reverse("membership:secretariat"), {"status": "bogus"})
    assert response.status_code == 200
    assert "That status filter is not known" in page(response)
    assert submitted.organisation in page(response)
    assert submitted.organisation not in page(client.get(reverse("membership:secretariat"), {"status": "voting"}))


def test_evidence_downloads_only_for_those_concerned(client, governance, secretariat):
    voters = member_representatives(2)
    application = ApplicationFactory(mandate_file=SimpleUploadedFile("decree.pdf", PDF))
    services.submit(application, application.applicant, notify=False)
    url = reverse("membership:evidence", args=[application.pk, "mandate"])
    login(client, UserFactory())
    assert client.get(url).status_code == 404
    login(client, voters[0])
    assert client.get(url).status_code == 404  # not before the ballot opens
    services.open_ballot(application, secretariat, notify=False)
    for user in (application.applicant, secretariat, voters[0]):
        login(client, user)
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment")
        assert b"".join(response.streaming_content) == PDF
    assert client.get(reverse("membership:evidence", args=[application.pk, "resources"])).status_code == 404
    assert client.get(reverse("membership:evidence", args=[application.pk, "unknown"])).status_code == 404


def test_withdraw_from_the_status_page(client, governance):
    application = ApplicationFactory()
    login(client, application.applicant)
    response = client.post(reverse("membership:withdraw", args=[application.pk]))
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.WITHDRAWN
    assert "You withdrew this application." in page(client.get(reverse("membership:my_application")))


def test_admin_is_read_only_and_hides_votes_until_the_close(client, ballot, voters):
    services.cast_vote(ballot, voters[0], "no", "Not national.")
    secretariat = secretariat_user(full_roles=True, email="desk@example.org")
    login(client, secretariat)
    applications = client.get(reverse("membershipapplication:index"))
    assert applications.status_code == 200
    assert ballot.application.organisation in page(applications)
    inspect = client.get(reverse("membershipapplication:inspect", args=[ballot.application.pk]))
    assert inspect.status_code == 200
    assert "membership.application.ballot-opened" in page(inspect)
    ballot_inspect = page(client.get(reverse("ballot:inspect", args=[ballot.pk])))
    assert "membership.vote.cast" in ballot_inspect
    assert "Not national." not in ballot_inspect
    assert client.get(reverse("vote:index")).status_code in (302, 403)

    administrator = with_authenticator(UserFactory(is_staff=True, is_superuser=True))
    login(client, administrator)
    votes = client.get(reverse("vote:index"))
    assert votes.status_code == 200
    # Not even a superuser sees a vote before the close (test_secrecy.py covers every path).
    assert Vote.objects.get(ballot=ballot).centre.name not in page(votes)
    assert "Not national." not in page(client.get(reverse("ballot:inspect", args=[ballot.pk])))
    # No add, edit or delete views exist, not even for a superuser.
    assert client.get(f"/admin/membershipapplication/edit/{ballot.application.pk}/").status_code == 404
    assert client.get("/admin/vote/new/").status_code == 404


def test_public_membership_pages_are_in_the_sitemap(client, home_page):
    xml = sitemap_xml(client)
    assert "/network/membership/</loc>" in xml
    assert "/network/membership/self-check/</loc>" in xml
    assert "/network/membership/apply/" not in xml


def test_self_check_error_links_reach_the_first_answer_of_each_question(client):
    from innoprocure.core.tests.error_summary import assert_error_links_reach_fields

    response = client.get(reverse("membership:self_check"), {"mandate": "yes"})

    targets = assert_error_links_reach_fields(page(response), ["id_resources_0", "id_investment_0", "id_commitment_0"])
    assert len(targets) == 3
