"""The issue's journey through the real views: the buyer publishes (after moderation), a supplier asks, the buyer
answers publicly, the supplier responds, a second supplier cannot see it, the buyer shortlists and gives feedback,
the outcome is published; then retention."""

import datetime

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from innoprocure.audit.models import AuditEvent
from innoprocure.challenges.models import Challenge, ChallengeStatus, Question, Response, ResponseStatus
from innoprocure.challenges.tests.conftest import make_challenge, pdf
from innoprocure.core.models import Country, Language
from innoprocure.opportunities.models import Opportunity
from innoprocure.opportunities.tests.factories import OpportunityFactory


def _form(**changes):
    data = {
        "title": "Silent bins",
        "need": "Emptying bins at night without noise.",
        "currency": "EUR",
        "languages": [Language.objects.get(code="en").pk],
        "questions_deadline": "2099-03-01T12:00",
        "response_deadline": "2099-03-31T17:00",
        "deadline_timezone": "Europe/Lisbon",
        "country": Country.objects.get(code="DE").pk,
        "procedure": "pcp",
        "cpv": "90511000",
    }
    data.update(changes)
    return data


def test_the_whole_journey(client, buyer, supplier, rival, platform_team):
    client.force_login(buyer)
    created = client.post(reverse("challenges:create"), {**_form(), "attachments": [pdf("brief.pdf")]})
    assert created.status_code == 302
    challenge = Challenge.objects.get(title="Silent bins")
    assert challenge.status == ChallengeStatus.DRAFT
    # The deadline is the instant 17:00 in Lisbon.
    assert challenge.response_deadline == datetime.datetime(2099, 3, 31, 16, 0, tzinfo=datetime.UTC)
    preview = client.get(challenge.get_absolute_url()).content.decode()
    assert "Preview of a draft" in preview and "brief.pdf" in preview
    client.logout()
    assert client.get(challenge.get_absolute_url()).status_code == 404
    client.force_login(buyer)
    client.post(reverse("challenges:submit", args=[challenge.slug]))
    client.force_login(platform_team)
    client.post(reverse("challenges:moderate", args=[challenge.slug]), {"decision": "approve", "note": ""})
    challenge.refresh_from_db()
    assert challenge.is_published and challenge.listing.live
    assert AuditEvent.objects.filter(action="challenges.challenge_published", target_id=str(challenge.pk)).exists()

    client.force_login(supplier)
    client.post(reverse("challenges:ask", args=[challenge.slug]), {"text": "Which bin sizes?"})
    client.logout()
    assert "Which bin sizes?" not in client.get(challenge.get_absolute_url()).content.decode()
    client.force_login(buyer)
    question = Question.objects.get()
    client.post(reverse("challenges:answer", args=[challenge.slug, question.pk]), {"answer": "240 and 1100 litres."})
    client.logout()
    public = client.get(challenge.get_absolute_url()).content.decode()
    assert "Which bin sizes?" in public and "240 and 1100 litres." in public
    assert supplier.email not in public and "Ana Novak" not in public

    client.force_login(supplier)
    sent = client.post(
        reverse("challenges:respond", args=[challenge.slug]),
        {"summary": "Electric compactor trucks.", "trl": "7", "references": "", "attachments": [pdf()]},
    )
    response = Response.objects.get()
    assert sent.url == response.get_absolute_url()
    client.force_login(rival)
    assert client.get(response.get_absolute_url()).status_code == 404

    client.force_login(buyer)
    client.post(reverse("challenges:set_status", args=[response.pk]), {"status": "shortlisted"})
    client.post(reverse("challenges:feedback", args=[response.pk]), {"feedback": "Promising."})
    tender = OpportunityFactory(title="PCP for silent bins", opportunity_type="tender")
    published = client.post(
        reverse("challenges:outcome", args=[challenge.slug]),
        {"outcome": "tender", "text": "We launch a PCP.", "opportunity": f"http://testserver/opportunities/{tender.slug}/"},
    )
    assert published.status_code == 302
    client.force_login(supplier)
    own = client.get(response.get_absolute_url()).content.decode()
    assert "Shortlisted" in own and "Promising." in own
    page = client.get(challenge.get_absolute_url()).content.decode()
    assert "We launch a PCP." in page and f"/opportunities/{tender.slug}/" in page
    assert Opportunity.objects.get(pk=challenge.listing_id).awarded
    response.refresh_from_db()
    assert response.status == ResponseStatus.SHORTLISTED


def test_bad_input_is_a_form_error_not_a_crash(client, buyer, supplier, challenge):
    client.force_login(buyer)
    answer = client.post(
        reverse("challenges:create"),
        _form(questions_deadline="2099-04-01T12:00", cpv="12", budget_min="5", budget_max="1", currency="euro"),
    )
    assert answer.status_code == 400
    text = answer.content.decode()
    assert "Questions close before responses do" in text and "Not a CPV code" in text
    client.force_login(supplier)
    wrong_file = {"summary": "x", "trl": "12", "attachments": [pdf("plan.docx")]}
    answer = client.post(reverse("challenges:respond", args=[challenge.slug]), wrong_file)
    assert answer.status_code == 400
    assert "plan.docx" in answer.content.decode()
    assert not Response.objects.exists()


def test_an_unverified_buyer_cannot_publish(client, buyer_org, buyer):
    buyer_org.verification = "pending"
    buyer_org.save()
    client.force_login(buyer)
    assert client.get(reverse("challenges:create")).status_code == 403


def test_verification_is_audited(client, platform_team, buyer_org):
    buyer_org.verification = "pending"
    buyer_org.save()
    client.force_login(platform_team)
    client.post(reverse("challenges:verify", args=[buyer_org.pk]), {"decision": "approve", "note": ""})
    buyer_org.refresh_from_db()
    assert buyer_org.is_verified_buyer
    assert AuditEvent.objects.get(action="challenges.buyer_verified").actor == platform_team


def test_responses_are_purged_two_years_after_the_deadline(buyer_org, supplier, settings):
    old = make_challenge(buyer_org, slug="old", days=-800)
    Response.objects.create(challenge=old, organisation=supplier.challenge_membership.organisation, summary="x", trl=2)
    recent = make_challenge(buyer_org, slug="recent", days=-700)
    Response.objects.create(challenge=recent, organisation=supplier.challenge_membership.organisation, summary="y", trl=2)
    call_command("purge_challenge_responses", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(Response.objects.values_list("challenge__slug", flat=True)) == ["recent"]
    assert timezone.now() > old.purge_after


def test_a_verified_buyer_that_changes_its_domain_is_verified_again(client, buyer, buyer_org):
    from innoprocure.core.models import Country

    client.force_login(buyer)
    data = {"name": buyer_org.name, "country": Country.objects.get(code="DE").pk, "email_domain": "other.example"}
    assert client.post(reverse("challenges:my_organisation"), data).status_code == 302
    buyer_org.refresh_from_db()
    assert buyer_org.verification == "pending"
    assert AuditEvent.objects.filter(action="challenges.verification_reopened").exists()
    assert client.get(reverse("challenges:create")).status_code == 403
