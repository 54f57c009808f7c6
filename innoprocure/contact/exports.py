"""Contact messages in a person's data export, on account deletion, and under the retention rule (docs/privacy.md).

Found by innoprocure.accounts.exports like every app's exports module.
"""

from datetime import timedelta
from functools import reduce
from operator import or_

from django.db.models import Q

from innoprocure.contact.models import ContactMessage

# A message that was answered is kept two years, long enough to follow up a conversation.
RETENTION = timedelta(days=730)


def _messages_of(user):
    """Messages sent from any of the account's addresses, whatever the letter case typed in the form."""
    addresses = {address.email.lower() for address in user.emailaddress_set.all()} | {(user.email or "").lower()}
    addresses.discard("")
    if not addresses:
        return ContactMessage.objects.none()
    return ContactMessage.objects.filter(reduce(or_, (Q(email__iexact=address) for address in addresses)))


def export(user):
    return [
        {
            "to": message.team,
            "topic": message.topic,
            "name": message.name,
            "email": message.email,
            "organisation": message.organisation,
            "country": message.country_id,
            "message": message.message,
            "received": message.created_at,
        }
        for message in _messages_of(user)
    ] or None


def erase(user):
    """Deleting an account deletes the messages sent from its addresses."""
    _messages_of(user).delete()


def purge(now):
    deleted, _by_model = ContactMessage.objects.filter(handled=True, created_at__lt=now - RETENTION).delete()
    return f"{deleted} handled contact messages older than two years" if deleted else ""
