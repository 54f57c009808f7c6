"""The newsletter's part of a person's data export and of account deletion (found by innoprocure.accounts.exports)."""

from innoprocure.newsletter.models import Subscriber
from innoprocure.newsletter.services import normalise_email


def export(user):
    subscriber = Subscriber.objects.filter(email=normalise_email(user.email)).first() if user.email else None
    if subscriber is None:
        return None
    return {
        "email": subscriber.email,
        "name": subscriber.name,
        "status": subscriber.status,
        "topics": subscriber.topics,
        "language": subscriber.language,
        "consent_text": subscriber.consent_text,
        "consented_at": subscriber.consented_at,
        "confirmed_at": subscriber.confirmed_at,
        "unsubscribed_at": subscriber.unsubscribed_at,
    }


def erase(user):
    """Someone deleting their account also leaves the list, and the record of their address goes with it."""
    if user.email:
        Subscriber.objects.filter(email=normalise_email(user.email)).delete()
