"""Membership's part of a person's data export and of account deletion (found by innoprocure.accounts.exports).

Decisions of the network must stay traceable, so submitted applications, their timelines, ballots and votes are
kept when an account goes; what names the person in them is anonymised. A draft nobody else has seen is deleted.
"""

from django.db.models import Q

from innoprocure.audit.log import anonymised_label
from innoprocure.membership import services
from innoprocure.membership.models import (
    APPLICANT_FIELDS,
    ApplicationEvent,
    ApplicationStatus,
    MembershipApplication,
    VoteChange,
)


def export(user):
    applications = MembershipApplication.objects.filter(applicant=user).select_related("country").order_by("created_at")
    votes = VoteChange.objects.filter(cast_by=user).select_related("ballot__application", "centre").order_by("recorded_at")
    data = {
        "applications": [
            {
                **{
                    name: (getattr(application, name).name if name.endswith("_file") else getattr(application, name))
                    for name in APPLICANT_FIELDS
                },
                "status": application.status,
                "created_at": application.created_at,
                "submitted_at": application.submitted_at,
                "decided_at": application.decided_at,
                "timeline": [
                    {"when": event.created_at, "what": event.action, "comment": event.comment}
                    for event in application.events.all()
                ],
            }
            for application in applications
        ],
        "votes_cast": [
            {
                "when": change.recorded_at,
                "ballot_on": str(change.ballot.application),
                "for_centre": str(change.centre),
                "vote": change.choice,
                "reason": change.reason,
            }
            for change in votes
        ],
    }
    return data if data["applications"] or data["votes_cast"] else None


def erase(user):
    label = anonymised_label(user)
    emails = {address.lower() for address in [user.email, *user.emailaddress_set.values_list("email", flat=True)] if address}
    for application in MembershipApplication.objects.filter(applicant=user):
        if application.status == ApplicationStatus.DRAFT:
            application.delete()  # with its files (core.storage.delete_files_with_their_owner)
            continue
        if application.status in (ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED):
            services.withdraw(application, user)
            application.refresh_from_db()
        # The organisation's record stays; the person's contact details go.
        application.contact_name = ""
        application.contact_phone = ""
        if application.contact_email.lower() in emails:
            application.contact_email = ""
        application.save(update_fields=["contact_name", "contact_phone", "contact_email"])
    by_label = Q()
    for email in emails:
        by_label |= Q(actor_label__iexact=email)
    ApplicationEvent.objects.filter(Q(actor=user) | by_label).update(actor_label=label)
    by_label = Q()
    for email in emails:
        by_label |= Q(cast_by_label__iexact=email)
    VoteChange.objects.filter(Q(cast_by=user) | by_label).update(cast_by_label=label)
