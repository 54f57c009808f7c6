"""A published challenge as an opportunity of type "challenge": the opportunity listing, its filters, site search,
the API and the RSS feed then show it like any other call, with the challenge's public fields only (never a
response, a question before it is answered, or who asked it). The opportunity links to the challenge's own page.
"""

from django.conf import settings
from django.utils.text import Truncator

from innoprocure.challenges import policy
from innoprocure.opportunities.models import DeadlineKind, Opportunity, OpportunityType, unique_slug


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def public_fields(challenge):
    """The opportunity's fields, from what the challenge's public page shows."""
    return {
        "title": challenge.title,
        "summary": Truncator(challenge.need).chars(1200),
        "opportunity_type": OpportunityType.CHALLENGE,
        "organisation": challenge.organisation.name,
        "organisation_url": challenge.organisation.website,
        "buyers": [challenge.organisation.name],
        "country_id": challenge.country_id,
        "budget": challenge.budget_max,
        "currency": challenge.currency if challenge.budget_max is not None else "",
        "deadline": challenge.response_deadline,
        "deadline_kind": DeadlineKind.INTEREST,
        "deadline_timezone": challenge.deadline_timezone,
        "procedure": challenge.get_procedure_display(),
        "cpv_codes": list(challenge.cpv_codes),
        "url": _absolute(challenge.get_absolute_url()),
        "response_url": _absolute(challenge.get_absolute_url()),
        "how_to_respond": str(policy_text()),
        "is_innovation": True,
        "illustrative": challenge.illustrative,
        "live": policy.is_public(challenge),
        "awarded": bool(challenge.outcome),
        "award_note": challenge.get_outcome_display() if challenge.outcome else "",
    }


def policy_text():
    from django.utils.translation import gettext_lazy as _

    return _(
        "Suppliers and innovators with an organisation profile on this platform send a solution idea on the "
        "challenge's page. Responses are confidential: only the buyer and the platform team read them."
    )


def sync(challenge):
    """Create or update the challenge's opportunity; unpublished challenges have none that is live."""
    if challenge.listing_id is None and not policy.is_public(challenge):
        return None
    fields = public_fields(challenge)
    opportunity = challenge.listing
    if opportunity is None:
        opportunity = Opportunity(slug=unique_slug(challenge.title))
    for name, value in fields.items():
        setattr(opportunity, name, value)
    opportunity.save()
    opportunity.sectors.set(list(challenge.sectors.all()))
    if challenge.listing_id != opportunity.pk:
        challenge.listing = opportunity
        challenge.save(update_fields=["listing"])
    return opportunity
