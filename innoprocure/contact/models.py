from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Team(models.TextChoices):
    PLATFORM = "platform", _("The platform team")
    NETWORK = "network", _("The P2I Network secretariat")


class Topic(models.TextChoices):
    GENERAL = "general", _("General question")
    CONTENT = "content", _("Suggest content or a correction")
    TECHNICAL = "technical", _("Technical or accessibility problem")
    ACCOUNT = "account", _("My account or my personal data")
    MEMBERSHIP = "membership", _("Joining the P2I Network")
    KNOWLEDGE_EXCHANGE = "knowledge-exchange", _("Knowledge exchange and expert opinion papers")
    DECLARATION = "declaration", _("Joint Ministerial Declaration")
    OTHER = "other", _("Something else")


class ContactMessage(models.Model):
    """A message sent through the contact form; kept so that each team can follow up in the admin."""

    team = models.CharField(_("to"), max_length=20, choices=Team.choices, db_index=True)
    topic = models.CharField(_("topic"), max_length=30, choices=Topic.choices)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    country = models.ForeignKey(
        "core.Country", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("country")
    )
    message = models.TextField(_("message"))
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    sent_to = models.EmailField(_("forwarded to"), blank=True)
    handled = models.BooleanField(_("handled"), default=False)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("handled by")
    )
    notes = models.TextField(_("internal notes"), blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self):
        return f"{self.get_topic_display()}: {self.name}"
