"""The membership fixes of issue 17, each as the person concerned would notice it: the applicant's e-mail when
the ballot opens, times with their zone, the contact point published only with consent, the ballots page telling
applicants and new members about closed ballots, and the secretariat's desk without other people's drafts."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.urls import reverse

from innoprocure.membership import services
from innoprocure.membership.models import ApplicationStatus
from innoprocure.membership.tests.factories import (
    ApplicationFactory,
    RepresentativeFactory,
    UserFactory,
    secretariat_user,
)
from innoprocure.network.models import CompetenceCentre

pytestmark = pytest.mark.django_db

# 17:00 UTC on 2 December 2026; the 14-day window ends on 16 December at 18:00 in Brussels (CET, UTC+1).
OPENED = datetime(2026, 12, 2, 17, 0, tzinfo=UTC)
CLOSES_TEXT = "16 December 2026, 18:00 CET"


def admitted(application, secretariat, voters):
    services.submit(application, application.applicant, notify=False)
    ballot = services.open_ballot(application, secretariat, notify=False)
    for voter in voters:
        services.cast_vote(ballot, voter, "yes")
    ballot = services.close_ballot(ballot, now=ballot.closes_at + timedelta(seconds=1), notify=False)
    ballot.application.refresh_from_db()
    return ballot


def test_the_applicant_is_emailed_when_the_ballot_opens_with_the_closing_time_and_zone(governance, secretariat, voters):
    application = ApplicationFactory(contact_email="office@centre.example.org")
    services.submit(application, application.applicant, notify=False)
    services.open_ballot(application, secretariat, now=OPENED)
    to_applicant = {message.to[0]: message for message in mail.outbox}
    for address in (application.applicant.email, "office@centre.example.org"):
        message = to_applicant[address]
        assert message.subject == "Your application to the P2I Network is put to the vote"
        assert f"The ballot closes on {CLOSES_TEXT}." in message.body
        assert "3 member centres vote" in message.body
    to_voter = to_applicant[voters[0].email]
    assert f"until the ballot closes on {CLOSES_TEXT}." in to_voter.body


def test_reminders_name_the_time_zone_in_subject_and_body(governance, secretariat, voters):
    application = ApplicationFactory()
    services.submit(application, application.applicant, notify=False)
    ballot = services.open_ballot(application, secretariat, notify=False, now=OPENED)
    services.send_ballot_reminders(now=ballot.closes_at - timedelta(days=1))
    assert mail.outbox
    assert all(CLOSES_TEXT in message.subject and CLOSES_TEXT in message.body for message in mail.outbox)


def test_summer_time_is_named_too():
    assert services.when_with_zone(datetime(2027, 6, 1, 10, 0, tzinfo=UTC)) == "1 June 2027, 12:00 CEST"


def test_the_contact_point_is_published_only_with_the_applicants_consent(client, governance, secretariat, voters):
    silent = admitted(ApplicationFactory(contact_name="Ana Horvat", publish_contact=False), secretariat, voters)
    centre = CompetenceCentre.objects.get(pk=silent.application.centre_id)
    assert (centre.contact_name, centre.contact_email) == ("", "")
    html = client.get(centre.get_absolute_url()).content.decode()
    assert "Ana Horvat" not in html and silent.application.contact_email not in html
    assert "Contact point" not in html

    consenting = ApplicationFactory(
        country_id="SI", contact_name="Maja Novak", contact_email="maja@centre.example.org", publish_contact=True
    )
    voters = [*voters, silent.application.applicant]  # the new member votes in the next ballot
    consented = admitted(consenting, secretariat, voters)
    centre = CompetenceCentre.objects.get(pk=consented.application.centre_id)
    assert (centre.contact_name, centre.contact_email) == ("Maja Novak", "maja@centre.example.org")
    html = client.get(centre.get_absolute_url()).content.decode()
    assert "Maja Novak" in html and "mailto:maja@centre.example.org" in html
    assert consenting.contact_phone not in html


def test_the_form_asks_for_consent_and_keeps_the_answer(client, governance):
    applicant = UserFactory()
    client.force_login(applicant)
    html = client.get(reverse("membership:apply")).content.decode()
    assert 'name="publish_contact"' in html
    assert "publish the contact person&#x27;s name and e-mail address" in html
    client.post(reverse("membership:apply"), {"organisation": "Centre", "publish_contact": "on", "save": "1"})
    assert services.open_application_of(applicant).publish_contact is True
    client.post(reverse("membership:apply"), {"organisation": "Centre", "save": "1"})
    assert services.open_application_of(applicant).publish_contact is False


def test_applicants_and_new_representatives_see_the_closed_ballots(client, governance, secretariat, voters):
    decided = admitted(ApplicationFactory(organisation="Latvian Centre", country_id="LV"), secretariat, voters)
    new_member = decided.application.applicant  # now the representative of a member that did not vote on itself

    client.force_login(new_member)
    html = client.get(reverse("membership:ballots")).content.decode()
    assert "No ballot has closed yet" not in html
    assert "Latvian Centre" in html and decided.outcome_statement in html
    assert f'href="{decided.get_absolute_url()}"' in html  # its own application's ballot

    # An applicant whose application is being voted on is told so, and sees the decisions already taken.
    pending = ApplicationFactory(organisation="Slovak Centre", country_id="SK")
    services.submit(pending, pending.applicant, notify=False)
    services.open_ballot(pending, secretariat, notify=False)
    client.force_login(pending.applicant)
    html = client.get(reverse("membership:ballots")).content.decode()
    assert "The member centres are voting on your application until" in html
    assert decided.outcome_statement in html

    # A representative whose centre joined after both ballots opened sees the public outcome, without the ballot
    # page, and is told why the open ballot is not among its own.
    later_member = RepresentativeFactory(centre__country_id="PT").user
    client.force_login(later_member)
    html = client.get(reverse("membership:ballots")).content.decode()
    assert decided.outcome_statement in html
    assert f'href="{decided.get_absolute_url()}"' not in html
    assert "1 other ballot is open." in html and "does not vote in it" in html
    assert "No ballot is open." not in html


def test_the_secretariat_does_not_see_drafts_never_submitted(client, governance, secretariat):
    draft = ApplicationFactory(organisation="Unsent draft centre")
    withdrawn_draft = ApplicationFactory(organisation="Abandoned draft centre")
    services.withdraw(withdrawn_draft, withdrawn_draft.applicant)
    submitted = ApplicationFactory(organisation="Submitted centre")
    services.submit(submitted, submitted.applicant, notify=False)
    returned = ApplicationFactory(organisation="Returned centre")
    services.submit(returned, returned.applicant, notify=False)
    services.return_application(returned, secretariat, "Attach the decree.", notify=False)

    client.force_login(secretariat)
    html = client.get(reverse("membership:secretariat")).content.decode()
    assert "Submitted centre" in html and "Returned centre" in html
    assert "Unsent draft centre" not in html and "Abandoned draft centre" not in html
    assert "All (2)" in html
    assert ">Draft (" not in html
    assert client.get(draft.get_secretariat_url()).status_code == 404
    assert client.get(reverse("membership:secretariat"), {"status": "draft"}).content.decode().count("Unsent") == 0
    assert client.get(submitted.get_secretariat_url()).status_code == 200
    assert not services.may_see_application(secretariat, draft)
    # The admin's listing follows the same rule.
    client.force_login(secretariat_user(full_roles=True, email="desk@example.org"))
    admin_list = client.get(reverse("membershipapplication:index")).content.decode()
    assert "Submitted centre" in admin_list and "Unsent draft centre" not in admin_list
    assert client.get(reverse("membershipapplication:inspect", args=[draft.pk])).status_code == 404
    assert client.get(reverse("membershipapplication:inspect", args=[submitted.pk])).status_code == 200
    assert draft.status == ApplicationStatus.DRAFT
