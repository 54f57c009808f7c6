import factory
from django.utils import timezone

from innoprocure.newsletter.models import Subscriber, SubscriberStatus


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A confirmed subscriber."""

    class Meta:
        model = Subscriber

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    name = "Reader"
    status = SubscriberStatus.ACTIVE
    consent_text = "I agree to receive the newsletter."
    consented_at = factory.LazyFunction(timezone.now)
    confirmed_at = factory.LazyFunction(timezone.now)
    language = "en"
