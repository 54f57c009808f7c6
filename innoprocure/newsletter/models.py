"""Newsletter subscribers, with the record of their consent (double opt-in)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Topic(models.TextChoices):
    POLICY = "policy", _("Policy news and stories")
    EVENTS = "events", _("Events and training")
    OPPORTUNITIES = "opportunities", _("Funding calls and tenders")
    RESOURCES = "resources", _("New guidance and resources")
    NETWORK = "network", _("News from the P2I Network")


class SubscriberStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for confirmation")
    ACTIVE = "active", _("Subscribed")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")


class Subscriber(models.Model):
    """One e-mail address. It receives the newsletter only once its owner has confirmed (status "active")."""

    email = models.EmailField(_("e-mail address"), max_length=254, unique=True, help_text=_("Stored in lower case."))
    name = models.CharField(_("name"), max_length=150, blank=True)
    topics = models.JSONField(_("topics"), default=list, blank=True, help_text=_("Topic codes; an empty list means every topic."))
    language = models.CharField(_("language"), max_length=10, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=SubscriberStatus.choices, default=SubscriberStatus.PENDING, db_index=True
    )
    source = models.CharField(_("signed up through"), max_length=30, blank=True)
    consent_text = models.TextField(_("consent given"), blank=True, help_text=_("The wording the person agreed to."))
    consented_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(_("last confirmation e-mail sent at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = (self.email or "").strip().lower()
        super().save(*args, **kwargs)

    @property
    def is_active(self):
        return self.status == SubscriberStatus.ACTIVE

    @property
    def topic_labels(self):
        if not self.topics:
            return [str(_("All topics"))]
        return [str(Topic(code).label) for code in self.topics if code in Topic.values]

    @property
    def topics_display(self):
        return ", ".join(self.topic_labels)
